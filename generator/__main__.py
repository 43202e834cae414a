"""Entry point of ``python -m generator``.

``generate`` with nothing changed (what ``make generate`` runs most often) is answered from the
content-hash cache before the command line, the runtime and the generator itself are imported.
"""

import sys

from generator.uptodate import answer_if_up_to_date

if not answer_if_up_to_date(sys.argv[1:]):
    from generator.cli import main

    sys.exit(main(sys.argv[1:]))
