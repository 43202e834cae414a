"""A real, programmable HTTP/1.1 gateway on 127.0.0.1 for the runtime's fault-injection tests.

For a normal lifecycle of one of the five gateways use the simulator (``generator.simulator``),
which plays the spec itself; this server is for what a spec cannot say: connection resets,
half-closed sockets, malformed bodies, SSE cut into TCP pieces, hand-made task plans.

Asyncio streams and a minimal keep-alive HTTP/1.1 parser of its own (so it can misbehave at the
byte level), run in one background thread by the simulator's ``BackgroundLoop``; it serves
thousands of concurrent connections. Everything is counted, so tests can assert how
many times a route was hit (e.g. exactly one submit).

Quick start::

    from tests.gateway_server import GatewayServer, Response, TaskPlan

    with GatewayServer() as server:                       # random free port, background thread
        sim = server.add_task_api(                        # submit/poll/cancel simulator
            submit=("POST", "/v1/tasks"),
            poll=("GET", "/v1/tasks/{task_id}"),
            cancel=("POST", "/v1/tasks/{task_id}/cancel"),
            plan=TaskPlan(polls=3),                       # queued → processing → completed
        )
        server.inject("POST", "/v1/tasks", Response.reset())   # next submit: RST after body
        client = SyncClient(spec, base_url=server.url, api_key="k")
        ...
        assert server.count("POST", "/v1/tasks") == 1

API
---
``GatewayServer(host="127.0.0.1", port=0, *, record=True)``
    ``start()`` / ``stop()`` or ``with``; ``url`` (``http://127.0.0.1:PORT``).
    ``route(method, pattern, reply=None, *, status=200, json=None, headers=None) -> Route``:
    ``pattern`` like ``/v1/tasks/{task_id}`` (params in ``request.params``); ``reply`` is a
    :class:`Response`, a list of them (consumed in order, the last repeats) or a handler
    ``(Request) -> Response`` (sync or ``async``). Unmatched requests get 404.
    ``inject(method, pattern, *responses)``: one-shot responses served before the route's
    normal reply (faults: "the next two polls fail").
    ``count(method=None, pattern=None)``: requests seen (matching the route pattern, or all);
    counted once the whole request (body included) was read, even if the reply is a reset.
    ``requests``: every :class:`Request` seen (when ``record``); ``reset()`` clears counters,
    log and injections.
    ``add_task_api(submit=..., poll=..., cancel=None, shape=TaskShape(), plan=TaskPlan())
    -> TaskSimulator``.

:class:`Response` (status, json, body, headers, delay, action) with helpers:
    ``Response.error(status, code, message, retry_after=None, retry_after_ms=None, shape=...)``,
    ``Response.retry_after(status=429, seconds=1)``, ``Response.slow(seconds, ...)`` (replies
    after ``seconds``: longer than the client's read timeout → timeout), ``Response.reset()``
    (reads the request, then RST), ``Response.close()`` (FIN without a reply),
    ``Response.malformed()`` (200 ``application/json`` with a broken body),
    ``Response.envelope(code, message)`` (HTTP 200 carrying ``{"error": {...}}``),
    ``Response.drip(chunk, interval=, chunks=)`` (a chunked body, a chunk every ``interval``
    seconds, ``chunks`` times or forever: slow-drip and endless bodies).
    ``Response.streamed(pieces, ...)`` (a chunked body written piece by piece: ``bytes`` are
    sent and flushed one by one, a ``float`` pauses; ``cut=True`` resets the connection instead
    of ending the body), ``Response.sse(text, split_every=N, ...)`` (an event stream split into
    N-byte pieces).

:class:`TaskPlan` (per task): ``outcome`` ``"completed" | "failed" | "canceled" | "never"``,
``polls`` (the Nth poll shows the terminal status), ``queued_polls`` (first polls show queued
with a falling queue position), ``error_code``/``error_message``, ``result``.

:class:`TaskShape` says where things go in bodies (JSON Pointers): ``submit_id`` and
``submit_status_field`` in the submit reply; ``status``/``progress``/``queue_position``/
``result``/``error_code``/``error_message``/``poll_id`` in the poll reply; ``statuses``
(queued/processing/completed/failed/canceled → wire words). The default is the test spec's
Qingbo-like ``{"task_id","status","progress","queue_position","result","error"}``; tests swap
``statuses`` to show status words outside the binding.

:class:`TaskSimulator`: ``tasks`` (id → :class:`SimTask` with ``polls``, ``plan``, ``canceled``),
``submits``, ``polls(task_id=None)``, ``next_plans`` (a list of plans consumed by the next
submits before ``plan``).

Run standalone (used by bench/bench_runtime.py)::

    python tests/gateway_server.py --port 0 --polls 5 --queued-polls 1
    # prints "READY http://127.0.0.1:PORT" then serves until killed
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import inspect
import itertools
import json as _json
import re
import socket
import struct
import sys
import threading
from collections import deque
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from email.utils import formatdate
from http import HTTPStatus
from typing import Any, Literal
from urllib.parse import parse_qs, unquote, urlsplit

from generator.simulator.background import BackgroundLoop

__all__ = [
    "GatewayServer",
    "Request",
    "Response",
    "Route",
    "SimTask",
    "TaskPlan",
    "TaskShape",
    "TaskSimulator",
]

_NO_JSON: Any = object()
Action = Literal["respond", "reset", "close", "hang"]


@dataclass
class Request:
    """A request as the server read it."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]  # lower-case names
    body: bytes
    params: dict[str, str] = field(default_factory=dict)
    raw_headers: list[tuple[str, str]] = field(default_factory=list)  # as sent, repeats kept

    def values(self, name: str) -> list[str]:
        """Every value sent for header ``name`` (any case): a repeated header shows twice."""
        return [v for k, v in self.raw_headers if k.lower() == name.lower()]

    def json(self) -> Any:
        return _json.loads(self.body) if self.body else None

    def arg(self, name: str) -> str | None:
        """A path param, else a query param, else a top-level JSON/form body field."""
        if name in self.params:
            return self.params[name]
        if name in self.query:
            return self.query[name][0]
        ctype = self.headers.get("content-type", "")
        if "json" in ctype:
            try:
                data = self.json()
            except ValueError:
                return None
            if isinstance(data, dict) and name in data:
                return str(data[name])
        if "x-www-form-urlencoded" in ctype:
            form = parse_qs(self.body.decode("utf-8", "replace"))
            if name in form:
                return form[name][0]
        return None


