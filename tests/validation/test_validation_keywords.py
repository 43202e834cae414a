"""Every supported JSON Schema keyword, positive and negative, with the exact human message."""

from __future__ import annotations

import io
import pathlib
from typing import Any

import pytest

from gateway_runtime.validation import Problem, SchemaError, compile_validator


def problems(schema: Any, value: Any, rules: Any = ()) -> list[Problem]:
    return compile_validator(schema, rules).validate(value)


def messages(schema: Any, value: Any, rules: Any = ()) -> list[str]:
    return [p.message for p in problems(schema, value, rules)]


def one(schema: Any, value: Any) -> Problem:
    got = problems(schema, value)
    assert len(got) == 1, [p.message for p in got]
    return got[0]


# (schema, valid values, [(invalid value, path, rule, message)])
CASES: list[tuple[str, Any, list[Any], list[tuple[Any, str, str, str]]]] = [
    (
        "type string",
        {"type": "string"},
        ["", "x", "汉字"],
        [
            (1, "$", "type", "$: expected string, got integer 1"),
            (None, "$", "type", "$: expected string, got null"),
        ],
    ),
    (
        "type integer excludes bool and fractions",
        {"type": "integer"},
        [0, -3, 2**70, 5.0],
        [
            (True, "$", "type", "$: expected integer, got boolean true"),
            (1.5, "$", "type", "$: expected integer, got number 1.5"),
            ("3", "$", "type", '$: expected integer, got string "3"'),
        ],
    ),
    (
        "type number",
        {"type": "number"},
        [0, 1.5, -2],
        [(False, "$", "type", "$: expected number, got boolean false")],
    ),
    (
        "type boolean",
        {"type": "boolean"},
        [True, False],
        [(0, "$", "type", "$: expected boolean, got integer 0")],
    ),
    ("type null", {"type": "null"}, [None], [(0, "$", "type", "$: expected null, got integer 0")]),
    (
        "type array/object",
        {"type": ["array", "object"]},
        [[], {}, (1,)],
        [("x", "$", "type", '$: expected array or object, got string "x"')],
    ),
    (
        "type list with null",
        {"type": ["null", "string"]},
        [None, "a"],
        [(3, "$", "type", "$: expected string or null, got integer 3")],
    ),
    (
        "nullable (OpenAPI 3.0)",
        {"type": "string", "nullable": True, "minLength": 2},
        [None, "ab"],
        [("a", "$", "minLength", "$: 1 character, at least 2 required")],
    ),
    (
        "enum",
        {"enum": ["seedream-5.0", "seedream-4.5", "seedream-4.0"]},
        ["seedream-4.0"],
        [
            (
                "foo",
                "$",
                "enum",
                '$: "foo" is not one of "seedream-5.0", "seedream-4.5", "seedream-4.0"',
            ),
            (
                "seedream-5",
                "$",
                "enum",
                '$: "seedream-5" is not one of "seedream-5.0", "seedream-4.5", "seedream-4.0" (did you mean "seedream-5.0"?)',
            ),
        ],
    ),
    (
        "enum uses JSON equality (true is not 1)",
        {"enum": [1, None, [1, 2], {"a": 1}]},
        [1, 1.0, None, [1, 2], {"a": 1}],
        [(True, "$", "enum", '$: true is not one of 1, null, [1, 2], {"a": 1}')],
    ),
    (
        "const",
        {"const": "web_search"},
        ["web_search"],
        [("x", "$", "const", '$: must be "web_search", got "x"')],
    ),
    (
        "const false is not 0",
        {"const": False},
        [False],
        [(0, "$", "const", "$: must be false, got 0")],
    ),
    (
        "minimum / maximum",
        {"type": "integer", "minimum": 1, "maximum": 15},
        [1, 15],
        [
            (0, "$", "minimum", "$: 0 is less than the minimum 1"),
            (16, "$", "maximum", "$: 16 is greater than the maximum 15"),
        ],
    ),
    (
        "exclusive bounds (2020-12)",
        {"exclusiveMinimum": 0, "exclusiveMaximum": 1},
        [0.5],
        [
            (0, "$", "exclusiveMinimum", "$: 0 must be greater than 0"),
            (1, "$", "exclusiveMaximum", "$: 1 must be less than 1"),
        ],
    ),
    (
        "exclusive bounds (OpenAPI 3.0 booleans)",
        {"minimum": 0, "exclusiveMinimum": True, "maximum": 2, "exclusiveMaximum": False},
        [0.1, 2],
        [(0, "$", "exclusiveMinimum", "$: 0 must be greater than 0")],
    ),
    (
        "multipleOf",
        {"multipleOf": 0.1},
        [0.3, 1, 2.5],
        [(0.25, "$", "multipleOf", "$: 0.25 is not a multiple of 0.1")],
    ),
    (
        "multipleOf integer",
        {"multipleOf": 5},
        [10, 0],
        [(7, "$", "multipleOf", "$: 7 is not a multiple of 5")],
    ),
    (
        "minLength / maxLength count code points",
        {"minLength": 1, "maxLength": 3},
        ["a", "一只柴", "😀😀😀"],
        [
            ("", "$", "minLength", "$: 0 characters, at least 1 required"),
            ("一只柴犬", "$", "maxLength", "$: 4 characters, at most 3 allowed"),
        ],
    ),
    (
        "pattern (search, not match)",
        {"pattern": "^viduq3[pt]-"},
        ["viduq3p-720p", "viduq3t-mix"],
        [("vidu", "$", "pattern", '$: "vidu" does not match the pattern ^viduq3[pt]-')],
    ),
    (
        "pattern is unanchored search",
        {"pattern": "mix"},
        ["viduq3p-mix-720p"],
        [("viduq3p-720p", "$", "pattern", '$: "viduq3p-720p" does not match the pattern mix')],
    ),
    (
        "minItems / maxItems",
        {"type": "array", "minItems": 1, "maxItems": 14},
        [["a"], ["a"] * 14],
        [
            ([], "$", "minItems", "$: 0 items, at least 1 required"),
            (["u"] * 16, "$", "maxItems", "$: 16 items, at most 14 allowed"),
        ],
    ),
    (
        "items",
        {"items": {"type": "string"}},
        [[], ["a", "b"]],
        [(["a", 2], "[1]", "type", "[1]: expected string, got integer 2")],
    ),
    (
        "prefixItems + items false",
        {"prefixItems": [{"type": "integer"}, {"type": "string"}], "items": False},
        [[1], [1, "a"]],
        [
            (["a"], "[0]", "type", '[0]: expected integer, got string "a"'),
            ([1, "a", 3], "[2]", "false", "[2]: not allowed"),
        ],
    ),
    (
        "uniqueItems",
        {"uniqueItems": True},
        [[1, 2], [1, True], [[1], [2]]],
        [([1, 2, 1.0], "$", "uniqueItems", "$: items 0 and 2 are both 1.0; items must be unique")],
    ),
    (
        "contains",
        {"contains": {"const": "x"}},
        [["a", "x"]],
        [(["a"], "$", "contains", "$: 0 items match what it must contain, at least 1 required")],
    ),
    (
        "minContains / maxContains",
        {"contains": {"type": "integer"}, "minContains": 2, "maxContains": 3},
        [[1, 2], [1, "a", 2, 3]],
        [
            ([1], "$", "minContains", "$: 1 item match what it must contain, at least 2 required"),
            (
                [1, 2, 3, 4],
                "$",
                "maxContains",
                "$: 4 items match what it may contain, at most 3 allowed",
            ),
        ],
    ),
    (
        "required",
        {"required": ["model", "prompt"]},
        [{"model": 1, "prompt": 2}],
        [({"model": "x"}, "prompt", "required", "prompt: required")],
    ),
    (
        "properties",
        {"properties": {"n": {"type": "integer"}}},
        [{}, {"n": 1}, {"other": "x"}],
        [({"n": "1"}, "n", "type", 'n: expected integer, got string "1"')],
    ),
    (
        "additionalProperties false, with a suggestion",
        {"properties": {"prompt": {}}, "additionalProperties": False},
        [{"prompt": "x"}],
        [
            (
                {"promt": "x"},
                "promt",
                "additionalProperties",
                'promt: not allowed here (did you mean "prompt"?)',
            )
        ],
    ),
    (
        "additionalProperties false lists known fields",
        {"properties": {"a": {}, "b": {}}, "additionalProperties": False},
        [{"a": 1}],
        [({"zzz": 1}, "zzz", "additionalProperties", "zzz: not allowed here; known fields: a, b")],
    ),
    (
        "additionalProperties schema",
        {"additionalProperties": {"type": "string"}},
        [{"k": "v"}],
        [({"k": 1}, "k", "type", "k: expected string, got integer 1")],
    ),
    (
        "patternProperties",
        {"patternProperties": {"^x-": {"type": "string"}}, "additionalProperties": False},
        [{"x-a": "v"}],
        [
            ({"x-a": 1}, '["x-a"]', "type", '["x-a"]: expected string, got integer 1'),
            ({"y": 1}, "y", "additionalProperties", "y: not allowed here"),
        ],
    ),
    (
        "propertyNames",
        {"propertyNames": {"pattern": "^[a-z_]+$"}},
        [{"ok_name": 1}],
        [
            (
                {"Bad": 1},
                "Bad",
                "propertyNames/pattern",
                'Bad: field name "Bad" does not match the pattern ^[a-z_]+$',
            )
        ],
    ),
    (
        "minProperties / maxProperties",
        {"minProperties": 1, "maxProperties": 2},
        [{"a": 1}, {"a": 1, "b": 2}],
        [
            ({}, "$", "minProperties", "$: 0 properties, at least 1 required"),
            ({"a": 1, "b": 2, "c": 3}, "$", "maxProperties", "$: 3 properties, at most 2 allowed"),
        ],
    ),
    (
        "dependentRequired",
        {"dependentRequired": {"last_image": ["image"]}},
        [{}, {"image": "a"}, {"image": "a", "last_image": "b"}],
        [({"last_image": "b"}, "last_image", "dependentRequired", "last_image: needs image")],
    ),
    (
        "dependencies (draft 7 spelling)",
        {"dependencies": {"a": ["b", "c"], "d": {"required": ["e"]}}},
        [{}, {"a": 1, "b": 1, "c": 1}, {"d": 1, "e": 1}],
        [
            ({"a": 1}, "a", "dependentRequired", "a: needs b and c"),
            ({"d": 1}, "e", "required", "e: required (because d is given)"),
        ],
    ),
    (
        "dependentSchemas",
        {"dependentSchemas": {"stream": {"properties": {"n": {"const": 1}}}}},
        [{"n": 2}, {"stream": True, "n": 1}],
        [({"stream": True, "n": 2}, "n", "const", "n: must be 1, got 2 (because stream is given)")],
    ),
    (
        "allOf collects every branch",
        {"allOf": [{"required": ["a"]}, {"required": ["b"]}]},
        [{"a": 1, "b": 1}],
        [({}, "a", "required", "a: required")],
    ),
    (
        "anyOf of types gives one type problem",
        {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]},
        ["x", ["y"]],
        [(3, "$", "type", "$: expected string or array, got integer 3")],
    ),
    (
        "anyOf picks the alternative of the right type",
        {
            "anyOf": [
                {"type": "integer", "minimum": 1, "maximum": 16},
                {"type": "string", "pattern": "^[0-9]+$"},
            ]
        },
        [5, "5"],
        [
            (20, "$", "maximum", "$: 20 is greater than the maximum 16"),
            ("x", "$", "pattern", '$: "x" does not match the pattern ^[0-9]+$'),
        ],
    ),
    (
        "anyOf: alternatives failing once at the same place are merged",
        {"anyOf": [{"enum": ["a", "b"]}, {"pattern": "^z"}]},
        ["a", "zz"],
        [
            (
                "q",
                "$",
                "anyOf",
                '$: "q" is not one of "a", "b"; or "q" does not match the pattern ^z',
            )
        ],
    ),
    (
        "oneOf: exactly one",
        {"oneOf": [{"type": "integer"}, {"minimum": 2}]},
        [1, 2.5],
        [(3, "$", "oneOf", "$: matches 2 alternatives (#1, #2); exactly one allowed")],
    ),
    (
        "not",
        {"not": {"const": "x"}},
        ["y"],
        [("x", "$", "not", '$: "x" is not allowed here')],
    ),
    (
        "not required names the member",
        {"not": {"anyOf": [{"required": ["input"]}, {"required": ["options"]}]}},
        [{"prompt": 1}],
        [
            ({"input": 1}, "input", "not", "input: not allowed"),
            ({"options": 1}, "options", "not", "options: not allowed"),
        ],
    ),
    (
        "not required together",
        {"not": {"required": ["a", "b"]}},
        [{"a": 1}, {"b": 1}],
        [({"a": 1, "b": 1}, "b", "not", "b: not allowed together with a")],
    ),
    (
        "if / then / else with the condition in words",
        {
            "if": {"properties": {"model": {"const": "seedream-5.0"}}, "required": ["model"]},
            "then": {"properties": {"resolution": {"enum": ["2K", "3K"]}}},
            "else": {"properties": {"resolution": {"enum": ["1K", "2K"]}}},
        },
        [{"model": "seedream-5.0", "resolution": "3K"}, {"model": "x", "resolution": "1K"}, {}],
        [
            (
                {"model": "seedream-5.0", "resolution": "1K"},
                "resolution",
                "enum",
                'resolution: "1K" is not one of "2K", "3K" (when model is "seedream-5.0")',
            ),
            (
                {"model": "x", "resolution": "3K"},
                "resolution",
                "enum",
                'resolution: "3K" is not one of "1K", "2K" (unless model is "seedream-5.0")',
            ),
        ],
    ),
    (
        "if with required only",
        {"if": {"required": ["last_image"]}, "then": {"required": ["image"]}},
        [{}, {"image": 1}, {"image": 1, "last_image": 2}],
        [({"last_image": 2}, "image", "required", "image: required (when last_image given)")],
    ),
    (
        "if with enum condition",
        {
            "if": {"properties": {"model": {"enum": ["a", "b"]}}, "required": ["model"]},
            "then": {"properties": {"size": {"not": {"const": "4:5"}}}},
        },
        [{"model": "c", "size": "4:5"}],
        [
            (
                {"model": "a", "size": "4:5"},
                "size",
                "not",
                'size: "4:5" is not allowed here (when model is one of "a", "b")',
            )
        ],
    ),
    (
        "$ref into $defs",
        {"$ref": "#/$defs/Req", "$defs": {"Req": {"type": "object", "required": ["model"]}}},
        [{"model": 1}],
        [
            ({}, "model", "required", "model: required"),
            ([], "$", "type", "$: expected object, got array"),
        ],
    ),
    (
        "$ref with siblings (2020-12)",
        {"$ref": "#/$defs/S", "maxLength": 2, "$defs": {"S": {"type": "string"}}},
        ["ab"],
        [("abc", "$", "maxLength", "$: 3 characters, at most 2 allowed")],
    ),
    ("true schema", True, [1, "x", None], []),
    ("false schema", False, [], [(1, "$", "false", "$: not allowed")]),
    (
        "false member schema (forbidden field)",
        {"properties": {"input": False}},
        [{"prompt": "x"}],
        [({"input": {}}, "input", "false", "input: not allowed")],
    ),
    (
        "format binary accepts files",
        {"type": "string", "format": "binary"},
        ["raw", b"\x00", pathlib.Path("x.png"), io.BytesIO(b"x"), ("a.png", b"x", "image/png")],
        [(1, "$", "type", "$: expected string, got integer 1")],
    ),
    (
        "format byte accepts bytes",
        {"type": "string", "format": "byte"},
        ["aGk=", b"hi"],
        [(pathlib.Path("x"), "$", "type", "$: expected string, got a file <file x>")],
    ),
    (
        "other formats are not checked",
        {"type": "string", "format": "uri"},
        ["not a uri"],
        [],
    ),
    (
        "annotations and unknown keywords are ignored",
        {
            "type": "string",
            "description": "d",
            "example": 1,
            "x-foo": 2,
            "readOnly": True,
            "discriminator": {},
        },
        ["x"],
        [],
    ),
    (
        "unevaluatedProperties false (static approximation)",
        {
            "allOf": [{"properties": {"a": {}}}],
            "properties": {"b": {}},
            "unevaluatedProperties": False,
        },
        [{"a": 1, "b": 2}],
        [({"c": 1}, "c", "unevaluatedProperties", "c: not allowed here; known fields: a, b")],
    ),
    (
        "draft 4 tuple items + additionalItems",
        {"items": [{"type": "integer"}], "additionalItems": {"type": "string"}},
        [[1, "a", "b"]],
        [([1, 2], "[1]", "type", "[1]: expected string, got integer 2")],
    ),
]


