"""Writing task records from one background thread: callers never wait on disk, no id is lost.

:class:`JournalWriter` queues :data:`~gateway_runtime.taskstore.Change` values and applies them
to a :class:`~gateway_runtime.taskstore.TaskStore` from its own thread, in batches (one
transaction for many concurrent submits). Each change comes back as a
``concurrent.futures.Future``: the sync client waits on it a bounded time, the async client
awaits it without blocking its event loop. A busy store (another process holding SQLite's write
lock) or one that cannot be written (read-only file, full disk) does not lose anything: the
changes stay queued in memory and are retried with backoff while the process lives, again when
the client closes and at interpreter exit; a submitted task that still could not be written
is then printed on stderr with the command that resumes it.
"""

from __future__ import annotations

import atexit
import json
import shlex
import sys
import threading
import weakref
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future

from ._logs import logger
from .redact import redact
from .taskstore import Change, SubmitChange, TaskRecord, TaskStore

__all__ = ["EXIT_WAIT", "JournalWriter", "last_resort_lines"]

EXIT_WAIT = 10.0
"""Seconds interpreter exit (and ``close()``) keeps retrying a busy journal before giving up."""

_MAX_BATCH = 500
_IDLE_EXIT = 5.0  # an idle thread ends; the next change starts a new one
_FIRST_DELAY, _MAX_DELAY = 0.02, 0.5


def _is_busy(exc: BaseException) -> bool:
    """Whether ``exc`` is another writer's lock (worth retrying), not a broken store."""
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def last_resort_lines(record: TaskRecord, where: str, reason: str) -> list[str]:
    """What is printed for a submitted task that never reached the journal: how to resume it."""
    handle = json.dumps(record.redacted().handle(), ensure_ascii=False, sort_keys=True)
    return [
        f"gateway-clientgen: task {redact(record.task_id)} ({record.gateway}) was accepted by "
        f"the gateway but could not be written to the task journal {where} ({redact(reason)}); "
        "resume it with:",
        f"  clientgen tasks resume {shlex.quote(handle)}",
    ]


class JournalWriter:
    """Applies changes to one store from a background thread (see the module docstring)."""

    def __init__(self, open_store: Callable[[], TaskStore], where: str) -> None:
        self.where = where
        self._open_store = open_store
        self._store: TaskStore | None = None
        self._queue: deque[tuple[Change, Future[None]]] = deque()
        self._cond = threading.Condition()
        self._thread: threading.Thread | None = None
        self._stopping = False
        self._error: BaseException | None = None
        self._outage = False
        _LIVE.add(self)

    # -- what clients call -------------------------------------------------------------------

    def submit(self, change: Change) -> Future[None]:
        """Queue ``change``; the future is done once the store has it (never raises here)."""
        future: Future[None] = Future()
        with self._cond:
            self._queue.append((change, future))
            if self._thread is None or not self._thread.is_alive():
                self._stopping = False
                self._thread = threading.Thread(
                    target=self._run, name=f"gateway-journal {self.where}", daemon=True
                )
                self._thread.start()
            self._cond.notify_all()
        return future

    @property
    def last_error(self) -> str | None:
        """Why the last write failed (``None`` after a success)."""
        return None if self._error is None else str(self._error)

    def flush(self, timeout: float) -> bool:
        """Wait up to ``timeout`` seconds for every queued change; whether all were written."""
        with self._cond:
            return self._cond.wait_for(lambda: not self._queue, timeout)

    def unwritten(self) -> list[TaskRecord]:
        """New submits still waiting for the store (not resumed tasks: those have a row or
        a handle already)."""
        with self._cond:
            return [c.record for c, _ in self._queue if isinstance(c, SubmitChange) and c.replace]

    def close(self, timeout: float | None = None) -> None:
        """Write what is queued (waiting up to ``timeout``, default :data:`EXIT_WAIT`), then
        stop the thread.

        Changes that still could not be written stay queued: interpreter exit tries once more,
        then prints each such task with its resume command.
        """
        timeout = EXIT_WAIT if timeout is None else timeout
        wait = timeout if self._error is None or _is_busy(self._error) else min(timeout, 0.2)
        if not self.flush(wait):
            logger.warning(
                "task journal %s: %d change(s) not written yet (%s); retried until exit",
                self.where,
                len(self._queue),
                self.last_error,
            )
            return
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(1.0)

    # -- the thread --------------------------------------------------------------------------

    def _run(self) -> None:
        delay = _FIRST_DELAY
        while True:
            with self._cond:
                if not self._cond.wait_for(lambda: self._queue or self._stopping, _IDLE_EXIT):
                    if self._thread is threading.current_thread():
                        self._thread = None  # idle: end; submit() starts a new thread
                    self._close_store()
                    return
                if not self._queue:  # stopping, nothing left
                    self._close_store()
                    return
                batch = [self._queue[i] for i in range(min(len(self._queue), _MAX_BATCH))]
            if self._write([change for change, _ in batch]):
                delay = _FIRST_DELAY
                with self._cond:
                    for _ in batch:
                        self._queue.popleft()
                    self._cond.notify_all()
                for _, future in batch:
                    future.set_result(None)
                continue
            with self._cond:  # back off; close() or new changes do not cut the pause short
                self._cond.wait(delay)
            delay = min(delay * 2, _MAX_DELAY)

    def _write(self, changes: list[Change]) -> bool:
        try:
            if self._store is None:
                self._store = self._open_store()
            self._store.apply(changes)
        except Exception as exc:
            self._error = exc
            if not self._outage:
                self._outage = True
                logger.warning(
                    "task journal %s cannot be written (%s); %d change(s) kept in memory and "
                    "retried",
                    self.where,
                    exc,
                    len(changes),
                )
            if not _is_busy(exc):
                self._close_store()  # reopen next time: the file may have come back
            return False
        if self._outage:
            logger.warning("task journal %s written again", self.where)
        self._outage = False
        self._error = None
        return True

    def _close_store(self) -> None:
        store, self._store = self._store, None
        if store is not None:
            try:
                store.close()
            except Exception as exc:  # closing a broken connection must not kill the thread
                logger.debug("closing task journal %s: %s", self.where, exc)


_LIVE: weakref.WeakSet[JournalWriter] = weakref.WeakSet()


def _at_exit() -> None:
    """Give every writer a last chance, then print the tasks that never reached a journal."""
    for writer in list(_LIVE):
        writer.close()
        for record in writer.unwritten():
            reason = writer.last_error or "no write finished in time"
            for line in last_resort_lines(record, writer.where, reason):
                print(line, file=sys.stderr, flush=True)


atexit.register(_at_exit)
