"""``clientgen batch``: bad input exits 2 with nothing sent; run, report, Ctrl-C and resume."""

from __future__ import annotations

import io
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from gateway_runtime.cli import main
from generator.simulator import Simulator

from .helpers import KEY, results, submits_per_job, write_jobs


@pytest.fixture
def sim(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Simulator]:
    with Simulator("qingbo", polls=2, record=True) as running:
        monkeypatch.setenv("QINGBO_API_KEY", KEY)
        monkeypatch.setenv("QINGBO_BASE_URL", running.url)
        monkeypatch.setenv("GATEWAY_JOURNAL", str(tmp_path / "journal.sqlite3"))
        yield running


def clientgen(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


BAD_LINES = [
    ('{"model"：“seedream-5.0”}', "full-width punctuation"),
    ('{"id": "a", "prompt": 5, "action": "generate"}', "prompt"),
    ("[1, 2]", "expected a JSON object"),
    (
        '{"id": "job-0", "model": "seedream-5.0", "action": "generate", "prompt": "x"}',
        "duplicate id 'job-0' (first on line 1)",
    ),
]


def test_every_bad_line_is_named_and_nothing_is_sent(sim: Simulator, tmp_path: Path) -> None:
    jobs = write_jobs(tmp_path / "jobs.jsonl", 3)
    with jobs.open("a") as handle:
        handle.write("\n".join(line for line, _ in BAD_LINES) + "\n")
    code, _, err = clientgen(
        "batch", "run", "qingbo", "tasks.create", str(jobs), "--out", str(tmp_path / "out")
    )
    assert code == 2 and sim.count() == 0
    assert "4 bad line(s) of 7; nothing was sent" in err
    for number, (_, hint) in enumerate(BAD_LINES, 4):
        line = next(t for t in err.splitlines() if t.startswith(f"{jobs}:{number}: "))
        assert hint in line
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["tasks.create", "{missing}"], "no such file"),
        (["tasks.creat", "{jobs}"], "did you mean 'tasks.create'"),
        (["tasks.retrieve", "{jobs}"], "does not start a task"),
        (["tasks.create", "{tmp}"], "is a directory"),
        (["tasks.create", "{jobs}", "--max-cost", "3"], "--unknown-price"),
        (["tasks.create", "{jobs}", "--prices", "{missing}"], "cannot read the price table"),
        (["tasks.create", "{binary}"], "not UTF-8"),
    ],
)
def test_unusable_input_exits_2_before_anything_is_paid(
    sim: Simulator, tmp_path: Path, args: list[str], message: str
) -> None:
    jobs = write_jobs(tmp_path / "jobs.jsonl", 2)
    binary = tmp_path / "binary.jsonl"
    binary.write_bytes(b"\xff\xfe{}\n")
    names = {
        "{jobs}": str(jobs),
        "{missing}": str(tmp_path / "nope.jsonl"),
        "{tmp}": str(tmp_path),
        "{binary}": str(binary),
    }
    argv = [names.get(a, a) for a in args]
    code, _, err = clientgen("batch", "run", "qingbo", *argv, "--out", str(tmp_path / "o"))
    assert code == 2 and sim.count() == 0, err
    assert message in err and "Traceback" not in err


def test_an_output_folder_that_cannot_be_written_is_refused_first(
    sim: Simulator, tmp_path: Path
) -> None:
    jobs = write_jobs(tmp_path / "jobs.jsonl", 2)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code, _, err = clientgen(
        "batch", "run", "qingbo", "tasks.create", str(jobs), "--out", str(blocker / "out")
    )
    assert code == 2 and sim.count() == 0 and "cannot write the output folder" in err


def test_run_report_and_dry_run(sim: Simulator, tmp_path: Path) -> None:
    jobs = write_jobs(tmp_path / "jobs.jsonl", 4)
    out = tmp_path / "out"
    code, stdout, _ = clientgen(
        "batch",
        "run",
        "qingbo",
        "tasks.create",
        str(jobs),
        "--out",
        str(out),
        "--dry-run",
        "--max-tasks",
        "3",
    )
    assert code == 0 and sim.count() == 0
    assert "4 valid jobs" in stdout and "3 of 4" in stdout and "nothing was sent" in stdout
    code, _, err = clientgen(
        "batch",
        "run",
        "qingbo",
        "tasks.create",
        str(jobs),
        "--out",
        str(out),
        "--poll-interval",
        "0.01",
        "--no-progress",
    )
    assert code == 0 and "batch finished: 4 succeeded" in err
    (out / "index.html").unlink()
    code, stdout, _ = clientgen("batch", "report", str(out))
    assert code == 0 and (out / "index.html").read_text().count("<article") == 4
    code, _, err = clientgen("batch", "report", str(tmp_path))
    assert code == 2 and "no batch here" in err


def _count(db: Path, state: str) -> int:
    if not db.exists():
        return 0
    with sqlite3.connect(db) as conn:
        try:
            return int(
                conn.execute("SELECT COUNT(*) FROM jobs WHERE state = ?", (state,)).fetchone()[0]
            )
        except sqlite3.OperationalError:
            return 0


def test_ctrl_c_stops_submitting_and_prints_the_resume_command(
    sim: Simulator, tmp_path: Path
) -> None:
    sim.app.task_seconds = 1.0  # tasks keep running while we interrupt
    jobs = write_jobs(tmp_path / "jobs.jsonl", 60)
    out = tmp_path / "out"
    argv = [
        sys.executable,
        "-m",
        "gateway_runtime.cli",
        "batch",
        "run",
        "qingbo",
        "tasks.create",
        str(jobs),
        "--out",
        str(out),
        "--poll-interval",
        "0.05",
        "--rate-limit",
        "8",
    ]
    proc = subprocess.Popen(argv, stderr=subprocess.PIPE, text=True, env=dict(os.environ))
    deadline = time.monotonic() + 60
    while _count(out / "batch.sqlite3", "submitted") < 5 and time.monotonic() < deadline:
        time.sleep(0.02)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "interrupted: no new submits" in err and "task(s) still running" in err
    resume = next(t for t in err.splitlines() if "resume with: " in t).split("resume with: ")[1]
    assert resume.startswith("clientgen batch run qingbo tasks.create")
    started = sim.submits()
    assert 0 < started < 60
    code, _, err = clientgen(*resume.split()[1:])
    assert code == 0, err
    assert set(submits_per_job(sim).values()) == {1} and sim.submits() == 60
    assert all(line["outcome"] == "succeeded" for line in results(out).values())
