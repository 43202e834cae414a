"""The runtime spec (``spec.json``): what generated clients read at run time besides their code.

Payload schemas are JSON Schema 2020-12 whose component references point at the shared ``schemas``
(``#/$defs/Name``), so the runtime validates every request against one document.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.lazymap import LazyMap
from generator.media import catalog_entries, upload_entry
from generator.normalize import normalize_schema
from generator.schema_index import SCHEMA_PREFIX
from generator.streams import outputs_entry
from generator.validate import as_dict, deref, openapi_version


@dataclass(frozen=True)
class GatewayNames:
    """The names of a gateway the runtime spec repeats."""

    package: str
    api_key_env: str


def rewrite_refs(node: Any) -> Any:
    """Component references (``#/components/schemas/X``) as ``#/$defs/X``."""
    if isinstance(node, list):
        return [rewrite_refs(v) for v in node]
    if not isinstance(node, dict):
        return node
    out = {}
    for key, value in node.items():
        if key == "$ref" and isinstance(value, str) and value.startswith(SCHEMA_PREFIX):
            out[key] = "#/$defs/" + value[len(SCHEMA_PREFIX) :]
        else:
            out[key] = rewrite_refs(value)
    return out


def payload_schema(schema: Any, version: str, normalized: bool = False) -> Any:
    """JSON Schema of a payload; component refs point at the spec's shared ``schemas`` ($defs)."""
    result = schema if normalized else normalize_schema(schema, version)
    return rewrite_refs(result)


def tasks(data: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, b in (data.get("x-tasks") or {}).items():
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
            "outputs": outputs_entry(b.get("outputs")),
        }
    return out


def runtime_spec(
    gateway: GatewayNames,
    data: dict[str, Any],
    ops: dict[str, Any],
    tasks: dict[str, Any],
    *,
    lazy_schemas: bool = False,
) -> dict[str, Any]:
    """The ``spec.json`` the runtime reads: servers, security, envelopes, operations, tasks, schemas.

    lazy_schemas: each schema is prepared when first read (a :class:`LazyMap`, which is not
    JSON), for a gateway built only for its API surface.
    """
    info = as_dict(data.get("info"))
    version = openapi_version(data) or "3.1"
    comps = as_dict(data.get("components"))
    servers = data.get("servers") if isinstance(data.get("servers"), list) else []
    base_url = ""
    if servers and isinstance(servers[0], dict):
        base_url = str(servers[0].get("url", ""))
        for var, spec in (servers[0].get("variables") or {}).items():
            if isinstance(spec, dict) and "default" in spec:
                base_url = base_url.replace("{" + str(var) + "}", str(spec["default"]))
    schemes = {}
    for key, scheme in (comps.get("securitySchemes") or {}).items():
        resolved = deref(data, scheme)
        if isinstance(resolved, dict):
            schemes[str(key)] = {
                k: resolved[k]
                for k in ("type", "scheme", "in", "name", "bearerFormat")
                if k in resolved
            }
    envelopes = {}
    for key, env in (data.get("x-error-envelopes") or {}).items():
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
    security = data.get("security")
    return {
        "format": 1,
        "name": gateway.package,
        "title": str(info.get("title", gateway.package)),
        "version": str(info.get("version", "")),
        "base_url": base_url,
        "api_key_env": gateway.api_key_env,
        "security": security if isinstance(security, list) else [],
        "security_schemes": schemes,
        "error_envelopes": envelopes,
        "default_error_envelopes": list(data.get("x-default-error-envelopes") or []),
        "operations": ops,
        "tasks": tasks,
        "upload": upload_entry(data, ops),
        "catalog": catalog_entries(data),
        "schemas": _schemas(as_dict(comps.get("schemas")), version, lazy_schemas),
    }


def _schemas(raw: dict[str, Any], version: str, lazy: bool) -> dict[str, Any] | LazyMap:
    """The component schemas in JSON Schema 2020-12, their references as ``#/$defs/X``."""

    def prepare(schema: Any) -> Any:
        return rewrite_refs(normalize_schema(schema, version))

    named = {str(k): v for k, v in raw.items()}
    return LazyMap(named, prepare) if lazy else {k: prepare(v) for k, v in named.items()}


__all__ = ["GatewayNames", "payload_schema", "rewrite_refs", "runtime_spec", "tasks"]
