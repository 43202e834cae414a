"""Completion callbacks: a gateway's push (``x-callback``) read as the task state a poll gives.

Qingbo (``callback_url``) and midjourney-proxy (``notifyHook``) POST a task's state to a URL given
at submit. None of them signs the push, so anyone who learns the URL can send one: a callback is
a *hint*. :func:`parse_callback` reads it (bounded, tolerant) into a :class:`TaskState`;
:func:`webhook_app` is a plain ASGI app (uvicorn, hypercorn, any ASGI server). A hint of an
ended task is appended to the journal's hint log (the client's journal, or a shared one given as
``journal=``), which wakes every ``wait()``, batch run and worker waiting for that task, in any
process (``journal_watch.py``); each confirms it with one poll. With ``confirm=True`` (the
default, for tasks nobody waits for) the app also confirms it itself with exactly one poll — the
poll's answer, never the hint, is what the journal records as the task's state and what
``on_state`` gets. A hint of a running task is passed on (``confirmed=False``) and recorded
nowhere.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import time
from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from dataclasses import dataclass
from typing import Any

from . import _pointer
from .client import AsyncClient, SyncClient
from .errors import GatewayClientError
from .redact import redact
from .spec import GatewaySpec, TaskBinding
from .task_state import TaskState
from .tasks import interpret
from .taskstore import HintChange, TaskStore, UpdateChange

__all__ = [
    "CallbackError",
    "CallbackNotice",
    "callback_bindings",
    "parse_callback",
    "webhook_app",
]

#: A callback body larger than this is refused (a task object is a few kB; 1 MiB is generous).
MAX_CALLBACK_BYTES = 1 << 20
#: Seconds the app waits for the client's journal to take a hint before answering anyway.
HINT_WAIT = 5.0

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]


class CallbackError(GatewayClientError):
    """A callback body that is not one of this gateway's task states (too large, not JSON, no id)."""


@dataclass(frozen=True, slots=True)
class CallbackNotice:
    """What ``on_state`` receives: the state, its binding, and whether a poll confirmed it."""

    gateway: str
    binding: str
    state: TaskState
    confirmed: bool


def _spec_of(gateway: GatewaySpec | SyncClient | AsyncClient) -> GatewaySpec:
    return gateway if isinstance(gateway, GatewaySpec) else gateway.spec


def callback_bindings(spec: GatewaySpec) -> list[tuple[TaskBinding, str]]:
    """(binding, id pointer of its callbacks) for every binding a submit with ``x-callback`` feeds."""
    found: dict[str, tuple[TaskBinding, str]] = {}
    for op in spec.operations.values():
        if op.callback is None:
            continue
        binding = spec.binding_for_submit(op.operation_id)
        found.setdefault(binding.name, (binding, op.callback.id or binding.id))
    return list(found.values())


def _decode(body: bytes | str | Mapping[str, Any], headers: Mapping[str, str]) -> Any:
    if isinstance(body, Mapping):
        return dict(body)
    size = len(body.encode() if isinstance(body, str) else body)
    if size > MAX_CALLBACK_BYTES:
        raise CallbackError(f"callback body of {size} bytes is larger than {MAX_CALLBACK_BYTES}")
    try:
        return json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise CallbackError(f"callback body is not JSON: {exc}") from None


def _match(spec: GatewaySpec, data: Any) -> tuple[TaskBinding, str]:
    candidates = callback_bindings(spec)
    if not candidates:
        raise CallbackError(f"gateway {spec.name!r} declares no callback (x-callback)")
    fallback: tuple[TaskBinding, str] | None = None
    for binding, pointer in candidates:
        task_id = _pointer.resolve(data, pointer)
        if task_id in (None, _pointer.MISSING) or isinstance(task_id, dict | list | bool):
            continue
        status = _pointer.resolve(data, binding.status)
        if status not in (None, _pointer.MISSING) and str(status) in binding_words(binding):
            return binding, str(task_id)
        fallback = fallback or (binding, str(task_id))
    if fallback is None:
        pointers = ", ".join(sorted({p for _, p in candidates}))
        raise CallbackError(f"callback body has no task id (looked at {pointers})")
    return fallback


def binding_words(binding: TaskBinding) -> set[str]:
    """Every status word the binding declares."""
    return {
        str(w) for w in (*binding.pending, *binding.success, *binding.failure, *binding.canceled)
    }


def _parse(
    gateway: GatewaySpec | SyncClient | AsyncClient,
    body: bytes | str | Mapping[str, Any],
    headers: Mapping[str, str] | None,
) -> tuple[TaskBinding, TaskState]:
    spec = _spec_of(gateway)
    data = _decode(body, headers or {})
    if not isinstance(data, dict):
        raise CallbackError(f"callback body is a JSON {type(data).__name__}, not an object")
    binding, task_id = _match(spec, data)
    words = None if isinstance(gateway, GatewaySpec) else gateway._core.status_words
    return binding, interpret(binding, task_id, data, words)


def parse_callback(
    gateway: GatewaySpec | SyncClient | AsyncClient,
    body: bytes | str | Mapping[str, Any],
    headers: Mapping[str, str] | None = None,
) -> TaskState:
    """The task state a callback body claims (a hint: confirm with a poll before trusting it).

    ``gateway`` is a client or its :class:`GatewaySpec`; ``body`` the raw bytes (or decoded JSON).
    Raises :class:`CallbackError` for a body over 1 MiB, not a JSON object, or without a task id.
    """
    return _parse(gateway, body, headers)[1]


