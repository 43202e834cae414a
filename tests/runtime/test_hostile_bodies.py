"""Hostile replies cost memory bounded by the caps: each case runs in a subprocess under RLIMIT_AS.

The server (on 127.0.0.1, in this process) sends the hostile reply; ``tests/runtime/memprobe.py``
makes the call in a child whose address space is limited to what it uses plus 160 MiB, so a
regression that holds a whole bomb fails with ``MemoryError`` instead of eating the machine. The
child reports the error and its peak resident memory above the baseline, which must stay under
about twice the cap (plus allocator noise).
"""

from __future__ import annotations

import functools
import gzip
import json
import os
import subprocess
import sys
import zlib
from pathlib import Path
from typing import Any

import pytest

from tests.gateway_server import GatewayServer, Response

ROOT = Path(__file__).resolve().parents[2]
CAP = 4 << 20
PEAK_BOUND_MIB = 2 * (CAP >> 20) + 24  # twice the cap plus allocator and buffer noise
MIB = b"\0" * (1 << 20)


@functools.cache
def gzip_bomb(mib: int = 256, prefix: bytes = b"", fill: int = 0) -> bytes:
    """gzip of ``prefix`` and ``mib`` MiB of one byte (about a thousandth of that on the wire)."""
    z = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = bytes([fill]) * (1 << 20)
    return b"".join([z.compress(prefix), *(z.compress(block) for _ in range(mib)), z.flush()])


@functools.cache
def stacked_bomb() -> bytes:
    """Two gzip layers over 256 MiB of zeros: a few KiB on the wire."""
    return gzip.compress(gzip_bomb(), 9)


def _gz(body: bytes, ctype: str, coding: str = "gzip") -> Response:
    return Response(200, body=body, headers={"Content-Type": ctype, "Content-Encoding": coding})


def _endless(ctype: str, mib: int) -> Response:
    return Response.drip(MIB, interval=0, chunks=mib, content_type=ctype)


HOSTILE: dict[str, tuple[str, str, str, Any]] = {
    # id: (scenario, method, path, reply)
    "stacked-gzip-json": (
        "json",
        "GET",
        "/v1/tasks/bomb",
        lambda: _gz(stacked_bomb(), "application/json", "gzip, gzip"),
    ),
    "gzip-bomb-json": (
        "json",
        "GET",
        "/v1/tasks/bomb",
        lambda: _gz(gzip_bomb(), "application/json"),
    ),
    "binary-poll-200mb": (
        "poll",
        "GET",
        "/v1/tasks/bomb",
        lambda: _endless("application/octet-stream", 200),
    ),
    "binary-reply-200mb": ("binary", "GET", "/v1/download", lambda: _endless("image/png", 200)),
    "gzip-bomb-binary": ("binary", "GET", "/v1/download", lambda: _gz(gzip_bomb(), "image/png")),
    "sse-line-300mb": (
        "stream",
        "POST",
        "/v1/chat",
        lambda: Response.streamed(
            [b"data: ", *[b"x" * (1 << 20)] * 300], content_type="text/event-stream"
        ),
    ),
    "sse-gzip-bomb": (
        "stream",
        "POST",
        "/v1/chat",
        lambda: _gz(gzip_bomb(prefix=b"data: ", fill=ord("x")), "text/event-stream"),
    ),
    "download-gzip-bomb": (
        "download",
        "GET",
        "/bomb.bin",
        lambda: _gz(gzip_bomb(), "application/octet-stream"),
    ),
}

EXPECTED = {
    "stacked-gzip-json": ("ResponseDecodeError", "stacked Content-Encoding 'gzip, gzip' refused"),
    "gzip-bomb-json": ("ResponseTooLargeError", f"bytes > {CAP}, counted after decoding"),
    "binary-poll-200mb": ("ResponseTooLargeError", "passed max_response_bytes"),
    "binary-reply-200mb": ("ResponseTooLargeError", "passed max_binary_bytes"),
    "gzip-bomb-binary": ("ResponseTooLargeError", "passed max_binary_bytes"),
    "sse-line-300mb": ("ResponseTooLargeError", "stream event passed max_event_bytes"),
    "sse-gzip-bomb": ("ResponseTooLargeError", "stream event passed max_event_bytes"),
    "download-gzip-bomb": ("DownloadError", f"more than max_bytes={CAP} (counted after decoding)"),
}


def probe(server: GatewayServer, scenario: str, mode: str) -> dict[str, Any]:
    """Run ``memprobe`` against ``server`` and return what it printed."""
    env = {**os.environ, "MALLOC_ARENA_MAX": "2", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "tests.runtime.memprobe", scenario, mode, server.url, str(CAP)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_reply_is_refused_at_its_cap_with_bounded_memory(
    gateway_server: GatewayServer, case: str, mode: str
) -> None:
    scenario, method, path, reply = HOSTILE[case]
    gateway_server.route("GET", "/v1/tasks/warm", json={"task_id": "warm", "status": "queued"})
    gateway_server.route(method, path, reply())
    result = probe(gateway_server, scenario, mode)
    error, words = EXPECTED[case]
    assert result["error"] == error, result
    assert words in result["message"], result
    assert result["peak_mib"] <= PEAK_BOUND_MIB, result
