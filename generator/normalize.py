"""OpenAPI 3.0 schema dialect rewritten as JSON Schema 2020-12, the one dialect later stages read."""

from __future__ import annotations

from typing import Any


def normalize_schema(schema: Any, version: str) -> Any:
    """Rewrite OpenAPI 3.0 schema dialect into JSON Schema 2020-12 (nullable, boolean exclusives)."""
    if isinstance(schema, list):
        return [normalize_schema(s, version) for s in schema]
    if not isinstance(schema, dict):
        return schema
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key in ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas"):
            out[key] = (
                {k: normalize_schema(v, version) for k, v in value.items()}
                if isinstance(value, dict)
                else value
            )
        elif key in ("example", "examples", "default", "enum", "const", "required", "x-examples"):
            out[key] = value
        else:
            out[key] = normalize_schema(value, version)
    if version == "3.0":
        if out.pop("nullable", False) is True:
            if isinstance(out.get("type"), str):
                out["type"] = [out["type"], "null"]
            elif "enum" in out and None not in out["enum"]:
                out["enum"] = [*out["enum"], None]
            elif "$ref" in out or "allOf" in out or "oneOf" in out or "anyOf" in out:
                out = {"anyOf": [out, {"type": "null"}]}
        for bound, exclusive in (("minimum", "exclusiveMinimum"), ("maximum", "exclusiveMaximum")):
            if out.get(exclusive) is True and bound in out:
                out[exclusive] = out.pop(bound)
            elif out.get(exclusive) is False:
                out.pop(exclusive)
    return out
