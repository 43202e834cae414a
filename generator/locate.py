"""The line of a JSON pointer in YAML text, found when a problem is reported, not while loading.

The fast loader (``fast_load``) keeps no positions; a warning or an error then asks for the line of
one pointer, and this follows the text's block structure (indentation, ``key:`` lines, ``- ``
items) down the pointer's tokens with a few regular-expression searches per token. Where the text
does not show a token on a line of its own (flow style, JSON on one line, an alias), the answer is
the line of the deepest ancestor found, as for any pointer the exact loader has no line for.
"""

from __future__ import annotations

import re

from generator.problems import split_pointer

_CONTENT = re.compile(r"^( *)[^\s#]", re.M)


def _key_pattern(indent: int, token: str, item: bool = False) -> re.Pattern[str]:
    """A ``key:`` line at indent (``\\n`` first: a literal prefix the search skips to quickly)."""
    quoted = "|".join(
        [
            re.escape(token),
            '"' + re.escape(token.replace('"', '\\\\"')) + '"',
            "'" + re.escape(token) + "'",
        ]
    )
    lead = f"\\n {{{indent}}}- " if item else f"\\n {{{indent}}}"
    return re.compile(f"{lead}(?:{quoted})[ \\t]*:(?:[ \\t]|$)", re.M)


_ITEM_KEY = re.compile(r" *- +(?:\"[^\"]*\"|'[^']*'|[^\s#'\"{\[][^:#]*):(?:[ \t]|$)")
"""An item's line that opens a mapping: ``- key: ...``."""


def _leaves_block(text: str, start: int, stop: int, parent: int) -> bool:
    """Whether a line between start and stop is indented no deeper than parent (the block ended)."""
    if parent < 0:
        return False
    shallower = f"\\n {{0,{parent - 1}}}[^\\s#]|" if parent > 0 else ""
    pattern = re.compile(f"{shallower}\\n {{{parent}}}(?!-[ \\t]|-$)[^\\s#]", re.M)
    return pattern.search(text, start, stop) is not None


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
    text = "\n" + text  # every line starts after a newline (offsets below count it)
    found = 0  # offset of the deepest node found
    start, parent = 0, -1  # where the current node's block begins; the node's indentation
    item = False  # whether the current node is a "- " item (its first key is on that line)
    for token in tokens:
        forced = None
        if item:
            first = _key_pattern(parent, token, item=True).match(text, found)
            if first is not None:
                found, start, parent, item = found, _next_line(text, found + 1), parent + 2, False
                continue
            if _ITEM_KEY.match(text, found + 1):
                forced = parent + 2  # the item is a mapping: its keys are indented past "- "
            start, item = _next_line(text, found + 1), False
        if forced is not None:
            hit = _key_pattern(forced, token).search(text, start - 1)
            if hit is None or _leaves_block(text, start - 1, hit.start(), forced - 1):
                break
            found, parent = hit.start(), forced
            start = _next_line(text, hit.start() + 1)
            continue
        content = _CONTENT.search(text, start)
        if content is None or _leaves_block(text, start - 1, content.start(), parent):
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
            if hit is not None and not _leaves_block(text, start - 1, hit.start(), parent):
                found, start, parent, item = hit.start(), hit.start(), child, True
                continue
        hit = _key_pattern(child, token).search(text, start - 1)
        if hit is None or _leaves_block(text, start - 1, hit.start(), parent):
            break
        found, parent = hit.start(), child
        start = _next_line(text, hit.start() + 1)
    return text.count("\n", 0, found + 1)


__all__ = ["line_of"]
