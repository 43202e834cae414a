"""Options of a batch run, with their defaults in one place."""

from __future__ import annotations

from dataclasses import dataclass

from ..option_table import DEFAULT_MAX_POLL_FAILURES

__all__ = ["DEFAULT_CONCURRENCY", "DEFAULT_MAX_RUNNING", "DEFAULT_TRANSPORT", "BatchConfig"]

DEFAULT_TRANSPORT = "aiohttp"
"""HTTP for ``run_batch``: aiohttp (when installed) over httpcore; chosen by bench/bench_batch.py."""
# Measured (bench/bench_batch.py, 1,000 jobs at 64 in flight, 2 cores shared, load 8-20):
# aiohttp 182-296 requests/s at 1.2-1.3 ms client CPU per request; httpx/httpcore 42-66
# requests/s at 4.1-4.8 ms. The transport, not the batch layer, was the ceiling.

DEFAULT_CONCURRENCY = 64
"""Requests in flight at once (submits, polls, downloads); chosen by bench/bench_batch.py."""
# Sweep (1,000 jobs, simulator 3 polls 0.05 s apart, aiohttp, load 17-20), requests/s:
# 8: 141, 16: 122, 32: 189, 64: 168-182, 128: 194, 256: 184; client CPU 1.3-1.45 ms/request
# throughout. At 300 jobs (load 9): 8: 154, 16: 161, 32: 188, 64: 237, 128: 215, 256: 191.
# Below 32 the run waits on round trips; from 32 up the machine's CPU is the ceiling and the
# settings differ by less than the noise (±10%), so 64 stays: on the plateau, with room for a
# real gateway's slower replies, and well under what provokes 429s. At 10,000 jobs and 64:
# 44 jobs/s (plain aiohttp loop 52, hand-written loop on the generated client 8.5).

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
    max_poll_failures: int = DEFAULT_MAX_POLL_FAILURES  # polls failing in a row survived
    max_bytes: int | None = None
    progress: bool | None = None
    resume_hint: str | None = None
    transport: str = "default"
