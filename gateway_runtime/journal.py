"""Task journal: every submitted task id, on disk, before ``submit_task`` returns.

A small SQLite database (WAL mode, so several processes may share it) with one row per
(gateway, task id): where to find the client again (``module``, ``spec_path``, ``base_url``),
the submitting operation and binding, times, last status and outcome, and whether the task
ended. Killing a process mid-``wait()`` therefore loses no task: ``tasks list`` shows it and
``tasks resume ID`` continues it (see ``cli/tasks.py``).

Path: the client option ``journal=PATH``; else ``$GATEWAY_JOURNAL``; else
``$XDG_CACHE_HOME/gateway-clientgen/tasks.sqlite3`` (``~/.cache/...``). ``journal=False`` — or
``GATEWAY_JOURNAL=off`` when no path is passed — switches it off. Journal failures are logged,
never raised: a broken disk must not turn a paid, accepted task into an exception.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from ._logs import logger
from .redact import redact

__all__ = [
    "Journal",
    "JournalEntry",
    "default_journal_path",
    "open_journal",
    "resolve_journal_path",
]

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
"""

_COLUMNS = (
    "gateway, task_id, module, spec_path, operation, binding, base_url, created_at, updated_at, "
    "status, outcome, terminal, error"
)


@dataclass(frozen=True, slots=True)
class JournalEntry:
    """One journal row."""

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
    outcome: str
    terminal: bool
    error: str | None

    def handle(self) -> dict[str, Any]:
        """The entry as task-handle data for ``client.resume``."""
        data = asdict(self)
        data["version"] = 1
        return data


def default_journal_path() -> Path:
    """``$GATEWAY_JOURNAL`` if set (and not "off"), else the per-user cache path."""
    env = os.environ.get("GATEWAY_JOURNAL")
    if env and env.strip().lower() not in _OFF:
        return Path(env).expanduser()
    cache = os.environ.get("XDG_CACHE_HOME") or os.path.join("~", ".cache")
    return Path(cache).expanduser() / "gateway-clientgen" / "tasks.sqlite3"


def resolve_journal_path(option: str | os.PathLike[str] | bool | None) -> Path | None:
    """Path for a ``journal=`` client option; ``None`` when the journal is off."""
    if option is False:
        return None
    if option is None or option is True:
        env = os.environ.get("GATEWAY_JOURNAL")
        if env is not None and env.strip().lower() in _OFF:
            return None
        return default_journal_path()
    return Path(os.fspath(option)).expanduser()


def open_journal(option: str | os.PathLike[str] | bool | None) -> Journal | None:
    """Open the journal for a client option, or ``None`` (off, or cannot be opened: logged)."""
    path = resolve_journal_path(option)
    if path is None:
        return None
    try:
        return Journal(path)
    except (OSError, sqlite3.Error) as exc:
        logger.warning("task journal %s unavailable, tasks will not be journaled: %s", path, exc)
        return None


class Journal:
    """Thread-safe access to one journal file (also safe to share between processes)."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(
            str(self.path), timeout=30.0, isolation_level=None, check_same_thread=False
        )
        try:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(_SCHEMA)
        except sqlite3.Error:
            self._db.close()
            raise

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def record_submit(
        self,
        *,
        gateway: str,
        task_id: str,
        module: str | None,
        spec_path: str | None,
        operation: str,
        binding: str,
        base_url: str | None,
        created_at: float,
        status: str | None = None,
        replace: bool = True,
    ) -> None:
        """Insert (or, with ``replace``, refresh) the row of a submitted task; committed on return."""
        now = time.time()
        verb = "INSERT OR REPLACE" if replace else "INSERT OR IGNORE"
        with self._lock:
            self._db.execute(
                f"{verb} INTO tasks ({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    gateway,
                    task_id,
                    module,
                    spec_path,
                    operation,
                    binding,
                    redact(base_url) if base_url else base_url,
                    created_at,
                    now,
                    status,
                    "pending",
                    0,
                    None,
                ),
            )

    def update(
        self,
        *,
        gateway: str,
        task_id: str,
        status: str | None,
        outcome: str,
        terminal: bool,
        error: str | None = None,
    ) -> None:
        """Record the latest status of a task."""
        with self._lock:
            self._db.execute(
                "UPDATE tasks SET status=?, outcome=?, terminal=?, error=?, updated_at=? "
                "WHERE gateway=? AND task_id=?",
                (
                    status,
                    outcome,
                    1 if terminal else 0,
                    None if error is None else redact(error)[:2000],
                    time.time(),
                    gateway,
                    task_id,
                ),
            )

    def entries(self, *, include_finished: bool = False) -> list[JournalEntry]:
        """Rows, newest first; unfinished ones only unless ``include_finished``."""
        where = "" if include_finished else "WHERE terminal = 0"
        return list(self._select(f"{where} ORDER BY created_at DESC"))

    def find(self, task_id: str, gateway: str | None = None) -> list[JournalEntry]:
        """Rows with this task id (optionally of one gateway)."""
        if gateway is None:
            return list(self._select("WHERE task_id = ?", (task_id,)))
        return list(self._select("WHERE task_id = ? AND gateway = ?", (task_id, gateway)))

    def _select(self, tail: str, args: tuple[Any, ...] = ()) -> Iterator[JournalEntry]:
        with self._lock:
            rows = self._db.execute(f"SELECT {_COLUMNS} FROM tasks {tail}", args).fetchall()
        for row in rows:
            values = list(row)
            values[11] = bool(values[11])
            yield JournalEntry(*values)
