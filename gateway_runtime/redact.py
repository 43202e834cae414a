"""Keeping API keys out of every text the runtime produces.

Clients register their key with :func:`register_secret`; :func:`redact` then masks every
registered secret, plus anything shaped like a bearer token or ``api_key=...`` pair, in a string.
Error messages and reprs, log records (via :class:`RedactingFilter` on the ``gateway_runtime``
logger), task handles and journal rows all pass through it, so a key cannot leak through text
even when a gateway echoes it back in an error body.
"""

from __future__ import annotations

import logging
import re
import threading
from typing import Any, TypeVar

T = TypeVar("T")

__all__ = ["MASK", "RedactingFilter", "redact", "redact_obj", "redact_state", "register_secret"]

MASK = "***"
_MIN_SECRET_LEN = 4

_lock = threading.Lock()
_secrets: tuple[str, ...] = ()

_PATTERNS = (
    # "Authorization: Bearer abc", "bearer abc"
    re.compile(r"(?i)(\bbearer\s+)[A-Za-z0-9._~+/=\-]{4,}"),
    # api_key=..., "api-key": "...", x-api-key: ...
    re.compile(r"""(?i)((?:x-)?api[-_]?key["']?\s*[:=]\s*["']?)[^\s"'&,;}]{4,}"""),
    # OpenAI-style secret keys
    re.compile(r"()\bsk-[A-Za-z0-9_\-]{12,}"),
)


def register_secret(secret: str | None) -> None:
    """Remember ``secret`` so that :func:`redact` masks it from now on (process-wide)."""
    global _secrets
    if not secret or len(secret) < _MIN_SECRET_LEN:
        return
    with _lock:
        if secret not in _secrets:
            # longest first so a key containing another registered key is masked whole
            _secrets = tuple(sorted({*_secrets, secret}, key=len, reverse=True))


def redact(text: str) -> str:
    """Mask registered secrets and key-shaped substrings in ``text``."""
    for secret in _secrets:
        if secret in text:
            text = text.replace(secret, MASK)
    for pattern in _PATTERNS:
        text = pattern.sub(lambda m: m.group(1) + MASK, text)
    return text


def redact_obj(value: Any) -> Any:
    """Return ``value`` (decoded JSON) with :func:`redact` applied to every string in it."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, dict):
        return {redact(str(k)): redact_obj(v) for k, v in value.items()}
    if isinstance(value, tuple) and hasattr(value, "_fields"):  # a NamedTuple keeps its type
        return type(value)(*(redact_obj(v) for v in value))
    if isinstance(value, list | tuple):
        return [redact_obj(v) for v in value]
    return value


def redact_state(state: T) -> T:
    """A NamedTuple (a ``TaskState``) with :func:`redact_obj` applied to every field."""
    fields = getattr(state, "_fields", None)
    if state is None or fields is None:
        return state
    return state._replace(**{f: redact_obj(getattr(state, f)) for f in fields})  # type: ignore[attr-defined, no-any-return]


class RedactingFilter(logging.Filter):
    """Logging filter that renders the record's message and redacts it."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed record is logging's problem, not ours
            return True
        record.msg = redact(message)
        record.args = None
        return True
