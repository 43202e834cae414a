"""Streaming and declared outputs of an operation: ``x-stream``, ``x-outputs``, task ``outputs``.

Kept apart from build.py: these decide two runtime-spec entries (``stream``, ``outputs``) and
the streaming form of a generated method (its flag argument and chunk type), nothing else.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

EVENT_STREAM = re.compile(r"^text/event-stream(;.*)?$", re.IGNORECASE)
_OUTPUT_KEYS = {
    "url": "url",
    "data": "data",
    "media-type": "media_type",
    "media-type-from": "media_type_from",
    "expires-at": "expires_at",
}


@dataclass(frozen=True)
class StreamForm:
    """How a generated method streams: the flag argument (``None``: always) and chunk type."""

    flag_arg: str | None
    chunk_annotation: str
    parse_expr: str | None


def outputs_entry(declared: Any) -> list[dict[str, Any]]:
    """Runtime-spec ``outputs``: the extension's items with snake_case keys."""
    if not isinstance(declared, list):
        return []
    return [
        {_OUTPUT_KEYS[k]: v for k, v in item.items() if k in _OUTPUT_KEYS}
        for item in declared
        if isinstance(item, dict)
    ]


def declares_event_stream(responses: dict[str, Any], deref: Callable[[Any], Any]) -> bool:
    """Whether a 2xx response of the operation offers ``text/event-stream``."""
    for code, response in responses.items():
        resolved = deref(response)
        if not str(code).startswith("2") or not isinstance(resolved, dict):
            continue
        content = resolved.get("content")
        if isinstance(content, dict) and any(EVENT_STREAM.match(str(k)) for k in content):
            return True
    return False


def stream_entry(
    op: dict[str, Any],
    body_fields: dict[str, str],
    event_class: str | None,
    event_stream_declared: bool,
) -> tuple[dict[str, Any] | None, StreamForm | None]:
    """Runtime-spec ``stream`` entry and the method's streaming form (both ``None``: no stream).

    An operation streams when it has ``x-stream`` or a 2xx ``text/event-stream`` response. The
    flag defaults to a ``stream`` body field when there is one; the end marker to ``[DONE]``
    when declared by ``x-stream`` (an undeclared stream ends with its body).
    """
    ext = op.get("x-stream")
    if not isinstance(ext, dict) and not event_stream_declared:
        return None, None
    ext = ext if isinstance(ext, dict) else {}
    flag = ext["flag"] if "flag" in ext else ("stream" if "stream" in body_fields else None)
    done = ext["done"] if "done" in ext else ("[DONE]" if "x-stream" in op else None)
    entry = {"flag": flag, "done": done, "event": event_class}
    form = StreamForm(
        flag_arg=None if flag is None else body_fields.get(str(flag)),
        chunk_annotation=f"_models.{event_class}" if event_class else "Any",
        parse_expr=f"_models.{event_class}.model_validate" if event_class else None,
    )
    return entry, form


def stream_problems(
    op: dict[str, Any], deref: Callable[[Any], Any], at: str
) -> list[tuple[str, str]]:
    """(pointer, message) for an ``x-stream`` whose ``flag`` is not a field of the JSON body.

    Without this check the method would silently always stream (no flag argument to switch on).
    """
    ext = op.get("x-stream")
    flag = ext.get("flag", "stream") if isinstance(ext, dict) else None
    if not isinstance(flag, str):
        return []
    schema: Any = None
    body = deref(op.get("requestBody"))
    content = body.get("content") if isinstance(body, dict) else None
    if isinstance(content, dict):
        for media, entry in content.items():
            if "json" in str(media).lower() and isinstance(entry, dict):
                schema = deref(entry.get("schema"))
                break
    properties = schema.get("properties") if isinstance(schema, dict) else None
    if isinstance(properties, dict) and flag in properties:
        return []
    return [
        (
            f"{at}/x-stream/flag",
            f"x-stream flag {flag!r} is not a property of the JSON request body; "
            "name the body field that asks for a stream, or null if the operation always streams",
        )
    ]
