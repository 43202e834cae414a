"""The batch job store in Redis: the batch runner's ``JobStore`` contract, shared by every worker.

Same states and transitions as ``batch.sqlite_store`` (pending → submitting → submitted → done /
failed), each one a Lua script (``_lua.py``), so a claim, its cap check and its reservation are
one atomic step for all machines. Beyond the contract, what distribution needs: job **leases**
(a worker holds a job while it works on it; a killed worker's lease expires and another takes
the job over *in the state it was left*, so a submitted task is waited for, never resubmitted),
global **concurrency slots** and a global **rate bucket**, all on Redis's clock.

Keys (``prefix`` default ``clientgen``): ``{p}:batch:{b}`` (hash: meta, caps, counters),
``{p}:batch:{b}:job:{id}`` (hash per job), ``{p}:batch:{b}:state:{state}`` (sorted sets by line
order, for paging and counts), ``{p}:batch:{b}:slots``, ``{p}:rate:{name}``. Durability is the
server's: run Redis with ``appendonly yes`` and ``appendfsync always`` (docs/workers.md).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Mapping
from typing import Any, Literal

import redis
from redis.backoff import ExponentialBackoff
from redis.retry import Retry

from ..batch.store import STATES, Claim, JobConflict, JobRecord, JobState, NewJob, Totals
from . import _lua

__all__ = ["RedisJobStore"]

_FLOATS = ("price", "reported_cost", "created_at", "submitted_at", "finished_at")


def _text(value: Any) -> str | None:
    if value is None:
        return None
    return value.decode() if isinstance(value, bytes) else str(value)


def _record(data: Mapping[Any, Any]) -> JobRecord:
    row = {str(_text(k)): str(_text(v)) for k, v in data.items()}

    def number(name: str) -> float | None:
        return float(row[name]) if row.get(name) not in (None, "") else None

    return JobRecord(
        job_id=row["job_id"],
        seq=int(row["seq"]),
        state=row["state"],  # type: ignore[arg-type]
        payload=row["payload"],
        price=number("price"),
        attempts=int(row.get("attempts", 0)),
        idempotency_key=row.get("idempotency_key"),
        task_id=row.get("task_id"),
        status=row.get("status"),
        error_code=json.loads(row["error_code"]) if "error_code" in row else None,
        error_message=row.get("error_message"),
        files=tuple(json.loads(row["files"])) if row.get("files") else (),
        reported_cost=number("reported_cost"),
        polls=int(row.get("polls", 0)),
        created_at=number("created_at"),
        submitted_at=number("submitted_at"),
        finished_at=number("finished_at"),
        note=row.get("note"),
        extra={k: row[k] for k in ("lease_owner", "takeovers") if k in row},
    )


class RedisJobStore:
    """:class:`~gateway_runtime.batch.store.JobStore` on Redis, plus leases, slots and tokens."""

    def __init__(self, url: str, *, prefix: str = "clientgen", retries: int = 20) -> None:
        self.url = url
        self.prefix = prefix
        self.db = redis.Redis.from_url(
            url,
            socket_timeout=30,
            socket_connect_timeout=5,
            retry=Retry(ExponentialBackoff(cap=2.0, base=0.05), retries),
            retry_on_error=[redis.ConnectionError, redis.TimeoutError],
        )  # a restarting Redis is waited for (about 30 s), every step being safe to repeat
        self._claim = self.db.register_script(_lua.CLAIM)
        self._move = self.db.register_script(_lua.MOVE)
        self._lease = self.db.register_script(_lua.LEASE)
        self._settle = self.db.register_script(_lua.SETTLE)
        self._seqs: dict[tuple[str, str], str] = {}  # (batch, job) -> line order, as read
        self._slot = self.db.register_script(_lua.ACQUIRE_SLOT)
        self._token = self.db.register_script(_lua.TAKE_TOKEN)

    # -- keys ----------------------------------------------------------------------------

    def _batch(self, batch: str) -> str:
        return f"{self.prefix}:batch:{batch}"

    def _job(self, batch: str, job_id: str) -> str:
        return f"{self.prefix}:batch:{batch}:job:{job_id}"

    def job_key(self, batch: str, job_id: str) -> str:
        """The Redis key of a job's hash (for readers outside the store, e.g. recovery)."""
        return self._job(batch, job_id)

    def _state(self, batch: str, state: str) -> str:
        return f"{self.prefix}:batch:{batch}:state:{state}"

    # -- the JobStore contract -----------------------------------------------------------

    def open_batch(self, batch: str, meta: Mapping[str, Any]) -> Mapping[str, Any]:
        key = self._batch(batch)
        self.db.hsetnx(key, "meta", json.dumps(dict(meta), sort_keys=True))
        self.db.sadd(f"{self.prefix}:batches", batch)
        stored: Mapping[str, Any] = json.loads(self.db.hget(key, "meta") or b"{}")
        return stored

    def set_limits(
        self,
        batch: str,
        max_tasks: int | None,
        max_cost: float | None,
        unknown_price: float | None = None,
    ) -> None:
        key = self._batch(batch)
        values = {"max_tasks": max_tasks, "max_cost": max_cost, "unknown_price": unknown_price}
        with self.db.pipeline() as pipe:
            for name, value in values.items():
                if value is None:
                    pipe.hdel(key, name)
                else:
                    pipe.hset(key, name, repr(value))
            pipe.execute()

    def add(self, batch: str, jobs: Iterable[NewJob]) -> int:
        added = 0
        chunk: list[NewJob] = []
        for job in jobs:
            chunk.append(job)
            if len(chunk) >= 500:
                added += self._add(batch, chunk)
                chunk = []
        return added + (self._add(batch, chunk) if chunk else 0)

    def _add(self, batch: str, jobs: list[NewJob]) -> int:
        now = repr(time.time())
        with self.db.pipeline() as pipe:
            for job in jobs:
                pipe.hsetnx(self._job(batch, job.job_id), "job_id", job.job_id)
            fresh = pipe.execute()
        added = 0
        with self.db.pipeline() as pipe:
            for job, new in zip(jobs, fresh, strict=True):
                key = self._job(batch, job.job_id)
                if not new:
                    continue
                added += 1
                fields: dict[Any, Any] = {
                    "seq": job.seq,
                    "state": "pending",
                    "payload": job.payload,
                    "payload_hash": job.payload_hash,
                    "created_at": now,
                    "attempts": 0,
                    "polls": 0,
                }
                if job.price is not None:
                    fields["price"] = repr(job.price)
                pipe.hset(key, mapping=fields)
                pipe.zadd(self._state(batch, "pending"), {job.job_id: job.seq})
            pipe.execute()
        known = [j for j, new in zip(jobs, fresh, strict=True) if not new]
        for job in known:
            stored = self.db.hget(self._job(batch, job.job_id), "payload_hash")
            if stored is not None and _text(stored) != job.payload_hash:
                raise JobConflict(
                    f"job {job.job_id!r} is already recorded in this batch with another "
                    "payload; give it a new id or use another batch"
                )
        return added

    def _seq(self, batch: str, job_id: str) -> str | None:
        """A job's line order (fixed at ``add``): remembered from reads, else one ``HGET``."""
        seq = self._seqs.get((batch, job_id))
        if seq is None:
            seq = _text(self.db.hget(self._job(batch, job_id), "seq"))
            if seq is not None:
                self._remember(batch, job_id, seq)
        return seq

    def _remember(self, batch: str, job_id: str, seq: str) -> None:
        if len(self._seqs) > 100_000:
            self._seqs.clear()
        self._seqs[(batch, job_id)] = seq

    def claim(self, batch: str, job_id: str, idempotency_key: str, now: float) -> Claim:
        seq = self._seq(batch, job_id)
        if seq is None:
            return "taken"
        keys = [
            self._job(batch, job_id),
            self._batch(batch),
            self._state(batch, "pending"),
            self._state(batch, "submitting"),
        ]
        result = _text(self._claim(keys=keys, args=[idempotency_key, repr(now), seq, job_id]))
        return result  # type: ignore[return-value]

    def _transition(
        self,
        batch: str,
        job_id: str,
        leaving: str,
        entering: str,
        *,
        refund: bool = False,
        set_fields: Mapping[str, Any] | None = None,
        delete: Iterable[str] = (),
        attempts: int = 0,
        polls: int = 0,
    ) -> bool:
        key = self._job(batch, job_id)
        seq = self._seq(batch, job_id)
        if seq is None:
            return False
        fields = {k: str(v) for k, v in (set_fields or {}).items() if v is not None}
        gone = [*delete, *(k for k, v in (set_fields or {}).items() if v is None)]
        keys = [key, self._batch(batch), self._state(batch, leaving), self._state(batch, entering)]
        args = [
            leaving,
            entering,
            "1" if refund else "0",
            json.dumps(fields),
            json.dumps(gone),
            seq,
            attempts,
            polls,
            job_id,
        ]
        return bool(self._move(keys=keys, args=args))

    def release(self, batch: str, job_id: str, note: str | None = None) -> bool:
        return self._transition(
            batch, job_id, "submitting", "pending", refund=True, set_fields={"note": note},
            attempts=-1,
        )  # fmt: skip

    def submitted(self, batch: str, job_id: str, task_id: str, now: float) -> bool:
        fields = {"task_id": task_id, "submitted_at": repr(now)}
        return self._transition(batch, job_id, "submitting", "submitted", set_fields=fields)

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
        fields = {
            "status": status,
            "error_code": None if error_code is None else json.dumps(error_code, default=str),
            "error_message": error_message,
            "files": json.dumps(list(files)),
            "reported_cost": None if reported_cost is None else repr(reported_cost),
            "finished_at": repr(now),
            "note": None,
        }
        leaving = "submitting" if refund else "submitted"
        return self._transition(
            batch, job_id, leaving, state, refund=refund, set_fields=fields, polls=polls
        )

    def note(self, batch: str, job_id: str, note: str | None) -> None:
        key = self._job(batch, job_id)
        if note is None:
            self.db.hdel(key, "note")
        elif self.db.exists(key):
            with self.db.pipeline() as pipe:  # MULTI: the note and the index of noted jobs
                pipe.hset(key, "note", note)
                pipe.sadd(f"{self._batch(batch)}:noted", job_id)
                pipe.execute()

    def noted(self, batch: str) -> list[JobRecord]:
        """Jobs that still carry a note (capped, uncertain, still running at the deadline)."""
        ids = sorted(_text(m) or "" for m in self.db.smembers(f"{self._batch(batch)}:noted"))
        with self.db.pipeline() as pipe:
            for job_id in ids:
                pipe.hgetall(self._job(batch, job_id))
            rows = pipe.execute()
        return [r for r in map(_record, filter(None, rows)) if r.note is not None]

    def retry(self, batch: str, job_id: str) -> bool:
        gone = ("task_id", "status", "error_code", "error_message", "files", "reported_cost")
        return self._transition(
            batch, job_id, "failed", "pending", delete=(*gone, "finished_at", "note")
        )

    def get(self, batch: str, job_id: str) -> JobRecord | None:
        return self._read(batch, self.db.hgetall(self._job(batch, job_id)))

    def _read(self, batch: str, data: Mapping[Any, Any]) -> JobRecord | None:
        if not data or b"seq" not in data:
            return None
        record = _record(data)
        self._remember(batch, record.job_id, str(record.seq))
        return record

    def page(
        self, batch: str, states: Iterable[JobState] | None, after_seq: int, limit: int
    ) -> list[JobRecord]:
        ids: list[tuple[int, str]] = []
        for state in STATES if states is None else states:
            ids += self.ids(batch, state, after_seq, limit)
        ids.sort()
        with self.db.pipeline() as pipe:
            for _, job_id in ids[:limit]:
                pipe.hgetall(self._job(batch, job_id))
            rows = pipe.execute()
        return [r for r in (self._read(batch, row) for row in rows) if r is not None]

    def ids(self, batch: str, state: JobState, after_seq: int, limit: int) -> list[tuple[int, str]]:
        """(line order, job id) of up to ``limit`` jobs in ``state`` after ``after_seq`` (one
        ``ZRANGE``, no job read)."""
        found = self.db.zrange(
            self._state(batch, state), f"({after_seq}", "+inf", byscore=True,
            offset=0, num=limit, withscores=True,
        )  # fmt: skip
        pairs: list[tuple[bytes, float]] = list(found)  # type: ignore[arg-type]
        return [(int(score), str(_text(member))) for member, score in pairs]

    def counts(self, batch: str) -> dict[JobState, int]:
        with self.db.pipeline() as pipe:
            for state in STATES:
                pipe.zcard(self._state(batch, state))
            found = pipe.execute()
        return dict(zip(STATES, (int(n) for n in found), strict=True))

    def totals(self, batch: str) -> Totals:
        tasks, cost = list(self.db.hmget(self._batch(batch), ["tasks", "cost"]))
        return Totals(int(_text(tasks) or 0), float(_text(cost) or 0.0))

    def close(self) -> None:
        self.db.close()

    # -- distribution: leases, slots, tokens ---------------------------------------------

    def lease(self, batch: str, job_id: str, owner: str, seconds: float) -> bool:
        """Take or renew the job's lease for ``seconds``; ``False``: another worker's is live."""
        reply = self._lease(keys=[self._job(batch, job_id)], args=[owner, seconds, "0"])
        return int(reply[0]) == 1

    def lease_and_get(
        self, batch: str, job_id: str, owner: str, seconds: float
    ) -> JobRecord | Literal["held", "missing"]:
        """Take the job's lease and read the job, in one step; ``"held"``: another worker's
        lease is live; ``"missing"``: no such job."""
        reply = self._lease(keys=[self._job(batch, job_id)], args=[owner, seconds, "1"])
        if int(reply[0]) != 1:
            return "missing" if int(reply[0]) == -1 else "held"
        flat = reply[1]
        record = self._read(batch, dict(zip(flat[::2], flat[1::2], strict=True)))
        return "missing" if record is None else record

    def settle(self, batch: str, job_id: str, owner: str, *, release_slot: bool) -> None:
        """Give the job's lease back (if ``owner`` holds it) and, if asked, its slot: one step."""
        keys = [self._job(batch, job_id), f"{self._batch(batch)}:slots"]
        self._settle(keys=keys, args=[owner, job_id, "1" if release_slot else "0"])

    def lease_until(self, batch: str, job_id: str) -> float:
        """When the job's lease ends (Redis clock; 0: nobody holds it)."""
        return float(_text(self.db.hget(self._job(batch, job_id), "lease_until")) or 0)

    def unlease(self, batch: str, job_id: str, owner: str) -> None:
        """Give the lease back (only if ``owner`` holds it)."""
        self.settle(batch, job_id, owner, release_slot=False)

    def acquire_slot(self, batch: str, member: str, limit: int, seconds: float) -> bool:
        """Hold (or renew) one of ``limit`` global slots for ``seconds``."""
        key = f"{self._batch(batch)}:slots"
        return bool(self._slot(keys=[key], args=[member, limit, seconds]))

    def release_slot(self, batch: str, member: str) -> None:
        self.db.zrem(f"{self._batch(batch)}:slots", member)

    def take_token(self, name: str, rate: float) -> float:
        """Take one request token of the global bucket ``name``; else the seconds to wait."""
        wait = self._token(keys=[f"{self.prefix}:rate:{name}"], args=[rate])
        return float(_text(wait) or 0)

    def batch_fields(self, batch: str) -> dict[str, str]:
        """The batch hash as text (meta JSON, caps, counters)."""
        data = self.db.hgetall(self._batch(batch))
        return {str(_text(k)): str(_text(v)) for k, v in data.items()}
