"""The batch layer's parts alone: the job store's state machine and budget, prices, the
scheduler's order and rate, the displays, folder names."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from gateway_runtime.batch import BatchInputError, PriceTable, SQLiteJobStore
from gateway_runtime.batch.display import LineDisplay, LiveDisplay, Snapshot, make_display
from gateway_runtime.batch.pricing import load_prices, reported_cost
from gateway_runtime.batch.schedule import Schedule, TokenBucket
from gateway_runtime.batch.state import job_folder
from gateway_runtime.batch.store import JobConflict, NewJob


def _job(i: int, price: float | None = 1.0, payload: str = "{}") -> NewJob:
    return NewJob(f"j{i}", i, payload, f"h{payload}", price)


def test_store_moves_jobs_only_along_the_state_machine(tmp_path: Path) -> None:
    store = SQLiteJobStore(tmp_path / "s.sqlite3")
    store.open_batch("b", {"gateway": "g", "operation": "o"})
    assert store.add("b", [_job(1), _job(2)]) == 2 and store.add("b", [_job(1)]) == 0
    assert store.submitted("b", "j1", "t1", 1.0) is False  # not claimed yet
    assert store.claim("b", "j1", "key-1", 1.0) == "claimed"
    assert store.claim("b", "j1", "key-1", 1.0) == "taken"  # never twice
    assert store.submitted("b", "j1", "t1", 2.0) is True
    assert store.finish("b", "j1", "done", 3.0, files=["j1/output-0.png"], polls=3) is True
    assert store.finish("b", "j1", "failed", 4.0) is False
    record = store.get("b", "j1")
    assert record is not None and (record.state, record.task_id, record.files) == (
        "done",
        "t1",
        ("j1/output-0.png",),
    )
    assert store.retry("b", "j1") is False  # only failed jobs go back
    assert store.counts("b") == {
        "pending": 1,
        "submitting": 0,
        "submitted": 0,
        "done": 1,
        "failed": 0,
    }
    with pytest.raises(JobConflict):
        store.add("b", [_job(2, payload='{"other": 1}')])


def test_claims_reserve_the_budget_across_store_handles(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    one, two = SQLiteJobStore(path), SQLiteJobStore(path)
    one.open_batch("b", {})
    one.add("b", [_job(i, price=2.5) for i in range(10)])
    one.set_limits("b", max_tasks=None, max_cost=6.0)
    assert [one.claim("b", "j0", "k", 0), two.claim("b", "j1", "k", 0)] == ["claimed"] * 2
    assert two.claim("b", "j2", "k", 0) == "cap"  # 7.5 would pass 6
    assert one.totals("b") == (2, 5.0)
    assert one.release("b", "j1") is True  # never sent: refunded
    assert two.claim("b", "j2", "k", 0) == "claimed" and one.totals("b") == (2, 5.0)
    one.set_limits("b", max_tasks=2, max_cost=None)
    assert one.claim("b", "j3", "k", 0) == "cap"


def test_price_tables_by_model_parameter_and_count(tmp_path: Path) -> None:
    table = PriceTable(
        {
            "default": 1,
            "count-field": "n",
            "models": {"flat": 0.5, "video": {"price": 3, "by": {"duration": {"5": 2, "10": 4}}}},
        },
        "prices.yaml",
    )
    assert table.price({"model": "flat", "n": 4}) == 2.0
    assert table.price({"model": "video", "duration": 10}) == 4.0
    assert table.price({"model": "video", "duration": 7}) == 3.0
    assert table.price({"model": "other"}) == 1.0
    assert PriceTable({"models": {"a": 1}}, "p").price({"model": "b"}) is None
    bad = tmp_path / "bad.yaml"
    bad.write_text("models:\n  a: -1\n")
    with pytest.raises(BatchInputError, match=r"models\.a: a price cannot be negative"):
        load_prices(bad)
    bad.write_text("modles: {}\n")
    with pytest.raises(BatchInputError, match=r"unknown key.*modles"):
        load_prices(bad)
    bad.write_text("models: [\n")
    with pytest.raises(BatchInputError, match=r"bad\.yaml:\d+: not valid YAML"):
        load_prices(bad)
    assert reported_cost({"cost_credits": 40}, None) == 40.0
    assert reported_cost({"data": {"cost": 2}}, None) == 2.0
    assert reported_cost({"billing": {"x": 3}}, PriceTable({"reported": ["/billing/x"]}, "p")) == 3


def test_due_polls_come_before_anything_else_and_the_bucket_spreads_requests() -> None:
    schedule: Schedule[str] = Schedule()
    schedule.poll_at(5.0, "later")
    schedule.poll_at(1.0, "first")
    assert schedule.due_poll(0.5) is None and schedule.next_due() == 1.0
    assert schedule.due_poll(6.0) == "first" and schedule.due_poll(6.0) == "later"
    bucket = TokenBucket(2.0)  # 2 per second, burst 2
    assert bucket.ready_at(10.0) == 10.0
    bucket.take(10.0)
    bucket.take(10.0)
    assert bucket.ready_at(10.0) == pytest.approx(10.5)
    assert TokenBucket(None).ready_at(3.0) == 3.0


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_displays_live_on_a_terminal_plain_lines_otherwise() -> None:
    snap = Snapshot(
        done=5,
        failed=1,
        running=3,
        queued=11,
        uncertain=0,
        tasks=9,
        cost=4.5,
        max_cost=10.0,
        max_tasks=None,
        elapsed=60.0,
        finished_this_run=6,
        currency="credits",
    )
    assert "spend 4.5 credits of 10" in snap.text() and "6.0 jobs/min" in snap.text()
    assert "ETA 2:20" in snap.text()
    plain = io.StringIO()
    display = make_display(None, plain)
    assert isinstance(display, LineDisplay)
    display.update(snap)
    display.close(snap)
    assert plain.getvalue().count("batch: done 5, failed 1, running 3, queued 11") == 2
    terminal = _Terminal()
    live = make_display(None, terminal)
    assert isinstance(live, LiveDisplay)
    live.update(snap)
    live.close(snap)
    assert "done 5" in terminal.getvalue() and "queued 11" in terminal.getvalue()


def test_job_folders_are_safe_names() -> None:
    assert job_folder("job-1") == "job-1"
    assert job_folder("../etc/passwd").startswith("_etc_passwd-")
    assert job_folder("猫") != job_folder("狗")
    assert "/" not in job_folder("a/b") and job_folder("").startswith("job-")
    assert json.dumps(job_folder("x y"))


def test_x_pricing_in_a_spec_prices_the_batch(tmp_path: Path) -> None:
    """``x-pricing`` on the submit operation reaches the runtime spec and prices a dry run."""
    import yaml

    from gateway_runtime import SyncClient
    from gateway_runtime.batch import run_batch
    from generator.simulator import load_gateway

    from .helpers import write_jobs

    document = yaml.safe_load(Path("specs/qingbo.yaml").read_text(encoding="utf-8"))
    submit = next(
        op
        for item in document["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and op.get("operationId") == "createTask"
    )
    submit["x-pricing"] = {
        "currency": "credits",
        "models": {"seedream-5.0": {"price": 3, "by": {"size": {"16:9": 2}}}},
    }
    path = tmp_path / "qingbo.yaml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    spec = load_gateway(path).spec
    assert spec.operations["createTask"].pricing == submit["x-pricing"]
    jobs = write_jobs(tmp_path / "jobs.jsonl", 5)
    with SyncClient(spec, api_key="k", base_url="http://127.0.0.1:9") as client:
        summary = run_batch(
            client, "tasks.create", jobs, out=tmp_path / "out", dry_run=True, max_cost=5
        )
    assert summary.plan is not None
    assert (summary.plan.estimated_cost, summary.plan.would_start) == (10.0, 2)
