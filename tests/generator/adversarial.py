"""Documents built to make a naive generator run without bound (issue 24): chains of schemas that
each refer to the next twice (a tree walk is exponential), and a large random graph of them.

Deterministic given their arguments; written as JSON (the fastest form to read).
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _document(title: str, schemas: dict[str, Any], roots: list[str]) -> dict[str, Any]:
    paths = {}
    for i, root in enumerate(roots):
        content = {"application/json": {"schema": _ref(root)}}
        paths[f"/r{i}/{{id}}"] = {
            "post": {
                "operationId": f"op{i}",
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "requestBody": {"content": content},
                "responses": {"200": {"description": "ok", "content": content}},
            }
        }
    return {
        "openapi": "3.1.0",
        "info": {"title": title, "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas},
    }


def chains(length: int) -> dict[str, dict[str, Any]]:
    """Per construct, schemas S0..S{length}, each reaching the next through it twice."""

    def chain(step: Any, last: dict[str, Any]) -> dict[str, Any]:
        return {f"S{i}": step(f"S{i + 1}") for i in range(length)} | {f"S{length}": last}

    obj = {"type": "object", "properties": {"a": {"type": "string"}}}
    return {
        "allof": chain(lambda n: {"allOf": [_ref(n), _ref(n)]}, obj),
        "oneof": chain(
            lambda n: {"oneOf": [_ref(n), {"type": "array", "items": _ref(n)}]}, {"type": "string"}
        ),
        "anyof-inline": chain(
            lambda n: {"anyOf": [_ref(n), {"type": "object", "properties": {"x": _ref(n)}}]},
            {"type": "string"},
        ),
        "object-oneof": chain(
            lambda n: (
                {"type": "object", "properties": {"p": {"type": "string"}}}
                | {"oneOf": [_ref(n), _ref(n)]}
            ),
            obj,
        ),
        "additional": chain(
            lambda n: {"type": "object", "additionalProperties": {"anyOf": [_ref(n), _ref(n)]}},
            {"type": "string"},
        ),
    }


def write_chain(folder: Path, kind: str, length: int) -> Path:
    """The chain document of kind (a key of ``chains``) as a file in folder."""
    path = folder / f"{kind}.json"
    doc = _document(kind, chains(length)[kind], ["S0"])
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def write_graph(path: Path, size_bytes: int, seed: int = 7) -> Path:
    """A random graph of schemas (every construct, six references each) of about size_bytes."""
    rnd = random.Random(seed)
    n = max(10, size_bytes // 370)
    schemas: dict[str, Any] = {}
    for i in range(n):
        refs = [_ref(f"S{rnd.randrange(n)}") for _ in range(6)]
        schemas[f"S{i}"] = [
            {
                "type": "object",
                "properties": {f"p{j}": r for j, r in enumerate(refs)}
                | {
                    "items": {
                        "type": "array",
                        "items": {"type": "object", "properties": {"back": refs[0]}},
                    }
                },
            },
            {"oneOf": [*refs, {"type": "array", "items": refs[1]}]},
            {
                "allOf": [
                    *refs[:3],
                    {"type": "object", "properties": {"x": {"anyOf": refs[3:]}}},
                ]
            },
            {"type": "object", "additionalProperties": {"anyOf": refs}},
            {"type": "array", "items": {"oneOf": refs}},
        ][i % 5]
    doc = _document("Graph", schemas, [f"S{i}" for i in range(0, n, 10)])
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path
