"""The task journal in Redis: task ids shared by every process and machine of a deployment.

A :class:`~gateway_runtime.taskstore.TaskStore` like the SQLite journal (``journal.py``, the
embedded default), so a client writes to it through the same ``JournalWriter`` (``journal=
RedisJournal(url)``): one record per (gateway, task id), redacted, applied all or nothing (one
``MULTI``/``EXEC`` per batch of changes). Rows are hashes ``{prefix}:task:{gateway}:{task id}``;
``{prefix}:tasks:open`` and ``{prefix}:tasks:all`` (sorted by creation time) list them; callback
hints are appended to the stream ``{prefix}:hints`` (the last 10,000), which waiting processes
read with a blocking ``XREAD`` (``journal_watch.py``), so they wake as soon as one arrives. With
Redis on ``appendonly yes`` / ``appendfsync always`` a task id the gateway accepted survives a
kill -9 of the worker and of Redis.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import redis

from ..redact import redact
from ..taskstore import Change, HintChange, SubmitChange, TaskRecord

__all__ = ["RedisJournal"]

_UPDATE = """
-- The latest state of a known task (an unknown one is left alone, as in SQLite).
-- KEYS: row, open listing. ARGV: outcome, terminal, updated_at, status, error, member;
-- an empty status / error removes the field.
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('HSET', KEYS[1], 'outcome', ARGV[1], 'terminal', ARGV[2], 'updated_at', ARGV[3])
for i, name in ipairs({'status', 'error'}) do
  if ARGV[3 + i] == '' then redis.call('HDEL', KEYS[1], name)
  else redis.call('HSET', KEYS[1], name, ARGV[3 + i]) end
