"""The simulator's request handler: route, authenticate, validate, inject faults, answer.

Answers come from the operation's response example when it fits the schema, else from a value
built from the schema; task bindings (``x-tasks``) are played step by step and their outputs are
served by the simulator itself under ``/_simulator/files/``.
"""

from __future__ import annotations

import base64
import copy
import itertools
import json
import math
import re
import time
from collections import Counter
from collections.abc import Callable, Mapping
from typing import Any

from gateway_runtime.spec import ErrorEnvelope, OperationSpec, TaskBinding
from gateway_runtime.validation import (
    Problem,
    validate_operation_parameters,
    validate_operation_payload,
)

from . import assets, pointers
from .callbacks import CallbackSender
from .chat import chat_completion, stream_reply
from .envelopes import envelopes_for, error_body, not_an_error
from .faults import FaultDice, Faults
from .gateway import Gateway
from .inbound import Inbound
from .meaning import Kind, fill_media, kind_of, request_kind, requested_count
from .outputs import grow, item_kind, one_kind
from .reqlog import Kind as LogKind
from .reqlog import RequestLog
from .samples import url_like
from .shaping import echo, omit, request_values
from .tasks import Fate, SimTask, progress_value, status_value
from .transport import Reply, Request

__all__ = ["FILES", "App"]

FILES = "/_simulator/files/"
STATS = "/_simulator/stats"
REQUESTS = "/_simulator/requests"
_URL_MARK = "\x00sim-url:"
_JSON = {"content-type": "application/json"}
_FILE = re.compile(r"\.(png|jpe?g|webp|gif|mp4|mov|webm|mp3|wav|m4a|flac)(\?|$)", re.IGNORECASE)


def _json_reply(status: int, body: Any, headers: Mapping[str, str] | None = None) -> Reply:
    data = json.dumps(body, ensure_ascii=False).encode()
    return Reply(status, data, {**_JSON, **(headers or {})})


