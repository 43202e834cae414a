"""``run_batch`` / ``arun_batch``: a file of payloads in, every task submitted once, waited for and
its outputs saved under ``DIR/<job id>/``, ``DIR/results.jsonl`` and ``DIR/index.html`` out.

Running the same call again resumes: recorded tasks are waited for (never resubmitted), finished
jobs are left alone, pending ones are submitted (see ``store.py`` for the states).
"""

from __future__ import annotations

import asyncio
import dataclasses
import os
import signal
import sys
import threading
import time
from collections.abc import Coroutine, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import httpx

from .. import _aiohttp
from .._core import ClientCore
from .._flow import Flow, run_async
from ..options import DEFAULT_TIMEOUT
from .config import DEFAULT_TRANSPORT, BatchConfig
from .display import Display, Snapshot, make_display
from .engine import Engine
from .errors import BatchInputError
from .jobs import new_jobs
from .limits import shared_limiter
from .plan import Plan, check_client, make_plan
from .pricing import PriceTable
from .results import write_reports
from .sqlite_store import SQLiteJobStore
from .state import Host, Run
from .store import JobConflict, JobStore

__all__ = ["STORE_FILE", "BatchSummary", "arun_batch", "run_batch"]

STORE_FILE = "batch.sqlite3"
Jobs = str | os.PathLike[str] | Iterable[Mapping[str, Any]]


@dataclass
class BatchSummary:
    """How a batch run ended. ``reason``: finished, cap, interrupted or dry_run."""

    out: Path
    reason: str
    outcomes: dict[str, int] = field(default_factory=dict)
    tasks: int = 0
    cost: float = 0.0
    reported_cost: float = 0.0
    plan: Plan | None = None
    stats: dict[str, int] = field(default_factory=dict)
    elapsed: float = 0.0
    resume: str | None = None

    @property
    def results(self) -> Path:
        return self.out / "results.jsonl"

    @property
    def gallery(self) -> Path:
        return self.out / "index.html"

    def text(self) -> str:
        """The summary printed at the end of a run."""
        o = self.outcomes
        parts = [f"{n} {word.replace('_', ' ')}" for word, n in o.items() if n]
        lines = [f"batch {self.reason}: " + (", ".join(parts) or "no jobs")]
        lines.append(
            f"tasks submitted {self.tasks}, cost {self.cost:.6g} counted"
            + (f", {self.reported_cost:.6g} reported by the gateway" if self.reported_cost else "")
            + f", {self.elapsed:.1f}s"
        )
        if o.get("uncertain"):
            lines.append(
                f"{o['uncertain']} job(s) may have been submitted — check the gateway before "
                "running them again (outcome 'uncertain' in results.jsonl, with their payloads)"
            )
        if self.reason == "cap" and o.get("not_started"):
            lines.append(f"a cap was reached: {o['not_started']} job(s) not started")
        if o.get("running"):
            lines.append(f"{o['running']} task(s) still running; resume with: {self.resume}")
        elif self.reason == "interrupted" and o.get("not_started"):
            lines.append(f"resume with: {self.resume}")
        lines.append(f"results: {self.results}  gallery: {self.gallery}")
        return "\n".join(lines)


def _async_http(cfg: BatchConfig) -> httpx.AsyncClient:
    """The async pool of a sync-client batch, on the configured transport."""
    limits = httpx.Limits(
        max_connections=cfg.concurrency, max_keepalive_connections=cfg.concurrency
    )
    choice = cfg.transport if cfg.transport != "default" else DEFAULT_TRANSPORT
    if choice == "aiohttp" and _aiohttp.available():
        transport = _aiohttp.safe_aiohttp_transport(limits)
        return httpx.AsyncClient(transport=transport, timeout=DEFAULT_TIMEOUT)
    if choice not in ("aiohttp", "httpx"):
        raise ValueError(f"transport: expected 'aiohttp', 'httpx' or 'default', got {choice!r}")
    return httpx.AsyncClient(limits=limits, timeout=DEFAULT_TIMEOUT)


