"""Visible progress: wait(progress=True) bars and lines, download bars, GATEWAY_LOG."""

from __future__ import annotations

import asyncio
import io
import os
import subprocess
import sys
from collections.abc import Callable

import pytest

from gateway_runtime import AsyncClient, ProgressEvent, SyncClient
from gateway_runtime.progress import LARGE_FILE, BarReporter, byte_progress, wait_reporter
from tests.gateway_server import TaskPlan, TaskSimulator


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _event(status: str, percent: float | None, queue: int | None) -> ProgressEvent:
    return ProgressEvent("t1", status, "pending", percent, queue, 1, 3.0)


def test_wait_with_progress_prints_lines_when_not_a_terminal(
    make_client: Callable[..., SyncClient],
    sim: TaskSimulator,
    capsys: pytest.CaptureFixture[str],
) -> None:
    sim.plan = TaskPlan(polls=4, queued_polls=2)
    seen: list[ProgressEvent] = []
    task = make_client().submit_task("createTask", body={"prompt": "p"}, parse=dict)
    task.wait(progress=True, on_progress=seen.append)
    lines = capsys.readouterr().err.splitlines()
    assert len(seen) == 4  # the caller's callback still gets every event
    assert f"task {task.id}: queued, queue position 2" in lines[0]
    assert "processing" in lines[-2]
    assert lines[-1].split(" ", 1)[1].startswith(f"task {task.id}: completed, 100%")


def test_async_wait_with_progress(
    make_async_client: Callable[..., AsyncClient],
    sim: TaskSimulator,
    capsys: pytest.CaptureFixture[str],
) -> None:
    async def main() -> str:
        async with make_async_client() as client:
            task = await client.submit_task("createTask", body={"prompt": "p"}, parse=dict)
            await task.wait(progress=True)
            return task.id

    task_id = asyncio.run(main())
    assert f"task {task_id}: completed, 100%" in capsys.readouterr().err


def test_terminal_gets_a_live_bar_with_status_percent_and_queue() -> None:
    screen = _Terminal()
    reporter = wait_reporter(screen)
    assert isinstance(reporter, BarReporter)
    reporter(_event("queued", None, 3))
    reporter(_event("processing", 40.0, None))
    reporter.close()
    text = screen.getvalue()
    assert "task t1: processing" in text
    assert "40%" in text
    assert wait_reporter(io.StringIO(), only_terminal=True) is None


def test_download_bars_only_for_large_files_on_a_terminal() -> None:
    screen = _Terminal()
    start = byte_progress(screen)
    assert start("small.png", 0, 1000) is None
    advance = start("big.mp4", 0, 4 * LARGE_FILE)
    assert advance is not None
    advance(2 * LARGE_FILE)
    advance(None)
    assert "big.mp4" in screen.getvalue()
    assert byte_progress(io.StringIO())("big.mp4", 0, None) is None


def test_gateway_log_switches_on_runtime_logging_without_code() -> None:
    code = (
        "from gateway_runtime._logs import logger\n"
        "logger.info('hello from the runtime')\n"
        "logger.debug('debug detail')\n"
    )
    env = {**os.environ, "GATEWAY_LOG": "info"}
    run = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert "hello from the runtime" in run.stderr
    assert "debug detail" not in run.stderr
    env["GATEWAY_LOG"] = "debug"
    run = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert "debug detail" in run.stderr
    env.pop("GATEWAY_LOG")
    run = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert run.stderr == ""
