"""Failures the simulator injects, decided deterministically from ``--seed``.

Each decision hashes (seed, kind, key) — the key is a task id or an operation's request number —
so the same seed and the same request sequence give the same faults, whatever else runs.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field

__all__ = ["FaultDice", "Faults"]


@dataclass(frozen=True)
class Faults:
    """Rates (0–1) of each failure; all off by default.

    ``limit`` caps how many of each kind are injected (``None``: no cap), so a test can say
    "the first submit is rate-limited, the retry goes through". ``operations`` limits the
    request-level faults (429, 500, HTTP-200 error bodies) to these operation ids.
    """

    fail_rate: float = 0.0  # tasks end in the binding's failure status
    stuck_rate: float = 0.0  # tasks never leave their last pending status
    drift_rate: float = 0.0  # polls answer a status the binding does not declare
    rate_limit: float = 0.0  # requests answered 429 with Retry-After
    retry_after: float = 1.0  # seconds in that Retry-After
    server_error: float = 0.0  # requests answered 500
    error_body: float = 0.0  # requests answered HTTP 200 carrying the gateway's error envelope
    latency: float = 0.0  # seconds added before every answer
    garbled: float = 0.0  # requests answered HTTP 200 with a body that is not JSON (a proxy's page)
    stall: float = 0.0  # seconds added before each answer to the request-level faults' operations
    lost_rate: float = 0.0  # polls answered 404 as if the gateway had lost the task
    limit: int | None = None
    operations: frozenset[str] = field(default_factory=frozenset)


class FaultDice:
    """Rolls the faults of one simulator run."""

    def __init__(self, faults: Faults, seed: int) -> None:
        self.faults = faults
        self.seed = seed
        self.injected: Counter[str] = Counter()

    def roll(self, kind: str, rate: float, key: str) -> bool:
        """Whether fault ``kind`` (at ``rate``) hits ``key``; counts hits against ``limit``."""
        if rate <= 0.0:
            return False
        limit = self.faults.limit
        if limit is not None and self.injected[kind] >= limit:
            return False
        digest = hashlib.blake2b(f"{self.seed}|{kind}|{key}".encode(), digest_size=8).digest()
        hit = rate >= 1.0 or int.from_bytes(digest, "big") / 2**64 < rate
        if hit:
            self.injected[kind] += 1
        return hit

    def applies_to(self, operation_id: str) -> bool:
        ops = self.faults.operations
        return not ops or operation_id in ops
