"""The embedded job store: one SQLite file (WAL), safe against a kill -9 at any moment.

Each transition is one committed ``UPDATE ... WHERE state = ?``; with WAL and
``synchronous=NORMAL`` a committed row survives the process dying (not a power cut, which
``synchronous=FULL`` would cover at a cost per submit). Budget counters live in the ``batches``
row and move in the same transaction as the claim, so caps hold across processes.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal

from .store import Claim, JobConflict, JobRecord, JobState, NewJob, Totals

__all__ = ["SQLiteJobStore"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS batches (
    batch          TEXT PRIMARY KEY,
    meta           TEXT NOT NULL,
    max_tasks      INTEGER,
    max_cost       REAL,
    unknown_price  REAL,
    tasks          INTEGER NOT NULL DEFAULT 0,
    cost           REAL NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS jobs (
    batch            TEXT NOT NULL,
    job_id           TEXT NOT NULL,
    seq              INTEGER NOT NULL,
    state            TEXT NOT NULL,
    payload          TEXT NOT NULL,
    payload_hash     TEXT NOT NULL,
    price            REAL,
    attempts         INTEGER NOT NULL DEFAULT 0,
    idempotency_key  TEXT,
    task_id          TEXT,
    status           TEXT,
    error_code       TEXT,
    error_message    TEXT,
    files            TEXT,
    reported_cost    REAL,
    polls            INTEGER NOT NULL DEFAULT 0,
    created_at       REAL,
    submitted_at     REAL,
    finished_at      REAL,
    note             TEXT,
    PRIMARY KEY (batch, job_id)
);
CREATE INDEX IF NOT EXISTS jobs_seq ON jobs (batch, seq);
CREATE INDEX IF NOT EXISTS jobs_state ON jobs (batch, state, seq);
"""

_COLUMNS = (
    "job_id, seq, state, payload, price, attempts, idempotency_key, task_id, status, error_code, "
    "error_message, files, reported_cost, polls, created_at, submitted_at, finished_at, note"
)


def _record(row: tuple[Any, ...]) -> JobRecord:
    (job_id, seq, state, payload, price, attempts, key, task_id, status, code, message) = row[:11]
    files, reported, polls, created, submitted, finished, note = row[11:]
    return JobRecord(
        job_id=job_id,
        seq=seq,
        state=state,
        payload=payload,
        price=price,
        attempts=attempts,
        idempotency_key=key,
        task_id=task_id,
        status=status,
        error_code=None if code is None else json.loads(code),
        error_message=message,
        files=tuple(json.loads(files)) if files else (),
        reported_cost=reported,
        polls=polls,
        created_at=created,
        submitted_at=submitted,
        finished_at=finished,
        note=note,
    )


