"""The task journal: the SQLite :class:`~gateway_runtime.taskstore.TaskStore`, on by default.

One row per (gateway, task id) in a small SQLite database (WAL mode, so several processes may
share it): where to find the client again (``module``, ``spec_path``, ``base_url``), the
submitting operation and binding, times, last status and outcome, and whether the task ended.
Every string is redacted before it is written. Killing a process mid-``wait()`` therefore loses
no task: ``tasks list`` shows it and ``tasks resume ID`` continues it (see ``cli/tasks.py``).

Path: the client option ``journal=PATH``; else ``$GATEWAY_JOURNAL``; else
``$XDG_CACHE_HOME/gateway-clientgen/tasks.sqlite3`` (``~/.cache/...``). ``journal=False`` — or
``GATEWAY_JOURNAL=off`` when no path is passed — switches it off. Clients write through a
:class:`~gateway_runtime.journal_writer.JournalWriter` (a background thread that retries a busy
or unwritable journal); ``Journal(path, read_only=True)`` reads a journal it may not write.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from .journal_writer import JournalWriter
from .redact import redact
from .taskstore import Change, HintChange, SubmitChange, TaskRecord, TaskStore, UpdateChange

__all__ = [
    "BUSY_TIMEOUT",
    "Journal",
    "JournalEntry",
    "default_journal_path",
    "open_journal",
    "resolve_journal_path",
]

BUSY_TIMEOUT = 1.0
"""Seconds one write waits for another process's lock; the writer thread then retries."""

_OFF = {"off", "0", "false", "no", "none", "disabled"}

_SCHEMA = """
CREATE TABLE IF NOT EXISTS tasks (
    gateway     TEXT NOT NULL,
    task_id     TEXT NOT NULL,
    module      TEXT,
    spec_path   TEXT,
    operation   TEXT,
    binding     TEXT,
    base_url    TEXT,
    created_at  REAL NOT NULL,
    updated_at  REAL NOT NULL,
    status      TEXT,
    outcome     TEXT NOT NULL DEFAULT 'pending',
    terminal    INTEGER NOT NULL DEFAULT 0,
    error       TEXT,
    PRIMARY KEY (gateway, task_id)
);
CREATE INDEX IF NOT EXISTS tasks_open ON tasks (terminal, created_at);
CREATE TABLE IF NOT EXISTS hints (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    gateway     TEXT NOT NULL,
    task_id     TEXT NOT NULL,
    status      TEXT,
    outcome     TEXT NOT NULL,
    at          REAL NOT NULL
);
"""

HINTS_KEPT = 10_000
"""Callback hints kept in the log (older ones are dropped as new ones come)."""

_COLUMNS = (
    "gateway, task_id, module, spec_path, operation, binding, base_url, created_at, updated_at, "
    "status, outcome, terminal, error"
)


JournalEntry = TaskRecord
"""The journal's name for a :class:`~gateway_runtime.taskstore.TaskRecord`."""


def default_journal_path() -> Path:
    """``$GATEWAY_JOURNAL`` if set (and not "off"), else the per-user cache path."""
    env = os.environ.get("GATEWAY_JOURNAL")
    if env and env.strip().lower() not in _OFF:
        return Path(env).expanduser()
    cache = os.environ.get("XDG_CACHE_HOME") or os.path.join("~", ".cache")
    return Path(cache).expanduser() / "gateway-clientgen" / "tasks.sqlite3"


def resolve_journal_path(option: str | os.PathLike[str] | bool | None) -> Path | None:
    """Path for a ``journal=`` client option; ``None`` when the journal is off.

    The words ``$GATEWAY_JOURNAL`` takes for "off" mean the same here (``--journal off``); a
    file really named so is given with a folder, e.g. ``./off``.
    """
    if option is False:
        return None
    if isinstance(option, str) and option.strip().lower() in _OFF:
        return None
    if option is None or option is True:
        env = os.environ.get("GATEWAY_JOURNAL")
        if env is not None and env.strip().lower() in _OFF:
            return None
        return default_journal_path()
    return Path(os.fspath(option)).expanduser()


def open_journal(
    option: str | os.PathLike[str] | bool | TaskStore | None,
) -> JournalWriter | None:
    """The writer of the journal a client option names, or ``None`` when it is off.

    Nothing is opened here: the writer's thread opens the file (and retries when it cannot).
    A task store object (anything with ``apply``, e.g. a shared Redis journal) is written to as
    it is.
    """
    if not isinstance(option, str | os.PathLike | bool) and option is not None:
        store = option
        return JournalWriter(lambda: store, type(store).__name__, owns_store=False)
    path = resolve_journal_path(option)
    if path is None:
        return None
    return JournalWriter(lambda: Journal(path), str(path))


def _uri(path: Path, *params: str) -> str:
    return "file:" + quote(str(path.resolve())) + ("?" + "&".join(params) if params else "")


def _record(row: Sequence[Any]) -> TaskRecord:
    values = list(row)
    values[11] = bool(values[11])
    return TaskRecord(*values)


