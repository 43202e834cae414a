"""A failed poll means the same to a local batch run and to a worker (``batch/poll_errors.py``).

Each case breaks the simulator's polls one way, then runs one job through each runner: the
local ``run_batch`` and a worker's ``JobRunner`` (in this process, on a real Redis). Both keep
the paid task recorded with the same note, and both poll through the failures that may pass.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest

from gateway_runtime.batch import run_batch
from gateway_runtime.workers.celery_app import make_app
from gateway_runtime.workers.clients import ClientCache
from gateway_runtime.workers.coordinator import enqueue_batch
from gateway_runtime.workers.jobrun import JobRunner
from gateway_runtime.workers.plan import BatchPlan
from gateway_runtime.workers.redis_store import RedisJobStore
from generator.simulator import Faults, Simulator
from tests.batch.helpers import KEY, payload, results
from tests.redis_server import RedisServer
from tests.simulator.calls import client_class

# gateway: (method, operation id, poll operation id, one job's payload)
GATEWAYS: dict[str, tuple[str, str, str, dict[str, Any]]] = {
    "qingbo": ("tasks.create", "createTask", "getTask", payload(0)),
    # Buble flags an error envelope in an HTTP 200 body (Qingbo never does)
    "buble": ("generations.create", "createGeneration", "getGeneration",
              {"model": "google/nano-banana-pro", "mode": "text_to_image", "prompt": "a fox"}),
}  # fmt: skip
FAILURES = 2  # max_poll_failures of both runners: the third failing poll in a row stops
TIMEOUT = 0.5  # each request's timeout, well under the stall
CLIENT: dict[str, Any] = {"api_key": KEY, "max_retries": 0, "timeout": TIMEOUT}

REFUSED = "the poll was answered with an error ("
FAILING = "polls keep failing ("
QINGBO_POLLS = frozenset({"getTask"})
CASES = {  # case: (gateway, how its polls fail, how the note starts)
    "a 404 for a lost task": ("qingbo", Faults(lost_rate=1.0), REFUSED + "task_not_found: "),
    "an error body": (
        "buble",
        Faults(error_body=1.0, operations=frozenset({"getGeneration"})),
        REFUSED + "quota_exceeded: ",
    ),
    "an undecodable reply": ("qingbo", Faults(garbled=1.0, operations=QINGBO_POLLS), FAILING),
    "a 5xx": ("qingbo", Faults(server_error=1.0, operations=QINGBO_POLLS), FAILING),
    "a timeout": ("qingbo", Faults(stall=3.0, operations=QINGBO_POLLS), FAILING),
}


@pytest.fixture(autouse=True)
def _journal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("GATEWAY_JOURNAL", str(tmp_path / "journal.sqlite3"))


def _jobs(path: Path, gateway: str) -> Path:
    path.write_text(json.dumps({"id": "job-0", **GATEWAYS[gateway][3]}) + "\n", encoding="utf-8")
    return path


def _local(gateway: str, sim: Simulator, jobs: Path, out: Path) -> dict[str, Any]:
    """The job's line in results.jsonl after a local run."""
    make = client_class(gateway)
    with make(base_url=sim.url, retry_backoff=(0.01, 0.05), **CLIENT) as client:
        run_batch(client, GATEWAYS[gateway][0], jobs, out=out, poll_interval=0.01,
                  progress=False, max_poll_failures=FAILURES)  # fmt: skip
    return results(out)["job-0"]


def _worker(
    gateway: str, redis: RedisServer, sim: Simulator, jobs: Path, out: Path, **plan_options: Any
) -> tuple[str, Any]:
    """(what the worker says it did, the job's record) after a worker ran the job once."""
    app = make_app(redis.url, visibility_timeout=3)
    store = RedisJobStore(redis.url)
    plan = BatchPlan(gateway, GATEWAYS[gateway][1], str(out), module=f"generated.{gateway}",
                     base_url=sim.url, concurrency=1, lease=5.0, poll_interval=0.01,
                     **{"max_poll_failures": FAILURES, **plan_options})  # fmt: skip
    batch = enqueue_batch(app, store, plan, jobs)
    clients = ClientCache(journal=False, **CLIENT)
    try:
        outcome = JobRunner(store, clients, "test-worker").run(batch, "job-0")
    finally:
        clients.close()
    return outcome, store.get(batch, "job-0")


