"""The dispatch loop of a batch run: at most ``concurrency`` actions in flight, picked in order
due polls → downloads → idempotent resubmits → new submits (caps and rate limit checked first).

A free slot always goes to a due poll before a new submit, so running tasks are watched on time
however many jobs wait. ``stop()`` (Ctrl-C) ends submitting at once; polls and downloads in
flight are abandoned (their tasks stay ``submitted`` and a rerun resumes them), submits in flight
are let finish so their task ids are recorded.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Coroutine
from typing import Any, Literal

from .._logs import logger
from ..tasks import AsyncTask
from .actions import JobActions
from .state import Run
from .store import JobRecord

__all__ = ["Engine", "StopReason"]

StopReason = Literal["finished", "cap", "interrupted"]
_PAGE = 500


class _Pending:
    """Pending jobs in line order, read from the store a page at a time."""

    def __init__(self, run: Run) -> None:
        self.run = run
        self.buffer: list[JobRecord] = []
        self.after = 0
        self.exhausted = False

    def peek(self) -> JobRecord | None:
        run = self.run
        if run.requeued:
            return run.requeued[0]
        if not self.buffer and not self.exhausted:
            page = run.store.page(run.batch, ["pending"], self.after, _PAGE)
            self.buffer = page[::-1]
            self.exhausted = len(page) < _PAGE
            if page:
                self.after = page[-1].seq
        return self.buffer[-1] if self.buffer else None

    def pop(self) -> None:
        if self.run.requeued:
            self.run.requeued.popleft()
        else:
            self.buffer.pop()

    def empty(self) -> bool:
        return self.peek() is None


class Engine:
    """Runs one batch's jobs to the end, a cap, or ``stop()``."""

    def __init__(self, run: Run) -> None:
        self.run = run
        self.actions = JobActions(run)
        self.pending = _Pending(run)
        self._inflight: dict[asyncio.Task[None], str] = {}

    def stop(self) -> None:
        """Stop submitting (Ctrl-C); the loop ends once submits in flight are recorded."""
        self.run.stopping = True
        self.run.wake.set()

    def resume_recorded(self) -> None:
        """Watch tasks a previous run submitted; queue idempotent uncertain jobs again."""
        run, after = self.run, 0
        while True:
            page = run.store.page(run.batch, ["submitted", "submitting"], after, _PAGE)
            for job in page:
                if job.state == "submitted" and job.task_id:
                    task: AsyncTask[Any] = AsyncTask(
                        run.host,
                        run.binding,
                        job.task_id,
                        operation=run.op.operation_id,
                        parse=None,
                    )
                    self.actions.watch(job.job_id, task, job.attempts, delay=0.0)
                elif job.state == "submitting" and run.idempotent:
                    run.resubmit.append(job)
            if len(page) < _PAGE:
                return
            after = page[-1].seq

    def _pick(self, now: float) -> tuple[str, Coroutine[Any, Any, None]] | None:
        run = self.run
        rate_ok = run.bucket.ready_at(now) <= now
        if rate_ok:
            running = run.schedule.due_poll(now)
            if running is not None:
                run.bucket.take(now)
                return "poll", self.actions.poll(running)
        if run.downloads:
            running, state = run.downloads.popleft()
            return "download", self.actions.download(running, state)
        if not rate_ok or run.stopping or now < run.submits_paused_until:
            return None
        if run.resubmit:
            again = run.resubmit.popleft()
            run.bucket.take(now)
            return "submit", self.actions.submit(again, again.idempotency_key or "")
        if run.capped or len(run.running) >= run.config.max_running:
            return None
        while True:
            job = self.pending.peek()
            if job is None:
                return None
            key = f"{run.batch}:{job.job_id}:{job.attempts + 1}"
            claim = run.store.claim(run.batch, job.job_id, key, time.time())
            if claim == "cap":
                run.capped = True
                return None
            self.pending.pop()
            if claim == "claimed":
                run.bucket.take(now)
                return "submit", self.actions.submit(job, key)

    def _sleep_for(self, now: float) -> float:
        run = self.run
        moments = [now + 1.0]
        due = run.schedule.next_due()
        if due is not None:
            moments.append(max(due, run.bucket.ready_at(now)))
        if run.submits_paused_until > now:
            moments.append(run.submits_paused_until)
        elif not self.pending.empty():
            moments.append(run.bucket.ready_at(now))
        return max(0.0005, min(moments) - now)

    def _finished(self) -> bool:
        run = self.run
        if self._inflight or run.running or run.downloads or run.resubmit:
            return False
        return run.stopping or run.capped or self.pending.empty()

    def _started(self, kind: str, work: Coroutine[Any, Any, None]) -> None:
        task = asyncio.ensure_future(work)
        self._inflight[task] = kind
        task.add_done_callback(self._ended)

    def _ended(self, task: asyncio.Task[None]) -> None:
        self._inflight.pop(task, None)
        if not task.cancelled() and task.exception() is not None:
            logger.error("batch action failed: %r", task.exception())
        self.run.wake.set()

    async def run_all(self) -> StopReason:
        """Dispatch until every job is settled, a cap is reached or ``stop()`` is called."""
        run = self.run
        limit = max(1, run.config.concurrency)
        try:
            while True:
                if run.stopping:
                    await self._wind_down()
                    return "interrupted"
                now = time.monotonic()
                if len(self._inflight) < limit:
                    picked = self._pick(now)
                    if picked is not None:
                        self._started(*picked)
                        continue
                if self._finished():
                    return "cap" if run.capped and not self.pending.empty() else "finished"
                run.wake.clear()
                try:
                    await asyncio.wait_for(run.wake.wait(), self._sleep_for(now))
                except TimeoutError:
                    pass
        finally:
            for task in list(self._inflight):
                task.cancel()

    async def _wind_down(self) -> None:
        """Abandon polls and downloads in flight; let submits in flight record their task."""
        for task, kind in list(self._inflight.items()):
            if kind != "submit":
                task.cancel()
        submits = [t for t, kind in self._inflight.items() if kind == "submit"]
        if submits:
            await asyncio.wait(submits)
