"""A small HTTP/1.1 server: asyncio streams for I/O, h11 for the protocol.

Why this stack: h11 is the well-kept HTTP/1.1 state machine httpx itself stands on, so it is
already installed wherever the clients are and adds no dependency; asyncio serves thousands of
keep-alive connections in one thread. An ASGI stack (uvicorn + starlette) would add two packages
and a process model for what is one handler function here.
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
import traceback
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any
from urllib.parse import parse_qs, urlsplit

import h11

__all__ = ["HttpServer", "Reply", "Request"]

_MAX_BODY = 64 << 20


@dataclass
class Request:
    """A request as read: lower-case header names, decoded query, raw body."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes


@dataclass
class Reply:
    """What to send: a status, headers and a body or an async stream of chunks."""

    status: int
    body: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)
    stream: AsyncIterator[bytes] | None = None
    delay: float = 0.0


Handler = Callable[[Request], Awaitable[Reply]]


class HttpServer:
    """Serves ``handler`` on ``host:port`` (port 0 picks a free one) inside the running loop."""

    def __init__(self, handler: Handler, host: str = "127.0.0.1", port: int = 0) -> None:
        self.handler = handler
        self.host = host
        self.port = port
        self._server: asyncio.Server | None = None
        self._conns: set[asyncio.Task[Any]] = set()

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._serve, self.host, self.port, backlog=4096)
        self.port = self._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
        for task in list(self._conns):
            task.cancel()
        if self._conns:
            await asyncio.gather(*self._conns, return_exceptions=True)
        if self._server is not None:
            await self._server.wait_closed()
            self._server = None

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        if task is not None:
            self._conns.add(task)
        conn = h11.Connection(h11.SERVER)
        try:
            while True:
                request = await _read(conn, reader)
                if request is None:
                    break
                try:
                    reply = await self.handler(request)
                except Exception as exc:  # a simulator bug: say so, keep serving
                    traceback.print_exc(file=sys.stderr)
                    text = f"simulator error: {type(exc).__name__}: {exc}"
                    reply = Reply(500, text.encode(), {"content-type": "text/plain"})
                if reply.delay > 0:
                    await asyncio.sleep(reply.delay)
                await _write(conn, writer, reply, head=request.method == "HEAD")
                if conn.our_state is h11.MUST_CLOSE or conn.their_state is h11.MUST_CLOSE:
                    break
                conn.start_next_cycle()
        except (ConnectionError, h11.RemoteProtocolError, asyncio.CancelledError):
            pass
        finally:
            if task is not None:
                self._conns.discard(task)
            with contextlib.suppress(Exception):
                writer.close()


async def _event(conn: h11.Connection, reader: asyncio.StreamReader) -> Any:
    while True:
        event = conn.next_event()
        if event is not h11.NEED_DATA:
            return event
        conn.receive_data(await reader.read(65536))


async def _read(conn: h11.Connection, reader: asyncio.StreamReader) -> Request | None:
    event = await _event(conn, reader)
    if not isinstance(event, h11.Request):
        return None
    chunks: list[bytes] = []
    size = 0
    while True:
        part = await _event(conn, reader)
        if isinstance(part, h11.Data):
            size += len(part.data)
            if size > _MAX_BODY:
                raise h11.RemoteProtocolError("body too large")
            chunks.append(bytes(part.data))
        elif isinstance(part, h11.EndOfMessage):
            break
        else:
            return None
    target = urlsplit(event.target.decode("latin-1"))
    headers: dict[str, str] = {}
    for name, value in event.headers:
        headers[name.decode("latin-1").lower()] = value.decode("latin-1")
    return Request(
        method=event.method.decode("ascii").upper(),
        path=target.path,
        query=parse_qs(target.query, keep_blank_values=True),
        headers=headers,
        body=b"".join(chunks),
    )


def _reason(status: int) -> bytes:
    try:
        return HTTPStatus(status).phrase.encode()
    except ValueError:
        return b""


async def _write(
    conn: h11.Connection, writer: asyncio.StreamWriter, reply: Reply, *, head: bool = False
) -> None:
    headers = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in reply.headers.items()]
    if reply.stream is None or head:
        headers.append((b"content-length", str(len(reply.body)).encode()))
        out = (
            conn.send(
                h11.Response(
                    status_code=reply.status, headers=headers, reason=_reason(reply.status)
                )
            )
            or b""
        )
        if reply.body and not head:
            out += conn.send(h11.Data(data=reply.body)) or b""
        out += conn.send(h11.EndOfMessage()) or b""
        writer.write(out)  # one write: head and body leave in one segment
        await writer.drain()
        return
    headers.append((b"transfer-encoding", b"chunked"))
    writer.write(
        conn.send(
            h11.Response(status_code=reply.status, headers=headers, reason=_reason(reply.status))
        )
        or b""
    )
    async for chunk in reply.stream:
        writer.write(conn.send(h11.Data(data=chunk)) or b"")
        await writer.drain()
    writer.write(conn.send(h11.EndOfMessage()) or b"")
    await writer.drain()
