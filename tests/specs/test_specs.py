"""The five gateway specs: examples validate, names are idiomatic, every operation runs once.

Examples come from the documents (transcribed into the specs); the local server answers every
operation with the spec's own response example, so each generated method is exercised over HTTP.
"""

from __future__ import annotations

import importlib
import inspect
import json
import keyword
import re
import types
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from gateway_runtime import GatewayError, RequestOptions, ResponseDecodeError, Task
from gateway_runtime.streaming import Stream
from generator.build import _rewrite_refs, normalize_schema
from generator.load import load_spec
from generator.validate import iter_operations, resolve_local
from tests.gateway_server import GatewayServer, Response

PROJECT = Path(__file__).resolve().parents[2]
GATEWAYS = ("buble", "gptnb", "qingbo", "uniall", "uniapi")
JSONISH = re.compile(r"json|\*/\*")


def runtime_spec(gateway: str) -> dict[str, Any]:
    return json.loads((PROJECT / "generated" / gateway / "spec.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _examples(content: Any) -> Iterator[tuple[str, Any, Any]]:
    if not isinstance(content, dict):
        return
    for media, media_obj in content.items():
        if not isinstance(media_obj, dict):
            continue
        schema = media_obj.get("schema", {})
        if "example" in media_obj:
            yield media, media_obj["example"], schema
        for example in (media_obj.get("examples") or {}).values():
            if isinstance(example, dict) and "value" in example:
                yield media, example["value"], schema


def collect() -> Iterator[tuple[str, str, str, str, Any]]:
    """(gateway, operation id, request|response, media type, example value) for every example."""
    for gateway in GATEWAYS:
        data = load_spec(PROJECT / "specs" / f"{gateway}.yaml").data
        for _, _, op, _ in iter_operations(data):
            body = op.get("requestBody")
            if isinstance(body, dict):
                for media, value, _ in _examples(body.get("content")):
                    yield gateway, op["operationId"], "request", media, value
            for code, resp in (op.get("responses") or {}).items():
                if str(code).startswith("2") and isinstance(resp, dict):
                    for media, value, schema in _examples(resp.get("content")):
                        RESPONSE_SCHEMAS[(gateway, op["operationId"], media)] = schema
                        yield gateway, op["operationId"], "response", media, value


RESPONSE_SCHEMAS: dict[tuple[str, str, str], Any] = {}
EXAMPLES = list(collect())


def _with_files(op: dict[str, Any], value: Any) -> Any:
    """Multipart examples name files as strings; the client takes bytes for them."""
    binary = (op.get("body") or {}).get("binary_fields") or []
    if isinstance(value, dict) and binary:
        return {k: (b"fake-bytes" if k in binary else v) for k, v in value.items()}
    return value


def test_there_are_examples_for_every_gateway() -> None:
    assert {g for g, *_ in EXAMPLES} == set(GATEWAYS)


@pytest.mark.parametrize(
    ("gateway", "op_id", "media", "value"),
    [(g, o, m, v) for g, o, k, m, v in EXAMPLES if k == "request"],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_request_examples_validate(gateway: str, op_id: str, media: str, value: Any) -> None:
    spec = runtime_spec(gateway)
    op = spec["operations"][op_id]
    payload = _with_files(op, value)
    package = importlib.import_module(f"generated.{gateway}")
    assert package.validate(op_id, payload) == []
    schema = {**op["payload_schema"], "$defs": spec["schemas"]}
    if not op["body"] or not op["body"]["binary_fields"]:
        jsonschema.Draft202012Validator(schema).validate(value)


def _method(client: Any, python_name: str) -> Any:
    target = client
    for part in python_name.split("."):
        target = getattr(target, part)
    return target


def _result_model(method: Any, module: Any) -> Any:
    hint = typing.get_type_hints(method, vars(module))["return"]
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):  # Model | Stream[Chunk]: the plain answer
        hint = typing.get_args(hint)[0]
    elif origin is not None and issubclass(origin, Task):
        hint = typing.get_args(hint)[0]
    return hint


@pytest.mark.parametrize(
    ("gateway", "op_id", "media", "value"),
    [(g, o, m, v) for g, o, k, m, v in EXAMPLES if k == "response" and JSONISH.search(m)],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_response_examples_parse_into_models(
    gateway: str, op_id: str, media: str, value: Any
) -> None:
    spec = runtime_spec(gateway)
    package = importlib.import_module(f"generated.{gateway}")
    client_cls = next(
        getattr(package.client, n)
        for n in package.__all__
        if not n.startswith("Async") and n[0].isupper()
    )
    client = client_cls(api_key="k", base_url="http://127.0.0.1:9", journal=False)
    schema = _rewrite_refs(normalize_schema(RESPONSE_SCHEMAS[(gateway, op_id, media)], "3.1"))
    jsonschema.Draft202012Validator(
        {**schema, "$defs": spec["schemas"]} if isinstance(schema, dict) else schema
    ).validate(value)
    if spec["operations"][op_id]["task"]:
        return  # a task submit returns a handle; its reply was checked against its schema above
    method = _method(client, spec["operations"][op_id]["python_name"])
    model = _result_model(method, package.client)
    if isinstance(model, type) and hasattr(model, "model_validate"):
        model.model_validate(value)


@pytest.mark.parametrize("gateway", GATEWAYS)
def test_python_names_are_idiomatic_and_unique(gateway: str) -> None:
    names = [op["python_name"] for op in runtime_spec(gateway)["operations"].values()]
    assert len(names) == len(set(names))
    for name in names:
        for part in name.split("."):
            assert re.fullmatch(r"[a-z_][a-z0-9_]*", part), name
            assert not keyword.iskeyword(part), name


def test_expected_names() -> None:
    expected = {
        "qingbo": {"tasks.create", "tasks.retrieve", "tasks.cancel"},
        "uniall": {"video.generations.create"},
        "uniapi": {
            "chat.completions.create",
            "audio.transcriptions.create",
            "midjourney.imagine",
            "images.generate",
            "suno.submit_music",
        },
        "buble": {"generations.create", "generations.retrieve", "models.list", "files.upload"},
        "gptnb": {"video.generations.create", "chat.completions.create"},
    }
    for gateway, names in expected.items():
        have = {op["python_name"] for op in runtime_spec(gateway)["operations"].values()}
        assert names <= have, (gateway, names - have)


def _dummy(schema: Any, defs: dict[str, Any], depth: int = 0) -> Any:
    """A small value for a parameter without an example."""
    if not isinstance(schema, dict) or depth > 5:
        return "x"
    if "$ref" in schema:
        return _dummy(defs.get(schema["$ref"].rsplit("/", 1)[-1], {}), defs, depth + 1)
    for key in ("example", "default", "const"):
        if key in schema:
            return schema[key]
    if schema.get("enum"):
        return schema["enum"][0]
    kind = schema.get("type")
    kind = kind[0] if isinstance(kind, list) else kind
    return {"integer": 1, "number": 1.0, "boolean": True, "array": [], "object": {}}.get(
        str(kind), "test-id"
    )


def _response_schema(data: dict[str, Any], op: dict[str, Any]) -> Any:
    """The first 2xx JSON response schema of an operation in the bundled spec, $refs as in spec.json."""
    operation = data["paths"][op["path"]][op["method"].lower()]
    for code, resp in sorted((operation.get("responses") or {}).items(), key=lambda kv: str(kv[0])):
        if str(code).startswith("2") and isinstance(resp, dict):
            while "$ref" in resp:
                resp = resolve_local(data, resp["$ref"])
            for media, media_obj in (resp.get("content") or {}).items():
                if JSONISH.search(media) and isinstance(media_obj, dict):
                    return _rewrite_refs(normalize_schema(media_obj.get("schema", {}), "3.1"))
    return {}


def _minimal(schema: Any, defs: dict[str, Any], depth: int = 0) -> Any:
    """The smallest instance of a response schema: required properties only."""
    if not isinstance(schema, dict) or depth > 8:
        return {}
    if "$ref" in schema:
        return _minimal(defs.get(schema["$ref"].rsplit("/", 1)[-1], {}), defs, depth + 1)
    for combo in ("allOf", "anyOf", "oneOf"):
        if schema.get(combo) and "properties" not in schema:
            merged: dict[str, Any] = {}
            for part in schema[combo] if combo == "allOf" else schema[combo][:1]:
                value = _minimal(part, defs, depth + 1)
                if isinstance(value, dict):
                    merged.update(value)
                else:
                    return value
            return merged
    kind = schema.get("type")
    kind = kind[0] if isinstance(kind, list) else kind
    if kind == "array":
        return []
    if kind == "object" or "properties" in schema:
        props = schema.get("properties", {})
        required = list(schema.get("required", []))
        for combo in ("anyOf", "oneOf"):
            branches = schema.get(combo) or []
            if branches and isinstance(branches[0], dict):
                required += [k for k in branches[0].get("required", []) if k not in required]
        return {
            k: _minimal(props.get(k, {}), defs, depth + 1)
            if _is_container(props.get(k, {}), defs)
            else _dummy(props.get(k, {}), defs)
            for k in required
        }
    return _dummy(schema, defs)


def _is_container(schema: Any, defs: dict[str, Any]) -> bool:
    while isinstance(schema, dict) and "$ref" in schema:
        schema = defs.get(schema["$ref"].rsplit("/", 1)[-1], {})
    return isinstance(schema, dict) and (
        schema.get("type") in ("object", "array") or "properties" in schema or "allOf" in schema
    )


def _resolves(document: Any, pointer: str) -> bool:
    current = document
    for token in pointer.split("/")[1:]:
        token = token.replace("~1", "/").replace("~0", "~")
        if isinstance(current, dict) and token in current:
            current = current[token]
        elif isinstance(current, list) and token.isdigit() and int(token) < len(current):
            current = current[int(token)]
        else:
            return False
    return current not in (None, "")


def _value_at(document: Any, pointer: str) -> Any:
    current = document
    for token in pointer.split("/")[1:]:
        token = token.replace("~1", "/").replace("~0", "~")
        if isinstance(current, dict) and token in current:
            current = current[token]
        elif isinstance(current, list) and token.isdigit() and int(token) < len(current):
            current = current[int(token)]
        else:
            return None
    return current


def _envelope_error(spec: dict[str, Any], op: dict[str, Any], body: Any) -> bool:
    """Whether body matches one of the operation's declared error envelopes (so is an error)."""
    for name in op["error_envelopes"]:
        envelope = spec["error_envelopes"][name]
        if not envelope.get("in_success", True):
            continue
        detected = _value_at(body, envelope["detect"])
        if (
            detected is None
            or detected is False
            or (isinstance(detected, str | dict | list) and not detected)
        ):
            continue
        code = _value_at(body, envelope["code"]) if envelope.get("code") else None
        if envelope.get("ok_values") is None or code not in envelope["ok_values"]:
            return True
    return False


def _accepted(spec: dict[str, Any], op: dict[str, Any], body: Any) -> Any:
    """A synthesized reply with each envelope code set to an accepted value."""
    for name in op["error_envelopes"]:
        envelope = spec["error_envelopes"][name]
        pointer = envelope.get("code")
        if (
            envelope.get("ok_values")
            and pointer
            and pointer.count("/") == 1
            and isinstance(body, dict)
        ):
            if pointer[1:] in body:
                body[pointer[1:]] = envelope["ok_values"][0]
    return body


def _keyword(method: Any, name: str) -> str:
    """The name a runtime keyword has on this method (``request_<name>`` where a field took the name)."""
    return (
        name if f"request_{name}" not in inspect.signature(method).parameters else f"request_{name}"
    )


@pytest.mark.parametrize("gateway", GATEWAYS)
def test_every_operation_runs_once_against_local_server(
    gateway: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("GATEWAY_JOURNAL", str(tmp_path / "journal.sqlite3"))
    spec = runtime_spec(gateway)
    requests = {o: v for g, o, k, m, v in EXAMPLES if g == gateway and k == "request"}
    responses = {
        o: v for g, o, k, m, v in EXAMPLES if g == gateway and k == "response" and JSONISH.search(m)
    }
    package = importlib.import_module(f"generated.{gateway}")
    client_name = next(
        n
        for n in package.__all__
        if not n.startswith("Async") and n[0].isupper() and n != "load_spec"
    )
    called: set[str] = set()
    data = load_spec(PROJECT / "specs" / f"{gateway}.yaml").data
    with GatewayServer() as server:
        for op_id, op in spec["operations"].items():
            if op_id not in responses:
                responses[op_id] = _accepted(
                    spec, op, _minimal(_response_schema(data, op), spec["schemas"])
                )
            if op["stream"] and op["stream"]["flag"] is None:  # always answers with events
                event = json.dumps(responses[op_id] if isinstance(responses[op_id], dict) else {})
                server.route(op["method"], op["path"], Response.sse(f"data: {event}\n\n"))
            else:
                server.route(op["method"], op["path"], status=200, json=responses[op_id])
        with getattr(package, client_name)(
            api_key="sk-test", base_url=server.url, journal=False, max_retries=0
        ) as client:
            for op_id, op in spec["operations"].items():
                kwargs: dict[str, Any] = {}
                for param in op["parameters"]:
                    if param["required"]:
                        kwargs[param["python_name"]] = _dummy(param["schema"], spec["schemas"])
                example = requests.get(op_id)
                validate = True
                if op["body"]:
                    body = _with_files(op, example) if example is not None else None
                    if body is None:
                        validate = False
                        shape = (
                            op["payload_schema"] if isinstance(op["payload_schema"], dict) else {}
                        )
                        while "$ref" in shape:
                            shape = spec["schemas"][shape["$ref"].rsplit("/", 1)[-1]]
                        required = shape.get("required", [])
                        props = shape.get("properties", {})
                        body = {k: _dummy(props.get(k, {}), spec["schemas"]) for k in required}
                        body = _with_files(op, body)
                    if op["body"]["whole_body_argument"]:
                        kwargs[op["body"]["whole_body_argument"]] = body
                    else:
                        fields = op["body"]["fields"]
                        named = {fields[k]: v for k, v in body.items() if k in fields}
                        extra = {k: v for k, v in body.items() if k not in fields}
                        kwargs.update(named)
                        if extra:
                            kwargs[_keyword(_method(client, op["python_name"]), "extra_body")] = (
                                extra
                            )
                method = _method(client, op["python_name"])
                options = _keyword(method, "options")
                before = server.count()
                binding = spec["tasks"].get(op.get("task") or "", {})
                pointers = (
                    binding.get("id")
                    if isinstance(binding.get("id"), list)
                    else [binding.get("id")]
                )
                if binding and not any(_resolves(responses[op_id], p) for p in pointers):
                    # The document's reply carries no task id where the binding looks: the client
                    # must stop with the reply attached (nothing to poll), never invent an id.
                    with pytest.raises(ResponseDecodeError) as info:
                        method(**kwargs, **{options: RequestOptions(validate=validate)})
                    assert info.value.body == responses[op_id]
                    called.add(op_id)
                    continue
                if _envelope_error(spec, op, responses[op_id]):
                    # The document's example reply matches the gateway's error envelope (often a
                    # placeholder like code "string"): an error inside HTTP 200 must be raised.
                    with pytest.raises(GatewayError):
                        method(**kwargs, **{options: RequestOptions(validate=validate)})
                    called.add(op_id)
                    continue
                try:
                    result = method(**kwargs, **{options: RequestOptions(validate=validate)})
                except Exception as exc:  # report which operation broke, then fail
                    pytest.fail(
                        f"{gateway}.{op['python_name']} ({op_id}) raised {type(exc).__name__}: {exc}"
                    )
                assert server.count() == before + 1, op_id
                if isinstance(result, Stream):
                    assert len(list(result)) == 1, op_id
                if op.get("task"):
                    assert isinstance(result, Task) and result.id, op_id
                called.add(op_id)
    assert called == set(spec["operations"])
