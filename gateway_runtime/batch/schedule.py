"""What the batch does next: due polls first, then downloads, then new submits.

Polls of running tasks take precedence over new submits, so a task's deadline means the same
with 10 tasks running or 10,000; a token bucket spreads requests when a rate limit is set.
Pure bookkeeping, no I/O: the runner asks :meth:`Schedule.next_due` and drives the work.
"""

from __future__ import annotations

import heapq
import itertools
from collections import deque
from typing import Generic, Protocol, TypeVar

__all__ = ["Limiter", "Schedule", "TokenBucket"]

T = TypeVar("T")


class Limiter(Protocol):
    """What the engine asks of a rate limit (a :class:`TokenBucket`, or a gateway's shared one)."""

    def ready_at(self, now: float) -> float: ...

    def take(self, now: float) -> None: ...


class TokenBucket:
    """``rate`` requests per second with a burst of ``max(1, rate)``; ``None``: unlimited."""

    def __init__(self, rate: float | None) -> None:
        self.rate = rate
        self.capacity = max(1.0, rate or 1.0)
        self.tokens = self.capacity
        self.stamp: float | None = None

    def _refill(self, now: float) -> None:
        if self.rate is None:
            return
        if self.stamp is not None:
            self.tokens = min(self.capacity, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now

    def ready_at(self, now: float) -> float:
        """When the next request may go (``now`` if it may go now)."""
        if self.rate is None:
            return now
        self._refill(now)
        return now if self.tokens >= 1.0 else now + (1.0 - self.tokens) / self.rate

    def take(self, now: float) -> None:
        if self.rate is not None:
            self._refill(now)
            self.tokens -= 1.0


class Schedule(Generic[T]):
    """Polls by due time, downloads in arrival order; both above new submits.

    An item has one due poll: scheduling it again (a callback hint moving its poll to now)
    replaces the earlier entry, which is skipped when it comes up.
    """

    def __init__(self) -> None:
        self._polls: list[tuple[float, int, T]] = []
        self._order = itertools.count()
        self._latest: dict[int, int] = {}  # id(item) -> order of its live entry
        self.downloads: deque[T] = deque()

    def poll_at(self, due: float, item: T) -> None:
        order = next(self._order)
        self._latest[id(item)] = order
        heapq.heappush(self._polls, (due, order, item))

    def _drop_stale(self) -> None:
        while self._polls and self._latest.get(id(self._polls[0][2])) != self._polls[0][1]:
            heapq.heappop(self._polls)

    def due_poll(self, now: float) -> T | None:
        self._drop_stale()
        if self._polls and self._polls[0][0] <= now:
            item = heapq.heappop(self._polls)[2]
            del self._latest[id(item)]
            return item
        return None

    def next_due(self) -> float | None:
        self._drop_stale()
        return self._polls[0][0] if self._polls else None

    def __len__(self) -> int:
        return len(self._latest) + len(self.downloads)
