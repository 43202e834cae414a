"""The simulator's request handler: route, authenticate, validate, inject faults, answer.

Answers come from the operation's response example when it fits the schema, else from a value
built from the schema; task bindings (``x-tasks``) are played step by step and their outputs are
served by the simulator itself under ``/_simulator/files/``.
"""

from __future__ import annotations

import base64
import copy
import email.parser
import email.policy
import itertools
import json
import math
import re
import time
from collections import Counter
from collections.abc import AsyncIterator, Mapping
from typing import Any
from urllib.parse import parse_qs

from gateway_runtime.spec import ErrorEnvelope, OperationSpec
from gateway_runtime.validation import (
    Problem,
    validate_operation_parameters,
    validate_operation_payload,
)

from . import assets, pointers
from .faults import FaultDice, Faults
from .gateway import Gateway
from .samples import url_like
from .tasks import Fate, SimTask, progress_value
from .transport import Reply, Request

__all__ = ["FILES", "App"]

FILES = "/_simulator/files/"
STATS = "/_simulator/stats"
_URL_MARK = "\x00sim-url:"
_STREAM_TEXT = "Hello from the gateway simulator: no key, no network, no cost."
_JSON = {"content-type": "application/json"}
_FILE = re.compile(r"\.(png|jpe?g|webp|gif|mp4|mov|webm|mp3|wav|m4a|flac)(\?|$)", re.IGNORECASE)


def _json_reply(status: int, body: Any, headers: Mapping[str, str] | None = None) -> Reply:
    data = json.dumps(body, ensure_ascii=False).encode()
    return Reply(status, data, {**_JSON, **(headers or {})})


