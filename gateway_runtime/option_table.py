"""The client options as plain data: each one's name, default and meaning, in order.

The lowest layer's data, importable without httpx (standard library only): the runtime builds
:class:`~gateway_runtime.options.ClientOptions`' docstring and its httpx defaults
(``DEFAULT_TIMEOUT``, ``DEFAULT_LIMITS``) from it, and the generator prints a generated
package's option table from it without importing httpx, click or rich (about 0.1 s).
"""

from __future__ import annotations

from typing import Any, NamedTuple

__all__ = [
    "DEFAULT_CALL_TIMEOUT",
    "DEFAULT_CONNECT_TIMEOUT",
    "DEFAULT_MAX_BINARY_BYTES",
    "DEFAULT_MAX_CONCURRENCY",
    "DEFAULT_MAX_EVENT_BYTES",
    "DEFAULT_MAX_POLL_FAILURES",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_MAX_RETRY_DELAY",
    "DEFAULT_MAX_UNKNOWN_POLLS",
    "DEFAULT_READ_TIMEOUT",
    "DEFAULT_RETRY_BACKOFF",
    "OPTIONS",
    "Option",
    "describe",
]

_MIB = 1024 * 1024
DEFAULT_CONNECT_TIMEOUT = 10.0
DEFAULT_READ_TIMEOUT = 60.0
"""Read, write and pool timeout of each request (seconds)."""
DEFAULT_CALL_TIMEOUT = 600.0
DEFAULT_MAX_RETRIES = 2
DEFAULT_MAX_RETRY_DELAY = 60.0
DEFAULT_MAX_POLL_FAILURES = 5
DEFAULT_MAX_CONCURRENCY = 100
DEFAULT_MAX_UNKNOWN_POLLS = 8
DEFAULT_MAX_RESPONSE_BYTES = 32 * _MIB
DEFAULT_MAX_BINARY_BYTES = 256 * _MIB
DEFAULT_MAX_EVENT_BYTES = 16 * _MIB
DEFAULT_RETRY_BACKOFF = (0.5, 8.0)
"""(initial, maximum) seconds of the exponential backoff between retries."""


def _n(value: float) -> str:
    return f"{value:g}"


def _mib(value: int) -> str:
    return f"{value // _MIB} MiB"


class Option(NamedTuple):
    """One client option: its keyword, what leaving it out means, and its meaning (reST-ish
    markup: ````name```` for code)."""

    name: str
    default: Any
    """The value that acts as leaving the option out (``None`` where the runtime works it out:
    an environment variable, the spec, the default journal path)."""
    doc: str


