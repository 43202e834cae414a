"""Sans-I/O flows: the one implementation of retries, polling and waiting, run sync or async.

Request handling, the retry loop and ``wait()`` are written once, as generators that *yield*
what they need done — :class:`Send` a request, :class:`Sleep`, :class:`Await` a coroutine (the
async client's progress callbacks) — and receive the result (or have the exception thrown in).
:func:`run_sync` and :func:`run_async` are the only places that do I/O. This is how the sync
and async clients share every decision without copy-paste.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Generator
from contextlib import AbstractAsyncContextManager
from typing import Any, TypeAlias, TypeVar

import httpx

from ._body import hand_back_unread, read_async, read_sync

__all__ = ["Await", "Flow", "Send", "Sleep", "run_async", "run_sync"]

T = TypeVar("T")


class Send:
    """Send this request; the flow receives the ``httpx.Response`` (body read) or the error.

    The body is read under ``deadline`` (a ``time.monotonic()`` value) and the size cap
    ``max_bytes`` (see ``_body.py``); with ``stream`` a successful event-stream reply comes back
    unread, for the caller to iterate and close.
    """

    __slots__ = ("deadline", "max_bytes", "request", "stream")

    def __init__(
        self,
        request: httpx.Request,
        *,
        deadline: float | None = None,
        max_bytes: int | None = None,
        stream: bool = False,
    ) -> None:
        self.request = request
        self.deadline = deadline
        self.max_bytes = max_bytes
        self.stream = stream


class Sleep:
    """Pause for ``seconds``; the flow receives ``None``."""

    __slots__ = ("seconds",)

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds


class Await:
    """Await this awaitable (async runner only); the flow receives its result."""

    __slots__ = ("awaitable",)

    def __init__(self, awaitable: Awaitable[Any]) -> None:
        self.awaitable = awaitable


Action: TypeAlias = Send | Sleep | Await
Flow: TypeAlias = Generator[Action, Any, T]


async def _send_async(http: httpx.AsyncClient, action: Send) -> httpx.Response:
    response = await http.send(action.request, stream=True)
    if not hand_back_unread(response, action.stream):
        await read_async(response, action.deadline, action.max_bytes)
    return response


def run_sync(flow: Flow[T], http: httpx.Client) -> T:
    """Drive ``flow`` with blocking I/O."""
    try:
        action = next(flow)
        while True:
            try:
                if isinstance(action, Send):
                    result: Any = http.send(action.request, stream=True)
                    if not hand_back_unread(result, action.stream):
                        read_sync(result, action.deadline, action.max_bytes)
                elif isinstance(action, Sleep):
                    if action.seconds > 0:
                        time.sleep(action.seconds)
                    result = None
                else:
                    raise TypeError("a sync client cannot await; use AsyncClient for coroutines")
            except Exception as exc:
                action = flow.throw(exc)
            else:
                action = flow.send(result)
    except StopIteration as stop:
        return stop.value  # type: ignore[no-any-return]
    finally:
        flow.close()


async def run_async(
    flow: Flow[T], http: httpx.AsyncClient, limiter: AbstractAsyncContextManager[Any] | None = None
) -> T:
    """Drive ``flow`` with asyncio I/O.

    ``limiter`` (a semaphore) bounds requests in flight: with thousands of concurrent waits,
    requests queue here instead of inside httpcore's pool, whose queue handling is quadratic.
    """
    import asyncio  # imported here: sync-only users never pay for it

    try:
        action = next(flow)
        while True:
            try:
                if isinstance(action, Send):
                    if limiter is None:
                        result: Any = await _send_async(http, action)
                    else:
                        async with limiter:
                            result = await _send_async(http, action)
                elif isinstance(action, Sleep):
                    await asyncio.sleep(max(0.0, action.seconds))
                    result = None
                else:
                    result = await action.awaitable
            except Exception as exc:
                action = flow.throw(exc)
            else:
                action = flow.send(result)
    except StopIteration as stop:
        return stop.value  # type: ignore[no-any-return]
    finally:
        flow.close()
