"""Batch runs: thousands of paid tasks from one file, resumable, capped, never submitted twice.

``run_batch(client, "tasks.create", "jobs.jsonl", out="out/")`` (``arun_batch`` for an
``AsyncClient``) and ``clientgen batch run GATEWAY OPERATION JOBS.jsonl --out DIR``. A layer of
its own above the clients (it imports only downward). Modules: ``plan`` (checks before any
request), ``jobs`` (reading the file), ``pricing``, ``store`` (the job store interface) and
``sqlite_store`` (its embedded backend), ``schedule``/``engine``/``actions`` (the run),
``results``/``gallery``/``display`` (what people see), ``runner`` (the public calls).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .config import BatchConfig
    from .errors import BatchInputError
    from .pricing import PriceTable, load_prices
    from .runner import BatchSummary, arun_batch, run_batch
    from .sqlite_store import SQLiteJobStore
    from .store import JobRecord, JobState, JobStore

_WHERE = {
    "BatchConfig": "config",
    "BatchInputError": "errors",
    "PriceTable": "pricing",
    "load_prices": "pricing",
    "BatchSummary": "runner",
    "arun_batch": "runner",
    "run_batch": "runner",
    "SQLiteJobStore": "sqlite_store",
    "JobRecord": "store",
    "JobState": "store",
    "JobStore": "store",
}


def __getattr__(name: str) -> Any:
    """Names load with their module on first use: ``clientgen`` starts without the engine."""
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


__all__ = [
    "BatchConfig",
    "BatchInputError",
    "BatchSummary",
    "JobRecord",
    "JobState",
    "JobStore",
    "PriceTable",
    "SQLiteJobStore",
    "arun_batch",
    "load_prices",
    "run_batch",
]