@pytest.mark.parametrize(
    ("schema", "valid"), [(c[1], c[2]) for c in CASES], ids=[c[0] for c in CASES]
)
def test_keyword_accepts(schema: Any, valid: list[Any]) -> None:
    for value in valid:
        assert messages(schema, value) == [], value


@pytest.mark.parametrize(
    ("schema", "value", "path", "rule", "message"),
    [(c[1], *bad) for c in CASES for bad in c[3]],
    ids=[f"{c[0]}#{i}" for c in CASES for i in range(len(c[3]))],
)
def test_keyword_rejects(schema: Any, value: Any, path: str, rule: str, message: str) -> None:
    got = problems(schema, value)
    assert [(p.path, p.rule, p.message) for p in got if p.path == path][:1] == [
        (path, rule, message)
    ], [p.message for p in got]


def test_type_problem_stops_the_node() -> None:
    """A wrong type is one problem, not a cascade of enum/length problems too."""
    assert messages({"type": "string", "enum": ["a"], "minLength": 3}, 5) == [
        "$: expected string, got integer 5"
    ]


def test_allowed_values() -> None:
    assert one({"enum": ["a", "b"]}, "c").allowed == ["a", "b"]
    assert one({"const": 3}, 4).allowed == [3]
    assert one({"type": ["string", "null"]}, 1).allowed == ["string", "null"]
    assert one({"maxItems": 14}, [0] * 15).allowed == "at most 14 items"
    assert one({"minimum": 1, "maximum": 16}, 0).allowed == "1 to 16"
    assert one({"minimum": 1}, 0).allowed == ">= 1"
    assert one({"pattern": "^a"}, "b").allowed == "matching ^a"
    assert one({"properties": {"a": {}}, "additionalProperties": False}, {"b": 1}).allowed == ["a"]
    assert one({"dependentRequired": {"x": ["y"]}}, {"x": 1}).allowed == ["y"]


