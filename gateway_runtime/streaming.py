"""Server-Sent Event streams: ``create(..., stream=True)`` returns a :class:`Stream` of chunks.

Opening a stream is an ordinary flow (``open_stream_flow``: prepare, send with the retry rule,
map a non-2xx to its typed error) run by ``run_sync`` / ``run_async``; it returns once the
headers are in. From then on nothing is replayed. What each event means is decided once, in the
sans-I/O :class:`EventDecoder` (end marker, error events and error envelopes, JSON, the chunk
model, the event splitter); :class:`Stream` and :class:`AsyncStream` only pull the body, read raw
and decoded by ``_body.py``'s bounded decoder. ``_sse.py`` splits it into events (comments,
multi-line ``data:``, CRLF, events split across reads) and caps each at the client's
``max_event_bytes`` (:class:`ResponseTooLargeError` past it), so no line is held without limit.

The read timeout applies to every read, so a gateway silent for longer than it between two
events ends the stream with :class:`StreamInterruptedError`, as does a connection cut or a
stream that stops without its end marker (``[DONE]``). Leaving a ``with`` block, ``close()``, or
breaking out of the loop closes the connection.
"""

from __future__ import annotations

import json
import threading
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Iterator, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar

import httpx

from . import _sse  # its signal stays internal: not an attribute of this public module
from ._body import BodyMeter, EncodingRefused, decoded_async, decoded_sync
from ._flow import Flow
from ._response import envelope_error, find_request_id, raise_for_response
from .errors import (
    GatewayClientError,
    ResponseDecodeError,
    ResponseTooLargeError,
    StreamError,
    StreamInterruptedError,
)
from .raw import ResponseInfo
from .redact import redact
from .spec import OperationSpec

if TYPE_CHECKING:
    from httpx_sse import ServerSentEvent

    from ._core import ClientCore

__all__ = ["AsyncStream", "EventDecoder", "Stream", "open_stream_flow"]

T = TypeVar("T")
_SKIP: Any = object()


def _is_event_stream(response: httpx.Response) -> bool:
    return "text/event-stream" in response.headers.get("content-type", "").lower()


def open_stream_flow(
    core: ClientCore,
    operation_id: str,
    *,
    path_params: Mapping[str, Any] | None = None,
    query: Mapping[str, Any] | None = None,
    headers: Mapping[str, Any] | None = None,
    body: Mapping[str, Any] | None = None,
    options: Any = None,
) -> Flow[httpx.Response]:
    """Send a streaming request; return the open ``text/event-stream`` response or raise.

    A 2xx that is not an event stream (a gateway that ignored ``stream``, or an HTTP-200 error
    body) is read whole: an error envelope raises its :class:`GatewayError`, anything else a
    :class:`ResponseDecodeError`.
    """
    prepared = core.prepare(
        operation_id,
        path_params=path_params,
        query=query,
        headers={**(headers or {})},
        body=body,
        options=options,
    )
    prepared.request.headers["Accept"] = "text/event-stream"
    response: httpx.Response = yield from core.send_flow(prepared, stream=True)
    if _is_event_stream(response):
        return response
    yield from core.read_flow(prepared.op, response, core.caps_for(prepared.op), None)
    raise_for_response(core.spec, prepared.op, response)
    raise ResponseDecodeError(
        f"{operation_id}: asked for a stream, got {response.headers.get('content-type')!r}",
        status_code=response.status_code,
        request_id=find_request_id(response.headers),
        operation=operation_id,
        headers=response.headers,
        text=response.text[:500],
    )


