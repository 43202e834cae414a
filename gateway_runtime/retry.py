"""The retry rule (docs/extensions.md, "Retry rule"), in one place.

A request is replayed only when replaying cannot make the gateway act twice:

* any request, when the server provably did not act: the connection failed before the
  request was sent (connect error/timeout, pool timeout), or a ``429``/``503`` carried a
  ``Retry-After`` (seconds, ``retry-after-ms`` milliseconds, or an HTTP date);
* a replay-safe request (idempotent method of a non-submit operation, ``idempotent: true``
  in the spec, or sent with the operation's ``idempotency_header``) also after a read/write
  timeout, a reset or protocol error, ``408``, ``429`` or ``5xx``;
* anything else — a task-submitting POST above all — is never replayed once it may have
  reached the server: the error is raised and the caller decides.

Delays: ``Retry-After`` when given, else exponential backoff (0.5 s doubling, capped at 8 s)
with up to 25 % jitter. A ``Retry-After`` longer than ``max_retry_delay`` (default 60 s) is not
waited for: the 429/503 is raised with ``retry_after`` set, so the cap is visible.
"""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Mapping
from typing import NamedTuple

import httpx

__all__ = [
    "RetryDecision",
    "RetryPolicy",
    "decide_after_error",
    "decide_after_status",
    "parse_retry_after",
    "reached_server",
]

#: Transport errors raised before any byte of the request left this process.
_NOT_SENT: tuple[type[Exception], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)
#: Errors that are our own fault; replaying cannot help.
_NEVER_RETRY: tuple[type[Exception], ...] = (httpx.UnsupportedProtocol, httpx.LocalProtocolError)


class RetryPolicy(NamedTuple):
    """Retry budget and delays for one client (see module docstring)."""

    max_retries: int = 2
    initial_delay: float = 0.5
    max_backoff: float = 8.0
    max_retry_delay: float = 60.0
    jitter: float = 0.25

    def backoff(self, retries_taken: int) -> float:
        """Exponential delay before retry number ``retries_taken + 1``, with jitter."""
        delay = min(self.initial_delay * (2.0**retries_taken), self.max_backoff)
        return delay * (1.0 - self.jitter * random.random())


class RetryDecision(NamedTuple):
    """Whether to replay, after how long, and why (the reason is logged)."""

    retry: bool
    delay: float = 0.0
    reason: str = ""


def parse_retry_after(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """Seconds the server asks us to wait: ``retry-after-ms``, ``retry-after`` seconds or date."""
    lowered = {k.lower(): v for k, v in headers.items()}
    ms = lowered.get("retry-after-ms")
    if ms is not None:
        try:
            return max(0.0, float(ms) / 1000.0)
        except ValueError:
            pass
    value = lowered.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    current = time.time() if now is None else now
    return max(0.0, when.timestamp() - current)


def reached_server(exc: Exception) -> bool:
    """Whether the request may have reached the server before ``exc`` happened."""
    return not isinstance(exc, _NOT_SENT)


def decide_after_error(
    exc: Exception, *, replay_safe: bool, retries_taken: int, policy: RetryPolicy
) -> RetryDecision:
    """Decision after a transport error (no response)."""
    if retries_taken >= policy.max_retries:
        return RetryDecision(False, reason="retry budget spent")
    if isinstance(exc, _NEVER_RETRY) or not isinstance(exc, httpx.TransportError):
        return RetryDecision(False, reason="not a transient error")
    if not reached_server(exc):
        return RetryDecision(True, policy.backoff(retries_taken), "request was not sent")
    if replay_safe:
        return RetryDecision(True, policy.backoff(retries_taken), "replay-safe request")
    return RetryDecision(False, reason="request may have reached the server; not replay-safe")


def decide_after_status(
    status_code: int,
    headers: Mapping[str, str],
    *,
    replay_safe: bool,
    retries_taken: int,
    policy: RetryPolicy,
) -> RetryDecision:
    """Decision after an error response."""
    retryable_status = status_code in (408, 429) or status_code >= 500
    if not retryable_status:
        return RetryDecision(False, reason=f"HTTP {status_code} is not transient")
    if retries_taken >= policy.max_retries:
        return RetryDecision(False, reason="retry budget spent")
    retry_after = parse_retry_after(headers)
    if retry_after is not None and retry_after > policy.max_retry_delay:
        return RetryDecision(
            False,
            reason=f"Retry-After {retry_after:.1f}s exceeds max_retry_delay {policy.max_retry_delay:.1f}s",
        )
    if status_code in (429, 503) and retry_after is not None:
        return RetryDecision(True, retry_after, f"HTTP {status_code} with Retry-After")
    if replay_safe:
        delay = retry_after if retry_after is not None else policy.backoff(retries_taken)
        return RetryDecision(True, delay, f"HTTP {status_code}, replay-safe request")
    return RetryDecision(False, reason=f"HTTP {status_code}; request not replay-safe")
