"""The API surface of a generated package: what its callers and the wire can see, as plain data.

``surface.json`` is written beside each package and committed, so a review shows what a spec edit
did to callers, and ``generator.diff`` compares two surfaces to classify the change. It holds the
client's method names and arguments (Python names, annotations, required or not), each request and
response field flattened to a dotted path (``result.images[].url``) with its type, enum, default
and constraints, task bindings, streams, auth, servers and error envelopes, and the documentation.
Schemas are walked to a bounded depth and size, so a 3 MB document gives a bounded surface.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from generator.model import Gateway, Operation
from generator.normalize import normalize_schema

FORMAT = 1  # raise when the shape of the surface changes: older snapshots are then re-based
MAX_DEPTH = 8
MAX_FIELDS = 2000
MAX_VISITS = 5_000
"""Schema nodes one flatten visits at most: a schema reached through many allOf/oneOf branches
(a graph, not a tree) would otherwise be walked once per path, exponentially often (issue 24)."""
SURFACE_FILE = "surface.json"

# Schema keywords a caller can feel, copied as they are into a field's facts.
CONSTRAINTS = (
    "format",
    "pattern",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
    "uniqueItems",
    "minProperties",
    "maxProperties",
)
_REF_PREFIXES = ("#/$defs/", "#/components/schemas/")


class _Flattener:
    """Walks JSON Schemas into ``{dotted path: facts}``; references resolve in one schema table."""

    def __init__(self, schemas: dict[str, Any]) -> None:
        self.schemas = schemas
        self.memo: dict[tuple[str, str], dict[str, dict[str, Any]]] = {}
        self.visits = MAX_VISITS

    def resolve(self, node: Any) -> tuple[Any, str | None]:
        """The schema a ``$ref`` names (and that name), or the node itself."""
        ref = node.get("$ref") if isinstance(node, dict) else None
        if isinstance(ref, str):
            for prefix in _REF_PREFIXES:
                if ref.startswith(prefix):
                    name = ref[len(prefix) :]
                    if name in self.schemas:
                        merged = dict(self.schemas[name])
                        merged.update({k: v for k, v in node.items() if k != "$ref"})
                        return merged, name
        return node, None

    def flatten(self, schema: Any, root: str = "") -> dict[str, dict[str, Any]]:
        """Every field below schema, by dotted path (root is the path of schema itself).

        A bare reference is flattened once: many operations share a request or reply model.
        The result is shared, so callers must not change it.
        """
        ref = schema.get("$ref") if isinstance(schema, dict) and len(schema) == 1 else None
        if isinstance(ref, str) and (ref, root) in self.memo:
            return self.memo[(ref, root)]
        out: dict[str, dict[str, Any]] = {}
        self.visits = MAX_VISITS
        self._walk(schema, root, True, 0, (), out)
        if isinstance(ref, str):
            self.memo[(ref, root)] = out
        return out

    def _walk(
        self,
        node: Any,
        path: str,
        required: bool,
        depth: int,
        stack: tuple[str, ...],
        out: dict[str, dict[str, Any]],
    ) -> None:
        if len(out) >= MAX_FIELDS and path not in out:
            return
        self.visits -= 1
        if self.visits < 0:
            return
        node, name = self.resolve(node)
        if not isinstance(node, dict):
            if path:
                _merge(out, path, {"type": ["any"], "required": required})
            return
        if name is not None and name in stack:
            _merge(out, path, {"type": ["object"], "required": required, "recursive": name})
            return
        stack = (*stack, name) if name else stack
        own = _facts(node, required)
        if depth < MAX_DEPTH:
            # allOf members hold for every value: their facts fill in what the node leaves out.
            for sub in node.get("allOf") or [] if path else []:  # the root's: _walk_members
                members: dict[str, dict[str, Any]] = {}
                self._walk(sub, path, required, depth, stack, members)
                own = _combine(own, members.pop(path, None))
                for child, facts in members.items():
                    _merge(out, child, facts)
            # oneOf/anyOf branches are alternatives: united, then narrowed by the node's own facts.
            branches: dict[str, dict[str, Any]] = {}
            for key in ("oneOf", "anyOf"):
                for sub in node.get(key) or []:
                    if path:
                        self._walk(sub, path, required, depth, stack, branches)
                    else:
                        self._walk_members(sub, path, depth, stack, branches)
            own = _combine(own, branches.pop(path, None))
            for child, facts in branches.items():
                _merge(out, child, facts)
        if path:
            _merge(out, path, own)
        if depth < MAX_DEPTH:
            self._walk_members(node, path, depth, stack, out)

    def _walk_members(
        self,
        node: Any,
        path: str,
        depth: int,
        stack: tuple[str, ...],
        out: dict[str, dict[str, Any]],
    ) -> None:
        self.visits -= 1  # the root's allOf members too: a diamond chain is reached 2**n ways
        if self.visits < 0:
            return
        node, name = self.resolve(node)
        if not isinstance(node, dict):
            return
        if name is not None and name in stack and path:
            return
        stack = (*stack, name) if name and name not in stack else stack
        required = (
            set(node.get("required") or []) if isinstance(node.get("required"), list) else set()
        )
        props = node.get("properties")
        if isinstance(props, dict):
            for key, sub in props.items():
                child = f"{path}.{key}" if path else str(key)
                self._walk(sub, child, key in required, depth + 1, stack, out)
        items = node.get("items")
        if isinstance(items, dict):
            self._walk(items, path + "[]", True, depth + 1, stack, out)
        extra = node.get("additionalProperties")
        if isinstance(extra, dict) and extra:
            self._walk(extra, path + "{}", False, depth + 1, stack, out)
        if not path:
            for sub in node.get("allOf") or []:
                self._walk_members(sub, path, depth, stack, out)


def _types(node: dict[str, Any]) -> list[str]:
    declared = node.get("type")
    if isinstance(declared, str):
        return [declared]
    if isinstance(declared, list):
        return sorted(str(t) for t in declared)
    values = node.get("enum") if isinstance(node.get("enum"), list) else None
    if "const" in node:
        values = [node["const"]]
    if values:
        names = {"bool": "boolean", "int": "integer", "float": "number", "str": "string"}
        found = {names.get(type(v).__name__, "null" if v is None else "object") for v in values}
        return sorted(found)
    if "properties" in node:
        return ["object"]
    if "items" in node:
        return ["array"]
    return ["any"]


def _facts(node: dict[str, Any], required: bool) -> dict[str, Any]:
    facts: dict[str, Any] = {"type": _types(node), "required": required}
    if isinstance(node.get("enum"), list):
        facts["enum"] = _sorted_values(node["enum"])
    if "const" in node:
        facts["enum"] = _sorted_values([node["const"]])
    if "default" in node:
        facts["default"] = node["default"]
    for key in CONSTRAINTS:
        if key in node and not isinstance(node[key], dict | list):
            facts[key] = node[key]
    if node.get("readOnly") is True:
        facts["readOnly"] = True
    if isinstance(node.get("description"), str) and node["description"].strip():
        facts["description"] = node["description"].strip()
    return facts


def _combine(own: dict[str, Any], other: dict[str, Any] | None) -> dict[str, Any]:
    """A node's own facts, completed by those of its members (own keywords take precedence)."""
    if other is None:
        return own
    combined = {k: v for k, v in other.items() if k != "required"}
    for key, value in own.items():
        if key == "type" and value == ["any"]:
            continue
        combined[key] = value
    combined["required"] = own["required"]
    return combined