def test_nested_paths() -> None:
    schema = {
        "properties": {
            "extra": {
                "properties": {
                    "tools": {"items": {"properties": {"type": {"const": "web_search"}}}},
                    "odd key": {"type": "string"},
                }
            }
        }
    }
    payload = {"extra": {"tools": [{"type": "web_search"}, {"type": "x"}], "odd key": 1}}
    assert [p.path for p in problems(schema, payload)] == [
        "extra.tools[1].type",
        'extra["odd key"]',
    ]


def test_all_problems_in_one_pass() -> None:
    schema = {
        "type": "object",
        "required": ["model", "prompt"],
        "properties": {
            "model": {"enum": ["a"]},
            "n": {"type": "integer", "minimum": 1},
            "image_urls": {"type": "array", "maxItems": 2, "items": {"type": "string"}},
        },
        "additionalProperties": False,
    }
    got = messages(schema, {"model": "b", "n": 0, "image_urls": ["x", 1, "y"], "bogus": True})
    assert sorted(got) == sorted(
        [
            "prompt: required",
            'model: "b" is not one of "a"',
            "n: 0 is less than the minimum 1",
            "image_urls: 3 items, at most 2 allowed",
            "image_urls[1]: expected string, got integer 1",
            "bogus: not allowed here; known fields: image_urls, model, n",
        ]
    )


