"""The task store interface: where submitted task ids are kept so no paid task is ever lost.

A store keeps one :class:`TaskRecord` per (gateway, task id) and applies :data:`Change` values
(a submitted task, a status update) all or nothing. The SQLite journal (``journal.py``) is the
embedded default; another backend (Redis for workers, say) implements the same
:class:`TaskStore` and sits beside it. :class:`~gateway_runtime.journal_writer.JournalWriter`
drives any store from a background thread, so callers never wait on its I/O.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from typing import Any, Protocol, TypeAlias

from .redact import redact

__all__ = [
    "Change",
    "HintChange",
    "HintLog",
    "SubmitChange",
    "TaskRecord",
    "TaskStore",
    "UpdateChange",
]

HANDLE_VERSION = 1


def _clean(value: str | None) -> str | None:
    return None if value is None else redact(value)


@dataclass(frozen=True, slots=True)
class TaskRecord:
    """One task as the store keeps it: where to find its client again, its last state."""

    gateway: str
    task_id: str
    module: str | None
    spec_path: str | None
    operation: str | None
    binding: str | None
    base_url: str | None
    created_at: float
    updated_at: float
    status: str | None
    outcome: str = "pending"
    terminal: bool = False
    error: str | None = None

    def handle(self) -> dict[str, Any]:
        """The record as task-handle data for ``client.resume``."""
        data = asdict(self)
        data["version"] = HANDLE_VERSION
        return data

    def redacted(self) -> TaskRecord:
        """This record with every string passed through :func:`~gateway_runtime.redact.redact`."""
        return replace(
            self,
            gateway=redact(self.gateway),
            task_id=redact(self.task_id),
            module=_clean(self.module),
            spec_path=_clean(self.spec_path),
            operation=_clean(self.operation),
            binding=_clean(self.binding),
            base_url=_clean(self.base_url),
            status=_clean(self.status),
            outcome=redact(self.outcome),
            error=None if self.error is None else redact(self.error)[:2000],
        )


@dataclass(frozen=True, slots=True)
class SubmitChange:
    """A submitted task: insert its record (``replace``: overwrite an existing one)."""

    record: TaskRecord
    replace: bool = True


@dataclass(frozen=True, slots=True)
class UpdateChange:
    """The latest state of a task already recorded."""

    gateway: str
    task_id: str
    status: str | None
    outcome: str
    terminal: bool
    error: str | None
    updated_at: float


@dataclass(frozen=True, slots=True)
class HintChange:
    """A gateway's callback said this task ended: a *hint*, appended to the store's hint log.

    It changes no record (nothing is done until a poll confirms it); waits watching the log
    (``journal_watch.py``) wake and confirm it with one poll.
    """

    gateway: str
    task_id: str
    status: str | None
    outcome: str
    at: float


Change: TypeAlias = SubmitChange | UpdateChange | HintChange


class TaskStore(Protocol):
    """What a task store does; every string it writes is redacted first."""

    def apply(self, changes: Sequence[Change]) -> None:
        """Write ``changes`` in order, all or nothing; raise when the store cannot (busy, read-only)."""
        ...

    def entries(
        self, *, include_finished: bool = False, limit: int | None = None, offset: int = 0
    ) -> list[TaskRecord]:
        """Records newest first (unfinished only unless ``include_finished``), one page of them."""
        ...

    def count(self, *, include_finished: bool = False) -> int:
        """How many records :meth:`entries` would list without a limit."""
        ...

    def find(self, task_id: str, gateway: str | None = None) -> list[TaskRecord]:
        """Records with this task id (of one gateway, when given)."""
        ...

    def prune(self, *, finished_before: float) -> int:
        """Remove finished records last updated before ``finished_before``; how many went."""
        ...

    def close(self) -> None:
        """Release the store's connection."""
        ...


class HintLog(Protocol):
    """The stores' log of callback hints, read in order from a cursor (see ``journal_watch``)."""

    def hint_cursor(self, lookback: float = 0.0) -> str:
        """Where a new reader starts: before the hints of the last ``lookback`` seconds."""
        ...

    def hints_after(self, cursor: str, wait: float) -> tuple[str, list[tuple[str, str]]]:
        """(new cursor, ``(gateway, task id)`` of the hints after ``cursor``), waiting up to
        ``wait`` seconds for one when there is none (a store that cannot block returns at once)."""
        ...
