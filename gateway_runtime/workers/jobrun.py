"""One batch job on a worker: lease it, submit under the global caps, wait, download, record.

Any worker may be handed any job at any time (Celery redelivers the message of a killed worker);
the Redis store decides what happens. A worker first takes the job's **lease** (renewed by a
heartbeat thread while it works; a dead worker's lease expires), then continues the job from
the state it is recorded in:

- ``pending``: wait for a global concurrency slot and a rate token, ``claim`` (the atomic cap
  check and reservation), submit, record the task id (``submitted``);
- ``submitting`` (a worker died between sending and recording): never resubmitted, unless the
  operation is idempotent (then again with the recorded idempotency key); otherwise it stays
  there with the note "may have been submitted — check the gateway";
- ``submitted``: poll the recorded task id (each poll takes a rate token), download its outputs
  to ``OUT/<job id>/`` (a folder every worker shares), record ``done`` / ``failed``.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import wait as futures_wait
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .._flow import run_sync
from ..batch.jobs import split_payload
from ..batch.poll_errors import error_line, poll_failure
from ..batch.pricing import reported_cost
from ..batch.state import job_folder
from ..batch.store import JobRecord
from ..client import SyncClient
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
from ..outputs import download_flow, find_outputs
from ..spec import TaskBinding
from ..task_state import TaskState
from ..validation import PayloadValidationError
from .clients import ClientCache
from .plan import BatchPlan
from .redis_store import RedisJobStore
from .waiting import wait_task

__all__ = ["UNCERTAIN", "JobRunner"]

UNCERTAIN = "may have been submitted — check the gateway before running it again"
_SLOT_WAIT = 2.0  # then the thread gives the job back rather than wait while holding it
_SLOT_SECONDS = 86400.0  # a safety net only: a job's slot is released when the job settles
_WATCH_READY = 0.5  # seconds a wait gives the journal watch to be in place
_NOT_SENT = (PayloadValidationError, InvalidPathParameterError, MissingAPIKeyError)


class _NoSlot(Exception):
    """Every global slot stayed taken while this worker waited."""


class _Heartbeat:
    """Renews the job's lease every third of the lease while the worker works on it."""

    def __init__(self, store: RedisJobStore, batch: str, job_id: str, owner: str, lease: float):
        self.store, self.batch, self.job_id, self.owner, self.lease = (
            store, batch, job_id, owner, lease,
        )  # fmt: skip
        self.slot = False
        self.lost = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._beat, daemon=True, name=f"lease-{job_id}")

    def _beat(self) -> None:
        while not self._stop.wait(self.lease / 3):
            try:
                if not self.store.lease(self.batch, self.job_id, self.owner, self.lease):
                    self.lost.set()
            except Exception:  # Redis restarting: the next beat tries again
                continue

    def __enter__(self) -> _Heartbeat:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(5)