def test_recursive_ref() -> None:
    schema = {
        "$ref": "#/$defs/Node",
        "$defs": {
            "Node": {
                "type": "object",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string"},
                    "children": {"type": "array", "items": {"$ref": "#/$defs/Node"}},
                },
            }
        },
    }
    assert (
        messages(schema, {"name": "a", "children": [{"name": "b", "children": [{"name": "c"}]}]})
        == []
    )
    got = problems(
        schema, {"name": "a", "children": [{"name": "b", "children": [{"name": 3}, {}]}]}
    )
    assert [p.message for p in got] == [
        "children[0].children[0].name: expected string, got integer 3",
        "children[0].children[1].name: required",
    ]


def test_ref_cycle_without_progress_is_harmless() -> None:
    schema = {
        "$ref": "#/$defs/A",
        "$defs": {"A": {"$ref": "#/$defs/B"}, "B": {"$ref": "#/$defs/A"}},
    }
    assert messages(schema, {"any": "thing"}) == []


def test_unresolvable_ref_is_a_schema_error() -> None:
    with pytest.raises(SchemaError, match="unresolvable"):
        compile_validator({"$ref": "#/$defs/Missing"})
    with pytest.raises(SchemaError, match="only local"):
        compile_validator({"$ref": "https://example.com/schema.json"})
    with pytest.raises(SchemaError, match="must be an object or a boolean"):
        compile_validator({"properties": {"a": 3}})


