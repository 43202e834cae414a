"""The Redis job store keeps the batch runner's contract, atomically, across processes."""

from __future__ import annotations

import hashlib
import threading
import time

import pytest

from gateway_runtime.batch.store import JobConflict, NewJob
from gateway_runtime.workers.redis_store import RedisJobStore
from tests.redis_server import RedisServer


def _job(job_id: str, seq: int, price: float | None = 1.0, text: str = "{}") -> NewJob:
    return NewJob(job_id, seq, text, hashlib.sha256(text.encode()).hexdigest(), price)


@pytest.fixture
def store(redis_server: RedisServer) -> RedisJobStore:
    s = RedisJobStore(redis_server.url, prefix="t")
    s.open_batch("b", {"gateway": "qingbo"})
    return s


def test_state_machine_as_the_sqlite_store(store: RedisJobStore) -> None:
    assert store.add("b", [_job("a", 1), _job("b", 2)]) == 2
    assert store.add("b", [_job("a", 1)]) == 0  # known ids are kept
    with pytest.raises(JobConflict):
        store.add("b", [_job("a", 1, text='{"x":1}')])
    assert store.claim("b", "a", "key-a", 1.0) == "claimed"
    assert store.claim("b", "a", "key-a", 1.0) == "claimed"  # a retried call (reply lost)
    assert store.claim("b", "a", "key-other", 1.0) == "taken"
    assert not store.submitted("b", "b", "t-2", 2.0)  # b was never claimed
    assert store.submitted("b", "a", "t-1", 2.0)
    assert store.finish("b", "a", "done", 3.0, status="completed", files=["a/1.png"], polls=3)
    record = store.get("b", "a")
    assert record is not None
    assert (record.state, record.task_id, record.files, record.polls, record.attempts) == (
        "done",
        "t-1",
        ("a/1.png",),
        3,
        1,
    )
    assert store.counts("b") == {
        "pending": 1,
        "submitting": 0,
        "submitted": 0,
        "done": 1,
        "failed": 0,
    }
    assert [r.job_id for r in store.page("b", None, 0, 10)] == ["a", "b"]
    assert [r.job_id for r in store.page("b", ["pending"], 0, 10)] == ["b"]
    assert store.totals("b") == (1, 1.0)


def test_release_and_refused_submit_refund_the_reservation(store: RedisJobStore) -> None:
    store.add("b", [_job("a", 1, price=2.5), _job("b", 2, price=None)])
    store.set_limits("b", None, None, unknown_price=0.5)
    assert store.claim("b", "a", "k", 1.0) == "claimed"
    assert store.claim("b", "b", "k", 1.0) == "claimed"
    assert store.totals("b") == (2, 3.0)
    assert store.release("b", "a", "not sent")
    assert store.finish("b", "b", "failed", 2.0, error_code=400, refund=True)
    assert store.totals("b") == (0, 0.0)
    failed = store.get("b", "b")
    assert failed is not None and failed.error_code == 400
    assert store.retry("b", "b")
    again = store.get("b", "b")
    assert again is not None and again.state == "pending" and again.error_code is None


def test_caps_are_exact_under_racing_claims(store: RedisJobStore) -> None:
    store.add("b", [_job(f"j{i}", i, price=0.3) for i in range(200)])
    store.set_limits("b", max_tasks=50, max_cost=12.0)  # 12.0 / 0.3 = 40 tasks: cost decides
    results: list[str] = []

    def worker(ids: list[str]) -> None:
        mine = RedisJobStore(store.url, prefix="t")
        results.extend(mine.claim("b", i, "k", time.time()) for i in ids)

    threads = [
        threading.Thread(target=worker, args=([f"j{i}" for i in range(k, 200, 4)],))
        for k in range(4)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results.count("claimed") == 40
    tasks, cost = store.totals("b")
    assert tasks == 40 and cost == pytest.approx(12.0)


def test_leases_pass_a_dead_workers_job_on(store: RedisJobStore) -> None:
    store.add("b", [_job("a", 1)])
    assert store.lease("b", "a", "w1", 0.3)
    assert not store.lease("b", "a", "w2", 10)  # w1's lease is live
    assert store.lease("b", "a", "w1", 0.3)  # renewed by its holder
    time.sleep(0.4)
    assert store.lease("b", "a", "w2", 10)  # w1 stopped renewing: w2 takes over
    record = store.get("b", "a")
    assert record is not None and record.extra == {"lease_owner": "w2", "takeovers": "1"}


def test_global_slots_and_rate_bucket(store: RedisJobStore) -> None:
    assert store.acquire_slot("b", "x", 2, 10)
    assert store.acquire_slot("b", "y", 2, 10)
    assert not store.acquire_slot("b", "z", 2, 10)
    store.release_slot("b", "x")
    assert store.acquire_slot("b", "z", 2, 10)
    assert store.take_token("gw", 2.0) == 0  # a burst of two
    assert store.take_token("gw", 2.0) == 0
    wait = store.take_token("gw", 2.0)
    assert 0 < wait <= 0.5


def test_state_survives_a_redis_kill_9(store: RedisJobStore, redis_server: RedisServer) -> None:
    store.add("b", [_job("a", 1)])
    store.claim("b", "a", "k", 1.0)
    store.submitted("b", "a", "task-accepted", 2.0)
    redis_server.restart()
    record = RedisJobStore(redis_server.url, prefix="t").get("b", "a")
    assert record is not None and (record.state, record.task_id) == ("submitted", "task-accepted")


def test_the_rate_bucket_is_global_across_clients(store: RedisJobStore) -> None:
    """Four processes' worth of clients taking tokens for 1 s get rate × 1 s + burst in all."""
    rate, granted = 25.0, []
    stop = time.monotonic() + 1.0

    def taker() -> None:
        mine = RedisJobStore(store.url, prefix="t")
        while time.monotonic() < stop:
            if mine.take_token("gw2", rate) == 0:
                granted.append(1)
            else:
                time.sleep(0.005)

    threads = [threading.Thread(target=taker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert rate - 3 <= len(granted) <= rate + rate  # 1 s at `rate`, plus a burst of `rate`
