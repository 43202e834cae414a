"""A worker never turns a paid task into a failed job for a client-side reason.

Polls that keep failing (the gateway answers 500) and outputs that cannot be saved leave the
job ``submitted`` with a note saying why; enqueueing the batch again polls the recorded task and
saves its files, and no job is ever submitted twice (a retry of a "failed" job would be).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from gateway_runtime.batch.state import job_folder
from gateway_runtime.workers.celery_app import make_app
from gateway_runtime.workers.coordinator import enqueue_batch, wait
from gateway_runtime.workers.plan import BatchPlan
from gateway_runtime.workers.redis_store import RedisJobStore
from generator.simulator import Faults, Simulator, running
from generator.simulator.faults import FaultDice
from tests.redis_server import RedisServer
from tests.workers.cluster import Worker


def _submits(sim: Simulator) -> Counter[str]:
    return Counter(
        r.json()["prompt"] for r in sim.requests if r.method == "POST" and r.path == "/v1/tasks"
    )


def test_failing_polls_and_unsavable_outputs_keep_the_paid_task(
    redis_server: RedisServer, tmp_path: Path
) -> None:
    jobs = tmp_path / "jobs.jsonl"
    jobs.write_text(
        "".join(
            json.dumps({"id": f"job-{i}", "model": "seedream-4.0", "prompt": f"cat {i}"}) + "\n"
            for i in range(2)
        ),
        encoding="utf-8",
    )
    out = tmp_path / "out"
    faults = Faults(server_error=1.0, operations=frozenset({"getTask"}))
    app = make_app(redis_server.url, visibility_timeout=3)
    store = RedisJobStore(redis_server.url)
    with running("qingbo", polls=1, record=True, faults=faults) as sim:
        plan = BatchPlan("qingbo", "createTask", str(out), module="generated.qingbo",
                         base_url=sim.url, concurrency=2, lease=2.0, poll_interval=0.05)  # fmt: skip
        worker = Worker(redis_server.url, tmp_path, "w1")
        try:
            # 1. Every poll is a 500: both tasks stay recorded, noted, and the batch settles.
            batch = enqueue_batch(app, store, plan, jobs)
            first = wait(store, batch, every=0.1, timeout=120)
            assert first.counts["submitted"] == 2 and first.counts["failed"] == 0, first
            assert first.parked == 2 and first.open == 0
            records = store.page(batch, None, 0, 10)
            assert all(r.task_id and "polls keep failing" in (r.note or "") for r in records)

            # 2. Polls answer again, but job-1's folder cannot be made (a file is in its way).
            sim.app.dice = FaultDice(Faults(), 0)
            blocker = out / job_folder("job-1")
            blocker.write_text("in the way", encoding="utf-8")
            enqueue_batch(app, store, plan, jobs)
            second = wait(store, batch, every=0.1, timeout=120)
            assert second.counts["done"] == 1 and second.counts["submitted"] == 1, second
            kept = store.get(batch, "job-1")
            assert kept is not None and kept.state == "submitted" and kept.task_id
            assert "saving its outputs failed" in (kept.note or "")

            # 3. The way cleared, a third enqueue saves job-1's files from the same task.
            blocker.unlink()
            enqueue_batch(app, store, plan, jobs)
            third = wait(store, batch, every=0.1, timeout=120)
        finally:
            worker.stop()
        assert third.counts["done"] == 2 and third.open == 0, third
        done = store.get(batch, "job-1")
        assert done is not None and done.note is None and done.files
        assert (out / done.files[0]).is_file()
        assert sorted(_submits(sim).values()) == [1, 1]  # nothing paid twice
