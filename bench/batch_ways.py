"""The child processes of bench/bench_batch.py: one way of doing the batch's work, measured.

    python bench/batch_ways.py WAY URL FOLDER OPTIONS_JSON

prints one JSON line: ``wall`` seconds, ``done`` jobs, ``files`` downloaded, ``cpu`` seconds of
this process (all threads) during the work, ``rss_mb`` peak, and what the way adds.
"""

from __future__ import annotations

import asyncio
import json
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

KEY = "bench-key"
BATCH = "bench"


def payload(i: int) -> dict[str, Any]:
    return {
        "model": "seedream-5.0",
        "action": "generate",
        "prompt": f"bench job {i}",
        "size": "16:9",
    }


def jobs_file(folder: Path, n: int) -> Path:
    path = folder / f"jobs-{n}.jsonl"
    if not path.exists():
        folder.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8") as handle:
            for i in range(n):
                handle.write(json.dumps({"id": f"job-{i}", **payload(i)}) + "\n")
    return path


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _files(folder: Path) -> int:
    """Output files saved under ``folder/job-*/`` (each one a download; not the dot-named
    records beside them)."""
    return sum(1 for p in folder.glob("job-*/*") if p.is_file() and not p.name.startswith("."))


def _batch(url: str, folder: Path, o: dict[str, Any], store: Any = None) -> Any:
    from gateway_runtime.batch import run_batch
    from generated.qingbo import Qingbo

    with Qingbo(api_key=KEY, base_url=url, journal=False) as client:
        return run_batch(
            client,
            "tasks.create",
            jobs_file(folder, o["jobs"]),
            out=folder / "out",
            batch=BATCH,
            store=store,
            progress=False,
            poll_interval=o["interval"],
            concurrency=o["concurrency"],
            transport=o["transport"],
        )


def way_batch(url: str, folder: Path, o: dict[str, Any]) -> dict[str, Any]:
    """``run_batch``, then the same call again on the finished batch (its pickup time)."""
    cpu, start = _cpu(), time.perf_counter()
    summary = _batch(url, folder, o)
    wall, cpu = time.perf_counter() - start, _cpu() - cpu
    files = _files(folder / "out")
    start = time.perf_counter()
    _batch(url, folder, o)
    pickup = time.perf_counter() - start
    return {
        "wall": wall,
        "cpu": cpu,
        "done": summary.outcomes["succeeded"],
        "files": files,
        "pickup": pickup,
    }


def way_once(url: str, folder: Path, o: dict[str, Any]) -> dict[str, Any]:
    """``run_batch`` once (the run the resume measurement kills)."""
    start = time.perf_counter()
    summary = _batch(url, folder, o)
    return {"wall": time.perf_counter() - start, "done": summary.outcomes["succeeded"]}


def way_resume(url: str, folder: Path, o: dict[str, Any]) -> dict[str, Any]:
    """The rerun after a kill: when its first job finished (Unix time), and how it ended."""
    from gateway_runtime.batch.runner import STORE_FILE
    from gateway_runtime.batch.sqlite_store import SQLiteJobStore

    class Timed(SQLiteJobStore):
        first_done: float | None = None

        def finish(self, *args: Any, **kwargs: Any) -> bool:
            if self.first_done is None:
                self.first_done = time.time()
            return super().finish(*args, **kwargs)

    called = time.time()
    store = Timed(folder / "out" / STORE_FILE)
    try:
        before = dict(store.counts(BATCH))
        start = time.perf_counter()
        summary = _batch(url, folder, o, store)
        wall = time.perf_counter() - start
    finally:
        store.close()
    return {
        "called": called,
        "first_done": store.first_done,
        "before": before,
        "wall": wall,
        "done": summary.outcomes["succeeded"],
        "uncertain": summary.outcomes["uncertain"],
    }


def way_loop(url: str, folder: Path, o: dict[str, Any]) -> dict[str, Any]:
    """A hand-written asyncio loop on the bare generated async client."""
    from generated.qingbo import AsyncQingbo

    async def main() -> int:
        async with AsyncQingbo(
            api_key=KEY, base_url=url, journal=False, max_concurrency=o["concurrency"]
        ) as client:

            async def one(i: int) -> None:
                task = await client.tasks.create(**payload(i))
                await task.wait(timeout=3600, poll_interval=o["interval"])
                await task.download(folder / f"job-{i}")

            results = await asyncio.gather(
                *(one(i) for i in range(o["jobs"])), return_exceptions=True
            )
        return sum(1 for r in results if not isinstance(r, BaseException))

    cpu, start = _cpu(), time.perf_counter()
    done = asyncio.run(main())
    wall, cpu = time.perf_counter() - start, _cpu() - cpu
    return {"wall": wall, "cpu": cpu, "done": done, "files": _files(folder)}


def way_aiohttp(url: str, folder: Path, o: dict[str, Any]) -> dict[str, Any]:
    """A plain aiohttp loop: the same requests, no client library (the practical ceiling)."""
    import aiohttp

    async def main() -> int:
        connector = aiohttp.TCPConnector(limit=o["concurrency"])
        headers = {"Authorization": f"Bearer {KEY}"}
        async with aiohttp.ClientSession(connector=connector, headers=headers) as http:

            async def one(i: int) -> None:
                async with http.post(f"{url}/v1/tasks", json=payload(i)) as r:
                    task_id = (await r.json())["task_id"]
                while True:
                    await asyncio.sleep(o["interval"])
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
                *(one(i) for i in range(o["jobs"])), return_exceptions=True
            )
        return sum(1 for r in results if not isinstance(r, BaseException))

    cpu, start = _cpu(), time.perf_counter()
    done = asyncio.run(main())
    wall, cpu = time.perf_counter() - start, _cpu() - cpu
    return {"wall": wall, "cpu": cpu, "done": done, "files": _files(folder)}


def way_validate(url: str, folder: Path, o: dict[str, Any]) -> dict[str, Any]:
    """Lines validated per second: the engine, the public ``validate()``, a whole jobs file."""
    from gateway_runtime.batch.config import BatchConfig
    from gateway_runtime.batch.plan import make_plan
    from gateway_runtime.validation import report_operation, resolve_operation, validate
    from generator.simulator import load_gateway

    spec = load_gateway("qingbo").spec
    op = resolve_operation(spec, "tasks.create")
    payloads = [payload(i) for i in range(5000)]
    report_operation(op, payloads[0])
    t0 = time.perf_counter()
    for p in payloads:
        report_operation(op, p)
    engine = len(payloads) / (time.perf_counter() - t0)
    t0 = time.perf_counter()
    for p in payloads:
        validate(spec, op, p)
    public = len(payloads) / (time.perf_counter() - t0)
    jobs = jobs_file(folder, 20000)
    t0 = time.perf_counter()
    plan = make_plan(spec, "tasks.create", jobs, folder / "out", BatchConfig(), None)
    checked = plan.valid / (time.perf_counter() - t0)
    return {"engine": engine, "public": public, "file": checked}


WAYS: dict[str, Callable[[str, Path, dict[str, Any]], dict[str, Any]]] = {
    "batch": way_batch,
    "once": way_once,
    "resume": way_resume,
    "loop": way_loop,
    "aiohttp": way_aiohttp,
    "validate": way_validate,
}


def main() -> int:
    way, url, folder, options = sys.argv[1:5]
    result = WAYS[way](url, Path(folder), json.loads(options))
    result["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