def test_unicode_property_patterns_are_enforced() -> None:
    r"""ECMA-262 ``\p{...}`` classes are understood (they used to be dropped unchecked)."""
    assert messages({"pattern": r"^\p{L}+$"}, "汉字abc") == []
    assert messages({"pattern": r"^\p{L}+$"}, "123") == [
        '$: "123" does not match the pattern ^\\p{L}+$'
    ]


def test_discriminated_oneof() -> None:
    schema = {
        "oneOf": [
            {
                "type": "object",
                "properties": {"mode": {"const": "inspiration"}, "gpt": {"type": "string"}},
                "required": ["mode", "gpt"],
            },
            {
                "type": "object",
                "properties": {"mode": {"const": "custom"}, "title": {"type": "string"}},
                "required": ["mode", "title"],
            },
        ]
    }
    assert messages(schema, {"mode": "custom", "title": "t"}) == []
    assert messages(schema, {"mode": "custom"}) == ["title: required"]
    assert messages(schema, {"mode": "inspiration", "gpt": 1}) == [
        "gpt: expected string, got integer 1"
    ]
    assert messages(schema, {"mode": "other"}) == [
        'mode: "other" is not one of "inspiration", "custom"'
    ]


def test_anyof_best_alternative() -> None:
    schema = {
        "anyOf": [
            {"type": "object", "required": ["a", "b", "c"]},
            {"type": "object", "required": ["d"]},
            {"type": "string"},
        ]
    }
    assert messages(schema, {"a": 1}) == ["d: required"]


