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
from collections.abc import Collection, Iterator
from typing import Any

import msgspec

from generator.model import Gateway, Operation
from generator.normalize import normalize_schema
from generator.surface_graph import SchemaGraph
from generator.surface_walk import Flattener

FORMAT = 1  # raise when the shape of the surface changes: older snapshots are then re-based
SURFACE_FILE = "surface.json"


def _operations(
    root_ops: Iterator[Operation], runtime: dict[str, Any], flat: Flattener
) -> dict[str, Any]:
    ops: dict[str, Any] = {}
    by_id = runtime["operations"]
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


def surface_of(
    gateway: Gateway, version: str = "0.0.0", only: Collection[str] | None = None
) -> dict[str, Any]:
    """The surface of a built gateway (version is the package's own semantic version).

    only: the Python names of the operations to describe (None: all). ``clientgen diff`` leaves
    out those it has proved the same on both sides (``generator.diff.fingerprints``); every
    other part of the surface is whole, and ``models`` holds those the described ones reach.
    """
    runtime = gateway.runtime_spec
    hoisted = gateway.models_document["components"]["schemas"]
    spec_version = str(gateway.models_document.get("openapi", "3.1"))
    dialect = "3.0" if spec_version.startswith("3.0") else "3.1"
    own = runtime["schemas"]  # already JSON Schema 2020-12; the hoisted ones are read lazily
    # By name only: each schema is looked up (a model copied, a schema prepared, when the
    # graph is lazy) as the walk reaches it, and each name test is a plain dict's.
    names = {**dict.fromkeys(hoisted, False), **dict.fromkeys(own, True)}
    schemas = SchemaGraph(
        names,
        lambda name, is_own: own[name] if is_own else normalize_schema(hoisted[name], dialect),
    )
    by_id = runtime["operations"]
    operations = (
        op
        for res in gateway.root.walk()
        for op in res.operations
        if only is None or by_id[op.operation_id]["python_name"] in only
    )
    flat = Flattener(schemas)
    surface: dict[str, Any] = {
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
        "operations": _operations(operations, runtime, flat),
        "tasks": runtime["tasks"],
    }
    models = flat.models()
    if models:  # only documents with mutually recursive schemas have any
        surface["models"] = models
    return surface


def dumps(surface: dict[str, Any]) -> str:
    """The committed text of a surface: sorted keys, one value per line, stable byte for byte.

    Byte for byte ``json.dumps(..., indent=1)``, made faster: with an indent, ``json`` falls back
    to its pure-Python encoder (0.15 s on OpenAI's 4.6 MB surface); here its C encoder writes
    the values (every string and number exactly as ``json`` writes them) on one line, and
    ``msgspec`` only lays that text out one value per line (0.06 s in all). A surface holding
    what strict JSON has no word for (a ``NaN`` default) is written the slow way.
    """
    compact = json.dumps(surface, ensure_ascii=False, sort_keys=True)
    try:
        return msgspec.json.format(compact, indent=1) + "\n"
    except msgspec.DecodeError:
        return json.dumps(surface, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


__all__ = ["SURFACE_FILE", "dumps", "surface_of"]
