"""Fixtures of the workers suite: a real redis-server per test (durable: AOF, fsync always)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.redis_server import RedisServer


@pytest.fixture
def redis_server(tmp_path: Path) -> Iterator[RedisServer]:
    """A redis-server on 127.0.0.1 (free port) with its data in the test's folder."""
    with RedisServer(tmp_path / "redis") as server:
        yield server