class _Driver:
    """An async driver around a sync client's core (``tasks.AsyncHost``)."""

    def __init__(self, core: ClientCore, http: httpx.AsyncClient) -> None:
        self._core = core
        self.http = http

    def _run(self, flow: Flow[Any]) -> Coroutine[Any, Any, Any]:
        return run_async(flow, self.http, None)


def _config(config: BatchConfig | None, overrides: Mapping[str, Any]) -> BatchConfig:
    base = config or BatchConfig()
    unknown = sorted(set(overrides) - {f.name for f in dataclasses.fields(BatchConfig)})
    if unknown:
        raise TypeError(f"unknown batch option(s): {', '.join(unknown)}")
    return dataclasses.replace(base, **overrides)


def _snapshot(run: Run, started: float, finished_before: int) -> Snapshot:
    counts = run.store.counts(run.batch)
    totals = run.store.totals(run.batch)
    return Snapshot(
        done=counts["done"],
        failed=counts["failed"],
        running=counts["submitted"] + counts["submitting"],
        queued=counts["pending"],
        uncertain=0,
        tasks=totals.tasks,
        cost=totals.cost,
        max_cost=run.config.max_cost,
        max_tasks=run.config.max_tasks,
        elapsed=time.monotonic() - started,
        finished_this_run=counts["done"] + counts["failed"] - finished_before,
        currency=run.prices.currency if run.prices else "",
    )


async def _idle() -> None:
    """The ticker of a run without a display."""


async def _tick(run: Run, display: Display, started: float, before: int) -> None:
    while True:
        display.update(_snapshot(run, started, before))
        await asyncio.sleep(0.5)


def _open_store(store: JobStore | None, out: Path, batch: str, meta: Mapping[str, Any]) -> JobStore:
    opened = store if store is not None else SQLiteJobStore(out / STORE_FILE)
    recorded = opened.open_batch(batch, meta)
    for key in ("gateway", "operation"):
        if recorded.get(key) != meta[key]:
            raise BatchInputError(
                f"{out}: holds a batch of {recorded.get('operation')} on {recorded.get('gateway')}; "
                "use another --out for this one"
            )
    return opened


async def _execute(
    host: Host,
    plan: Plan,
    out: Path,
    config: BatchConfig,
    store: JobStore | None,
    batch: str | None,
    stream: IO[str],
    handle_sigint: bool,
) -> BatchSummary:
    check_client(host._core, plan)
    spec = host._core.spec
    name = batch or f"{spec.name}:{plan.op.operation_id}"
    meta = {"gateway": spec.name, "operation": plan.op.operation_id, "jobs": str(plan.jobs_path)}
    opened = _open_store(store, out, name, meta)
    try:
        try:
            price = plan.prices.price if plan.prices is not None else (lambda payload: None)
            bad = {problem.line for problem in plan.problems}
            opened.add(name, new_jobs(plan.jobs_path, plan.op, price, bad))
        except JobConflict as exc:
            raise BatchInputError(f"{out}: {exc}") from None
        opened.set_limits(name, config.max_tasks, config.max_cost, config.unknown_price)
        run = Run(host, plan.op, plan.binding, opened, name, out, config, plan.prices)
        _retry_failed(run)
        with shared_limiter(host._core, config.rate_limit) as run.bucket:
            return await _drive(run, stream, handle_sigint)
    finally:
        if store is None:
            opened.close()


def _retry_failed(run: Run) -> None:
    """``retry_failed``: failed jobs with retries left go back to pending."""
    if run.config.retry_failed <= 0:
        return
    after = 0
    while page := run.store.page(run.batch, ["failed"], after, 500):
        for job in page:
            if job.attempts <= run.config.retry_failed:
                run.store.retry(run.batch, job.job_id)
        after = page[-1].seq


