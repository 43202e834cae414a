"""Sans-I/O flows: the one implementation of retries, polling and waiting, run sync or async.

Request handling, the retry loop, ``wait()`` and downloads are written once, as generators that
*yield* what they need done — :class:`Send` a request (``stream=True``: headers only),
:class:`Read` a streamed body, iterate its :class:`Chunks` with :class:`Next`, :class:`Close` it,
:class:`Sleep` (cut short when its :class:`Alarm` rings, from any thread), :class:`Await` a coroutine (the async client's progress callbacks), :class:`Wait`
for work done in another thread (journal writes) — and receive the result (or have the exception
thrown in). Bodies are always read raw and decoded under a cap by ``_body.py`` (never by httpx's
unbounded decoders); :class:`Resolve` runs the DNS look-up an output fetch checks before it
connects (a hook tests replace).
:func:`run_sync` and :func:`run_async` are the only places that do I/O. This is how the sync
and async clients share every decision without copy-paste.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Awaitable, Callable, Generator, Sequence
from concurrent.futures import Future
from concurrent.futures import wait as wait_futures
from contextlib import AbstractAsyncContextManager
from typing import Any, TypeAlias, TypeVar

import httpx

from ._body import (
    BodyMeter,
    Caps,
    decoded_async,
    decoded_sync,
    hand_back_unread,
    read_async,
    read_sync,
)

__all__ = [
    "Alarm",
    "Await",
    "Chunks",
    "Close",
    "Flow",
    "Next",
    "Read",
    "Resolve",
    "Resolver",
    "Send",
    "Sleep",
    "Wait",
    "run_async",
    "run_sync",
]

T = TypeVar("T")
Resolver: TypeAlias = Callable[[str, int], Sequence[str]]
"""``(host, port) -> addresses``: the DNS look-up output fetches check (see ``_hosts.py``)."""
_NO_CAPS = Caps(None)


class Send:
    """Send this request; the flow receives the ``httpx.Response`` or the error.

    The body is read under ``deadline`` (a ``time.monotonic()`` value) and the size ``caps``
    (see ``_body.py``), unless ``stream`` is true and the reply is a success: then
    only the headers have arrived and the flow must :class:`Read`, iterate or :class:`Close` it.
    Redirects follow the httpx client's setting (off by default); downloads follow them hop by
    hop themselves.
    """

    __slots__ = ("caps", "deadline", "request", "stream")

    def __init__(
        self,
        request: httpx.Request,
        *,
        deadline: float | None = None,
        caps: Caps = _NO_CAPS,
        stream: bool = False,
    ) -> None:
        self.request = request
        self.deadline = deadline
        self.caps = caps
        self.stream = stream


class _Body:
    """A streamed response's body, read decoded under ``cap`` (named by ``option``)."""

    __slots__ = ("cap", "deadline", "option", "response")

    def __init__(
        self,
        response: httpx.Response,
        cap: int | None,
        *,
        deadline: float | None = None,
        option: str = "max_response_bytes",
    ) -> None:
        self.response = response
        self.cap = cap
        self.deadline = deadline
        self.option = option


class Read(_Body):
    """Read the rest of a streamed response's body (and close it); the flow receives the bytes."""

    __slots__ = ()


class Chunks(_Body):
    """Start iterating a streamed body's decoded pieces; the flow receives the iterator."""

    __slots__ = ()


class Resolve:
    """Look ``host`` up with ``resolver``; the flow receives the addresses.

    The look-up blocks, so it runs in a thread when ``timeout`` (seconds) is set or the runner
    is async; past ``timeout`` the flow gets ``httpx.ConnectTimeout`` (the thread is left to end).
    """

    __slots__ = ("host", "port", "resolver", "timeout")

    def __init__(
        self, host: str, port: int, resolver: Resolver, timeout: float | None = None
    ) -> None:
        self.host = host
        self.port = port
        self.resolver = resolver
        self.timeout = timeout

    def timed_out(self) -> httpx.ConnectTimeout:
        return httpx.ConnectTimeout(f"looking up {self.host!r} took more than {self.timeout:g}s")

    def run_sync(self) -> list[str]:
        if self.timeout is None:
            return list(self.resolver(self.host, self.port))
        from concurrent.futures import ThreadPoolExecutor, TimeoutError

        pool = ThreadPoolExecutor(1, thread_name_prefix="gateway-resolve")
        try:
            return list(pool.submit(self.resolver, self.host, self.port).result(self.timeout))
        except TimeoutError:
            raise self.timed_out() from None
        finally:
            pool.shutdown(wait=False)

    async def run_async(self) -> list[str]:
        import asyncio

        look_up = asyncio.to_thread(self.resolver, self.host, self.port)
        try:
            return list(await asyncio.wait_for(look_up, self.timeout))
        except TimeoutError:
            raise self.timed_out() from None


class Next:
    """Advance an iterator from :class:`Chunks`; the flow receives the item, ``None`` at the end."""

    __slots__ = ("iterator",)

    def __init__(self, iterator: Any) -> None:
        self.iterator = iterator


class Close:
    """Close a streamed response (releases its connection); the flow receives ``None``."""

    __slots__ = ("response",)

    def __init__(self, response: httpx.Response) -> None:
        self.response = response


