"""Batches on real Celery worker processes over a real Redis, against the simulator."""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from gateway_runtime.batch.pricing import PriceTable
from gateway_runtime.batch.store import JobRecord
from gateway_runtime.workers.celery_app import enqueue_jobs, make_app
from gateway_runtime.workers.coordinator import enqueue_batch, status, wait
from gateway_runtime.workers.plan import BatchPlan
from gateway_runtime.workers.redis_store import RedisJobStore
from generator.simulator import Faults, Simulator, running
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
                     base_url=sim.url, concurrency=3, lease=2.0, poll_interval=0.1)  # fmt: skip
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


def test_pending_jobs_whose_messages_the_broker_lost_are_sent_again(
    redis_server: RedisServer, sim: Simulator, tmp_path: Path
) -> None:
    """Messages gone from Redis (as when it dies between a worker's BRPOP and kombu's unacked
    write, or a job's re-enqueue failing while it is down): the sweeper finds the pending jobs
    untouched while the queue is empty and enqueues them again; each job is submitted once, and
    a duplicate message changes nothing."""
    import redis

    app = make_app(redis_server.url, visibility_timeout=3)
    store = RedisJobStore(redis_server.url)
    plan = BatchPlan("qingbo", "createTask", str(tmp_path / "out"), module="generated.qingbo",
                     base_url=sim.url, concurrency=3, lease=2.0, poll_interval=0.1)  # fmt: skip
    batch = enqueue_batch(app, store, plan, _jobs(tmp_path / "jobs.jsonl", 6))
    broker = redis.Redis.from_url(redis_server.url)
    assert broker.llen("clientgen") == 6
    broker.delete("clientgen")  # every message lost
    enqueue_jobs(app, batch, ["job-0002"])  # one found again by other means: a duplicate later
    store.note(batch, "job-0003", "not sent: the gateway refused the connection")  # still open
    worker = Worker(redis_server.url, tmp_path, "w1")
    try:
        final = wait(store, batch, every=0.2, timeout=60)
    finally:
        worker.stop()
    assert final.open == 0, final
    assert final.counts["done"] == 6 and final.totals.tasks == 6
    assert sorted(_submits(sim).values()) == [1] * 6


def _most_running(sim: Simulator) -> int:
    """Most tasks between their submit and their last poll at once, in the simulator's order.

    Tasks never polled are left out: those are jobs caught mid-submit by a kill, which no worker
    watches (reported uncertain), so they hold no slot.
    """
    last = {e.task_id: e.seq for e in sim.log.entries if e.kind == "poll" and e.task_id}
    running, most = set(), 0
    for entry in sim.log.entries:
        if entry.kind == "submit" and entry.task_id in last:
            running.add(entry.task_id)
        most = max(most, len(running))
        if entry.kind == "poll" and last.get(entry.task_id) == entry.seq:
            running.discard(entry.task_id)
    return most


