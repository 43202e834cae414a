"""``clientgen call`` checks everything local before it pays: misspelt fields, the download
folder; and Ctrl-C during a wait prints the exact resume command (exit 130)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.simulator import running

from .conftest import KEY, clientgen

QINGBO = ["call", "qingbo", "tasks.create", "--set", "model=seedream-5.0"]


@pytest.fixture
def qingbo(monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("QINGBO_API_KEY", KEY)
    with running("qingbo", polls=1) as sim:
        monkeypatch.setenv("QINGBO_BASE_URL", sim.url)
        yield sim


def test_a_misspelt_field_is_refused_unless_allowed(qingbo: Any) -> None:
    r = clientgen(*QINGBO, "--set", "prompt=p", "--set", "watermak=false")
    assert r.code == 1
    assert "watermak: unknown field; did you mean 'watermark'?" in r.err
    assert qingbo.submits() == 0
    r = clientgen(*QINGBO, "--set", "prompt=p", "--set", "watermak=false", "--allow-unknown")
    assert r.code == 0, r.err
    assert qingbo.submits() == 1


def test_a_misspelt_required_field_is_named(qingbo: Any) -> None:
    r = clientgen(*QINGBO, "--set", "promt=a cat")
    assert r.code == 1
    assert r.err.splitlines()[:2] == [
        "promt: unknown field; did you mean 'prompt'?",
        "prompt: required",
    ]
    assert qingbo.submits() == 0


def test_an_unwritable_download_folder_is_refused_before_the_submit(
    qingbo: Any, tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")  # a folder cannot be made inside a file, even by root
    r = clientgen(*QINGBO, "--set", "prompt=p", "--download", blocker / "out")
    assert r.code == 2 and "cannot write there" in r.err and "nothing was sent" in r.err
    assert qingbo.submits() == 0


def test_a_download_target_that_is_a_file_is_refused_before_the_submit(
    qingbo: Any, tmp_path: Path
) -> None:
    taken = tmp_path / "out"
    taken.write_text("not a folder")
    r = clientgen(*QINGBO, "--set", "prompt=p", "--download", taken)
    assert r.code == 2 and "exists and is not a folder" in r.err
    assert qingbo.submits() == 0


def test_ctrl_c_during_the_wait_prints_the_resume_command(
    qingbo: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gateway_runtime.tasks import Task

    def interrupted(*_args: Any, **_kw: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr(Task, "wait", interrupted)
    out = tmp_path / "my out"
    r = clientgen(*QINGBO, "--set", "prompt=p", "--download", out)
    assert r.code == 130
    (task_id,) = [e.task_id for e in qingbo.log.of(kind="submit")]
    assert f"clientgen tasks resume {task_id} --gateway qingbo --download '{out}'" in r.err


def test_a_download_that_fails_after_paying_says_how_to_fetch_again(
    qingbo: Any, tmp_path: Path
) -> None:
    """The folder passed its check, but the file's own name is taken by a folder (the task id,
    and so the name, is known only after the submit): the task is paid for, so the error says
    the command that fetches its files again, not just the file-system error."""
    from gateway_runtime._saving import stem_for

    out = tmp_path / "out"
    task_id = "sim-image-000001"  # the simulator's first task
    (out / f"{stem_for(task_id, always_hash=True)}-0.png").mkdir(parents=True)
    r = clientgen(*QINGBO, "--set", "prompt=p", "--download", out, "--timeout", "30")
    assert r.code == 3, r.err  # a gateway-side failure, not bad input
    assert f"task {task_id} succeeded; its files were not all saved" in r.err
    assert f"clientgen tasks resume {task_id} --gateway qingbo --download {out}" in r.err
    assert qingbo.submits() == 1
