"""The task journal in Redis: task ids shared by every process and machine of a deployment.

A :class:`~gateway_runtime.taskstore.TaskStore` like the SQLite journal (``journal.py``, the
embedded default), so a client writes to it through the same ``JournalWriter`` (``journal=
RedisJournal(url)``): one record per (gateway, task id), redacted, applied all or nothing (one
Lua script call per batch of changes). Rows are hashes ``{prefix}:task:{gateway}:{task id}``;
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

_APPLY = """
-- A batch of changes, all or nothing (a script runs alone). KEYS[1] the open listing, KEYS[2]
-- the listing of all, KEYS[2 + n] the key of the n-th change; ARGV the changes one after the
-- other: put, replace (1/0), score, member, terminal (1/0), field count, fields and values |
-- update, outcome, terminal, updated_at, status, error, member ('' status / error: none) |
-- hint, max length, field count, fields and values. A put of a known task without replace and
-- an update of an unknown task change nothing, as in SQLite.
local a, n = 1, 0
while a <= #ARGV do
  n = n + 1
  local key, kind = KEYS[2 + n], ARGV[a]
  if kind == 'put' then
    local count = tonumber(ARGV[a + 5])
    local row = {}
    for i = 1, count * 2 do row[i] = ARGV[a + 5 + i] end
    local score, member = ARGV[a + 2], ARGV[a + 3]
    if ARGV[a + 1] == '1' or redis.call('EXISTS', key) == 0 then
      redis.call('DEL', key)
      redis.call('HSET', key, unpack(row))
      redis.call('ZADD', KEYS[2], score, member)
      if ARGV[a + 4] == '1' then redis.call('ZREM', KEYS[1], member)
      else redis.call('ZADD', KEYS[1], score, member) end
    end
    a = a + 6 + count * 2
  elseif kind == 'update' then
    local m = redis.call('HMGET', key, 'task_id', 'status', 'error')
    if m[1] then
      local set = {'outcome', ARGV[a + 1], 'terminal', ARGV[a + 2], 'updated_at', ARGV[a + 3]}
      local gone = {}
      for i, name in ipairs({'status', 'error'}) do
        local value = ARGV[a + 3 + i]
        if value ~= '' then
          set[#set + 1] = name
          set[#set + 1] = value
        elseif m[1 + i] then
          gone[#gone + 1] = name
        end
      end
      redis.call('HSET', key, unpack(set))
      if #gone > 0 then redis.call('HDEL', key, unpack(gone)) end
      if ARGV[a + 2] == '1' then redis.call('ZREM', KEYS[1], ARGV[a + 6]) end
    end
    a = a + 7
  else
    local count = tonumber(ARGV[a + 2])
    local fields = {}
    for i = 1, count * 2 do fields[i] = ARGV[a + 2 + i] end
    redis.call('XADD', key, 'MAXLEN', '~', ARGV[a + 1], '*', unpack(fields))
    a = a + 3 + count * 2
  end
end
return n
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
        self._apply = self.db.register_script(_APPLY)

    def _key(self, gateway: str, task_id: str) -> str:
        return f"{self.prefix}:task:{gateway}:{task_id}"

    @property
    def _hints(self) -> str:
        return f"{self.prefix}:hints"

    def close(self) -> None:
        self.db.close()

    def apply(self, changes: Sequence[Change]) -> None:
        """Write ``changes`` all or nothing, in one script call (see ``_APPLY``)."""
        if not changes:
            return
        keys = [f"{self.prefix}:tasks:open", f"{self.prefix}:tasks:all"]
        args: list[Any] = []
        for change in changes:
            if isinstance(change, SubmitChange):
                r = change.record.redacted()
                keys.append(self._key(r.gateway, r.task_id))
                row = self._row(r)
                args += [
                    "put",
                    "1" if change.replace else "0",
                    repr(r.created_at),
                    f"{r.gateway}\0{r.task_id}",
                    "1" if r.terminal else "0",
                    len(row),
                ]
                for name, value in row.items():
                    args += [name, value]
            elif isinstance(change, HintChange):
                keys.append(self._hints)
                fields = {
                    "gateway": redact(change.gateway),
                    "task_id": redact(change.task_id),
                    "outcome": redact(change.outcome),
                    "at": repr(change.at),
                    "status": "" if change.status is None else redact(change.status),
                }
                args += ["hint", HINTS_KEPT, len(fields)]
                for name, value in fields.items():
                    args += [name, value]
            else:
                keys.append(self._key(change.gateway, change.task_id))
                args += [
                    "update",
                    redact(change.outcome),
                    "1" if change.terminal else "0",
                    repr(change.updated_at),
                    "" if change.status is None else redact(change.status),
                    "" if change.error is None else redact(change.error)[:2000],
                    f"{change.gateway}\0{change.task_id}",
                ]
        self._apply(keys=keys, args=args)  # fmt: skip

    @staticmethod
    def _row(r: TaskRecord) -> dict[str, Any]:
        row: dict[str, Any] = {
            "gateway": r.gateway,
            "task_id": r.task_id,
            "created_at": repr(r.created_at),
            "updated_at": repr(r.updated_at),
            "outcome": r.outcome,
            "terminal": "1" if r.terminal else "0",
        }
        row.update({name: getattr(r, name) for name in _TEXT if getattr(r, name) is not None})
        return row

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