async def _confirm(
    client: SyncClient | AsyncClient, binding: TaskBinding, task_id: str
) -> TaskState:
    handle = {"gateway": client.spec.name, "binding": binding.name, "task_id": task_id}
    if isinstance(client, AsyncClient):
        task = await client.resume(handle)
        return await task.status()
    sync = client

    def poll() -> TaskState:
        return sync.resume(handle).status()

    return await asyncio.to_thread(poll)


async def _record_hint(
    client: SyncClient | AsyncClient, journal: TaskStore | None, hint: TaskState
) -> None:
    """Append the hint to the shared ``journal`` (given) or the client's own journal."""
    if journal is not None:
        change = HintChange(client.spec.name, hint.task_id, hint.status, hint.outcome, time.time())
        await asyncio.to_thread(journal.apply, [change])
        return
    written = client._core.journal.hint(hint.task_id, status=hint.status, outcome=hint.outcome)
    if written is not None:  # queued and retried by the writer's thread: never lost meanwhile
        await asyncio.wait([asyncio.wrap_future(written)], timeout=HINT_WAIT)


async def _read_body(receive: Receive, limit: int) -> bytes | None:
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return None
        chunk = bytes(message.get("body") or b"")
        size += len(chunk)
        if size > limit:
            raise CallbackError(f"callback body is larger than {limit} bytes")
        chunks.append(chunk)
        if not message.get("more_body"):
            return b"".join(chunks)


async def _reply(send: Send, status: int, payload: Mapping[str, Any]) -> None:
    data = json.dumps(payload, ensure_ascii=False).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(data)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": data})


def webhook_app(
    client: SyncClient | AsyncClient,
    *,
    journal: TaskStore | None = None,
    on_state: Callable[[CallbackNotice], Any] | None = None,
    path: str | None = None,
    max_bytes: int = MAX_CALLBACK_BYTES,
    confirm: bool = True,
) -> Callable[[Scope, Receive, Send], Awaitable[None]]:
    """An ASGI app receiving ``client``'s gateway callbacks (POST, at ``path`` or any path).

    A hint of an ended task goes to the hint log of ``journal`` (else the client's journal),
    waking whatever waits for the task. ``confirm=True``: the app then confirms it with one poll
    (which the client journals); the confirmed state is also written to ``journal`` and passed to
    ``on_state`` (sync or async). ``confirm=False`` (something always waits: a batch, workers):
    the waiter's own poll is the only confirmation, and ``on_state`` gets the hint unconfirmed.
    Answers: 200 with the outcome; 400 for a body that is no task state; 404 wrong path; 405 not
    POST; 413 too large; 502 when the confirming poll failed (a gateway that retries callbacks
    will resend).
    """

    if not confirm and journal is None and client._core.journal.writer is None:
        raise GatewayClientError(
            "webhook_app(confirm=False) records hints for waiters to confirm, but the client's "
            "journal is off: pass journal=... (e.g. a RedisJournal) or keep confirm=True"
        )

    async def notify(notice: CallbackNotice) -> None:
        if on_state is not None:
            result = on_state(notice)
            if inspect.isawaitable(result):
                await result

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while (await receive())["type"] != "lifespan.shutdown":
                await send({"type": "lifespan.startup.complete"})
            await send({"type": "lifespan.shutdown.complete"})
            return
        if scope["type"] != "http":
            return
        if path is not None and scope.get("path") != path:
            await _reply(send, 404, {"error": f"callbacks are received at {path}"})
            return
        if scope.get("method") != "POST":
            await _reply(send, 405, {"error": "callbacks are POST requests"})
            return
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope.get("headers") or ()}
        try:
            body = await _read_body(receive, max_bytes)
            if body is None:
                return
            binding, hint = _parse(client, body, headers)
        except CallbackError as exc:
            status = 413 if "larger than" in str(exc) else 400
            await _reply(send, status, {"error": str(exc)})
            return
        gateway = client.spec.name
        if hint.terminal:
            try:
                await _record_hint(client, journal, hint)
            except Exception as exc:  # the shared journal is down: the gateway may resend
                await _reply(send, 503, {"error": redact(f"hint not recorded: {exc}")})
                return
        if not hint.terminal or not confirm:
            await notify(CallbackNotice(gateway, binding.name, hint, confirmed=False))
            reply = {"task_id": hint.task_id, "hint": hint.outcome, "confirmed": False}
            await _reply(send, 200, reply)
            return
        try:
            state = await _confirm(client, binding, hint.task_id)
        except GatewayClientError as exc:
            await _reply(send, 502, {"error": f"confirming poll failed: {exc}"})
            return
        if journal is not None:
            change = UpdateChange(
                gateway=gateway,
                task_id=state.task_id,
                status=state.status,
                outcome=state.outcome,
                terminal=state.terminal,
                error=state.error_message if state.outcome == "failure" else None,
                updated_at=time.time(),
            )
            await asyncio.to_thread(journal.apply, [change])
        await notify(CallbackNotice(gateway, binding.name, state, confirmed=True))
        await _reply(
            send, 200, {"task_id": state.task_id, "outcome": state.outcome, "confirmed": True}
        )

    return app
