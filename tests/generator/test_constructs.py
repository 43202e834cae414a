"""Constructs of real documents that once broke generation (issue 9): each now generates in full.

Also the lenient reading itself: one located warning per deviation by default, an error with --strict.
"""

from __future__ import annotations

import inspect
import json
from pathlib import Path

import pytest

from tests.generator.checks import (
    assert_every_operation_is_a_method,
    assert_models_validate_samples,
    assert_mypy_strict_clean,
)
from tests.generator.conftest import SPECS, run_generator

CONSTRUCTS = SPECS / "constructs"


def ring_spec(folder: Path, size: int = 600) -> Path:
    """Construct 6: size models, each referring to the next, the last to the first."""
    schemas = {
        f"Node{i}": {
            "type": "object",
            "required": ["name"],
            "properties": {
                "name": {"type": "string"},
                "next": {"$ref": f"#/components/schemas/Node{(i + 1) % size}"},
            },
        }
        for i in range(size)
    }
    ok = {
        "description": "ok",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Node0"}}},
    }
    doc = {
        "openapi": "3.1.0",
        "info": {"title": "Ring", "version": "1"},
        "paths": {"/node": {"get": {"operationId": "getNode", "responses": {"200": ok}}}},
        "components": {"schemas": schemas},
    }
    path = folder / "ring.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Path], str]:
    """All constructs generated once into one folder (the module's tests share it)."""
    folder = tmp_path_factory.mktemp("constructs")
    specs = {
        "constructs": CONSTRUCTS / "constructs.yaml",
        "constructs30": CONSTRUCTS / "constructs30.yaml",
        "ring": ring_spec(folder),
    }
    out = folder / "out"
    result = run_generator("generate", *specs.values(), "--out", out)
    assert result.code == 0, result.err
    return out, specs, result.err


# The 600-model ring works, but its first use builds 600 validators over 600 definitions each
# (about a minute): it runs in the slow group (`make test-slow`), which CI runs too.
@pytest.mark.parametrize(
    "package", ["constructs", "constructs30", pytest.param("ring", marks=pytest.mark.slow)]
)
def test_complete_and_usable(generated, import_generated, package: str) -> None:  # type: ignore[no-untyped-def]
    out, specs, _ = generated
    pkg = import_generated(out, package)
    assert_every_operation_is_a_method(pkg, specs[package])
    assert assert_models_validate_samples(pkg, specs[package]) > 0


def test_mypy_strict_clean(generated) -> None:  # type: ignore[no-untyped-def]
    out, specs, _ = generated
    assert_mypy_strict_clean(*(out / name for name in specs))


def test_models_read_what_the_constructs_describe(generated, import_generated) -> None:  # type: ignore[no-untyped-def]
    out, _, _ = generated
    models = import_generated(out, "constructs").models
    assert models.Nothing.model_validate(None).root is None
    assert models.Tags.model_validate(["a"]).root == ["a"]
    assert models.Holder.model_validate({"tags": ["a"]}).tags == ["a"]
    message = models.Message.model_validate({"role": "user", "content": "hi"})
    assert (message.role, message.content, message.tool_calls) == ("user", "hi", None)
    assert models.ImageRef.model_validate({"file_id": "f"}).file_id == "f"
    words = models.Words.model_validate(
        {
            "id": "w",
            "bytes": [1],
            "str": "s",
            "float": 1.5,
            "Literal": "a",
            "Holder": {"tags": ["t"]},
        }
    )
    # Renamed only where the class uses the name (``bytes`` is no annotation of Words; ``str`` is);
    # wire names that are not snake_case read as snake_case, and by their wire name too.
    assert (words.bytes, words.str_, words.float_, words.literal) == ([1], "s", 1.5, "a")
    assert words.holder.tags == ["t"] and words.Holder is words.holder and words.Literal == "a"
    wrapped = models.Words.model_validate(
        {"id": "w", "bytes": [], "str": "", "wrapped": {"tags": []}}
    ).wrapped
    assert type(wrapped) is models.Holder  # not a copy of Holder under another name
    # References into a schema ('.../properties/nested', '.../$defs/Leaf') are typed, not Any.
    deep = models.Words.model_validate(
        {"id": "w", "bytes": [], "str": "", "nested": {"more": ["m"]}, "leaf": {"v": "1"}}
    )
    assert (deep.nested.more, deep.leaf.v) == (["m"], 1)
    assert words.model_dump(by_alias=True, exclude_none=True)["bytes"] == [1]