class _Drip:
    """``chunk`` then a pause of ``interval`` s, ``times`` times or forever (re-iterable)."""

    def __init__(self, chunk: bytes, interval: float, times: int | None) -> None:
        self.chunk, self.interval, self.times = chunk, interval, times

    def __iter__(self) -> Iterator[bytes | float]:
        for _ in itertools.count() if self.times is None else range(self.times):
            yield self.chunk
            if self.interval > 0:
                yield self.interval


class Response:
    """What the server does with a request: reply, or a fault (see module docstring)."""

    __slots__ = (
        "action",
        "body",
        "cut",
        "delay",
        "headers",
        "json",
        "status",
        "stream",
    )

    def __init__(
        self,
        status: int = 200,
        json: Any = _NO_JSON,
        *,
        body: bytes | str | None = None,
        headers: Mapping[str, str] | None = None,
        delay: float = 0.0,
        action: Action = "respond",
        stream: Iterable[bytes | float] | None = None,
        cut: bool = False,
    ) -> None:
        self.status = status
        self.json = json
        self.body = body
        self.headers = dict(headers or {})
        self.delay = delay
        self.action: Action = action
        self.stream = stream
        self.cut = cut

    @classmethod
    def streamed(
        cls,
        pieces: Sequence[bytes | float],
        *,
        status: int = 200,
        content_type: str = "application/octet-stream",
        cut: bool = False,
        headers: Mapping[str, str] | None = None,
    ) -> Response:
        """A chunked body sent piece by piece (a ``float`` piece pauses that many seconds)."""
        return cls(
            status,
            headers={"Content-Type": content_type, **dict(headers or {})},
            stream=list(pieces),
            cut=cut,
        )

    @classmethod
    def sse(
        cls,
        text: str,
        *,
        split_every: int | None = None,
        pause: float = 0.005,
        cut: bool = False,
    ) -> Response:
        """A ``text/event-stream`` body, split into ``split_every``-byte pieces sent apart."""
        raw = text.encode()
        size = split_every or len(raw) or 1
        pieces: list[bytes | float] = []
        for start in range(0, len(raw), size):
            pieces += [raw[start : start + size], pause]
        return cls.streamed(pieces, content_type="text/event-stream; charset=utf-8", cut=cut)

    def __repr__(self) -> str:
        return f"Response({self.status}, action={self.action!r}, delay={self.delay})"

    @classmethod
    def error(
        cls,
        status: int,
        code: Any = "error",
        message: str = "error",
        *,
        retry_after: float | str | None = None,
        retry_after_ms: float | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Response:
        """A JSON error ``{"error": {"code", "message"}}`` with optional Retry-After headers."""
        hdrs = dict(headers or {})
        if retry_after is not None:
            hdrs["Retry-After"] = str(retry_after)
        if retry_after_ms is not None:
            hdrs["retry-after-ms"] = str(retry_after_ms)
        return cls(status, {"error": {"code": code, "message": message}}, headers=hdrs)

    @classmethod
    def retry_after(
        cls, status: int = 429, seconds: float = 1, *, http_date: bool = False
    ) -> Response:
        """429/503 with ``Retry-After`` in seconds (or as an HTTP date ``seconds`` from now)."""
        import time

        value = formatdate(time.time() + seconds, usegmt=True) if http_date else f"{seconds:g}"
        return cls.error(status, "rate_limited", "slow down", retry_after=value)

    @classmethod
    def slow(cls, seconds: float, status: int = 200, json: Any = _NO_JSON) -> Response:
        """Reply only after ``seconds`` (longer than the client's read timeout → timeout)."""
        return cls(status, {"ok": True} if json is _NO_JSON else json, delay=seconds)

    @classmethod
    def reset(cls) -> Response:
        """Read the whole request, then reset the connection (TCP RST) without replying."""
        return cls(action="reset")

    @classmethod
    def close(cls) -> Response:
        """Read the whole request, then close the connection (FIN) without replying."""
        return cls(action="close")

    @classmethod
    def hang(cls) -> Response:
        """Read the request and never reply (until the server stops)."""
        return cls(action="hang")

    @classmethod
    def drip(
        cls,
        chunk: bytes = b" ",
        *,
        interval: float = 0.2,
        chunks: int | None = None,
        status: int = 200,
        content_type: str = "application/json",
        headers: Mapping[str, str] | None = None,
    ) -> Response:
        """A chunked body sending ``chunk`` every ``interval`` seconds, ``chunks`` times
        (``None``: until the client goes away or the server stops)."""
        hdrs = {"Content-Type": content_type, "Connection": "close", **dict(headers or {})}
        return cls(status, headers=hdrs, stream=_Drip(chunk, interval, chunks))

    @classmethod
    def malformed(cls, status: int = 200) -> Response:
        """A JSON content type with a body that is not JSON."""
        return cls(
            status,
            body=b'{"task_id": "abc", "status": ',
            headers={"Content-Type": "application/json"},
        )

    @classmethod
    def envelope(
        cls, code: Any = "quota_exceeded", message: str = "insufficient quota"
    ) -> Response:
        """HTTP 200 whose body is an error envelope ``{"error": {"code", "message"}}``."""
        return cls(200, {"error": {"code": code, "message": message}})


Reply = Response | Sequence[Response] | Callable[[Request], Response | Awaitable[Response]]


class Route:
    """A method + path pattern with its reply, one-shot injections and a request counter."""

    def __init__(self, method: str, pattern: str, reply: Reply) -> None:
        self.method = method.upper()
        self.pattern = pattern
        regex = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(pattern))
        self.regex = re.compile(f"^{regex}$")
        self.count = 0
        self.injected: deque[Response] = deque()
        self._reply: Reply = reply
        self._sequence: deque[Response] | None = None
        if isinstance(reply, Sequence):
            self._sequence = deque(reply)

    def match(self, method: str, path: str) -> dict[str, str] | None:
        if method != self.method and self.method != "*":
            return None
        m = self.regex.match(path)
        if m is None:
            return None
        return {k: unquote(v) for k, v in m.groupdict().items()}

    async def respond(self, request: Request) -> Response:
        if self.injected:
            return self.injected.popleft()
        if self._sequence is not None:
            return self._sequence.popleft() if len(self._sequence) > 1 else self._sequence[0]
        if isinstance(self._reply, Response):
            return self._reply
        assert callable(self._reply)
        result = self._reply(request)
        if inspect.isawaitable(result):
            result = await result
        return result


