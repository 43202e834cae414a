"""What the batch does to one job: submit it, poll its task, download its outputs.

Each action ends in a recorded state: a job is ``submitting`` in the store before its request
leaves, and ``submitted`` with the task id as soon as the answer is read, so a kill at any moment
leaves either a task id to resume or an *uncertain* job that is never resubmitted (unless the
operation is idempotent: then it goes again with the same idempotency key).
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import time
from typing import Any

from .._flow import run_sync
from .._logs import logger
from ..errors import (
    APIConnectionError,
    APIStatusError,
    GatewayClientError,
    GatewayError,
    InvalidPathParameterError,
    MissingAPIKeyError,
    RateLimitError,
)
from ..options import RequestOptions
from ..outputs import DEFAULT_MAX_BYTES, download_flow, find_outputs
from ..task_state import TaskState
from ..tasks import AsyncTask
from ..validation import PayloadValidationError
from .jobs import split_payload
from .poll_errors import error_line, poll_failure
from .pricing import reported_cost
from .state import Run, Running, job_folder
from .store import JobRecord

__all__ = ["UNCERTAIN", "JobActions"]

UNCERTAIN = "may have been submitted — check the gateway before running it again"


_RESENDS = 3  # times an idempotent submit of unknown fate goes again (same key) in one run
_NOT_SENT = (PayloadValidationError, InvalidPathParameterError, MissingAPIKeyError)


class JobActions:
    """The three steps of a job, each recording its outcome in the store."""

    def __init__(self, run: Run) -> None:
        self.run = run
        self.poll_op = run.core.spec.operation(run.binding.poll)

    # -- submit --------------------------------------------------------------------------

    async def submit(self, job: JobRecord, key: str) -> None:
        run = self.run
        parts, _ = split_payload(run.op, json.loads(job.payload))
        flow = run.core.submit_flow(
            run.op.operation_id,
            path_params=parts.path_params,
            query=parts.query,
            headers=parts.headers,
            body=parts.body,
            options=RequestOptions(idempotency_key=key, validate=False),
        )
        run.stats["submits"] += 1
        attempts = job.attempts + (0 if job.state == "submitting" else 1)
        try:
            submitted = await run.host._run(flow)
        except Exception as exc:
            # From here on the job is the claimed one: submitting, with its key and attempts.
            claimed = dataclasses.replace(
                job, state="submitting", idempotency_key=key, attempts=attempts
            )
            self._submit_failed(job, claimed, exc)
            return
        now = time.time()
        run.store.submitted(run.batch, job.job_id, submitted.task_id, now)
        task: AsyncTask[Any] = AsyncTask(
            run.host,
            run.binding,
            submitted.task_id,
            operation=run.op.operation_id,
            parse=None,
            submit_response=None,
            created_at=submitted.created_at,
        )
        self.watch(job.job_id, task, attempts)

    def watch(
        self, job_id: str, task: AsyncTask[Any], attempts: int, delay: float | None = None
    ) -> None:
        """Start polling a submitted task (first poll after ``delay``; default its interval)."""
        run = self.run
        running = Running(job_id, task, attempts, 0.0)
        run.running[job_id] = running
        wait = run.interval_after(running) if delay is None else delay
        run.schedule.poll_at(time.monotonic() + wait, running)
        loop = asyncio.get_running_loop()

        def ring() -> None:  # a callback recorded in the journal (any process's webhook)
            loop.call_soon_threadsafe(self._hinted, running)

        running.watch = task.watch_hints(ring)

    def _hinted(self, running: Running) -> None:
        """A callback says the task ended: its next poll is now (and confirms it)."""
        run = self.run
        if run.running.get(running.job_id) is not running:
            return
        running.hinted = True  # a poll in flight now is followed by another at once
        run.schedule.poll_at(time.monotonic(), running)
        run.wake.set()

    def _settled(self, running: Running) -> None:
        """The run stops watching ``running`` (done, failed or dropped)."""
        self.run.running.pop(running.job_id, None)
        if running.watch is not None:
            running.watch.close()

    def _submit_failed(self, job: JobRecord, claimed: JobRecord, exc: Exception) -> None:
        """``job`` as it was read (pending, or submitting when resubmitted), ``claimed`` after."""
        run = self.run
        attempts = claimed.attempts
        if isinstance(exc, RateLimitError) or (
            isinstance(exc, APIConnectionError) and not exc.may_have_reached_server
        ):
            # No task was created: back in the queue, and submits pause (a 429 storm slows us).
            # At most the client's own limit on waiting (max_retry_delay): a gateway asking for
            # a day is asked again then (a refused submit creates nothing, costs nothing).
            asked = getattr(exc, "retry_after", None) or 1.0
            pause = min(asked, run.host._core.policy.max_retry_delay)
            run.submits_paused_until = max(run.submits_paused_until, time.monotonic() + pause)
            if job.state == "pending":
                run.store.release(run.batch, job.job_id, f"not sent: {error_line(exc)}")
                run.requeued.appendleft(job)
            else:
                run.resubmit.appendleft(claimed)
            return
        said_no = isinstance(exc, GatewayError) and not (
            isinstance(exc, APIStatusError) and (exc.status_code or 0) >= 500
        )
        if said_no or isinstance(exc, _NOT_SENT):
            code = getattr(exc, "code", None)
            if code is None and isinstance(exc, APIStatusError):
                code = exc.status_code
            run.store.finish(
                run.batch,
                job.job_id,
                "failed",
                time.time(),
                error_code=code,
                error_message=error_line(exc),
                refund=True,
            )
            run.stats["failed"] += 1
            self._maybe_retry(job.job_id, attempts)
            return
        # The request may have reached the gateway: a task may exist. Never resubmit blindly.
        if not isinstance(exc, GatewayClientError):
            logger.warning("batch job %s: submit broke: %r", job.job_id, exc)
        run.stats["uncertain"] += 1
        run.resent[job.job_id] += 1
        if run.idempotent and run.resent[job.job_id] <= _RESENDS:
            run.resubmit.append(claimed)  # same idempotency key: the gateway dedupes
            return
        run.store.note(run.batch, job.job_id, f"{UNCERTAIN} ({error_line(exc)})")

    # -- poll ----------------------------------------------------------------------------

    async def poll(self, running: Running) -> None:
        run = self.run
        run.stats["polls"] += 1
        running.hinted = False  # this poll answers the hints so far
        try:
            state: TaskState = await running.task.status()
        except Exception as exc:
            self._poll_failed(running, exc)
            return
        running.failures = 0
        running.polls += 1
        if state.outcome == "success":
            run.downloads.append((running, state))
            return
        if state.outcome in ("failure", "canceled"):
            self._settled(running)
            message = state.error_message or f"task ended with status {state.status!r}"
            run.store.finish(
                run.batch,
                running.job_id,
                "failed",
                time.time(),
                status=state.status,
                error_code=state.error_code,
                error_message=message,
                reported_cost=reported_cost(state.raw, run.prices),
                polls=running.polls,
            )
            run.stats["failed"] += 1
            self._maybe_retry(running.job_id, running.attempts)
            return
        running.unknown = running.unknown + 1 if state.outcome == "unknown" else 0
        if running.unknown >= run.core.max_unknown_polls:
            self._drop(
                running,
                f"status {state.status!r} means nothing known for "
                f"{running.unknown} polls; map it with status_aliases and rerun",
            )
            return
        self._again(running, run.interval_after(running))

    def _again(self, running: Running, delay: float, *, until_limit: bool = False) -> None:
        """Poll again after ``delay`` (``until_limit``: at the task's limit at the latest, for a
        delay the gateway asked for; else a delay past the limit stops watching now)."""
        run = self.run
        if running.hinted:  # a hint came during the poll that just said "running"
            delay = 0.0
        limit = self._limit()
        elapsed = time.monotonic() - running.started
        if until_limit:
            delay = min(delay, max(0.0, limit - elapsed))
        if elapsed + delay > limit:
            self._drop(
                running,
                f"still running after {elapsed:.0f}s (limit {limit:g}s); "
                "run the batch again to keep waiting",
            )
            return
        run.schedule.poll_at(time.monotonic() + delay, running)

    def _limit(self) -> float:
        """Seconds a task is watched for (the run's timeout, else its binding's)."""
        run = self.run
        return run.config.timeout if run.config.timeout is not None else run.binding.timeout

    def _poll_failed(self, running: Running, exc: Exception) -> None:
        """The poll, not the task, failed: the task may still run or have succeeded. It stays
        recorded (a "failed" job would be submitted again by --retry-failed: paid twice)."""
        run = self.run
        failure = poll_failure(exc)
        if failure.transient:
            running.failures += 1
            if running.failures <= run.config.max_poll_failures:
                asked = getattr(exc, "retry_after", None) or 0.0  # the gateway's: bounded
                self._again(running, max(run.interval_after(running), asked), until_limit=True)
                return
        self._drop(running, failure.note)

    def _drop(self, running: Running, note: str) -> None:
        """Stop watching a task that is still (maybe) running; a rerun resumes it."""
        self._settled(running)
        self.run.store.note(self.run.batch, running.job_id, note)

    def _maybe_retry(self, job_id: str, attempts: int) -> None:
        run = self.run
        if attempts <= run.config.retry_failed and not run.stopping:
            if run.store.retry(run.batch, job_id):
                record = run.store.get(run.batch, job_id)
                if record is not None:
                    run.stats["retried"] += 1
                    run.requeued.append(record)

    # -- download ------------------------------------------------------------------------

    async def download(self, running: Running, state: TaskState) -> None:
        run = self.run
        run.stats["downloads"] += 1
        folder = run.out / job_folder(running.job_id)
        try:
            outputs = find_outputs(run.binding.outputs, state.raw) if run.binding.outputs else []
            flow = download_flow(
                run.core,
                self.poll_op,
                outputs,
                folder,
                name="output",
                always_hash=False,
                max_bytes=run.config.max_bytes or DEFAULT_MAX_BYTES,
                progress=None,
            )
            # Saving a file syncs it to disk: done in a worker thread, the loop keeps polling.
            paths = await asyncio.to_thread(run_sync, flow, run.files_http())
        except Exception as exc:
            self._drop(
                running,
                f"succeeded, but saving its outputs failed ({error_line(exc)}); "
                "run the batch again to fetch them",
            )
            return
        self._settled(running)
        run.store.finish(
            run.batch,
            running.job_id,
            "done",
            time.time(),
            status=state.status,
            files=[str(p.relative_to(run.out)) for p in paths],
            reported_cost=reported_cost(state.raw, run.prices),
            polls=running.polls,
        )
        run.stats["done"] += 1
