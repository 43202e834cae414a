"""Benchmark (not a test): one AsyncClient submits and waits N tasks concurrently.

Starts ``tests/gateway_server.py`` in a subprocess (so only the client is measured), then
submits ``--tasks`` tasks at once and waits for all of them with one ``AsyncClient``.
Prints wall time, requests per second, peak memory (max RSS via ``resource.getrusage``, and the
Python-heap peak with ``--tracemalloc``), and polls per task as counted by the client.

    .venv/bin/python bench/bench_runtime.py --tasks 10000 --polls 5 --interval 0.2

Targets: every task completes; polls per task at most one above the lifecycle's minimum;
throughput at least 0.7 x that of the same loop hand-written on bare httpx (no validation,
journal, retry rule or typed errors), measured in the same run against the same server;
<= 100 KiB of peak memory per concurrent task.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from bench.report import figure, note  # noqa: E402
from gateway_runtime import AsyncClient, GatewaySpec, ProgressEvent  # noqa: E402
from tests.runtime.specdata import spec_data  # noqa: E402


def _rss_mb() -> float:
    # ru_maxrss is KiB on Linux, bytes on macOS
    scale = 1 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 2**20


def _start_server(polls: int) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "gateway_server.py"), "--polls", str(polls)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    if not line.startswith("READY "):
        proc.kill()
        raise SystemExit(f"server did not start: {line!r}")
    return proc, line.split()[1]


async def _run(args: argparse.Namespace, url: str, journal: str | bool) -> dict[str, Any]:
    data = spec_data()
    data["tasks"]["image"]["poll_interval"] = args.interval
    spec = GatewaySpec.from_dict(data)
    polls = [0] * args.tasks
    limits = httpx.Limits(
        max_connections=args.connections, max_keepalive_connections=args.connections
    )
    http = httpx.AsyncClient(limits=limits, timeout=httpx.Timeout(120.0, connect=10.0))
    async with AsyncClient(
        spec,
        base_url=url,
        api_key="bench-key-0123456789",
        journal=journal,
        http_client=http,
        max_concurrency=args.connections,
    ) as client:

        async def one(i: int) -> Any:
            def count(event: ProgressEvent) -> None:
                polls[i] = event.poll_count

            task = await client.submit_task("createTask", body={"prompt": f"p{i}"}, parse=dict)
            return await task.wait(timeout=args.deadline, on_progress=count)

        start = time.perf_counter()
        done = [0]

        async def counted(i: int) -> Any:
            try:
                return await one(i)
            finally:
                done[0] += 1

        async def report_progress() -> None:
            while True:
                await asyncio.sleep(args.progress_every)
                elapsed = time.perf_counter() - start
                print(
                    f"  ... {done[0]:,}/{args.tasks:,} tasks finished, {elapsed:.0f} s", flush=True
                )

        reporter = asyncio.create_task(report_progress())
        try:
            results = await asyncio.gather(
                *(counted(i) for i in range(args.tasks)), return_exceptions=True
            )
        finally:
            reporter.cancel()
        wall = time.perf_counter() - start
    await http.aclose()
    errors = [r for r in results if isinstance(r, BaseException)]
    ok = len(results) - len(errors)
    requests = args.tasks + sum(polls)
    return {
        "tasks": args.tasks,
        "completed": ok,
        "errors": len(errors),
        "first_error": repr(errors[0]) if errors else None,
        "wall_s": round(wall, 2),
        "requests": requests,
        "requests_per_s": round(requests / wall),
        "polls_per_task": round(sum(polls) / max(1, args.tasks), 2),
        "min_polls_per_task": args.polls,
        "poll_interval_s": args.interval,
        "connections": args.connections,
        "journal": bool(journal),
    }


async def _run_raw(args: argparse.Namespace, url: str) -> dict[str, Any]:
    """The yardstick: the same submit-then-poll loop written by hand on a bare httpx.AsyncClient.

    No validation, journal, retry rule, status mapping or typed errors: what a user would write
    without this project. Same connection pool, same concurrency bound, same poll interval.
    """
    limits = httpx.Limits(
        max_connections=args.connections, max_keepalive_connections=args.connections
    )
    headers = {"Authorization": "Bearer bench-key-0123456789"}
    slots = asyncio.Semaphore(args.connections)
    requests = [0]
    async with httpx.AsyncClient(
        base_url=url, limits=limits, headers=headers, timeout=httpx.Timeout(120.0, connect=10.0)
    ) as http:

        async def call(method: str, path: str, **kwargs: Any) -> Any:
            async with slots:
                response = await http.request(method, path, **kwargs)
            requests[0] += 1
            response.raise_for_status()
            return response.json()

        async def one(i: int) -> Any:
            task = await call("POST", "/v1/tasks", json={"prompt": f"p{i}"})
            while True:
                await asyncio.sleep(args.interval)
                state = await call("GET", f"/v1/tasks/{task['task_id']}")
                if state["status"] in ("completed", "failed", "cancelled"):
                    return state

        start = time.perf_counter()
        results = await asyncio.gather(*(one(i) for i in range(args.tasks)), return_exceptions=True)
        wall = time.perf_counter() - start
    errors = [r for r in results if isinstance(r, BaseException)]
    return {
        "wall_s": round(wall, 2),
        "requests_per_s": round(requests[0] / wall),
        "errors": len(errors),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tasks", type=int, default=1_000)
    parser.add_argument("--polls", type=int, default=5, help="polls until a task completes")
    parser.add_argument("--interval", type=float, default=0.2, help="poll interval hint (s)")
    parser.add_argument("--connections", type=int, default=100, help="HTTP connection pool size")
    parser.add_argument("--deadline", type=float, default=600.0)
    parser.add_argument("--progress-every", type=float, default=5.0, help="seconds between lines")
    parser.add_argument("--no-journal", action="store_true")
    parser.add_argument(
        "--tracemalloc", action="store_true", help="also trace the Python heap (slower)"
    )
    args = parser.parse_args()

    proc, url = _start_server(args.polls)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            journal: str | bool = False if args.no_journal else os.path.join(tmp, "journal.sqlite3")
            rss_before = _rss_mb()
            if args.tracemalloc:
                tracemalloc.start()
            report = asyncio.run(_run(args, url, journal))
            print(f"  ours done in {report['wall_s']} s; now the raw httpx loop", flush=True)
            raw = asyncio.run(_run_raw(args, url))
            if args.tracemalloc:
                report["python_heap_peak_mb"] = round(tracemalloc.get_traced_memory()[1] / 2**20, 1)
                tracemalloc.stop()
            report["rss_before_mb"] = round(rss_before, 1)
            report["peak_rss_mb"] = round(_rss_mb(), 1)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    print(json.dumps(report, indent=2))
    figure("tasks completed", report["completed"], "tasks", ">=", args.tasks)
    figure("polls per task", report["polls_per_task"], "polls", "<=", args.polls + 1)
    note(
        "client throughput",
        f"ours {report['requests_per_s']:,} requests/s, hand-written httpx loop "
        f"{raw['requests_per_s']:,} requests/s ({raw['errors']} errors)",
    )
    figure(
        "ours / raw httpx throughput",
        report["requests_per_s"] / max(1, raw["requests_per_s"]),
        "x",
        ">=",
        0.7,
    )
    per_task_kb = (report["peak_rss_mb"] - report["rss_before_mb"]) * 1024 / args.tasks
    figure("memory per concurrent task", per_task_kb, "KiB", "<=", 100)
    return 0 if report["errors"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