def _until(store: RedisJobStore, batch: str, done: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while store.counts(batch)["done"] < done:
        assert time.monotonic() < deadline, f"fewer than {done} jobs done in {timeout} s"
        time.sleep(0.02)


@pytest.mark.slow
def test_sigkill_of_a_worker_and_a_redis_restart_lose_nothing_and_pay_nothing_twice(
    redis_server: RedisServer, tmp_path: Path
) -> None:
    jobs, cap = 150, 120
    with running("qingbo", polls=3, task_seconds=0.6, record=True) as sim:
        app = make_app(redis_server.url, visibility_timeout=3)
        store = RedisJobStore(redis_server.url)
        plan = BatchPlan("qingbo", "createTask", str(tmp_path / "out"), module="generated.qingbo",
                         base_url=sim.url, concurrency=12, rate_limit=200.0, lease=2.0,
                         poll_interval=0.2)  # fmt: skip
        batch = enqueue_batch(
            app, store, plan, _jobs(tmp_path / "jobs.jsonl", jobs), max_cost=cap * 0.25,
            prices=PriceTable({"default": 0.25}, "a test's price table"),
        )  # fmt: skip
        workers = [Worker(redis_server.url, tmp_path, f"w{i}") for i in range(3)]
        try:
            _until(store, batch, 25)
            w0 = workers[0]  # a slow host may start it after the others: wait till it works
            seen: list[list[JobRecord]] = []

            def w0_just_submitted() -> bool:  # a task with ~0.6 s to go: still w0's at the kill
                seen.append(_held_by(store, batch, w0.process.pid, "submitted"))
                return any(time.time() - (r.submitted_at or 0) < 0.15 for r in seen[-1])

            _kill_when(w0, w0_just_submitted)
            orphans = {r.job_id for r in _held_by(store, batch, w0.process.pid, "submitted")}
            _until(store, batch, 70)
            redis_server.restart()  # kill -9, then start again from the append-only file
            workers.append(Worker(redis_server.url, tmp_path, "w3"))
            final = wait(store, batch, every=0.2, timeout=180)
        finally:
            for worker in workers:
                worker.stop()
        submits = _submits(sim)
        overlap = _most_running(sim)
    counts = final.counts
    stuck = [
        (r.job_id, r.state, r.note, r.extra)
        for r in store.page(batch, ["pending", "submitting", "submitted"], 0, jobs)
        if not r.note
    ]
    assert final.open == 0, stuck  # wait() ended by itself, not by its timeout
    uncertain = [r for r in store.page(batch, ["submitting"], 0, jobs) if r.note]
    # never paid twice: every job reached the simulator at most once; caps exact: the budget
    # reserved is the cap (a job caught mid-submit by the kill counts: it may have been sent)
    assert max(submits.values()) == 1
    assert final.totals.tasks == cap and final.totals.cost == pytest.approx(cap * 0.25)
    assert cap - len(uncertain) <= sum(submits.values()) <= cap
    assert overlap <= plan.concurrency  # global concurrency, seen from the gateway
    assert counts["done"] + len(uncertain) == cap
    assert len(uncertain) <= 4  # at most the killed worker's jobs in flight
    assert counts["pending"] == jobs - cap and counts["submitted"] == counts["failed"] == 0
    done = store.page(batch, ["done"], 0, jobs)
    assert len({r.task_id for r in done}) == len(done)
    assert {json.loads(r.payload)["prompt"] for r in done} <= set(submits)
    # the killed worker's submitted jobs were taken over by another worker and finished
    taken = {r.job_id for r in done if int(r.extra.get("takeovers", 0))}
    ends = {r.job_id: (r.state, r.extra) for r in store.page(batch, None, 0, jobs)}
    before = [(r.job_id, r.extra, ends[r.job_id]) for r in seen[-1]]
    assert orphans and orphans <= taken, (orphans, taken, before)


@pytest.mark.parametrize("confirm", [False, True])
def test_callbacks_finish_a_queued_batch_without_polling(
    redis_server: RedisServer, tmp_path: Path, confirm: bool
) -> None:
    """Tasks end by the simulator's callback to a real uvicorn: the hint reaches the shared
    journal, wakes the worker waiting for the task, and its one poll confirms it (and with
    ``confirm=True`` the webhook polls once too)."""
    from gateway_runtime.callbacks import webhook_app
    from gateway_runtime.workers.redis_journal import RedisJournal
    from generated.qingbo import Qingbo
    from tests.asgi_server import AsgiServer

    with running("qingbo", polls=50, task_seconds=0.3, record=True) as sim:
        hook_client = Qingbo(api_key="sk-any", base_url=sim.url, journal=False)
        app = webhook_app(hook_client, journal=RedisJournal(redis_server.url), confirm=confirm)
        with AsgiServer(app) as hook:
            store = RedisJobStore(redis_server.url)
            plan = BatchPlan("qingbo", "createTask", str(tmp_path / "out"),
                             module="generated.qingbo", base_url=sim.url, concurrency=4,
                             lease=2.0, poll_interval=120.0, callback_url=hook.url)  # fmt: skip
            celery = make_app(redis_server.url, visibility_timeout=3)
            batch = enqueue_batch(celery, store, plan, _jobs(tmp_path / "jobs.jsonl", 5))
            worker = Worker(redis_server.url, tmp_path, "w1")
            try:
                final = wait(store, batch, every=0.2, timeout=60)
            finally:
                worker.stop()
        assert final.counts["done"] == 5
        # per task: the worker's one poll (confirming, with the outputs), plus the webhook's
        assert sim.count("getTask") == (10 if confirm else 5)
        assert [d.status for d in sim.callbacks] == [200] * 5


def _held_by(store: RedisJobStore, batch: str, pid: int, state: str) -> list[JobRecord]:
    """Jobs in ``state`` whose lease the worker process ``pid`` holds."""
    return [
        r
        for r in store.page(batch, [state], 0, 10_000)
        if f":{pid}:" in str(r.extra.get("lease_owner", ""))
    ]


def _kill_when(worker: Worker, found: Callable[[], bool], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not found():
        assert time.monotonic() < deadline, "the moment to kill never came"
        time.sleep(0.005)
    worker.kill()


@pytest.mark.slow
def test_workers_killed_mid_submit_mid_wait_mid_download(
    redis_server: RedisServer, tmp_path: Path
) -> None:
    """Each moment of a job on its own SIGKILLed worker: submit in flight, task running, files
    being fetched. The job passes on in the state it was recorded; nothing is sent twice."""
    jobs = 24
    with Simulator("qingbo", polls=3, task_seconds=0.5, record=True,
                   faults=Faults(latency=0.4)) as sim:  # fmt: skip
        app = make_app(redis_server.url, visibility_timeout=3)
        store = RedisJobStore(redis_server.url)
        plan = BatchPlan("qingbo", "createTask", str(tmp_path / "out"), module="generated.qingbo",
                         base_url=sim.url, concurrency=6, lease=2.0, poll_interval=0.1)  # fmt: skip
        batch = enqueue_batch(app, store, plan, _jobs(tmp_path / "jobs.jsonl", jobs))
        workers = [Worker(redis_server.url, tmp_path, f"w{i}", concurrency=2) for i in range(3)]
        lifecycle = 3

        def ended(task_id: str | None) -> bool:
            task = sim.tasks.get(task_id or "")
            return task is not None and task.polls >= lifecycle

        try:
            w = workers[0]  # mid-submit: the request is at the simulator (0.4 s to answer)
            _kill_when(w, lambda: bool(_held_by(store, batch, w.process.pid, "submitting")))
            workers.append(Worker(redis_server.url, tmp_path, "w3", concurrency=2))
            w = workers[1]  # mid-wait: its task is still running at the simulator
            _kill_when(w, lambda: any(not ended(r.task_id) for r in
                                      _held_by(store, batch, w.process.pid, "submitted")))  # fmt: skip
            workers.append(Worker(redis_server.url, tmp_path, "w4", concurrency=2))
            w = workers[2]  # mid-download: its task ended, the worker is fetching the image
            _kill_when(w, lambda: any(ended(r.task_id) for r in
                                      _held_by(store, batch, w.process.pid, "submitted")))  # fmt: skip
            workers.append(Worker(redis_server.url, tmp_path, "w5", concurrency=2))
            final = wait(store, batch, every=0.2, timeout=180)
        finally:
            for worker in workers:
                worker.stop()
        submits = _submits(sim)
    uncertain = [r for r in store.page(batch, ["submitting"], 0, jobs) if r.note]
    assert 1 <= len(uncertain) <= 6  # submits in flight at a kill (2 threads x 3 kills): reported
    assert max(submits.values()) == 1  # no job reached the simulator twice
    assert final.counts["done"] + len(uncertain) == jobs
    assert final.counts["failed"] == final.counts["submitted"] == final.counts["pending"] == 0
    done = store.page(batch, ["done"], 0, jobs)
    assert all(r.files and (tmp_path / "out" / r.files[0]).is_file() for r in done)
    assert sum(int(r.extra.get("takeovers", 0)) for r in done) >= 2  # mid-wait, mid-download


def test_slots_held_by_a_dead_workers_jobs_do_not_block_the_threads(
    redis_server: RedisServer, sim: Simulator, tmp_path: Path
) -> None:
    """concurrency 1, its slot held by a job a dead worker submitted: the live worker's threads
    give pending jobs back instead of waiting on them, so the orphan gets a thread and ends."""
    from generated.qingbo import Qingbo

    store = RedisJobStore(redis_server.url)
    plan = BatchPlan("qingbo", "createTask", str(tmp_path / "out"), module="generated.qingbo",
                     base_url=sim.url, concurrency=1, lease=2.0, poll_interval=0.1)  # fmt: skip
    app = make_app(redis_server.url, visibility_timeout=3)
    batch = enqueue_batch(app, store, plan, _jobs(tmp_path / "jobs.jsonl", 4))
    # what a worker killed mid-wait leaves: job-0003 submitted, its task running, its slot held;
    # its message comes last (Celery gives a dead worker's message back at the end of the queue)
    orphan = Qingbo(api_key="sk-any", base_url=sim.url, journal=False)
    task = orphan.tasks.create(model="seedream-4.0", prompt="cat 0003")
    assert store.claim(batch, "job-0003", "k", time.time()) == "claimed"
    assert store.submitted(batch, "job-0003", task.id, time.time())
    assert store.acquire_slot(batch, "job-0003", 1, 3600)
    worker = Worker(redis_server.url, tmp_path, "w1", concurrency=2)
    try:
        final = wait(store, batch, every=0.2, timeout=60)
    finally:
        worker.stop()
    assert final.counts["done"] == 4
    assert sorted(_submits(sim).values()) == [1, 1, 1, 1]
