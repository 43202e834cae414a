"""The Celery app: Redis as broker and shared state, one task per batch job, a recovery sweep.

``make_app(url)`` configures Celery for paid work: ``acks_late`` with ``reject_on_worker_lost``
(a message is acknowledged only when its job's outcome is recorded, so a killed worker's message
goes back to the queue after ``visibility_timeout``), a prefetch of one, and JSON messages that
carry only ids (batch, job) — payloads stay in the job store and keys stay in each worker's
environment. A message may arrive twice or late; the store's leases and conditional transitions
make that harmless. Each worker also sweeps, at most once per lease period for all workers,
the jobs left ``submitting``/``submitted`` under an expired lease and enqueues them again, and
pending jobs whose message the broker lost (``recovery``).
"""

from __future__ import annotations

import json
import os
import socket
import threading
import time
from typing import Any

from celery import Celery, Task

from .clients import ClientCache
from .generation import register_generation_tasks
from .jobrun import JobRunner
from .recovery import PENDING_GRACE, lost_pending, queue_empty
from .redis_journal import RedisJournal
from .redis_store import RedisJobStore

__all__ = ["JOB_TASK", "WorkerState", "enqueue_jobs", "make_app", "start_sweeper", "sweep"]

JOB_TASK = "clientgen.batch_job"
DEFAULT_VISIBILITY = 3600.0


class WorkerState:
    """What one worker process shares between its threads: the store, clients, the runner."""

    def __init__(self, url: str, prefix: str) -> None:
        self.store = RedisJobStore(url, prefix=prefix)
        self.journal = RedisJournal(url, prefix=prefix)
        self.clients = ClientCache(journal=self.journal)  # task ids shared, written on submit
        owner = f"{socket.gethostname()}:{os.getpid()}"
        self.runner = JobRunner(self.store, self.clients, owner)


def make_app(
    url: str,
    *,
    prefix: str = "clientgen",
    visibility_timeout: float = DEFAULT_VISIBILITY,
    queue: str = "clientgen",
) -> Celery:
    """A Celery app on the Redis at ``url`` (broker and result backend) with the job task."""
    app = Celery("clientgen", broker=url, backend=url, set_as_current=False)
    app.conf.update(
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        task_serializer="json",
        result_serializer="json",
        accept_content=["json"],
        task_default_queue=queue,
        broker_connection_retry_on_startup=True,
        broker_transport_options={
            "visibility_timeout": visibility_timeout,
            "unacked_restore_interval": max(1.0, min(10.0, visibility_timeout / 4)),
            "unacked_restore_throttle": 1,
        },
        result_backend_transport_options={"retry_policy": {"timeout": 30.0}},
        worker_hijack_root_logger=False,
        result_expires=7 * 24 * 3600,
    )
    app.conf.clientgen_url = url
    app.conf.clientgen_prefix = prefix
    states: dict[int, WorkerState] = {}
    lock = threading.Lock()

    def state() -> WorkerState:
        with lock:  # one per process (forked pool children build their own)
            if os.getpid() not in states:
                states[os.getpid()] = WorkerState(url, prefix)
            return states[os.getpid()]

    app.clientgen_state = state  # type: ignore[attr-defined]

    @app.task(name=JOB_TASK, bind=True, max_retries=None, ignore_result=True)
    def batch_job(self: Task[Any, Any], batch: str, job_id: str) -> str:
        """Run one job of a batch (see ``jobrun``); a pending-again job is enqueued again."""
        import redis

        try:
            outcome = state().runner.run(batch, job_id)
        except (redis.ConnectionError, redis.TimeoutError) as exc:  # Redis down longer than ~30 s
            raise self.retry(countdown=2.0, exc=exc) from exc
        if outcome in ("retry", "busy"):  # pending again, or no slot free: to the back of the queue
            self.apply_async((batch, job_id), countdown=1.0 if outcome == "retry" else 0.2)
        return outcome

    register_generation_tasks(app, url, prefix)
    return app


def enqueue_jobs(app: Celery, batch: str, job_ids: list[str]) -> None:
    """Send one message per job (ids only), in one connection."""
    with app.producer_or_acquire() as producer:
        for job_id in job_ids:
            app.send_task(JOB_TASK, (batch, job_id), producer=producer)


def sweep(app: Celery, store: RedisJobStore, batch: str, lease: float) -> int:
    """Enqueue again the batch's started jobs whose lease expired (their worker died), and
    pending jobs whose message the broker lost (``recovery``).

    Runs under a Redis lock so one worker sweeps a batch per lease period. Returns how many.
    """
    lock = f"{store.prefix}:batch:{batch}:sweep"
    if not store.db.set(lock, os.getpid(), nx=True, ex=max(1, int(lease))):
        return 0
    seconds, micro = store.db.time()
    now = float(seconds) + float(micro) / 1e6
    found: list[str] = []
    for record in store.page(batch, ["submitting", "submitted"], 0, 100_000):
        if store.lease_until(batch, record.job_id) < now and record.note is None:
            found.append(record.job_id)
    if queue_empty(app, store):  # pending jobs whose message was lost (see recovery)
        meta = json.loads(store.batch_fields(batch).get("meta") or "{}")
        grace = max(PENDING_GRACE, float(meta.get("lease") or 0))
        found += lost_pending(store, batch, now, grace)
    enqueue_jobs(app, batch, found)
    return len(found)


def start_sweeper(app: Celery, store: RedisJobStore, every: float) -> threading.Thread:
    """A daemon thread sweeping every open batch every ``every`` seconds."""

    def loop() -> None:
        while True:
            time.sleep(every)
            try:
                for raw in store.db.smembers(f"{store.prefix}:batches:open"):
                    batch = raw.decode() if isinstance(raw, bytes) else str(raw)
                    sweep(app, store, batch, every)
            except Exception:  # Redis restarting: the next round tries again
                continue

    thread = threading.Thread(target=loop, daemon=True, name="clientgen-sweeper")
    thread.start()
    return thread