class Alarm:
    """Rung from any thread, it cuts short the :class:`Sleep` that carries it (sync or async).

    It stays rung until :meth:`take` (a ring during the flow's own work is not lost).
    """

    __slots__ = ("_event", "_lock", "_wakers")

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._wakers: list[Callable[[], None]] = []

    def ring(self) -> None:
        with self._lock:
            self._event.set()
            wakers = list(self._wakers)
        for wake in wakers:
            wake()

    def take(self) -> bool:
        """Whether it rang since the last ``take`` (and reset it)."""
        with self._lock:
            rung = self._event.is_set()
            self._event.clear()
        return rung

    def wait(self, seconds: float) -> None:
        """Block up to ``seconds`` or until it rings."""
        self._event.wait(seconds)

    async def wait_async(self, seconds: float) -> None:
        """Sleep up to ``seconds`` or until it rings, without blocking the event loop."""
        import asyncio

        loop = asyncio.get_running_loop()
        woken: asyncio.Future[None] = loop.create_future()

        def done() -> None:
            if not woken.done():
                woken.set_result(None)

        def wake() -> None:
            loop.call_soon_threadsafe(done)

        with self._lock:
            if self._event.is_set():
                return
            self._wakers.append(wake)
        try:
            await asyncio.wait([woken], timeout=max(0.0, seconds))
        finally:
            with self._lock:
                self._wakers.remove(wake)
            woken.cancel()


class Sleep:
    """Pause for ``seconds`` (less if ``alarm`` rings); the flow receives ``None``."""

    __slots__ = ("alarm", "seconds")

    def __init__(self, seconds: float, alarm: Alarm | None = None) -> None:
        self.seconds = seconds
        self.alarm = alarm


class Await:
    """Await this awaitable (async runner only); the flow receives its result."""

    __slots__ = ("awaitable",)

    def __init__(self, awaitable: Awaitable[Any]) -> None:
        self.awaitable = awaitable


class Wait:
    """Wait up to ``timeout`` seconds for a thread's ``Future`` (never blocking an event loop).

    The flow receives ``None`` whether or not the future finished; it looks at the future.
    """

    __slots__ = ("future", "timeout")

    def __init__(self, future: Future[Any], timeout: float) -> None:
        self.future = future
        self.timeout = timeout


Action: TypeAlias = Send | Sleep | Await | Read | Chunks | Next | Close | Resolve | Wait
Flow: TypeAlias = Generator[Action, Any, T]


def _meter(action: _Body) -> BodyMeter:
    return BodyMeter(action.response, action.cap, action.deadline, action.option)


def _send_sync(http: httpx.Client, action: Send) -> httpx.Response:
    response = http.send(action.request, stream=True)
    if not hand_back_unread(response, action.stream):
        cap, option = action.caps.for_response(response)
        read_sync(response, action.deadline, cap, option)
    return response


async def _send_async(http: httpx.AsyncClient, action: Send) -> httpx.Response:
    response = await http.send(action.request, stream=True)
    if not hand_back_unread(response, action.stream):
        cap, option = action.caps.for_response(response)
        await read_async(response, action.deadline, cap, option)
    return response


def run_sync(flow: Flow[T], http: httpx.Client) -> T:
    """Drive ``flow`` with blocking I/O."""
    try:
        action = next(flow)
        while True:
            try:
                if isinstance(action, Send):
                    result: Any = _send_sync(http, action)
                elif isinstance(action, Sleep):
                    if action.alarm is not None:
                        action.alarm.wait(action.seconds)
                    elif action.seconds > 0:
                        time.sleep(action.seconds)
                    result = None
                elif isinstance(action, Read):
                    result = read_sync(action.response, action.deadline, action.cap, action.option)
                elif isinstance(action, Chunks):
                    result = decoded_sync(_meter(action))
                elif isinstance(action, Next):
                    result = next(action.iterator, None)
                elif isinstance(action, Resolve):
                    result = action.run_sync()
                elif isinstance(action, Close):
                    action.response.close()
                    result = None
                elif isinstance(action, Wait):
                    wait_futures([action.future], action.timeout)
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
                    if limiter is None or action.stream:  # a stream outlives the request slot
                        result: Any = await _send_async(http, action)
                    else:
                        async with limiter:
                            result = await _send_async(http, action)
                elif isinstance(action, Sleep):
                    if action.alarm is not None:
                        await action.alarm.wait_async(action.seconds)
                    else:
                        await asyncio.sleep(max(0.0, action.seconds))
                    result = None
                elif isinstance(action, Read):
                    result = await read_async(
                        action.response, action.deadline, action.cap, action.option
                    )
                elif isinstance(action, Chunks):
                    result = decoded_async(_meter(action))
                elif isinstance(action, Resolve):
                    result = await action.run_async()
                elif isinstance(action, Next):
                    try:
                        result = await action.iterator.__anext__()
                    except StopAsyncIteration:
                        result = None
                elif isinstance(action, Close):
                    await action.response.aclose()
                    result = None
                elif isinstance(action, Wait):
                    await asyncio.wait([asyncio.wrap_future(action.future)], timeout=action.timeout)
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
