"""Alternatives descending into the same member (issue 24, point 1): refused at once, not run for ever.

``anyOf: [{properties: {p: next}}, {properties: {p: next}}]`` nested level after level makes
jsonschema-rs check the deepest member ``2**depth`` times (depth 14 took 10.8 s on one invalid
payload, depth 40 would never end). The bound counts those checks and refuses such a schema when
it is compiled (a SchemaError naming where), and the generator warns of the operation. The
property test checks the count against a plain walk that visits what the engine visits.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gateway_runtime.spec import GatewaySpec
from gateway_runtime.validation import SchemaError, compile_validator, report_operation
from gateway_runtime.validation.conjunctions import MAX_EXPANSION, expansion
from gateway_runtime.validation.engine import _dedupe
from gateway_runtime.validation.messages import Messages
from tests.generator.conftest import run_generator


def nested_alternatives(depth: int, prefix: str = "#/$defs/") -> dict[str, Any]:
    """Level i: anyOf of two objects whose member ``p`` is level i+1 (definitions by name)."""
    defs: dict[str, Any] = {
        f"L{depth}": {"type": "object", "properties": {"x": {"type": "integer"}}, "required": ["x"]}
    }
    for i in range(depth):
        nxt = {"$ref": f"{prefix}L{i + 1}"}
        defs[f"L{i}"] = {
            "anyOf": [
                {"type": "object", "properties": {"p": nxt, "a": {"type": "string"}}},
                {"type": "object", "properties": {"p": nxt, "b": {"type": "integer"}}},
            ]
        }
    return defs


def payload(depth: int, leaf: Any) -> Any:
    for _ in range(depth):
        leaf = {"p": leaf}
    return leaf


@pytest.mark.timeout(120, method="thread")
@pytest.mark.parametrize("depth", [14, 20, 40])
def test_deep_alternatives_over_one_member_are_refused_at_once(depth: int) -> None:
    """A clear SchemaError naming where the bound is crossed, in well under the time limit."""
    schema = {"$ref": "#/$defs/L0", "$defs": nested_alternatives(depth)}
    started = time.process_time()
    with pytest.raises(SchemaError) as refused:
        compile_validator(schema).report(payload(depth, {"x": "s"}))
    assert time.process_time() - started < 5, "the refusal took exponential time"
    message = str(refused.value)
    # from level depth-12 on, the deepest member is checked more than 5,000 times: named there
    assert f"the schema at #/$defs/L{depth - 12} checks one value more than 5,000 times" in message
    assert "the same member again one level down" in message and "validate=False" in message


def test_shallow_alternatives_still_validate_with_the_same_problems() -> None:
    """Under the bound nothing changes: the engine answers, our messages say where."""
    schema = {"$ref": "#/$defs/L0", "$defs": nested_alternatives(6)}
    validator = compile_validator(schema)
    assert validator.validate(payload(6, {"x": 1})) == []
    problems = validator.validate(payload(6, {"x": "s"}))
    assert [p.path for p in problems] == ["p.p.p.p.p.p.x"]
    assert "expected integer" in problems[0].message


@pytest.mark.parametrize(
    ("label", "schema"),
    [
        ("tree", {"properties": {"c": {"$ref": "#"}}, "additionalProperties": {"$ref": "#"}}),
        (
            "any JSON",
            {
                "anyOf": [
                    {"type": "string"},
                    {"type": "array", "items": {"$ref": "#"}},
                    {"type": "object", "additionalProperties": {"$ref": "#"}},
                ]
            },
        ),
        (
            "patterns",
            {"patternProperties": {"^x": {"$ref": "#"}}, "additionalProperties": {"$ref": "#"}},
        ),
        ("tuple", {"prefixItems": [{"$ref": "#"}], "items": {"$ref": "#"}}),
        (
            "tagged union",
            {
                "oneOf": [
                    {"properties": {"kind": {"const": "a"}, "next": {"$ref": "#"}}},
                    {"properties": {"kind": {"const": "b"}, "other": {"$ref": "#"}}},
                ]
            },
        ),
    ],
)
def test_recursive_schemas_checking_each_member_once_are_accepted(label: str, schema: Any) -> None:
    """Each member meets one recursive subschema per level: linear, whatever the depth."""
    cost, _ = expansion(schema)
    assert cost < 10, (label, cost)
    validator = compile_validator(schema)
    assert isinstance(validator.validate({}), list)


@pytest.mark.parametrize(
    "schema",
    [
        {"oneOf": [{"properties": {"a": {"$ref": "#"}}}, {"properties": {"a": {"$ref": "#"}}}]},
        {"items": {"$ref": "#"}, "contains": {"$ref": "#"}},
    ],
)
def test_recursion_checking_a_member_twice_per_level_is_refused(schema: Any) -> None:
    """2**depth checks for a payload as deep as validated (300 levels): refused up front."""
    assert expansion(schema)[0] > MAX_EXPANSION
    with pytest.raises(SchemaError, match="too costly to validate before a call"):
        compile_validator(schema)


@pytest.mark.timeout(300, method="thread")
def test_generation_warns_of_alternatives_descending_into_one_member(tmp_path: Path) -> None:
    """The package is made, with a warning naming the operation; its check is a SchemaError."""
    schemas = nested_alternatives(20, prefix="#/components/schemas/")
    body = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/L0"}}}}
    document = {
        "openapi": "3.1.0",
        "info": {"title": "Nested", "version": "1"},
        "servers": [{"url": "http://127.0.0.1:9"}],
        "paths": {
            "/a": {
                "post": {
                    "operationId": "nestedAlternatives",
                    "requestBody": body,
                    "responses": {"200": {"description": "ok"}},
                }
            }
        },
        "components": {"schemas": schemas},
    }
    source = tmp_path / "nested.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    started = time.process_time()
    result = run_generator("generate", source, "--out", tmp_path / "out")
    assert result.code == 0, result.err
    assert "at /paths/~1a/post warning: operation 'nestedAlternatives'" in result.err
    assert "the same member again one level down" in result.err
    spec = GatewaySpec.load(tmp_path / "out" / "nested" / "spec.json")
    with pytest.raises(SchemaError, match="too costly to validate before a call"):
        report_operation(spec.operations["nestedAlternatives"], payload(20, {"x": 1}))
    assert time.process_time() - started < 20


# -- the count bounds what the engine visits ----------------------------------------------------

_NAMES = ("a", "b")


def _visit(
    doc: dict[str, Any], node: Any, value: Any, at: tuple[Any, ...], seen: dict[Any, int]
) -> None:
    """Visit every subschema the engine evaluates, counting visits per payload place."""
    seen[at] = seen.get(at, 0) + 1
    if not isinstance(node, dict):
        return
    if "$ref" in node:
        _visit(doc, doc["$defs"][node["$ref"].rsplit("/", 1)[1]], value, at, seen)
    for key in ("allOf", "anyOf", "oneOf"):
        for sub in node.get(key, ()):
            _visit(doc, sub, value, at, seen)
    if "not" in node:
        _visit(doc, node["not"], value, at, seen)
    if isinstance(value, dict):
        props = node.get("properties", {})
        patterns = node.get("patternProperties", {})
        for name, member in value.items():
            matched = [sub for pat, sub in patterns.items() if re.search(pat, name)]
            for sub in matched:
                _visit(doc, sub, member, (*at, name), seen)
            if name in props:
                _visit(doc, props[name], member, (*at, name), seen)
            elif "additionalProperties" in node and not matched:
                _visit(doc, node["additionalProperties"], member, (*at, name), seen)
    if isinstance(value, list):
        prefix = node.get("prefixItems", [])
        for i, item in enumerate(value):
            if i < len(prefix):
                _visit(doc, prefix[i], item, (*at, i), seen)
            elif "items" in node:
                _visit(doc, node["items"], item, (*at, i), seen)
            if "contains" in node:
                _visit(doc, node["contains"], item, (*at, i), seen)


def _schemas(defs: int) -> st.SearchStrategy[dict[str, Any]]:
    refs = [{"$ref": f"#/$defs/D{i}"} for i in range(defs)]
    leaf = st.sampled_from([{"type": "integer"}, {"type": "object"}, True, *refs])

    def grow(inner: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
        return st.one_of(
            st.builds(lambda xs: {"anyOf": xs}, st.lists(inner, min_size=1, max_size=3)),
            st.builds(lambda xs: {"oneOf": xs}, st.lists(inner, min_size=1, max_size=3)),
            st.builds(lambda xs: {"allOf": xs}, st.lists(inner, min_size=1, max_size=2)),
            st.builds(lambda x: {"not": x}, inner),
            st.builds(
                lambda ps: {"properties": ps},
                st.dictionaries(st.sampled_from(_NAMES), inner, max_size=2),
            ),
            st.builds(lambda x: {"additionalProperties": x}, inner),
            st.builds(
                lambda ps, x: {"patternProperties": ps, "additionalProperties": x},
                st.dictionaries(st.sampled_from(("^a", "b", "^c$")), inner, max_size=2),
                inner,
            ),
            st.builds(lambda x: {"items": x}, inner),
            st.builds(lambda x, y: {"items": x, "contains": y}, inner, inner),
            st.builds(
                lambda xs, y: {"prefixItems": xs, "items": y},
                st.lists(inner, min_size=1, max_size=2),
                inner,
            ),
        )

    node = st.recursive(leaf, grow, max_leaves=8)
    return st.builds(
        lambda root, ds: (
            {**root, "$defs": {f"D{i}": d for i, d in enumerate(ds)}}
            if isinstance(root, dict)
            else {"allOf": [root], "$defs": {f"D{i}": d for i, d in enumerate(ds)}}
        ),
        node,
        st.lists(node, min_size=defs, max_size=defs),
    )


_VALUES = st.recursive(
    st.sampled_from([0, "s", None]),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.sampled_from(("a", "b", "c")), inner, max_size=3),
    ),
    max_leaves=12,
)


@settings(max_examples=300, derandomize=True, deadline=None)
@given(_schemas(3), st.lists(_VALUES, min_size=1, max_size=3))
def test_the_count_bounds_the_visits_at_every_place(
    schema: dict[str, Any], values: list[Any]
) -> None:
    """No place of any payload is visited more often than :func:`expansion` says (cycles aside)."""
    cost, _ = expansion(schema)
    for value in values:
        seen: dict[Any, int] = {}
        try:
            _visit(schema, schema, value, (), seen)
        except RecursionError:
            continue  # a $ref cycle in place: the engine's own business (refused when compiled)
        assert max(seen.values()) <= cost, (schema, value, seen)


# -- our messages walk each shared path once, and say the same --------------------------------

_LEAVES = st.sampled_from(
    [
        {"type": "integer"},
        {"type": "string", "x-message": "a: give a string"},
        {"minimum": 2},
        {"enum": ["x", "y"]},
        {"required": ["a"]},
        {"const": 1},
        {"type": "object", "properties": {"a": {"type": "integer"}}, "required": ["b"]},
        {"$ref": "#/$defs/D0"},
        {"$ref": "#/$defs/D1"},
        False,
    ]
)


def _messages_schemas() -> st.SearchStrategy[dict[str, Any]]:
    def grow(inner: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
        return st.one_of(
            st.builds(lambda xs: {"anyOf": xs}, st.lists(inner, min_size=1, max_size=3)),
            st.builds(lambda xs: {"oneOf": xs}, st.lists(inner, min_size=1, max_size=3)),
            st.builds(lambda xs: {"allOf": xs}, st.lists(inner, min_size=1, max_size=2)),
            st.builds(lambda c, t: {"if": c, "then": t}, inner, inner),
            st.builds(
                lambda ps: {"type": "object", "properties": ps},
                st.dictionaries(st.sampled_from(_NAMES), inner, min_size=1, max_size=2),
            ),
            st.builds(lambda x: {"items": x}, inner),
            st.builds(
                lambda x: {"x-message": "wrong here", **x},
                inner.filter(lambda n: isinstance(n, dict)),
            ),
        )

    node = st.recursive(_LEAVES, grow, max_leaves=10)
    return st.builds(
        lambda root, d0, d1: {"allOf": [root], "$defs": {"D0": d0, "D1": d1}},
        node,
        node,
        st.recursive(_LEAVES, grow, max_leaves=4),
    )


@settings(max_examples=300, derandomize=True, deadline=None)
@given(_messages_schemas(), st.lists(_VALUES, min_size=1, max_size=3))
def test_memoised_walks_give_the_same_problems_as_plain_ones(
    schema: dict[str, Any], values: list[Any]
) -> None:
    """Same problems, same order, same words, with and without the walks shared per validation."""
    try:
        validator = compile_validator(schema)
    except SchemaError:
        return  # refused as too costly (or a $ref cycle in place): nothing is rendered
    for value in values:
        errors = list(validator._engine.iter_errors(value))
        doc, submap = validator._doc, validator._validator_map
        plain = Messages(doc, value, submap, memo=False).problems(errors)
        shared = Messages(doc, value, submap).problems(errors)
        assert shared == plain, (schema, value)
        assert validator.validate(value) == (_dedupe(plain) if len(plain) > 1 else plain)


def test_the_count_gives_up_past_its_budget_as_the_in_place_count(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Tables past ``BUDGET`` (a 10 MB graph of mutually recursive schemas made them quadratic:
    over 20 GB, tests/generator/test_recursion.py) are not built: the in-place count alone
    bounds the schema, as before the descent count existed, so depth 14 is not refused then."""
    from gateway_runtime.validation import conjunctions, descents

    defs = nested_alternatives(14)
    document = {"$ref": "#/$defs/L0", "$defs": defs}
    assert max(conjunctions.costs(document).values()) > MAX_EXPANSION
    monkeypatch.setattr(descents, "BUDGET", 10)
    assert max(conjunctions.costs(document).values()) < MAX_EXPANSION
