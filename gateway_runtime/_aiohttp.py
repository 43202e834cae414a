"""An httpx transport over aiohttp (``httpx-aiohttp``), with errors mapped for paid submits.

aiohttp spends about a tenth of httpcore's CPU per request on a busy pool (see
bench/bench_batch.py), which is what a batch of thousands of tasks needs. ``httpx-aiohttp`` maps
every ``aiohttp.ClientConnectionError`` to ``httpx.ConnectTimeout`` — "not sent" to the retry
rule, which would let a submit whose connection dropped *after* the request went out be replayed.
Here only a failure to connect stays a connect error; any other connection error is a
``ReadError`` (the request may have reached the gateway).
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx

__all__ = ["available", "safe_aiohttp_transport"]


def available() -> bool:
    """Whether aiohttp and httpx-aiohttp are installed."""
    import importlib.util

    return all(importlib.util.find_spec(m) is not None for m in ("aiohttp", "httpx_aiohttp"))


def _remap(exc: BaseException) -> httpx.TransportError:
    import aiohttp

    cause = exc.__cause__ if isinstance(exc, httpx.TransportError) else exc
    text = str(exc) or type(cause).__name__
    if isinstance(cause, aiohttp.ClientConnectorError):
        return httpx.ConnectError(text)
    if isinstance(cause, aiohttp.ConnectionTimeoutError):
        return httpx.ConnectTimeout(text)
    if isinstance(cause, aiohttp.SocketTimeoutError | asyncio.TimeoutError):
        return httpx.ReadTimeout(text)
    if isinstance(exc, httpx.TransportError) and not isinstance(
        exc, httpx.ConnectError | httpx.ConnectTimeout
    ):
        return exc
    return httpx.ReadError(text)


def safe_aiohttp_transport(limits: httpx.Limits) -> httpx.AsyncBaseTransport:
    """An aiohttp-backed transport whose errors never call a sent request unsent."""
    import aiohttp
    from httpx_aiohttp import AiohttpTransport

    class _Safe(AiohttpTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            try:
                return await super().handle_async_request(request)
            except (TimeoutError, httpx.TransportError, aiohttp.ClientError) as exc:
                raise _remap(exc) from exc

    transport: Any = _Safe(limits=limits)
    return transport  # type: ignore[no-any-return]
