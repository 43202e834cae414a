"""Batch runs end to end on the simulator: results, files, gallery, resume, caps, faults."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from gateway_runtime.batch import BatchInputError, arun_batch, run_batch
from generated.qingbo import AsyncQingbo, Qingbo
from generator.simulator import Faults, Simulator

from .helpers import KEY, OPERATION, results, submits_per_job, write_jobs

FAST = {"poll_interval": 0.01, "progress": False}


@pytest.fixture(autouse=True)
def _journal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("GATEWAY_JOURNAL", str(tmp_path / "journal.sqlite3"))


def _client(sim: Simulator) -> Qingbo:
    return Qingbo(api_key=KEY, base_url=sim.url, retry_backoff=(0.01, 0.05))


def test_every_job_submitted_once_waited_and_saved(tmp_path: Path) -> None:
    jobs = write_jobs(tmp_path / "jobs.jsonl", 30)
    out = tmp_path / "out"
    with Simulator("qingbo", polls=3, record=True) as sim, _client(sim) as client:
        summary = run_batch(client, OPERATION, jobs, out=out, **FAST)
        assert summary.reason == "finished"
        assert summary.outcomes["succeeded"] == 30 and summary.tasks == 30
        assert set(submits_per_job(sim).values()) == {1} and len(submits_per_job(sim)) == 30
        assert sim.count("getTask") == 30 * 3  # the lifecycle's minimum: no poll wasted
        lines = results(out)
        for i in range(30):
            line = lines[f"job-{i}"]
            assert line["outcome"] == "succeeded" and line["task_id"].startswith("sim-")
            assert line["files"] == [f"job-{i}/output-0.png"]
            assert (out / line["files"][0]).read_bytes().startswith(b"\x89PNG")
            assert line["seconds"] is not None and line["polls"] == 3
        page = (out / "index.html").read_text()
        assert page.count("<article") == 30 and page.count('<img src="job-') == 30
        assert "http" not in page.replace(sim.url, "")  # nothing from the network
        # The same call again: nothing is submitted, polled or fetched again.
        before = sim.count()
        again = run_batch(client, OPERATION, jobs, out=out, **FAST)
        assert again.outcomes["succeeded"] == 30 and sim.count() == before


def test_async_run_and_ids_by_line_number(tmp_path: Path) -> None:
    jobs = tmp_path / "jobs.jsonl"
    lines = [json.loads(t) for t in write_jobs(tmp_path / "x.jsonl", 5).read_text().splitlines()]
    jobs.write_text("\n".join(json.dumps({k: v for k, v in j.items() if k != "id"}) for j in lines))

    async def main(url: str) -> None:
        async with AsyncQingbo(api_key=KEY, base_url=url) as client:
            summary = await arun_batch(client, OPERATION, jobs, out=tmp_path / "out", **FAST)
        assert summary.outcomes["succeeded"] == 5

    with Simulator("qingbo", polls=2) as sim:
        asyncio.run(main(sim.url))
    assert sorted(results(tmp_path / "out")) == ["1", "2", "3", "4", "5"]


def test_max_tasks_stops_at_exactly_n_and_says_which_did_not_start(tmp_path: Path) -> None:
    jobs = write_jobs(tmp_path / "jobs.jsonl", 25)
    out = tmp_path / "out"
    with Simulator("qingbo", polls=2) as sim, _client(sim) as client:
        summary = run_batch(client, OPERATION, jobs, out=out, max_tasks=7, concurrency=16, **FAST)
        assert summary.reason == "cap" and sim.submits() == 7
        assert summary.outcomes == {
            "succeeded": 7,
            "failed": 0,
            "running": 0,
            "uncertain": 0,
            "not_started": 18,
        }
        # A rerun counts the earlier tasks: the cap is for the batch, not for one run.
        again = run_batch(client, OPERATION, jobs, out=out, max_tasks=10, **FAST)
        assert sim.submits() == 10 and again.outcomes["not_started"] == 15
    outcomes = [line["outcome"] for line in results(out).values()]
    assert outcomes.count("not_started") == 15


def test_max_cost_never_passed_with_a_price_table(tmp_path: Path) -> None:
    prices = tmp_path / "prices.yaml"
    prices.write_text(
        "currency: credits\nmodels:\n  seedream-5.0:\n    price: 3\n    by:\n"
        "      size: {'16:9': 2.5, '1:1': 1}\n"
    )
    jobs = write_jobs(tmp_path / "jobs.jsonl", 20)
    with Simulator("qingbo", polls=2) as sim, _client(sim) as client:
        summary = run_batch(
            client, OPERATION, jobs, out=tmp_path / "out", prices=prices, max_cost=11, **FAST
        )
        assert sim.submits() == 4 and summary.cost == 10.0  # a fifth (12.5) would pass 11
        assert summary.reason == "cap"


def test_max_cost_refuses_unknown_prices_unless_told_how_to_count(tmp_path: Path) -> None:
    jobs = write_jobs(tmp_path / "jobs.jsonl", 3)
    with Simulator("qingbo") as sim, _client(sim) as client:
        with pytest.raises(BatchInputError, match=r"no price.*--unknown-price"):
            run_batch(client, OPERATION, jobs, out=tmp_path / "out", max_cost=5, **FAST)
        summary = run_batch(
            client, OPERATION, jobs, out=tmp_path / "o2", max_cost=5, unknown_price=2, **FAST
        )
        assert sim.submits() == 2 and summary.cost == 4.0


def test_dry_run_prices_and_plans_without_sending(tmp_path: Path) -> None:
    prices = tmp_path / "prices.json"
    prices.write_text(json.dumps({"default": 0.5}))
    jobs = write_jobs(tmp_path / "jobs.jsonl", 10)
    with Simulator("qingbo") as sim, _client(sim) as client:
        summary = run_batch(
            client, OPERATION, jobs, out=tmp_path / "out", prices=prices, max_tasks=4, dry_run=True
        )
        assert sim.count() == 0
    assert summary.plan is not None
    assert (summary.plan.valid, summary.plan.estimated_cost, summary.plan.would_start) == (
        10,
        5.0,
        4,
    )


def test_failed_tasks_resubmitted_only_with_retry_failed(tmp_path: Path) -> None:
    jobs = write_jobs(tmp_path / "jobs.jsonl", 40)
    out = tmp_path / "out"
    with (
        Simulator("qingbo", polls=2, faults=Faults(fail_rate=0.3), seed=3) as sim,
        _client(sim) as client,
    ):
        first = run_batch(client, OPERATION, jobs, out=out, **FAST)
        failed = first.outcomes["failed"]
        assert 0 < failed < 40 and sim.submits() == 40
        failure = next(line for line in results(out).values() if line["outcome"] == "failed")
        assert failure["error"]["message"] and failure["status"]
        same = run_batch(client, OPERATION, jobs, out=out, **FAST)  # no flag: nothing resent
        assert sim.submits() == 40 and same.outcomes["failed"] == failed
        retried = run_batch(client, OPERATION, jobs, out=out, retry_failed=3, **FAST)
        assert retried.outcomes["failed"] < failed
        assert sim.submits() == 40 + retried.stats["submits"]
        assert all(line["attempts"] <= 4 for line in results(out).values())


def test_a_429_storm_slows_the_batch_but_loses_and_doubles_nothing(tmp_path: Path) -> None:
    jobs = write_jobs(tmp_path / "jobs.jsonl", 40)
    storm = Faults(rate_limit=0.5, retry_after=0.02)
    with Simulator("qingbo", polls=2, faults=storm, record=True) as sim, _client(sim) as client:
        summary = run_batch(client, OPERATION, jobs, out=tmp_path / "out", **FAST)
        assert summary.outcomes["succeeded"] == 40
        per_job = submits_per_job(sim)
        assert len(per_job) == 40 and set(per_job.values()) == {1}
        assert sim.log.of(kind="refused")  # the storm happened


def test_a_submit_that_may_have_reached_the_gateway_is_never_sent_again(tmp_path: Path) -> None:
    jobs = write_jobs(tmp_path / "jobs.jsonl", 6)
    out = tmp_path / "out"
    errors = Faults(server_error=1.0, limit=1, operations=frozenset({"createTask"}))
    with Simulator("qingbo", polls=2, faults=errors) as sim, _client(sim) as client:
        summary = run_batch(client, OPERATION, jobs, out=out, concurrency=1, **FAST)
        assert summary.outcomes["uncertain"] == 1 and summary.outcomes["succeeded"] == 5
        assert "may have been submitted" in summary.text()
        line = next(v for v in results(out).values() if v["outcome"] == "uncertain")
        assert "check the gateway" in line["note"] and line["payload"]["prompt"]
        calls = sim.count("createTask")
        run_batch(client, OPERATION, jobs, out=out, **FAST)
        assert sim.count("createTask") == calls  # the rerun does not gamble with money


def test_an_idempotent_submit_goes_again_with_the_same_key(tmp_path: Path) -> None:
    """Declared idempotent (x-idempotency-header), an uncertain submit is safe to send again."""
    import yaml

    from gateway_runtime import SyncClient
    from generator.simulator import load_gateway

    document = yaml.safe_load(Path("specs/qingbo.yaml").read_text(encoding="utf-8"))
    for item in document["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == "createTask":
                op["x-idempotency-header"] = "Idempotency-Key"
    path = tmp_path / "qingbo.yaml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    gateway = load_gateway(path)
    jobs = write_jobs(tmp_path / "jobs.jsonl", 4)
    errors = Faults(server_error=1.0, limit=1, operations=frozenset({"createTask"}))
    with (
        Simulator(gateway, polls=2, faults=errors, record=True) as sim,
        SyncClient(gateway.spec, api_key=KEY, base_url=sim.url, max_retries=0) as client,
    ):
        summary = run_batch(client, OPERATION, jobs, out=tmp_path / "out", **FAST)
        keys = [r.headers.get("idempotency-key") for r in sim.requests if r.method == "POST"]
    assert summary.outcomes["succeeded"] == 4 and summary.tasks == 4
    assert len(keys) == 5 and len(set(keys)) == 4  # the refused one went again with its key


def test_a_poll_answered_with_an_error_keeps_the_task_and_retry_failed_never_resends_it(
    tmp_path: Path,
) -> None:
    """The gateway answers the polls with an error of its own (404: it has lost the tasks): the
    poll failed, not the task, so each job stays recorded with the gateway's words; even
    --retry-failed then polls the same task on the next run instead of paying for a new one."""
    jobs = write_jobs(tmp_path / "jobs.jsonl", 4)
    out = tmp_path / "out"
    with Simulator("qingbo", polls=2, record=True) as sim, _client(sim) as client:
        hidden: dict[str, Any] = {}

        def hide_tasks_once_submitted() -> None:
            deadline = time.monotonic() + 30
            while sim.submits() < 4 and time.monotonic() < deadline:
                time.sleep(0.001)
            hidden.update(sim.tasks)
            sim.tasks.clear()

        hider = threading.Thread(target=hide_tasks_once_submitted)
        hider.start()
        first = run_batch(client, OPERATION, jobs, out=out, **{**FAST, "poll_interval": 0.3})
        hider.join()
        assert first.outcomes["failed"] == 0 and first.outcomes["running"] == 4, first.outcomes
        kept = results(out)["job-0"]
        assert kept["task_id"] and "answered with an error (task_not_found" in kept["note"]
        sim.tasks.update(hidden)  # the gateway finds them again
        again = run_batch(client, OPERATION, jobs, out=out, retry_failed=2, **FAST)
        assert again.outcomes["succeeded"] == 4
        assert set(submits_per_job(sim).values()) == {1}  # nothing paid twice