class _Route:
    def __init__(self, op: OperationSpec) -> None:
        self.op = op
        parts = re.split(r"(\{[^}/]+\})", op.path)
        regex = "".join(
            f"(?P<p{i}>[^/]+)" if p.startswith("{") else re.escape(p) for i, p in enumerate(parts)
        )
        self.names = {f"p{i}": p[1:-1] for i, p in enumerate(parts) if p.startswith("{")}
        self.regex = re.compile(f"^{regex}/?$")

    def match(self, path: str) -> dict[str, str] | None:
        m = self.regex.match(path)
        if m is None:
            return None
        from urllib.parse import unquote

        return {self.names[k]: unquote(v) for k, v in m.groupdict().items()}


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
    ) -> None:
        self.gw = gateway
        self.spec = gateway.spec
        self.dice = FaultDice(faults or Faults(), seed)
        self.lifecycle = max(1, polls)
        self.task_seconds = max(0.0, task_seconds)
        self.base_url = ""
        self.tasks: dict[str, SimTask] = {}
        self.counts: Counter[str] = Counter()
        self._ids = itertools.count(1)
        self._files = itertools.count(1)
        self._templates: dict[str, Any] = {}
        routes = [_Route(op) for op in self.spec.operations.values()]
        # Literal paths win over templated ones (/v1/tasks/batch before /v1/tasks/{id}).
        self._routes = sorted(routes, key=lambda r: (len(r.names), -len(r.op.path)))
        self._polls = {b.poll: b for b in self.spec.tasks.values()}
        self._cancels = {b.cancel: b for b in self.spec.tasks.values() if b.cancel}

    @property
    def faults(self) -> Faults:
        return self.dice.faults

    # -- entry ---------------------------------------------------------------------------

    async def handle(self, request: Request) -> Reply:
        reply = self._handle(request)
        if self.faults.latency > 0:
            reply.delay += self.faults.latency
        return reply

    def _handle(self, request: Request) -> Reply:
        if request.path.startswith(FILES) and request.method in ("GET", "HEAD"):
            return self._file(request.path[len(FILES) :])
        if request.path == STATS:
            stats = {
                "requests": dict(self.counts),
                "tasks": len(self.tasks),
                "cpu_s": round(time.process_time(), 3),  # of the whole process
            }
            return _json_reply(200, stats)
        route, params = self._route(request)
        if route is None:
            allowed = [r.op.method for r in self._routes if r.match(request.path) is not None]
            if allowed:
                return self._error(None, 405, "method_not_allowed", f"use {', '.join(allowed)}")
            return self._error(
                None, 404, "not_found", f"no operation at {request.method} {request.path}"
            )
        op = route.op
        self.counts[op.operation_id] += 1
        if not self._authorized(op, request):
            return self._error(
                op,
                401,
                "invalid_api_key",
                "missing API key (the simulator takes any non-empty key)",
            )
        try:
            body = self._body(op, request)
        except ValueError as exc:
            return self._error(op, 400, "invalid_request", str(exc))
        parameters = self._parameters(op, request, params)
        payload = body if op.body is not None else parameters
        problems = validate_operation_payload(op, payload)
        if op.body is not None:
            problems += validate_operation_parameters(op, parameters)
        if problems:
            return self._invalid(op, problems)
        fault = self._request_fault(op)
        if fault is not None:
            return fault
        if op.operation_id in self._polls or op.operation_id in self._cancels:
            return self._poll_or_cancel(
                op, {**parameters, **(body if isinstance(body, dict) else {})}
            )
        if op.task is not None:
            return self._submit(op)
        doc = self.gw.docs.get(op.operation_id)
        if doc is not None and doc.stream and isinstance(body, dict) and body.get("stream") is True:
            return self._stream(body)
        return self._answer(op, f"op{next(self._files):06d}")

    # -- request parts -------------------------------------------------------------------

    def _route(self, request: Request) -> tuple[_Route | None, dict[str, str]]:
        for route in self._routes:
            if route.op.method != request.method:
                continue
            params = route.match(request.path)
            if params is not None:
                return route, params
        return None, {}

    def _authorized(self, op: OperationSpec, request: Request) -> bool:
        alternatives = self.spec.security if op.security is None else op.security
        if not alternatives:
            return True
        return any(all(self._has(name, request) for name in alt) for alt in alternatives)

    def _has(self, scheme_name: str, request: Request) -> bool:
        scheme = self.spec.security_schemes.get(scheme_name)
        if scheme is None:
            return True
        if scheme.type == "http":
            prefix = (scheme.scheme or "bearer").lower() + " "
            value = request.headers.get("authorization", "")
            return value.lower().startswith(prefix) and bool(value[len(prefix) :].strip())
        if scheme.type == "apiKey" and scheme.param_name:
            name = scheme.param_name
            if scheme.location == "query":
                return bool(request.query.get(name, [""])[0])
            if scheme.location == "cookie":
                return f"{name}=" in request.headers.get("cookie", "")
            return bool(request.headers.get(name.lower(), "").strip())
        return True

    def _body(self, op: OperationSpec, request: Request) -> Any:
        spec = op.body
        if spec is None:
            return None
        if not request.body:
            return {} if spec.required else None
        ctype = request.headers.get("content-type", "")
        if "json" in ctype or (spec.is_json and not ctype):
            try:
                return json.loads(request.body)
            except ValueError as exc:
                raise ValueError(f"body is not JSON: {exc}") from None
        if ctype.startswith("application/x-www-form-urlencoded"):
            form = parse_qs(request.body.decode("utf-8", "replace"), keep_blank_values=True)
            return {
                k: _coerce(v[0] if len(v) == 1 else v, self._prop(op, k)) for k, v in form.items()
            }
        if ctype.startswith("multipart/"):
            return self._multipart(op, ctype, request.body)
        raise ValueError(f"unsupported content type {ctype!r}; expected {spec.media_type}")

    def _prop(self, op: OperationSpec, name: str) -> Mapping[str, Any]:
        """The (dereferenced) schema of body field ``name``."""
        root = self.gw.sampler.deref(op.payload_schema or {})
        props = root.get("properties") if isinstance(root, Mapping) else None
        sub = self.gw.sampler.deref((props or {}).get(name))
        return sub if isinstance(sub, Mapping) else {}

    def _multipart(self, op: OperationSpec, ctype: str, raw: bytes) -> dict[str, Any]:
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
            b"Content-Type: " + ctype.encode("latin-1") + b"\r\n\r\n" + raw
        )
        out: dict[str, Any] = {}
        binary = set(op.body.binary_fields if op.body else ())
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            if not isinstance(name, str):
                continue
            payload = part.get_payload(decode=True)
            data = payload if isinstance(payload, bytes) else b""
            value: Any = (
                data
                if name in binary or part.get_filename()
                else _coerce(data.decode("utf-8", "replace"), self._prop(op, name))
            )
            if name in out:
                prev = out[name]
                out[name] = [*prev, value] if isinstance(prev, list) else [prev, value]
            else:
                out[name] = value
        for name in binary:
            if (
                name in out
                and self._prop(op, name).get("type") == "array"
                and not isinstance(out[name], list)
            ):
                out[name] = [out[name]]
        return out

    def _parameters(
        self, op: OperationSpec, request: Request, path: Mapping[str, str]
    ) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for param in op.parameters:
            raw: Any
            if param.location == "path" and param.name in path:
                raw = path[param.name]
            elif param.location == "query" and param.name in request.query:
                values = request.query[param.name]
                raw = values if param.schema.get("type") == "array" else values[0]
            elif param.location == "header" and param.name.lower() in request.headers:
                raw = request.headers[param.name.lower()]
            else:
                continue
            out[param.name] = _coerce(raw, param.schema)
        return out

    # -- errors and faults ---------------------------------------------------------------

    def _envelopes(self, op: OperationSpec | None) -> tuple[ErrorEnvelope, ...]:
        if op is not None:
            found = self.spec.envelopes_for(op)
            if found:
                return found
        names = self.spec.default_error_envelopes or tuple(self.spec.error_envelopes)
        return tuple(self.spec.error_envelopes[n] for n in names if n in self.spec.error_envelopes)

    def _error_body(
        self, envelope: ErrorEnvelope | None, code: str, message: str, status: int
    ) -> Any:
        if envelope is None:
            return {"error": {"code": code, "message": message}}
        wire_code: Any = code
        if envelope.ok_values and all(isinstance(v, int) for v in envelope.ok_values):
            wire_code = status if status not in envelope.ok_values else 4
        doc: Any = {}
        doc = pointers.put(doc, envelope.detect, message)
        if envelope.message:
            doc = pointers.put(doc, envelope.message, message)
        if envelope.code:
            doc = pointers.put(doc, envelope.code, wire_code)
        if envelope.type:
            doc = pointers.put(doc, envelope.type, "simulator_error")
        return doc

    def _error(
        self,
        op: OperationSpec | None,
        status: int,
        code: str,
        message: str,
        headers: Mapping[str, str] | None = None,
    ) -> Reply:
        envelopes = self._envelopes(op)
        body = self._error_body(envelopes[0] if envelopes else None, code, message, status)
        return _json_reply(status, body, headers)

    def _invalid(self, op: OperationSpec, problems: list[Problem]) -> Reply:
        envelopes = self._envelopes(op)
        envelope = envelopes[0] if envelopes else None
        message = "; ".join(p.message for p in problems)
        body = self._error_body(envelope, "invalid_request", message, 422)
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
            body = self._error_body(
                in_success[0], "quota_exceeded", "insufficient quota (simulated)", 200
            )
            return _json_reply(200, body)
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
            self._templates[op_id] = self._not_an_error(self.spec.operation(op_id), value)
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

    def _not_an_error(self, op: OperationSpec, body: Any) -> Any:
        """Make sure a success answer matches none of the operation's error envelopes."""
        for env in self._envelopes(op):
            found, value = pointers.get(body, env.detect)
            if not found or value is None:
                continue
            if env.ok_values and env.code:
                body = pointers.put(body, env.code, env.ok_values[0])
            elif env.in_success:
                parent, _, last = env.detect.rpartition("/")
                ok, node = pointers.get(body, parent)
                if ok and isinstance(node, dict):
                    node.pop(pointers.tokens("/" + last)[0], None)
        return body

    def _answer(self, op: OperationSpec, owner: str, hint: str = "") -> Reply:
        doc = self.gw.docs.get(op.operation_id)
        status = doc.status if doc is not None else 200
        media = (doc.media_type if doc is not None else None) or "application/json"
        if not (media.startswith("application/json") or media.endswith("+json")):
            ext = assets.extension_of(media) if "/" in media else ".bin"
            data, _ = assets.render(f"{owner}{ext}")
            return Reply(status, data, {"content-type": media})
        body = self._materialize(self._template(op.operation_id), owner, hint)
        outputs = doc.outputs if doc is not None else ()
        body = self._place_outputs(body, outputs, owner, hint)
        return _json_reply(status, body)

    def _url(self, owner: str, *hints: str | None) -> str:
        ext = assets.guess_extension(*hints)
        return f"{self.base_url}{FILES}{owner}/{next(self._files)}{ext}"

    def _materialize(self, value: Any, owner: str, hint: str, path: str = "") -> Any:
        """The template with each URL mark replaced by a served URL (its kind from the path)."""
        if isinstance(value, str) and value.startswith(_URL_MARK):
            return self._url(owner, value[len(_URL_MARK) :], path, hint)
        if isinstance(value, dict):
            return {k: self._materialize(v, owner, hint, f"{path}/{k}") for k, v in value.items()}
        if isinstance(value, list):
            return [self._materialize(v, owner, hint, path) for v in value]
        return value

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

    def _submit(self, op: OperationSpec) -> Reply:
        binding = self.spec.binding_for_submit(op.operation_id)
        task_id = f"sim-{binding.name}-{next(self._ids):06d}".replace("_", "-")
        f = self.faults
        fate: Fate = "success"
        if self.dice.roll("stuck", f.stuck_rate, task_id):
            fate = "stuck"
        elif self.dice.roll("failure", f.fail_rate, task_id):
            fate = "failure"
        self.tasks[task_id] = SimTask(
            task_id, binding, op.operation_id, fate, self.lifecycle, self.task_seconds
        )
        body = self._materialize(self._template(op.operation_id), task_id, binding.name)
        pointer = next(
            (p for p in binding.id_alternatives if pointers.get(body, p.rpartition("/")[0])[0]),
            binding.id,
        )
        body = pointers.put(body, pointer, task_id)
        doc = self.gw.docs.get(op.operation_id)
        return _json_reply(doc.status if doc is not None else 200, body)

    def _poll_or_cancel(self, op: OperationSpec, args: Mapping[str, Any]) -> Reply:
        binding = self._polls.get(op.operation_id) or self._cancels[op.operation_id]
        task_id = args.get(binding.id_param)
        task = self.tasks.get(str(task_id)) if task_id is not None else None
        if task is None:
            return self._error(op, 404, "task_not_found", f"no task {task_id!r}")
        if op.operation_id not in self._polls:  # a cancel
            task.canceled = True
            return self._answer(op, task.id, binding.name)
        return self._poll(op, task)

    def _poll(self, op: OperationSpec, task: SimTask) -> Reply:
        b = task.binding
        phase, status, percent, queue = task.step()
        body = self._materialize(self._template(op.operation_id), task.id, b.name)
        body = _fill_ids(body, task.id)
        if phase == "pending" and self.dice.roll(
            "drift", self.faults.drift_rate, f"{task.id}#{task.polls}"
        ):
            status = f"{status}_v2"  # a status the binding does not declare: read as unknown
        body = pointers.put(body, b.status, status)
        if b.progress:
            found, current = pointers.get(body, b.progress)
            body = pointers.put(
                body, b.progress, progress_value(b, percent, current if found else 0)
            )
        if b.queue_position and queue is not None:
            body = pointers.put(body, b.queue_position, queue)
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

    # -- streaming -----------------------------------------------------------------------

    def _stream(self, body: Mapping[str, Any]) -> Reply:
        model = str(body.get("model") or "simulator")
        chunk_id = f"chatcmpl-sim{next(self._ids):06d}"

        async def events() -> AsyncIterator[bytes]:
            words = _STREAM_TEXT.split(" ")
            for i, word in enumerate(words):
                delta: dict[str, Any] = {"content": word if i == 0 else " " + word}
                if i == 0:
                    delta["role"] = "assistant"
                yield _sse(_chunk(chunk_id, model, delta, None))
            yield _sse(_chunk(chunk_id, model, {}, "stop"))
            yield b"data: [DONE]\n\n"

        headers = {"content-type": "text/event-stream", "cache-control": "no-cache"}
        return Reply(200, b"", headers, stream=events())


