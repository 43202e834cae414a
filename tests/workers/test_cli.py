"""``clientgen batch run --queue``, ``batch status`` and ``worker``: real processes, real Redis."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from gateway_runtime.cli import main
from generator.simulator import running
from tests.redis_server import RedisServer
from tests.workers.cluster import Worker


def _cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_batch_run_queue_status_and_results(redis_server: RedisServer, tmp_path: Path) -> None:
    jobs = tmp_path / "jobs.jsonl"
    jobs.write_text(
        "".join(json.dumps({"id": f"j{i}", "model": "seedream-4.0", "prompt": f"p{i}"}) + "\n"
                for i in range(4)),
        encoding="utf-8",
    )  # fmt: skip
    out = tmp_path / "out"
    with running("qingbo", polls=2) as sim:
        worker = Worker(redis_server.url, tmp_path, "w1")
        try:
            code, _, err = _cli(
                "batch", "run", "qingbo", "tasks.create", str(jobs), "--out", str(out),
                "--queue", redis_server.url, "--base-url", sim.url, "--poll-interval", "0.1",
                "--max-tasks", "3", "--batch-id", "cli-1",
            )  # fmt: skip
        finally:
            worker.stop()
    assert code == 1, err  # one job not started: the cap
    assert "3 done" in err and "1 parked" in err
    assert "0 queued, 1 parked" in err  # a parked job is not counted as queued too
    lines = [json.loads(t) for t in (out / "results.jsonl").read_text("utf-8").splitlines()]
    assert [x["id"] for x in lines] == ["j0", "j1", "j2", "j3"]  # in line order
    assert sorted(x["outcome"] for x in lines) == ["not_started"] + ["succeeded"] * 3
    done = [x for x in lines if x["outcome"] == "succeeded"]
    assert all(x["files"] and (out / x["files"][0]).is_file() for x in done)
    code, text, _ = _cli("batch", "status", "cli-1", "--queue", redis_server.url, "--json")
    assert code == 0 and json.loads(text)["counts"]["done"] == 3
    assert json.loads(text)["tasks"] == 3


def test_bad_input_is_refused_before_anything_is_enqueued(
    redis_server: RedisServer, tmp_path: Path
) -> None:
    jobs = tmp_path / "jobs.jsonl"
    jobs.write_text('{"model": "seedream-4.0", "prompt": "ok"}\n{"model"：1}\n', encoding="utf-8")
    code, _, err = _cli(
        "batch", "run", "qingbo", "tasks.create", str(jobs), "--out", str(tmp_path / "o"),
        "--queue", redis_server.url, "--base-url", "http://127.0.0.1:9",
    )  # fmt: skip
    assert code == 2 and "jobs.jsonl:2" in err and "full-width" in err
    import redis

    assert redis.Redis.from_url(redis_server.url).dbsize() == 0  # nothing recorded or enqueued
    code, _, err = _cli("batch", "status", "nope", "--queue", redis_server.url)
    assert code == 2 and "no batch 'nope'" in err
    code, _, err = _cli("worker", "--queue", "http://127.0.0.1:1")
    assert code == 2 and "redis://" in err


def test_worker_refuses_clearly_without_the_extra(tmp_path: Path) -> None:
    script = (
        "import sys, importlib.util as u; real = u.find_spec;"
        "u.find_spec = lambda n, *a: None if n == 'celery' else real(n, *a);"
        "from gateway_runtime.cli import main;"
        "sys.exit(main(['worker', '--queue', 'redis://127.0.0.1:1/0']))"
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert proc.returncode == 2 and "workers extra" in proc.stderr


def test_a_queued_batch_leaves_the_folder_a_local_run_leaves(
    redis_server: RedisServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Same job folders (an id that is no safe name included) and file names, same results."""
    monkeypatch.setenv("QINGBO_API_KEY", "sk-test-local-key")
    jobs = tmp_path / "jobs.jsonl"
    ids = ["plain", "../escape", "a/b"]
    jobs.write_text(
        "".join(json.dumps({"id": i, "model": "seedream-4.0", "prompt": i}) + "\n" for i in ids),
        encoding="utf-8",
    )
    outs = {"local": tmp_path / "local", "queued": tmp_path / "queued"}
    with running("qingbo", polls=2) as sim:
        common = ("batch", "run", "qingbo", "tasks.create", str(jobs), "--base-url", sim.url,
                  "--poll-interval", "0.1", "--no-progress")  # fmt: skip
        code, _, err = _cli(
            *common, "--out", str(outs["local"]), "--journal", str(tmp_path / "j.sqlite3")
        )
        assert code == 0, err
        worker = Worker(redis_server.url, tmp_path, "w1")
        try:
            code, _, err = _cli(*common, "--out", str(outs["queued"]), "--queue", redis_server.url)
        finally:
            worker.stop()
        assert code == 0, err

    def files(out: Path) -> dict[str, list[str]]:
        lines = [json.loads(t) for t in (out / "results.jsonl").read_text("utf-8").splitlines()]
        return {x["id"]: x["files"] for x in lines}

    assert files(outs["local"]) == files(outs["queued"])
    assert all(len(names) == 1 for names in files(outs["queued"]).values())
    assert not (tmp_path / "escape").exists()  # no folder outside --out
    for name in files(outs["queued"])["../escape"]:
        assert (outs["queued"] / name).resolve().is_relative_to(outs["queued"].resolve())
