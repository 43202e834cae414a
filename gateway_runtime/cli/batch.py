"""``clientgen batch run GATEWAY OPERATION JOBS.jsonl --out DIR`` and ``clientgen batch report DIR``.

``run`` validates every line of JOBS (one JSON payload per line, optional ``"id"``) before sending
anything, submits the tasks (polls of running tasks first, ``--concurrency`` requests in flight,
``--rate-limit`` requests per second), waits, saves each job's outputs in ``DIR/<job id>/`` and
writes ``DIR/results.jsonl`` and ``DIR/index.html``. Running the same command again resumes:
recorded tasks are waited for, never resubmitted. ``--max-tasks`` / ``--max-cost`` (with
``--prices prices.yaml`` or the operation's ``x-pricing``) are checked before each submit;
``--dry-run`` prints the plan and sends nothing. Ctrl-C stops submitting and prints the resume
command. ``report`` rebuilds ``DIR/index.html`` and ``DIR/results.jsonl`` from ``DIR``'s store.

Exit: 0 every job succeeded; 1 some failed, are uncertain, still running or not started;
2 bad input (nothing sent); 130 interrupted.
"""

from __future__ import annotations

import argparse
import shlex
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..batch.errors import BatchInputError
from ..client import SyncClient
from ..errors import MissingAPIKeyError
from ..options import resolve_base_url
from ..spec import GatewaySpec
from ..validation import UnknownOperationError
from ._common import EXIT_FAILED, EXIT_OK, Streams, UsageError, add_command
from .gateways import resolve_gateway

if TYPE_CHECKING:
    from ..batch.runner import BatchSummary

__all__ = ["register"]

_DOC = __doc__ or ""


def register(sub: Any) -> None:
    batch = add_command(
        sub,
        "batch",
        help="run thousands of tasks from a JSONL file (resumable, capped), or rebuild a report",
        description=_DOC.split("\n\n", 1)[1],
        run=_needs_subcommand,
    )
    inner = batch.add_subparsers(dest="batch_command", metavar="SUBCOMMAND")
    run = add_command(
        inner,
        "run",
        help="run a batch (or resume it)",
        description=_DOC.split("\n\n", 1)[1],
        run=run_command,
    )
    run.add_argument("gateway", metavar="GATEWAY", help="gateway name or spec path")
    run.add_argument("operation", metavar="OPERATION", help="task operation (tasks.create)")
    run.add_argument("jobs", metavar="JOBS.jsonl", help="one JSON payload per line")
    run.add_argument("--out", required=True, metavar="DIR", help="outputs, results, gallery")
    run.add_argument("--max-tasks", type=int, metavar="N", help="submit at most N tasks in all")
    run.add_argument("--max-cost", type=float, metavar="X", help="spend at most X in all")
    run.add_argument("--prices", metavar="FILE", help="price table (YAML/JSON; see docs)")
    run.add_argument(
        "--unknown-price", type=float, metavar="X", help="--max-cost: count unpriced jobs as X"
    )
    run.add_argument("--dry-run", action="store_true", help="validate, price, plan; send nothing")
    run.add_argument(
        "--retry-failed", type=int, default=0, metavar="N", help="resubmit a failed job N times"
    )
    run.add_argument("--skip-invalid", action="store_true", help="run the valid lines only")
    run.add_argument(
        "--rate-limit", type=float, metavar="RPS", help="requests per second to the gateway"
    )
    run.add_argument("--concurrency", type=int, metavar="N", help="requests in flight")
    run.add_argument("--timeout", type=float, metavar="S", help="seconds a task may run")
    run.add_argument("--poll-interval", type=float, metavar="S", help="seconds between polls")
    run.add_argument("--base-url", help="server URL (default: $<GATEWAY>_BASE_URL, then the spec)")
    run.add_argument("--journal", help="task journal path (default: $GATEWAY_JOURNAL or ~/.cache)")
    shown = run.add_mutually_exclusive_group()
    shown.add_argument(
        "--progress",
        dest="progress",
        action="store_true",
        default=None,
        help="live display even when stderr is not a terminal",
    )
    shown.add_argument(
        "--no-progress", dest="progress", action="store_false", help="no progress lines"
    )
    report = add_command(
        inner,
        "report",
        help="rebuild DIR/index.html and DIR/results.jsonl",
        description="Rebuild the gallery and results of a batch folder from its store.",
        run=report_command,
    )
    report.add_argument("out", metavar="DIR", help="a batch output folder")


