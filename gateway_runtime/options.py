"""Client-wide options (:class:`ClientOptions`) and per-call options (:class:`RequestOptions`).

Defaults live in ``option_table`` (plain data; this module adds their httpx forms): connect timeout 10 s, read/write/pool 60 s, 2 retries,
backoff 0.5 s doubling to 8 s with jitter, Retry-After honoured up to 60 s, 5 consecutive
transient poll failures survived by ``wait()``, 8 polls with an unknown status before ``wait()``
gives up, JSON/text bodies capped at 32 MiB, binary replies of plain calls at 256 MiB, each
stream event at 16 MiB (all counted after decoding), responses read leniently
(``strict_responses`` off), outputs fetched only from public addresses (or the gateway's own kind).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, NamedTuple, TypedDict

import httpx

from .option_table import (
    DEFAULT_CALL_TIMEOUT,
    DEFAULT_CONNECT_TIMEOUT,
    DEFAULT_MAX_BINARY_BYTES,
    DEFAULT_MAX_CONCURRENCY,
    DEFAULT_MAX_EVENT_BYTES,
    DEFAULT_MAX_POLL_FAILURES,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_MAX_RETRY_DELAY,
    DEFAULT_MAX_UNKNOWN_POLLS,
    DEFAULT_READ_TIMEOUT,
    describe,
)

if TYPE_CHECKING:
    from .spec import GatewaySpec
    from .taskstore import TaskStore

__all__ = [
    "DEFAULT_CALL_TIMEOUT",
    "DEFAULT_LIMITS",
    "DEFAULT_MAX_BINARY_BYTES",
    "DEFAULT_MAX_CONCURRENCY",
    "DEFAULT_MAX_EVENT_BYTES",
    "DEFAULT_MAX_POLL_FAILURES",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_MAX_RETRY_DELAY",
    "DEFAULT_MAX_UNKNOWN_POLLS",
    "DEFAULT_TIMEOUT",
    "ClientOptions",
    "RequestOptions",
    "check_option_names",
    "clip_timeout",
    "resolve_base_url",
    "to_timeout",
]

_NO_HEADERS: Mapping[str, str] = MappingProxyType({})
# The httpx forms of the defaults in option_table (plain data, importable without httpx).
DEFAULT_TIMEOUT = httpx.Timeout(DEFAULT_READ_TIMEOUT, connect=DEFAULT_CONNECT_TIMEOUT)
DEFAULT_LIMITS = httpx.Limits(
    max_connections=DEFAULT_MAX_CONCURRENCY, max_keepalive_connections=DEFAULT_MAX_CONCURRENCY
)


class ClientOptions(TypedDict, total=False):
    """Keyword options of :class:`SyncClient` / :class:`AsyncClient`.

    Each one's meaning and default: :data:`gateway_runtime.option_table.OPTIONS` (the same
    order; ``help(ClientOptions)`` prints them).
    """

    api_key: str | None
    base_url: str | None
    timeout: float | httpx.Timeout | None
    call_timeout: float | None
    max_retries: int
    validate: bool
    strict_validation: bool | None
    journal: str | os.PathLike[str] | bool | TaskStore | None
    http_client: Any
    default_headers: Mapping[str, str] | None
    max_retry_delay: float
    max_poll_failures: int
    retry_backoff: tuple[float, float]
    max_concurrency: int
    status_aliases: Mapping[str, str] | None
    max_unknown_polls: int
    max_response_bytes: int | None
    max_binary_bytes: int | None
    max_event_bytes: int | None
    trusted_output_hosts: Sequence[str] | None
    resolver: Callable[[str, int], Sequence[str]] | None
    strict_responses: bool


ClientOptions.__doc__ = (
    "Keyword options of :class:`SyncClient` / :class:`AsyncClient`.\n\n" + describe() + "\n"
)


class RequestOptions(NamedTuple):
    """Per-call options.

    ``extra_headers`` are sent last: they win over everything, the credential included (one
    value per name, matched case-insensitively). ``timeout`` overrides the
    client's for this call. ``validate=False`` skips payload validation. ``idempotency_key``
    is sent in the operation's idempotency header (default: a fresh key per call).
    ``max_retries`` overrides the client's retry count for this call. ``call_timeout``
    overrides the client's whole-call limit (seconds; ``math.inf``: none).
    """

    extra_headers: Mapping[str, str] = _NO_HEADERS
    timeout: float | httpx.Timeout | None = None
    validate: bool | None = None
    idempotency_key: str | None = None
    max_retries: int | None = None
    call_timeout: float | None = None


def to_timeout(value: float | httpx.Timeout | None, default: httpx.Timeout) -> httpx.Timeout:
    """Normalise a timeout option: a number sets read/write/pool and keeps connect ≤ it."""
    if value is None:
        return default
    if isinstance(value, httpx.Timeout):
        return value
    seconds = float(value)
    connect = default.connect
    return httpx.Timeout(seconds, connect=seconds if connect is None else min(connect, seconds))


def clip_timeout(timeout: httpx.Timeout, remaining: float) -> httpx.Timeout:
    """``timeout`` with every phase cut to ``remaining`` seconds (at least 0.1): a request made
    near a deadline may not outlive it."""
    cap = max(remaining, 0.1)

    def clip(value: float | None) -> float:
        return cap if value is None else min(value, cap)

    t = timeout
    return httpx.Timeout(
        connect=clip(t.connect), read=clip(t.read), write=clip(t.write), pool=clip(t.pool)
    )


def check_option_names(options: Mapping[str, Any]) -> None:
    """``TypeError`` naming unknown option names, with the closest known name for each."""
    known = sorted(ClientOptions.__annotations__)
    unknown = sorted(set(options) - set(known))
    if not unknown:
        return
    import difflib  # only on the error path: keeps the client import cheap

    parts = []
    for name in unknown:
        close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
        parts.append(f"{name} (did you mean {close[0]}?)" if close else name)
    raise TypeError(
        f"unknown client option(s): {', '.join(parts)}; known options: {', '.join(known)}"
    )


def resolve_base_url(spec: GatewaySpec, base_url: str | None) -> str:
    """``base_url`` if given, else ``$<GATEWAY>_BASE_URL``, else the spec's server URL."""
    chosen = base_url or os.environ.get(spec.base_url_env) or spec.base_url
    return chosen.rstrip("/")