def _chunk(chunk_id: str, model: str, delta: dict[str, Any], finish: str | None) -> dict[str, Any]:
    return {
        "id": chunk_id,
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }


def _sse(data: Any) -> bytes:
    return b"data: " + json.dumps(data, ensure_ascii=False).encode() + b"\n\n"


def _types(schema: Mapping[str, Any]) -> set[str]:
    t = schema.get("type")
    found = set(t) if isinstance(t, list) else {t} if isinstance(t, str) else set()
    for key in ("anyOf", "oneOf"):
        for branch in schema.get(key) or ():
            if isinstance(branch, Mapping):
                found |= _types(branch)
    return found


def _coerce(raw: Any, schema: Mapping[str, Any]) -> Any:
    """A query/form/path string as the type its schema declares (``"5"`` → 5 for an integer)."""
    if isinstance(raw, list):
        sub = schema.get("items")
        items: Mapping[str, Any] = sub if isinstance(sub, Mapping) else {}
        return [_coerce(v, items) for v in raw]
    if not isinstance(raw, str):
        return raw
    types = _types(schema)
    if "string" in types:
        return raw
    if "integer" in types and re.fullmatch(r"-?\d+", raw):
        return int(raw)
    if "number" in types:
        try:
            return float(raw)
        except ValueError:
            return raw
    if "boolean" in types and raw.lower() in ("true", "false"):
        return raw.lower() == "true"
    if types & {"object", "array"}:
        try:
            return json.loads(raw)
        except ValueError:
            return raw
    return raw


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
