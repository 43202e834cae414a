"""``x-warn``: a value outside a "currently only" list, or against one reading of a conflict, is
warned about and sent — never silently, never refused (unless the client is strict)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from gateway_runtime.validation import PayloadValidationError, compile_validator
from generated.uniall import UniAll
from generated.uniapi import UniAPI
from generator.simulator import running

KEY = "sk-sim-SECRET-0123456789"
MODEL = {
    "type": "object",
    "properties": {
        "model": {
            "type": "string",
            "x-warn": {"enum": ["veo-2"], "x-message": "model: only veo-2 is listed"},
        },
        "n": {"type": "integer"},
    },
}


@pytest.fixture(autouse=True)
def _journal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("GATEWAY_JOURNAL", str(tmp_path / "journal.sqlite3"))


def test_a_failed_x_warn_is_a_warning_at_its_field() -> None:
    report = compile_validator(MODEL).report({"model": "veo-3"})
    assert report.problems == []
    assert [(w.path, w.rule) for w in report.warnings] == [("model", "x-warn")]
    assert report.warnings[0].message == "model: only veo-2 is listed (sent as given)"


def test_known_values_and_real_problems_are_unchanged() -> None:
    validator = compile_validator(MODEL)
    assert validator.report({"model": "veo-2"}) == ([], [])
    report = validator.report({"model": "veo-3", "n": "x"})
    assert [p.path for p in report.problems] == ["n"]
    assert report.warnings == [], "an invalid payload is refused; its soft notes are not added"
    assert validator.validate({"model": "veo-3"}) == []


def test_an_object_level_x_warn_without_a_message_names_the_value() -> None:
    schema = {"type": "object", "x-warn": {"required": ["a"]}}
    (warning,) = compile_validator(schema).report({"b": 1}).warnings
    assert "outside what the document lists" in warning.message


def test_a_currently_only_model_is_warned_about_and_sent(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING, logger="gateway_runtime")
    with running("uniapi") as sim, UniAPI(api_key=KEY, base_url=sim.url) as client:
        client.custom_video.create(model="veo-3", body={"prompt": "x"})
        assert sim.count() == 1
    said = [r.getMessage() for r in caplog.records if "veo-2" in r.getMessage()]
    assert said and "custom_video.create" in said[0] and "sent as given" in said[0]


def test_a_strict_client_refuses_what_it_would_warn_about() -> None:
    with (
        running("uniapi") as sim,
        UniAPI(api_key=KEY, base_url=sim.url, strict_validation=True) as client,
        pytest.raises(PayloadValidationError) as caught,
    ):
        client.custom_video.create(model="veo-3", body={"prompt": "x"})
    assert "veo-2" in str(caught.value)
    assert sim.count() == 0


def test_conflicting_readings_warn_rather_than_refuse(caplog: pytest.LogCaptureFixture) -> None:
    """doc-002: reference images only with mix models; the newer Vidu page: with every model."""
    caplog.set_level(logging.WARNING, logger="gateway_runtime")
    with running("uniall") as sim, UniAll(api_key=KEY, base_url=sim.url) as client:
        client.video.generations.create(
            model="viduq3p-720p",
            prompt="p",
            duration=5,
            reference_image_urls=["https://example.com/ref-1.png"],
        )
        assert sim.count("createVideoGeneration") == 1
    assert any("reference_image_urls" in r.getMessage() for r in caplog.records)
