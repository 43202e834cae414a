"""Checks shared by the construct and real-document tests: a generated package is complete and usable.

Complete: every operation of the document is a method of the client. Usable: every module imports,
every model validates an instance built from its schema, and mypy --strict accepts the code.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

from generator.build import build_gateway
from generator.lenient import normalize_document
from generator.load import load_spec
from generator.normalize import normalize_schema
from generator.validate import iter_operations, openapi_version, validate_spec
from tests.generator.conftest import PROJECT

SCHEMA_PREFIX = "#/components/schemas/"


def count_operations(spec: Path) -> int:
    """Operations in the document as written (read independently of the generator)."""
    text = spec.read_text(encoding="utf-8")
    data = json.loads(text) if spec.suffix == ".json" else yaml.load(text, Loader=yaml.CSafeLoader)
    return sum(1 for _ in iter_operations(data))


def assert_every_operation_is_a_method(package: ModuleType, spec: Path) -> None:
    operations = package.load_spec().operations
    assert len(operations) == count_operations(spec)
    name = next(n for n in package.__all__ if n[0].isupper() and not n.startswith("Async"))
    client = getattr(package, name)(api_key="k", base_url="http://127.0.0.1:9")
    for op in operations.values():
        target: Any = client
        for part in op.python_name.split("."):
            target = getattr(target, part)
        assert callable(target), op.python_name


def sample(schema: Any, defs: dict[str, Any], depth: int = 0) -> Any:
    """An instance of schema: required properties always, optional ones near the top."""
    if not isinstance(schema, dict) or not schema or depth > 30:  # depth: a cycle of $refs
        return "x"
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith(SCHEMA_PREFIX):
        return sample(_pointed(ref, defs), defs, depth + 1)
    if "const" in schema:
        return schema["const"]
    if isinstance(schema.get("enum"), list) and schema["enum"]:
        return schema["enum"][0]
    props: dict[str, Any] = {}
    required: set[str] = set()
    _collect(schema, defs, props, required, 0)
    if props:
        for branch in (schema.get("oneOf") or schema.get("anyOf") or [])[:1]:
            value = sample(branch, defs, depth + 1)
            if isinstance(value, dict):
                return {
                    **value,
                    **sample({"properties": props, "required": sorted(required)}, defs, depth),
                }
        return {
            key: sample(value, defs, depth + 1)
            for key, value in props.items()
            if key in required or depth < 2
        }
    for combo in ("oneOf", "anyOf", "allOf"):
        if schema.get(combo):
            return sample(schema[combo][0], defs, depth + 1)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "array" or "items" in schema:
        return [sample(schema.get("items"), defs, depth + 1)] if depth < 4 else []
    if kind == "object":
        return {}
    return {"integer": 1, "number": 1.5, "boolean": True, "null": None}.get(str(kind), "x")


def _pointed(ref: str, defs: dict[str, Any]) -> Any:
    """The schema a '#/components/schemas/...' reference names or points into."""
    name, *rest = ref[len(SCHEMA_PREFIX) :].split("/")
    node = defs[name]
    for token in rest:
        node = node[token.replace("~1", "/").replace("~0", "~")]
    return node


def _collect(
    schema: Any, defs: dict[str, Any], props: dict[str, Any], required: set[str], depth: int
) -> None:
    """Properties and required names of schema and of its allOf parts, at any depth."""
    if not isinstance(schema, dict) or depth > 20:
        return
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith(SCHEMA_PREFIX):
        _collect(_pointed(ref, defs), defs, props, required, depth + 1)
    for key, value in (schema.get("properties") or {}).items():
        props.setdefault(key, value)
    required.update(schema.get("required") or [])
    for part in schema.get("allOf") or []:
        _collect(part, defs, props, required, depth + 1)


def assert_models_validate_samples(package: ModuleType, spec: Path) -> int:
    """Validate a sample of every named schema with its model class; the number checked."""
    loaded = load_spec(spec)
    version = openapi_version(loaded.data) or "3.1"
    normalize_document(loaded, version, strict=False)
    validate_spec(loaded)
    document = build_gateway(loaded).models_document
    defs = {
        name: normalize_schema(schema, version)
        for name, schema in document["components"]["schemas"].items()
    }
    models = package.models
    for name, schema in defs.items():
        instance = sample(schema, defs)
        getattr(models, name).model_validate(instance)
    return len(defs)


def assert_mypy_strict_clean(*folders: Path) -> None:
    """mypy --strict (the project's settings) reports no error in the generated packages."""
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-incremental", *map(str, folders)],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout[-3000:]
    assert "Success: no issues found" in proc.stdout
