"""Rate limits per gateway: every batch run in this process that targets the same gateway with
the same credential draws its requests from one token bucket.

A gateway's limit ("N requests per second") is the gateway's, not one run's: two runs started
side by side (threads, or ``asyncio.gather`` of two ``arun_batch``) against one gateway and key
must not each take N. The gateway is named by its base URL (user info stripped) and a
*credential identity*: an HMAC of the API key under a key drawn at random when this process
starts, so the secret itself is never a dictionary key, never logged and means nothing outside
this process. Different keys on one gateway are separate accounts and get separate buckets.

The bucket's rate is the lowest ``rate_limit`` among the runs sharing it at the moment (the
strictest caller wins; it rises again when that run ends). A run without ``rate_limit`` neither
waits for nor takes tokens. Each bucket lives while a run uses it. Across processes (Celery
workers) the Redis store keeps its own global bucket (``gateway_runtime.workers``).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

from .._core import ClientCore
from .._sending import strip_userinfo
from .schedule import TokenBucket

__all__ = ["GatewayLimiter", "gateway_key", "shared_limiter"]

_PROCESS_KEY = os.urandom(32)


def gateway_key(base_url: str, api_key: str | None) -> tuple[str, str]:
    """``(base URL without user info, credential identity)``; never contains the secret."""
    parts = [api_key or "", base_url]  # user info in the URL is a credential too
    identity = hmac.new(_PROCESS_KEY, "\0".join(parts).encode(), hashlib.sha256).hexdigest()
    return strip_userinfo(base_url).rstrip("/"), identity[:32]


class GatewayLimiter:
    """One gateway's token bucket, shared by threads and event loops (a lock guards it)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._bucket = TokenBucket(None)
        self._rates: Counter[float] = Counter()

    @property
    def rate(self) -> float | None:
        """The rate in force: the lowest among the runs sharing the bucket (``None``: none)."""
        return self._bucket.rate

    def _set_rate(self) -> None:
        rate = min(self._rates) if self._rates else None
        bucket = self._bucket
        if rate != bucket.rate:
            fresh = bucket.rate is None  # a new bucket starts full
            bucket.rate = rate
            bucket.capacity = max(1.0, rate or 1.0)
            bucket.tokens = bucket.capacity if fresh else min(bucket.tokens, bucket.capacity)

    def join(self, rate: float) -> None:
        with self._lock:
            self._rates[rate] += 1
            self._set_rate()

    def leave(self, rate: float) -> None:
        with self._lock:
            self._rates[rate] -= 1
            if self._rates[rate] <= 0:
                del self._rates[rate]
            self._set_rate()

    def idle(self) -> bool:
        return not self._rates

    def ready_at(self, now: float) -> float:
        """When the next request may go (``now`` if it may go now)."""
        with self._lock:
            return self._bucket.ready_at(now)

    def take(self, now: float) -> None:
        """Spend one token. A race between threads can only leave a debt, which delays the
        next requests: the rate over any longer stretch still holds."""
        with self._lock:
            self._bucket.take(now)


_REGISTRY: dict[tuple[str, str], GatewayLimiter] = {}
_REGISTRY_LOCK = threading.Lock()


@contextmanager
def shared_limiter(core: ClientCore, rate: float | None) -> Iterator[TokenBucket | GatewayLimiter]:
    """The limiter a run uses while inside the block: its gateway's shared bucket, or an
    unlimited bucket of its own when ``rate`` is ``None``."""
    if rate is None:
        yield TokenBucket(None)
        return
    key = gateway_key(core.base_url, core.api_key)
    with _REGISTRY_LOCK:
        limiter = _REGISTRY.setdefault(key, GatewayLimiter())
        limiter.join(rate)
    try:
        yield limiter
    finally:
        with _REGISTRY_LOCK:
            limiter.leave(rate)
            if limiter.idle():
                _REGISTRY.pop(key, None)
