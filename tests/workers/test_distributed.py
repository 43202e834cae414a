"""Batches on real Celery worker processes over a real Redis, against the simulator."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from gateway_runtime.workers.celery_app import make_app
from gateway_runtime.workers.coordinator import enqueue_batch, status, wait
from gateway_runtime.workers.jobrun import BatchPlan
from gateway_runtime.workers.redis_store import RedisJobStore
from generator.simulator import Simulator, running
from tests.redis_server import RedisServer
from tests.workers.cluster import Worker


def _jobs(path: Path, count: int) -> Path:
    lines = [
        json.dumps({"id": f"job-{i:04d}", "model": "seedream-4.0", "prompt": f"cat {i:04d}"})
        for i in range(count)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _submits(sim: Simulator) -> Counter[str]:
    """Submits the simulator received, per job (the prompt names the job)."""
    return Counter(
        r.json()["prompt"] for r in sim.requests if r.method == "POST" and r.path == "/v1/tasks"
    )


@pytest.fixture
def sim() -> Iterator[Simulator]:
    with running("qingbo", polls=2, task_seconds=0.3, record=True) as simulator:
        yield simulator


def test_a_queued_batch_runs_on_a_worker(
    redis_server: RedisServer, sim: Simulator, tmp_path: Path
) -> None:
    app = make_app(redis_server.url, visibility_timeout=3)
    store = RedisJobStore(redis_server.url)
    out = tmp_path / "out"
    plan = BatchPlan("qingbo", "createTask", str(out), module="generated.qingbo",
                     base_url=sim.url, concurrency=3, lease=2.0)  # fmt: skip
    batch = enqueue_batch(app, store, plan, _jobs(tmp_path / "jobs.jsonl", 8), max_tasks=6)
    worker = Worker(redis_server.url, tmp_path, "w1")
    try:
        final = wait(store, batch, every=0.2, timeout=60)
    finally:
        worker.stop()
    assert final.counts == {"pending": 2, "submitting": 0, "submitted": 0, "done": 6, "failed": 0}
    assert final.totals.tasks == 6 and final.parked == 2  # the cap, exactly
    assert sorted(_submits(sim).values()) == [1] * 6
    done = [r for r in store.page(batch, ["done"], 0, 100)]
    assert all(r.files and (out / r.files[0]).is_file() for r in done)
    assert status(store, batch).open == 0
