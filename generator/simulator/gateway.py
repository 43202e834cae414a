"""What the simulator knows about a gateway: its runtime spec (as the clients read it) and the
OpenAPI document (responses, examples, ``x-tasks`` outputs), both from the one YAML file."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gateway_runtime.spec import GatewaySpec, OperationSpec
from gateway_runtime.validation import validate_operation_payload
from generator.build import JSON_MEDIA, build_gateway, normalize_schema
from generator.load import load_spec
from generator.paths import SPECS_DIR
from generator.problems import Problem, SpecError
from generator.validate import deref, iter_operations, openapi_version, validate_spec

from .samples import Sampler, all_examples, first_example

__all__ = ["Gateway", "OperationDoc", "load_gateway"]


@dataclass(frozen=True)
class OperationDoc:
    """The parts of an operation's OpenAPI text the runtime spec leaves out."""

    status: int
    media_type: str | None
    schema: Any  # normalized, refs as #/$defs/X
    examples: tuple[Any, ...]  # of the answer's media type (else of its schema), in order
    outputs: tuple[Mapping[str, Any], ...]  # x-outputs
    request_example: tuple[bool, Any]
    stream: bool  # a chat operation that answers text/event-stream when asked


@dataclass(frozen=True)
class Gateway:
    """A gateway ready to simulate."""

    spec: GatewaySpec
    docs: Mapping[str, OperationDoc]
    outputs: Mapping[str, tuple[Mapping[str, Any], ...]]  # task binding name -> outputs items
    sampler: Sampler
    runtime: Mapping[str, Any]  # the runtime spec as JSON (what generated/<name>/spec.json holds)

    @property
    def name(self) -> str:
        return self.spec.name

    def op(self, operation_id: str) -> OperationSpec:
        return self.spec.operation(operation_id)

    def sample_request(self, operation_id: str) -> tuple[Any, dict[str, Any]]:
        """A valid ``(body, parameters)`` for an operation: its example, else built from its schema.

        Raises ``ValueError`` naming the problems when neither passes the clients' validator.
        """
        op = self.op(operation_id)
        doc = self.docs.get(operation_id)
        found, example = doc.request_example if doc is not None else (False, None)
        parameters: dict[str, Any] = {}
        for param in op.parameters:
            if param.required:
                parameters[param.name] = self.sampler.answer(param.schema, name=param.name)
        if op.body is None:
            wrong = validate_operation_payload(op, {**parameters})
            if wrong:
                raise ValueError(f"{operation_id}: " + "; ".join(map(str, wrong)))
            return None, parameters
        full = self.sampler.answer(op.payload_schema)
        candidates = [example] if found else []
        candidates.append(full)
        if isinstance(full, dict):  # optional fields can trip if/then rules: try without them
            required = set(self.sampler.deref(op.payload_schema).get("required") or ())
            candidates.append({k: v for k, v in full.items() if k in required})
        problems: list[Any] = []
        for body in candidates:
            problems = validate_operation_payload(op, body)
            if not problems:
                return body, parameters
        raise ValueError(f"{operation_id}: " + "; ".join(map(str, problems)))


def _spec_path(gateway: str | Path) -> Path:
    path = Path(gateway)
    if path.suffix in (".yaml", ".yml", ".json") or path.exists():
        return path
    candidate = SPECS_DIR / f"{gateway}.yaml"
    if candidate.exists():
        return candidate
    known = ", ".join(p.stem for p in sorted(SPECS_DIR.glob("*.yaml")))
    raise SpecError(
        [Problem(str(gateway), None, "", f"no such gateway or spec file; known gateways: {known}")]
    )


def _rewrite(node: Any) -> Any:
    if isinstance(node, list):
        return [_rewrite(v) for v in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key == "$ref" and isinstance(value, str) and value.startswith("#/components/schemas/"):
            out[key] = "#/$defs/" + value.rsplit("/", 1)[-1]
        else:
            out[key] = _rewrite(value)
    return out


def _doc(
    data: dict[str, Any],
    op: Mapping[str, Any],
    version: str,
    runtime: OperationSpec,
    sampler: Sampler,
) -> OperationDoc:
    raw_responses = op.get("responses")
    responses: Mapping[Any, Any] = raw_responses if isinstance(raw_responses, Mapping) else {}
    codes = sorted(str(c) for c in responses if str(c).startswith("2"))
    status, media, schema = 200, runtime.response_media_type, None
    examples: tuple[Any, ...] = ()
    media_types: list[str] = []
    for code in codes:
        resp = deref(data, responses.get(code) if code in responses else responses.get(int(code)))
        status = int(code) if code.isdigit() else 200
        content = resp.get("content") if isinstance(resp, Mapping) else None
        if isinstance(content, Mapping) and content:
            media_types = [str(k) for k in content]
            media = next((k for k in media_types if JSON_MEDIA.match(k.lower())), media_types[0])
            entry = deref(data, content[media]) or {}
            if isinstance(entry.get("schema"), Mapping):
                schema = _rewrite(normalize_schema(entry["schema"], version))
            examples = all_examples(entry) or all_examples(deref(data, entry.get("schema")) or {})
        break
    root = sampler.deref(runtime.payload_schema or {})
    body_props = (root.get("properties") if isinstance(root, Mapping) else None) or {}
    stream = "stream" in body_props and (
        runtime.path.rstrip("/").endswith("chat/completions")
        or any(m.startswith("text/event-stream") for m in media_types)
    )
    raw_outputs = op.get("x-outputs") or ()
    request_example: tuple[bool, Any] = (False, None)
    body = deref(data, op.get("requestBody"))
    content = body.get("content") if isinstance(body, Mapping) else None
    if isinstance(content, Mapping) and content:
        media_key = next(iter(content))
        request_example = first_example(deref(data, content[media_key]) or {})
    return OperationDoc(
        status, media, schema, examples, tuple(raw_outputs), request_example, stream
    )


@functools.lru_cache(maxsize=16)
def _load(path: Path) -> Gateway:
    loaded = load_spec(path)
    validate_spec(loaded)
    built = build_gateway(loaded)
    runtime = built.runtime_spec
    spec = GatewaySpec.from_dict(runtime)
    data = loaded.data
    version = openapi_version(data) or "3.1"
    sampler = Sampler(runtime.get("schemas") or {})
    sampler.hints_from(op.payload_schema for op in spec.operations.values() if op.body is not None)
    docs: dict[str, OperationDoc] = {}
    for _path, _method, op, _item in iter_operations(data):
        op_id = op.get("operationId")
        if isinstance(op_id, str) and op_id in spec.operations:
            docs[op_id] = _doc(data, op, version, spec.operations[op_id], sampler)
    outputs = {
        str(name): tuple((b or {}).get("outputs") or ())
        for name, b in (data.get("x-tasks") or {}).items()
    }
    return Gateway(spec, docs, outputs, sampler, runtime)


def load_gateway(gateway: str | Path) -> Gateway:
    """A gateway by name (``qingbo``: ``specs/qingbo.yaml``) or by the path of any OpenAPI file.

    Raises :class:`generator.problems.SpecError` (one problem per line) when it is unusable.
    """
    return _load(_spec_path(gateway).resolve())
