"""Facts the documents only imply are explicit: defaults from OpenAI, refusals with a reason, open enums."""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

import pytest

from generator.load import load_spec
from generator.validate import iter_operations

PROJECT = Path(__file__).resolve().parents[2]
AUDIO = ("a.mp3", b"ID3", "audio/mpeg")


def _runtime_spec(gateway: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (PROJECT / "generated" / gateway / "spec.json").read_text(encoding="utf-8")
    )
    return data


def _validate(gateway: str, op_id: str, payload: Any) -> list[Any]:
    package = importlib.import_module(f"generated.{gateway}")
    problems: list[Any] = package.validate(op_id, payload)
    return problems


@pytest.mark.parametrize("gateway", ["uniapi", "gptnb"])
def test_completion_defaults_are_openais_and_marked_inferred(gateway: str) -> None:
    spec = _runtime_spec(gateway)
    payload = spec["operations"]["createCompletion"]["payload_schema"]
    name = payload["$ref"].rsplit("/", 1)[-1] if "$ref" in payload else None
    schema = spec["schemas"][name] if name else payload
    assert schema["properties"]["max_tokens"]["default"] == 16
    assert schema["properties"]["best_of"]["default"] == 1
    assert "I9" in schema["properties"]["max_tokens"]["description"]


def test_uniapi_completion_cites_the_inferred_defaults() -> None:
    data = load_spec(PROJECT / "specs" / "uniapi.yaml").data
    op = next(
        op for _, _, op, _ in iter_operations(data) if op["operationId"] == "createCompletion"
    )
    assert any("max_tokens default 16" in note for note in op["x-inferred"])


@pytest.mark.parametrize("gateway", ["uniapi", "gptnb"])
def test_streamed_transcription_is_refused_with_the_reason(gateway: str) -> None:
    base = {"file": AUDIO, "model": "whisper-1"}
    assert _validate(gateway, "createTranscription", base) == []
    problems = _validate(gateway, "createTranscription", {**base, "stream": True})
    assert problems, "stream: true must be refused before any request"
    assert "not described by the document" in " ".join(p.message for p in problems)
    assert _validate(gateway, "createTranscription", {**base, "stream": False}) == []


def test_timestamp_granularities_default_is_a_schema_default() -> None:
    spec = _runtime_spec("uniapi")
    payload = spec["operations"]["createTranscription"]["payload_schema"]
    name = payload["$ref"].rsplit("/", 1)[-1] if "$ref" in payload else None
    schema = spec["schemas"][name] if name else payload
    assert schema["properties"]["timestamp_granularities[]"]["default"] == ["segment"]


def test_currently_only_models_are_open() -> None:
    assert _validate("uniapi", "customVideoCreate", {}) == []
    spec = _runtime_spec("uniapi")
    (param,) = [
        p for p in spec["operations"]["customVideoCreate"]["parameters"] if p["name"] == "model"
    ]
    assert "enum" not in param["schema"], "a 'currently only' list does not refuse the next model"
    assert param["schema"]["x-warn"]["enum"] == ["veo-2"], (
        "it warns about one the document does not list"
    )


# OpenAI's own specification marks these reply members required.
OPENAI_REQUIRED = {"OpenAIErrorResponse", "ResponseStreamEvent"}


@pytest.mark.parametrize("gateway", ["buble", "gptnb", "qingbo", "uniall", "uniapi"])
def test_reply_schemas_require_nothing_no_source_marks_required(gateway: str) -> None:
    data = load_spec(PROJECT / "specs" / f"{gateway}.yaml").data
    schemas = data["components"]["schemas"]
    for path, method, op, _ in iter_operations(data):
        for status, response in (op.get("responses") or {}).items():
            if not str(status).startswith("2") or "$ref" in response:
                continue
            for media in (response.get("content") or {}).values():
                ref = (media.get("schema") or {}).get("$ref", "")
                name = ref.rsplit("/", 1)[-1]
                if ref.startswith("#/components/schemas/") and name not in OPENAI_REQUIRED:
                    assert "required" not in schemas[name], f"{method} {path}: {name}"


# Nested `required` a source does state: new-api's task fetch reply always carries code and data
# (QuantumNous/new-api dto/task.go TaskResponse: no omitempty), its docs' flat shape task_id and
# status; UniAll's fetch reply is one of the two, told apart by those keys.
SOURCED_NESTED_REQUIRED = {("uniall", "VideoGenerationFetchResponse")}


def _nested_required(
    node: Any, schemas: dict[str, Any], owner: str, seen: set[str]
) -> list[tuple[str, list[str]]]:
    """Every non-empty ``required`` under ``node`` (local ``$ref`` followed once), by owning schema."""
    found: list[tuple[str, list[str]]] = []
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            name = ref.rsplit("/", 1)[-1]
            if name not in seen and name not in OPENAI_REQUIRED:
                seen.add(name)
                found += _nested_required(schemas[name], schemas, name, seen)
            return found
        if isinstance(node.get("required"), list) and node["required"]:  # not a member named so
            found.append((owner, list(node["required"])))
        for key, value in node.items():
            if key not in ("examples", "example", "x-warn"):
                found += _nested_required(value, schemas, owner, seen)
    elif isinstance(node, list):
        for value in node:
            found += _nested_required(value, schemas, owner, seen)
    return found


@pytest.mark.parametrize("gateway", ["buble", "gptnb", "qingbo", "uniall", "uniapi"])
def test_reply_schemas_require_nothing_nested_that_no_source_marks(gateway: str) -> None:
    data = load_spec(PROJECT / "specs" / f"{gateway}.yaml").data
    schemas = data["components"]["schemas"]
    for path, method, op, _ in iter_operations(data):
        for status, response in (op.get("responses") or {}).items():
            if not str(status).startswith("2") or "$ref" in response:
                continue
            for media in (response.get("content") or {}).values():
                found = _nested_required(media.get("schema") or {}, schemas, "(inline)", set())
                unsourced = [
                    (owner, keys)
                    for owner, keys in found
                    if (gateway, owner) not in SOURCED_NESTED_REQUIRED
                ]
                assert unsourced == [], f"{method} {path}: {unsourced}"


def test_image_edit_models_are_open() -> None:
    """仅支持 dall-e-2 和 gpt-image-1 is the list when copied; OpenAI's route now takes more models."""
    image = ("a.png", b"\x89PNG\r\n\x1a\n", "image/png")
    for model in ("gpt-image-1", "gpt-image-1.5"):
        payload = {"image": image, "prompt": "a red hat", "model": model}
        assert _validate("uniapi", "createImageEdit", payload) == [], model
    spec = _runtime_spec("uniapi")
    payload_schema = spec["operations"]["createImageEdit"]["payload_schema"]
    name = payload_schema["$ref"].rsplit("/", 1)[-1] if "$ref" in payload_schema else None
    schema = spec["schemas"][name] if name else payload_schema
    model = schema["properties"]["model"]
    assert "enum" not in model and model["x-warn"]["enum"] == ["dall-e-2", "gpt-image-1"]
