"""Where JSON typed with a Chinese input method broke: full-width punctuation outside strings.

``{"model": "x"，"n": 2}`` fails with Python's bare "Expecting ',' delimiter"; the fix is to type
the ASCII comma. Every place that reports a JSON error adds this hint (``loading.parse_json``,
the CLI's ``json_error``).
"""

from __future__ import annotations

__all__ = ["FULL_WIDTH", "full_width_hint"]

FULL_WIDTH = {
    "\uff0c": ",",  # ，
    "\uff1a": ":",  # ：
    "\u201c": '"',  # “
    "\u201d": '"',  # ”
    "\u2018": "'",  # ‘
    "\u2019": "'",  # ’
    "\uff5b": "{",  # ｛
    "\uff5d": "}",  # ｝
    "\uff3b": "[",  # ［
    "\uff3d": "]",  # ］
    "\uff1b": ";",  # ；
    "\u3001": ",",  # 、
}
"""Full-width (CJK input method) punctuation that breaks JSON, and the ASCII it stands for."""


def full_width_hint(doc: str, pos: int) -> str:
    """Where the full-width punctuation nearest the error is, and what JSON needs instead.

    Only punctuation outside strings counts (inside them it is text); ``""`` when there is none.
    """
    in_string = escaped = False
    best: tuple[int, str] | None = None
    for i, ch in enumerate(doc):
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
            continue
        if ch == '"':
            in_string = True
        elif ch in FULL_WIDTH and (best is None or abs(i - pos) < abs(best[0] - pos)):
            best = (i, ch)
        if i > pos + 200:
            break
    if best is None:
        return ""
    i, ch = best
    line = doc.count("\n", 0, i) + 1
    column = i - (doc.rfind("\n", 0, i) + 1) + 1
    return (
        f"; line {line}, column {column} has a full-width {ch!r} (U+{ord(ch):04X}): "
        f"JSON needs the ASCII {FULL_WIDTH[ch]!r} (switch the input method to half-width)"
    )
