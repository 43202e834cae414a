"""End to end: a new-api-shaped task (UniAPI's Suno: nested ``data``, "45%" progress strings,
``SUCCESS``/``FAILURE`` words, ``fail_reason``) driven by the generated client on the simulator."""

from __future__ import annotations

from pathlib import Path

import pytest

from gateway_runtime import ProgressEvent, TaskFailedError
from generated.uniapi import UniAPI
from generator.simulator import Faults, running

KEY = "sk-e2e-SECRET-KEY-123"
SONG = {"gpt_description_prompt": "a song about the sea", "make_instrumental": True, "mv": "v3.5"}


@pytest.fixture(autouse=True)
def _journal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("GATEWAY_JOURNAL", str(tmp_path / "journal.sqlite3"))


def test_new_api_shape_progress_strings_and_nested_status() -> None:
    events: list[ProgressEvent] = []
    with running("uniapi", polls=4) as sim, UniAPI(api_key=KEY, base_url=sim.url) as client:
        task = client.suno.submit_music(**SONG)
        result = task.wait(timeout=5, poll_interval=0.001, on_progress=events.append)
    assert result.data is not None and result.data.status == "SUCCESS"
    assert [e.percent for e in events] == [0.0, 33.3, 66.7, 100.0]  # from "0%", "33.3%", ...
    assert [e.outcome for e in events] == ["pending"] * 3 + ["success"]
    assert sim.count("sunoSubmitMusic") == 1


def test_new_api_shape_failure_carries_fail_reason() -> None:
    with (
        running("uniapi", polls=1, faults=Faults(fail_rate=1.0)) as sim,
        UniAPI(api_key=KEY, base_url=sim.url) as client,
    ):
        task = client.suno.submit_music(**SONG)
        with pytest.raises(TaskFailedError, match="simulated by --fail-rate") as caught:
            task.wait(timeout=5, poll_interval=0.001)
    assert caught.value.state is not None and caught.value.state.status == "FAILURE"
    assert sim.count("sunoSubmitMusic") == 1
