"""allOf diamonds (issue 24, point 1): a generated client's local check ends, soon, and says the same.

A chain where each level is ``allOf: [A, B]`` with both referring to the next level costs
jsonschema-rs ``2**depth`` checks per value; so does a chain of ``unevaluatedProperties``. At
depth 32 either would run for hours: the CPU-time limits below only separate "linear" from
"exponential". The property test checks that the rewrite accepts and refuses exactly what the
document as written does, on random small allOf graphs.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import jsonschema_rs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gateway_runtime.spec import GatewaySpec
from gateway_runtime.validation import SchemaError, compile_validator, report_operation
from gateway_runtime.validation.conjunctions import expansion, flatten_conjunctions
from tests.generator.conftest import run_generator

DEPTH = 32


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _diamonds(depth: int) -> dict[str, Any]:
    """Per variant, schemas whose level i reaches level i+1 through two conjuncts."""
    schemas: dict[str, Any] = {}
    for i in range(depth):
        nxt = f"D{i + 1}"
        # own members on each side, the next level through a $ref chain on one of them
        schemas[f"D{i}"] = {"allOf": [_ref(f"A{i}"), _ref(f"B{i}")]}
        schemas[f"A{i}"] = {"allOf": [_ref(f"C{i}")], "properties": {f"a{i}": {"type": "string"}}}
        schemas[f"C{i}"] = _ref(nxt)
        schemas[f"B{i}"] = {"allOf": [_ref(nxt)], "properties": {f"b{i}": {"type": "integer"}}}
        # closed at every level: each unevaluatedProperties re-evaluates everything below it
        schemas[f"S{i}"] = {
            "allOf": [_ref(f"S{i + 1}"), _ref(f"S{i + 1}")],
            "properties": {f"s{i}": {"type": "boolean"}},
            "unevaluatedProperties": False,
        }
        # two inline conjuncts giving a member (an item) the next level: 2**depth walks down
        schemas[f"P{i}"] = {
            "allOf": [
                {"properties": {"p": _ref(f"P{i + 1}"), "a": {"type": "string"}}},
                {"properties": {"p": _ref(f"P{i + 1}"), "b": {"type": "integer"}}},
            ]
        }
        schemas[f"N{i}"] = {"allOf": [_ref(f"NA{i}"), _ref(f"NB{i}")]}
        schemas[f"NA{i}"] = {"properties": {"p": _ref(f"N{i + 1}"), "a": {"type": "string"}}}
        schemas[f"NB{i}"] = {"properties": {"p": _ref(f"N{i + 1}"), "b": {"type": "integer"}}}
        schemas[f"Q{i}"] = {
            "allOf": [{"type": "array", "items": _ref(f"Q{i + 1}")}, {"items": _ref(f"Q{i + 1}")}]
        }
    last = {"type": "object", "properties": {"x": {"type": "integer"}}, "required": ["x"]}
    schemas[f"P{depth}"] = last
    schemas[f"Q{depth}"] = last
    schemas[f"N{depth}"] = last
    schemas[f"D{depth}"] = last
    schemas[f"S{depth}"] = last
    schemas["Request"] = {
        "type": "object",
        "properties": {"d": _ref("D0"), "many": {"type": "array", "items": _ref("D0")}},
        "required": ["d"],
    }
    return schemas


def _document(depth: int) -> dict[str, Any]:
    def op(name: str, schema: str) -> dict[str, Any]:
        body = {"content": {"application/json": {"schema": _ref(schema)}}}
        return {
            "post": {
                "operationId": name,
                "requestBody": body,
                "responses": {"200": {"description": "ok"}},
            }
        }

    return {
        "openapi": "3.1.0",
        "info": {"title": "Diamonds", "version": "1"},
        "servers": [{"url": "http://127.0.0.1:9"}],
        "paths": {
            "/open": op("openDiamond", "Request"),
            "/closed": op("closedDiamond", "S0"),
            "/members": op("memberDiamond", "P0"),
            "/items": op("itemDiamond", "Q0"),
            "/named": op("namedDiamond", "N0"),
        },
        "components": {"schemas": _diamonds(depth)},
    }


@pytest.fixture(scope="module")
def diamond_spec(tmp_path_factory: pytest.TempPathFactory) -> GatewaySpec:
    folder = tmp_path_factory.mktemp("diamonds")
    source = folder / "diamonds.json"
    source.write_text(json.dumps(_document(DEPTH)), encoding="utf-8")
    result = run_generator("generate", source, "--out", folder / "out")
    assert result.code == 0, result.err
    return GatewaySpec.load(Path(folder / "out" / "diamonds" / "spec.json"))


def _nest(value: Any, key: str | int, depth: int) -> Any:
    """``value`` under ``depth`` levels of member ``key`` (or of one-item arrays for 0)."""
    for _ in range(depth):
        value = [value] if key == 0 else {key: value}
    return value


CASES = [
    ("openDiamond", {"d": {"x": 1, "a3": "s", "b30": 2}, "many": [{"x": 2}]}, []),
    ("openDiamond", {"d": {"x": "1"}}, ["d.x: expected integer"]),
    ("openDiamond", {"d": {"x": 1}, "many": [{"x": 1, "b31": "no"}]}, ["many[0].b31: expected"]),
    ("openDiamond", {"d": {}}, ["d.x: required"]),
    ("closedDiamond", {"x": 1, "s31": False}, []),
    ("closedDiamond", {"x": 1, "s31": "yes"}, ["s31: expected boolean"]),
    # the deepest closed level (S31) sees only x and s31: s0 is unknown there, as written
    ("closedDiamond", {"x": 1, "s0": True}, ["s0: not allowed here"]),
    ("memberDiamond", _nest({"x": 1, "a": "s"}, "p", DEPTH), []),
    ("memberDiamond", _nest({"x": "1"}, "p", DEPTH), [".p.x: expected integer"]),
    ("memberDiamond", {**_nest({"x": 1}, "p", DEPTH), "b": "s"}, ["b: expected integer"]),
    ("namedDiamond", _nest({"x": 1, "a": "s"}, "p", DEPTH), []),
    ("namedDiamond", _nest({"x": "1"}, "p", DEPTH), [".p.x: expected integer"]),
    ("namedDiamond", {**_nest({"x": 1}, "p", DEPTH), "b": "s"}, ["b: expected integer"]),
    ("itemDiamond", _nest({"x": 1}, 0, DEPTH), []),
    ("itemDiamond", _nest({"x": "1"}, 0, DEPTH), ["[0].x: expected integer"]),
]


@pytest.mark.timeout(300, method="thread")
def test_a_depth_32_diamond_validates_in_linear_time(diamond_spec: GatewaySpec) -> None:
    """2**32 paths to the last level: seconds would be hours without the rewrite."""
    started = time.process_time()
    for name, payload, expected in CASES:
        problems = report_operation(diamond_spec.operations[name], payload).problems
        messages = [p.message for p in problems]
        assert bool(problems) == bool(expected), (name, payload, messages)
        for fragment in expected:
            assert any(fragment in m for m in messages), (fragment, messages)
    assert time.process_time() - started < 20, "validation took exponential time"


@pytest.mark.timeout(120, method="thread")
def test_alternatives_expanding_without_bound_are_refused_at_compile_time() -> None:
    """oneOf/anyOf diamonds cannot be merged: a clear SchemaError, not a hang at call time."""
    defs: dict[str, Any] = {f"L{DEPTH}": {"type": "integer"}}
    for i in range(DEPTH):
        nxt = {"$ref": f"#/$defs/L{i + 1}"}
        defs[f"L{i}"] = {"anyOf": [{**nxt, "minimum": 1}, {**nxt, "maximum": 9}]}
    started = time.process_time()
    with pytest.raises(SchemaError, match=r"more than 5,000 times.*validate=False"):
        compile_validator({"$ref": "#/$defs/L0", "$defs": defs})
    assert time.process_time() - started < 5


@pytest.mark.timeout(300, method="thread")
def test_generation_warns_of_alternatives_too_costly_to_check(tmp_path: Path) -> None:
    """The package is made, with a warning naming the operation; its check is a SchemaError."""
    schemas: dict[str, Any] = {f"L{DEPTH}": {"type": "object", "required": ["x"]}}
    for i in range(DEPTH):
        schemas[f"L{i}"] = {
            "oneOf": [
                {"allOf": [_ref(f"L{i + 1}")], "required": ["a"]},
                {"allOf": [_ref(f"L{i + 1}")], "properties": {"x": {"minimum": 5}}},
            ]
        }
    document = _document(1)
    document["components"]["schemas"] = schemas
    document["paths"] = {"/a": _document(1)["paths"]["/closed"]}
    document["paths"]["/a"]["post"]["requestBody"]["content"]["application/json"]["schema"] = _ref(
        "L0"
    )
    document["paths"]["/a"]["post"]["operationId"] = "anyDiamond"
    source = tmp_path / "alternatives.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    result = run_generator("generate", source, "--out", tmp_path / "out")
    assert result.code == 0, result.err
    assert "at /paths/~1a/post warning: operation 'anyDiamond'" in result.err
    assert "[validation-cost]" in result.err
    spec = GatewaySpec.load(tmp_path / "out" / "alternatives" / "spec.json")
    started = time.process_time()
    with pytest.raises(SchemaError, match="too costly to validate before a call"):
        report_operation(spec.operations["anyDiamond"], {"x": 1})
    assert time.process_time() - started < 5
    # --strict makes the finding an error, as every other lint finding: nothing is written
    strict = run_generator("generate", source, "--out", tmp_path / "strict", "--strict")
    assert strict.code == 2, strict.err
    assert "error: operation 'anyDiamond'" in strict.err and "[validation-cost]" in strict.err
    assert not (tmp_path / "strict" / "alternatives").exists()


def test_documents_without_diamonds_come_back_as_they_are() -> None:
    schema = {
        "$ref": "#/$defs/Pet",
        "$defs": {
            "Base": {"properties": {"id": {"type": "string"}}},
            "Pet": {"allOf": [{"$ref": "#/$defs/Base"}, {"required": ["id"]}]},
        },
    }
    assert flatten_conjunctions(schema) is schema
    shared = {**schema, "$defs": {**schema["$defs"], "Cat": {"allOf": [{"$ref": "#/$defs/Pet"}]}}}
    twice = {**shared, "$ref": None, "allOf": [{"$ref": "#/$defs/Cat"}, {"$ref": "#/$defs/Pet"}]}
    del twice["$ref"]
    flat = flatten_conjunctions(twice)
    assert flat["allOf"] == [{"$ref": "#/$defs/Base"}, {"$ref": "#/$defs/allOf-0"}]
    assert flat["$defs"]["allOf-0"] == {"required": ["id"]}
    # scoped identifiers change what pointers mean: such documents are left alone
    scoped = {**twice, "$defs": {**twice["$defs"], "Pet": {**twice["$defs"]["Pet"], "$id": "x"}}}
    assert flatten_conjunctions(scoped) is scoped
    assert expansion(flat)[0] < expansion(twice)[0]


# -- the rewrite says what the document says --------------------------------------------------

_NAMES = ("a", "b", "c")
_LEAF = st.one_of(
    st.fixed_dictionaries({"type": st.sampled_from(["object", "integer", "string"])}),
    st.fixed_dictionaries(
        {"required": st.lists(st.sampled_from(_NAMES), min_size=1, max_size=2, unique=True)}
    ),
    st.fixed_dictionaries(
        {
            "properties": st.dictionaries(
                st.sampled_from(_NAMES),
                st.sampled_from(
                    [{"type": "integer"}, {"minimum": 2}, {"type": "string"}, True, False]
                ),
                max_size=2,
            )
        }
    ),
    st.fixed_dictionaries({"maxProperties": st.integers(0, 3)}),
    st.just({"additionalProperties": False, "properties": {"a": True}}),
    st.just({"unevaluatedProperties": False}),
    st.just({"unevaluatedProperties": {"type": "integer"}}),
    st.just({"anyOf": [{"required": ["a"]}, {"required": ["b"]}]}),
    st.just({"items": {"type": "integer"}}),
    st.just({"prefixItems": [{"type": "string"}], "items": {"type": "integer"}}),
    st.just({"prefixItems": [True, {"type": "string"}]}),
    st.just({"unevaluatedItems": False}),
    st.just({"patternProperties": {"^[ab]$": {"type": "integer"}}}),
    st.just({}),
)


@st.composite
def allof_graphs(draw: st.DrawFn) -> dict[str, Any]:
    """A root and up to 6 named schemas; each mixes own keywords with allOf/$ref to later ones."""
    size = draw(st.integers(2, 6))
    defs: dict[str, Any] = {}
    for i in reversed(range(size)):
        node: dict[str, Any] = dict(draw(_LEAF))
        later = [f"N{j}" for j in range(i + 1, size)]
        if later:
            refs = draw(st.lists(st.sampled_from(later), max_size=3))
            members: list[Any] = [{"$ref": f"#/$defs/{r}"} for r in refs]
            members += [dict(draw(_LEAF)) for _ in range(draw(st.integers(0, 2)))]
            if members:
                node["allOf"] = members
            if draw(st.booleans()):
                node["$ref"] = f"#/$defs/{draw(st.sampled_from(later))}"
        defs[f"N{i}"] = node
    return {"allOf": [{"$ref": "#/$defs/N0"}, {"$ref": "#/$defs/N0"}], "$defs": defs}


_VALUES = st.one_of(st.integers(0, 3), st.sampled_from(["s", True]))
_PAYLOADS = st.one_of(
    st.dictionaries(st.sampled_from([*_NAMES, "d"]), _VALUES, max_size=4),
    st.lists(_VALUES, max_size=3),
    _VALUES,
)


@settings(max_examples=400, derandomize=True, deadline=None)
@given(allof_graphs(), st.lists(_PAYLOADS, min_size=8, max_size=8))
def test_flattened_schemas_accept_and_refuse_the_same_payloads(
    schema: dict[str, Any], payloads: list[Any]
) -> None:
    flat = flatten_conjunctions(schema)
    written = jsonschema_rs.Draft202012Validator(schema)
    rewritten = jsonschema_rs.Draft202012Validator(flat)
    for payload in payloads:
        assert written.is_valid(payload) == rewritten.is_valid(payload), (payload, flat)


_MEMBER_LEAF = st.sampled_from(
    [
        {"items": {"type": "integer"}},
        {"prefixItems": [{"type": "string"}], "items": {"type": "integer"}},
        {"prefixItems": [True, True], "items": {"type": "integer"}},
        {"items": {"$ref": "#/$defs/Small"}},
        {"properties": {"a": {"type": "integer"}}},
        {"properties": {"a": {"type": "integer"}}, "additionalProperties": False},
        {"properties": {"a": {"$ref": "#/$defs/Small"}}, "unevaluatedProperties": False},
        {"patternProperties": {"^a$": {"type": "integer"}}},
        {"unevaluatedItems": False},
        {"$ref": "#/$defs/Shared"},
        {"$ref": "#/$defs/Closed"},
    ]
)
_SHARED = {
    "Small": {"type": "integer", "maximum": 2},
    "Shared": {"properties": {"a": {"type": "integer"}}, "items": {"type": "integer"}},
    "Closed": {"properties": {"a": {"$ref": "#/$defs/Small"}}, "unevaluatedProperties": False},
}


@settings(max_examples=400, derandomize=True, deadline=None)
@given(
    st.lists(_MEMBER_LEAF, min_size=2, max_size=4),
    _MEMBER_LEAF,
    st.lists(_PAYLOADS, min_size=8, max_size=8),
)
def test_repeated_member_schemas_are_applied_once_with_the_same_answers(
    members: list[dict[str, Any]], own: dict[str, Any], payloads: list[Any]
) -> None:
    """Inline conjuncts repeating a member/item schema: the repeats become ``true``."""
    schema = {
        **own,
        "allOf": members,
        "properties": {"b": {"allOf": members}},  # the same conjuncts one member down
        "$defs": _SHARED,
    }
    flat = flatten_conjunctions(schema)
    written = jsonschema_rs.Draft202012Validator(schema)
    rewritten = jsonschema_rs.Draft202012Validator(flat)
    extra = [["s"], ["s", 1], [1, "s", 3], {"a": 3}, {"a": "s", "b": 1}, {"b": {"a": 3}}]
    for payload in [*payloads, *extra]:
        assert written.is_valid(payload) == rewritten.is_valid(payload), (payload, flat)


def test_the_property_graphs_do_get_rewritten() -> None:
    """The random graphs above exercise the rewrite (not only the unchanged path)."""
    changed = 0

    @settings(max_examples=100, derandomize=True, deadline=None)
    @given(allof_graphs())
    def count(schema: dict[str, Any]) -> None:
        nonlocal changed
        changed += flatten_conjunctions(schema) is not schema

    count()
    assert changed > 30
