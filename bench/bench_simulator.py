"""Benchmark (not a test): how fast the simulator serves, and how economically the client polls.

Starts ``python -m generator.simulator qingbo`` in a subprocess, then one generated
``AsyncQingbo`` client submits ``--tasks`` tasks at once and waits for all of them. Prints the
requests per second the simulator served (its own count over the wall time) and the client's
polls per task against the minimum the lifecycle needs (``--polls``: a task finishes at its
``--polls``-th poll that is also ``--task-seconds`` after the submit).

    .venv/bin/python bench/bench_simulator.py --tasks 1000 --polls 3 --task-seconds 1 --interval 0.25
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from bench.report import figure, note  # noqa: E402
from gateway_runtime import ProgressEvent  # noqa: E402
from generated.qingbo import AsyncQingbo  # noqa: E402


def _start(args: argparse.Namespace) -> tuple[subprocess.Popen[str], str]:
    cmd = [sys.executable, "-m", "generator.simulator", "qingbo", "--polls", str(args.polls)]
    cmd += ["--task-seconds", str(args.task_seconds)]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    if " listening on " not in line:
        proc.kill()
        raise SystemExit(f"simulator did not start: {line!r}")
    return proc, line.rsplit(" ", 1)[1]


async def _run(args: argparse.Namespace, url: str) -> dict[str, Any]:
    polls = [0] * args.tasks
    limits = httpx.Limits(
        max_connections=args.connections, max_keepalive_connections=args.connections
    )
    http = httpx.AsyncClient(limits=limits, timeout=httpx.Timeout(120.0, connect=10.0))
    async with AsyncQingbo(
        api_key="bench-key",
        base_url=url,
        journal=False,  # the journal's cost is bench_runtime's subject; this one measures serving
        http_client=http,
        max_concurrency=args.connections,
    ) as client:

        async def one(i: int) -> Any:
            def count(event: ProgressEvent) -> None:
                polls[i] = event.poll_count

            task = await client.tasks.create(model="seedream-5.0", prompt=f"bench {i}")
            return await task.wait(timeout=300, poll_interval=args.interval, on_progress=count)

        before = (await http.get(f"{url}/_simulator/stats")).json()["cpu_s"]
        start = time.perf_counter()
        results = await asyncio.gather(*(one(i) for i in range(args.tasks)), return_exceptions=True)
        wall = time.perf_counter() - start
    stats = (await http.get(f"{url}/_simulator/stats")).json()
    await http.aclose()
    errors = [r for r in results if isinstance(r, BaseException)]
    served = sum(stats["requests"].values())
    server_cpu = stats["cpu_s"] - before
    server_polls = stats["requests"].get("getTask", 0)
    return {
        "tasks": args.tasks,
        "completed": len(results) - len(errors),
        "errors": len(errors),
        "first_error": repr(errors[0]) if errors else None,
        "wall_s": round(wall, 2),
        "requests_served": served,
        "requests_per_s": round(served / wall),
        "simulator_cpu_s": round(server_cpu, 2),
        "requests_per_simulator_cpu_s": round(served / max(server_cpu, 1e-9)),
        "polls_per_task_client": round(sum(polls) / max(1, args.tasks), 2),
        "polls_per_task_served": round(server_polls / max(1, args.tasks), 2),
        "polls_per_task_minimum": _minimum(args),
        "task_seconds": args.task_seconds,
        "poll_interval_s": args.interval,
        "connections": args.connections,
        "load_average_1min": round(os.getloadavg()[0], 1),  # other processes share the cores
    }


def _minimum(args: argparse.Namespace) -> int:
    """Polls the lifecycle needs: ``--polls``, or more when the task must also last a while
    (a client polling every ``--interval`` cannot see the end before ``--task-seconds``)."""
    if args.task_seconds <= 0:
        return int(args.polls)
    return max(int(args.polls), math.ceil(args.task_seconds / args.interval))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tasks", type=int, default=1000)
    parser.add_argument("--polls", type=int, default=3, help="polls a task needs (the minimum)")
    parser.add_argument(
        "--task-seconds", type=float, default=0.0, help="least seconds a task takes (default 0)"
    )
    parser.add_argument("--interval", type=float, default=0.25, help="client poll interval (s)")
    parser.add_argument("--connections", type=int, default=100, help="HTTP connection pool size")
    args = parser.parse_args()
    proc, url = _start(args)
    try:
        report = asyncio.run(_run(args, url))
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    print(json.dumps(report, indent=2))
    per_request_ms = 1000 * report["simulator_cpu_s"] / max(1, report["requests_served"])
    figure("tasks completed", report["completed"], "tasks", ">=", args.tasks)
    figure("simulator CPU per request", per_request_ms, "ms", "<=", 1.0)
    note(
        "requests served",
        f"{report['requests_per_s']:,} requests/s over the wall time (bound by the client's CPU"
        f" and the machine's load, {report['load_average_1min']} on {os.cpu_count()} cores)",
    )
    figure(
        "client polls per task",
        report["polls_per_task_client"],
        "polls",
        "<=",
        report["polls_per_task_minimum"] + 1,
    )
    return 0 if report["errors"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
