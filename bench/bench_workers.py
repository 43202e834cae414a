"""Benchmark (not a test): a queued batch on 1, 2 and 4 Celery worker processes over Redis.

Starts a durable redis-server (append-only, fsync always: the setting docs/workers.md asks for)
and the Qingbo simulator in subprocesses, then for each worker count runs the same ``--jobs``
jobs (submit, poll to the end, download one image each) as a fresh batch and reports jobs per
second, the scaling against one worker, Redis commands per job (``INFO commandstats``), and —
when the local batch runner is importable — the same jobs through ``run_batch`` in one process,
from which the queue's overhead per job follows.

    .venv/bin/python bench/bench_workers.py --jobs 10000 --workers 1 2 4

It also prints the CPU each part used per job (workers, Redis, simulator, this process) and how
busy the machine's cores were, which is where the scaling stops on a small machine.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import redis  # noqa: E402

from bench.report import figure, note  # noqa: E402
from gateway_runtime.workers.celery_app import make_app  # noqa: E402
from gateway_runtime.workers.coordinator import enqueue_batch, wait  # noqa: E402
from gateway_runtime.workers.plan import BatchPlan  # noqa: E402
from gateway_runtime.workers.redis_store import RedisJobStore  # noqa: E402
from tests.redis_server import RedisServer  # noqa: E402


def _simulator(polls: int) -> tuple[subprocess.Popen[str], str]:
    cmd = [sys.executable, "-m", "generator.simulator", "qingbo", "--polls", str(polls)]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    return proc, line.rsplit(" ", 1)[-1]


def _jobs(path: Path, count: int) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for i in range(count):
            job = {"id": f"job-{i:05d}", "model": "seedream-4.0", "prompt": f"cat {i}"}
            handle.write(json.dumps(job) + "\n")
    return path


def _cpu(pid: int) -> float:
    """CPU seconds (user + system, with reaped children) a process has used, from /proc."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    ticks = sum(int(v) for v in fields[11:15])  # utime, stime, cutime, cstime
    return ticks / os.sysconf("SC_CLK_TCK")


def _machine() -> tuple[int, int]:
    """(all, idle) CPU ticks of the whole machine so far, from /proc/stat."""
    try:
        values = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except (OSError, ValueError):
        return 0, 0
    return sum(values), values[3] + values[4]  # idle + iowait


def _commands(db: redis.Redis) -> dict[str, int]:
    stats = db.info("commandstats")
    return {k.removeprefix("cmdstat_"): int(v["calls"]) for k, v in stats.items()}


def _workers(url: str, count: int, threads: int, folder: Path) -> list[subprocess.Popen[bytes]]:
    env = {**os.environ, "QINGBO_API_KEY": "sk-bench", "GATEWAY_JOURNAL": "off"}
    return [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gateway_runtime.cli",
                "worker",
                "--queue",
                url,
                "--concurrency",
                str(threads),
                "--name",
                f"bench{count}-{i}@bench",
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=(folder / f"worker-{count}-{i}.log").open("wb"),
        )
        for i in range(count)
    ]


