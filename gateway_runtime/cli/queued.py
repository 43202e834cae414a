"""``clientgen batch run ... --queue redis://...`` and ``clientgen batch status ID --queue ...``.

With ``--queue`` the batch is not run here: its jobs are checked, recorded in Redis and enqueued
for ``clientgen worker`` processes (docs/workers.md); the command then shows progress until no
job can move on (``--detach``: it returns at once) and writes ``DIR/results.jsonl`` from the
Redis store. ``status`` reads a queued batch's progress from any machine.

This module plugs into the batch layer's ``batch`` command (``cli/batch.py``): it adds
``--queue`` and its options to ``batch run`` (without ``--queue`` the local run goes on as
before) and the ``status`` subcommand.
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
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))


def register(sub: Any) -> None:
    batch = sub.choices["batch"]  # the batch layer's command (cli/batch.py), registered before
    inner = _subparsers(batch)
    run = inner.choices["run"]
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
        if getattr(args, "queue", None) and not args.dry_run:  # a dry run plans, here
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


def run_queued(args: argparse.Namespace, io: Streams) -> int:
    require_workers()
    from ..batch.errors import BatchInputError
    from ..batch.results import write_reports
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
            max_cost=args.max_cost, unknown_price=args.unknown_price, prices=args.prices,
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
    title = f"{op.python_name or op.operation_id} on {spec.name} (queued)"
    results, gallery = write_reports(store, batch, Path(plan.out), title)
    io.err(f"results: {results}  gallery: {gallery}")
    ok = final.counts["done"] == sum(final.counts.values())
    return EXIT_OK if ok else EXIT_FAILED


def _line(batch: str, status: Any) -> str:
    c = status.counts
    return (
        f"{batch}: {c['done']} done, {c['failed']} failed, {c['submitted']} running, "
        f"{status.queued} queued, {status.parked} parked; {status.totals.tasks} tasks reserved"
    )


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