# --------------------------------------------------------------------------------------------
# Task simulator
# --------------------------------------------------------------------------------------------


@dataclass
class TaskPlan:
    """How one simulated task evolves, poll by poll."""

    outcome: Literal["completed", "failed", "canceled", "never"] = "completed"
    polls: int = 3
    queued_polls: int = 1
    error_code: Any = "content_policy_violation"
    error_message: str = "the prompt was rejected by the safety system"
    result: Any = field(default_factory=lambda: {"url": "https://example.invalid/result.png"})


@dataclass
class TaskShape:
    """Where the simulator puts things in submit and poll bodies (JSON Pointers)."""

    submit_id: str = "/task_id"
    submit_status_field: str | None = "/status"
    poll_id: str | None = "/task_id"
    status: str = "/status"
    progress: str | None = "/progress"
    queue_position: str | None = "/queue_position"
    result: str | None = "/result"
    error_code: str | None = "/error/code"
    error_message: str | None = "/error/message"
    statuses: Mapping[str, str] = field(
        default_factory=lambda: {
            "queued": "queued",
            "processing": "processing",
            "completed": "completed",
            "failed": "failed",
            "canceled": "cancelled",
        }
    )


def _set(doc: dict[str, Any], pointer: str | None, value: Any) -> None:
    if not pointer:
        return
    parts = [p.replace("~1", "/").replace("~0", "~") for p in pointer.lstrip("/").split("/")]
    node = doc
    for part in parts[:-1]:
        nxt = node.get(part)
        if not isinstance(nxt, dict):
            nxt = node[part] = {}
        node = nxt
    node[parts[-1]] = value


