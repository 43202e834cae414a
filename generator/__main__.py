"""Entry point of ``python -m generator``.

``generate`` with nothing changed (what ``make generate`` runs most often) is answered from the
content-hash cache before the command line, the runtime and the generator itself are imported.
"""

import sys


def _up_to_date(argv: list[str]) -> bool:
    if argv[:1] != ["generate"]:  # other commands do not pay for the cache's imports
        return False
    from generator.uptodate import answer_if_up_to_date

    return answer_if_up_to_date(argv)


if not _up_to_date(sys.argv[1:]):
    from generator.cli import main

    sys.exit(main(sys.argv[1:]))