@pytest.mark.parametrize("case", list(CASES))
def test_both_runners_keep_the_task_with_the_same_note(
    case: str, redis_server: RedisServer, tmp_path: Path
) -> None:
    gateway, faults, note = CASES[case]
    jobs = _jobs(tmp_path / "jobs.jsonl", gateway)
    with Simulator(gateway, polls=2, faults=faults, record=True) as sim:
        local = _local(gateway, sim, jobs, tmp_path / "local")
        outcome, record = _worker(gateway, redis_server, sim, jobs, tmp_path / "worker")
        polls = sim.count(GATEWAYS[gateway][2])
        submits = sim.submits()
    assert local["outcome"] == "running" and local["task_id"], local
    assert local["note"].startswith(note), local["note"]
    assert local["note"].endswith("; the task is kept: run the batch again")
    assert outcome == "running" and record.state == "submitted" and record.task_id, record
    said = record.note.replace(record.task_id, local["task_id"])  # each runner's own task
    if case != "a timeout":  # the same words; a timeout's text is its HTTP stack's
        assert said == local["note"]
    else:
        assert said.startswith(note), record.note
    transient = note.startswith(FAILING)
    assert polls == 2 * (FAILURES + 1 if transient else 1)  # polled through, or stopped at once
    assert submits == 2  # one task each, never another


@pytest.mark.parametrize("case", ["an undecodable reply", "a 5xx", "an error body"])
def test_a_failure_that_passes_is_polled_through_by_both_runners(
    case: str, redis_server: RedisServer, tmp_path: Path
) -> None:
    """The first polls fail, then the gateway answers: transient failures are survived (both
    jobs done); the gateway's own error is not (both kept with its note at the first one)."""
    gateway, faults, note = CASES[case]
    jobs = _jobs(tmp_path / "jobs.jsonl", gateway)
    limited = dataclasses.replace(faults, limit=FAILURES)
    with Simulator(gateway, polls=2, faults=limited) as sim:
        local = _local(gateway, sim, jobs, tmp_path / "local")
        sim.app.dice.injected.clear()  # the same failures for the worker
        outcome, record = _worker(gateway, redis_server, sim, jobs, tmp_path / "worker")
    if note.startswith(FAILING):
        assert local["outcome"] == "succeeded" and local["files"], local
        assert outcome == "done" and record.state == "done" and record.files, record
    else:
        assert local["outcome"] == "running" and local["note"].startswith(note)
        assert outcome == "running" and record.note.startswith(note), record.note


@pytest.mark.timeout(60)
def test_a_retry_after_past_the_deadline_is_not_waited_for(
    redis_server: RedisServer, tmp_path: Path
) -> None:
    """A 429 asking for a day's pause while polling: the worker polls again at its deadline at
    the latest (here the task is then done), instead of sleeping a day with the lease renewed."""
    jobs = _jobs(tmp_path / "jobs.jsonl", "qingbo")
    faults = Faults(rate_limit=1.0, retry_after=86_400.0, operations=QINGBO_POLLS, limit=1)
    with Simulator("qingbo", polls=1, faults=faults, record=True) as sim:
        outcome, record = _worker("qingbo", redis_server, sim, jobs, tmp_path / "out", timeout=2.0)
        polls = sim.count("getTask")
    assert outcome == "done" and record is not None and record.state == "done", record
    assert polls == 2  # the 429, then the poll at the deadline


@pytest.mark.timeout(60)
def test_a_local_run_polls_at_the_deadline_after_a_retry_after_past_it(tmp_path: Path) -> None:
    """The local runner, given the same 429: it polls again at the deadline (the task is done
    then), instead of dropping the job at once as if the task were still running."""
    jobs = _jobs(tmp_path / "jobs.jsonl", "qingbo")
    faults = Faults(rate_limit=1.0, retry_after=86_400.0, operations=QINGBO_POLLS, limit=1)
    with Simulator("qingbo", polls=1, faults=faults, record=True) as sim:
        make = client_class("qingbo")
        with make(base_url=sim.url, **CLIENT) as client:
            run_batch(client, "tasks.create", jobs, out=tmp_path / "out", poll_interval=0.01,
                      progress=False, timeout=2.0)  # fmt: skip
        polls = sim.count("getTask")
    line = results(tmp_path / "out")["job-0"]
    assert line["outcome"] == "succeeded" and line["files"], line
    assert polls == 2  # the 429, then the poll at the deadline


@pytest.mark.timeout(60)
def test_a_local_run_pauses_submits_at_most_the_clients_max_retry_delay(tmp_path: Path) -> None:
    """A submit refused with a 429 asking for a day: submits pause for the client's
    ``max_retry_delay`` (here 0.5 s) at most, then the job is sent again and done."""
    jobs = _jobs(tmp_path / "jobs.jsonl", "qingbo")
    faults = Faults(rate_limit=1.0, retry_after=86_400.0, operations=frozenset({"createTask"}),
                    limit=1)  # fmt: skip
    with Simulator("qingbo", polls=1, faults=faults, record=True) as sim:
        make = client_class("qingbo")
        with make(base_url=sim.url, max_retry_delay=0.5, **CLIENT) as client:
            run_batch(client, "tasks.create", jobs, out=tmp_path / "out", poll_interval=0.01,
                      progress=False)  # fmt: skip
        submits = sim.count("createTask")
    line = results(tmp_path / "out")["job-0"]
    assert line["outcome"] == "succeeded" and line["files"], line
    assert submits == 2  # the refused one, then the one that made the task
