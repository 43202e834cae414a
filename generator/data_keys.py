"""Which parts of a document are data, not structure: ``$ref`` there is a value, never a reference.

Vendor extensions (``x-...``, except the ones this project defines, which may hold schemas),
``example``, ``examples`` (a schema's list of values), ``default``, ``enum``, ``const`` and an
Example Object's ``value`` hold
values as written; a ``{"$ref": ...}`` inside them is sample JSON, followed by no one. Keys of maps
of names (``properties``, ``paths``, ``responses``...) are names, so ``example`` there is a name.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

_OWN = json.loads((Path(__file__).parent / "schemas" / "extensions.schema.json").read_text("utf-8"))
OWN_EXTENSIONS = frozenset(
    key
    for node in (_OWN, *(v for v in _OWN.get("$defs", {}).values() if isinstance(v, dict)))
    for key in (node.get("properties") or {})
    if key.startswith("x-")
)
"""The extensions of this project (docs/extensions.md): they are structure (``x-stream.event``)."""

NAME_MAPS = frozenset(
    {
        "properties",
        "patternProperties",
        "$defs",
        "definitions",
        "dependentSchemas",
        "schemas",
        "responses",
        "parameters",
        "requestBodies",
        "headers",
        "securitySchemes",
        "links",
        "callbacks",
        "pathItems",
        "paths",
        "webhooks",
        "content",
        "encoding",
        "variables",
        "mapping",
        "examples",
    }
)
"""Keys whose mapping value is keyed by names the document chose (any name, ``example`` too)."""

_VALUE_KEYS = frozenset({"example", "default", "enum", "const", "value"})
"""``value``: of an Example Object."""


def holds_data(key: str, value: Any) -> bool:
    """Whether key (of an object that is no map of names) holds plain data."""
    if key.startswith("x-"):
        return key not in OWN_EXTENSIONS
    if key in _VALUE_KEYS:
        return True
    return key == "examples" and isinstance(value, list)


def children(node: dict[str, Any], names: bool) -> list[tuple[str, Any, bool]]:
    """(key, value, value-is-a-map-of-names) of node's structural members (data left out)."""
    if names:
        return [(str(k), v, False) for k, v in node.items()]
    return [
        (str(k), v, str(k) in NAME_MAPS and isinstance(v, dict))
        for k, v in node.items()
        if not holds_data(str(k), v)
    ]


__all__ = ["NAME_MAPS", "OWN_EXTENSIONS", "children", "holds_data"]
