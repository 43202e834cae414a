"""Doc 003: logprobs in include[] only with response_format json and the gpt-4o transcribe models."""

from __future__ import annotations

from generated import gptnb, uniapi


def test_logprobs_with_gpt4o_transcribe_and_json_is_valid() -> None:
    payload = {
        "file": b"audio",
        "model": "gpt-4o-mini-transcribe",
        "include[]": ["logprobs"],
        "response_format": "json",
    }
    assert uniapi.validate("audio.transcriptions.create", payload) == []


def test_logprobs_with_whisper_is_refused() -> None:
    payload = {"file": b"audio", "model": "whisper-1", "include[]": ["logprobs"]}
    problems = uniapi.validate("audio.transcriptions.create", payload)
    assert [p.path for p in problems] == ["model"]
    assert "gpt-4o-transcribe" in problems[0].message
    assert problems[0].message.endswith('(when ["include[]"] contains "logprobs")')


def test_logprobs_with_text_format_is_refused_on_gptnb_too() -> None:
    payload = {
        "file": b"audio",
        "model": "gpt-4o-transcribe",
        "include[]": ["logprobs"],
        "response_format": "text",
    }
    problems = gptnb.validate("audio.transcriptions.create", payload)
    assert problems and all(p.path == "response_format" for p in problems)