def _sorted_values(values: list[Any]) -> list[Any]:
    if all(isinstance(v, str) for v in values):
        return sorted(values)
    return sorted(values, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))


def _merge(out: dict[str, dict[str, Any]], path: str, facts: dict[str, Any]) -> None:
    """Facts of one path met again (a oneOf variant, an allOf member): types and enums unite."""
    old = out.get(path)
    if old is None:
        out[path] = facts
        return
    types = sorted(set(old["type"]) | set(facts["type"]))
    if len(types) > 1 and "any" in types and facts.get("recursive") is None:
        types.remove("any")
    merged: dict[str, Any] = {"type": types, "required": old["required"] and facts["required"]}
    if "enum" in old and "enum" in facts:
        merged["enum"] = _sorted_values(
            list({json.dumps(v, sort_keys=True): v for v in old["enum"] + facts["enum"]}.values())
        )
    elif "enum" in old and facts["type"] == ["any"]:
        merged["enum"] = old["enum"]
    for key in ("default", *CONSTRAINTS, "readOnly", "description", "recursive"):
        if key in old and key in facts and old[key] != facts[key]:
            continue
        if key in old or key in facts:
            merged[key] = old.get(key, facts.get(key))
    out[path] = merged


def _operations(root_ops: Iterator[Operation], runtime: dict[str, Any]) -> dict[str, Any]:
    ops: dict[str, Any] = {}
    by_id = runtime["operations"]
    schemas = dict(runtime["schemas"])
    flat = _Flattener(schemas)
    for operation in root_ops:
        entry = by_id[operation.operation_id]
        request: dict[str, dict[str, Any]] = {}
        params = flat.flatten(entry.get("parameters_schema") or {})
        locations = {p["name"]: p["in"] for p in entry.get("parameters") or []}
        for path, facts in params.items():
            top = path.split(".", 1)[0].split("[", 1)[0]
            request[path] = {**facts, "in": locations.get(top, "query")} if top == path else facts
        if entry.get("body") is not None:
            whole = (entry["body"] or {}).get("whole_body_argument")
            body = flat.flatten(entry.get("payload_schema") or {}, "body" if whole else "")
            for path, facts in body.items():
                top = path.split(".", 1)[0].split("[", 1)[0].split("{", 1)[0]
                key = path if path not in request else f"body:{path}"
                request[key] = {**facts, "in": "body"} if top == path else facts
        response_model = entry.get("response_model")
        response = flat.flatten({"$ref": "#/$defs/" + response_model}) if response_model else {}
        stream = entry.get("stream")
        events: dict[str, dict[str, Any]] = {}
        if isinstance(stream, dict) and stream.get("event"):
            events = flat.flatten({"$ref": "#/$defs/" + str(stream["event"])})
        ops[entry["python_name"]] = {
            "operation_id": operation.operation_id,
            "method": entry["method"],
            "path": entry["path"],
            "summary": entry.get("summary", ""),
            "description": entry.get("description", ""),
            "returns": operation.return_annotation.replace("_models.", ""),
            "task": entry.get("task"),
            "stream": bool(stream),
            "idempotent": bool(entry.get("idempotent")),
            "security": entry.get("security"),
            "error_envelopes": entry.get("error_envelopes") or [],
            "outputs": entry.get("outputs") or [],
            "arguments": {
                a.name: {
                    "in": a.location,
                    "wire": a.wire,
                    "required": a.required,
                    "type": a.annotation.replace("_models.", ""),
                }
                for a in operation.arguments
            },
            "request": request,
            "response": response,
            "events": events,
        }
    return ops


