"""``clientgen call --stream`` and ``--download`` against the local gateway simulator."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.simulator import running

from .conftest import KEY, clientgen

CHAT = ["--set", "model=gpt-4o-mini", "--set", 'messages=[{"role": "user", "content": "hi"}]']


def test_stream_prints_the_chat_as_it_arrives(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("UNIAPI_API_KEY", KEY)
    with running("uniapi") as sim:
        monkeypatch.setenv("UNIAPI_BASE_URL", sim.url)
        text = clientgen("call", "uniapi", "chat.completions.create", *CHAT, "--stream")
        lines = clientgen(
            "call", "uniapi", "chat.completions.create", *CHAT, "--stream", "--output", "json"
        )
        whole = clientgen("call", "uniapi", "chat.completions.create", *CHAT)
    assert text.code == 0, text.err
    assert text.out.startswith("Hello from the gateway simulator") and text.out.endswith("\n")
    chunks = [json.loads(line) for line in lines.out.splitlines()]
    assert {c["object"] for c in chunks} == {"chat.completion.chunk"}
    pieces = "".join(c["choices"][0]["delta"].get("content", "") for c in chunks)
    assert pieces + "\n" == text.out
    assert isinstance(json.loads(whole.out), dict)  # one JSON answer: not streamed without --stream


def test_stream_on_an_operation_that_cannot_stream_is_a_usage_error() -> None:
    r = clientgen("call", "qingbo", "tasks.retrieve", "--set", "task_id=t", "--stream")
    assert r.code == 2 and "does not stream" in r.err


def test_download_saves_the_task_outputs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("QINGBO_API_KEY", KEY)
    with running("qingbo", polls=1) as sim:
        monkeypatch.setenv("QINGBO_BASE_URL", sim.url)
        r = clientgen(
            "call", "qingbo", "tasks.create", "--set", "model=seedream-5.0", "--set", "prompt=柴犬",
            "--download", tmp_path / "out", "--poll-interval", "0.01", "--output", "json",
        )  # fmt: skip
    assert r.code == 0, r.err
    data = json.loads(r.out)
    assert data["result"]["status"] == "completed"
    files = [Path(f) for f in data["files"]]
    assert files and all(f.parent == tmp_path / "out" and f.stat().st_size > 0 for f in files)


def test_simulate_is_a_command() -> None:
    r = clientgen("simulate", "--help")
    assert r.code == 0
    r = clientgen("simulate", "nosuchgateway")
    assert r.code == 2