class EventDecoder(Generic[T]):
    """What one SSE event means (sans-I/O): a chunk, the end, or an error.

    * ``data`` equal to the end marker (``[DONE]``) ends the stream;
    * an event named ``error``, data ``{"type": "error", ...}`` (OpenAI Responses) or data
      matching one of the operation's error envelopes raises :class:`StreamError` with the
      gateway's code and message;
    * other data is JSON, parsed by ``parse`` into the chunk model (text as it is when the spec
      declares no event shape); events without data (keep-alives) are skipped.
    """

    def __init__(
        self,
        core: ClientCore,
        op: OperationSpec,
        response: httpx.Response,
        parse: Callable[[Any], T] | None,
    ) -> None:
        self._core = core
        self._op = op
        self._response = response
        self._parse = parse
        stream = op.stream
        self.done_marker = "[DONE]" if stream is None else stream.done
        self._end_required = stream is not None  # an undeclared stream (a raw call) may just end
        self.done = False
        self._splitter = _sse.EventSplitter(core.max_event_bytes)

    def meter(self) -> BodyMeter:
        """The decoder of the response body (no total cap: each event has one)."""
        try:
            return BodyMeter(self._response, None, None)
        except EncodingRefused as exc:
            raise self.refused(exc) from None

    def take(self, piece: bytes) -> Iterator[T]:
        """The chunks completed by ``piece`` of the decoded body, up to the end marker.

        A generator: chunks before an error event reach the caller before its error does.
        """
        try:
            events = self._splitter.feed(piece)
        except _sse.EventTooLarge as exc:
            raise ResponseTooLargeError(
                f"{self._op.operation_id}: stream event passed max_event_bytes "
                f"({exc.size}+ bytes > {exc.cap}, counted after decoding); raise the client's "
                f"max_event_bytes to accept it",
                limit=exc.cap,
                status_code=self._response.status_code,
                request_id=find_request_id(self._response.headers),
                operation=self._op.operation_id,
            ) from None
        for event in events:
            chunk = self.feed(event)
            if self.done:
                return
            if chunk is not _SKIP:
                yield chunk

    def refused(self, exc: EncodingRefused) -> ResponseDecodeError:
        """The typed error for a body whose encoding is refused or corrupt."""
        return ResponseDecodeError(
            f"{self._op.operation_id}: stream body: {exc}",
            status_code=self._response.status_code,
            operation=self._op.operation_id,
        )

    def feed(self, event: ServerSentEvent) -> T:
        """The chunk for ``event``; ``_SKIP`` for keep-alives and the end marker."""
        data = event.data
        if self.done_marker is not None and data.strip() == self.done_marker:
            self.done = True
            return _SKIP  # type: ignore[no-any-return]
        if not data.strip() and event.event != "error":
            return _SKIP  # type: ignore[no-any-return]
        try:
            body: Any = json.loads(data)
        except ValueError:
            if event.event == "error":
                raise self._error(data, None) from None
            if self._op.stream is None or self._op.stream.event is None:
                return data  # type: ignore[return-value]  # no declared shape: the text itself
            raise ResponseDecodeError(
                f"{self._op.operation_id}: stream event is not valid JSON: {data[:200]!r}",
                status_code=self._response.status_code,
                operation=self._op.operation_id,
                text=data[:500],
            ) from None
        found = envelope_error(self._core.spec, self._op, self._response, body)
        typed_error = isinstance(body, Mapping) and body.get("type") == "error"
        if found is not None or event.event == "error" or typed_error:
            raise self._error(body, found)
        if self._parse is None:
            return body  # type: ignore[no-any-return]
        return self._parse(body)

    def finish(self) -> None:
        """At the end of the body: a stream with an end marker must have sent it."""
        if self.done_marker is not None and not self.done and self._end_required:
            raise StreamInterruptedError(
                f"{self._op.operation_id}: stream ended before {self.done_marker}",
                operation=self._op.operation_id,
            )

    def _error(self, body: Any, found: GatewayClientError | None) -> StreamError:
        code = getattr(found, "code", None)
        message = getattr(found, "message", None) if found is not None else None
        if found is None and isinstance(body, Mapping):
            inner: Mapping[str, Any] = body
            if isinstance(body.get("error"), Mapping):
                inner = body["error"]
            code = inner.get("code")
            message = inner.get("message") or inner.get("msg")
        elif found is None:
            message = str(body)
        prefix = f"[{code}] " if code is not None else ""
        return StreamError(
            f"{self._op.operation_id}: error event in stream: {prefix}{message or 'error'}",
            status_code=self._response.status_code,
            code=code,
            request_id=find_request_id(self._response.headers),
            operation=self._op.operation_id,
            body=body,
            headers=self._response.headers,
        )

    def transport_error(self, exc: httpx.TransportError) -> StreamInterruptedError:
        """The typed error for a failure while reading the body (never retried)."""
        kind = "timed out between events" if isinstance(exc, httpx.TimeoutException) else "broke"
        return StreamInterruptedError(
            f"{self._op.operation_id}: stream {kind}: {type(exc).__name__}: "
            f"{redact(str(exc)) or type(exc).__name__}",
            operation=self._op.operation_id,
        )


