"""Hostile payloads and schemas get an answer (problems or a clean SchemaError), never a stray
exception: through ``compile_validator``, through ``generated.<gw>.validate()`` and inside client
calls. Speed is measured in bench/; the time bound here is generous and only catches a hang.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest

from gateway_runtime.validation import (
    MAX_DEPTH,
    PayloadValidationError,
    SchemaError,
    compile_validator,
)
from generated import qingbo

TREE = {
    "$ref": "#/$defs/Node",
    "$defs": {
        "Node": {
            "type": "object",
            "properties": {"child": {"$ref": "#/$defs/Node"}, "name": {"type": "string"}},
        }
    },
}
TASK = {"model": "seedream-5.0", "prompt": "p"}


def nested(depth: int, leaf: Any = None) -> dict[str, Any]:
    root: dict[str, Any] = {}
    node = root
    for _ in range(depth):
        node["child"] = {}
        node = node["child"]
    if leaf is not None:
        node["name"] = leaf
    return root


@contextmanager
def answers_quickly(limit: float = 2.0) -> Iterator[None]:
    """Catches a hang (the targets, 100 ms, are measured in bench/bench_validation.py)."""
    start = time.perf_counter()
    yield
    assert time.perf_counter() - start < limit


def test_deep_payload_against_a_recursive_schema() -> None:
    v = compile_validator(TREE)
    with answers_quickly():
        assert v.validate(nested(MAX_DEPTH - 5)) == []
        (bad,) = v.validate(nested(MAX_DEPTH - 5, 3))
        assert bad.message.endswith("expected string, got integer 3")
        (p,) = v.validate(nested(10_000))
    assert (p.path, p.rule) == ("$", "depth")
    assert f"more than {MAX_DEPTH} levels" in p.message


def test_deep_free_form_payload() -> None:
    v = compile_validator({"type": "object", "properties": {"extra": {"type": "object"}}})
    with answers_quickly():
        assert v.validate({"extra": nested(10_000)}) == []


def test_huge_numbers_with_multiple_of() -> None:
    for schema in ({"multipleOf": 0.1}, {"multipleOf": 3}, {"multipleOf": 1e-308}):
        v = compile_validator(schema)
        for value in (1e308, -1e308, 2**1024, 1.7976931348623157e308):
            assert isinstance(v.validate(value), list)
    assert compile_validator({"multipleOf": 3}).validate(10**40 + 1)[0].rule == "multipleOf"


def test_catastrophic_pattern() -> None:
    v = compile_validator({"type": "string", "pattern": "^(a+)+$"})
    with answers_quickly():
        (p,) = v.validate("a" * 30 + "!")
    assert p.rule == "pattern"
    assert v.validate("a" * 30) == []


def test_huge_unique_items() -> None:
    v = compile_validator({"type": "array", "uniqueItems": True})
    items: list[Any] = list(range(100_000))
    with answers_quickly():
        assert v.validate(items) == []
        (p,) = v.validate([*items, 99_999])
    assert p.message == "$: items 99999 and 100000 are both 99999; items must be unique"
    objects = [{"k": i} for i in range(100_000)]
    with answers_quickly():
        assert v.validate(objects) == []


def test_recursive_schemas() -> None:
    for schema in (
        {"$ref": "#"},
        {"$ref": "#/$defs/A", "$defs": {"A": {"$ref": "#/$defs/B"}, "B": {"$ref": "#/$defs/A"}}},
        {"properties": {"x": {"$ref": "#"}}, "required": ["x"]},
    ):
        try:
            v = compile_validator(schema)
        except SchemaError:
            continue  # a clean refusal is an answer too
        with answers_quickly():
            assert isinstance(v.validate(nested(10_000)), list)
            assert isinstance(v.validate({"x": {"x": {}}}), list)


def test_schema_errors_are_clean() -> None:
    for schema in (
        {"$ref": "#/$defs/Missing"},
        {"$ref": "https://example.com/schema.json"},
        {"pattern": "("},
        {"type": 3},
        {"properties": {"a": 3}},
    ):
        with pytest.raises(SchemaError):
            compile_validator(schema)


def test_generated_validate_never_raises() -> None:
    with answers_quickly():
        deep = qingbo.validate("createTask", {**TASK, "extra": nested(10_000)})
    assert [p.rule for p in deep] == ["depth"]
    assert isinstance(qingbo.validate("createTask", {**TASK, "n": 1e308}), list)
    assert qingbo.validate("createTask", {**TASK, "image_urls": ["u"] * 100_000})
    assert qingbo.validate("createTask", {**TASK, "prompt": object()})[0].rule == "type"


def test_client_calls_never_raise_a_stray_exception(
    qingbo_client: Callable[..., Any],
) -> None:
    sent: list[httpx.Request] = []
    client = qingbo_client(sent)
    for extra in (nested(10_000), {"n": 1e308}):
        with pytest.raises(PayloadValidationError):
            client.tasks.create(model="seedream-5.0", prompt="p", extra=extra, n=0)
    with pytest.raises(PayloadValidationError) as info:
        client.tasks.create(model="seedream-5.0", prompt="p", image_urls=["u"] * 100_000)
    assert "100000 items, at most 14 allowed" in str(info.value)
    assert sent == []
