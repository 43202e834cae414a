"""Benchmark (not a test): the batch runner against hand-written loops, on the simulator.

The same work three ways — submit N Qingbo image tasks, wait for each, save its image — with the
same number of requests in flight: ``run_batch`` (the batch layer), a hand-written asyncio loop on
the bare generated ``AsyncQingbo`` client, and a plain aiohttp loop (the practical ceiling here).
Each runs in its own process against a fresh simulator process, so peak memory is its own.

Also: polls per task against the lifecycle's minimum (``--polls``), peak memory at N/10 and N
jobs (flat?), a resumed run (the runner killed with SIGKILL halfway, then run again: the time to
its first new progress, and every job done exactly once), a sweep of ``concurrency`` and of the
transport (how ``DEFAULT_CONCURRENCY`` and ``DEFAULT_TRANSPORT`` in ``gateway_runtime/batch/
config.py`` were chosen), and lines validated per second by the engine and by ``validate()``.
Requests count submits, polls and file downloads; CPU is the client process's own, per request
(steadier than wall time on a shared machine).

    .venv/bin/python bench/bench_batch.py --jobs 10000                      # what `make bench` runs
    .venv/bin/python bench/bench_batch.py --jobs 1000 --ways batch,loop      # a quick look
    .venv/bin/python bench/bench_batch.py --ways sweep --sweep-jobs 1000,10000
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.report import figure, note  # noqa: E402

SWEEP = (8, 16, 32, 64, 128, 256)


def _start_simulator(polls: int) -> tuple[subprocess.Popen[str], str]:
    cmd = [sys.executable, "-m", "generator.simulator", "qingbo", "--polls", str(polls)]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    if " listening on " not in line:
        proc.kill()
        raise SystemExit(f"simulator did not start: {line!r}")
    return proc, line.rsplit(" ", 1)[1]


def _stats(url: str) -> dict[str, Any]:
    import httpx

    return dict(httpx.get(f"{url}/_simulator/stats", timeout=30).json())


def _child_cmd(
    args: argparse.Namespace, way: str, url: str, folder: Path, **extra: Any
) -> list[str]:
    options = {
        "jobs": args.jobs,
        "interval": args.interval,
        "concurrency": args.concurrency,
        "transport": args.transport,
        **extra,
    }
    cmd = [sys.executable, str(ROOT / "bench" / "batch_ways.py"), way, url, str(folder)]
    return [*cmd, json.dumps(options)]


def _run_child(cmd: list[str]) -> dict[str, Any]:
    out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise SystemExit(f"{cmd[3]} failed:\n{out.stderr[-3000:]}")
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def measure(args: argparse.Namespace, way: str, folder: Path, **extra: Any) -> dict[str, Any]:
    """Run one way in a child process against a fresh simulator; add the simulator's counts."""
    proc, url = _start_simulator(args.polls)
    try:
        before = _stats(url)
        result = _run_child(_child_cmd(args, way, url, folder / way, **extra))
        after = _stats(url)
    finally:
        proc.terminate()
        proc.wait()
    counts = {k: v - before["requests"].get(k, 0) for k, v in after["requests"].items()}
    result["polls"] = counts.get("getTask", 0)
    result["submits"] = counts.get("createTask", 0)
    result["requests"] = sum(counts.values()) + result["files"]
    result["simulator_cpu"] = after["cpu_s"] - before["cpu_s"]
    return result


def _line(way: str, r: dict[str, Any], n: int, polls: int) -> str:
    wall = r["wall"]
    return (
        f"{r['done']:,}/{n:,} jobs in {wall:.1f} s: {n / wall:,.0f} jobs/s, "
        f"{r['requests'] / wall:,.0f} requests/s ({r['requests']:,} requests), "
        f"{r['polls'] / max(r['done'], 1):.2f} polls/task (minimum {polls}), "
        f"client CPU {1000 * r['cpu'] / max(r['requests'], 1):.2f} ms/request, "
        f"simulator CPU {1000 * r['simulator_cpu'] / max(r['requests'], 1):.2f} ms/request, "
        f"peak RSS {r['rss_mb']:.0f} MB"
    )


def compare(args: argparse.Namespace, ways: list[str], folder: Path) -> dict[str, Any]:
    """The three ways side by side at ``--jobs``; the batch's figures against their targets."""
    n, found = args.jobs, {}
    for way in ("batch", "loop", "aiohttp"):
        if way not in ways:
            continue
        r = found[way] = measure(args, way, folder)
        note(way, _line(way, r, n, args.polls))
        if way == "batch":
            figure(
                "batch: polls per task", r["polls"] / max(r["done"], 1), "polls", "<=", args.polls
            )
            figure("batch: submits per job", r["submits"] / n, "submits", "<=", 1.0)
            note("batch: a rerun finding the batch finished", f"{r['pickup']:.2f} s to return")
    rate = {way: r["requests"] / r["wall"] for way, r in found.items()}
    if "batch" in rate and "loop" in rate:
        figure(
            "batch / hand-written loop, requests/s", rate["batch"] / rate["loop"], "x", ">=", 0.9
        )
    if "batch" in rate and "aiohttp" in rate:
        note("batch / plain aiohttp loop, requests/s", f"{rate['batch'] / rate['aiohttp']:.2f}x")
    return found