@dataclass
class SimTask:
    """State of one simulated task."""

    id: str
    plan: TaskPlan
    polls: int = 0
    canceled: bool = False


class TaskSimulator:
    """Submit/poll/cancel handlers for a simulated task API (see module docstring)."""

    def __init__(
        self,
        shape: TaskShape | None = None,
        plan: TaskPlan | None = None,
        *,
        id_param: str = "task_id",
    ) -> None:
        self.shape = shape or TaskShape()
        self.plan = plan if plan is not None else TaskPlan()
        self.id_param = id_param
        self.tasks: dict[str, SimTask] = {}
        self.next_plans: list[TaskPlan] = []
        self.submits = 0
        self._ids = itertools.count(1)

    def polls(self, task_id: str | None = None) -> int:
        """Polls seen for one task (or all tasks)."""
        if task_id is not None:
            task = self.tasks.get(task_id)
            return 0 if task is None else task.polls
        return sum(t.polls for t in self.tasks.values())

    def _plan_for(self) -> TaskPlan:
        if self.next_plans:
            return self.next_plans.pop(0)
        return copy.copy(self.plan)

    def submit(self, request: Request) -> Response:
        self.submits += 1
        task = SimTask(id=f"task_{next(self._ids):06d}", plan=self._plan_for())
        self.tasks[task.id] = task
        body: dict[str, Any] = {}
        _set(body, self.shape.submit_id, task.id)
        _set(body, self.shape.submit_status_field, self.shape.statuses["queued"])
        return Response(200, body)

    def _state(self, task: SimTask) -> tuple[str, float | None, int | None]:
        plan, n = task.plan, task.polls
        if task.canceled:
            return "canceled", None, None
        if plan.outcome != "never" and n >= plan.polls:
            return (
                {"completed": "completed", "failed": "failed", "canceled": "canceled"}[
                    plan.outcome
                ],
                (100.0 if plan.outcome == "completed" else None),
                None,
            )
        if n <= plan.queued_polls:
            return "queued", 0.0, plan.queued_polls - n + 1
        span = max(plan.polls, n + 1) if plan.outcome == "never" else plan.polls
        return "processing", min(99.0, round(100.0 * n / span, 1)), None

    def poll_body(self, task: SimTask) -> dict[str, Any]:
        kind, percent, queue = self._state(task)
        shape = self.shape
        body: dict[str, Any] = {}
        _set(body, shape.poll_id, task.id)
        _set(body, shape.status, shape.statuses[kind])
        if percent is not None:
            _set(body, shape.progress, percent)
        if queue is not None:
            _set(body, shape.queue_position, queue)
        if kind == "completed":
            _set(body, shape.result, copy.deepcopy(task.plan.result))
        if kind == "failed":
            _set(body, shape.error_code, task.plan.error_code)
            _set(body, shape.error_message, task.plan.error_message)
        return body

    def _find(self, request: Request) -> SimTask | None:
        task_id = request.arg(self.id_param)
        return None if task_id is None else self.tasks.get(task_id)

    def poll(self, request: Request) -> Response:
        task = self._find(request)
        if task is None:
            return Response.error(404, "task_not_found", "no such task")
        task.polls += 1
        return Response(200, self.poll_body(task))

    def cancel(self, request: Request) -> Response:
        task = self._find(request)
        if task is None:
            return Response.error(404, "task_not_found", "no such task")
        task.canceled = True
        return Response(200, {"task_id": task.id, "canceled": True})


