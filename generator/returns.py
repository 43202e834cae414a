"""What an operation gives back, for the reference: the returned model's fields (Python name,
wire name, type, description) and a task's output files."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from generator.pymodels import ModelClass

__all__ = ["FieldDoc", "Returned", "output_lines", "returned"]

_MODEL = re.compile(r"_models\.(\w+)")


@dataclass(frozen=True)
class FieldDoc:
    """One row of a returned model's field table."""

    name: str
    wire: str
    type: str
    description: str


@dataclass(frozen=True)
class Returned:
    """The model a call (or ``task.wait()``) returns: its fields, or its root type."""

    name: str
    fields: tuple[FieldDoc, ...]
    root: str | None


def _cell(text: str) -> str:
    line = " ".join(text.split())
    line = line if len(line) <= 160 else line[:157] + "…"
    return line.replace("|", "\\|")


def returned(annotation: str, classes: Mapping[str, ModelClass]) -> Returned | None:
    """The first generated model named in a return annotation, with its fields."""
    found = _MODEL.search(annotation)
    cls = classes.get(found.group(1)) if found else None
    if cls is None:
        return None
    fields = tuple(
        FieldDoc(
            name=f.name,
            wire=f.wire,
            type=_cell(f.annotation.replace("_models.", "models.")),
            description=_cell(f.description),
        )
        for f in cls.fields
    )
    root = _cell(cls.root.replace("_models.", "models.")) if cls.root else None
    return Returned(cls.name, fields, root)


def output_lines(binding: Mapping[str, Any] | None) -> list[str]:
    """One line per declared output place of a task binding (pointer and media type)."""
    lines = []
    for item in (binding or {}).get("outputs") or ():
        if not isinstance(item, Mapping):
            continue
        where = item.get("url") or item.get("data")
        how = "URL" if item.get("url") is not None else "base64 data"
        media = item.get("media_type") or (
            f"type at `{item['media_type_from']}`" if item.get("media_type_from") else None
        )
        lines.append(f"`{where}` ({how}{', ' + media if media else ''})")
    return lines
