"""Unusable specs: one located line per problem, exit 2, no traceback, nothing written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.generator.conftest import run_generator

VALID_HEAD = """openapi: 3.1.0
info: {title: T, version: "1"}
"""

CASES = {
    "bad_yaml": (
        "openapi: 3.1.0\ninfo: {title: T\npaths: {}\n",
        ["bad_yaml.yaml:", "invalid YAML"],
    ),
    "not_mapping": ("- just\n- a list\n", ["top level is a list"]),
    "empty": ("", ["empty document"]),
    "swagger2": (
        "swagger: '2.0'\ninfo: {title: T, version: '1'}\npaths: {}\n",
        ["unsupported OpenAPI version '2.0'"],
    ),
    "missing_info": (
        "openapi: 3.1.0\npaths: {}\n",
        ["not valid OpenAPI 3.1", "'info' is a required property"],
    ),
    "duplicate_keys": (
        VALID_HEAD + "paths: {}\ninfo: {title: X, version: '2'}\n",
        ["duplicate_keys.yaml:4", "duplicate key 'info' (first at line 2)"],
    ),
    "missing_ref": (
        VALID_HEAD
        + """paths:
  /a:
    get:
      operationId: a
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Nope'}}}}
""",
        [
            "missing_ref.yaml:8",
            "/paths/~1a/get/responses/200/content/application~1json/schema/$ref",
            "does not resolve",
        ],
    ),
    "duplicate_operation_ids": (
        VALID_HEAD
        + """paths:
  /a:
    get: {operationId: same, responses: {"200": {description: ok}}}
  /b:
    get: {operationId: same, responses: {"200": {description: ok}}}
""",
        ["duplicate operationId 'same'"],
    ),
    "path_param_mismatch": (
        VALID_HEAD
        + """paths:
  /a/{id}:
    get: {operationId: a, responses: {"200": {description: ok}}}
""",
        ["uses {id} but declares no path parameter named 'id'"],
    ),
    "remote_ref": (
        VALID_HEAD
        + """paths:
  /a:
    get:
      operationId: a
      responses:
        "200": {$ref: 'https://example.com/resp.yaml#/x'}
""",
        ["remote $ref", "not supported"],
    ),
    "bad_task_binding": (
        VALID_HEAD
        + """paths:
  /a:
    post: {operationId: a, responses: {"200": {description: ok}}}
x-tasks:
  t: {submit: [a], poll: nowhere, id: /id, id-param: id, status: /status, success: [ok], failure: [bad]}
""",
        ["/x-tasks/t/poll", "unknown operationId 'nowhere'"],
    ),
    "bad_extension": (
        VALID_HEAD
        + """paths: {}
x-tasks:
  t: {submit: [a], poll: b, id: not-a-pointer, id-param: id, status: /s, success: [ok], failure: [x]}
""",
        ["invalid extension", "/x-tasks/t/id"],
    ),
    "recursive_alias": ("a: &a [*a]\n", ["recursive", "alias"]),
    "alias_bomb": (
        "a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f,*f]\n",
        ["alias bomb"],
    ),
    "invalid_schema_type": (
        VALID_HEAD
        + """paths: {}
components:
  schemas:
    A: {type: strin}
""",
        ["/components/schemas/A/type", "not a valid JSON Schema"],
    ),
    # The failing keyword and its place, not "'$ref' is a required property" at the parent schema
    # (the unused Reference branch of oneOf: [Schema, Reference]).
    "nested_bad_keyword_30": (
        """openapi: 3.0.3
info: {title: T, version: "1"}
paths: {}
components:
  schemas:
    A:
      type: object
      properties:
        b:
          type: object
          properties:
            c: {type: string, minLength: -1}
""",
        [
            "nested_bad_keyword_30.yaml:12: at /components/schemas/A/properties/b/properties/c/minLength",
            "-1 is less than the minimum of 0",
        ],
    ),
    "cyclic_parameter": (
        VALID_HEAD
        + """paths:
  /a:
    get:
      operationId: a
      parameters: [{$ref: '#/components/parameters/P'}]
      responses: {"200": {description: ok}}
components:
  parameters:
    P: {$ref: '#/components/parameters/P'}
""",
        ["/paths/~1a/get/parameters/0", "does not resolve or is circular"],
    ),
    "stream_flag_not_in_body": (
        VALID_HEAD
        + """paths:
  /chat:
    post:
      operationId: chat
      x-stream: {event: {type: object}, flag: streaming}
      requestBody:
        content:
          application/json:
            schema: {type: object, properties: {stream: {type: boolean}}}
      responses:
        '200': {description: ok, content: {text/event-stream: {schema: {type: string}}}}
