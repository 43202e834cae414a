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


def test_conflicting_rules_each_say_their_message_and_condition() -> None:
    """Two then-branches asking for different values: each line carries the spec's words and
    why it applies, never two bare contradictory lines ("must be verbose_json", "must be json")."""
    payload = {
        "file": b"audio",
        "model": "gpt-4o-transcribe",
        "response_format": "text",
        "timestamp_granularities[]": ["word"],
    }
    messages = [p.message for p in uniapi.validate("audio.transcriptions.create", payload)]
    assert messages == [
        "response_format: 必须将 response_format 设置为 verbose_json 才能使用 "
        "timestamp_granularities[] / timestamp granularities require "
        'response_format=verbose_json. (when ["timestamp_granularities[]"] given)',
        "response_format: For gpt-4o-transcribe and gpt-4o-mini-transcribe, the only supported "
        'response_format is json. (when model is one of "gpt-4o-transcribe", '
        '"gpt-4o-mini-transcribe" and response_format given)',
    ]