def surface_of(gateway: Gateway, version: str = "0.0.0") -> dict[str, Any]:
    """The surface of a built gateway (version is the package's own semantic version)."""
    runtime = gateway.runtime_spec
    hoisted = gateway.models_document["components"]["schemas"]
    spec_version = str(gateway.models_document.get("openapi", "3.1"))
    schemas = {
        str(k): normalize_schema(v, "3.0" if spec_version.startswith("3.0") else "3.1")
        for k, v in hoisted.items()
    }
    schemas.update(runtime["schemas"])
    operations = (op for res in gateway.root.walk() for op in res.operations)
    return {
        "format": FORMAT,
        "package": gateway.package,
        "version": version,
        "spec_version": runtime.get("version", ""),
        "client": gateway.client_class,
        "title": gateway.title,
        "description": gateway.description,
        "base_url": runtime.get("base_url", ""),
        "auth": {
            "api_key_env": runtime.get("api_key_env"),
            "security": runtime.get("security") or [],
            "schemes": runtime.get("security_schemes") or {},
        },
        "error_envelopes": runtime.get("error_envelopes") or {},
        "operations": _operations(operations, {**runtime, "schemas": schemas}),
        "tasks": runtime["tasks"],
    }


def dumps(surface: dict[str, Any]) -> str:
    """The committed text of a surface: sorted keys, one value per line, stable byte for byte."""
    return json.dumps(surface, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


__all__ = ["SURFACE_FILE", "dumps", "surface_of"]