def test_nullable_ref_alternative() -> None:
    schema = {
        "anyOf": [{"$ref": "#/$defs/X"}, {"type": "null"}],
        "$defs": {"X": {"type": "object", "required": ["k"]}},
    }
    assert messages(schema, None) == []
    assert messages(schema, {}) == ["k: required"]
    assert messages(schema, 3) == ["$: expected object or null, got integer 3"]


@pytest.mark.parametrize(
    ("schema", "value", "message"),
    [
        ({"minLength": 2, "x-message": "too short"}, "a", "$: too short"),
        (
            {"properties": {"n": {"maximum": 4, "x-message": "n: at most 4 images"}}},
            {"n": 5},
            "n: at most 4 images",
        ),
        (
            {
                "allOf": [
                    {
                        "dependentRequired": {"last_image": ["image"]},
                        "x-message": "last_image: needs image (first+last frame mode takes both)",
                    }
                ]
            },
            {"last_image": "u"},
            "last_image: needs image (first+last frame mode takes both)",
        ),
        (
            {
                "allOf": [
                    {
                        "not": {"required": ["input"]},
                        "x-message": "input: not accepted; use the flat fields",
                    }
                ]
            },
            {"input": {}},
            "input: not accepted; use the flat fields",
        ),
        (
            {
                "if": {"required": ["prompt"]},
                "then": {
                    "required": ["title", "tags"],
                    "x-message": "custom mode needs prompt, title and tags",
                },
            },
            {"prompt": "p"},
            "title: custom mode needs prompt, title and tags (missing: title, tags) (when prompt given)",
        ),
        (
            {
                "properties": {
                    "extra": {
                        "properties": {
                            "k": {"type": "integer", "x-message": "k: must be a whole number"}
                        }
                    }
                }
            },
            {"extra": {"k": "x"}},
            "extra.k: must be a whole number",
        ),
    ],
)
def test_x_message(schema: Any, value: Any, message: str) -> None:
    assert messages(schema, value) == [message]
    assert messages(schema, {} if isinstance(value, dict) else "long enough") == []