class App:
    """Everything one simulated gateway does; ``handle`` is the HTTP handler."""

    def __init__(
        self,
        gateway: Gateway,
        *,
        seed: int = 0,
        faults: Faults | None = None,
        polls: int = 3,
        task_seconds: float = 0.0,
        record: bool = False,
        log: RequestLog | None = None,
        api_key: str | None = None,
    ) -> None:
        self.gw = gateway
        self.spec = gateway.spec
        self.dice = FaultDice(faults or Faults(), seed)
        self.lifecycle = max(1, polls)
        self.task_seconds = max(0.0, task_seconds)
        self.base_url = ""
        self.tasks: dict[str, SimTask] = {}
        self.counts: Counter[str] = Counter()
        self.record = record
        self.requests: list[Request] = []  # every request, when ``record`` is on
        self.log = log if log is not None else RequestLog()
        self._note: tuple[str | None, LogKind, str | None] = (None, "call", None)
        self._ids = itertools.count(1)
        self._files = itertools.count(1)
        self._templates: dict[str, Any] = {}
        self._events: dict[str, dict[str, str]] = {}
        self._omits: dict[tuple[str, str], dict[Any, int]] = {}
        self.inbound = Inbound(self.spec, gateway.sampler, api_key)
        self._polls = {b.poll: b for b in self.spec.tasks.values()}
        self._cancels = {b.cancel: b for b in self.spec.tasks.values() if b.cancel}
        self.callbacks = CallbackSender()

    @property
    def faults(self) -> Faults:
        return self.dice.faults

    # -- entry ---------------------------------------------------------------------------

    async def handle(self, request: Request) -> Reply:
        if self.record:
            self.requests.append(request)
        self._note = (None, "refused", None)  # _handle is synchronous: one request at a time
        reply = self._handle(request)
        self.callbacks.flush()
        operation, kind, task_id = self._note
        self.log.add(request.method, request.path, operation, kind, reply.status, task_id)
        if self.faults.latency > 0:
            reply.delay += self.faults.latency
        if self.faults.stall > 0 and operation is not None and self.dice.applies_to(operation):
            reply.delay += self.faults.stall
        return reply

    def _handle(self, request: Request) -> Reply:
        if request.path.startswith(FILES) and request.method in ("GET", "HEAD"):
            self._note = (None, "file", None)
            return self._file(request.path[len(FILES) :])
        if request.path == REQUESTS:
            self._note = (None, "admin", None)
            if request.method == "DELETE":
                self.log.clear()
                return Reply(204)
            return _json_reply(200, self.log.to_dict())
        if request.path == STATS:
            self._note = (None, "admin", None)
            stats = {
                "requests": dict(self.counts),
                "tasks": len(self.tasks),
                "cpu_s": round(time.process_time(), 3),  # of the whole process
            }
            return _json_reply(200, stats)
        route, params = self.inbound.route(request)
        if route is None:
            self._note = (None, "unrouted", None)
            allowed = [
                r.op.method for r in self.inbound.routes if r.match(request.path) is not None
            ]
            if allowed:
                return self._error(None, 405, "method_not_allowed", f"use {', '.join(allowed)}")
            return self._error(
                None, 404, "not_found", f"no operation at {request.method} {request.path}"
            )
        op = route.op
        self.counts[op.operation_id] += 1
        self._note = (op.operation_id, "refused", None)
        if not self.inbound.authorized(op, request):
            if self.inbound.api_key is not None and self.inbound.presented(op, request):
                message = "invalid API key (this simulator was started with --api-key)"
            elif self.inbound.api_key is not None:
                message = "missing API key"
            else:
                message = "missing API key (the simulator takes any non-empty key)"
            return self._error(op, 401, "invalid_api_key", message)
        try:
            body = self.inbound.body(op, request)
        except ValueError as exc:
            return self._error(op, 400, "invalid_request", str(exc))
        parameters = self.inbound.parameters(op, request, params)
        payload = body if op.body is not None else parameters
        problems = validate_operation_payload(op, payload)
        if op.body is not None:
            problems += validate_operation_parameters(op, parameters)
        if problems:
            return self._invalid(op, problems)
        fault = self._request_fault(op)
        if fault is not None:
            return fault
        self._note = (op.operation_id, "call", None)
        if op.operation_id in self._polls or op.operation_id in self._cancels:
            return self._poll_or_cancel(
                op, {**parameters, **(body if isinstance(body, dict) else {})}
            )
        if op.task is not None:
            return self._submit(op, body)
        doc = self.gw.docs.get(op.operation_id)
        if doc is not None and doc.stream and isinstance(body, dict):
            if body.get("stream") is True:
                return self._stream(op, body)
            if op.path.rstrip("/").endswith("chat/completions"):
                answer = chat_completion(body, f"chatcmpl-sim{next(self._ids):06d}")
                if self._fits(op.operation_id)(answer):
                    return _json_reply(doc.status, answer)
        return self._answer(op, f"op{next(self._files):06d}", request=body)

    def _stream(self, op: OperationSpec, body: Mapping[str, Any]) -> Reply:
        """Server-sent events in the shape of the operation's ``x-stream`` event schema."""
        stream = op.stream
        event = stream.event if stream is not None else None
        fits = None
        fallback = None
        if event is not None and event in self.gw.sampler.defs:
            schema = self._events.setdefault(event, {"$ref": f"#/$defs/{event}"})  # one validator
            fallback = self.gw.sampler.value(schema)

            def fits(value: Any) -> bool:
                return self.gw.sampler.fits(schema, value)

        done = stream.done if stream is not None else "[DONE]"
        chunk_id = f"chatcmpl-sim{next(self._ids):06d}"
        return stream_reply(body, chunk_id, done=done, fits=fits, fallback=fallback)

    # -- errors and faults ---------------------------------------------------------------

    def _envelopes(self, op: OperationSpec | None) -> tuple[ErrorEnvelope, ...]:
        return envelopes_for(self.spec, op)

    def _error(
        self,
        op: OperationSpec | None,
        status: int,
        code: str,
        message: str,
        headers: Mapping[str, str] | None = None,
    ) -> Reply:
        envelopes = self._envelopes(op)
        body = error_body(envelopes[0] if envelopes else None, code, message, status)
        return _json_reply(status, body, headers)

    def _invalid(self, op: OperationSpec, problems: list[Problem]) -> Reply:
        envelopes = self._envelopes(op)
        envelope = envelopes[0] if envelopes else None
        message = "; ".join(p.message for p in problems)
        body = error_body(envelope, "invalid_request", message, 422)
        listed = [p.to_dict() for p in problems]
        if envelope is not None and envelope.details:
            body = pointers.put(body, envelope.details, listed)
        elif isinstance(body, dict):
            body["problems"] = listed
        return _json_reply(422, body)

    def _request_fault(self, op: OperationSpec) -> Reply | None:
        dice, f = self.dice, self.faults
        if not dice.applies_to(op.operation_id):
            return None
        key = f"{op.operation_id}#{self.counts[op.operation_id]}"
        if dice.roll("rate_limit", f.rate_limit, key):
            seconds = max(0.0, f.retry_after)
            headers = {
                "Retry-After": str(math.ceil(seconds)),
                "retry-after-ms": str(int(seconds * 1000)),
            }
            return self._error(op, 429, "rate_limited", "too many requests (simulated)", headers)
        if dice.roll("server_error", f.server_error, key):
            return self._error(op, 500, "internal_error", "upstream failed (simulated)")
        in_success = [e for e in self._envelopes(op) if e.in_success]
        if in_success and dice.roll("error_body", f.error_body, key):
            body = error_body(
                in_success[0], "quota_exceeded", "insufficient quota (simulated)", 200
            )
            return _json_reply(200, body)
        if dice.roll("garbled", f.garbled, key):  # JSON by its header, a proxy's page by its body
            return Reply(200, b"<html><body>502 Bad Gateway (simulated)</body></html>", _JSON)
        return None

    # -- answers -------------------------------------------------------------------------

    def _template(self, op_id: str) -> Any:
        """The operation's answer with URL fields marked (built once, copied per request)."""
        if op_id not in self._templates:
            doc = self.gw.docs.get(op_id)
            value: Any = {}
            if doc is not None and doc.schema is not None:
                value = self._pick(op_id, doc.schema, doc.examples)
            elif doc is not None and doc.examples:
                value = doc.examples[0]
            self._templates[op_id] = not_an_error(
                self._envelopes(self.spec.operation(op_id)), value
            )
        return copy.deepcopy(self._templates[op_id])

    def _pick(self, op_id: str, schema: Any, examples: tuple[Any, ...]) -> Any:
        """The first example that fits the schema, else the schema-built value.

        A poll answer prefers the schema-built value when it has output fields to serve: it fills
        every declared kind of output, where an example shows one (Qingbo's completed example is a
        video task, Suno's a lyrics task).
        """
        sampler = self.gw.sampler
        built = sampler.value(schema, lambda name: _URL_MARK + name)
        fitting = [_mark_urls(e) for e in examples if sampler.fits(schema, e)]
        binding = self._polls.get(op_id)
        if binding is None:
            return fitting[0] if fitting else built
        if _marked(built) or not fitting:
            return built  # every declared output field filled: images, videos and audios alike
        with_outputs = [e for e in fitting if _marked(e)]
        return with_outputs[0] if with_outputs else fitting[0]

    def _answer(self, op: OperationSpec, owner: str, hint: str = "", request: Any = None) -> Reply:
        doc = self.gw.docs.get(op.operation_id)
        status = doc.status if doc is not None else 200
        media = (doc.media_type if doc is not None else None) or "application/json"
        if not (media.startswith("application/json") or media.endswith("+json")):
            ext = assets.extension_of(media) if "/" in media else ".bin"
            data, _ = assets.render(f"{owner}{ext}")
            return Reply(status, data, {"content-type": media})
        outputs = doc.outputs if doc is not None else ()
        given = self._given(op, request)
        kind = self._kind(request_kind(given), outputs, hint)
        body = self._materialize(self._template(op.operation_id), owner, hint, kind=kind)
        body, outputs = self._one_kind(op.operation_id, body, outputs, kind)
        body = grow(body, outputs, self._count(op, given))
        body = self._place_outputs(body, outputs, owner, hint)
        return _json_reply(status, body)

    def _given(self, op: OperationSpec, request: Any) -> dict[str, Any]:
        """The request's top-level scalars over its schema's defaults (what answers echo)."""
        return request_values(self.gw.sampler.deref(op.payload_schema or {}), request)

    def _count(self, op: OperationSpec, given: Mapping[str, Any]) -> int:
        """How many outputs the request asks for (its ``n``), 1 when it does not say."""
        root = self.gw.sampler.deref(op.payload_schema or {})
        props = root.get("properties") if isinstance(root, Mapping) else None
        if not isinstance(props, Mapping):
            return 1
        return requested_count(props, given, self.gw.sampler.deref)

    def _kind(self, asked: Kind | None, outputs: tuple[Mapping[str, Any], ...], hint: str) -> Kind:
        """The media kind an answer makes: what the request asked for, else what the first
        declared output (or the binding's name) is, else an image."""
        if asked is not None:
            return asked
        for item in outputs:
            found = item_kind(item)
            if found is not None:
                return found
        return kind_of(hint) or "image"

    def _url(self, owner: str, *hints: str | None) -> str:
        ext = assets.guess_extension(*hints)
        return f"{self.base_url}{FILES}{owner}/{next(self._files)}{ext}"

    def _materialize(
        self, value: Any, owner: str, hint: str, path: str = "", kind: Kind = "image"
    ) -> Any:
        """The template with each URL mark replaced by a served URL (its kind from the path)
        and each media-type mark by the ``kind`` the answer makes."""
        if not path:
            value = fill_media(value, kind)
        if isinstance(value, str) and value.startswith(_URL_MARK):
            return self._url(owner, value[len(_URL_MARK) :], path, hint)
        if isinstance(value, dict):
            return {
                k: self._materialize(v, owner, hint, f"{path}/{k}", kind) for k, v in value.items()
            }
        if isinstance(value, list):
            return [self._materialize(v, owner, hint, path or "/", kind) for v in value]
        return value

    def _one_kind(
        self,
        op_id: str,
        body: Any,
        outputs: tuple[Mapping[str, Any], ...],
        prefer: Kind | None = None,
    ) -> tuple[Any, tuple[Mapping[str, Any], ...]]:
        """Only the outputs one real answer carries (see ``outputs.one_kind``)."""
        doc = self.gw.docs.get(op_id)
        schema = doc.schema if doc is not None else None

        def valid(value: Any) -> bool:
            return schema is None or self.gw.sampler.fits(schema, value)

        return one_kind(body, outputs, valid, prefer)

    def _place_outputs(
        self, body: Any, outputs: tuple[Mapping[str, Any], ...], owner: str, hint: str
    ) -> Any:
        """Put served files where the outputs contract points (``*`` matches every item)."""
        for item in outputs:
            target = item.get("url", item.get("data"))
            if not isinstance(target, str):
                continue
            declared = item.get("media-type")
            ext = ".png"
            for at in pointers.expand(body, target):
                ext = (
                    assets.extension_of(declared)
                    if isinstance(declared, str)
                    else assets.guess_extension(at, hint)
                )
                name = f"{owner}/{next(self._files)}{ext}"
                value = (
                    f"{self.base_url}{FILES}{name}"
                    if "url" in item
                    else base64.b64encode(assets.render(name)[0]).decode()
                )
                body = pointers.put(body, at, value)
            media_from = item.get("media-type-from")
            if isinstance(media_from, str):
                for at in pointers.expand(body, media_from):
                    body = pointers.put(body, at, assets.MEDIA_TYPES[ext])
            expires = item.get("expires-at")
            if isinstance(expires, str):
                soon = int(time.time()) + 3600
                for at in pointers.expand(body, expires):
                    found, old = pointers.get(body, at)
                    iso = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(soon))
                    body = pointers.put(body, at, iso if found and isinstance(old, str) else soon)
        return body

    def _file(self, name: str) -> Reply:
        if not name or ".." in name:
            return _json_reply(404, {"error": {"code": "not_found", "message": "no such file"}})
        data, media = assets.render(name)
        return Reply(200, data, {"content-type": media, "cache-control": "no-store"})

    # -- tasks ---------------------------------------------------------------------------

    def _fits(self, op_id: str) -> Callable[[Any], bool]:
        """Whether a body passes the clients' validator for the operation's answer."""
        doc = self.gw.docs.get(op_id)
        schema = doc.schema if doc is not None else None
        if schema is None:
            return lambda _body: True
        return lambda body: self.gw.sampler.fits(schema, body)

    def _submit(self, op: OperationSpec, request: Any) -> Reply:
        binding = self.spec.binding_for_submit(op.operation_id)
        given = self._given(op, request)
        outputs = self.gw.outputs.get(binding.name, ())
        kind = self._kind(request_kind(given), outputs, binding.name)
        task_id = f"sim-{binding.name}-{next(self._ids):06d}".replace("_", "-")
        f = self.faults
        fate: Fate = "success"
        if self.dice.roll("stuck", f.stuck_rate, task_id):
            fate = "stuck"
        elif self.dice.roll("failure", f.fail_rate, task_id):
            fate = "failure"
        self.tasks[task_id] = SimTask(
            task_id,
            binding,
            op.operation_id,
            fate,
            self.lifecycle,
            self.task_seconds,
            request=given,
            kind=kind,
            count=self._count(op, given),
        )
        self._call_back(op, request, self.tasks[task_id])
        body = self._materialize(self._template(op.operation_id), task_id, binding.name, kind=kind)
        body = echo(body, given, self._fits(op.operation_id), _own(binding))
        pointer = next(
            (p for p in binding.id_alternatives if pointers.get(body, p.rpartition("/")[0])[0]),
            binding.id,
        )
        body = pointers.put(body, pointer, task_id)
        self._note = (op.operation_id, "submit", task_id)
        doc = self.gw.docs.get(op.operation_id)
        return _json_reply(doc.status if doc is not None else 200, body)

    def _call_back(self, op: OperationSpec, request: Any, task: SimTask) -> None:
        """Schedule the end-of-task callback when the submit named a URL (``x-callback``)."""
        url = request.get(op.callback.field) if op.callback and isinstance(request, dict) else None
        if not isinstance(url, str) or not url or task.fate == "stuck":
            return
        poll = self.spec.operation(task.binding.poll)

        def ended() -> Any:
            task.polls = max(task.polls, task.lifecycle - 1)  # the next step is the end
            return json.loads(self._poll(poll, task).body)

        self.callbacks.schedule(url, task.id, self.task_seconds, ended)

    def _poll_or_cancel(self, op: OperationSpec, args: Mapping[str, Any]) -> Reply:
        binding = self._polls.get(op.operation_id) or self._cancels[op.operation_id]
        task_id = args.get(binding.id_param)
        task = self.tasks.get(str(task_id)) if task_id is not None else None
        kind: LogKind = "poll" if op.operation_id in self._polls else "cancel"
        self._note = (op.operation_id, kind, str(task_id) if task_id is not None else None)
        if task is not None and kind == "poll":
            if self.dice.roll("lost", self.faults.lost_rate, f"{task.id}#{task.polls}"):
                task = None  # the gateway has lost it (for this poll)
        if task is None:
            return self._error(op, 404, "task_not_found", f"no task {task_id!r}")
        if op.operation_id not in self._polls:  # a cancel
            task.canceled = True
            return self._answer(op, task.id, binding.name)
        return self._poll(op, task)

    def _poll(self, op: OperationSpec, task: SimTask) -> Reply:
        b = task.binding
        phase, status, percent, queue = task.step()
        kind: Kind = task.kind or "image"
        body = self._materialize(self._template(op.operation_id), task.id, b.name, kind=kind)
        body = _fill_ids(body, task.id)
        fits = self._fits(op.operation_id)
        body = echo(body, task.request, fits, _own(b))
        if phase == "pending" and self.dice.roll(
            "drift", self.faults.drift_rate, f"{task.id}#{task.polls}"
        ):
            status = f"{status}_v2"  # a status the binding does not declare: read as unknown
        found, current = pointers.get(body, b.status)
        body = pointers.put(body, b.status, status_value(status, current if found else None))
        if b.progress:
            found, current = pointers.get(body, b.progress)
            body = pointers.put(
                body, b.progress, progress_value(b, percent, current if found else 0)
            )
        if b.queue_position and queue is not None:
            body = pointers.put(body, b.queue_position, queue)
        own = (b.id, b.status, b.progress, b.queue_position)
        memo = self._omits.setdefault((op.operation_id, phase), {})  # schema checks once
        if phase != "failure":  # only a failed task carries an error, only a finished one a result
            body = omit(body, b.error_code, fits, own, memo)
            body = omit(body, b.error_message, fits, own, memo)
        if phase != "success":
            body = omit(body, b.result, fits, own, memo)
        if phase == "failure":
            if b.error_code:
                found, current = pointers.get(body, b.error_code)
                body = pointers.put(
                    body,
                    b.error_code,
                    500 if found and isinstance(current, int) else "simulated_failure",
                )
            if b.error_message:
                body = pointers.put(
                    body, b.error_message, "the task failed (simulated by --fail-rate)"
                )
        if phase == "success":
            outputs = self.gw.outputs.get(b.name, ())
            body, outputs = self._one_kind(op.operation_id, body, outputs, kind)
            body = grow(body, outputs, task.count)
            body = self._place_outputs(body, outputs, task.id, b.name)
            if not outputs and b.result and not self._serves(pointers.get(body, b.result)[1]):
                body = self._result_as_output(body, b.result, task.id, b.name)
        return _json_reply(200, body)

    def _serves(self, value: Any) -> bool:
        """Whether ``value`` holds a URL of this simulator."""
        if isinstance(value, str):
            return value.startswith(self.base_url + FILES)
        if isinstance(value, dict):
            return any(self._serves(v) for v in value.values())
        if isinstance(value, list):
            return any(self._serves(v) for v in value)
        return False

    def _result_as_output(self, body: Any, pointer: str, owner: str, hint: str) -> Any:
        """A result that is a bare string (or list of strings) with no URL field: the output itself."""
        found, value = pointers.get(body, pointer)
        if found and isinstance(value, str):
            return pointers.put(body, pointer, self._url(owner, pointer, hint))
        if found and isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            return pointers.put(body, pointer, [self._url(owner, pointer, hint) for _ in value])
        return body