class Journal:
    """One journal file as a task store; thread-safe, and safe to share between processes.

    ``read_only=True`` opens it with SQLite's ``mode=ro`` (falling back to ``immutable=1`` when
    even the WAL index cannot be made, e.g. on a read-only folder), for listing and resuming.
    """

    def __init__(self, path: str | os.PathLike[str], *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self._lock = threading.Lock()
        if read_only:
            self._db = self._open_read_only()
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(
            str(self.path), timeout=BUSY_TIMEOUT, isolation_level=None, check_same_thread=False
        )
        try:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(_SCHEMA)
        except sqlite3.Error:
            self._db.close()
            raise

    def _open_read_only(self) -> sqlite3.Connection:
        if not self.path.is_file():
            raise sqlite3.OperationalError(f"no journal at {self.path}")
        last: sqlite3.Error | None = None
        for params in (("mode=ro",), ("mode=ro", "immutable=1")):
            db = sqlite3.connect(
                _uri(self.path, *params),
                uri=True,
                timeout=BUSY_TIMEOUT,
                isolation_level=None,
                check_same_thread=False,
            )
            try:
                db.execute("SELECT count(*) FROM sqlite_master").fetchone()
                return db
            except sqlite3.Error as exc:
                db.close()
                last = exc
        assert last is not None
        raise last

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # -- writing ---------------------------------------------------------------------------

    def apply(self, changes: Sequence[Change]) -> None:
        """Write ``changes`` in one transaction (committed on return, or nothing written)."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                for change in changes:
                    if isinstance(change, SubmitChange):
                        self._put(change.record.redacted(), change.replace)
                    elif isinstance(change, HintChange):
                        self._hint(change)
                    else:
                        self._update(change)
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def _put(self, r: TaskRecord, replace: bool) -> None:
        verb = "INSERT OR REPLACE" if replace else "INSERT OR IGNORE"
        self._db.execute(
            f"{verb} INTO tasks ({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                r.gateway,
                r.task_id,
                r.module,
                r.spec_path,
                r.operation,
                r.binding,
                r.base_url,
                r.created_at,
                r.updated_at,
                r.status,
                r.outcome,
                1 if r.terminal else 0,
                r.error,
            ),
        )

    def _update(self, change: UpdateChange) -> None:
        self._db.execute(
            "UPDATE tasks SET status=?, outcome=?, terminal=?, error=?, updated_at=? "
            "WHERE gateway=? AND task_id=?",
            (
                None if change.status is None else redact(change.status),
                redact(change.outcome),
                1 if change.terminal else 0,
                None if change.error is None else redact(change.error)[:2000],
                change.updated_at,
                redact(change.gateway),
                redact(change.task_id),
            ),
        )

    def _hint(self, change: HintChange) -> None:
        cursor = self._db.execute(
            "INSERT INTO hints (gateway, task_id, status, outcome, at) VALUES (?,?,?,?,?)",
            (
                redact(change.gateway),
                redact(change.task_id),
                None if change.status is None else redact(change.status),
                redact(change.outcome),
                change.at,
            ),
        )
        if cursor.lastrowid is not None and cursor.lastrowid % 1000 == 0:
            self._db.execute("DELETE FROM hints WHERE id <= ?", (cursor.lastrowid - HINTS_KEPT,))

    def prune(self, *, finished_before: float) -> int:
        """Delete finished rows last updated before ``finished_before`` (a ``time.time()``)."""
        with self._lock:
            cursor = self._db.execute(
                "DELETE FROM tasks WHERE terminal = 1 AND updated_at < ?", (finished_before,)
            )
            return cursor.rowcount

    # -- reading ---------------------------------------------------------------------------

    def entries(
        self, *, include_finished: bool = False, limit: int | None = None, offset: int = 0
    ) -> list[TaskRecord]:
        """Rows, newest first; unfinished ones only unless ``include_finished``; one page."""
        where = "" if include_finished else "WHERE terminal = 0"
        page = "" if limit is None else f" LIMIT {max(0, int(limit))} OFFSET {max(0, int(offset))}"
        return self._select(f"{where} ORDER BY created_at DESC, rowid DESC{page}")

    def count(self, *, include_finished: bool = False) -> int:
        where = "" if include_finished else " WHERE terminal = 0"
        with self._lock:
            row = self._db.execute(f"SELECT count(*) FROM tasks{where}").fetchone()
        return int(row[0])

    def find(self, task_id: str, gateway: str | None = None) -> list[TaskRecord]:
        """Rows with this task id (optionally of one gateway)."""
        if gateway is None:
            return self._select("WHERE task_id = ?", (task_id,))
        return self._select("WHERE task_id = ? AND gateway = ?", (task_id, gateway))

    def hint_cursor(self, lookback: float = 0.0) -> str:
        """The id before the callback hints of the last ``lookback`` seconds (``"0"``: none)."""
        since = time.time() - lookback
        with self._lock:
            row = self._db.execute(
                "SELECT coalesce((SELECT min(id) - 1 FROM hints WHERE at > ?), max(id), 0) "
                "FROM hints",
                (since,),
            ).fetchone()
        return str(row[0] or 0)

    def hints_after(self, cursor: str, wait: float = 0.0) -> tuple[str, list[tuple[str, str]]]:
        """Hints after ``cursor``: (newest id, their (gateway, task id)); never blocks."""
        with self._lock:
            rows = self._db.execute(
                "SELECT id, gateway, task_id FROM hints WHERE id > ? ORDER BY id LIMIT 1000",
                (int(cursor),),
            ).fetchall()
        if not rows:
            return cursor, []
        return str(rows[-1][0]), [(str(g), str(t)) for _, g, t in rows]

    def _select(self, tail: str, args: tuple[Any, ...] = ()) -> list[TaskRecord]:
        with self._lock:
            rows = self._db.execute(f"SELECT {_COLUMNS} FROM tasks {tail}", args).fetchall()
        return [_record(row) for row in rows]
