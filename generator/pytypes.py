"""Python type expressions as text: unions with NotGiven and None placed the idiomatic way."""

from __future__ import annotations

import re


def optional_annotation(annotation: str) -> str:
    """The annotation of an argument that may be left out: NotGiven joins the union, None last."""
    parts = split_union(annotation)
    if "Any" in parts:
        return "Any"
    tail = ["None"] if "None" in parts else []
    return " | ".join([p for p in parts if p != "None"] + ["NotGiven"] + tail)


def union(parts: list[str]) -> str:
    """One union of several annotations: duplicates dropped, Any absorbs all, None last."""
    unique: list[str] = []
    for part in parts:
        for piece in split_union(part):
            if piece not in unique:
                unique.append(piece)
    if "Any" in unique:
        return "Any"
    if "None" in unique:
        unique.remove("None")
        unique.append("None")
    return " | ".join(unique) if unique else "Any"


def split_union(text: str) -> list[str]:
    """The top-level members of a union annotation (brackets respected)."""
    if "|" not in text:
        return [text.strip()]
    if "[" not in text:  # no brackets (most annotations): every | is top-level
        return [part.strip() for part in text.split("|")]
    out, depth, start = [], 0, 0
    for mark in _UNION_MARKS.finditer(text):  # only brackets and bars: long literals skipped fast
        char = mark.group()
        if char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
        elif depth == 0:
            out.append(text[start : mark.start()].strip())
            start = mark.end()
    out.append(text[start:].strip())
    return out


_UNION_MARKS = re.compile(r"[\[\]|]")
