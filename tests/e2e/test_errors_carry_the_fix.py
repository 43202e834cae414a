"""Errors say what fixes them: the URL and base-URL setting of a connection error, where JSON
broke (and full-width punctuation), and the resume command after Ctrl-C during a wait."""

from __future__ import annotations

import asyncio
import io
import socket
from pathlib import Path
from typing import Any

import pytest

from gateway_runtime.cli import main
from gateway_runtime.errors import APIConnectionError
from gateway_runtime.interrupt import TaskInterrupted
from generated.qingbo import AsyncQingbo, Qingbo
from generator.simulator import running

KEY = "sk-errors-0123456789abcdef"


@pytest.fixture(autouse=True)
def _journal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("GATEWAY_JOURNAL", str(tmp_path / "journal.sqlite3"))
    monkeypatch.delenv("QINGBO_BASE_URL", raising=False)


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize("asynchronous", [False, True])
def test_connection_errors_name_the_url_and_the_setting(
    asynchronous: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    base = f"http://user:secret@127.0.0.1:{_closed_port()}"
    monkeypatch.setenv("QINGBO_BASE_URL", base)
    if asynchronous:

        async def run() -> Any:
            async with AsyncQingbo(api_key=KEY, max_retries=0) as client:
                return await client.tasks.retrieve(task_id="t1")

        with pytest.raises(APIConnectionError) as caught:
            asyncio.run(run())
    else:
        with (
            Qingbo(api_key=KEY, max_retries=0) as client,
            pytest.raises(APIConnectionError) as caught,
        ):
            client.tasks.retrieve(task_id="t1")
    message = str(caught.value)
    port = base.rsplit(":", 1)[1]
    assert f"GET http://127.0.0.1:{port}/v1/tasks/t1" in message
    assert "from $QINGBO_BASE_URL" in message
    assert "secret" not in message and KEY not in message
    with Qingbo(api_key=KEY, max_retries=0, base_url=f"http://127.0.0.1:{port}") as client:
        with pytest.raises(APIConnectionError) as caught:
            client.tasks.retrieve(task_id="t1")
    assert "from base_url=" in str(caught.value)


def test_json_errors_point_at_full_width_punctuation(tmp_path: Path) -> None:
    payload = tmp_path / "p.json"
    payload.write_text('{\n  "model": "seedream-5.0"，\n  "prompt": "你好，世界"\n}', "utf-8")
    err = io.StringIO()
    code = main(
        ["validate", "qingbo", "createTask", str(payload)], stdout=io.StringIO(), stderr=err
    )
    assert code == 2
    text = err.getvalue()
    assert "line 2, column 26" in text
    assert "full-width '，' (U+FF0C): JSON needs the ASCII ','" in text


def test_ctrl_c_during_wait_names_the_task_and_the_resume_command(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import gateway_runtime.tasks as tasks_module

    def interrupted(*_args: Any, **_kw: Any) -> Any:
        raise KeyboardInterrupt

    with running("qingbo") as sim, Qingbo(api_key=KEY, base_url=sim.url) as client:
        task = client.tasks.create(model="seedream-5.0", prompt="a cat")
        monkeypatch.setattr(tasks_module, "run_sync", interrupted)
        with pytest.raises(TaskInterrupted) as caught:
            task.wait()
        assert isinstance(caught.value, KeyboardInterrupt)
        assert caught.value.task_ids == [task.id]
        assert f"clientgen tasks resume {task.id} --gateway qingbo" in str(caught.value)
        with pytest.raises(TaskInterrupted) as caught:
            task.download(tmp_path / "out dir")
        assert f"--download '{tmp_path / 'out dir'}'" in caught.value.commands[0]


def test_keyboard_interrupt_inside_an_async_wait_names_the_task(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A ``KeyboardInterrupt`` raised inside the wait itself (a loop run without asyncio.run's
    SIGINT handler: the signal lands wherever the loop is) becomes the same
    ``TaskInterrupted`` as in the sync client, naming the download folder."""
    import gateway_runtime.task_waiting as waiting_module

    def ctrl_c(*_args: Any, **_kw: Any) -> Any:
        raise KeyboardInterrupt  # at the first poll's progress event

    async def main(url: str) -> None:
        async with AsyncQingbo(api_key=KEY, base_url=url) as client:
            task = await client.tasks.create(model="seedream-5.0", prompt="a cat")
            monkeypatch.setattr(waiting_module, "ProgressEvent", ctrl_c)
            await task.download(tmp_path / "out", timeout=30)

    with running("qingbo", polls=1000) as sim, pytest.raises(TaskInterrupted) as caught:
        asyncio.run(main(sim.url))
    assert caught.value.task_ids == ["sim-image-000001"]
    assert caught.value.commands == [
        f"clientgen tasks resume sim-image-000001 --gateway qingbo --download {tmp_path / 'out'}"
    ]


ASYNC_SCRIPT = """
import asyncio, sys
from generated.qingbo import AsyncQingbo
from generator.simulator import running

HOW = sys.argv[1]
with running("qingbo", polls=1000, task_seconds=60) as sim:
    async def main():
        async with AsyncQingbo(api_key="sk-ctrlc-0123456789", base_url=sim.url) as client:
            tasks = [await client.tasks.create(model="seedream-5.0", prompt=str(i)) for i in range(2)]
            seen = set()

            def polled(event):  # both waits are polling: now Ctrl-C
                seen.add(event.task_id)
                if len(seen) == 2:
                    print("waiting", flush=True)

            if HOW == "download":
                waits = [t.download("out dir", timeout=600) for t in tasks]
                asyncio.get_running_loop().call_later(0.5, print, "waiting")  # both are polling
            else:
                waits = [t.wait(poll_interval=0.05, on_progress=polled) for t in tasks]
            await asyncio.gather(*waits)
    if HOW == "caught":  # a program that handles Ctrl-C itself still gets the commands
        try:
            asyncio.run(main())
        except KeyboardInterrupt:
            print("bye", file=sys.stderr)
            sys.exit(130)
    else:
        asyncio.run(main())
"""


@pytest.mark.parametrize("how", ["uncaught", "caught", "download"])
def test_ctrl_c_during_async_waits_prints_every_resume_command(tmp_path: Path, how: str) -> None:
    """A real process, a real SIGINT: ``asyncio.run`` cancels the waits; the tasks and their
    exact resume commands are printed once, whether or not the program catches the interrupt,
    and it ends as Ctrl-C ends a program (killed by SIGINT: 130 in a shell; or its own 130)."""
    import os
    import signal
    import subprocess
    import sys

    script = tmp_path / "waits.py"
    script.write_text(ASYNC_SCRIPT, encoding="utf-8")
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root), "GATEWAY_JOURNAL": str(tmp_path / "j.sqlite3")}
    proc = subprocess.Popen(
        [sys.executable, str(script), how],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "waiting"
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    ids = ["sim-image-000001", "sim-image-000002"]
    download = " --download 'out dir'" if how == "download" else ""
    # Waits cancelled in one loop pass share a message (one wait busy in a request may take
    # another pass under load): every task is named, once.
    groups = err.count("keep running on the gateway") + err.count("keeps running on the gateway")
    assert 1 <= groups <= 2, err
    if groups == 1:
        assert "tasks sim-image-000001, sim-image-000002 keep running on the gateway" in err, err
    for task_id in ids:
        assert err.count(f"clientgen tasks resume {task_id} --gateway qingbo{download}\n") == 1
    if how == "caught":
        assert proc.returncode == 130 and err.rstrip().endswith("bye")
        assert "Traceback" not in err
    else:
        assert proc.returncode in (-signal.SIGINT, 130), proc.returncode