class SQLiteJobStore:
    """:class:`~gateway_runtime.batch.store.JobStore` in one SQLite file."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(
            self.path, timeout=30.0, isolation_level=None, check_same_thread=False
        )
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def open_batch(self, batch: str, meta: Mapping[str, Any]) -> Mapping[str, Any]:
        with self._tx() as db:
            db.execute(
                "INSERT OR IGNORE INTO batches (batch, meta) VALUES (?, ?)",
                (batch, json.dumps(dict(meta), sort_keys=True)),
            )
            row = db.execute("SELECT meta FROM batches WHERE batch = ?", (batch,)).fetchone()
        stored: Mapping[str, Any] = json.loads(row[0])
        return stored

    def set_limits(
        self,
        batch: str,
        max_tasks: int | None,
        max_cost: float | None,
        unknown_price: float | None = None,
    ) -> None:
        with self._tx() as db:
            db.execute(
                "UPDATE batches SET max_tasks = ?, max_cost = ?, unknown_price = ? WHERE batch = ?",
                (max_tasks, max_cost, unknown_price, batch),
            )

    def add(self, batch: str, jobs: Iterable[NewJob]) -> int:
        added = 0
        chunk: list[NewJob] = []
        for job in jobs:
            chunk.append(job)
            if len(chunk) >= 1000:
                added += self._add(batch, chunk)
                chunk = []
        return added + (self._add(batch, chunk) if chunk else 0)

    def _add(self, batch: str, jobs: list[NewJob]) -> int:
        import time

        now = time.time()
        added = 0
        with self._tx() as db:
            for job in jobs:
                cur = db.execute(
                    "INSERT OR IGNORE INTO jobs (batch, job_id, seq, state, payload, payload_hash,"
                    " price, created_at) VALUES (?, ?, ?, 'pending', ?, ?, ?, ?)",
                    (batch, job.job_id, job.seq, job.payload, job.payload_hash, job.price, now),
                )
                if cur.rowcount:
                    added += 1
                    continue
                row = db.execute(
                    "SELECT payload_hash FROM jobs WHERE batch = ? AND job_id = ?",
                    (batch, job.job_id),
                ).fetchone()
                if row[0] != job.payload_hash:
                    raise JobConflict(
                        f"job {job.job_id!r} is already recorded in this batch with another "
                        "payload; give it a new id or use another output folder"
                    )
                if job.price is not None:  # a price table given on a later run
                    db.execute(
                        "UPDATE jobs SET price = ? WHERE batch = ? AND job_id = ? "
                        "AND state = 'pending'",
                        (job.price, batch, job.job_id),
                    )
        return added

    def claim(self, batch: str, job_id: str, idempotency_key: str, now: float) -> Claim:
        with self._tx() as db:
            job = db.execute(
                "SELECT state, price FROM jobs WHERE batch = ? AND job_id = ?", (batch, job_id)
            ).fetchone()
            if job is None or job[0] != "pending":
                return "taken"
            limits = db.execute(
                "SELECT max_tasks, max_cost, unknown_price, tasks, cost FROM batches "
                "WHERE batch = ?",
                (batch,),
            ).fetchone()
            max_tasks, max_cost, unknown_price, tasks, cost = limits
            price = job[1] if job[1] is not None else (unknown_price or 0.0)
            if max_tasks is not None and tasks + 1 > max_tasks:
                return "cap"
            if max_cost is not None and cost + price > max_cost + 1e-9:
                return "cap"
            db.execute(
                "UPDATE batches SET tasks = tasks + 1, cost = cost + ? WHERE batch = ?",
                (price, batch),
            )
            db.execute(
                "UPDATE jobs SET state = 'submitting', attempts = attempts + 1, "
                "idempotency_key = ?, submitted_at = ?, note = NULL "
                "WHERE batch = ? AND job_id = ?",
                (idempotency_key, now, batch, job_id),
            )
        return "claimed"

    def _refund(self, db: sqlite3.Connection, batch: str, job_id: str) -> None:
        row = db.execute(
            "SELECT price FROM jobs WHERE batch = ? AND job_id = ?", (batch, job_id)
        ).fetchone()
        unknown = db.execute(
            "SELECT unknown_price FROM batches WHERE batch = ?", (batch,)
        ).fetchone()[0]
        price = row[0] if row[0] is not None else (unknown or 0.0)
        db.execute(
            "UPDATE batches SET tasks = tasks - 1, cost = cost - ? WHERE batch = ?",
            (price, batch),
        )

    def release(self, batch: str, job_id: str, note: str | None = None) -> bool:
        with self._tx() as db:
            cur = db.execute(
                "UPDATE jobs SET state = 'pending', attempts = attempts - 1, note = ? "
                "WHERE batch = ? AND job_id = ? AND state = 'submitting'",
                (note, batch, job_id),
            )
            if cur.rowcount:
                self._refund(db, batch, job_id)
        return bool(cur.rowcount)

    def submitted(self, batch: str, job_id: str, task_id: str, now: float) -> bool:
        with self._tx() as db:
            cur = db.execute(
                "UPDATE jobs SET state = 'submitted', task_id = ?, submitted_at = ? "
                "WHERE batch = ? AND job_id = ? AND state = 'submitting'",
                (task_id, now, batch, job_id),
            )
        return bool(cur.rowcount)

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
        leaving = "submitting" if refund else "submitted"
        with self._tx() as db:
            cur = db.execute(
                "UPDATE jobs SET state = ?, status = ?, error_code = ?, error_message = ?, "
                "files = ?, reported_cost = ?, polls = polls + ?, finished_at = ?, note = NULL "
                "WHERE batch = ? AND job_id = ? AND state = ?",
                (
                    state,
                    status,
                    None if error_code is None else json.dumps(error_code, default=str),
                    error_message,
                    json.dumps(list(files)),
                    reported_cost,
                    polls,
                    now,
                    batch,
                    job_id,
                    leaving,
                ),
            )
            if cur.rowcount and refund:
                self._refund(db, batch, job_id)
        return bool(cur.rowcount)

    def note(self, batch: str, job_id: str, note: str | None) -> None:
        with self._tx() as db:
            db.execute(
                "UPDATE jobs SET note = ? WHERE batch = ? AND job_id = ?", (note, batch, job_id)
            )

    def retry(self, batch: str, job_id: str) -> bool:
        with self._tx() as db:
            cur = db.execute(
                "UPDATE jobs SET state = 'pending', task_id = NULL, status = NULL, "
                "error_code = NULL, error_message = NULL, files = NULL, reported_cost = NULL, "
                "finished_at = NULL, note = NULL "
                "WHERE batch = ? AND job_id = ? AND state = 'failed'",
                (batch, job_id),
            )
        return bool(cur.rowcount)

    def get(self, batch: str, job_id: str) -> JobRecord | None:
        with self._lock:
            row = self._db.execute(
                f"SELECT {_COLUMNS} FROM jobs WHERE batch = ? AND job_id = ?", (batch, job_id)
            ).fetchone()
        return None if row is None else _record(row)

    def page(
        self, batch: str, states: Iterable[JobState] | None, after_seq: int, limit: int
    ) -> list[JobRecord]:
        sql = f"SELECT {_COLUMNS} FROM jobs WHERE batch = ? AND seq > ?"
        args: list[Any] = [batch, after_seq]
        if states is not None:
            wanted = list(states)
            sql += f" AND state IN ({', '.join('?' * len(wanted))})"
            args += wanted
        sql += " ORDER BY seq LIMIT ?"
        with self._lock:
            rows = self._db.execute(sql, [*args, limit]).fetchall()
        return [_record(r) for r in rows]

    def counts(self, batch: str) -> dict[JobState, int]:
        with self._lock:
            rows = self._db.execute(
                "SELECT state, COUNT(*) FROM jobs WHERE batch = ? GROUP BY state", (batch,)
            ).fetchall()
        found: dict[JobState, int] = {
            "pending": 0,
            "submitting": 0,
            "submitted": 0,
            "done": 0,
            "failed": 0,
        }
        found.update({state: n for state, n in rows})
        return found

    def totals(self, batch: str) -> Totals:
        with self._lock:
            row = self._db.execute(
                "SELECT tasks, cost FROM batches WHERE batch = ?", (batch,)
            ).fetchone()
        return Totals(0, 0.0) if row is None else Totals(int(row[0]), float(row[1]))

    def batches(self) -> list[tuple[str, dict[str, Any]]]:
        """Every batch in this file with its meta (``clientgen batch report``)."""
        with self._lock:
            rows = self._db.execute("SELECT batch, meta FROM batches ORDER BY batch").fetchall()
        return [(batch, json.loads(meta)) for batch, meta in rows]

    def close(self) -> None:
        with self._lock:
            self._db.close()