end
if ARGV[2] == '1' then redis.call('ZREM', KEYS[2], ARGV[6]) end
return 1
"""

HINTS_KEPT = 10_000
"""Callback hints kept in the stream (approximately: ``MAXLEN ~``)."""

_TEXT = ("module", "spec_path", "operation", "binding", "base_url", "status", "error")


def _text(value: Any) -> str | None:
    if value is None:
        return None
    return value.decode() if isinstance(value, bytes) else str(value)


class RedisJournal:
    """:class:`~gateway_runtime.taskstore.TaskStore` on Redis (see the module docstring)."""

    def __init__(self, url: str, *, prefix: str = "clientgen") -> None:
        self.url = url
        self.prefix = prefix
        self.db = redis.Redis.from_url(url, socket_timeout=30, socket_connect_timeout=5)
        self._update_script = self.db.register_script(_UPDATE)

    def _key(self, gateway: str, task_id: str) -> str:
        return f"{self.prefix}:task:{gateway}:{task_id}"

    @property
    def _hints(self) -> str:
        return f"{self.prefix}:hints"

    def close(self) -> None:
        self.db.close()

    def apply(self, changes: Sequence[Change]) -> None:
        """Write ``changes`` in one MULTI/EXEC (a submit of a known task without ``replace`` and
        an update of an unknown task change nothing, as in SQLite)."""
        keep = [
            c for c in changes if isinstance(c, SubmitChange) and not c.replace
        ]  # the only changes that need to know what exists
        known: set[str] = set()
        if keep:
            with self.db.pipeline(transaction=False) as pipe:
                for c in keep:
                    pipe.exists(self._key(c.record.gateway, c.record.task_id))
                found = pipe.execute()
            known = {
                self._key(c.record.gateway, c.record.task_id)
                for c, there in zip(keep, found, strict=True)
                if there
            }
        with self.db.pipeline(transaction=True) as pipe:
            for change in changes:
                if isinstance(change, SubmitChange):
                    key = self._key(change.record.gateway, change.record.task_id)
                    if key in known and not change.replace:
                        continue
                    self._put(pipe, key, change.record.redacted())
                    known.add(key)
                elif isinstance(change, HintChange):
                    fields = {
                        "gateway": redact(change.gateway),
                        "task_id": redact(change.task_id),
                        "outcome": redact(change.outcome),
                        "at": repr(change.at),
                        "status": "" if change.status is None else redact(change.status),
                    }
                    pipe.xadd(self._hints, fields, maxlen=HINTS_KEPT, approximate=True)  # type: ignore[arg-type]
                else:
                    self._update_script(
                        keys=[self._key(change.gateway, change.task_id),
                              f"{self.prefix}:tasks:open"],
                        args=[redact(change.outcome), "1" if change.terminal else "0",
                              repr(change.updated_at),
                              "" if change.status is None else redact(change.status),
                              "" if change.error is None else redact(change.error)[:2000],
                              f"{change.gateway}\0{change.task_id}"],
                        client=pipe,
                    )  # fmt: skip
            pipe.execute()

    def _put(self, pipe: Any, key: str, r: TaskRecord) -> None:
        row: dict[str, Any] = {
            "gateway": r.gateway,
            "task_id": r.task_id,
            "created_at": repr(r.created_at),
            "updated_at": repr(r.updated_at),
            "outcome": r.outcome,
            "terminal": "1" if r.terminal else "0",
        }
        row.update({name: getattr(r, name) for name in _TEXT if getattr(r, name) is not None})
        member = f"{r.gateway}\0{r.task_id}"
        pipe.delete(key)
        pipe.hset(key, mapping=row)
        pipe.zadd(f"{self.prefix}:tasks:all", {member: r.created_at})
        if r.terminal:
            pipe.zrem(f"{self.prefix}:tasks:open", member)
        else:
            pipe.zadd(f"{self.prefix}:tasks:open", {member: r.created_at})

    def hint_cursor(self, lookback: float = 0.0) -> str:
        """The stream id before the hints of the last ``lookback`` seconds (Redis's clock)."""
        seconds, micros = self.db.time()
        return f"{max(0, int(seconds * 1000 + micros // 1000 - lookback * 1000))}-0"

    def hints_after(self, cursor: str, wait: float = 0.0) -> tuple[str, list[tuple[str, str]]]:
        """Hints after ``cursor``: one ``XREAD``, blocking up to ``wait`` seconds for the next."""
        block = int(wait * 1000) if wait > 0 else None  # BLOCK 0 would wait forever
        replies: Any = self.db.xread({self._hints: cursor}, count=1000, block=block)
        found: list[tuple[str, str]] = []
        for _, entries in replies or ():
            for entry_id, fields in entries:
                cursor = str(_text(entry_id))
                row = {str(_text(k)): str(_text(v)) for k, v in fields.items()}
                found.append((row.get("gateway", ""), row.get("task_id", "")))
        return cursor, found

    def prune(self, *, finished_before: float) -> int:
        """Remove ended records last updated before ``finished_before``; how many went."""
        gone = 0
        for record in self.entries(include_finished=True):
            if record.terminal and record.updated_at < finished_before:
                member = f"{record.gateway}\0{record.task_id}"
                with self.db.pipeline(transaction=True) as pipe:
                    pipe.delete(self._key(record.gateway, record.task_id))
                    pipe.zrem(f"{self.prefix}:tasks:all", member)
                    pipe.execute()
                gone += 1
        return gone

    def entries(
        self, *, include_finished: bool = False, limit: int | None = None, offset: int = 0
    ) -> list[TaskRecord]:
        """Records newest first (unfinished only unless ``include_finished``), one page."""
        listing = f"{self.prefix}:tasks:{'all' if include_finished else 'open'}"
        stop = -1 if limit is None else offset + max(0, limit) - 1
        members = [_text(m) or "" for m in self.db.zrevrange(listing, offset, stop)]
        return self._rows([tuple(m.split("\0", 1)) for m in members if "\0" in m])  # type: ignore[misc]

    def count(self, *, include_finished: bool = False) -> int:
        return int(self.db.zcard(f"{self.prefix}:tasks:{'all' if include_finished else 'open'}"))

    def find(self, task_id: str, gateway: str | None = None) -> list[TaskRecord]:
        """Records with this task id (of one gateway, when given)."""
        if gateway is not None:
            return self._rows([(gateway, task_id)])
        members = [_text(m) or "" for m in self.db.zrange(f"{self.prefix}:tasks:all", 0, -1)]
        suffix = f"\0{task_id}"
        return self._rows([(m[: -len(suffix)], task_id) for m in members if m.endswith(suffix)])

    def _rows(self, keys: list[tuple[str, str]]) -> list[TaskRecord]:
        with self.db.pipeline() as pipe:
            for gateway, task_id in keys:
                pipe.hgetall(self._key(gateway, task_id))
            rows = pipe.execute()
        found: list[TaskRecord] = []
        for raw in rows:
            if not raw:
                continue
            row = {str(_text(k)): _text(v) for k, v in raw.items()}
            found.append(
                TaskRecord(
                    gateway=row["gateway"] or "",
                    task_id=row["task_id"] or "",
                    created_at=float(row.get("created_at") or 0),
                    updated_at=float(row.get("updated_at") or 0),
                    outcome=row.get("outcome") or "pending",
                    terminal=row.get("terminal") == "1",
                    **{name: row.get(name) for name in _TEXT},
                )
            )
        return found
