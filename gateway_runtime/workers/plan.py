"""A queued batch's plan: what every worker needs to run its jobs, stored in Redis (no secrets)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from ..batch.config import DEFAULT_CONCURRENCY
from ..option_table import DEFAULT_MAX_POLL_FAILURES

__all__ = ["BatchPlan"]


@dataclass(frozen=True)
class BatchPlan:
    """What every worker needs to run a batch's jobs (stored as the batch's meta, no secrets)."""

    gateway: str
    operation: str
    out: str
    module: str | None = None
    spec_path: str | None = None
    base_url: str | None = None
    concurrency: int = DEFAULT_CONCURRENCY
    rate_limit: float | None = None
    retry_failed: int = 0
    timeout: float | None = None
    poll_interval: float | None = None
    lease: float = 30.0
    callback_url: str | None = None
    max_poll_failures: int = DEFAULT_MAX_POLL_FAILURES
    """Polls failing in a row (transiently: see ``batch.poll_errors``) a worker survives."""

    def to_meta(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_meta(cls, meta: dict[str, Any]) -> BatchPlan:
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in meta.items() if k in known})
