"""``clientgen worker --queue redis://HOST:PORT/DB``: a Celery worker for queued batches and tasks.

Any number of them, on any machines that reach the Redis and share the output folder. Each needs
the gateway's key in its environment (``QINGBO_API_KEY``), never on a command line or in Redis.
Threads run the jobs (``--concurrency``, default 8: the work is waiting on HTTP, not CPU).
``--visibility-timeout`` is how long a message a dead worker took stays invisible before
another worker gets it (Celery's Redis transport); the job leases in the store make a late or
duplicate message harmless. Needs the ``workers`` extra (Celery, redis-py).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import socket
from typing import Any

from ._common import EXIT_OK, Streams, UsageError, add_command

__all__ = ["register", "require_workers"]


def require_workers() -> None:
    """Refuse clearly (exit 2) when the ``workers`` extra is not installed."""
    missing = [name for name in ("celery", "redis") if importlib.util.find_spec(name) is None]
    if missing:
        raise UsageError(
            f"--queue and 'worker' need the workers extra ({', '.join(missing)} missing): "
            "pip install 'gateway-clientgen-runtime[workers]'"
        )


def queue_url(text: str) -> str:
    """A ``redis://`` or ``rediss://`` URL (argparse type)."""
    if not text.startswith(("redis://", "rediss://", "unix://")):
        raise argparse.ArgumentTypeError(f"expected redis://HOST:PORT/DB, got {text!r}")
    return text


def register(sub: Any) -> None:
    p = add_command(
        sub,
        "worker",
        help="run a Celery worker for queued batches (needs the workers extra)",
        description="Run jobs of batches enqueued with 'batch run --queue', and single "
        "generations sent by application code, as one Celery worker process.",
        run=run,
    )
    p.add_argument("--queue", required=True, type=queue_url, metavar="redis://HOST:PORT/DB")
    p.add_argument("--concurrency", type=int, default=8, metavar="N", help="jobs at once (threads)")
    p.add_argument("--visibility-timeout", type=float, default=3600.0, metavar="S")
    p.add_argument("--sweep-every", type=float, default=30.0, metavar="S",
                   help="how often dead workers' started jobs are enqueued again")  # fmt: skip
    p.add_argument("--prefix", default="clientgen", help="Redis key prefix (default clientgen)")
    p.add_argument("--name", default=None, help="worker name (default clientgen-PID@HOST)")
    p.add_argument("--loglevel", default="WARNING")


def run(args: argparse.Namespace, io: Streams) -> int:
    require_workers()
    if args.concurrency < 1:
        raise UsageError("--concurrency must be at least 1")
    from ..workers.celery_app import make_app, start_sweeper

    app = make_app(args.queue, prefix=args.prefix, visibility_timeout=args.visibility_timeout)
    start_sweeper(app, app.clientgen_state().store, args.sweep_every)  # type: ignore[attr-defined]
    name = args.name or f"clientgen-{os.getpid()}@{socket.gethostname()}"
    io.err(f"worker {name} on {args.queue} ({args.concurrency} threads)")
    app.worker_main(
        [
            "worker",
            "--pool=threads",
            f"--concurrency={args.concurrency}",
            f"--loglevel={args.loglevel}",
            f"--hostname={name}",
            "--without-gossip",
            "--without-mingle",
        ]
    )
    return EXIT_OK
