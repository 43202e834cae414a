"""Build the intermediate model from a validated spec: names, Python types, model document, runtime spec."""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from generator.load import LoadedSpec
from generator.model import Argument, Gateway, Location, Operation, Resource
from generator.naming import (
    RESERVED_ARG_NAMES,
    RESERVED_ATTR_NAMES,
    RESERVED_CLASS_NAMES,
    NameRegistry,
    pascal,
    snake,
)
from generator.normalize import normalize_schema
from generator.problems import escape_pointer_token, split_pointer
from generator.pytypes import union as _union
from generator.validate import (
    as_dict,
    deref,
    iter_operations,
    openapi_version,
    resolve_local,
)

SCHEMA_PREFIX = "#/components/schemas/"
JSON_MEDIA = re.compile(r"^(application/([\w.+-]*\+)?json|\*/\*|application/\*)(;.*)?$")
FORM_MEDIA = ("multipart/form-data", "application/x-www-form-urlencoded")
MAX_TYPE_DEPTH = 12
_HOISTED = re.compile(r"_models\.(\w+) \| Mapping\[str, Any\]")
_HOISTED_LIST = re.compile(r"list\[_models\.(\w+) \| Mapping\[str, Any\]\]")


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


class _Builder:
    def __init__(self, loaded: LoadedSpec, package: str | None) -> None:
        self.loaded = loaded
        self.data = loaded.data
        self.version = openapi_version(self.data) or "3.1"
        gateway_ext = self.data.get("x-gateway") or {}
        self.package = (
            package or gateway_ext.get("name") or snake(loaded.root.path.stem, fallback="api")
        )
        self.client_class = gateway_ext.get("client-name") or pascal(
            self.package, fallback="Client"
        )
        if self.client_class in RESERVED_CLASS_NAMES:
            self.client_class += "Client"
        self.api_key_env = gateway_ext.get("api-key-env") or (
            re.sub(r"\W", "_", self.package).upper() + "_API_KEY"
        )
        comps = as_dict(self.data.get("components"))
        self.schemas: dict[str, Any] = as_dict(comps.get("schemas"))
        self.class_names = NameRegistry(
            RESERVED_CLASS_NAMES | {self.client_class, "Async" + self.client_class}
        )
        self.schema_class: dict[str, str] = {}
        for name in self.schemas:
            wanted = pascal(str(name))
            if wanted in RESERVED_CLASS_NAMES:
                wanted += "Schema"
            self.schema_class[str(name)] = self.class_names.claim(wanted, sep="")
        self.model_defs: dict[str, Any] = {}
        self.used_models: set[str] = set()

    # ----- schema helpers -------------------------------------------------------------------
    def resolve(self, schema: Any, depth: int = 0) -> Any:
        """Follow $ref chains of a schema (bounded)."""
        while isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and depth < 50:
            try:
                schema = resolve_local(self.data, schema["$ref"])
            except KeyError:
                return {}
            depth += 1
        return schema

    def ref_class(self, schema: Any) -> str | None:
        """The model class of a direct '#/components/schemas/X' reference."""
        if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
            ref = schema["$ref"]
            if ref.startswith(SCHEMA_PREFIX):
                tokens = split_pointer(ref[1:])
                if len(tokens) == 3 and tokens[2] in self.schema_class:
                    return self.schema_class[tokens[2]]
        return None

    def model_schema(self, schema: Any) -> Any:
        """Copy of schema for the model document: component refs renamed to class names."""
        if isinstance(schema, list):
            return [self.model_schema(s) for s in schema]
        if not isinstance(schema, dict):
            return schema
        out: dict[str, Any] = {}
        for key, value in schema.items():
            if key == "$ref" and isinstance(value, str) and value.startswith(SCHEMA_PREFIX):
                tokens = split_pointer(value[1:])
                if len(tokens) >= 3 and tokens[2] in self.schema_class:
                    rest = "".join("/" + escape_pointer_token(t) for t in tokens[3:])
                    out[key] = SCHEMA_PREFIX + self.schema_class[tokens[2]] + rest
                    continue
            if isinstance(key, str) and key.startswith("x-"):
                continue
            if key in ("example", "examples", "default", "enum", "const", "required"):
                out[key] = copy.deepcopy(value)
            elif key in (
                "properties",
                "patternProperties",
                "$defs",
                "definitions",
                "dependentSchemas",
            ) and isinstance(value, dict):
                out[key] = {k: self.model_schema(v) for k, v in value.items()}
            else:
                out[key] = self.model_schema(value)
        return out

    def hoist(self, wanted: str, schema: Any) -> str:
        """Add an inline schema to the model document under a fresh class name."""
        name = self.class_names.claim(
            wanted if wanted not in RESERVED_CLASS_NAMES else wanted + "Schema", sep=""
        )
        self.model_defs[name] = self.model_schema(schema)
        return name

    def hoist_request(self, wanted: str, schema: dict[str, Any], nested: dict[str, str]) -> str:
        """Model of an inline request body whose nested objects were already hoisted.

        Its properties point at those classes, so datamodel-code-generator does not make them twice.
        """
        body = dict(schema)
        if isinstance(body.get("properties"), dict):
            props = dict(body["properties"])
            for wire, annotation in nested.items():
                if wire not in props or not isinstance(props[wire], dict):
                    continue
                single = _HOISTED.fullmatch(annotation)
                many = _HOISTED_LIST.fullmatch(annotation)
                if single:
                    props[wire] = {"$ref": SCHEMA_PREFIX + single.group(1)}
                elif many:
                    props[wire] = {**props[wire], "items": {"$ref": SCHEMA_PREFIX + many.group(1)}}
            body["properties"] = props
        return self.hoist(wanted, body)

    def is_binary(self, schema: Any, depth: int = 0) -> bool:
        """Whether a field carries files: format binary, an array of them, or an alternative that is."""
        schema = self.resolve(schema)
        if not isinstance(schema, dict) or depth > 8:
            return False
        if (
            schema.get("format") == "binary"
            or schema.get("contentMediaType") == "application/octet-stream"
        ):
            return True
        parts = [
            schema.get("items"),
            *list(schema.get("anyOf") or []),
            *list(schema.get("oneOf") or []),
        ]
        return any(self.is_binary(p, depth + 1) for p in parts if p is not None)

    def object_shape(
        self, schema: Any, depth: int = 0
    ) -> tuple[dict[str, Any], set[str], bool] | None:
        """(properties, required, open) of an object schema, merging allOf; None if not an object."""
        schema = self.resolve(schema)
        if not isinstance(schema, dict) or depth > 20:
            return None
        props: dict[str, Any] = {}
        required: set[str] = set()
        is_object = "properties" in schema or schema.get("type") == "object"
        open_ = schema.get("additionalProperties", True) is not False
        if isinstance(schema.get("properties"), dict):
            props.update(schema["properties"])
        if isinstance(schema.get("required"), list):
            required.update(str(r) for r in schema["required"])
        for part in schema.get("allOf") or []:
            shape = self.object_shape(part, depth + 1)
            if shape is None:
                continue
            is_object = True
            sub_props, sub_req, sub_open = shape
            for key, value in sub_props.items():
                props.setdefault(key, value)
            required |= sub_req
            open_ = open_ and sub_open
        if not is_object:
            return None
        return props, required, open_

    def annotation(self, schema: Any, context: str, depth: int = 0, hoist: bool = True) -> str:
        """Python type of a value matching schema (used for method arguments)."""
        if depth > MAX_TYPE_DEPTH or schema is True or schema == {}:
            return "Any"
        if schema is False or not isinstance(schema, dict):
            return "Any"
        cls = self.ref_class(schema)
        if cls is not None:
            target = self.resolve(schema)
            if self.object_shape(target) is not None and (
                target.get("properties") or target.get("allOf")
            ):
                self.used_models.add(cls)
                return f"_models.{cls} | Mapping[str, Any]"
            return self.annotation(target, context, depth + 1, hoist=False)
        if "$ref" in schema:
            return self.annotation(self.resolve(schema), context, depth + 1, hoist=False)
        if "const" in schema and _literal_ok(schema["const"]):
            return f"Literal[{schema['const']!r}]"
        if isinstance(schema.get("enum"), list) and schema["enum"]:
            values = schema["enum"]
            literals = [v for v in values if _literal_ok(v)]
            if len(literals) == len([v for v in values if v is not None]):
                parts = ["Literal[" + ", ".join(repr(v) for v in _dedupe(literals)) + "]"]
                return _union(parts[: bool(literals)] + ["None"] * (None in values))
        for combo in ("oneOf", "anyOf"):
            if isinstance(schema.get(combo), list) and schema[combo]:
                parts = [
                    self.annotation(s, f"{context}{i + 1}", depth + 1, hoist)
                    for i, s in enumerate(schema[combo])
                ]
                return _union(parts)
        types = schema.get("type")
        type_list = types if isinstance(types, list) else [types] if isinstance(types, str) else []
        if schema.get("nullable") is True and "null" not in type_list and type_list:
            type_list = [*type_list, "null"]
        if not type_list:
            if "properties" in schema or "allOf" in schema or "additionalProperties" in schema:
                type_list = ["object"]
            elif "items" in schema:
                type_list = ["array"]
            else:
                return "Any"
        parts = [self._single(t, schema, context, depth, hoist) for t in type_list]
        return _union(parts)

    def _single(
        self, kind: Any, schema: dict[str, Any], context: str, depth: int, hoist: bool
    ) -> str:
        if kind == "string":
            if schema.get("format") == "binary":
                return "FileInput"
            return "str"
        if kind == "integer":
            return "int"
        if kind == "number":
            return "float"
        if kind == "boolean":
            return "bool"
        if kind == "null":
            return "None"
        if kind == "array":
            items = schema.get("items")
            if items is None:
                return "list[Any]"
            return f"list[{self.annotation(items, context + 'Item', depth + 1, hoist)}]"
        if kind == "object":
            shape = self.object_shape(schema)
            if shape and shape[0] and hoist:
                name = self.hoist(context, schema)
                self.used_models.add(name)
                return f"_models.{name} | Mapping[str, Any]"
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                return f"dict[str, {self.annotation(extra, context + 'Value', depth + 1, hoist=False)}]"
            return "dict[str, Any]"
        return "Any"

    # ----- operations -----------------------------------------------------------------------
    def parameters(self, op: dict[str, Any], item: dict[str, Any]) -> list[dict[str, Any]]:
        merged: dict[tuple[str, str], dict[str, Any]] = {}
        for params in (item.get("parameters"), op.get("parameters")):
            for param in params if isinstance(params, list) else []:
                resolved = deref(self.data, param)
                if isinstance(resolved, dict):
                    merged[(str(resolved.get("name")), str(resolved.get("in")))] = resolved
        return list(merged.values())

    def build(self) -> Gateway:
        root = Resource(attribute="", class_name="")
        nodes: dict[tuple[str, ...], Resource] = {(): root}
        registries: dict[tuple[str, ...], NameRegistry] = {(): NameRegistry(RESERVED_ATTR_NAMES)}
        resource_classes = NameRegistry()
        runtime_ops: dict[str, Any] = {}
        planned: list[tuple[tuple[str, ...], str, str, str, dict[str, Any], dict[str, Any]]] = []
        op_ids: set[str] = {
            str(op.get("operationId")) for _, _, op, _ in iter_operations(self.data)
        }
        for path, method, op, item in iter_operations(self.data):
            op_id = op.get("operationId")
            if not (isinstance(op_id, str) and op_id):
                op_id, stem, n = snake(f"{method} {path}"), snake(f"{method} {path}"), 2
                while op_id in op_ids:
                    op_id, n = f"{stem}_{n}", n + 1
                op_ids.add(op_id)
            dotted = op.get("x-python-name")
            if isinstance(dotted, str):
                *res_path, method_name = dotted.split(".")
                res = tuple(snake(p) for p in res_path)
                method_name = snake(method_name)
            else:
                tags = op.get("tags")
                tag = (
                    tags[0]
                    if isinstance(tags, list) and tags and isinstance(tags[0], str)
                    else None
                )
                res = (snake(tag, fallback="default"),) if tag else ("default",)
                method_name = snake(op_id, fallback="call")
            planned.append((res, method_name, op_id, path, op, item | {"__method": method}))

        # Claim resource attributes before method names so that nested paths stay stable.
        for res, _, _, _, _, _ in planned:
            for depth in range(1, len(res) + 1):
                key = res[:depth]
                if key in nodes:
                    continue
                parent = nodes[key[:-1]]
                attr = registries[key[:-1]].claim(key[-1])
                class_name = resource_classes.claim(
                    pascal("_".join(key), fallback="Default") + "Resource", sep=""
                )
                dotted = f"{parent.dotted}.{attr}" if parent.dotted else attr
                node = Resource(attribute=attr, class_name=class_name, dotted=dotted)
                parent.children.append(node)
                nodes[key] = node
                registries[key] = NameRegistry(RESERVED_ATTR_NAMES)
        for res, method_name, op_id, path, op, item in planned:
            method = item.pop("__method")
            node = nodes[res]
            registry = registries[res]
            name = registry.claim(method_name)
            attrs = [nodes[res[: i + 1]].attribute for i in range(len(res))]
            python_name = ".".join([*attrs, name])
            operation, runtime = self.operation(op_id, name, python_name, path, method, op, item)
            node.operations.append(operation)
            runtime_ops[op_id] = runtime

        tasks = self.tasks(runtime_ops)
        for runtime in runtime_ops.values():
            runtime["task"] = next(
                (n for n, b in tasks.items() if runtime["operation_id"] in b["submit"]), None
            )
        # Task-submitting methods return a typed handle; re-derive them now that bindings are known.
        for node in nodes.values():
            node.operations = [self.as_task(o, runtime_ops, tasks) for o in node.operations]

        info = as_dict(self.data.get("info"))
        runtime_spec = self.runtime_spec(info, runtime_ops, tasks)
        models_document = {
            "openapi": "3.1.0" if self.version == "3.1" else "3.0.3",
            "info": {
                "title": str(info.get("title", self.package)),
                "version": str(info.get("version", "0")),
            },
            "paths": {},
            "components": {
                "schemas": {
                    **{self.schema_class[k]: self.model_schema(v) for k, v in self.schemas.items()},
                    **self.model_defs,
                }
            },
        }
        return Gateway(
            package=self.package,
            client_class=self.client_class,
            async_client_class="Async" + self.client_class,
            title=str(info.get("title", self.package)),
            description=str(info.get("description", "")),
            source_file=self.loaded.root.path.name,
            root=root,
            model_names=frozenset(self.used_models),
            models_document=models_document,
            runtime_spec=runtime_spec,
        )

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
                    self.annotation(schema or {}, base + pascal(wire), hoist=False),
                    required,
                    _one_line(param.get("description")),
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

        body_runtime: dict[str, Any] | None = None
        whole_body: Argument | None = None
        extra_body = False
        payload_schema: Any
        body = (
            deref(self.data, op.get("requestBody")) if op.get("requestBody") is not None else None
        )
        picked = _media_of(body.get("content")) if isinstance(body, dict) else None
        if picked is not None and isinstance(body, dict):
            media, content = picked
            schema = content.get("schema", {}) if isinstance(content, dict) else {}
            shape = self.object_shape(schema)
            binary: list[str] = []
            request_model = self.ref_class(schema)
            if shape is not None and shape[0]:
                props, required_fields, open_ = shape
                nested: dict[str, str] = {}
                for wire, prop in props.items():
                    py = args.claim(snake(str(wire), fallback="field"))
                    annotation = self.annotation(prop, base + "Request" + pascal(str(wire)))
                    if not (isinstance(prop, dict) and "$ref" in prop):
                        nested[str(wire)] = annotation
                    resolved = self.resolve(prop)
                    if self.is_binary(prop):
                        binary.append(str(wire))
                    description = _one_line(
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
                    request_model = self.hoist_request(base + "Request", schema, nested)
            else:
                py = args.claim("body")
                whole_body = Argument(
                    py,
                    "",
                    "body",
                    self.annotation(schema, base + "Request"),
                    bool(body.get("required")),
                    _one_line(body.get("description")),
                )
            body_runtime = {
                "media_type": media,
                "required": bool(body.get("required")),
                "binary_fields": binary,
                "fields": {a.wire: a.name for a in arguments if a.location == "body"},
                "model": request_model,
                "whole_body_argument": whole_body.name if whole_body else None,
            }
            payload_schema = self.payload_schema(schema)
        parameters_schema = self.payload_schema(
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
        arguments.sort(key=lambda a: (not a.required, a.location != "path"))
        return_annotation = f"_models.{response_class}" if response_class else "Any"
        operation = Operation(
            operation_id=op_id,
            method_name=name,
            http_method=method.upper(),
            path=path,
            docstring=_docstring(op, arguments, whole_body, method, path),
            arguments=tuple(arguments),
            has_body=body_runtime is not None,
            extra_body=extra_body,
            whole_body=whole_body,
            return_annotation=return_annotation,
            parse_expr=f"_models.{response_class}.model_validate" if response_class else None,
            is_task=False,
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
            "__result_class": f"_models.{response_class}" if response_class else None,
        }
        if response_class:
            self.used_models.add(response_class)
        return operation, runtime

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
            cls = self.ref_class(schema)
            if cls is not None:
                return cls, media
            if schema is True or schema == {}:
                return None, media
            return self.hoist(base + "Response", schema), media
        return None, None

    def payload_schema(self, schema: Any, normalized: bool = False) -> Any:
        """JSON Schema of a payload; component refs point at the spec's shared ``schemas`` ($defs)."""
        result = schema if normalized else normalize_schema(schema, self.version)
        return _rewrite_refs(result)

    def tasks(self, runtime_ops: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, b in (self.data.get("x-tasks") or {}).items():
            out[str(name)] = {
                "submit": list(b["submit"]),
                "poll": b["poll"],
                "cancel": b.get("cancel"),
                "id": b["id"],
                "id_param": b["id-param"],
                "status": b["status"],
                "progress": b.get("progress"),
                "progress_format": b.get("progress-format", "percent"),
                "queue_position": b.get("queue-position"),
                "result": b.get("result"),
                "error_code": b.get("error-code"),
                "error_message": b.get("error-message"),
                "success": list(b.get("success") or []),
                "failure": list(b.get("failure") or []),
                "canceled": list(b.get("canceled") or []),
                "pending": list(b.get("pending") or []),
                "status_case": b.get("status-case", "exact"),
                "poll_interval": float(b.get("poll-interval", 2)),
                "timeout": float(b.get("timeout", 600)),
            }
        return out

    def runtime_spec(
        self, info: dict[str, Any], ops: dict[str, Any], tasks: dict[str, Any]
    ) -> dict[str, Any]:
        servers = self.data.get("servers") if isinstance(self.data.get("servers"), list) else []
        base_url = ""
        if servers and isinstance(servers[0], dict):
            base_url = str(servers[0].get("url", ""))
            for var, spec in (servers[0].get("variables") or {}).items():
                if isinstance(spec, dict) and "default" in spec:
                    base_url = base_url.replace("{" + str(var) + "}", str(spec["default"]))
        comps = as_dict(self.data.get("components"))
        schemes = {}
        for key, scheme in (comps.get("securitySchemes") or {}).items():
            resolved = deref(self.data, scheme)
            if isinstance(resolved, dict):
                schemes[str(key)] = {
                    k: resolved[k]
                    for k in ("type", "scheme", "in", "name", "bearerFormat")
                    if k in resolved
                }
        envelopes = {}
        for key, env in (self.data.get("x-error-envelopes") or {}).items():
            envelopes[str(key)] = {
                "detect": env["detect"],
                "code": env.get("code"),
                "message": env.get("message"),
                "type": env.get("type"),
                "details": env.get("details"),
                "ok_values": env.get("ok-values"),
                "in_success": env.get("in-success", True),
            }
        for op in ops.values():
            op.pop("__result_class", None)
        security = self.data.get("security")
        return {
            "format": 1,
            "name": self.package,
            "title": str(info.get("title", self.package)),
            "version": str(info.get("version", "")),
            "base_url": base_url,
            "api_key_env": self.api_key_env,
            "security": security if isinstance(security, list) else [],
            "security_schemes": schemes,
            "error_envelopes": envelopes,
            "default_error_envelopes": list(self.data.get("x-default-error-envelopes") or []),
            "operations": ops,
            "tasks": tasks,
            "schemas": {
                str(k): _rewrite_refs(normalize_schema(v, self.version))
                for k, v in self.schemas.items()
            },
        }


def _loc(location: str) -> Location:
    assert location in ("path", "query", "header", "cookie")
    return location  # type: ignore[return-value]


def _literal_ok(value: Any) -> bool:
    return isinstance(value, str | bool) or (isinstance(value, int) and not isinstance(value, bool))


def _dedupe(values: list[Any]) -> list[Any]:
    seen: list[Any] = []
    for v in values:
        if not any(v == s and type(v) is type(s) for s in seen):
            seen.append(v)
    return seen


def _refs(node: Any) -> Iterator[str]:
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            ref = current.get("$ref")
            if isinstance(ref, str):
                yield ref
            stack.extend(v for v in current.values() if isinstance(v, dict | list))
        elif isinstance(current, list):
            stack.extend(v for v in current if isinstance(v, dict | list))


def _rewrite_refs(node: Any) -> Any:
    if isinstance(node, list):
        return [_rewrite_refs(v) for v in node]
    if not isinstance(node, dict):
        return node
    out = {}
    for key, value in node.items():
        if key == "$ref" and isinstance(value, str) and value.startswith(SCHEMA_PREFIX):
            out[key] = "#/$defs/" + value[len(SCHEMA_PREFIX) :]
        else:
            out[key] = _rewrite_refs(value)
    return out


def _one_line(text: Any) -> str:
    if not isinstance(text, str):
        return ""
    return " ".join(text.split())


def _docstring(
    op: dict[str, Any], arguments: list[Argument], whole: Argument | None, method: str, path: str
) -> str:
    lines: list[str] = []
    summary = _one_line(op.get("summary"))
    lines.append(summary or f"``{method.upper()} {path}``")
    if summary:
        lines.append("")
        lines.append(f"``{method.upper()} {path}``")
    description = op.get("description")
    if isinstance(description, str) and description.strip():
        lines.append("")
        lines.extend(line.rstrip() for line in description.strip().splitlines())
    documented = [a for a in arguments if a.description] + (
        [whole] if whole and whole.description else []
    )
    if documented:
        lines.append("")
        lines.append("Args:")
        for arg in documented:
            lines.append(f"    {arg.name}: {arg.description}")
    if op.get("deprecated") is True:
        lines.append("")
        lines.append("Deprecated.")
    return "\n".join(lines)


def build_gateway(loaded: LoadedSpec, package: str | None = None) -> Gateway:
    """The intermediate model of one validated spec."""
    return _Builder(loaded, package).build()


__all__ = ["build_gateway", "normalize_schema"]