# --------------------------------------------------------------------------------------------
# Server
# --------------------------------------------------------------------------------------------


class _BadRequest(Exception):
    pass


async def _read_request(reader: asyncio.StreamReader) -> Request | None:
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except (asyncio.IncompleteReadError, ConnectionError):
        return None
    except asyncio.LimitOverrunError as exc:
        raise _BadRequest("headers too large") from exc
    lines = head.decode("latin-1").split("\r\n")
    try:
        method, target, _version = lines[0].split(" ", 2)
    except ValueError as exc:
        raise _BadRequest("bad request line") from exc
    headers: dict[str, str] = {}
    raw_headers: list[tuple[str, str]] = []
    for line in lines[1:]:
        if not line:
            continue
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
        raw_headers.append((name.strip(), value.strip()))
    if headers.get("transfer-encoding", "").lower() == "chunked":
        chunks = []
        while True:
            size_line = await reader.readuntil(b"\r\n")
            size = int(size_line.split(b";")[0].strip(), 16)
            if size == 0:
                await reader.readuntil(b"\r\n")
                break
            chunks.append(await reader.readexactly(size))
            await reader.readexactly(2)
        body = b"".join(chunks)
    else:
        length = int(headers.get("content-length") or 0)
        body = await reader.readexactly(length) if length else b""
    split = urlsplit(target)
    return Request(
        method=method.upper(),
        path=split.path,
        query=parse_qs(split.query, keep_blank_values=True),
        headers=headers,
        body=body,
        raw_headers=raw_headers,
    )


