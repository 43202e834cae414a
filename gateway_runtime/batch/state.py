"""The in-memory state of one batch run, shared by the engine and the job actions."""

from __future__ import annotations

import asyncio
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from .._core import ClientCore
from ..journal_watch import Watch
from ..options import DEFAULT_TIMEOUT
from ..spec import OperationSpec, TaskBinding
from ..tasks import AsyncHost as Host
from ..tasks import AsyncTask
from .config import BatchConfig
from .pricing import PriceTable
from .schedule import Limiter, Schedule, TokenBucket
from .store import JobRecord, JobStore

__all__ = ["Host", "Run", "Running", "job_folder"]


class Running:
    """A submitted task the run is watching."""

    __slots__ = (
        "attempts",
        "failures",
        "hinted",
        "interval",
        "job_id",
        "polls",
        "started",
        "task",
        "unknown",
        "watch",
    )

    def __init__(self, job_id: str, task: AsyncTask[Any], attempts: int, interval: float) -> None:
        self.job_id = job_id
        self.task = task
        self.attempts = attempts
        self.interval = interval
        self.started = time.monotonic()
        self.polls = self.failures = self.unknown = 0
        self.hinted = False  # a callback hint came since the last poll began
        self.watch: Watch | None = None  # the journal watch ringing on callback hints


def job_folder(job_id: str) -> str:
    """A folder name for a job id: the id itself when it is a safe name, else a safe form + hash."""
    import hashlib
    import re

    safe = re.sub(r"[^A-Za-z0-9._-]", "_", job_id)[:80].lstrip(".")
    if safe == job_id and safe:
        return safe
    return f"{safe or 'job'}-{hashlib.sha1(job_id.encode()).hexdigest()[:8]}"


@dataclass
class Run:
    """Everything one run of a batch shares."""

    host: Host
    op: OperationSpec
    binding: TaskBinding
    store: JobStore
    batch: str
    out: Path
    config: BatchConfig
    prices: PriceTable | None
    schedule: Schedule[Running] = field(default_factory=Schedule)
    bucket: Limiter = field(default_factory=lambda: TokenBucket(None))
    running: dict[str, Running] = field(default_factory=dict)
    requeued: deque[JobRecord] = field(default_factory=deque)
    resubmit: deque[JobRecord] = field(default_factory=deque)
    downloads: deque[tuple[Running, Any]] = field(default_factory=deque)
    resent: Counter[str] = field(default_factory=Counter)
    wake: asyncio.Event = field(default_factory=asyncio.Event)
    submits_paused_until: float = 0.0
    files_client: httpx.Client | None = None
    capped: bool = False
    stopping: bool = False
    stats: dict[str, int] = field(
        default_factory=lambda: dict.fromkeys(
            ("submits", "polls", "downloads", "done", "failed", "uncertain", "retried"), 0
        )
    )

    def files_http(self) -> httpx.Client:
        """The blocking HTTP client that downloads outputs in worker threads: a sync client's
        own (its transport and settings apply), else one made for the run."""
        if isinstance(self.core._http, httpx.Client):
            return self.core._http
        if self.files_client is None:
            size = max(4, min(self.config.concurrency, 32))
            limits = httpx.Limits(max_connections=size, max_keepalive_connections=size)
            self.files_client = httpx.Client(limits=limits, timeout=DEFAULT_TIMEOUT)
        return self.files_client

    @property
    def core(self) -> ClientCore:
        return self.host._core

    @property
    def idempotent(self) -> bool:
        return bool(self.op.idempotent or self.op.idempotency_header)

    def interval_after(self, running: Running) -> float:
        """Seconds to the next poll: the binding's interval, growing ×1.5 after 5 polls."""
        base = self.config.poll_interval
        base = self.binding.poll_interval if base is None else base
        if running.polls >= 5:
            cap = min(base * 10.0, max(base, 60.0))
            running.interval = min(max(running.interval, base) * 1.5, cap)
        else:
            running.interval = base
        return running.interval
