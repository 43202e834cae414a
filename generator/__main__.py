"""Entry point of ``python -m generator``.

``generate`` with nothing changed (what ``make generate`` runs most often) is answered from the
content-hash cache before the command line, the runtime and the generator itself are imported.
``diff`` leaves without the interpreter's teardown once its report is written: the two surfaces
and what read them are millions of objects, and freeing them one by one at exit costs about a
tenth of a diff's time on a large document; nothing of the diff needs an exit handler.
"""

import os
import sys


def _up_to_date(argv: list[str]) -> bool:
    if argv[:1] != ["generate"]:  # other commands do not pay for the cache's imports
        return False
    from generator.uptodate import answer_if_up_to_date

    return answer_if_up_to_date(argv)


def _leave(code: int) -> None:
    """Exit with code at once, after writing out what is buffered."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a reader that left, a closed stream: nothing to keep
            pass
    os._exit(code)


if not _up_to_date(sys.argv[1:]):
    from generator.cli import main

    code = main(sys.argv[1:])
    if sys.argv[1:2] == ["diff"]:
        _leave(code)
    sys.exit(code)