async def _drive(run: Run, stream: IO[str], handle_sigint: bool) -> BatchSummary:
    engine = Engine(run)
    engine.resume_recorded()
    started = time.monotonic()
    counts = run.store.counts(run.batch)
    before = counts["done"] + counts["failed"]
    display = make_display(run.config.progress, stream)
    ticker = asyncio.ensure_future(
        _tick(run, display, started, before) if run.config.progress is not False else _idle()
    )
    loop = asyncio.get_running_loop()

    def interrupted() -> None:
        engine.stop()
        loop.remove_signal_handler(signal.SIGINT)
        stream.write(
            f"\ninterrupted: no new submits; {len(run.running)} task(s) still running "
            "(recorded; they are waited for when the batch runs again)\n"
        )
        stream.flush()

    handle_sigint = handle_sigint and threading.current_thread() is threading.main_thread()
    if handle_sigint:
        loop.add_signal_handler(signal.SIGINT, interrupted)
    reason = "interrupted"
    try:
        reason = await engine.run_all()
    finally:
        if handle_sigint and not run.stopping:
            loop.remove_signal_handler(signal.SIGINT)
        ticker.cancel()
        if run.files_client is not None:
            run.files_client.close()
        display.close(_snapshot(run, started, before))
        write_reports(
            run.store,
            run.batch,
            run.out,
            f"{run.op.python_name or run.op.operation_id} on {run.core.spec.name}",
        )
    return _summary(run, reason, time.monotonic() - started)


def _summary(run: Run, reason: str, elapsed: float) -> BatchSummary:
    counts = run.store.counts(run.batch)
    totals = run.store.totals(run.batch)
    reported = 0.0
    after = 0
    while page := run.store.page(run.batch, ["done", "failed"], after, 1000):
        reported += sum(j.reported_cost or 0.0 for j in page)
        after = page[-1].seq
    return BatchSummary(
        out=run.out,
        reason=reason,
        outcomes={
            "succeeded": counts["done"],
            "failed": counts["failed"],
            "running": counts["submitted"],
            "uncertain": counts["submitting"],
            "not_started": counts["pending"],
        },
        tasks=totals.tasks,
        cost=totals.cost,
        reported_cost=reported,
        stats=dict(run.stats),
        elapsed=elapsed,
        resume=run.config.resume_hint or "the same run_batch(...) call with the same out=",
    )


async def arun_batch(
    client: Any,
    operation: str,
    jobs: Jobs,
    *,
    out: str | os.PathLike[str],
    config: BatchConfig | None = None,
    prices: PriceTable | str | os.PathLike[str] | None = None,
    store: JobStore | None = None,
    batch: str | None = None,
    stream: IO[str] | None = None,
    handle_sigint: bool = False,
    **options: Any,
) -> BatchSummary:
    """Run a batch with an ``AsyncClient`` (or anything with its ``_core`` and ``_run``).

    ``options`` are :class:`BatchConfig` fields (``max_tasks=10``, ``dry_run=True``...).
    Raises :class:`BatchInputError` before sending anything when the input is unusable.
    """
    if not callable(getattr(client, "_run", None)):
        raise TypeError("arun_batch needs an AsyncClient; with a SyncClient call run_batch")
    cfg = _config(config, options)
    folder = Path(out)
    plan = make_plan(client._core.spec, operation, jobs, folder, cfg, prices)
    if cfg.dry_run:
        return BatchSummary(out=folder, reason="dry_run", plan=plan)
    return await _execute(
        client, plan, folder, cfg, store, batch, stream or sys.stderr, handle_sigint
    )


def run_batch(
    client: Any,
    operation: str,
    jobs: Jobs,
    *,
    out: str | os.PathLike[str],
    config: BatchConfig | None = None,
    prices: PriceTable | str | os.PathLike[str] | None = None,
    store: JobStore | None = None,
    batch: str | None = None,
    stream: IO[str] | None = None,
    handle_sigint: bool = True,
    **options: Any,
) -> BatchSummary:
    """Run a batch with a ``SyncClient`` (its own event loop and async HTTP pool inside)."""
    cfg = _config(config, options)
    folder = Path(out)
    core: ClientCore = client._core
    plan = make_plan(core.spec, operation, jobs, folder, cfg, prices)
    if cfg.dry_run:
        return BatchSummary(out=folder, reason="dry_run", plan=plan)

    async def main() -> BatchSummary:
        async with _async_http(cfg) as http:
            host = _Driver(core, http)
            return await _execute(
                host, plan, folder, cfg, store, batch, stream or sys.stderr, handle_sigint
            )

    return asyncio.run(main())
