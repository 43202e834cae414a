"""The batch job store interface: one record per (batch, job id), moved through a state machine.

::

    pending ──claim──▶ submitting ──submitted(task id)──▶ submitted ──finish──▶ done | failed
       ▲                   │                                                        │
       └──────release──────┘ (the request surely never reached the gateway)         │
       └───────────────────────────── retry (``--retry-failed N``) ─────────────────┘

A backend implements :class:`JobStore` (``sqlite_store.SQLiteJobStore`` is the embedded default;
another backend, e.g. Redis for Celery workers, only has to keep the same contract):

- Every transition is **atomic and conditional** on the state it leaves, and returns whether it
  happened: two workers can never both claim one job.
- ``claim`` also **reserves the budget**: it refuses (``"cap"``) when one more task, or the job's
  price, would pass the batch's ``max_tasks`` / ``max_cost``. Counters only grow, except
  ``release``/``refund`` for a submit the gateway surely never turned into a task.
- A job found in ``submitting`` after a crash is *uncertain*: the request may have reached the
  gateway. The store never moves it on by itself; the runner reports it (or, for an idempotent
  operation, resubmits it with the recorded ``idempotency_key``).
- Payloads are stored as JSON text with a hash: re-adding a job id with another payload raises
  :class:`JobConflict` rather than quietly running something else under a paid id.
- Reads are paged by ``seq`` (the job's line order), so nothing needs all jobs in memory.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple, Protocol

__all__ = [
    "STATES",
    "Claim",
    "JobConflict",
    "JobRecord",
    "JobState",
    "JobStore",
    "NewJob",
    "Totals",
]

JobState = Literal["pending", "submitting", "submitted", "done", "failed"]
STATES: tuple[JobState, ...] = ("pending", "submitting", "submitted", "done", "failed")
Claim = Literal["claimed", "cap", "taken"]


class JobConflict(Exception):
    """A job id already recorded in this batch with a different payload."""


class NewJob(NamedTuple):
    """A validated job to record as ``pending`` (``price`` ``None``: unknown)."""

    job_id: str
    seq: int
    payload: str
    payload_hash: str
    price: float | None


class Totals(NamedTuple):
    """What a batch has reserved so far: tasks (every claim) and their price."""

    tasks: int
    cost: float


@dataclass(frozen=True, slots=True)
class JobRecord:
    """One job as stored; times are Unix seconds."""

    job_id: str
    seq: int
    state: JobState
    payload: str
    price: float | None = None
    attempts: int = 0
    idempotency_key: str | None = None
    task_id: str | None = None
    status: str | None = None
    error_code: Any = None
    error_message: str | None = None
    files: tuple[str, ...] = ()
    reported_cost: float | None = None
    polls: int = 0
    created_at: float | None = None
    submitted_at: float | None = None
    finished_at: float | None = None
    note: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)


class JobStore(Protocol):
    """Where a batch keeps its jobs; see the module docstring for the contract."""

    def open_batch(self, batch: str, meta: Mapping[str, Any]) -> Mapping[str, Any]:
        """Record the batch (first time) and return its stored meta (the first run's)."""
        ...

    def set_limits(
        self,
        batch: str,
        max_tasks: int | None,
        max_cost: float | None,
        unknown_price: float | None = None,
    ) -> None:
        """The caps ``claim`` enforces (``None``: no cap) and the price counted for a job whose
        price is unknown; they may change between runs."""
        ...

    def add(self, batch: str, jobs: Iterable[NewJob]) -> int:
        """Record new jobs as ``pending`` (known ids are kept); the number added."""
        ...

    def claim(self, batch: str, job_id: str, idempotency_key: str, now: float) -> Claim:
        """``pending`` → ``submitting``, reserving one task and its price (``"cap"``: over a cap).

        An idempotent job left in ``submitting`` is resubmitted with its recorded key, unclaimed.
        """
        ...

    def release(self, batch: str, job_id: str, note: str | None = None) -> bool:
        """``submitting`` → ``pending``, refunding the reservation (the request was not sent)."""
        ...

    def submitted(self, batch: str, job_id: str, task_id: str, now: float) -> bool:
        """``submitting`` → ``submitted`` with the gateway's task id."""
        ...

    def finish(
        self,
        batch: str,
        job_id: str,
        state: Literal["done", "failed"],
        now: float,
        *,
        status: str | None = None,
        error_code: Any = None,
        error_message: str | None = None,
        files: Iterable[str] = (),
        reported_cost: float | None = None,
        polls: int = 0,
        refund: bool = False,
    ) -> bool:
        """``submitted`` (or ``submitting`` for a refused submit) → ``done`` / ``failed``.

        ``refund``: the gateway refused the submit, so no task (and no cost) exists.
        """
        ...

    def note(self, batch: str, job_id: str, note: str | None) -> None:
        """Attach a remark (e.g. "still running at the deadline") without changing the state."""
        ...

    def retry(self, batch: str, job_id: str) -> bool:
        """``failed`` → ``pending`` (its files, error and task id cleared; attempts kept)."""
        ...

    def get(self, batch: str, job_id: str) -> JobRecord | None:
        """One job, or ``None``."""
        ...

    def page(
        self, batch: str, states: Iterable[JobState] | None, after_seq: int, limit: int
    ) -> list[JobRecord]:
        """Up to ``limit`` jobs with ``seq > after_seq`` (in ``states``), ordered by ``seq``."""
        ...

    def counts(self, batch: str) -> dict[JobState, int]:
        """How many jobs are in each state."""
        ...

    def totals(self, batch: str) -> Totals:
        """Tasks and cost reserved by claims so far."""
        ...

    def close(self) -> None:
        """Release the backend's resources."""
        ...