def _needs_subcommand(args: argparse.Namespace, io: Streams) -> int:
    raise UsageError("batch: choose a subcommand: run or report")


def _resume_command(args: argparse.Namespace) -> str:
    words = [
        "clientgen",
        "batch",
        "run",
        args.gateway,
        args.operation,
        args.jobs,
        "--out",
        args.out,
    ]
    for flag in (
        "max_tasks",
        "max_cost",
        "prices",
        "unknown_price",
        "retry_failed",
        "rate_limit",
        "concurrency",
        "timeout",
        "poll_interval",
        "base_url",
        "journal",
    ):
        value = getattr(args, flag)
        if value not in (None, 0) or (flag == "retry_failed" and value):
            words += [f"--{flag.replace('_', '-')}", str(value)]
    if args.skip_invalid:
        words.append("--skip-invalid")
    return shlex.join(words)


def _options(args: argparse.Namespace) -> dict[str, Any]:
    given = {
        "max_tasks": args.max_tasks,
        "max_cost": args.max_cost,
        "unknown_price": args.unknown_price,
        "rate_limit": args.rate_limit,
        "concurrency": args.concurrency,
        "timeout": args.timeout,
        "poll_interval": args.poll_interval,
    }
    for name in ("max_tasks", "concurrency"):
        if given[name] is not None and given[name] < (0 if name == "max_tasks" else 1):
            raise UsageError(f"--{name.replace('_', '-')} must be at least 1")
    for name in ("max_cost", "unknown_price", "rate_limit", "timeout", "poll_interval"):
        if given[name] is not None and not given[name] > 0 and name != "unknown_price":
            raise UsageError(f"--{name.replace('_', '-')} must be a positive number")
    if args.retry_failed < 0:
        raise UsageError("--retry-failed must be 0 or more")
    options = {k: v for k, v in given.items() if v is not None}
    options.update(
        retry_failed=args.retry_failed,
        skip_invalid=args.skip_invalid,
        dry_run=args.dry_run,
        progress=args.progress,
        resume_hint=_resume_command(args),
    )
    return options


def run_command(args: argparse.Namespace, io: Streams) -> int:
    gateway = resolve_gateway(args.gateway)
    spec = GatewaySpec.from_dict(
        gateway.data,
        module=gateway.module,
        path=str(gateway.spec_path.resolve()) if gateway.spec_path else None,
    )
    options = _options(args)
    if not args.dry_run and not resolve_base_url(spec, args.base_url):
        raise UsageError(
            f"no server URL for {spec.name}: pass --base-url or set {spec.base_url_env}"
        )
    try:
        client = SyncClient(
            spec,
            base_url=args.base_url,
            journal=args.journal,
            api_key=None if not args.dry_run else "dry-run",
        )
    except MissingAPIKeyError as exc:
        raise UsageError(str(exc)) from None
    from ..batch.runner import run_batch  # the engine loads when a batch runs

    with client:
        try:
            summary = run_batch(
                client,
                args.operation,
                args.jobs,
                out=args.out,
                prices=args.prices,
                stream=io.stderr,
                **options,
            )
        except UnknownOperationError as exc:
            raise UsageError(str(exc), exc.suggestions) from None
        except BatchInputError as exc:
            raise UsageError(str(exc)) from None
    return _report(summary, io)


def _report(summary: BatchSummary, io: Streams) -> int:
    if summary.plan is not None and summary.reason == "dry_run":
        io.out(summary.plan.text())
        io.out("dry run: nothing was sent")
        return EXIT_OK
    io.err(summary.text())
    if summary.reason == "interrupted":
        return 130
    settled = summary.outcomes
    ok = all(n == 0 for word, n in settled.items() if word != "succeeded")
    return EXIT_OK if ok else EXIT_FAILED


def report_command(args: argparse.Namespace, io: Streams) -> int:
    from ..batch.runner import STORE_FILE

    out = Path(args.out)
    path = out / STORE_FILE
    if not path.is_file():
        raise UsageError(f"{out}: no batch here ({STORE_FILE} is missing)")
    from ..batch.results import write_reports
    from ..batch.sqlite_store import SQLiteJobStore

    store = SQLiteJobStore(path)
    try:
        for batch, meta in store.batches():
            results, gallery = write_reports(
                store, batch, out, f"{meta.get('operation')} on {meta.get('gateway')}"
            )
            counts = store.counts(batch)
            io.out(f"{batch}: " + ", ".join(f"{n} {s}" for s, n in counts.items() if n))
            io.out(f"results: {results}  gallery: {gallery}")
    finally:
        store.close()
    return EXIT_OK