def memory(args: argparse.Namespace, big: dict[str, Any] | None, folder: Path) -> None:
    """Peak RSS of the batch at N/10 and at N jobs."""
    small_n = max(args.jobs // 10, 100)
    small = measure(args, "batch", folder / "small", jobs=small_n)
    if big is None:
        big = measure(args, "batch", folder)
    note(
        "batch peak RSS",
        f"{small['rss_mb']:.0f} MB at {small_n:,} jobs, {big['rss_mb']:.0f} MB at {args.jobs:,}",
    )
    figure(
        f"peak RSS, {args.jobs:,} jobs / {small_n:,}",
        big["rss_mb"] / small["rss_mb"],
        "x",
        "<=",
        1.5,
    )


def resume(args: argparse.Namespace, folder: Path) -> None:
    """Kill the runner (SIGKILL) once half the jobs are submitted, run it again, time its pickup."""
    n, where = args.jobs, folder / "resume"
    proc, url = _start_simulator(args.polls)
    try:
        runner = subprocess.Popen(
            _child_cmd(args, "once", url, where), cwd=ROOT, stdout=subprocess.DEVNULL
        )
        while _stats(url)["requests"].get("createTask", 0) < n // 2 and runner.poll() is None:
            time.sleep(0.05)
        runner.send_signal(signal.SIGKILL)
        runner.wait()
        seen = _stats(url)["requests"]
        at_kill, total = seen.get("createTask", 0), sum(seen.values())
        started = time.time()
        rerun = subprocess.Popen(
            _child_cmd(args, "resume", url, where), cwd=ROOT, stdout=subprocess.PIPE, text=True
        )
        first_request = None
        while first_request is None and rerun.poll() is None:
            if sum(_stats(url)["requests"].values()) > total:
                first_request = time.time()
            time.sleep(0.01)
        out, _ = rerun.communicate()
        if rerun.returncode != 0:
            raise SystemExit("resume failed")
        r = json.loads(out.strip().splitlines()[-1])
        submits = _stats(url)["requests"].get("createTask", 0)
    finally:
        proc.terminate()
        proc.wait()
    state = ", ".join(f"{k} {v:,}" for k, v in r["before"].items() if v)
    note("resume: killed with SIGKILL", f"after {at_kill:,} submits; the store held {state}")
    note(
        "resume: rerun's first new progress",
        f"first request {(first_request or started) - started:.2f} s, first job finished "
        f"{r['first_done'] - started:.2f} s after the rerun's process started "
        f"(run_batch called at {r['called'] - started:.2f} s: imports and interpreter)",
    )
    note(
        "resume: rerun to the end",
        f"{r['wall']:.1f} s; {r['done']:,} done, {r['uncertain']} uncertain (killed mid-submit: "
        "reported, never resubmitted)",
    )
    figure("resume: simulator submits per job", submits / n, "submits", "<=", 1.0)
    figure("resume: jobs done or reported uncertain", r["done"] + r["uncertain"], "jobs", ">=", n)


def sweep(args: argparse.Namespace, folder: Path) -> None:
    """The batch at each concurrency, then each transport: jobs/s, requests/s, CPU/request."""
    for size in (int(s) for s in args.sweep_jobs.split(",")):
        for c in SWEEP:
            r = measure(args, "batch", folder / f"c{c}-{size}", jobs=size, concurrency=c)
            note(f"sweep {size:,} jobs, concurrency {c}", _short(r, size))
        for transport in ("aiohttp", "httpx"):
            r = measure(
                args, "batch", folder / f"{transport}-{size}", jobs=size, transport=transport
            )
            note(
                f"sweep {size:,} jobs, transport {transport} ({args.concurrency})", _short(r, size)
            )


def _short(r: dict[str, Any], n: int) -> str:
    return (
        f"{n / r['wall']:,.0f} jobs/s, {r['requests'] / r['wall']:,.0f} requests/s, "
        f"client CPU {1000 * r['cpu'] / max(r['requests'], 1):.2f} ms/request, "
        f"{r['polls'] / max(r['done'], 1):.2f} polls/task, peak RSS {r['rss_mb']:.0f} MB"
    )


def validation(args: argparse.Namespace, folder: Path) -> None:
    v = _run_child(_child_cmd(args, "validate", "-", folder))
    note(
        "validation",
        f"engine {v['engine']:,.0f} lines/s, public validate() {v['public']:,.0f} lines/s, "
        f"a batch's jobs file (read, split, validated, priced) {v['file']:,.0f} lines/s",
    )
    figure("engine / public validate() time", v["engine"] / v["public"], "x", "<=", 2.0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=10000)
    parser.add_argument("--polls", type=int, default=3, help="polls a task takes to finish")
    parser.add_argument("--interval", type=float, default=0.05, help="seconds between polls")
    parser.add_argument("--concurrency", type=int, default=None, help="default: the runner's")
    parser.add_argument("--transport", default="default")
    parser.add_argument("--sweep-jobs", default="1000", help="job counts of the sweep")
    parser.add_argument("--ways", default="batch,loop,aiohttp,memory,resume,sweep,validate")
    args = parser.parse_args()
    if args.concurrency is None:
        from gateway_runtime.batch.config import DEFAULT_CONCURRENCY

        args.concurrency = DEFAULT_CONCURRENCY
    ways = args.ways.split(",")
    note(
        "setup",
        f"{args.jobs:,} jobs; simulator lifecycle {args.polls} polls {args.interval} s apart; "
        f"{args.concurrency} requests in flight; batch transport {args.transport}; "
        f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}",
    )
    import tempfile

    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        folder = Path(tmp)
        found = compare(args, ways, folder)
        if "memory" in ways:
            memory(args, found.get("batch"), folder)
        if "resume" in ways:
            resume(args, folder)
        if "sweep" in ways:
            sweep(args, folder)
        if "validate" in ways:
            validation(args, folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
