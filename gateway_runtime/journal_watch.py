"""Waking waits when a callback hint for their task reaches the journal (local or shared).

A gateway's callback, received by ``callbacks.webhook_app`` in any process, is appended to the
journal's hint log (:class:`~gateway_runtime.taskstore.HintLog`: a SQLite table, a Redis
stream). A :class:`JournalWatcher` serves one client: waits register the task ids they wait for
(:meth:`JournalWatcher.watch`) and one background thread reads the log from a cursor — every
0.2 s for SQLite, a blocking ``XREAD`` for Redis — calling the ``ring`` of each watch a hint
names. One read per tick however many waits there are. The thread starts reading
:data:`RECENT` seconds back and remembers the hints of that long, so a wait that begins after
its task's callback came (a fast task, a worker taking a job over) is rung at once. A ring only
wakes a wait: the wait confirms the task with one poll, since a callback is never trusted on its
own.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import Future

from ._logs import logger
from .taskstore import HintLog

__all__ = ["EVERY", "RECENT", "JournalWatcher", "Watch"]

EVERY = 0.2
"""Seconds between two reads of a log that cannot block (SQLite); the wake-up latency."""
RECENT = 120.0
"""Seconds of hints remembered, so a wait registered after its task's hint still rings."""
_BLOCK = 1.0  # a blocking read (Redis) waits this long for a hint, then looks at its watches
_IDLE_EXIT = 5.0  # no watch for this long: the thread ends; the next watch starts one
_MAX_BACKOFF = 2.0


class Watch:
    """One wait's registration; ``ready`` is done once hints from now on will ring it."""

    __slots__ = ("_watcher", "ready", "ring", "task_id")

    def __init__(self, watcher: JournalWatcher, task_id: str, ring: Callable[[], None]) -> None:
        self._watcher = watcher
        self.task_id = task_id
        self.ring = ring
        self.ready: Future[None] = Future()

    def close(self) -> None:
        """Stop ringing (the wait ended); safe to call twice."""
        self._watcher._forget(self)


class JournalWatcher:
    """Reads one store's hint log for one gateway's waits (see the module docstring)."""

    def __init__(
        self, open_log: Callable[[], HintLog], gateway: str, where: str, *, owns_log: bool = True
    ) -> None:
        self._open_log = open_log
        self._owns_log = owns_log  # a store the client was handed is the caller's to close
        self.gateway = gateway
        self.where = where
        self._watches: dict[str, list[Watch]] = {}
        self._recent: dict[str, float] = {}  # task id -> when its last hint was read
        self._unready: list[Watch] = []
        self._cursor: str | None = None
        self._cond = threading.Condition()
        self._thread: threading.Thread | None = None
        self._stopping = False

    def watch(self, task_id: str, ring: Callable[[], None]) -> Watch:
        """Call ``ring`` (from the watcher's thread) for each hint about ``task_id`` from now on."""
        watch = Watch(self, task_id, ring)
        with self._cond:
            seen = self._recent.get(task_id)
            if seen is not None and time.monotonic() - seen < RECENT:
                ring()  # its hint came before this wait began
            self._watches.setdefault(task_id, []).append(watch)
            if self._cursor is not None and self._thread is not None:
                watch.ready.set_result(None)  # the thread reads on from a cursor set before now
            else:
                self._unready.append(watch)
            if self._thread is None or not self._thread.is_alive():
                self._stopping = False
                self._cursor = None
                self._thread = threading.Thread(
                    target=self._run, name=f"gateway-journal-watch {self.where}", daemon=True
                )
                self._thread.start()
            self._cond.notify_all()
        return watch

    def _forget(self, watch: Watch) -> None:
        with self._cond:
            found = self._watches.get(watch.task_id, [])
            if watch in found:
                found.remove(watch)
                if not found:
                    del self._watches[watch.task_id]
            if watch in self._unready:
                self._unready.remove(watch)
        if not watch.ready.done():
            watch.ready.set_result(None)

    def close(self) -> None:
        """Stop the thread (after its current read); watches left stop ringing."""
        with self._cond:
            self._stopping = True
            self._cond.notify_all()

    # -- the thread --------------------------------------------------------------------------

    def _run(self) -> None:
        log: HintLog | None = None
        idle_since = time.monotonic()
        backoff = EVERY
        while True:
            with self._cond:
                if self._stopping or (
                    not self._watches and time.monotonic() - idle_since > _IDLE_EXIT
                ):
                    self._end()
                    self._drop(log)
                    return
                if not self._watches:
                    self._cond.wait(EVERY)
                    continue
                idle_since = time.monotonic()
            started = time.monotonic()
            try:
                if log is None:
                    log = self._open_log()
                hits = self._read(log)
            except Exception as exc:  # a busy journal, Redis restarting: try again later
                logger.debug("journal watch %s: %s", self.where, exc)
                self._drop(log)
                log = None
                self._settle_unready()  # waits go on polling; hints are read once it works
                with self._cond:
                    self._cond.wait(backoff)
                backoff = min(backoff * 2, _MAX_BACKOFF)
                continue
            backoff = EVERY
            self._ring(hits)
            rest = EVERY - (time.monotonic() - started)
            if not hits and rest > 0:
                with self._cond:
                    self._cond.wait(rest)

    def _drop(self, log: HintLog | None) -> None:
        close = getattr(log, "close", None)
        if self._owns_log and callable(close):
            try:
                close()
            except Exception as exc:  # closing a broken connection must not kill the thread
                logger.debug("journal watch %s: closing: %s", self.where, exc)

    def _read(self, log: HintLog) -> list[tuple[str, str]]:
        if self._cursor is None:
            cursor = log.hint_cursor(RECENT)
            with self._cond:
                self._cursor = cursor
            self._settle_unready()
        cursor, hits = log.hints_after(self._cursor, _BLOCK)
        with self._cond:
            self._cursor = cursor
        return hits

    def _settle_unready(self) -> None:
        with self._cond:
            unready, self._unready = self._unready, []
        for watch in unready:
            if not watch.ready.done():
                watch.ready.set_result(None)

    def _ring(self, hits: list[tuple[str, str]]) -> None:
        now = time.monotonic()
        if hits and len(self._recent) > 1000:
            with self._cond:
                self._recent = {t: at for t, at in self._recent.items() if now - at < RECENT}
        for gateway, task_id in hits:
            if gateway != self.gateway:
                continue
            with self._cond:
                self._recent[task_id] = now
                watches = list(self._watches.get(task_id, ()))
            for watch in watches:
                try:
                    watch.ring()
                except Exception as exc:  # a closed event loop: that wait is gone
                    logger.debug("journal watch %s: ring failed: %s", self.where, exc)

    def _end(self) -> None:
        """Called with the lock held: the thread is ending."""
        if self._thread is threading.current_thread():
            self._thread = None
        self._cursor = None
        self._recent = {}  # the next thread reads the last RECENT seconds again
        unready, self._unready = self._unready, []
        for watch in unready:
            if not watch.ready.done():
                watch.ready.set_result(None)
