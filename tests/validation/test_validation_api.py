"""The public API: x-rules, multipart files, errors, operation lookup, caching, client hooks."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pydantic
import pytest

from gateway_runtime import RequestOptions
from gateway_runtime.errors import GatewayClientError
from gateway_runtime.spec import GatewaySpec
from gateway_runtime.validation import (
    PayloadValidationError,
    Problem,
    UnknownOperationError,
    compile_validator,
    ensure_valid_payload,
    operation_validator,
    resolve_operation,
    validate,
    validate_operation_payload,
)

QINGBO_RULE = {
    "kind": "max-sum",
    "terms": [{"count": "/image_urls"}, {"value": "/n", "default": 1}],
    "max": 15,
}


def rule_messages(payload: Any, *rules: Mapping[str, Any]) -> list[str]:
    return [p.message for p in compile_validator(True, list(rules)).validate(payload)]


# -- x-rules ------------------------------------------------------------------------------------


def test_max_sum_counts_and_values() -> None:
    assert rule_messages({"image_urls": ["u"] * 14}, QINGBO_RULE) == []  # n defaults to 1
    assert rule_messages({"image_urls": ["u"] * 13, "n": 2}, QINGBO_RULE) == []
    assert rule_messages({"image_urls": ["u"] * 14, "n": 2}, QINGBO_RULE) == [
        "image_urls + n: 14 + 2 = 16, at most 15 allowed"
    ]
    assert rule_messages({"n": 16}, QINGBO_RULE) == [
        "image_urls + n: 0 + 16 = 16, at most 15 allowed"
    ]


def test_rule_problem_fields() -> None:
    (p,) = compile_validator(True, [QINGBO_RULE]).validate({"n": 16})
    assert (p.path, p.rule, p.allowed) == ("n", "x-rules:max-sum", "at most 15")
    (p,) = compile_validator(True, [QINGBO_RULE]).validate({"image_urls": ["u"] * 15, "n": 3})
    assert p.path == "image_urls"


def test_min_sum_and_nested_pointers() -> None:
    rule = {"kind": "min-sum", "terms": [{"count": "/a/list"}, {"value": "/b/0/v"}], "min": 2}
    assert rule_messages({"a": {"list": [1]}, "b": [{"v": 1}]}, rule) == []
    assert rule_messages({}, rule) == ["a.list + b[0].v: 0 + 0 = 0, at least 2 required"]


def test_rule_custom_message() -> None:
    plain = {**QINGBO_RULE, "message": "reference images + images to generate must be at most 15"}
    assert rule_messages({"n": 16}, plain) == [
        "image_urls + n: reference images + images to generate must be at most 15 "
        "(got 0 + 16 = 16, at most 15 allowed)"
    ]
    named = {**QINGBO_RULE, "message": "image_urls + n: 組圖模式下 ≤ 15"}
    assert rule_messages({"n": 16}, named) == [
        "image_urls + n: 組圖模式下 ≤ 15 (got 0 + 16 = 16, at most 15 allowed)"
    ]


def test_rule_skips_values_of_the_wrong_type() -> None:
    """The schema reports the type problem; the rule does not add noise."""
    assert rule_messages({"image_urls": ["u"] * 15, "n": "2"}, QINGBO_RULE) == []
    assert rule_messages({"image_urls": None, "n": 15}, QINGBO_RULE) == []


def test_unknown_rule_kinds_are_ignored() -> None:
    assert rule_messages({"a": 1}, {"kind": "exactly-one", "terms": [{"count": "/a"}]}) == []
    assert rule_messages({"a": 1}, {"kind": "max-sum", "terms": []}) == []


def test_schema_and_rule_problems_together() -> None:
    schema = {"properties": {"image_urls": {"maxItems": 14}}}
    got = compile_validator(schema, [QINGBO_RULE]).validate({"image_urls": ["u"] * 16})
    assert [p.message for p in got] == [
        "image_urls: 16 items, at most 14 allowed",
        "image_urls + n: 16 + 1 = 17, at most 15 allowed",
    ]


# -- multipart files ------------------------------------------------------------------------------

UPLOAD = {
    "type": "object",
    "required": ["file"],
    "properties": {
        "file": {"type": "string"},
        "files": {"type": "array", "items": {"type": "string"}},
    },
    "additionalProperties": False,
}


@pytest.mark.parametrize(
    "value",
    [
        b"\x89PNG",
        bytearray(b"x"),
        Path("cat.png"),
        io.BytesIO(b"x"),
        ("cat.png", b"x"),
        ("cat.png", b"x", "image/png"),
    ],
    ids=["bytes", "bytearray", "path", "file-object", "tuple2", "tuple3"],
)
def test_binary_fields_accept_files(value: Any) -> None:
    v = compile_validator(UPLOAD, binary_fields=["file", "files"])
    assert v.validate({"file": value}) == []
    assert v.validate({"file": "raw text content", "files": [value, value]}) == []


def test_binary_fields_reject_non_files() -> None:
    v = compile_validator(UPLOAD, binary_fields=["file"])
    assert [p.message for p in v.validate({"file": 3})] == ["file: expected string, got integer 3"]
    assert [p.message for p in v.validate({})] == ["file: required"]
    # a field that is not declared binary does not take files
    assert [p.message for p in v.validate({"file": b"x", "files": [b"y"]})] == [
        "files[0]: expected string, got bytes <1 bytes>"
    ]


# -- errors -----------------------------------------------------------------------------------------


def test_payload_validation_error() -> None:
    problems = [
        Problem("prompt", "required", "prompt: required"),
        Problem("n", "minimum", "n: 0 is less than the minimum 1"),
    ]
    err = PayloadValidationError(problems, "createTask")
    assert isinstance(err, GatewayClientError) and isinstance(err, ValueError)
    assert err.problems == problems
    assert str(err) == (
        "payload for createTask is invalid (2 problems):\n  prompt: required\n  n: 0 is less than the minimum 1"
    )
    assert str(PayloadValidationError(problems[:1])).startswith("payload is invalid (1 problem):")


# -- operations ---------------------------------------------------------------------------------------

SPEC_DICT: dict[str, Any] = {
    "format": 1,
    "name": "testgw",
    "operations": {
        "createTask": {
            "operation_id": "createTask",
            "python_name": "tasks.create",
            "method": "POST",
            "path": "/v1/tasks",
            "body": {"media_type": "application/json", "required": True, "binary_fields": []},
            "payload_schema": {
                "type": "object",
                "required": ["model", "prompt"],
                "properties": {
                    "model": {"enum": ["a", "b"]},
                    "prompt": {"type": "string"},
                    "image_urls": {"type": "array", "items": {"type": "string"}, "maxItems": 14},
                    "n": {"type": "integer", "minimum": 1},
                },
            },
            "rules": [QINGBO_RULE],
        },
        "getTask": {
            "operation_id": "getTask",
            "python_name": "tasks.retrieve",
            "method": "GET",
            "path": "/v1/tasks/{task_id}",
            "body": None,
            "payload_schema": {
                "type": "object",
                "required": ["task_id"],
                "properties": {"task_id": {"type": "string"}},
            },
            "rules": [],
        },
        "uploadFile": {
            "operation_id": "uploadFile",
            "python_name": "files.upload",
            "method": "POST",
            "path": "/v1/files",
            "body": {
                "media_type": "multipart/form-data",
                "required": True,
                "binary_fields": ["file"],
            },
            "payload_schema": {
                "type": "object",
                "required": ["file"],
                "properties": {"file": {"type": "string", "format": "binary"}},
            },
            "rules": [],
        },
    },
}


@pytest.fixture
def spec() -> GatewaySpec:
    return GatewaySpec.from_dict(SPEC_DICT)


@pytest.mark.parametrize(
    "name", ["createTask", "tasks.create", "POST /v1/tasks", "post /v1/tasks", " POST  /v1/tasks "]
)
def test_resolve_operation(spec: GatewaySpec, name: str) -> None:
    assert resolve_operation(spec, name).operation_id == "createTask"


@pytest.mark.parametrize(
    ("name", "suggested"),
    [
        ("createTsk", "createTask"),
        ("tasks.creat", "tasks.create"),
        ("POST /v1/task", "POST /v1/tasks"),
        ("GET /v1/tasks/{id}", "GET /v1/tasks/{task_id}"),
    ],
)
def test_unknown_operation_suggests(spec: GatewaySpec, name: str, suggested: str) -> None:
    with pytest.raises(UnknownOperationError) as info:
        resolve_operation(spec, name)
    assert suggested in info.value.suggestions
    assert isinstance(info.value, GatewayClientError)
    assert f"unknown operation {name!r} in gateway 'testgw'; did you mean" in str(info.value)


def test_unknown_operation_without_close_names(spec: GatewaySpec) -> None:
    with pytest.raises(
        UnknownOperationError, match=r"^unknown operation 'zzz' in gateway 'testgw'$"
    ):
        resolve_operation(spec, "zzz")


def test_validate_by_name(spec: GatewaySpec) -> None:
    assert validate(spec, "tasks.create", {"model": "a", "prompt": "p"}) == []
    got = validate(spec, "POST /v1/tasks", {"model": "c", "image_urls": ["u"] * 15, "n": 1})
    assert [p.message for p in got] == [
        "prompt: required",
        'model: "c" is not one of "a", "b"',
        "image_urls: 15 items, at most 14 allowed",
        "image_urls + n: 15 + 1 = 16, at most 15 allowed",
    ]
    assert validate(spec, spec.operations["getTask"], {}) == [
        Problem("task_id", "required", "task_id: required")
    ]


def test_validate_multipart_operation(spec: GatewaySpec, tmp_path: Path) -> None:
    op = spec.operations["uploadFile"]
    assert validate_operation_payload(op, {"file": tmp_path}) == []
    assert validate_operation_payload(op, {"file": ("a.png", io.BytesIO(b"x"), "image/png")}) == []
    assert [p.message for p in validate_operation_payload(op, {"file": 1})] == [
        "file: expected string, got integer 1"
    ]


def test_validators_are_cached(spec: GatewaySpec) -> None:
    op = spec.operations["createTask"]
    assert operation_validator(op) is operation_validator(op)
    schema = {"type": "string"}
    assert compile_validator(schema) is compile_validator(schema)
    assert compile_validator(schema) is not compile_validator({"type": "string"})


def test_ensure_valid_payload(spec: GatewaySpec) -> None:
    op = spec.operations["createTask"]
    ensure_valid_payload(op, {"model": "a", "prompt": "p"})
    with pytest.raises(PayloadValidationError) as info:
        ensure_valid_payload(op, {"model": "a"})
    assert info.value.operation == "createTask"
    assert [p.path for p in info.value.problems] == ["prompt"]


def test_duck_typed_operations() -> None:
    """Anything with the OperationSpec/GatewaySpec attribute names works (no spec.py needed)."""

    @dataclass(frozen=True)
    class Op:
        operation_id: str
        python_name: str | None
        method: str
        path: str
        payload_schema: Mapping[str, Any]
        rules: Sequence[Mapping[str, Any]]
        body: None = None

    @dataclass(frozen=True)
    class Gw:
        name: str
        operations: Mapping[str, Op]

    gw = Gw("g", {"a": Op("a", "x.a", "GET", "/a", {"required": ["q"]}, ())})
    assert [p.message for p in validate(gw, "GET /a", {})] == ["q: required"]


def test_pydantic_models_are_validated_as_dumps(spec: GatewaySpec) -> None:
    class Extra(pydantic.BaseModel):
        kind: str

    class Req(pydantic.BaseModel):
        model: str
        prompt: str | None = None
        n: int | None = None
        extra: Extra | None = None

    assert [p.message for p in validate(spec, "createTask", Req(model="a", prompt="p"))] == []
    assert [p.message for p in validate(spec, "createTask", Req(model="a"))] == ["prompt: required"]
    nested = {"model": "a", "prompt": "p", "extra": Extra(kind="k")}
    assert validate(spec, "createTask", nested) == []


# -- generated clients validate before sending -------------------------------------------------


def test_generated_client_validates_before_sending(qingbo_client: Callable[..., Any]) -> None:
    sent: list[httpx.Request] = []
    client = qingbo_client(sent)
    with pytest.raises(PayloadValidationError) as info:
        client.tasks.create(model="seedream-5.0", prompt="p", image_urls=["u"] * 16, n=0)
    assert sent == []
    assert "image_urls: 16 items, at most 14 allowed" in str(info.value)
    assert "n: 0 is less than the minimum 1" in str(info.value)


def test_generated_client_validation_opt_outs(qingbo_client: Callable[..., Any]) -> None:
    sent: list[httpx.Request] = []
    per_call = qingbo_client(sent)
    per_call.tasks.create(
        model="seedream-5.0", prompt="p", n=0, options=RequestOptions(validate=False)
    )
    assert len(sent) == 1
    per_client = qingbo_client(sent, validate=False)
    per_client.tasks.create(model="seedream-5.0", prompt="p", n=0)
    assert len(sent) == 2


def test_generated_package_validate(gen_dir: Path, qingbo_client: Callable[..., Any]) -> None:
    module = sys.modules["_validation_client_qingbo"]
    assert module.validate("tasks.create", {"model": "seedream-5.0", "prompt": "p"}) == []
    got = module.validate("POST /v1/tasks", {"model": "foo", "prompt": "p"})
    assert [p.message for p in got] == [
        'model: "foo" is not one of "seedream-5.0", "seedream-4.5", "seedream-4.0"'
    ]


def test_document_errors_gives_json_pointers() -> None:
    """The meta-schema helper (used for whole documents, e.g. by the generator)."""
    from gateway_runtime.validation import DocumentError, document_errors

    meta = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object",
        "required": ["openapi"],
        "properties": {
            "openapi": {"type": "string", "pattern": "^3\\.[01]\\."},
            "paths": {"additionalProperties": {"type": "object"}},
        },
    }
    assert document_errors({"openapi": "3.1.0", "paths": {"/a": {}}}, meta) == []
    got = document_errors({"openapi": "2.0", "paths": {"/a~b/c": 3}}, meta)
    assert [(e.pointer, e.keyword) for e in got] == [
        ("/openapi", "pattern"),
        ("/paths/~1a~0b~1c", "type"),
    ]
    assert all(isinstance(e, DocumentError) and e.message for e in got)
    assert got[1].schema_pointer == "/properties/paths/additionalProperties/type"
    assert len(document_errors({}, meta, limit=1)) == 1