OPTIONS: tuple[Option, ...] = (
    Option("api_key", None, "key; else the env var named by ``spec.api_key_env``."),
    Option(
        "base_url",
        None,
        "the server URL; else ``$<GATEWAY>_BASE_URL`` (``spec.base_url_env``, e.g.\n"
        "``UNIALL_BASE_URL``); else the spec's first server URL.",
    ),
    Option(
        "timeout",
        DEFAULT_READ_TIMEOUT,  # a number keeps connect at most it: the same as leaving it out
        "seconds or ``httpx.Timeout`` for each request (default connect "
        f"{_n(DEFAULT_CONNECT_TIMEOUT)} s, read {_n(DEFAULT_READ_TIMEOUT)} s).",
    ),
    Option(
        "call_timeout",
        DEFAULT_CALL_TIMEOUT,
        "seconds one call may take whole: every attempt, the waits between retries\n"
        "and the reading of its body, however slowly it drips (default "
        f"{_n(DEFAULT_CALL_TIMEOUT)}; ``None``: no limit).\n"
        "Past it the call raises ``APITimeoutError``; each attempt's timeouts are clipped to the "
        "time\nleft. Streams are bounded until their headers are in (then by the read timeout "
        "per event);\n``wait()`` and ``download()`` have their own ``timeout``.",
    ),
    Option(
        "max_retries",
        DEFAULT_MAX_RETRIES,
        f"retries per call where replay is safe (default {DEFAULT_MAX_RETRIES}; 0 disables).",
    ),
    Option("validate", True, "check payloads against the spec before sending (default True)."),
    Option(
        "strict_validation",
        None,
        "refuse a payload with a likely typo in a member name (``watermak``\n"
        "for ``watermark``) where the schema lets unknown members through (``watermak: "
        "unknown field;\ndid you mean 'watermark'?``). Default ``None``: refused for "
        "task-submitting methods (a typo on\na paid request is almost never meant), logged and "
        "sent for other calls; ``True`` refuses\neverywhere, ``False`` only logs. A payload "
        "refused for another reason lists its typos too.",
    ),
    Option(
        "journal",
        None,
        "SQLite path, True/None for the default path, False to switch the journal off,\n"
        "or a task store object (``TaskStore``, e.g. the workers' shared ``RedisJournal``).",
    ),
    Option(
        "http_client",
        None,
        "your own ``httpx.Client`` / ``httpx.AsyncClient`` (not closed by us).",
    ),
    Option(
        "default_headers",
        None,
        "headers sent with every request (names matched case-insensitively;\n"
        'the client\'s credential wins over them: see docs/runtime-api.md, "Headers").',
    ),
    Option(
        "max_retry_delay",
        DEFAULT_MAX_RETRY_DELAY,
        "cap (seconds) on an honoured Retry-After; a longer request is not\n"
        "waited for, the 429/503 is raised with ``retry_after`` set (default "
        f"{_n(DEFAULT_MAX_RETRY_DELAY)}).",
    ),
    Option(
        "max_poll_failures",
        DEFAULT_MAX_POLL_FAILURES,
        "consecutive transient poll failures ``wait()`` survives (default "
        f"{DEFAULT_MAX_POLL_FAILURES}).",
    ),
    Option(
        "retry_backoff",
        DEFAULT_RETRY_BACKOFF,
        "``(initial, maximum)`` seconds of the exponential backoff (default\n"
        f"``({DEFAULT_RETRY_BACKOFF[0]!r}, {DEFAULT_RETRY_BACKOFF[1]!r})``).",
    ),
    Option(
        "max_concurrency",
        DEFAULT_MAX_CONCURRENCY,
        "async client only: requests in flight at once (default "
        f"{DEFAULT_MAX_CONCURRENCY}, the\ndefault connection pool size; ``0`` = unbounded). "
        "Others wait their turn in the client.",
    ),
    Option(
        "status_aliases",
        None,
        'extra task status words → outcome (``"success"``, ``"failure"``,\n'
        '``"canceled"``, ``"pending"``), e.g. ``{"ok": "success"}``; matched '
        "case-insensitively.",
    ),
    Option(
        "max_unknown_polls",
        DEFAULT_MAX_UNKNOWN_POLLS,
        "polls in a row with a status that means nothing before ``wait()``\n"
        f"raises ``UnknownStatusError`` (default {DEFAULT_MAX_UNKNOWN_POLLS}).",
    ),
    Option(
        "max_response_bytes",
        DEFAULT_MAX_RESPONSE_BYTES,
        "cap on a JSON or text body, and on any error body or binary reply of\n"
        f"an operation that declares no binary reply (default {_mib(DEFAULT_MAX_RESPONSE_BYTES)}; "
        "``None`` = no cap).",
    ),
    Option(
        "max_binary_bytes",
        DEFAULT_MAX_BINARY_BYTES,
        "cap on a binary reply (audio, image) of an operation that declares one\n"
        f"(default {_mib(DEFAULT_MAX_BINARY_BYTES)}; ``None`` = no cap); save larger files "
        "with ``download()``.",
    ),
    Option(
        "max_event_bytes",
        DEFAULT_MAX_EVENT_BYTES,
        "cap on one Server-Sent Event, its lines together (default "
        f"{_mib(DEFAULT_MAX_EVENT_BYTES)}).\nAll caps count bytes after ``Content-Encoding`` "
        "is undone.",
    ),
    Option(
        "trusted_output_hosts",
        None,
        "host names (or addresses) output files may be fetched from even\n"
        'when they resolve to a private, loopback or link-local address (``"*"``: any host).',
    ),
    Option(
        "resolver",
        None,
        "``(host, port) -> [address, ...]`` used to check output hosts before fetching\n"
        "(default ``socket.getaddrinfo``); the fetch connects to the address checked.",
    ),
    Option(
        "strict_responses",
        False,
        "raise ``ResponseValidationError`` when a 2xx body does not fit its\n"
        "model, instead of returning it built leniently with the drift recorded (default "
        "False).",
    ),
)
"""Every client option, in the order ``ClientOptions`` declares them."""


def describe() -> str:
    """The options as a docstring's lines: ````name````: meaning, one paragraph each."""
    return "\n".join(f"``{o.name}``: {o.doc}" for o in OPTIONS)
