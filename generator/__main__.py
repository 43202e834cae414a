"""Entry point of ``python -m generator``.

``generate`` with nothing changed (what ``make generate`` runs most often) is answered from the
content-hash cache before the command line, the runtime and the generator itself are imported.
"""

import sys

if sys.argv[1:] == ["generate"]:
    from generator.cache import nothing_to_do
    from generator.paths import GENERATED_DIR, SPECS_DIR, spec_files

    _specs = spec_files(SPECS_DIR)
    if nothing_to_do(GENERATED_DIR, _specs):
        print(f"{len(_specs)} package(s) up to date in {GENERATED_DIR} (inputs unchanged)")
        sys.exit(0)

from generator.cli import main

sys.exit(main(sys.argv[1:]))
