"""Enqueue a batch for the workers, watch it from any machine, collect its results.

``enqueue_batch`` validates the whole jobs file first (nothing is enqueued when a line is bad,
unless ``skip_invalid``), records the plan (no secrets: the key stays in each worker's
environment), the caps and the jobs in Redis, then sends one message per job that still needs
work. Running it again with the same batch id resumes: known jobs are kept as they are, and only
unfinished ones are enqueued again (a duplicate message is harmless). ``status`` reads the
counts; ``wait`` returns when no job can make progress; the results are written by the batch
layer's writer from the Redis store, into the output folder the workers share.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from celery import Celery

from ..batch.config import BatchConfig
from ..batch.jobs import new_jobs
from ..batch.plan import make_plan
from ..batch.pricing import PriceTable
from ..batch.store import JobState, Totals
from .celery_app import enqueue_jobs
from .clients import spec_for
from .plan import BatchPlan
from .recovery import parks
from .redis_store import RedisJobStore

__all__ = ["BatchStatus", "batch_id_for", "enqueue_batch", "status", "wait"]


class BatchStatus(NamedTuple):
    """Progress of a batch: jobs per state, reserved tasks and cost, jobs parked with a note."""

    counts: dict[JobState, int]
    totals: Totals
    parked: int  # not startable (cap reached) or needing a person (uncertain)
    parked_pending: int = 0  # of those, jobs never sent (counted in "pending" too)

    @property
    def queued(self) -> int:
        """Pending jobs a worker may still start (parked ones left out)."""
        return max(0, self.counts["pending"] - self.parked_pending)

    @property
    def open(self) -> int:
        """Jobs that workers may still move on."""
        c = self.counts
        return max(0, c["pending"] + c["submitting"] + c["submitted"] - self.parked)


def batch_id_for(plan: BatchPlan) -> str:
    """The default batch id: the gateway, operation and output folder (a rerun resumes)."""
    key = f"{plan.gateway}\0{plan.operation}\0{os.path.abspath(plan.out)}"
    return plan.gateway + "-" + hashlib.sha256(key.encode()).hexdigest()[:12]


def enqueue_batch(
    app: Celery,
    store: RedisJobStore,
    plan: BatchPlan,
    jobs: Path,
    *,
    batch: str | None = None,
    max_tasks: int | None = None,
    max_cost: float | None = None,
    unknown_price: float | None = None,
    prices: PriceTable | str | os.PathLike[str] | None = None,
    skip_invalid: bool = False,
) -> str:
    """Check everything as a local run does (the batch layer's ``make_plan``: operation, output
    folder, every line, prices under ``max_cost``), then record the batch in Redis and enqueue
    its unfinished jobs; its id. Raises ``BatchInputError`` with nothing recorded or sent."""
    spec = spec_for(plan.module, plan.spec_path)
    config = BatchConfig(
        max_tasks=max_tasks, max_cost=max_cost, unknown_price=unknown_price,
        skip_invalid=skip_invalid,
    )  # fmt: skip
    checked = make_plan(spec, plan.operation, jobs, Path(plan.out), config, prices)
    price = checked.prices.price if checked.prices is not None else (lambda payload: None)
    batch = batch or batch_id_for(plan)
    store.open_batch(batch, plan.to_meta())
    store.set_limits(batch, max_tasks, max_cost, unknown_price)
    bad = {p.line for p in checked.problems}
    store.add(batch, new_jobs(checked.jobs_path, checked.op, price, bad))  # streamed
    store.db.sadd(f"{store.prefix}:batches:open", batch)
    for record in store.noted(batch):  # what stopped them last time is for this run to find out
        if record.state in ("pending", "submitted"):
            store.note(batch, record.job_id, None)
    after = 0
    while page := store.page(batch, ["submitting"], after, 1000):
        enqueue_jobs(app, batch, [r.job_id for r in page if not r.note])  # uncertain: never again
        after = page[-1].seq
    for state in ("submitted", "pending"):  # tasks already paid for first; ids only, no reads
        after = 0
        while ids := store.ids(batch, state, after, 1000):
            enqueue_jobs(app, batch, [job_id for _, job_id in ids])
            after = ids[-1][0]
    return batch


def status(store: RedisJobStore, batch: str) -> BatchStatus:
    """Counts, totals and parked jobs of ``batch`` (from any machine)."""
    parked = [
        r.state
        for r in store.noted(batch)
        if r.state in ("pending", "submitting", "submitted") and parks(r.note)
    ]
    return BatchStatus(
        store.counts(batch), store.totals(batch), len(parked), parked.count("pending")
    )


def wait(
    store: RedisJobStore,
    batch: str,
    *,
    every: float = 1.0,
    timeout: float | None = None,
    on_status: Callable[[BatchStatus], None] | None = None,
) -> BatchStatus:
    """Poll the store until no job can move on (or ``timeout``); the last status."""
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        current = status(store, batch)
        if on_status is not None:
            on_status(current)
        if current.open == 0 or (deadline is not None and time.monotonic() > deadline):
            if current.open == 0:
                store.db.srem(f"{store.prefix}:batches:open", batch)
            return current
        time.sleep(every)
