"""Completion callbacks of a task submit: ``x-callback`` (docs/extensions.md) into the runtime spec.

A gateway that pushes a task's state to a URL given in the submit request (Qingbo's
``callback_url``, midjourney-proxy's ``notifyHook``) declares it on the submit operation; the
runtime reads the pushed body with the task binding's pointers (``gateway_runtime.callbacks``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["callback_entry", "callback_problems"]


def callback_entry(op: dict[str, Any]) -> dict[str, Any] | None:
    """The ``callback`` runtime entry of an operation (``None`` without ``x-callback``)."""
    ext = op.get("x-callback")
    if not isinstance(ext, dict):
        return None
    return {
        "field": str(ext["field"]),
        "payload": str(ext.get("payload", "poll")),
        "id": ext.get("id"),
        "when": str(ext.get("when", "completion")),
    }


def _body_properties(op: dict[str, Any], deref: Callable[[Any], Any]) -> dict[str, Any] | None:
    body = deref(op.get("requestBody"))
    content = body.get("content") if isinstance(body, dict) else None
    if not isinstance(content, dict):
        return None
    for media, entry in content.items():
        if "json" in str(media).lower() and isinstance(entry, dict):
            schema = deref(entry.get("schema"))
            props = schema.get("properties") if isinstance(schema, dict) else None
            return props if isinstance(props, dict) else None
    return None


def callback_problems(
    op: dict[str, Any], deref: Callable[[Any], Any], at: str, submits: set[str]
) -> list[tuple[str, str]]:
    """(pointer, message) for an ``x-callback`` that is not on a task submit or names no field.

    Without these checks a client would send a URL nobody calls back, or never send one.
    """
    ext = op.get("x-callback")
    if not isinstance(ext, dict):
        return []
    problems: list[tuple[str, str]] = []
    if op.get("operationId") not in submits:
        problems.append(
            (
                f"{at}/x-callback",
                "x-callback on an operation that submits no task; put it on an operation "
                "named in an x-tasks binding's 'submit' list",
            )
        )
    field = ext.get("field")
    props = _body_properties(op, deref)
    if isinstance(field, str) and (props is None or field not in props):
        problems.append(
            (
                f"{at}/x-callback/field",
                f"x-callback field {field!r} is not a property of the JSON request body; "
                "name the body field that carries the callback URL",
            )
        )
    return problems
