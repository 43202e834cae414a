"""The test Redis itself: real, on loopback, and durable across a SIGKILL."""

from __future__ import annotations

import redis

from tests.redis_server import RedisServer


def test_acknowledged_write_survives_kill_9(redis_server: RedisServer) -> None:
    db = redis.Redis.from_url(redis_server.url)
    db.set("task:1", "accepted")
    assert db.config_get("appendfsync") == {"appendfsync": "always"}
    redis_server.restart()
    db = redis.Redis.from_url(redis_server.url)
    assert db.get("task:1") == b"accepted"
