"""The line of a JSON pointer in YAML text, found when a problem is reported, not while loading.

The fast loader (``fast_load``) keeps no positions; a warning or an error then asks for the line of
one pointer, and this follows the text's block structure (indentation, ``key:`` lines, ``- ``
items) down the pointer's tokens with a few regular-expression searches per token. Where the text
does not show a token on a line of its own (flow style, JSON on one line, an alias), the answer is
the line of the deepest ancestor found, as for any pointer the exact loader has no line for.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from generator.problems import split_pointer

_CONTENT = re.compile(r"^( *)[^\s#]", re.M)


def _key_line(text: str, indent: int, token: str, start: int, item: bool = False) -> int | None:
    """Offset of the first ``key:`` line of token at indent from start (its leading ``\\n``).

    Found with ``str.find`` on the line's literal beginning in each spelling of the key (plain,
    double- or single-quoted), each hit checked for the colon: a key thousands of lines down is
    reached at memory speed, not by a regular expression stopping at every line of the way.
    """
    lead = "\n" + " " * indent + ("- " if item else "")
    best: int | None = None
    for form in (token, '"' + token.replace('"', '\\\\"') + '"', "'" + token + "'"):
        needle = lead + form
        end = len(text) if best is None else best + len(needle)  # only an earlier line counts
        at = text.find(needle, max(start, 0), end)
        while at >= 0:
            if _KEY_END.match(text, at + len(needle)):
                best = at
                break
            at = text.find(needle, at + 1, end)
    return best


def _key_line_at(text: str, indent: int, token: str, offset: int, item: bool = False) -> bool:
    """Whether the ``key:`` line of token at indent begins exactly at offset."""
    lead = "\n" + " " * indent + ("- " if item else "")
    for form in (token, '"' + token.replace('"', '\\\\"') + '"', "'" + token + "'"):
        needle = lead + form
        if text.startswith(needle, offset) and _KEY_END.match(text, offset + len(needle)):
            return True
    return False


_KEY_END = re.compile(r"[ \t]*:(?:[ \t]|$)", re.M)
"""What follows a key on its line: the colon (then a space, a tab or the line's end)."""

_ITEM_KEY = re.compile(r" *- +(?:\"[^\"]*\"|'[^']*'|[^\s#'\"{\[][^:#]*):(?:[ \t]|$)")
"""An item's line that opens a mapping: ``- key: ...``."""


_INDEXED = 4
"""Lines indented up to this many spaces are indexed once per text (see ``_Prepared``)."""

_SHALLOW = re.compile(f"\\n( {{0,{_INDEXED}}})[^\\s#]")


class _Prepared:
    """A text made ready for many lookups (a large document's warnings ask for dozens of lines).

    ``text`` starts with a newline, so every line starts after one; the lines indented up to
    ``_INDEXED`` spaces are indexed by indentation, so whether a block ended between two offsets
    is a few binary searches instead of a regular expression scanning megabytes; line numbers are
    counted from the nearest offset already counted.
    """

    def __init__(self, source: str) -> None:
        self.source = source
        self.text = "\n" + source
        self._lines: list[list[int]] | None = None  # by indentation: offsets of content lines
        self._plain: list[list[int]] = []  # the same without "- " item lines
        self._marks, self._counts = [0], [0]  # offsets with the newlines counted before them

    def _index(self) -> list[list[int]]:
        if self._lines is None:
            text = self.text
            lines: list[list[int]] = [[] for _ in range(_INDEXED + 1)]
            plain: list[list[int]] = [[] for _ in range(_INDEXED + 1)]
            for match in _SHALLOW.finditer(text):
                at, indent = match.start(), len(match[1])
                lines[indent].append(at)
                first = match.end() - 1
                if text[first] != "-" or not _ITEM_REST.match(text, first + 1):
                    plain[indent].append(at)
            self._lines, self._plain = lines, plain
        return self._lines

    def leaves_block(self, start: int, stop: int, parent: int) -> bool:
        """Whether a line between start and stop is indented no deeper than parent (the block
        ended): one at most parent - 1 deep, or one exactly parent deep that is not a ``- ``
        item. A line counts when its first character comes before stop."""
        if parent < 0:
            return False
        start = max(start, 0)
        if parent > _INDEXED:
            shallower = f"\\n {{0,{parent - 1}}}[^\\s#]|"
            pattern = re.compile(f"{shallower}\\n {{{parent}}}(?!-[ \\t]|-$)[^\\s#]", re.M)
            return pattern.search(self.text, start, stop) is not None
        lines = self._index()
        for indent in range(parent + 1):
            found = self._plain[indent] if indent == parent else lines[indent]
            i = bisect_left(found, start)
            if i < len(found) and found[i] + indent + 2 <= stop:
                return True
        return False

    def line(self, offset: int) -> int:
        """The 1-based line of the character at offset (newlines up to and including it)."""
        end = offset + 1
        i = bisect_right(self._marks, end) - 1
        count = self._counts[i] + self.text.count("\n", self._marks[i], end)
        if self._marks[i] != end:
            self._marks.insert(i + 1, end)
            self._counts.insert(i + 1, count)
        return count


_ITEM_REST = re.compile(r"[ \t]|$", re.M)
"""What follows the ``-`` of a ``- `` item: a space, a tab or the line's end."""

_LAST: list[_Prepared] = []


def _prepared(source: str) -> _Prepared:
    """The prepared form of source (kept for the last text asked about: one document's)."""
    if not _LAST or _LAST[0].source is not source:
        _LAST[:] = [_Prepared(source)]
    return _LAST[0]


def _next_line(text: str, offset: int) -> int:
    newline = text.find("\n", offset)
    return len(text) if newline < 0 else newline + 1


def line_of(text: str, pointer: str) -> int | None:
    """1-based line of pointer in block-style YAML text (or of its deepest ancestor found)."""
    try:
        tokens = split_pointer(pointer)
    except ValueError:
        return None
    if not text:
        return None
    prepared = _prepared(text)
    text = prepared.text  # every line starts after a newline (offsets below count it)
    found = 0  # offset of the deepest node found
    start, parent = 0, -1  # where the current node's block begins; the node's indentation
    item = False  # whether the current node is a "- " item (its first key is on that line)
    for token in tokens:
        forced = None
        if item:
            if _key_line_at(text, parent, token, found, item=True):
                found, start, parent, item = found, _next_line(text, found + 1), parent + 2, False
                continue
            if _ITEM_KEY.match(text, found + 1):
                forced = parent + 2  # the item is a mapping: its keys are indented past "- "
            start, item = _next_line(text, found + 1), False
        if forced is not None:
            at = _key_line(text, forced, token, start - 1)
            if at is None or prepared.leaves_block(start - 1, at, forced - 1):
                break
            found, parent = at, forced
            start = _next_line(text, at + 1)
            continue
        content = _CONTENT.search(text, start)
        if content is None or prepared.leaves_block(start - 1, content.start(), parent):
            break
        child = len(content[1])
        if child < parent or (child == parent and not text.startswith("-", content.end() - 1)):
            break
        hit = None
        if token.isdigit():
            items = re.compile(f"\\n {{{child}}}-(?:[ \\t]|$)", re.M)
            for n, match in enumerate(items.finditer(text, start - 1)):
                if n == int(token):
                    hit = match
                    break
            if hit is not None and not prepared.leaves_block(start - 1, hit.start(), parent):
                found, start, parent, item = hit.start(), hit.start(), child, True
                continue
        at = _key_line(text, child, token, start - 1)
        if at is None or prepared.leaves_block(start - 1, at, parent):
            break
        found, parent = at, child
        start = _next_line(text, at + 1)
    return prepared.line(found)


__all__ = ["line_of"]
