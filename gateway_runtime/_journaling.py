"""A client's hook into the task journal: the writer made on first use, rows built from calls.

The client core hands over what it knows (gateway, module, spec path, base URL) once; submits,
resumes and status changes become :data:`~gateway_runtime.taskstore.Change` values queued on a
:class:`~gateway_runtime.journal_writer.JournalWriter`. Nothing here blocks or raises: the
futures say when a row is on disk, and the flows wait for them a bounded time (``Wait``).
Waits also :meth:`ClientJournal.watch` the journal's hint log (``journal_watch.py``), so a
callback recorded by any process wakes them.
"""

from __future__ import annotations

import os
import threading
import time
from typing import TYPE_CHECKING

from .taskstore import HintChange, HintLog, SubmitChange, TaskRecord, TaskStore, UpdateChange

if TYPE_CHECKING:
    from collections.abc import Callable
    from concurrent.futures import Future

    from .journal_watch import JournalWatcher, Watch
    from .journal_writer import JournalWriter

__all__ = ["FINAL_JOURNAL_WAIT", "JOURNAL_WAIT", "ClientJournal"]

JOURNAL_WAIT = 5.0
"""Seconds a submit waits for its journal row (then the id stays queued in memory, retried)."""
FINAL_JOURNAL_WAIT = 0.5
"""Seconds ``wait()`` gives the journal to record a task's end (never lost: queued, retried)."""


class ClientJournal:
    """The journal of one client (``journal=`` option); off when the option says so."""

    def __init__(
        self,
        option: str | os.PathLike[str] | bool | TaskStore | None,
        *,
        gateway: str,
        module: str | None,
        spec_path: str | None,
        base_url: str,
    ) -> None:
        self._option = option
        self._where = (gateway, module, spec_path, base_url)
        self._writer: JournalWriter | None = None
        self._opened = False
        self._watcher: JournalWatcher | None = None
        self._watching = False
        self._lock = threading.Lock()

    @property
    def writer(self) -> JournalWriter | None:
        """The writer, made on first use (sqlite3 is imported only once a task exists)."""
        if not self._opened:
            with self._lock:  # sync clients may be shared between threads
                if not self._opened:
                    from .journal import open_journal

                    self._writer = open_journal(self._option)
                    self._opened = True
        return self._writer

    @property
    def opened(self) -> bool:
        """Whether a writer exists (so closing has something to flush)."""
        return self._writer is not None

    def submit(
        self,
        *,
        task_id: str,
        operation: str,
        binding: str,
        created_at: float,
        status: str | None,
        replace: bool = True,
    ) -> Future[None] | None:
        """Queue a submitted task's row (``replace=False``: keep an existing one, for resumes)."""
        writer = self.writer
        if writer is None:
            return None
        gateway, module, spec_path, base_url = self._where
        record = TaskRecord(
            gateway=gateway,
            task_id=task_id,
            module=module,
            spec_path=spec_path,
            operation=operation,
            binding=binding,
            base_url=base_url,
            created_at=created_at,
            updated_at=time.time(),
            status=status,
        )
        return writer.submit(SubmitChange(record, replace=replace))

    def update(
        self, task_id: str, *, status: str | None, outcome: str, terminal: bool, error: str | None
    ) -> Future[None] | None:
        """Queue a task's latest state for its row."""
        writer = self.writer
        if writer is None:
            return None
        change = UpdateChange(
            self._where[0], task_id, status, outcome, terminal, error, updated_at=time.time()
        )
        return writer.submit(change)

    def hint(self, task_id: str, *, status: str | None, outcome: str) -> Future[None] | None:
        """Queue a callback's claim that a task ended, for the journal's hint log."""
        writer = self.writer
        if writer is None:
            return None
        return writer.submit(HintChange(self._where[0], task_id, status, outcome, time.time()))

    def watch(self, task_id: str, ring: Callable[[], None]) -> Watch | None:
        """Have ``ring`` called when a callback hint about ``task_id`` reaches the journal
        (``None``: the journal is off, or its store keeps no hint log)."""
        if not self._watching:
            with self._lock:
                if not self._watching:
                    self._watcher = self._make_watcher()
                    self._watching = True
        watcher = self._watcher
        return None if watcher is None else watcher.watch(task_id, ring)

    def _make_watcher(self) -> JournalWatcher | None:
        from .journal_watch import JournalWatcher

        option = self._option
        if isinstance(option, str | os.PathLike | bool) or option is None:
            from .journal import Journal, resolve_journal_path

            path = resolve_journal_path(option)
            if path is None:
                return None

            def open_log() -> HintLog:
                try:
                    return Journal(path)
                except Exception:  # a journal this process may not write: read it
                    return Journal(path, read_only=True)

            return JournalWatcher(open_log, self._where[0], str(path))
        store = option
        if not (hasattr(store, "hint_cursor") and hasattr(store, "hints_after")):
            return None
        log: HintLog = store  # type: ignore[assignment]
        return JournalWatcher(lambda: log, self._where[0], type(store).__name__, owns_log=False)

    def why_pending(self) -> str:
        """Why a queued row is not on disk yet, in words."""
        error = None if self._writer is None else self._writer.last_error
        return error or "no answer from the journal yet"

    def state(self, task_id: str) -> str:
        """What the journal holds of a submitted task, in words for the command line."""
        writer = self._writer
        if writer is None:
            return "not journaled: the journal is off"
        if any(record.task_id == task_id for record in writer.unwritten()):
            return (
                f"not journaled yet ({self.why_pending()}): kept in memory and retried; "
                "printed with its resume command at exit if it never is"
            )
        return "journaled"

    def close(self) -> None:
        """Write what is still queued (bounded wait), then stop the writer's and watcher's threads."""
        if self._watcher is not None:
            self._watcher.close()
        if self._writer is not None:
            self._writer.close()
