"""The simulator's request log: what it received, readable by tests and printed with ``--log``.

Every request is kept as a small :class:`Entry` (method, path, operation, what it did, status,
task id), never its body or headers (so no key is ever stored); tests read it in process
(``sim.log.submits("createTask")``) or over HTTP at ``GET /_simulator/requests``. The log is
bounded: the oldest entries go first, the counts are kept whole.
"""

from __future__ import annotations

import threading
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any, Literal

__all__ = ["Entry", "Kind", "RequestLog"]

Kind = Literal["submit", "poll", "cancel", "call", "file", "admin", "refused", "unrouted"]
"""What a request was: a task submit, a poll, a cancel, another operation, a served output file,
an admin read, a request refused before it reached its operation (401, 422, injected fault), or a
path no operation has."""

MAX_ENTRIES = 100_000


@dataclass(frozen=True)
class Entry:
    """One request as the simulator saw and answered it."""

    seq: int
    method: str
    path: str
    operation: str | None
    kind: Kind
    status: int
    task_id: str | None = None

    def line(self) -> str:
        """The ``--log`` line: ``#12 POST /v1/tasks -> 200 createTask submit sim-image-000003``."""
        parts = [f"#{self.seq}", self.method, self.path, "->", str(self.status)]
        parts += [p for p in (self.operation, self.kind, self.task_id) if p]
        return " ".join(parts)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class RequestLog:
    """Entries in arrival order plus per-operation counts of requests and of task submits."""

    def __init__(
        self, printer: Callable[[str], None] | None = None, limit: int = MAX_ENTRIES
    ) -> None:
        self.entries: deque[Entry] = deque(maxlen=limit)
        self.calls: Counter[str] = Counter()  # routed requests per operation (any outcome)
        self.submitted: Counter[str] = Counter()  # tasks created per submit operation
        self._printer = printer
        self._seq = 0
        self._lock = threading.Lock()  # read from test threads while the loop thread writes

    def add(
        self,
        method: str,
        path: str,
        operation: str | None,
        kind: Kind,
        status: int,
        task_id: str | None = None,
    ) -> Entry:
        with self._lock:
            self._seq += 1
            entry = Entry(self._seq, method, path, operation, kind, status, task_id)
            self.entries.append(entry)
            if operation is not None and kind != "admin":
                self.calls[operation] += 1
            if kind == "submit" and operation is not None:
                self.submitted[operation] += 1
        if self._printer is not None:
            self._printer(entry.line())
        return entry

    def submits(self, operation: str | None = None) -> int:
        """Tasks created (by one submit operation, or by all); refused submits do not count."""
        with self._lock:
            if operation is None:
                return sum(self.submitted.values())
            return self.submitted[operation]

    def of(self, operation: str | None = None, kind: Kind | None = None) -> list[Entry]:
        """Entries for an operation and/or of a kind, in order."""
        with self._lock:
            return [
                e
                for e in self.entries
                if (operation is None or e.operation == operation)
                and (kind is None or e.kind == kind)
            ]

    def clear(self) -> None:
        with self._lock:
            self.entries.clear()
            self.calls.clear()
            self.submitted.clear()

    def to_dict(self) -> dict[str, Any]:
        """What ``GET /_simulator/requests`` answers."""
        with self._lock:
            return {
                "requests": [e.to_dict() for e in self.entries],
                "submits": dict(self.submitted),
                "calls": dict(self.calls),
                "total": self._seq,
            }
