"""The task journal in Redis: task ids shared by every process and machine of a deployment.

Same rows and semantics as the SQLite journal (``journal.py``, the embedded default): one record
per (gateway, task id) with where to find the client again, the last status and outcome, and
whether the task ended; written when a task is accepted and on every change, every string
redacted. Rows are hashes ``{prefix}:task:{gateway}:{task id}``; ``{prefix}:tasks:open`` and
``{prefix}:tasks:all`` (sorted by creation time) list them. With Redis on ``appendonly yes`` /
``appendfsync always`` an accepted task id survives a kill -9 of the worker and of Redis.
"""

from __future__ import annotations

import time
from typing import Any

import redis

from .._core import strip_userinfo
from ..journal import JournalEntry
from ..redact import redact

__all__ = ["RedisJournal"]

_FIELDS = (
    "module",
    "spec_path",
    "operation",
    "binding",
    "base_url",
    "status",
    "outcome",
    "error",
)


def _text(value: Any) -> str | None:
    if value is None:
        return None
    return value.decode() if isinstance(value, bytes) else str(value)


class RedisJournal:
    """The journal's methods (``record_submit``, ``update``, ``entries``, ``find``) on Redis."""

    def __init__(self, url: str, *, prefix: str = "clientgen") -> None:
        self.url = url
        self.prefix = prefix
        self.db = redis.Redis.from_url(url, socket_timeout=30, socket_connect_timeout=5)

    def _key(self, gateway: str, task_id: str) -> str:
        return f"{self.prefix}:task:{gateway}:{task_id}"

    def close(self) -> None:
        self.db.close()

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
        """Insert (or, with ``replace``, refresh) a submitted task's row."""
        key = self._key(gateway, task_id)
        if not replace and self.db.exists(key):
            return
        row = {
            "gateway": gateway,
            "task_id": task_id,
            "module": module,
            "spec_path": spec_path,
            "operation": operation,
            "binding": binding,
            "base_url": redact(strip_userinfo(base_url)) if base_url else None,
            "created_at": repr(created_at),
            "updated_at": repr(time.time()),
            "status": status,
            "outcome": "pending",
            "terminal": "0",
        }
        member = f"{gateway}\0{task_id}"
        with self.db.pipeline() as pipe:  # MULTI/EXEC: the row and its listings together
            pipe.delete(key)
            pipe.hset(key, mapping={k: v for k, v in row.items() if v is not None})
            pipe.zadd(f"{self.prefix}:tasks:all", {member: created_at})
            pipe.zadd(f"{self.prefix}:tasks:open", {member: created_at})
            pipe.execute()

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
        """Record the latest status of a known task (unknown ones are left alone)."""
        key = self._key(gateway, task_id)
        if not self.db.exists(key):
            return
        fields: dict[Any, Any] = {"outcome": outcome, "terminal": "1" if terminal else "0"}
        fields["updated_at"] = repr(time.time())
        with self.db.pipeline() as pipe:
            pipe.hset(key, mapping=fields)
            for name, value in (("status", status), ("error", error)):
                if value is None:
                    pipe.hdel(key, name)
                else:
                    pipe.hset(key, name, redact(value)[:2000])
            if terminal:
                pipe.zrem(f"{self.prefix}:tasks:open", f"{gateway}\0{task_id}")
            pipe.execute()

    def terminal(self, gateway: str, task_id: str) -> bool:
        """Whether the task's row says it ended (one Redis read)."""
        return self.db.hget(self._key(gateway, task_id), "terminal") == b"1"

    def entries(self, *, include_finished: bool = False) -> list[JournalEntry]:
        """Rows, newest first; unfinished ones only unless ``include_finished``."""
        listing = f"{self.prefix}:tasks:{'all' if include_finished else 'open'}"
        members = [_text(m) or "" for m in self.db.zrevrange(listing, 0, -1)]
        pairs = [m.split("\0", 1) for m in members if "\0" in m]
        return self._rows([(g, t) for g, t in pairs])

    def find(self, task_id: str, gateway: str | None = None) -> list[JournalEntry]:
        """Rows with this task id (optionally of one gateway)."""
        if gateway is not None:
            return self._rows([(gateway, task_id)])
        members = [_text(m) or "" for m in self.db.zrange(f"{self.prefix}:tasks:all", 0, -1)]
        return self._rows(
            [(m.split("\0", 1)[0], task_id) for m in members if m.endswith(f"\0{task_id}")]
        )

    def _rows(self, keys: list[tuple[str, str]]) -> list[JournalEntry]:
        with self.db.pipeline() as pipe:
            for gateway, task_id in keys:
                pipe.hgetall(self._key(gateway, task_id))
            rows = pipe.execute()
        found: list[JournalEntry] = []
        for raw in rows:
            if not raw:
                continue
            row = {str(_text(k)): _text(v) for k, v in raw.items()}
            found.append(
                JournalEntry(
                    gateway=row["gateway"] or "",
                    task_id=row["task_id"] or "",
                    **{name: row.get(name) for name in _FIELDS if name != "outcome"},
                    created_at=float(row.get("created_at") or 0),
                    updated_at=float(row.get("updated_at") or 0),
                    outcome=row.get("outcome") or "pending",
                    terminal=row.get("terminal") == "1",
                )
            )
        return found