def _ready(app: object, names: set[str], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        replies = app.control.ping(timeout=0.5) or []  # type: ignore[attr-defined]
        if names <= {name for reply in replies for name in reply}:
            return
    raise RuntimeError(f"workers {sorted(names)} did not answer within {timeout} s")


def run_queued(
    url: str, sim: str, jobs: Path, out: Path, workers: int, threads: int, others: dict[str, int]
) -> tuple[float, dict[str, float]]:
    """Seconds from enqueue to the last job recorded, with ``workers`` processes running, and
    the CPU seconds each part used meanwhile (``others``: name -> pid of Redis, simulator)."""
    app = make_app(url)
    store = RedisJobStore(url)
    procs = _workers(url, workers, threads, out.parent)
    try:
        _ready(app, {f"bench{workers}-{i}@bench" for i in range(workers)})
        plan = BatchPlan("qingbo", "createTask", str(out), module="generated.qingbo",
                         base_url=sim, concurrency=64, poll_interval=0.05)  # fmt: skip
        pids = {**others, **{f"worker {i}": p.pid for i, p in enumerate(procs)}}
        before = {name: _cpu(pid) for name, pid in pids.items()}
        machine = _machine()
        mine = os.times()
        start = time.perf_counter()
        batch = enqueue_batch(app, store, plan, jobs, batch=f"bench-{workers}")
        final = wait(store, batch, every=0.5)
        took = time.perf_counter() - start
        cpu = {name: _cpu(pid) - before[name] for name, pid in pids.items()}
        now = os.times()
        cpu["coordinator (this process)"] = now.user + now.system - mine.user - mine.system
        total, idle = (a - b for a, b in zip(_machine(), machine, strict=True))
        cpu["machine busy (share, all processes)"] = 1 - idle / total if total else 0.0
        assert final.counts["done"] > 0, final
        if final.counts["done"] != final.totals.tasks:
            note(f"{workers} worker(s)", f"only {final.counts['done']} jobs done: {final.counts}")
            for record in store.page(batch, ["failed"], 0, 5):  # why, in the gateway's words
                note(
                    f"  failed {record.job_id}",
                    f"status {record.status!r}, error {record.error_code!r}: "
                    f"{record.error_message}; attempts {record.attempts}, polls {record.polls}",
                )
        return took, cpu
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            proc.wait(30)


def run_local(sim: str, jobs: Path, out: Path, sim_pid: int) -> tuple[float, float, float]:
    """Seconds for the same jobs through the local batch runner, in this process, and the CPU
    seconds this process and the simulator used meanwhile."""
    from gateway_runtime.batch import run_batch
    from generated.qingbo import Qingbo

    client = Qingbo(api_key="sk-bench", base_url=sim, journal=False)
    mine, sim_before = os.times(), _cpu(sim_pid)
    start = time.perf_counter()
    summary = run_batch(client, "tasks.create", jobs, out=out, progress=False,
                        poll_interval=0.05, concurrency=64)  # fmt: skip
    took = time.perf_counter() - start
    now = os.times()
    cpu = now.user + now.system - mine.user - mine.system
    sim_cpu = _cpu(sim_pid) - sim_before
    done = summary.outcomes.get("succeeded", 0)
    if done != sum(1 for _ in jobs.open(encoding="utf-8")):
        note("local batch runner", f"only {done} jobs succeeded: {summary.outcomes}")
    return took, cpu, sim_cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=10_000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--threads", type=int, default=8, help="threads per worker")
    parser.add_argument("--polls", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        jobs = _jobs(folder / "jobs.jsonl", args.jobs)
        sim_proc, sim = _simulator(args.polls)
        server = RedisServer(folder / "redis").start()
        db = redis.Redis.from_url(server.url)
        try:
            rates: dict[int, float] = {}
            first_cpu: dict[str, float] = {}
            per_job_commands = 0.0
            breakdown = ""
            others = {"redis-server": server.process.pid, "simulator": sim_proc.pid}  # type: ignore[union-attr]
            cores = os.cpu_count() or 1
            for count in args.workers:
                before = _commands(db)
                took, cpu = run_queued(
                    server.url, sim, jobs, folder / f"out-{count}", count, args.threads, others
                )
                after = _commands(db)
                used = {k: n - before.get(k, 0) for k, n in after.items() if n > before.get(k, 0)}
                per_job_commands = sum(used.values()) / args.jobs
                top = sorted(used.items(), key=lambda kv: -kv[1])[:12]
                breakdown = ", ".join(f"{k} {n / args.jobs:.1f}" for k, n in top)
                rates[count] = args.jobs / took
                note(f"{count} worker process(es) x {args.threads} threads",
                     f"{args.jobs:,} jobs in {took:.1f} s: {rates[count]:,.1f} jobs/s")  # fmt: skip
                machine_busy = cpu.pop("machine busy (share, all processes)")
                first_cpu = first_cpu or dict(cpu)
                busy = sum(cpu.values())
                parts = ", ".join(
                    f"{name} {1000 * seconds / args.jobs:.1f}"
                    for name, seconds in sorted(cpu.items(), key=lambda kv: -kv[1])
                    if seconds > 0.005 * busy
                )  # fmt: skip
                note(f"  CPU, {count} worker(s)",
                     f"ours {100 * busy / (took * cores):.0f}% of {cores} cores (the machine: "
                     f"{100 * machine_busy:.0f}% busy); ms per job: {parts}")  # fmt: skip
            base = rates[args.workers[0]]
            for count, rate in rates.items():
                if count != args.workers[0]:
                    note(f"scaling {count} vs {args.workers[0]} worker(s)", f"{rate / base:.2f}x")
            figure("Redis commands per job", per_job_commands, "commands", "<=", 100)
            note("Redis commands per job, largest", breakdown)
            took, local_cpu, sim_cpu = run_local(sim, jobs, folder / "out-local", sim_proc.pid)
            local_rate = args.jobs / took
            note("local batch runner (one process, asyncio)",
                 f"{local_rate:,.1f} jobs/s; CPU ms per job: runner {1000 * local_cpu / args.jobs:.1f}, "
                 f"simulator {1000 * sim_cpu / args.jobs:.1f}")  # fmt: skip
            overhead_ms = 1000 * (1 / base - 1 / local_rate)
            note("queue overhead per job (1 worker vs local), wall", f"{overhead_ms:.1f} ms")
            queued_cpu = sum(v for k, v in first_cpu.items() if k != "simulator")
            note("queue overhead per job (1 worker vs local), CPU",
                 f"{1000 * (queued_cpu - local_cpu) / args.jobs:.1f} ms (worker, Redis and "
                 f"coordinator {1000 * queued_cpu / args.jobs:.1f} ms against the runner's "
                 f"{1000 * local_cpu / args.jobs:.1f} ms)")  # fmt: skip
            note("best queued vs local", f"{max(rates.values()) / local_rate:.2f}x")
            note("machine", f"{os.cpu_count()} cores; load average {os.getloadavg()[0]:.1f}")
        finally:
            server.kill()
            sim_proc.terminate()
            sim_proc.wait(10)


if __name__ == "__main__":
    main()