def test_x_message_keeps_member_problems_separate() -> None:
    """x-message covers the schema's own keywords, not problems inside its members."""
    schema = {
        "type": "object",
        "required": ["a"],
        "properties": {"b": {"type": "integer"}},
        "x-message": "a is needed",
    }
    assert messages(schema, {"b": "x"}) == ["a: a is needed", 'b: expected integer, got string "x"']


def test_x_message_keeps_rule_and_allowed() -> None:
    schema = {
        "allOf": [
            {
                "x-message": "resolution: seedream-5.0 allows 2K or 3K",
                "if": {"required": ["model"], "properties": {"model": {"const": "seedream-5.0"}}},
                "then": {"properties": {"resolution": {"enum": ["2K", "3K"]}}},
            }
        ]
    }
    (p,) = problems(schema, {"model": "seedream-5.0", "resolution": "4K"})
    assert (p.path, p.rule, p.message, p.allowed) == (
        "resolution",
        "enum",
        "resolution: seedream-5.0 allows 2K or 3K",
        ["2K", "3K"],
    )


def test_subclass_values() -> None:
    import enum
    from collections import OrderedDict

    class Model(enum.StrEnum):
        A = "a"

    schema = {"type": "object", "properties": {"m": {"type": "string", "enum": ["a"]}}}
    assert messages(schema, OrderedDict(m=Model.A)) == []


def test_problem_str_and_dict() -> None:
    p = one({"maxItems": 1}, [1, 2])
    assert str(p) == p.message
    assert p.to_dict() == {
        "path": "$",
        "rule": "maxItems",
        "message": "$: 2 items, at most 1 allowed",
        "allowed": "at most 1 item",
    }


def test_read_only_and_write_only_by_direction() -> None:
    """readOnly members are set by the server (not sent); writeOnly ones never come back."""
    schema = {
        "type": "object",
        "required": ["id", "prompt"],
        "properties": {
            "id": {"type": "string", "readOnly": True},
            "prompt": {"type": "string"},
            "secret": {"type": "string", "writeOnly": True},
        },
    }
    request = compile_validator(schema, direction="request")
    assert request.validate({"prompt": "p", "secret": "s"}) == []
    assert [p.message for p in request.validate({"prompt": "p", "id": "x"})] == ["id: not allowed"]
    response = compile_validator(schema, direction="response")
    assert response.validate({"id": "1", "prompt": "p"}) == []
    assert [p.message for p in response.validate({"id": "1", "prompt": "p", "secret": "s"})] == [
        "secret: not allowed"
    ]
    assert compile_validator(schema).validate({"id": "1", "prompt": "p", "secret": "s"}) == []


def test_openapi_30_ignores_ref_siblings() -> None:
    schema = {"$ref": "#/$defs/S", "maxLength": 2, "$defs": {"S": {"type": "string"}}}
    assert compile_validator(schema, dialect="openapi-3.0").validate("abc") == []
    assert compile_validator(schema, dialect="openapi-3.0").validate(3)[0].rule == "type"
    assert compile_validator(schema).validate("abc")[0].rule == "maxLength"


def test_limits_written_as_decimals_and_const_types() -> None:
    assert messages({"maxLength": 2.0}, "abc") == ["$: 3 characters, at most 2 allowed"]
    assert messages({"const": [False]}, [0]) == ["$: must be [false], got [0]"]
    assert messages({"$ref": "#/$defs/a%20b", "$defs": {"a b": {"type": "integer"}}}, "x") == [
        '$: expected integer, got string "x"'
    ]
