"""Lenient reading of paths: methods the document's version lacks, repeated operation ids.

A method of a later OpenAPI version (``query``, 3.2) in a 3.0/3.1 path item is skipped with a
warning (the rest of the document generates); a path item key that is nothing at all is ignored.
A repeated ``operationId`` keeps its first holder; each later one is renamed ``<id>_<method>`` (or
``<id>_<n>``), deterministically in document order, with a warning.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from generator.problems import escape_pointer_token

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
PATH_ITEM_KEYS = frozenset(
    {"$ref", "summary", "description", "servers", "parameters", *HTTP_METHODS}
)
LATER_METHODS = {"query": "3.2", "additionalOperations": "3.2"}
"""Path item fields that later OpenAPI versions add (their operations are skipped here)."""

Note = Callable[[str, str, str], None]


def path_item_keys(item: dict[str, Any], at: str, version: str, note: Note) -> None:
    """Drop the fields of item that its OpenAPI version does not have, noting each."""
    for key in [k for k in item if isinstance(k, str) and not k.startswith("x-")]:
        if key in PATH_ITEM_KEYS:
            continue
        del item[key]
        where = at + "/" + escape_pointer_token(key)
        if key in LATER_METHODS:
            note(
                f"method-{key}",
                where,
                f"{key!r} is an OpenAPI {LATER_METHODS[key]} method, not {version}; "
                "its operation is skipped",
            )
        else:
            note(f"path-item-{key}", where, f"{key!r} is not a field of a Path Item; ignored")


def distinct_operation_ids(data: dict[str, Any], note: Note) -> None:
    """Rename repeated operationIds (after the first) so that every operation has its own."""
    paths = data.get("paths")
    if not isinstance(paths, dict):
        return
    operations = [
        (str(path), method, item[method])
        for path, item in paths.items()
        if isinstance(item, dict)
        for method in HTTP_METHODS
        if isinstance(item.get(method), dict)
    ]
    ids = [op.get("operationId") for _, _, op in operations]
    taken = {i for i in ids if isinstance(i, str)}
    first: dict[str, str] = {}
    for path, method, op in operations:
        op_id = op.get("operationId")
        if not isinstance(op_id, str):
            continue
        at = "/paths/" + escape_pointer_token(path) + "/" + method
        if op_id not in first:
            first[op_id] = at
            continue
        new, n = f"{op_id}_{method}", 2
        while new in taken:
            new, n = f"{op_id}_{n}", n + 1
        taken.add(new)
        op["operationId"] = new
        note(
            "duplicate-operation-id",
            at + "/operationId",
            f"operationId {op_id!r} is also at {first[op_id]}; read as {new!r}",
        )


__all__ = ["distinct_operation_ids", "path_item_keys"]
