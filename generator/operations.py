"""One generated method per operation: its arguments, body, return type, and runtime entry."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from generator.arg_types import ArgumentTypes
from generator.docstrings import method_docstring, one_line
from generator.media import media_entry
from generator.model import Argument, Location, Operation
from generator.naming import RESERVED_ARG_NAMES, NameRegistry, pascal, snake
from generator.normalize import normalize_schema
from generator.runtime_spec import payload_schema
from generator.schema_index import SchemaIndex
from generator.streams import declares_event_stream, outputs_entry, stream_entry
from generator.validate import as_dict, deref

JSON_MEDIA = re.compile(r"^(application/([\w.+-]*\+)?json|\*/\*|application/\*)(;.*)?$")
FORM_MEDIA = ("multipart/form-data", "application/x-www-form-urlencoded")


def _media_of(content: Any, prefer_json: bool = True) -> tuple[str, Any] | None:
    """Pick the media type the client will use from a content map."""
    if not isinstance(content, dict) or not content:
        return None
    keys = [str(k) for k in content]
    for key in keys:
        if JSON_MEDIA.match(key.lower()):
            return key, content[key]
    for form in FORM_MEDIA:
        for key in keys:
            if key.lower().startswith(form):
                return key, content[key]
    return keys[0], content[keys[0]]


def _response_media_types(data: dict[str, Any], op: dict[str, Any]) -> list[str]:
    """Every media type of the operation's 2xx responses, in document order (its ``Accept``)."""
    out: list[str] = []
    for code, resp in as_dict(op.get("responses")).items():
        if str(code).startswith("2") or str(code).upper() == "2XX":
            content = as_dict(deref(data, resp)).get("content")
            for media in map(str, as_dict(content)):
                if media not in out:
                    out.append(media)
    return out


def _with_files(annotation: str) -> str:
    """A media-URL field's annotation that also takes local files (uploaded or inlined)."""
    return re.sub(r"\bstr\b", "str | FileInput", annotation, count=1)


