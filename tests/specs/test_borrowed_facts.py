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
