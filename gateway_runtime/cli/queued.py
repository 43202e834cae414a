"""``clientgen batch run ... --queue redis://...`` and ``clientgen batch status ID --queue ...``.

With ``--queue`` the batch is not run here: its jobs are checked, recorded in Redis and enqueued
for ``clientgen worker`` processes (docs/workers.md); the command then shows progress until no
job can move on (``--detach``: it returns at once) and writes ``DIR/results.jsonl`` from the
Redis store. ``status`` reads a queued batch's progress from any machine.

This module plugs into the ``batch`` command of the batch layer when that command exists (it
adds ``--queue`` and friends to ``batch run`` and a ``status`` subcommand), else it registers a
``batch`` command of its own with the two subcommands.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from ..spec import GatewaySpec
from ._common import EXIT_FAILED, EXIT_OK, Streams, UsageError, add_command
from .gateways import resolve_gateway
from .workers import queue_url, require_workers

__all__ = ["register"]


def _subparsers(parser: argparse.ArgumentParser) -> Any:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    return parser.add_subparsers(dest="batch_command", metavar="SUBCOMMAND")


def register(sub: Any) -> None:
    batch = sub.choices.get("batch")
    if batch is None:
        batch = add_command(
            sub, "batch", help="run a batch of tasks (--queue: on workers)",
            description="Batches of tasks from a JSONL file.", run=_needs_subcommand,
        )  # fmt: skip
    inner = _subparsers(batch)
    run = inner.choices.get("run")
    if run is None:
        run = add_command(
            inner, "run", help="enqueue a batch for workers (--queue)",
            description=__doc__ or "", run=_local_missing,
        )  # fmt: skip
        run.add_argument("gateway", metavar="GATEWAY")
        run.add_argument("operation", metavar="OPERATION")
        run.add_argument("jobs", metavar="JOBS.jsonl")
        run.add_argument("--out", required=True, metavar="DIR")
        for flag, kind in (("--max-tasks", int), ("--max-cost", float), ("--unknown-price", float),
                           ("--rate-limit", float), ("--concurrency", int), ("--timeout", float),
                           ("--poll-interval", float)):  # fmt: skip
            run.add_argument(flag, type=kind)
        run.add_argument("--retry-failed", type=int, default=0)
        run.add_argument("--skip-invalid", action="store_true")
        run.add_argument("--base-url")
    local = run.get_default("run")
    group = run.add_argument_group("on workers (docs/workers.md)")
    group.add_argument("--queue", type=queue_url, metavar="redis://HOST:PORT/DB",
                       help="enqueue for 'clientgen worker' processes instead of running here")  # fmt: skip
    group.add_argument("--batch-id", metavar="ID", help="name the queued batch (default: derived)")
    group.add_argument("--detach", action="store_true", help="return once enqueued")
    group.add_argument("--lease", type=float, default=30.0, metavar="S",
                       help="seconds a dead worker's job stays held (default 30)")  # fmt: skip
    group.add_argument("--callback-url", metavar="URL", help="gateway callbacks (webhook_app)")

    def run_either(args: argparse.Namespace, io: Streams) -> int:
        if getattr(args, "queue", None):
            return run_queued(args, io)
        return int(local(args, io))

    run.set_defaults(run=run_either)
    status = add_command(
        inner, "status", help="progress of a queued batch, from any machine",
        description="Show a queued batch's jobs per state, reserved tasks and cost, parked jobs.",
        run=status_command,
    )  # fmt: skip
    status.add_argument("batch_id", metavar="ID")
    status.add_argument("--queue", required=True, type=queue_url, metavar="redis://HOST:PORT/DB")
    status.add_argument("--json", action="store_true", help="one JSON object")


def _needs_subcommand(args: argparse.Namespace, io: Streams) -> int:
    raise UsageError("batch: choose a subcommand: run or status")


def _local_missing(args: argparse.Namespace, io: Streams) -> int:
    raise UsageError("batch run needs --queue redis://HOST:PORT/DB in this installation")


def _price(args: argparse.Namespace) -> Any:
    prices = getattr(args, "prices", None)
    if not prices:
        return lambda payload: None
    from ..batch.pricing import load_prices  # type: ignore[import-not-found, unused-ignore]

    return load_prices(prices).price


def run_queued(args: argparse.Namespace, io: Streams) -> int:
    require_workers()
    from ..batch.errors import BatchInputError
    from ..validation.operations import resolve_operation
    from ..validation.problems import UnknownOperationError
    from ..workers.celery_app import make_app
    from ..workers.coordinator import enqueue_batch, wait
    from ..workers.plan import BatchPlan
    from ..workers.redis_store import RedisJobStore

    gateway = resolve_gateway(args.gateway)
    path = str(gateway.spec_path.resolve()) if gateway.spec_path else None
    spec = GatewaySpec.from_dict(gateway.data, module=gateway.module, path=path)
    try:
        op = resolve_operation(spec, args.operation)
    except UnknownOperationError as exc:
        raise UsageError(str(exc)) from None
    given = {k: getattr(args, k, None) for k in ("concurrency", "rate_limit", "timeout",
                                                  "poll_interval")}  # fmt: skip
    plan = BatchPlan(
        spec.name, op.operation_id, str(Path(args.out).resolve()), module=gateway.module,
        spec_path=path, base_url=args.base_url, retry_failed=args.retry_failed or 0,
        lease=args.lease, callback_url=args.callback_url,
        **{k: v for k, v in given.items() if v is not None},
    )  # fmt: skip
    app = make_app(args.queue)
    store = RedisJobStore(args.queue)
    try:
        batch = enqueue_batch(
            app, store, plan, Path(args.jobs), batch=args.batch_id, max_tasks=args.max_tasks,
            max_cost=args.max_cost, unknown_price=args.unknown_price, price=_price(args),
            skip_invalid=args.skip_invalid,
        )  # fmt: skip
    except BatchInputError as exc:
        raise UsageError(str(exc)) from None
    io.err(f"batch {batch} enqueued on {args.queue}; watch it: clientgen batch status {batch} "
           f"--queue {args.queue}")  # fmt: skip
    if args.detach:
        io.out(batch)
        return EXIT_OK
    final = wait(store, batch, on_status=lambda s: io.err(_line(batch, s)))
    results = _write_results(store, batch, Path(plan.out))
    io.err(f"results: {results}")
    ok = final.counts["done"] == sum(final.counts.values())
    return EXIT_OK if ok else EXIT_FAILED


def _line(batch: str, status: Any) -> str:
    c = status.counts
    return (
        f"{batch}: {c['done']} done, {c['failed']} failed, {c['submitted']} running, "
        f"{c['pending']} queued, {status.parked} parked; {status.totals.tasks} tasks reserved"
    )


def _write_results(store: Any, batch: str, out: Path) -> Path:
    """``out/results.jsonl`` from the store, one line per job in line order."""
    final = out / "results.jsonl"
    temp = out / ".results.jsonl.tmp"
    outcome = {"done": "succeeded", "failed": "failed", "submitted": "running",
               "submitting": "uncertain", "pending": "not_started"}  # fmt: skip
    with temp.open("w", encoding="utf-8") as handle:
        after = 0
        while page := store.page(batch, None, after, 1000):
            for job in page:
                line = {
                    "id": job.job_id, "line": job.seq, "outcome": outcome[job.state],
                    "task_id": job.task_id, "status": job.status, "files": list(job.files),
                    "error": None if job.state != "failed"
                    else {"code": job.error_code, "message": job.error_message},
                    "reported_cost": job.reported_cost, "polls": job.polls, "note": job.note,
                }  # fmt: skip
                handle.write(json.dumps(line, ensure_ascii=False) + "\n")
            after = page[-1].seq
    temp.replace(final)
    return final


def status_command(args: argparse.Namespace, io: Streams) -> int:
    require_workers()
    from ..workers.coordinator import status
    from ..workers.redis_store import RedisJobStore

    store = RedisJobStore(args.queue)
    if not store.batch_fields(args.batch_id):
        raise UsageError(f"no batch {args.batch_id!r} on {args.queue}")
    current = status(store, args.batch_id)
    if args.json:
        data = {"batch": args.batch_id, "counts": current.counts, "parked": current.parked,
                "tasks": current.totals.tasks, "cost": current.totals.cost, "open": current.open}  # fmt: skip
        io.out(json.dumps(data))
    else:
        io.out(_line(args.batch_id, current))
    return EXIT_OK
