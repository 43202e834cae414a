"""Answer bodies shaped like a real gateway's: what the request said is echoed back, and a task
carries only the members of its phase (no error object on a finished task, no result while it
runs or after it failed).

Both are driven by the spec alone: response members echo request members of the same name (the
request's value, else the request schema's default), and a member is left out only when the
response schema says it may be (the body still passes the clients' validator without it).
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from typing import Any

from . import pointers

__all__ = ["echo", "omit", "request_values"]

Fits = Callable[[Any], bool]
_SCALAR = (str, int, float, bool)


def request_values(schema: Any, body: Any) -> dict[str, Any]:
    """The request's top-level scalar members, over the defaults its schema declares."""
    out: dict[str, Any] = {}
    props = schema.get("properties") if isinstance(schema, Mapping) else None
    for name, sub in (props or {}).items():
        if isinstance(sub, Mapping) and isinstance(sub.get("default"), _SCALAR):
            out[str(name)] = sub["default"]
    if isinstance(body, Mapping):
        out.update({str(k): v for k, v in body.items() if isinstance(v, _SCALAR)})
    return out


def echo(
    body: Any, given: Mapping[str, Any], fits: Fits, skip: frozenset[str] = frozenset()
) -> Any:
    """``body`` with members named like a request member (top level and one level down) set to
    the request's value, each only where the answer still fits its schema."""
    if not isinstance(body, dict) or not given:
        return body
    places: list[tuple[str | None, str]] = [(None, k) for k in body]
    places += [(p, k) for p, v in body.items() if isinstance(v, dict) for k in v]
    places = [
        (p, k)
        for p, k in places
        if k in given and k not in skip and (body if p is None else body[p])[k] != given[k]
    ]
    if not places:
        return body
    candidate = _with(body, places, given)
    if fits(candidate):
        return candidate
    for place in places:  # one by one: keep each that fits
        trial = _with(body, [place], given)
        if fits(trial):
            body = trial
    return body


def _with(
    body: dict[str, Any], places: list[tuple[str | None, str]], given: Mapping[str, Any]
) -> dict[str, Any]:
    out = copy.deepcopy(body)
    for parent, key in places:
        (out if parent is None else out[parent])[key] = given[key]
    return out


def omit(
    body: Any,
    pointer: str | None,
    fits: Fits,
    keep: tuple[str | None, ...] = (),
    memo: dict[Any, int] | None = None,
) -> Any:
    """``body`` without the outermost member on ``pointer`` that the schema lets it leave out
    (``/error/code``: ``error`` if optional, else ``code``) and that holds none of the ``keep``
    pointers (the task's status, id...); unchanged when none may go. ``memo`` keeps the depth
    found per pointer, so later answers of the same shape skip the schema checks."""
    if not pointer or not isinstance(body, dict | list):
        return body
    parts = pointers.tokens(pointer)
    kept = [k for k in keep if k]
    known = memo.get(pointer) if memo is not None else None
    if known is not None:
        return _without(body, parts, known) if known else body
    for depth in range(1, len(parts) + 1):
        parent = "".join("/" + _escape(t) for t in parts[: depth - 1])
        found, node = pointers.get(body, parent)
        if not found or not isinstance(node, dict) or parts[depth - 1] not in node:
            return body  # nothing there to leave out
        member = f"{parent}/{_escape(parts[depth - 1])}"
        if any(k == member or k.startswith(member + "/") for k in kept):
            continue
        candidate = _without(body, parts, depth)
        if fits(candidate):
            if memo is not None:
                memo[pointer] = depth
            return candidate
    if memo is not None:
        memo[pointer] = 0
    return body


def _without(body: Any, parts: list[str], depth: int) -> Any:
    """A copy of ``body`` without the member ``parts[:depth]`` (unchanged when it is absent)."""
    parent = "".join("/" + _escape(t) for t in parts[: depth - 1])
    found, node = pointers.get(body, parent)
    if not found or not isinstance(node, dict) or parts[depth - 1] not in node:
        return body
    candidate = copy.deepcopy(body)
    _, target = pointers.get(candidate, parent)
    del target[parts[depth - 1]]
    return candidate


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")
