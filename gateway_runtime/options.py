"""Client-wide options (:class:`ClientOptions`) and per-call options (:class:`RequestOptions`).

Defaults live here, in one place: connect timeout 10 s, read/write/pool 60 s, 2 retries,
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

if TYPE_CHECKING:
    from .spec import GatewaySpec
    from .taskstore import TaskStore

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_MAX_RETRY_DELAY",
    "DEFAULT_TIMEOUT",
    "ClientOptions",
    "RequestOptions",
    "check_option_names",
    "clip_timeout",
    "resolve_base_url",
    "to_timeout",
]

_NO_HEADERS: Mapping[str, str] = MappingProxyType({})
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
DEFAULT_CALL_TIMEOUT = 600.0
DEFAULT_MAX_RETRIES = 2
DEFAULT_MAX_RETRY_DELAY = 60.0
DEFAULT_MAX_POLL_FAILURES = 5
DEFAULT_MAX_CONCURRENCY = 100
DEFAULT_MAX_UNKNOWN_POLLS = 8
DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024
DEFAULT_MAX_BINARY_BYTES = 256 * 1024 * 1024
DEFAULT_MAX_EVENT_BYTES = 16 * 1024 * 1024
DEFAULT_LIMITS = httpx.Limits(
    max_connections=DEFAULT_MAX_CONCURRENCY, max_keepalive_connections=DEFAULT_MAX_CONCURRENCY
)


class ClientOptions(TypedDict, total=False):
    """Keyword options of :class:`SyncClient` / :class:`AsyncClient`.

    ``api_key``: key; else the env var named by ``spec.api_key_env``.
    ``base_url``: the server URL; else ``$<GATEWAY>_BASE_URL`` (``spec.base_url_env``, e.g.
    ``UNIALL_BASE_URL``); else the spec's first server URL.
    ``timeout``: seconds or ``httpx.Timeout`` for each request (default connect 10 s, read 60 s).
    ``call_timeout``: seconds one call may take whole: every attempt, the waits between retries
    and the reading of its body, however slowly it drips (default 600; ``None``: no limit).
    Past it the call raises ``APITimeoutError``; each attempt's timeouts are clipped to the time
    left. Streams are bounded until their headers are in (then by the read timeout per event);
    ``wait()`` and ``download()`` have their own ``timeout``.
    ``max_retries``: retries per call where replay is safe (default 2; 0 disables).
    ``validate``: check payloads against the spec before sending (default True).
    ``strict_validation``: refuse a payload with a likely typo in a member name (``watermak``
    for ``watermark``) where the schema lets unknown members through (``watermak: unknown field;
    did you mean 'watermark'?``). Default ``None``: refused for task-submitting methods (a typo on
    a paid request is almost never meant), logged and sent for other calls; ``True`` refuses
    everywhere, ``False`` only logs. A payload refused for another reason lists its typos too.
    ``journal``: SQLite path, True/None for the default path, False to switch the journal off,
    or a task store object (``TaskStore``, e.g. the workers' shared ``RedisJournal``).
    ``http_client``: your own ``httpx.Client`` / ``httpx.AsyncClient`` (not closed by us).
    ``default_headers``: headers sent with every request (names matched case-insensitively;
    the client's credential wins over them: see docs/runtime-api.md, "Headers").
    ``max_retry_delay``: cap (seconds) on an honoured Retry-After; a longer request is not
    waited for, the 429/503 is raised with ``retry_after`` set (default 60).
    ``max_poll_failures``: consecutive transient poll failures ``wait()`` survives (default 5).
    ``max_concurrency``: async client only: requests in flight at once (default 100, the
    default connection pool size; ``0`` = unbounded). Others wait their turn in the client.
    ``retry_backoff``: ``(initial, maximum)`` seconds of the exponential backoff (default
    ``(0.5, 8.0)``).
    ``status_aliases``: extra task status words → outcome (``"success"``, ``"failure"``,
    ``"canceled"``, ``"pending"``), e.g. ``{"ok": "success"}``; matched case-insensitively.
    ``max_unknown_polls``: polls in a row with a status that means nothing before ``wait()``
    raises ``UnknownStatusError`` (default 8).
    ``max_response_bytes``: cap on a JSON or text body, and on any error body or binary reply of
    an operation that declares no binary reply (default 32 MiB; ``None`` = no cap).
    ``max_binary_bytes``: cap on a binary reply (audio, image) of an operation that declares one
    (default 256 MiB; ``None`` = no cap); save larger files with ``download()``.
    ``max_event_bytes``: cap on one Server-Sent Event, its lines together (default 16 MiB).
    All caps count bytes after ``Content-Encoding`` is undone.
    ``trusted_output_hosts``: host names (or addresses) output files may be fetched from even
    when they resolve to a private, loopback or link-local address (``"*"``: any host).
    ``resolver``: ``(host, port) -> [address, ...]`` used to check output hosts before fetching
    (default ``socket.getaddrinfo``); the fetch connects to the address checked.
    ``strict_responses``: raise ``ResponseValidationError`` when a 2xx body does not fit its
    model, instead of returning it built leniently with the drift recorded (default False).
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
