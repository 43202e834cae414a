"""Concurrent ``wait(progress=True)`` calls share one live display: a row per task and a total."""

from __future__ import annotations

import asyncio
import io
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from gateway_runtime.display import board_for
from generated.qingbo import AsyncQingbo, Qingbo
from generator.simulator import Faults, running

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


def _until(condition: Callable[[], bool], what: str) -> None:
    """Wait (30 s at most) for ``condition``: an event, not a guess at the machine's speed."""
    deadline = time.monotonic() + 30
    while not condition():
        assert time.monotonic() < deadline, f"30 s passed and {what} never happened"
        time.sleep(0.01)


def test_sync_waits_in_threads_share_it_too(monkeypatch: pytest.MonkeyPatch) -> None:
    """Three threads' waits are three rows of one live display, even a wait started while the
    display is already live (when rich has swapped ``sys.stderr`` for a proxy of it).

    The rows overlap by construction, not by the machine's speed: the tasks stay stuck until
    the board shows all three rows at once, and only then may they finish.
    """
    terminal = _terminal(monkeypatch)
    board = board_for(terminal)
    with (
        running("qingbo", polls=8, faults=Faults(stuck_rate=1.0)) as sim,
        Qingbo(api_key=KEY, base_url=sim.url) as client,
    ):
        tasks = [client.tasks.create(model="seedream-5.0", prompt=f"dog {i}") for i in range(3)]
        errors: list[BaseException] = []

        def wait(task: Any) -> None:
            try:
                task.wait(progress=True, poll_interval=0.02, timeout=120)
            except BaseException as exc:  # a thread's error would otherwise vanish
                errors.append(exc)

        threads = [threading.Thread(target=wait, args=(t,)) for t in tasks]
        threads[0].start()
        _until(lambda: board.running == 1 or bool(errors), "the first row")
        assert errors == [] and sys.stderr is not terminal  # live: stderr is rich's proxy now
        for thread in threads[1:]:
            thread.start()
        _until(lambda: board.peak == len(tasks) or bool(errors), "three rows at once")
        assert errors == []
        for task in tasks:
            sim.tasks[task.id].fate = "success"  # now they may finish
        for thread in threads:
            thread.join(timeout=120)
        assert not any(thread.is_alive() for thread in threads)
    assert errors == []
    assert board.lives == 1 and board.peak == 3
    assert board.running == 0  # stopped once every row finished
