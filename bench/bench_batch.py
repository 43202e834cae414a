"""Benchmark (not a test): the batch runner against hand-written loops, on the simulator.

The same work three ways — submit N Qingbo image tasks, wait for each, save its image — with the
same number of requests in flight: ``run_batch`` (the batch layer), a hand-written asyncio loop on
the bare generated ``AsyncQingbo`` client, and a plain aiohttp loop (the practical ceiling here).
Each runs in its own process against a fresh simulator process, so peak memory is its own. Also:
polls per task against the lifecycle's minimum, peak memory at N/10 and N jobs (flat?), the time
a rerun takes to pick up a finished batch, and lines validated per second by the engine and by the
public ``validate()``.

    .venv/bin/python bench/bench_batch.py --jobs 2000            # quick
    .venv/bin/python bench/bench_batch.py --jobs 10000           # the issue's figure
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.report import figure, note  # noqa: E402

KEY = "bench-key"


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _payload(i: int) -> dict[str, Any]:
    return {
        "model": "seedream-5.0",
        "action": "generate",
        "prompt": f"bench job {i}",
        "size": "16:9",
    }


def _jobs_file(folder: Path, n: int) -> Path:
    path = folder / f"jobs-{n}.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            handle.write(json.dumps({"id": f"job-{i}", **_payload(i)}) + "\n")
    return path


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


# -- the three ways, each run in a child process ---------------------------------------------


def way_batch(args: argparse.Namespace, url: str, folder: Path) -> dict[str, Any]:
    from gateway_runtime.batch import run_batch
    from generated.qingbo import Qingbo

    jobs = _jobs_file(folder, args.jobs)
    with Qingbo(api_key=KEY, base_url=url, journal=False) as client:
        start = time.perf_counter()
        summary = run_batch(
            client,
            "tasks.create",
            jobs,
            out=folder / "out",
            progress=False,
            poll_interval=args.interval,
            concurrency=args.concurrency,
            transport=args.transport,
        )
        wall = time.perf_counter() - start
        t0 = time.perf_counter()
        again = run_batch(
            client,
            "tasks.create",
            jobs,
            out=folder / "out",
            progress=False,
            transport=args.transport,
        )
        pickup = time.perf_counter() - t0
    return {
        "wall": wall,
        "done": summary.outcomes["succeeded"],
        "pickup": pickup,
        "again_done": again.outcomes["succeeded"],
    }


def way_loop(args: argparse.Namespace, url: str, folder: Path) -> dict[str, Any]:
    from generated.qingbo import AsyncQingbo

    async def main() -> int:
        async with AsyncQingbo(
            api_key=KEY, base_url=url, journal=False, max_concurrency=args.concurrency
        ) as client:

            async def one(i: int) -> None:
                task = await client.tasks.create(**_payload(i))
                await task.wait(timeout=3600, poll_interval=args.interval)
                await task.download(folder / f"job-{i}")

            results = await asyncio.gather(
                *(one(i) for i in range(args.jobs)), return_exceptions=True
            )
        return sum(1 for r in results if not isinstance(r, BaseException))

    start = time.perf_counter()
    done = asyncio.run(main())
    return {"wall": time.perf_counter() - start, "done": done}


def way_aiohttp(args: argparse.Namespace, url: str, folder: Path) -> dict[str, Any]:
    import aiohttp

    headers = {"Authorization": f"Bearer {KEY}"}

    async def main() -> int:
        connector = aiohttp.TCPConnector(limit=args.concurrency)
        async with aiohttp.ClientSession(connector=connector, headers=headers) as http:

            async def one(i: int) -> None:
                async with http.post(f"{url}/v1/tasks", json=_payload(i)) as r:
                    task_id = (await r.json())["task_id"]
                while True:
                    await asyncio.sleep(args.interval)
                    async with http.get(f"{url}/v1/tasks/{task_id}") as r:
                        body = await r.json()
                    if body["status"] == "completed":
                        break
                target = folder / f"job-{i}"
                target.mkdir(parents=True, exist_ok=True)
                for n, image in enumerate(body["result"]["images"]):
                    async with http.get(image["url"]) as r:
                        (target / f"output-{n}.png").write_bytes(await r.read())

            results = await asyncio.gather(
                *(one(i) for i in range(args.jobs)), return_exceptions=True
            )
        return sum(1 for r in results if not isinstance(r, BaseException))

    start = time.perf_counter()
    done = asyncio.run(main())
    return {"wall": time.perf_counter() - start, "done": done}


def way_validate(args: argparse.Namespace, url: str, folder: Path) -> dict[str, Any]:
    from gateway_runtime.validation import report_operation, resolve_operation, validate
    from generator.simulator import load_gateway

    spec = load_gateway("qingbo").spec
    op = resolve_operation(spec, "tasks.create")
    payloads = [_payload(i) for i in range(5000)]
    report_operation(op, payloads[0])
    t0 = time.perf_counter()
    for p in payloads:
        report_operation(op, p)
    engine = len(payloads) / (time.perf_counter() - t0)
    t0 = time.perf_counter()
    for p in payloads:
        validate(spec, op, p)
    public = len(payloads) / (time.perf_counter() - t0)
    from gateway_runtime.batch.config import BatchConfig
    from gateway_runtime.batch.plan import make_plan

    jobs = _jobs_file(folder, 20000)
    t0 = time.perf_counter()
    plan = make_plan(spec, "tasks.create", jobs, folder / "out", BatchConfig(), None)
    checked = plan.valid / (time.perf_counter() - t0)
    return {"engine": engine, "public": public, "file": checked}


WAYS = {"batch": way_batch, "loop": way_loop, "aiohttp": way_aiohttp, "validate": way_validate}


def child(args: argparse.Namespace) -> int:
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        result = WAYS[args.way](args, args.url, Path(tmp))
    result["rss_mb"] = _rss_mb()
    print(json.dumps(result), flush=True)
    return 0


def measure(args: argparse.Namespace, way: str, jobs: int, **extra: Any) -> dict[str, Any]:
    """Run one way in a child process against a fresh simulator; add the simulator's counts."""
    proc, url = _start_simulator(args.polls)
    try:
        before = _stats(url)
        cmd = [
            sys.executable,
            __file__,
            "--child",
            way,
            "--url",
            url,
            "--jobs",
            str(jobs),
            "--interval",
            str(args.interval),
            "--concurrency",
            str(extra.get("concurrency", args.concurrency)),
            "--transport",
            extra.get("transport", args.transport),
            "--polls",
            str(args.polls),
        ]
        out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
        if out.returncode != 0:
            raise SystemExit(f"{way} failed:\n{out.stderr[-3000:]}")
        result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
        after = _stats(url)
    finally:
        proc.terminate()
        proc.wait()
    requests = {k: v - before["requests"].get(k, 0) for k, v in after["requests"].items()}
    result["requests"] = sum(requests.values())
    result["polls"] = requests.get("getTask", 0)
    result["submits"] = requests.get("createTask", 0)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=2000)
    parser.add_argument("--polls", type=int, default=3, help="polls a task takes to finish")
    parser.add_argument("--interval", type=float, default=0.05, help="seconds between polls")
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--transport", default="default")
    parser.add_argument("--child")
    parser.add_argument("--url")
    parser.add_argument("--ways", default="batch,loop,aiohttp,memory,validate")
    args = parser.parse_args()
    if args.child:
        args.way = args.child
        return child(args)
    ways = args.ways.split(",")
    n = args.jobs
    print(
        f"  {n} jobs, {args.polls} polls each, {args.interval}s apart, "
        f"{args.concurrency} requests in flight, batch transport {args.transport}"
    )
    rates: dict[str, float] = {}
    for way in ("batch", "loop", "aiohttp"):
        if way not in ways:
            continue
        r = measure(args, way, n)
        rates[way] = r["requests"] / r["wall"]
        note(
            f"{way}",
            f"{r['done']}/{n} jobs in {r['wall']:.1f} s: {n / r['wall']:.0f} jobs/s, "
            f"{rates[way]:.0f} requests/s, {r['polls'] / max(r['done'], 1):.2f} polls/task "
            f"(minimum {args.polls}), peak RSS {r['rss_mb']:.0f} MB",
        )
        if way == "batch":
            figure(
                "batch: polls per task", r["polls"] / max(r["done"], 1), "polls", "<=", args.polls
            )
            figure("batch: submits per job", r["submits"] / n, "submits", "<=", 1.0)
            note(
                "batch: rerun picking up the finished batch",
                f"{r['pickup']:.2f} s ({r['again_done']} jobs found done)",
            )
    if "batch" in rates and "loop" in rates:
        figure(
            "batch vs hand-written loop on the generated async client",
            rates["batch"] / rates["loop"],
            "x",
            ">=",
            0.9,
        )
    if "batch" in rates and "aiohttp" in rates:
        note("batch vs plain aiohttp loop", f"{rates['batch'] / rates['aiohttp']:.2f}x")
    if "memory" in ways:
        small = measure(args, "batch", max(n // 10, 100))
        big = measure(args, "batch", n)
        figure(
            f"batch peak RSS, {n} jobs vs {max(n // 10, 100)}",
            big["rss_mb"] / small["rss_mb"],
            "x",
            "<=",
            1.5,
        )
    if "validate" in ways:
        v = measure(args, "validate", 0)
        note(
            "validation",
            f"engine {v['engine']:,.0f} lines/s, public validate() {v['public']:,.0f} lines/s"
            f", a batch's jobs file (read, split, validated, priced) {v['file']:,.0f} lines/s",
        )
        figure("engine / public validate() time", v["engine"] / v["public"], "x", "<=", 2.0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