@pytest.mark.slow
def test_ring_models_read_a_chain(generated, import_generated) -> None:  # type: ignore[no-untyped-def]
    out, _, _ = generated
    ring = import_generated(out, "ring").models
    node = ring.Node0.model_validate({"name": "a", "next": {"name": "b", "next": {"name": "c"}}})
    assert node.next.next.name == "c"
    assert ring.Node599.model_validate({"name": "z", "next": {"name": "a"}}).next.name == "a"


def test_read_only_fields_are_no_arguments(generated, import_generated) -> None:  # type: ignore[no-untyped-def]
    out, _, _ = generated
    package = import_generated(out, "constructs")
    method = package.Constructs(api_key="k", base_url="http://127.0.0.1:9").default.send_words
    parameters = inspect.signature(method).parameters
    assert "id" not in parameters and parameters["bytes"].default is inspect.Parameter.empty


def test_deviations_are_warnings_with_file_line_and_pointer(generated) -> None:  # type: ignore[no-untyped-def]
    _, _, err = generated
    expected = [
        "constructs.yaml:25: at /paths/~1loop/post/requestBody/$ref warning: requestBody $ref leads back to itself",
        "constructs30.yaml:8: at /paths/~1items/post/title warning: 'title' is not a field of an Operation Object",
        "constructs30.yaml:13: at /paths/~1items/post/responses/200 warning: response has no description",
        "constructs30.yaml:19: at /components/schemas/Item/required warning: 'required' repeats kind",
        "at /components/schemas/Item/properties/name/type warning: type ['string', 'null'] is not OpenAPI 3.0; "
        "read as type 'string', nullable: true",
        "at /components/schemas/Item/properties/kind/const warning: const is not OpenAPI 3.0; read as enum: ['item']",
        "at /components/schemas/Item/properties/score/exclusiveMinimum warning: exclusiveMinimum: 0 is JSON Schema "
        "2020-12 style",
        "at /components/schemas/Item/properties/tags/prefixItems warning: 'prefixItems' is not an OpenAPI 3.0 "
        "schema keyword; ignored",
    ]
    for line in expected:
        assert line in err, line
    assert all(line.count("\n") == 0 for line in err.splitlines())


def test_strict_refuses_every_deviation(tmp_path: Path) -> None:
    result = run_generator(
        "generate", CONSTRUCTS / "constructs30.yaml", "--strict", "--out", tmp_path
    )
    assert result.code == 2
    assert "const is not OpenAPI 3.0" in result.err and "(refused: --strict)" in result.err
    assert "12 problem(s); nothing was written." in result.err
    assert not any(tmp_path.iterdir())


def test_many_deviations_of_one_kind_are_summarised(tmp_path: Path) -> None:
    props = "\n".join(f"        p{i}: {{type: string, examples: [a]}}" for i in range(30))
    spec = tmp_path / "many.yaml"
    spec.write_text(
        "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
        f"    S:\n      type: object\n      properties:\n{props}\n",
        encoding="utf-8",
    )
    result = run_generator("generate", spec.name, "--out", tmp_path / "out", cwd=tmp_path)
    assert result.code == 0, result.err
    warnings = [line for line in result.err.splitlines() if "warning:" in line]
    assert warnings == [
        "many.yaml:9: at /components/schemas/S/properties/p0/examples warning: 'examples' is not an "
        "OpenAPI 3.0 schema keyword; ignored (and 29 more like it; --strict lists them all)"
    ]


def test_json_with_escaped_surrogate_pairs(tmp_path: Path) -> None:
    """Python's json.dumps writes an emoji as two escapes; YAML alone refused them (review)."""
    doc = {
        "openapi": "3.1.0",
        "info": {"title": "Emoji", "version": "1"},
        "paths": {
            "/a": {
                "get": {
                    "operationId": "getA",
                    "summary": "Say 😀, keep \\ud83d\\ude00 as written",
                    "responses": {"204": {"description": "done"}},
                }
            }
        },
    }
    spec = tmp_path / "emoji.json"
    spec.write_text(json.dumps(doc), encoding="utf-8")  # ensure_ascii: "\ud83d\ude00"
    result = run_generator("generate", spec, "--out", tmp_path / "out")
    assert result.code == 0, result.err
    client = (tmp_path / "out" / "emoji" / "client.py").read_text(encoding="utf-8")
    assert "Say 😀, keep \\\\ud83d\\\\ude00 as written" in client