class OperationBuilder:
    """Turns each operation of the document into an ``Operation`` and its runtime description."""

    def __init__(self, data: dict[str, Any], version: str, index: SchemaIndex) -> None:
        self.data = data
        self.version = version
        self.index = index
        self.types = ArgumentTypes(index)

    def _payload(self, schema: Any, normalized: bool = False) -> Any:
        return payload_schema(schema, self.version, normalized)

    def parameters(self, op: dict[str, Any], item: dict[str, Any]) -> list[dict[str, Any]]:
        merged: dict[tuple[str, str], dict[str, Any]] = {}
        for params in (item.get("parameters"), op.get("parameters")):
            for param in params if isinstance(params, list) else []:
                resolved = deref(self.data, param)
                if isinstance(resolved, dict):
                    merged[(str(resolved.get("name")), str(resolved.get("in")))] = resolved
        return list(merged.values())

    def as_task(
        self, operation: Operation, runtime_ops: dict[str, Any], tasks: dict[str, Any]
    ) -> Operation:
        binding_name = runtime_ops[operation.operation_id]["task"]
        if binding_name is None:
            return operation
        poll = runtime_ops.get(tasks[binding_name]["poll"])
        result = poll["__result_class"] if poll else None
        if result:
            return replace(
                operation,
                is_task=True,
                return_annotation=f"{result}",
                parse_expr=f"{result}.model_validate",
            )
        return replace(operation, is_task=True, return_annotation="Any", parse_expr=None)

    def operation(
        self,
        op_id: str,
        name: str,
        python_name: str,
        path: str,
        method: str,
        op: dict[str, Any],
        item: dict[str, Any],
    ) -> tuple[Operation, dict[str, Any]]:
        base = pascal(op_id, fallback="Operation")
        args = NameRegistry(RESERVED_ARG_NAMES)
        arguments, runtime_params = self.parameter_arguments(op, item, base, args)
        body_runtime, whole_body, extra_body, payload_schema = self.request_body(
            op, base, args, arguments
        )
        parameters_schema = self._payload(
            {
                "type": "object",
                "properties": {p["name"]: p["schema"] for p in runtime_params},
                "required": [p["name"] for p in runtime_params if p["required"]],
            },
            normalized=True,
        )
        if body_runtime is None:
            payload_schema = parameters_schema

        response_class, response_media = self.response(op, base)
        stream_runtime, stream_form = self.stream(op, base, body_runtime)
        arguments.sort(key=lambda a: (not a.required, a.location != "path"))
        return_annotation = f"_models.{response_class}" if response_class else "Any"
        operation = Operation(
            operation_id=op_id,
            method_name=name,
            http_method=method.upper(),
            path=path,
            docstring=method_docstring(op, arguments, whole_body, method, path),
            arguments=tuple(arguments),
            has_body=body_runtime is not None,
            extra_body=extra_body,
            whole_body=whole_body,
            return_annotation=return_annotation,
            parse_expr=f"_models.{response_class}.model_validate" if response_class else None,
            is_task=False,
            stream=stream_form,
        )
        security = op.get("security")
        runtime = {
            "operation_id": op_id,
            "python_name": python_name,
            "method": method.upper(),
            "path": path,
            "summary": str(op.get("summary", "")),
            "description": str(op.get("description", "")),
            "security": security if isinstance(security, list) else None,
            "parameters": runtime_params,
            "body": body_runtime,
            "payload_schema": payload_schema,
            "parameters_schema": parameters_schema,
            "rules": op.get("x-rules") or [],
            "response_media_type": response_media,
            "response_media_types": _response_media_types(self.data, op),
            "response_model": response_class,
            "idempotent": bool(
                op.get(
                    "x-idempotent",
                    method.upper() in ("GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"),
                )
            ),
            "idempotency_header": op.get("x-idempotency-header"),
            "error_envelopes": list(
                op.get("x-error-envelopes") or self.data.get("x-default-error-envelopes") or []
            ),
            "task": None,
            "source": list(op.get("x-source") or []),
            "stream": stream_runtime,
            "outputs": outputs_entry(op.get("x-outputs")),
            **({"pricing": op["x-pricing"]} if isinstance(op.get("x-pricing"), dict) else {}),
            "__result_class": f"_models.{response_class}" if response_class else None,
        }
        if response_class:
            self.index.used_models.add(response_class)
        return operation, runtime

    def parameter_arguments(
        self, op: dict[str, Any], item: dict[str, Any], base: str, args: NameRegistry
    ) -> tuple[list[Argument], list[dict[str, Any]]]:
        """Arguments of the path, query, header and cookie parameters, and their runtime entries."""
        arguments: list[Argument] = []
        runtime_params: list[dict[str, Any]] = []
        for param in self.parameters(op, item):
            location = str(param.get("in"))
            if location not in ("path", "query", "header", "cookie"):
                continue
            wire = str(param.get("name"))
            if location == "header" and wire.lower() in ("authorization", "content-type", "accept"):
                continue
            schema = param.get("schema")
            if schema is None and isinstance(param.get("content"), dict):
                picked = _media_of(param["content"])
                schema = picked[1].get("schema") if picked and isinstance(picked[1], dict) else None
            py = args.claim(snake(wire, fallback="param"))
            required = bool(param.get("required")) or location == "path"
            arguments.append(
                Argument(
                    py,
                    wire,
                    _loc(location),
                    self.types.annotation(schema or {}, base + pascal(wire), hoist=False),
                    required,
                    one_line(param.get("description")),
                )
            )
            runtime_params.append(
                {
                    "name": wire,
                    "in": location,
                    "required": required,
                    "python_name": py,
                    "schema": normalize_schema(schema, self.version) if schema is not None else {},
                }
            )
        return arguments, runtime_params

    def request_body(
        self, op: dict[str, Any], base: str, args: NameRegistry, arguments: list[Argument]
    ) -> tuple[dict[str, Any] | None, Argument | None, bool, Any]:
        """The body: one argument per top-level field (appended to arguments) or one whole-body
        argument; returns its runtime entry, the whole-body argument, whether extra fields are
        allowed, and its payload schema."""
        body_runtime: dict[str, Any] | None = None
        whole_body: Argument | None = None
        extra_body = False
        payload_schema: Any = None
        body = (
            deref(self.data, op.get("requestBody")) if op.get("requestBody") is not None else None
        )
        picked = _media_of(body.get("content")) if isinstance(body, dict) else None
        if picked is not None and isinstance(body, dict):
            media, content = picked
            schema = content.get("schema", {}) if isinstance(content, dict) else {}
            shape = self.index.object_shape(schema)
            binary: list[str] = []
            media_fields: dict[str, Any] = {}
            request_model = self.index.ref_class(schema)
            if shape is not None and shape[0]:
                props, required_fields, open_ = shape
                nested: dict[str, str] = {}
                for wire, prop in props.items():
                    resolved = self.index.resolve(prop)
                    if _read_only(prop) or _read_only(resolved):
                        continue  # the server sets it; the runtime refuses it in a request
                    py = args.claim(snake(str(wire), fallback="field"))
                    annotation = self.types.annotation(prop, base + "Request" + pascal(str(wire)))
                    if not (isinstance(prop, dict) and "$ref" in prop):
                        nested[str(wire)] = annotation
                    if self.index.is_binary(prop):
                        binary.append(str(wire))
                    elif isinstance(resolved, dict):
                        found = media_entry(
                            str(wire), resolved, self.index.resolve(resolved.get("items"))
                        )
                        if found is not None:
                            media_fields[str(wire)] = found
                            annotation = _with_files(annotation)
                    description = one_line(
                        resolved.get("description") if isinstance(resolved, dict) else None
                    )
                    arguments.append(
                        Argument(
                            py,
                            str(wire),
                            "body",
                            annotation,
                            str(wire) in required_fields,
                            description,
                        )
                    )
                extra_body = open_
                if request_model is None and isinstance(schema, dict):
                    request_model = self.index.hoist_request(base + "Request", schema, nested)
            else:
                py = args.claim("body")
                whole_body = Argument(
                    py,
                    "",
                    "body",
                    self.types.annotation(schema, base + "Request"),
                    bool(body.get("required")),
                    one_line(body.get("description")),
                )
            body_runtime = {
                "media_type": media,
                "required": bool(body.get("required")),
                "binary_fields": binary,
                "media_fields": media_fields,
                "fields": {a.wire: a.name for a in arguments if a.location == "body"},
                "model": request_model,
                "whole_body_argument": whole_body.name if whole_body else None,
            }
            payload_schema = self._payload(schema)
        return body_runtime, whole_body, extra_body, payload_schema

    def stream(
        self, op: dict[str, Any], base: str, body: dict[str, Any] | None
    ) -> tuple[dict[str, Any] | None, Any]:
        """The ``stream`` runtime entry and streaming form (see generator/streams.py)."""
        ext = op.get("x-stream")
        event = ext.get("event") if isinstance(ext, dict) else None
        event_class = self.index.ref_class(event) if event is not None else None
        if event_class is None and isinstance(event, dict) and event:
            event_class = self.index.hoist(base + "Chunk", event)
        if event_class is not None:
            self.index.used_models.add(event_class)
        declared = declares_event_stream(
            as_dict(op.get("responses")), lambda r: deref(self.data, r)
        )
        fields = dict(body["fields"]) if body is not None else {}
        return stream_entry(op, fields, event_class, declared)

    def response(self, op: dict[str, Any], base: str) -> tuple[str | None, str | None]:
        responses = as_dict(op.get("responses"))
        codes = sorted(str(c) for c in responses if str(c).startswith("2") or str(c) == "2XX")
        for code in codes:
            by_text = {str(k): v for k, v in responses.items()}
            resp = deref(
                self.data,
                by_text.get(code),
            )
            if not isinstance(resp, dict):
                continue
            picked = _media_of(resp.get("content"))
            if picked is None:
                return None, None
            media, content = picked
            schema = content.get("schema") if isinstance(content, dict) else None
            if not JSON_MEDIA.match(media.lower()) or schema is None:
                return None, media
            cls = self.index.ref_class(schema)
            if cls is not None:
                return cls, media
            if schema is True or schema == {}:
                return None, media
            return self.index.hoist(base + "Response", schema), media
        return None, None


def _read_only(schema: Any) -> bool:
    return isinstance(schema, dict) and schema.get("readOnly") is True


def _loc(location: str) -> Location:
    assert location in ("path", "query", "header", "cookie")
    return location  # type: ignore[return-value]


__all__ = ["JSON_MEDIA", "OperationBuilder"]
