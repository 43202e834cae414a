"""Concurrent ``wait(progress=True)`` calls share one live display: a row per task and a total."""

from __future__ import annotations

import asyncio
import io
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from gateway_runtime.display import board_for
from generated.qingbo import AsyncQingbo, Qingbo
from generator.simulator import running

KEY = "sk-display-0123456789"
N = 6


class Terminal(io.StringIO):
    """A captured stream that says it is a terminal (so bars are drawn)."""

    def isatty(self) -> bool:
        return True


@pytest.fixture(autouse=True)
def _journal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("GATEWAY_JOURNAL", str(tmp_path / "journal.sqlite3"))


def _terminal(monkeypatch: pytest.MonkeyPatch) -> Terminal:
    """stderr as a terminal, set in the test body (pytest restores its own capture per phase)."""
    stream = Terminal()
    monkeypatch.setattr(sys, "stderr", stream)
    return stream


def test_async_waits_are_rows_of_one_display(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = _terminal(monkeypatch)
    with running("qingbo", polls=8, task_seconds=2.0) as sim:

        async def run() -> list[Any]:
            async with AsyncQingbo(api_key=KEY, base_url=sim.url) as client:
                tasks = [
                    await client.tasks.create(model="seedream-5.0", prompt=f"cat {i}")
                    for i in range(N)
                ]
                return list(
                    await asyncio.gather(
                        *(t.wait(progress=True, poll_interval=0.02) for t in tasks)
                    )
                )

        results = asyncio.run(run())
    assert len(results) == N
    board = board_for(terminal)
    assert board.lives == 1  # one live display for all six waits
    assert board.peak == N  # a row per task, all at once
    text = terminal.getvalue()
    assert "total:" in text and f"of {N} done" in text
    assert sum(f"sim-image-{i:06d}" in text for i in range(1, N + 1)) == N


def test_sync_waits_in_threads_share_it_too(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = _terminal(monkeypatch)
    with (
        running("qingbo", polls=8, task_seconds=2.0) as sim,
        Qingbo(api_key=KEY, base_url=sim.url) as client,
    ):
        tasks = [client.tasks.create(model="seedream-5.0", prompt=f"dog {i}") for i in range(3)]
        threads = [
            threading.Thread(target=t.wait, kwargs={"progress": True, "poll_interval": 0.02})
            for t in tasks
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
    board = board_for(terminal)
    assert board.lives == 1 and board.peak == 3
    assert board.running == 0  # stopped once every row finished
