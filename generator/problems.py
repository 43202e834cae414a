"""Problems found in a spec: each names its file, line or JSON pointer, and what is wrong."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with an input document."""

    file: str
    line: int | None
    pointer: str
    message: str

    def __str__(self) -> str:
        """One line: ``file:line: at /pointer message`` (never more than one line)."""
        where = f"{self.file}:{self.line}" if self.line is not None else self.file
        at = f" at {self.pointer}" if self.pointer else ""
        message = " ".join(self.message.split())
        return f"{where}:{at} {message}" if at else f"{where}: {message}"


class SpecError(Exception):
    """Raised when a spec cannot be used; carries every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(
            set(problems), key=lambda p: (p.file, p.line or 0, p.pointer, p.message)
        )
        super().__init__("\n".join(str(p) for p in self.problems))


SHOWN_IN_FULL = 3
"""Problems of one kind printed in full before the rest are counted."""
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|\b\d+\b")


def collapse(problems: list[Problem], shown: int = SHOWN_IN_FULL) -> list[str]:
    """Lines to print: each kind of problem (its message, quoted values aside) at most shown times,
    then one line counting the rest, so that 200 alike problems take four lines."""
    totals: dict[str, int] = {}
    for problem in problems:
        kind = _QUOTED.sub("…", problem.message)
        totals[kind] = totals.get(kind, 0) + 1
    seen: dict[str, int] = {}
    lines = []
    for problem in problems:
        kind = _QUOTED.sub("…", problem.message)
        seen[kind] = seen.get(kind, 0) + 1
        if seen[kind] <= shown:
            lines.append(str(problem))
        elif seen[kind] == shown + 1:
            lines.append(f"... and {totals[kind] - shown} more problem(s) like the {shown} above")
    return lines


def escape_pointer_token(token: str) -> str:
    """Escape one JSON Pointer reference token (RFC 6901)."""
    return token.replace("~", "~0").replace("/", "~1")


def join_pointer(parts: tuple[str | int, ...] | list[str | int]) -> str:
    """Build a JSON Pointer from path parts."""
    return "".join("/" + escape_pointer_token(str(p)) for p in parts)


Place = str | tuple["Place", str]
"""Where a walk of a document is: a JSON pointer, or (the parent's place, one unescaped token).
A walk that reports few places keeps them so (one tuple a step) and spells out only those."""


def spell_place(place: Place) -> str:
    """The JSON pointer of a place."""
    tokens: list[str] = []
    while isinstance(place, tuple):
        place, token = place
        tokens.append("/" + escape_pointer_token(token))
    return place + "".join(reversed(tokens))


def split_pointer(pointer: str) -> list[str]:
    """Split a JSON Pointer into unescaped tokens ('' is the whole document)."""
    if pointer == "":
        return []
    if not pointer.startswith("/"):
        raise ValueError(f"not a JSON pointer: {pointer!r}")
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer[1:].split("/")]