""",
        ["stream_flag_not_in_body.yaml:7", "/x-stream/flag", "not a property of the JSON request"],
    ),
    "output_with_url_and_data": (
        VALID_HEAD
        + """paths:
  /img:
    post:
      operationId: img
      x-outputs: [{url: /data/*/url, data: /data/*/b64_json}]
      responses:
        '200': {description: ok}
""",
        ["/x-outputs/0"],
    ),
    "callback_field_not_in_body": (
        VALID_HEAD
        + """paths:
  /tasks:
    post:
      operationId: submit
      x-callback: {field: notify_url}
      requestBody:
        content:
          application/json:
            schema: {type: object, properties: {callback_url: {type: string}}}
      responses: {"200": {description: ok}}
  /tasks/{id}:
    get:
      operationId: poll
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses: {"200": {description: ok}}
x-tasks:
  t: {submit: [submit], poll: poll, id: /id, id-param: id, status: /s, success: [ok], failure: [x]}
""",
        [
            "callback_field_not_in_body.yaml:7",
            "/x-callback/field",
            "'notify_url' is not a property",
        ],
    ),
    "callback_not_on_a_submit": (
        VALID_HEAD
        + """paths:
  /a:
    get:
      operationId: a
      x-callback: {field: url, when: sometimes}
      responses: {"200": {description: ok}}
""",
        ["/x-callback/when", "invalid extension"],
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_spec_is_refused_with_located_problems(name: str, tmp_path: Path) -> None:
    text, expected = CASES[name]
    spec = tmp_path / f"{name}.yaml"
    spec.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    result = run_generator("generate", spec, "--out", out)
    assert result.code == 2, (result.out, result.err)
    assert "Traceback" not in result.err
    for fragment in expected:
        assert fragment in result.err, (fragment, result.err)
    assert not out.exists(), "nothing may be written for an unusable spec"


def test_bad_spec_names_the_keyword_not_the_reference_branch(tmp_path: Path) -> None:
    spec = tmp_path / "bad.yaml"
    spec.write_text(CASES["nested_bad_keyword_30"][0], encoding="utf-8")
    result = run_generator("generate", spec, "--out", tmp_path / "out")
    assert result.code == 2
    assert "'$ref' is a required property" not in result.err


def test_yaml_is_read_as_yaml_12(tmp_path: Path) -> None:
    spec = tmp_path / "yaml12.yaml"
    spec.write_text(
        VALID_HEAD
        + """paths: {}
components:
  schemas:
    Rate:
      type: object
      properties:
        value: {type: number, minimum: 1e-08}
        mode: {type: string, enum: [AUTO, ON, OFF, yes, no]}
""",
        encoding="utf-8",
    )
    result = run_generator("generate", spec, "--out", tmp_path / "out")
    assert result.code == 0, result.err
    schemas = json.loads((tmp_path / "out" / "yaml12" / "spec.json").read_text("utf-8"))["schemas"]
    assert schemas["Rate"]["properties"]["value"]["minimum"] == 1e-08
    assert schemas["Rate"]["properties"]["mode"]["enum"] == ["AUTO", "ON", "OFF", "yes", "no"]


def test_missing_file(tmp_path: Path) -> None:
    result = run_generator("generate", tmp_path / "absent.yaml", "--out", tmp_path / "out")
    assert result.code == 2
    assert "absent.yaml" in result.err and "file not found" in result.err


def test_one_bad_spec_blocks_all_output(tmp_path: Path) -> None:
    good = Path(__file__).parent / "specs" / "petstore.yaml"
    bad = tmp_path / "bad.yaml"
    bad.write_text("openapi: 3.1.0\n", encoding="utf-8")
    result = run_generator("generate", good, bad, "--out", tmp_path / "out")
    assert result.code == 2
    assert not (tmp_path / "out").exists()


def test_binary_file_is_one_line_per_problem(tmp_path: Path) -> None:
    spec = tmp_path / "binary.yaml"
    spec.write_bytes(b"\x00\x01\x02binary")
    result = run_generator("generate", spec, "--out", tmp_path / "out")
    assert result.code == 2
    lines = result.err.strip().splitlines()
    assert len(lines) == 2 and "binary.yaml" in lines[0] and "invalid YAML" in lines[0], lines
    assert lines[1].startswith("1 problem(s)")