def _encode(response: Response, keep_alive: bool) -> bytes:
    headers = {k.lower(): v for k, v in response.headers.items()}
    if response.body is not None:
        payload = response.body.encode() if isinstance(response.body, str) else response.body
    elif response.json is not _NO_JSON:
        payload = _json.dumps(response.json).encode()
        headers.setdefault("content-type", "application/json")
    else:
        payload = b""
    headers["content-length"] = str(len(payload))
    headers.setdefault("x-request-id", f"req_{id(response):x}")
    headers["connection"] = "keep-alive" if keep_alive else "close"
    try:
        reason = HTTPStatus(response.status).phrase
    except ValueError:
        reason = "Unknown"
    lines = [f"HTTP/1.1 {response.status} {reason}"]
    lines.extend(f"{k}: {v}" for k, v in headers.items())
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + payload


async def _write_streamed(writer: asyncio.StreamWriter, response: Response) -> bool:
    """Write a chunked response piece by piece; False when the connection ends with it."""
    headers = {k.lower(): v for k, v in response.headers.items()}
    headers["transfer-encoding"] = "chunked"
    headers.setdefault("x-request-id", f"req_{id(response):x}")
    reason = HTTPStatus(response.status).phrase
    head = [f"HTTP/1.1 {response.status} {reason}", *(f"{k}: {v}" for k, v in headers.items())]
    writer.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1"))
    await writer.drain()
    for piece in response.stream or ():
        if writer.transport.is_closing():  # the client went away (endless drips end here)
            return False
        if isinstance(piece, float | int):
            await asyncio.sleep(piece)
            continue
        writer.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
        await writer.drain()
    if response.cut:
        sock = writer.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        writer.transport.abort()
        return False
    writer.write(b"0\r\n\r\n")
    await writer.drain()
    return headers.get("connection", "").lower() != "close"


