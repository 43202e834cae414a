"""Benchmark (not a test): peak memory of hostile replies, beside the caps that bound them.

Each case runs the call in its own process (``tests/runtime/memprobe.py``) against the local
test server, under an address-space limit, with the client's default cap for that reply; the
figure is the resident memory above the process's baseline at the worst moment, and the target
is twice the cap (the promise of docs/runtime-api.md, "Size caps"):

* a poll reply with two stacked gzip layers (a few KiB on the wire, ``--inflate-mib`` inside);
* a single-layer gzip bomb answering a JSON call;
* a 200 MB poll reply sent as ``application/octet-stream``;
* one 300 MB SSE ``data:`` line;
* a gzip-bombed download with ``max_bytes`` 50 MB (streamed to disk: memory stays small).

    .venv/bin/python bench/bench_hostile.py --inflate-mib 1024
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.report import figure, note  # noqa: E402
from gateway_runtime.options import (  # noqa: E402
    DEFAULT_MAX_EVENT_BYTES,
    DEFAULT_MAX_RESPONSE_BYTES,
)
from tests.gateway_server import GatewayServer, Response  # noqa: E402

MIB = 1 << 20


def _bomb(mib: int, prefix: bytes = b"", fill: int = 0) -> bytes:
    z = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = bytes([fill]) * MIB
    return b"".join([z.compress(prefix), *(z.compress(block) for _ in range(mib)), z.flush()])


def _probe(url: str, scenario: str, mode: str, cap: int) -> dict[str, object]:
    limit_mib = 5 * (cap >> 20) + 128
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.runtime.memprobe",
            scenario,
            mode,
            url,
            str(cap),
            str(limit_mib),
        ],
        cwd=ROOT,
        env={**os.environ, "MALLOC_ARENA_MAX": "2", "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=600,
    )
    if done.returncode != 0:
        raise SystemExit(done.stderr[-2000:])
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inflate-mib", type=int, default=1024, help="size inside the bombs")
    parser.add_argument("--mode", choices=["sync", "async"], default="sync")
    args = parser.parse_args()
    start = time.perf_counter()
    gzip_bomb = _bomb(args.inflate_mib)
    z = zlib.compressobj(9, zlib.DEFLATED, 31)
    stacked = z.compress(gzip_bomb) + z.flush()
    sse_bomb_line = [b"data: ", *[b"x" * MIB] * 300]
    note("bombs built", f"{time.perf_counter() - start:.1f} s")
    note("stacked gzip on the wire", f"{len(stacked):,} bytes for {args.inflate_mib} MiB inside")
    json_cap, event_cap, download_cap = (
        DEFAULT_MAX_RESPONSE_BYTES,
        DEFAULT_MAX_EVENT_BYTES,
        50_000_000,
    )
    cases = [
        (
            "stacked-gzip poll reply",
            "poll",
            "/v1/tasks/bomb",
            "GET",
            Response(
                200,
                body=stacked,
                headers={"Content-Type": "application/json", "Content-Encoding": "gzip, gzip"},
            ),
            json_cap,
        ),
        (
            "gzip-bomb JSON reply",
            "json",
            "/v1/tasks/bomb",
            "GET",
            Response(
                200,
                body=gzip_bomb,
                headers={"Content-Type": "application/json", "Content-Encoding": "gzip"},
            ),
            json_cap,
        ),
        (
            "200 MB binary poll reply",
            "poll",
            "/v1/tasks/bomb",
            "GET",
            Response.drip(
                b"\0" * MIB, interval=0, chunks=200, content_type="application/octet-stream"
            ),
            json_cap,
        ),
        (
            "300 MB SSE line",
            "stream",
            "/v1/chat",
            "POST",
            Response.streamed(sse_bomb_line, content_type="text/event-stream"),
            event_cap,
        ),
        (
            "gzip-bomb download, max_bytes=50 MB",
            "download",
            "/bomb.bin",
            "GET",
            Response(
                200,
                body=gzip_bomb,
                headers={"Content-Type": "application/octet-stream", "Content-Encoding": "gzip"},
            ),
            download_cap,
        ),
    ]
    met = True
    with GatewayServer(record=False) as server:
        server.route("GET", "/v1/tasks/warm", json={"task_id": "warm", "status": "queued"})
        for label, scenario, path, method, reply, cap in cases:
            server.route(method, path, reply)
            began = time.perf_counter()
            result = _probe(server.url, scenario, args.mode, cap)
            took = time.perf_counter() - began
            peak = float(str(result["peak_mib"]))
            cap_mib = cap / MIB
            met &= figure(f"{label}: peak above baseline", peak, "MiB", "<=", 2 * cap_mib)
            note(
                f"{label}: outcome",
                f"{result['error']} after {took:.1f} s; cap {cap_mib:.0f} MiB, "
                f"peak/cap {peak / cap_mib:.2f}",
            )
    note("all targets", "met" if met else "MISSED")
    return 0  # a missed target is reported, not fatal


if __name__ == "__main__":
    sys.exit(main())
