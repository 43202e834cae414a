"""1,000 jobs, the runner killed with SIGKILL at several moments and rerun until the batch ends.

Asserted at the end: every job succeeded exactly once, or is reported uncertain; the simulator
created one task per succeeded job (never two for any job); outputs a finished run had saved
were not fetched again. Slow group (``make test-slow``).
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from generator.simulator import Simulator

from .helpers import KEY, results, submits_per_job, write_jobs

pytestmark = pytest.mark.slow
JOBS = 1000


def _states(db: Path) -> dict[str, int]:
    if not db.exists():
        return {}
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            rows = conn.execute("SELECT state, COUNT(*) FROM jobs GROUP BY state").fetchall()
    except sqlite3.OperationalError:
        return {}
    return {state: n for state, n in rows}


def _done_tasks(db: Path) -> set[str]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
        rows = conn.execute("SELECT task_id FROM jobs WHERE state = 'done'").fetchall()
    return {r[0] for r in rows}


def _run_until(
    argv: list[str], env: dict[str, str], db: Path, moment: Callable[[dict[str, int]], bool]
) -> bool:
    """Start the runner; SIGKILL it at ``moment`` (True) or let it end (False)."""
    proc = subprocess.Popen(argv, env=env, stderr=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 240
    while proc.poll() is None and time.monotonic() < deadline:
        if moment(_states(db)):
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            return True
        time.sleep(0.005)
    if proc.poll() is None:
        proc.kill()
        pytest.fail("the batch runner did not finish in 240 s")
    return False


def test_kill_9_at_any_moment_then_rerun_pays_each_job_once(tmp_path: Path) -> None:
    rng = random.Random(19)
    jobs = write_jobs(tmp_path / "jobs.jsonl", JOBS)
    out = tmp_path / "out"
    db = out / "batch.sqlite3"
    with Simulator("qingbo", polls=2, record=True, task_seconds=0.1) as sim:
        env = {
            **os.environ,
            "QINGBO_API_KEY": KEY,
            "QINGBO_BASE_URL": sim.url,
            "GATEWAY_JOURNAL": str(tmp_path / "journal.sqlite3"),
        }
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
            "--no-progress",
            "--concurrency",
            "32",
        ]
        first_submits = rng.randint(20, 200)
        moments: list[tuple[str, Callable[[dict[str, int]], bool]]] = [
            (
                "mid-submit",
                lambda s: (
                    s.get("submitting", 0) > 0
                    and s.get("submitted", 0) + s.get("done", 0) >= first_submits
                ),
            ),
            ("mid-wait", lambda s: s.get("submitted", 0) >= 10 and s.get("pending", 0) > 100),
            (
                "mid-download",
                lambda s: s.get("done", 0) >= rng.randint(350, 500) and s.get("submitted", 0) > 0,
            ),
            ("random", lambda s: rng.random() < 0.004),
        ]
        saved: list[tuple[int, set[str]]] = []  # (log position at a kill, tasks then done)
        kills = []
        for name, moment in moments:
            killed = _run_until(argv, env, db, moment)
            kills.append((name, killed, _states(db)))
            if killed:
                saved.append((sim.log.to_dict()["total"], _done_tasks(db)))
        assert _run_until(argv, env, db, lambda s: False) is False
        per_job = submits_per_job(sim)
        files = [(e.seq, e.path.split("/")[-2]) for e in sim.log.of(kind="file")]
    assert sum(killed for _, killed, _ in kills) >= 3, kills
    lines = results(out)
    assert len(lines) == JOBS
    outcomes = [line["outcome"] for line in lines.values()]
    assert set(outcomes) <= {"succeeded", "uncertain"}, kills
    for job_id, line in lines.items():
        if line["outcome"] == "succeeded":
            assert per_job[job_id] == 1, (job_id, kills)
            assert (out / line["files"][0]).read_bytes().startswith(b"\x89PNG")
        else:
            assert per_job[job_id] <= 1 and "check the gateway" in line["note"]
            assert json.dumps(line["payload"])
    assert max(per_job.values()) == 1
    assert outcomes.count("uncertain") <= 32 * 4  # only what was in flight at a kill
    for position, done in saved:  # a download a killed run had finished is never fetched again
        again = [task for seq, task in files if seq > position and task in done]
        assert not again, again[:5]