class GatewayServer:
    """Programmable HTTP server on 127.0.0.1 (see module docstring)."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, *, record: bool = True) -> None:
        self.host = host
        self.port = port
        self.record = record
        self.routes: list[Route] = []
        self.requests: list[Request] = []
        self.unmatched = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._background = BackgroundLoop("gateway-server")
        self._server: asyncio.base_events.Server | None = None
        self._conns: set[asyncio.Task[None]] = set()
        self._lock = threading.Lock()

    # -- lifecycle -----------------------------------------------------------------------

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    async def astart(self) -> GatewayServer:
        """Start serving on the running event loop (for use inside asyncio programs)."""
        self._loop = asyncio.get_running_loop()
        self._server = await asyncio.start_server(
            self._serve_conn, self.host, self.port, backlog=4096, limit=1 << 20
        )
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def astop(self) -> None:
        if self._server is not None:
            self._server.close()
        for task in list(self._conns):
            task.cancel()
        if self._conns:
            await asyncio.gather(*self._conns, return_exceptions=True)
        if self._server is not None:
            await self._server.wait_closed()
            self._server = None

    def start(self) -> GatewayServer:
        """Start serving in a background thread; returns once the port is bound."""
        self._background.start(self.astart, self.astop)
        return self

    def stop(self) -> None:
        """Stop the background server (idempotent)."""
        self._background.stop()

    def __enter__(self) -> GatewayServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- programming ---------------------------------------------------------------------

    def route(
        self,
        method: str,
        pattern: str,
        reply: Reply | None = None,
        *,
        status: int = 200,
        json: Any = _NO_JSON,
        headers: Mapping[str, str] | None = None,
    ) -> Route:
        """Add (or replace) the route for ``method pattern``."""
        if reply is None:
            reply = Response(status, {} if json is _NO_JSON else json, headers=headers)
        route = Route(method, pattern, reply)
        with self._lock:
            self.routes = [
                r for r in self.routes if not (r.method == route.method and r.pattern == pattern)
            ]
            self.routes.append(route)
        return route

    def get_route(self, method: str, pattern: str) -> Route:
        for route in self.routes:
            if route.method == method.upper() and route.pattern == pattern:
                return route
        raise KeyError(f"no route {method} {pattern}")

    def inject(self, method: str, pattern: str, *responses: Response) -> Route:
        """Serve ``responses`` (one per request) before the route's normal reply."""
        try:
            route = self.get_route(method, pattern)
        except KeyError:
            route = self.route(method, pattern, Response.error(404, "not_found", "no route"))
        route.injected.extend(responses)
        return route

    def count(self, method: str | None = None, pattern: str | None = None) -> int:
        """Requests seen on a route (``method`` + ``pattern``), or in total."""
        if method is None and pattern is None:
            return sum(r.count for r in self.routes) + self.unmatched
        if pattern is None:
            return sum(r.count for r in self.routes if r.method == str(method).upper())
        return self.get_route(method or "*", pattern).count

    def reset(self) -> None:
        """Zero counters, forget recorded requests and pending injections."""
        for route in self.routes:
            route.count = 0
            route.injected.clear()
        self.requests.clear()
        self.unmatched = 0

    def add_task_api(
        self,
        *,
        submit: tuple[str, str] | Sequence[tuple[str, str]] = ("POST", "/v1/tasks"),
        poll: tuple[str, str] = ("GET", "/v1/tasks/{task_id}"),
        cancel: tuple[str, str] | None = None,
        shape: TaskShape | None = None,
        plan: TaskPlan | None = None,
    ) -> TaskSimulator:
        """Install a :class:`TaskSimulator` on submit/poll(/cancel) routes and return it."""
        sim = TaskSimulator(shape, plan)
        submits: list[tuple[str, str]] = []
        if isinstance(submit[0], str):
            submits.append((str(submit[0]), str(submit[1])))
        else:
            submits.extend((str(pair[0]), str(pair[1])) for pair in submit)
        for method, pattern in submits:
            self.route(method, pattern, sim.submit)
        self.route(poll[0], poll[1], sim.poll)
        if cancel is not None:
            self.route(cancel[0], cancel[1], sim.cancel)
        return sim

    # -- serving -------------------------------------------------------------------------

    def _match(self, request: Request) -> Route | None:
        for route in self.routes:
            params = route.match(request.method, request.path)
            if params is not None:
                request.params = params
                return route
        return None

    async def _serve_conn(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._conns.add(task)
        try:
            await self._conn_loop(reader, writer)
        except (ConnectionError, asyncio.IncompleteReadError, _BadRequest):
            pass
        except asyncio.CancelledError:
            pass
        finally:
            self._conns.discard(task)
            try:
                writer.close()
            except Exception:  # pragma: no cover
                pass

    async def _conn_loop(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while True:
            request = await _read_request(reader)
            if request is None:
                return
            route = self._match(request)
            if self.record:
                self.requests.append(request)
            if route is None:
                self.unmatched += 1
                response = Response.error(
                    404, "not_found", f"no route {request.method} {request.path}"
                )
            else:
                route.count += 1
                try:
                    response = await route.respond(request)
                except Exception as exc:  # a broken handler is a 500, visible to the test
                    response = Response.error(500, "handler_error", repr(exc))
            if response.delay > 0:
                await asyncio.sleep(response.delay)
            if response.action == "reset":
                sock = writer.get_extra_info("socket")
                if sock is not None:
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                writer.transport.abort()
                return
            if response.action == "close":
                return
            if response.action == "hang":
                await asyncio.Event().wait()
            keep_alive = request.headers.get("connection", "").lower() != "close"
            if response.stream is not None:
                if not await _write_streamed(writer, response):
                    return
                continue
            writer.write(_encode(response, keep_alive))
            await writer.drain()
            if not keep_alive:
                return


def main(argv: Sequence[str] | None = None) -> int:
    """Serve a task API until killed (for benchmarks and manual testing)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--polls", type=int, default=3, help="polls until a task completes")
    parser.add_argument("--queued-polls", type=int, default=1)
    args = parser.parse_args(argv)

    async def serve() -> None:
        server = GatewayServer(args.host, args.port, record=False)
        server.add_task_api(
            cancel=("POST", "/v1/tasks/{task_id}/cancel"),
            plan=TaskPlan(polls=args.polls, queued_polls=args.queued_polls),
        )
        await server.astart()
        print(f"READY {server.url}", flush=True)
        await asyncio.Event().wait()

    try:
        asyncio.run(serve())
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