def _own(binding: TaskBinding) -> frozenset[str]:
    """Top-level members the simulator itself sets on a task's answers (never echoed)."""
    places = (binding.id, binding.status, binding.progress, binding.queue_position)
    return frozenset(pointers.tokens(p)[0] for p in places if p)


def _fill_ids(body: Any, task_id: str) -> Any:
    """Put the task's id into the answer's id fields (top level and one level down)."""
    if not isinstance(body, dict):
        return body
    for container in [body, *[v for v in body.values() if isinstance(v, dict)]]:
        for key in ("id", "task_id", "taskId"):
            if isinstance(container.get(key), str):
                container[key] = task_id
    return body


def _marked(value: Any) -> bool:
    if isinstance(value, str):
        return value.startswith(_URL_MARK)
    if isinstance(value, dict):
        return any(_marked(v) for v in value.values())
    if isinstance(value, list):
        return any(_marked(v) for v in value)
    return False


def _mark_urls(example: Any, name: str = "") -> Any:
    """An example with its URL-looking strings marked for serving."""
    if isinstance(example, dict):
        return {k: _mark_urls(v, str(k)) for k, v in example.items()}
    if isinstance(example, list):
        return [_mark_urls(v, name) for v in example]
    if isinstance(example, str) and (
        (name and url_like(name, {}))
        or (example.startswith(("http://", "https://")) and _FILE.search(example) is not None)
    ):
        return _URL_MARK + name
    return example
