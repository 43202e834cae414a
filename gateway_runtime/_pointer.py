"""JSON Pointer (RFC 6901) lookups into decoded response bodies.

Every place the spec points into a body (error envelopes, task bindings) goes through
:func:`resolve`, so "missing" is told apart from "present but null" in one way everywhere.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Final


class _Missing:
    """Sentinel for "the pointer does not resolve"."""

    def __repr__(self) -> str:
        return "MISSING"

    def __bool__(self) -> bool:
        return False


MISSING: Final = _Missing()


def _unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def resolve(document: Any, pointer: str | None) -> Any:
    """Return the value at ``pointer`` in ``document``, or :data:`MISSING`.

    ``""`` is the whole document; ``None`` (no pointer declared) always gives ``MISSING``.
    """
    if pointer is None:
        return MISSING
    if pointer == "":
        return document
    if not pointer.startswith("/"):
        return MISSING
    current = document
    for raw in pointer[1:].split("/"):
        token = _unescape(raw)
        if isinstance(current, Mapping):
            if token not in current:
                return MISSING
            current = current[token]
        elif isinstance(current, Sequence) and not isinstance(current, str | bytes):
            if not token.isdigit():
                return MISSING
            index = int(token)
            if index >= len(current):
                return MISSING
            current = current[index]
        else:
            return MISSING
    return current


def get(document: Any, pointer: str | None, default: Any = None) -> Any:
    """Like :func:`resolve` but with ``default`` for a missing value."""
    value = resolve(document, pointer)
    return default if value is MISSING else value
