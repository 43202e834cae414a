"""``DIR/results.jsonl``: one line per job, rewritten from the store at the end of every run.

Outcomes: ``succeeded``, ``failed`` (gateway code and message), ``running`` (a task still to be
waited for: run again), ``uncertain`` (may have been submitted — check the gateway; the payload
is included), ``not_started`` (a cap or Ctrl-C stopped the batch first) and ``invalid`` (a line
skipped by ``--skip-invalid``, with its problems).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from ..redact import redact
from .gallery import payload_of, write_gallery
from .store import JobRecord, JobStore

__all__ = ["INVALID_FILE", "RESULTS_FILE", "iter_results", "outcome_of", "write_reports"]

RESULTS_FILE = "results.jsonl"
INVALID_FILE = "invalid.jsonl"
_PAGE = 1000


def outcome_of(job: JobRecord) -> str:
    """The results outcome word of a stored job."""
    return {
        "done": "succeeded",
        "failed": "failed",
        "submitted": "running",
        "submitting": "uncertain",
        "pending": "not_started",
    }[job.state]


def _line(job: JobRecord) -> dict[str, Any]:
    outcome = outcome_of(job)
    line: dict[str, Any] = {
        "id": job.job_id,
        "line": job.seq,
        "outcome": outcome,
        "task_id": job.task_id,
        "status": job.status,
        "error": None
        if job.state != "failed"
        else {"code": job.error_code, "message": job.error_message},
        "files": list(job.files),
        "price": job.price,
        "reported_cost": job.reported_cost,
        "attempts": job.attempts,
        "polls": job.polls,
        "submitted_at": job.submitted_at,
        "finished_at": job.finished_at,
        "seconds": None
        if job.finished_at is None or job.submitted_at is None
        else round(job.finished_at - job.submitted_at, 3),
        "note": job.note,
    }
    if outcome == "uncertain":
        line["note"] = job.note or "may have been submitted — check the gateway"
        line["payload"] = json.loads(job.payload)
    return line


def iter_results(
    store: JobStore, batch: str, out: Path
) -> Iterator[tuple[dict[str, Any], str | None]]:
    """Every job's result line and payload text, in line order, then the skipped invalid lines."""
    after = 0
    while True:
        page = store.page(batch, None, after, _PAGE)
        for job in page:
            yield _line(job), job.payload
        if len(page) < _PAGE:
            break
        after = page[-1].seq
    invalid = out / INVALID_FILE
    if invalid.is_file():
        with invalid.open(encoding="utf-8") as handle:
            for text in handle:
                item = json.loads(text)
                line = {
                    "id": item.get("id"),
                    "line": item["line"],
                    "outcome": "invalid",
                    "problems": item["problems"],
                }
                yield line, None


def write_reports(store: JobStore, batch: str, out: Path, title: str) -> tuple[Path, Path]:
    """Rewrite ``out/results.jsonl`` and ``out/index.html`` (each atomically) in one pass."""
    final = out / RESULTS_FILE
    temp = out / f".{RESULTS_FILE}.tmp"
    with temp.open("w", encoding="utf-8") as handle:

        def lines() -> Iterator[tuple[dict[str, Any], Mapping[str, Any] | None]]:
            for line, payload in iter_results(store, batch, out):
                handle.write(redact(json.dumps(line, ensure_ascii=False, default=str)) + "\n")
                yield line, payload_of(line, payload)

        gallery = write_gallery(out, title, lines())
    os.replace(temp, final)
    return final, gallery