class JobRunner:
    """Runs jobs for one worker process (``owner``: host, pid and thread, unique per worker)."""

    def __init__(self, store: RedisJobStore, clients: ClientCache, owner: str) -> None:
        self.store = store
        self.clients = clients
        self.owner = owner
        self._plans: dict[str, BatchPlan] = {}

    def plan(self, batch: str) -> BatchPlan:
        if batch not in self._plans:
            meta = json.loads(self.store.batch_fields(batch).get("meta") or "{}")
            self._plans[batch] = BatchPlan.from_meta(meta)
        return self._plans[batch]

    def run(self, batch: str, job_id: str) -> str:
        """Work on one job; returns what happened (``done``, ``failed``, ``retry``, ``uncertain``,
        ``cap``, ``finished`` (nothing left to do), ``leased`` (another live worker holds it),
        ``busy`` (no concurrency slot came free in a few seconds: send the job again later))."""
        plan = self.plan(batch)
        owner = f"{self.owner}:{threading.get_ident()}"
        record = self.store.lease_and_get(batch, job_id, owner, plan.lease)  # one step
        if record == "missing":
            return "finished"
        if record == "held":
            return "leased"
        beat = _Heartbeat(self.store, batch, job_id, owner, plan.lease)
        # The job's slot is the job's, not this worker's: a worker that dies leaves it held
        # (its task still runs at the gateway) for the worker that takes the job over.
        settled = False
        try:
            if record.state in ("done", "failed"):
                return "finished"
            with beat:
                try:
                    outcome = self._work(plan, batch, record, beat)
                except _NoSlot:  # free this thread: the slots may be held by jobs that need one
                    return "busy"
            settled = True
            return outcome
        finally:
            self.store.settle(batch, job_id, owner, release_slot=settled)

    def _work(self, plan: BatchPlan, batch: str, record: JobRecord, beat: _Heartbeat) -> str:
        """Continue ``record`` (read under this worker's lease, so current) from its state."""
        client = self.clients.get(plan)
        job_id = record.job_id
        if record.state == "pending":
            with self._slot(plan, batch, beat):
                outcome, task = self._submit(plan, client, batch, record)
                if task is None:
                    return outcome
                return self._finish(plan, client, batch, job_id, task, record.attempts + 1)
        if record.state == "submitting":
            op = client.spec.operation(plan.operation)
            if not (op.idempotent and record.idempotency_key):
                self.store.note(batch, job_id, UNCERTAIN)
                return "uncertain"
            with self._slot(plan, batch, beat):
                outcome, task = self._submit(plan, client, batch, record, record.idempotency_key)
                if task is None:
                    return outcome
                return self._finish(plan, client, batch, job_id, task, record.attempts)
        if record.state != "submitted" or not record.task_id:
            return "finished"
        binding = client.spec.binding_for_submit(plan.operation)
        task = client.resume(
            {"task_id": record.task_id, "binding": binding.name, "operation": plan.operation},
            parse=_raw,
        )  # taken over: the task id recorded, never submitted again
        with self._slot(plan, batch, beat):
            return self._finish(plan, client, batch, job_id, task, record.attempts)

    @contextmanager
    def _slot(self, plan: BatchPlan, batch: str, beat: _Heartbeat) -> Iterator[None]:
        """Hold one of the batch's global concurrency slots for the job (waiting for one if all
        are taken); a job taken over already holds its slot. Held until the job settles."""
        if beat.slot:
            yield
            return
        give_up = time.monotonic() + _SLOT_WAIT
        while not self.store.acquire_slot(batch, beat.job_id, plan.concurrency, _SLOT_SECONDS):
            if time.monotonic() > give_up:
                raise _NoSlot
            time.sleep(0.05)
        beat.slot = True
        yield

    def _token(self, plan: BatchPlan) -> None:
        if plan.rate_limit is None:
            return
        while (wait := self.store.take_token(plan.gateway, plan.rate_limit)) > 0:
            time.sleep(wait)

    def _submit(
        self,
        plan: BatchPlan,
        client: SyncClient,
        batch: str,
        record: JobRecord,
        key: str | None = None,
    ) -> tuple[str, Any]:
        """Claim (unless resending with ``key``) and submit; (outcome, the task once recorded)."""
        job_id = record.job_id
        if key is None:
            key = uuid.uuid4().hex
            claim = self.store.claim(batch, job_id, key, time.time())
            if claim == "cap":
                self.store.note(
                    batch, job_id, "not started: a cap (max tasks / max cost) was reached"
                )
                return "cap", None
            if claim == "taken":
                return "finished", None
        self._token(plan)
        op = client.spec.operation(plan.operation)
        parts, _ = split_payload(op, json.loads(record.payload))
        body = parts.body
        if plan.callback_url and op.callback is not None and body is not None:
            body = {op.callback.field: plan.callback_url, **body}  # the job's own URL wins
        try:
            task: Any = client.submit_task(
                plan.operation,
                path_params=parts.path_params,
                query=parts.query,
                headers=parts.headers,
                body=body,
                options=RequestOptions(idempotency_key=key, validate=False),
                parse=_raw,
            )
        except Exception as exc:
            return self._submit_failed(batch, job_id, exc), None
        if not self.store.submitted(batch, job_id, task.id, time.time()):
            return "finished", None  # not ours any more (the lease was lost): its owner goes on
        return "submitted", task

    def _submit_failed(self, batch: str, job_id: str, exc: Exception) -> str:
        if isinstance(exc, RateLimitError) or (
            isinstance(exc, APIConnectionError) and not exc.may_have_reached_server
        ):
            self.store.release(batch, job_id, f"not sent: {error_line(exc)}")
            return "retry"
        said_no = isinstance(exc, GatewayError) and not (
            isinstance(exc, APIStatusError) and (exc.status_code or 0) >= 500
        )
        if said_no or isinstance(exc, _NOT_SENT):
            self.store.finish(
                batch, job_id, "failed", time.time(), refund=True,
                error_code=getattr(exc, "code", None), error_message=error_line(exc),
            )  # fmt: skip
            return "failed"
        self.store.note(batch, job_id, UNCERTAIN)
        return "uncertain"

    def _finish(
        self,
        plan: BatchPlan,
        client: SyncClient,
        batch: str,
        job_id: str,
        task: Any,
        attempts: int,
    ) -> str:
        """Wait for the job's submitted task, download its outputs, record done / failed."""
        binding = client.spec.binding_for_submit(plan.operation)
        hinted = threading.Event() if plan.callback_url else None
        watch = None if hinted is None else task.watch_hints(hinted.set)
        try:
            if watch is not None:
                futures_wait([watch.ready], _WATCH_READY)  # hints from here on will be seen
            state, polls = wait_task(
                task,
                interval=plan.poll_interval or binding.poll_interval,
                limit=plan.timeout or binding.timeout,
                take_token=lambda: self._token(plan),
                hinted=hinted if watch is not None else None,
                max_failures=plan.max_poll_failures,
            )
        except GatewayClientError as exc:
            return self._poll_failed(batch, job_id, exc)
        finally:
            if watch is not None:
                watch.close()
        now = time.time()
        if not state.terminal:  # still running at the deadline: paid, so kept, never resubmitted
            self.store.note(batch, job_id, f"still running ({state.status}) at the deadline")
            return "running"
        if state.outcome == "success":
            try:
                files = _save(client, binding, job_id, Path(plan.out), state)
            except (GatewayClientError, OSError) as exc:  # paid and recorded: keep it, say so
                # Not "failed": a retry of a failed job submits it again (pays twice) while the
                # task is done. It stays submitted; enqueueing the batch again fetches the files.
                self.store.note(
                    batch, job_id, f"succeeded, but saving its outputs failed ({error_line(exc)}); "
                    "enqueue the batch again to fetch them",
                )  # fmt: skip
                return "running"
            names = [str(Path(f).relative_to(plan.out)) for f in files]
            self.store.finish(
                batch, job_id, "done", now, status=state.status, files=names, polls=polls,
                reported_cost=reported_cost(state.raw, None),
            )  # fmt: skip
            return "done"
        self.store.finish(
            batch, job_id, "failed", now, status=state.status, error_code=state.error_code,
            error_message=state.error_message or f"task ended {state.outcome}", polls=polls,
        )  # fmt: skip
        if attempts <= plan.retry_failed and self.store.retry(batch, job_id):
            return "retry"
        return "failed"

    def _poll_failed(self, batch: str, job_id: str, exc: GatewayClientError) -> str:
        """A poll that kept failing, or that the gateway answered with an error, leaves the paid
        task recorded (``submitted``, with a note), as a local run does (the same decision and
        words: ``batch.poll_errors``): the task may still run or have succeeded, and a retried
        "failed" job would be submitted again."""
        self.store.note(batch, job_id, poll_failure(exc).note)
        return "running"


def _save(
    client: SyncClient, binding: TaskBinding, job_id: str, out: Path, state: TaskState
) -> list[Path]:
    """The outputs of a succeeded task saved as a local batch run saves them (``OUT/<job
    folder>/output-N.ext``: a safe folder name, never a path out of ``OUT``)."""
    if not binding.outputs:
        return []
    flow = download_flow(
        client._core,
        client.spec.operation(binding.poll),
        find_outputs(binding.outputs, state.raw),
        out / job_folder(job_id),
        name="output",
        always_hash=False,
    )
    return run_sync(flow, client.http)


def _raw(body: Any) -> Any:
    return body
