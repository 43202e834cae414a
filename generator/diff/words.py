"""How a change is said to a caller: the call it touches, the argument or field, the values."""

from __future__ import annotations

import json
from typing import Any

from generator.diff.changes import Change

MAX_VALUE = 60
# What ``wait()`` does on a status word of each kind of a task binding.
OUTCOMES = {
    "success": "(then it returns the result)",
    "failure": "(then it raises TaskFailedError)",
    "canceled": "(then it raises TaskCanceledError)",
    "pending": "(then it keeps polling)",
}


def value(v: Any) -> str:
    """One value as a caller would write it (a Python literal), cut to a readable length."""
    if isinstance(v, bool) or v is None:
        text = repr(v)
    elif isinstance(v, str | int | float):
        text = repr(v)
    else:
        text = json.dumps(v, ensure_ascii=False, sort_keys=True)
    return text if len(text) <= MAX_VALUE else text[: MAX_VALUE - 1] + "…"


def plain(v: Any) -> str:
    """A name or word as it is (no quotes): an operation, a status word, a type."""
    return v if isinstance(v, str) else value(v)


def values(vs: Any) -> str:
    """A list of values, each quoted (``'expired'``, ``'8K'``)."""
    if not isinstance(vs, list):
        return f"`{value(vs)}`"
    shown = [f"`{value(v)}`" for v in vs[:8]]
    more = f" and {len(vs) - 8} more" if len(vs) > 8 else ""
    return ", ".join(shown) + more


def types(ts: Any) -> str:
    """JSON types as Python ones (``int | None``)."""
    names = {
        "string": "str",
        "integer": "int",
        "number": "float",
        "boolean": "bool",
        "null": "None",
        "array": "list",
        "object": "dict",
        "any": "Any",
    }
    listed = ts if isinstance(ts, list) else [ts]
    return " | ".join(names.get(t, t) if isinstance(t, str) else value(t) for t in listed)


def field_name(change: Change) -> str:
    """The field as the caller names it: the Python argument for a request, ``.a.b`` for a reply."""
    path = change.path
    if change.direction != "request":
        return path
    arguments: dict[str, str] = change.extra.get("arguments") or {}
    top = path.split(".", 1)[0].split("[", 1)[0].split("{", 1)[0]
    return arguments.get(top, top) + path[len(top) :]


def context(change: Change) -> dict[str, Any]:
    """The placeholders a rule's message template may use."""
    name = change.operation
    call = f"`client.{name}()`" if name else "the client"
    field = field_name(change)
    top = field.split(".", 1)[0].split("[", 1)[0].split("{", 1)[0]
    first = change.old[0] if isinstance(change.old, list) and change.old else change.old
    gained = (
        [t for t in change.new or [] if t not in (change.old or [])]
        if change.kind.startswith("type")
        else []
    )
    return {
        "call": call,
        "name": name,
        "arg": change.path,
        "field": field,
        "top": top,
        "kind": change.kind,
        "direction": change.direction,
        "reply": "stream chunks" if change.direction == "event" else "replies",
        "old_plain": plain(change.old),
        "new_plain": plain(change.new),
        "old": value(change.old),
        "new": value(change.new),
        "old_values": values(change.old),
        "new_values": values(change.new),
        "first_old": value(first),
        "old_types": types(change.old),
        "new_types": types(change.new),
        "gained_types": types(gained),
        "task": change.path,
        "path": change.path,
        "as": change.extra.get("as", ""),
        "outcome": OUTCOMES.get(change.extra.get("as", ""), ""),
        "was": change.extra.get("was", ""),
        "key": change.extra.get("key", change.extra.get("keyword", "")),
    }


__all__ = ["context", "field_name", "plain", "types", "value", "values"]
