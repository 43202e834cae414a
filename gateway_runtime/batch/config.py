"""Options of a batch run, with their defaults in one place."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["DEFAULT_CONCURRENCY", "DEFAULT_MAX_RUNNING", "DEFAULT_TRANSPORT", "BatchConfig"]

DEFAULT_TRANSPORT = "aiohttp"
"""HTTP for ``run_batch``: aiohttp (when installed) over httpcore; chosen by bench/bench_batch.py."""

DEFAULT_CONCURRENCY = 64
"""Requests in flight at once (submits, polls, downloads); chosen by bench/bench_batch.py."""

DEFAULT_MAX_RUNNING = 2000
"""Tasks submitted and not yet finished at once; bounds memory and polling load."""


@dataclass(frozen=True)
class BatchConfig:
    """How a batch runs; every field has a safe default.

    ``concurrency``: requests in flight. ``rate_limit``: requests per second to the gateway
    (submits and polls; ``None``: no limit), shared by every run in this process on the same
    base URL and key (see ``limits.py``). ``max_tasks`` / ``max_cost``: caps checked before
    each submit, over every task the batch submitted, in this run and earlier ones.
    ``unknown_price``: what a job of unknown price counts against ``max_cost`` (without it, such
    a job refuses to start under ``max_cost``). ``retry_failed``: resubmissions per failed job.
    ``skip_invalid``: run the valid lines when some are bad (else nothing starts).
    ``dry_run``: validate, price and plan; send nothing. ``timeout``: seconds a task may run
    (default: its binding's). ``poll_interval``: seconds between polls of one task (default:
    its binding's, growing after 5 polls). ``progress``: live display (``None``: on a terminal).
    ``transport`` (``run_batch`` only; ``arun_batch`` uses the client's): ``"aiohttp"``,
    ``"httpx"`` or ``"default"`` (aiohttp when installed, see ``DEFAULT_TRANSPORT``).
    """

    concurrency: int = DEFAULT_CONCURRENCY
    rate_limit: float | None = None
    max_tasks: int | None = None
    max_cost: float | None = None
    unknown_price: float | None = None
    retry_failed: int = 0
    skip_invalid: bool = False
    dry_run: bool = False
    timeout: float | None = None
    poll_interval: float | None = None
    max_running: int = DEFAULT_MAX_RUNNING
    max_poll_failures: int = 5
    max_bytes: int | None = None
    progress: bool | None = None
    resume_hint: str | None = None
    transport: str = "default"
