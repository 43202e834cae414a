"""``generate`` with nothing to do, answered before anything heavy is imported.

Only the plain forms are recognised (``generate``, ``generate FILE... [--out DIR]``); anything
else (spec names, ``--check``, ``--strict``) goes through the command line as usual.
"""

from __future__ import annotations

from pathlib import Path

from generator.cache import nothing_to_do
from generator.paths import GENERATED_DIR, SPECS_DIR, spec_files


def _plain(argv: list[str]) -> tuple[list[Path], Path] | None:
    """(specs, out) of a plain ``generate`` command line, else None."""
    if not argv or argv[0] != "generate":
        return None
    specs: list[Path] = []
    out = GENERATED_DIR
    rest = argv[1:]
    while rest:
        arg = rest.pop(0)
        if arg == "--out" and rest:
            out = Path(rest.pop(0))
        elif not arg.startswith("-") and Path(arg).is_file():
            specs.append(Path(arg))
        else:
            return None
    return (specs or spec_files(SPECS_DIR)), out


def answer_if_up_to_date(argv: list[str]) -> bool:
    """Print the up-to-date line and return True when argv is a plain ``generate`` with nothing to
    do; else return False (the caller runs the command line)."""
    plain = _plain(argv)
    if plain is None or not nothing_to_do(plain[1], plain[0]):
        return False
    print(f"{len(plain[0])} package(s) up to date in {plain[1]} (inputs unchanged)")
    return True


__all__ = ["answer_if_up_to_date"]