class _StreamBase(Generic[T]):
    """What both streams hold: the open response, its decoder, and its HTTP facts."""

    def __init__(self, response: httpx.Response, decoder: EventDecoder[T]) -> None:
        self.response = response
        self._decoder = decoder
        self._gateway_http = ResponseInfo.of(response)

    @property
    def headers(self) -> Mapping[str, str]:
        """The response's headers (lower-case names, secrets redacted), as typed results have."""
        return self._gateway_http.headers

    @property
    def status_code(self) -> int:
        return self._gateway_http.status_code

    @property
    def request_id(self) -> str | None:
        return self._gateway_http.request_id

    def __repr__(self) -> str:
        return f"{type(self).__name__}(operation={self._decoder._op.operation_id!r})"


class Stream(_StreamBase[T]):
    """Typed chunks of a streaming response (sync): iterate it, ideally inside ``with``."""

    def __init__(self, response: httpx.Response, decoder: EventDecoder[T]) -> None:
        super().__init__(response, decoder)
        self._iterator = self._chunks()

    def _chunks(self) -> Generator[T, None, None]:
        decoder = self._decoder
        try:
            for piece in decoded_sync(decoder.meter()):
                yield from decoder.take(piece)
                if decoder.done:
                    return
            decoder.finish()
        except httpx.TransportError as exc:
            raise decoder.transport_error(exc) from exc
        except EncodingRefused as exc:
            raise decoder.refused(exc) from None
        finally:
            self.response.close()

    def __iter__(self) -> Iterator[T]:
        return self

    def __next__(self) -> T:
        return next(self._iterator)

    def close(self) -> None:
        """Stop reading and release the connection."""
        self._iterator.close()
        self.response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __del__(self) -> None:
        """An abandoned stream must not hold its connection; close it from another thread.

        A finalizer runs wherever garbage collection happens to start, possibly inside
        httpcore while this thread holds the pool's (non-reentrant) lock: closing here would
        deadlock. A short-lived thread waits for that lock instead.
        """
        response = getattr(self, "response", None)
        if response is None or response.is_closed:
            return
        threading.Thread(target=_close_quietly, args=(response,), daemon=True).start()


def _close_quietly(response: httpx.Response) -> None:
    try:
        response.close()
    except Exception:  # best effort for a stream nobody closed
        pass


class AsyncStream(_StreamBase[T]):
    """Typed chunks of a streaming response (async): ``async for``, ideally in ``async with``."""

    def __init__(self, response: httpx.Response, decoder: EventDecoder[T]) -> None:
        super().__init__(response, decoder)
        self._iterator = self._chunks()

    async def _chunks(self) -> AsyncGenerator[T, None]:
        decoder = self._decoder
        try:
            async for piece in decoded_async(decoder.meter()):
                for chunk in decoder.take(piece):
                    yield chunk
                if decoder.done:
                    return
            decoder.finish()
        except httpx.TransportError as exc:
            raise decoder.transport_error(exc) from exc
        except EncodingRefused as exc:
            raise decoder.refused(exc) from None
        finally:
            await self.response.aclose()

    def __aiter__(self) -> AsyncIterator[T]:
        return self

    async def __anext__(self) -> T:
        return await self._iterator.__anext__()

    async def close(self) -> None:
        """Stop reading and release the connection."""
        await self._iterator.aclose()
        await self.response.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
