"""Task handles (sync): wait, progress, failure, cancel, deadline, poll faults, resume, journal."""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from gateway_runtime import (
    DeadlineExceededError,
    GatewayClientError,
    GatewaySpec,
    InternalServerError,
    ProgressEvent,
    SyncClient,
    TaskCanceledError,
    TaskFailedError,
)
from tests.gateway_server import GatewayServer, Response, TaskPlan, TaskSimulator
from tests.runtime.specdata import spec_data

SUBMIT = ("POST", "/v1/tasks")
POLL = ("GET", "/v1/tasks/{task_id}")
MakeClient = Callable[..., SyncClient]


def _rows(path: Path) -> list[dict[str, Any]]:
    with sqlite3.connect(path) as db:
        db.row_factory = sqlite3.Row
        return [dict(r) for r in db.execute("SELECT * FROM tasks")]


def test_wait_returns_parsed_result_with_progress_events(
    make_client: MakeClient, gateway_server: GatewayServer, sim: TaskSimulator
) -> None:
    client = make_client()
    task = client.submit_task("createTask", body={"prompt": "cat"}, parse=lambda b: b["result"])
    assert task.last_status == "queued"  # read from the submit reply
    events: list[ProgressEvent] = []
    result = task.wait(on_progress=events.append)
    assert result == {"url": "https://example.invalid/result.png"}
    assert [e.status for e in events] == ["queued", "processing", "completed"]
    assert [e.outcome for e in events] == ["pending", "pending", "success"]
    assert events[0].queue_position == 1 and events[0].percent == 0.0
    assert 0 < (events[1].percent or 0) < 100 and events[2].percent == 100.0
    assert [e.poll_count for e in events] == [1, 2, 3]
    assert all(e.task_id == task.id for e in events)
    assert gateway_server.count(*SUBMIT) == 1 and sim.polls(task.id) == 3


def test_wait_without_callback_logs_status_changes(
    make_client: MakeClient, sim: TaskSimulator, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="gateway_runtime")
    task = make_client().submit_task("createTask", body={"prompt": "cat"}, parse=dict)
    task.wait()
    lines = [r.getMessage() for r in caplog.records if r.name == "gateway_runtime"]
    assert any("queued" in m and "queue position 1" in m for m in lines)
    assert any("completed [success]" in m for m in lines)


def test_task_failure_raises_with_gateway_code_and_message(
    make_client: MakeClient,
    gateway_server: GatewayServer,
    sim: TaskSimulator,
    journal_path: Path,
) -> None:
    sim.next_plans.append(
        TaskPlan(outcome="failed", polls=2, error_code="nsfw", error_message="blocked")
    )
    task = make_client().submit_task("createTask", body={"prompt": "x"}, parse=dict)
    with pytest.raises(TaskFailedError) as info:
        task.wait()
    err = info.value
    assert (err.code, err.task_id) == ("nsfw", task.id)
    assert "blocked" in str(err) and err.state is not None and err.state.status == "failed"
    assert gateway_server.count(*SUBMIT) == 1
    (row,) = _rows(journal_path)
    assert (row["outcome"], row["terminal"], row["error"]) == ("failure", 1, "blocked")


def test_task_that_never_finishes_hits_the_deadline_and_carries_the_handle(
    make_client: MakeClient, gateway_server: GatewayServer, sim: TaskSimulator
) -> None:
    sim.next_plans.append(TaskPlan(outcome="never"))
    client = make_client()
    task = client.submit_task("createTask", body={"prompt": "x"}, parse=dict)
    with pytest.raises(DeadlineExceededError) as info:
        task.wait(timeout=0.3)
    assert info.value.task is task
    assert info.value.state is not None and info.value.state.status == "processing"
    assert sim.polls(task.id) >= 2
    assert gateway_server.count(*SUBMIT) == 1
    # the handle resumes: make the task finish and wait again from its JSON
    sim.tasks[task.id].plan = TaskPlan(polls=sim.tasks[task.id].polls + 1)
    again = client.resume(info.value.task.to_json(), parse=dict)
    assert again.wait()["status"] == "completed"
    assert gateway_server.count(*SUBMIT) == 1


def test_deadline_covers_a_poll_that_never_answers(
    make_client: MakeClient, gateway_server: GatewayServer, sim: TaskSimulator
) -> None:
    client = make_client(timeout=30.0)  # a read timeout far beyond the deadline
    task = client.submit_task("createTask", body={"prompt": "x"}, parse=dict)
    gateway_server.inject(*POLL, Response.hang())
    with pytest.raises(DeadlineExceededError) as info:
        task.wait(timeout=0.3)
    assert info.value.task is task
    assert gateway_server.count(*SUBMIT) == 1


def test_poll_that_fails_twice_then_succeeds(
    make_client: MakeClient, gateway_server: GatewayServer, sim: TaskSimulator
) -> None:
    task = make_client().submit_task("createTask", body={"prompt": "x"}, parse=dict)
    gateway_server.inject(*POLL, Response.error(502), Response.reset())
    events: list[ProgressEvent] = []
    assert task.wait(on_progress=events.append)["status"] == "completed"
    assert gateway_server.count(*POLL) == 5  # 2 failures + 3 real polls
    assert len(events) == 3
    assert gateway_server.count(*SUBMIT) == 1


@pytest.mark.parametrize(
    "faults",
    [
        [Response.retry_after(429, 0.01), Response.malformed()],
        [Response.slow(5.0), Response.error(503)],
    ],
    ids=["429+malformed", "timeout+503"],
)
def test_wait_survives_other_transient_poll_failures(
    make_client: MakeClient,
    gateway_server: GatewayServer,
    sim: TaskSimulator,
    faults: list[Response],
) -> None:
    task = make_client(timeout=0.5).submit_task("createTask", body={"prompt": "x"}, parse=dict)
    gateway_server.inject(*POLL, *faults)
    assert task.wait()["status"] == "completed"
    assert gateway_server.count(*SUBMIT) == 1


def test_poll_failures_beyond_the_limit_raise(
    make_client: MakeClient, gateway_server: GatewayServer, sim: TaskSimulator
) -> None:
    task = make_client(max_poll_failures=2).submit_task(
        "createTask", body={"prompt": "x"}, parse=dict
    )
    gateway_server.inject(*POLL, *[Response.error(500, "down", "down")] * 3)
    with pytest.raises(InternalServerError):
        task.wait()
    assert gateway_server.count(*POLL) == 3
    assert gateway_server.count(*SUBMIT) == 1


def test_poll_not_found_is_not_transient(
    make_client: MakeClient, gateway_server: GatewayServer, sim: TaskSimulator
) -> None:
    task = make_client().resume({"gateway": "testgw", "operation": "createTask", "task_id": "nope"})
    with pytest.raises(GatewayClientError) as info:
        task.wait()
    assert info.value.status_code == 404 and info.value.code == "task_not_found"


def test_cancel_then_wait_raises_canceled(
    make_client: MakeClient, gateway_server: GatewayServer, sim: TaskSimulator
) -> None:
    sim.next_plans.append(TaskPlan(outcome="never"))
    task = make_client().submit_task("createTask", body={"prompt": "x"}, parse=dict)
    task.cancel()
    with pytest.raises(TaskCanceledError) as info:
        task.wait()
    assert info.value.state is not None and info.value.state.outcome == "canceled"
    assert gateway_server.count("POST", "/v1/tasks/{task_id}/cancel") == 1


def test_cancel_without_cancel_route_raises(
    gateway_server: GatewayServer, sim: TaskSimulator, make_client: MakeClient
) -> None:
    data = spec_data()
    data["tasks"]["image"]["cancel"] = None
    client = make_client(spec=GatewaySpec.from_dict(data))
    task = client.submit_task("createTask", body={"prompt": "x"}, parse=dict)
    with pytest.raises(GatewayClientError, match="no cancel route"):
        task.cancel()
    assert gateway_server.count("POST", "/v1/tasks/{task_id}/cancel") == 0


def test_poll_interval_grows_for_long_tasks(
    make_client: MakeClient,
    gateway_server: GatewayServer,
    sim: TaskSimulator,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import time

    sleeps: list[float] = []
    monkeypatch.setattr(time, "sleep", sleeps.append)  # record, don't wait
    sim.next_plans.append(TaskPlan(polls=12))
    task = make_client().submit_task("createTask", body={"prompt": "x"}, parse=dict)
    task.wait(poll_interval=1.0, timeout=1e6)
    assert sleeps[:5] == [1.0] * 5
    assert sleeps[5] == 1.5 and sleeps[6] == 2.25
    assert max(sleeps) <= 10.0  # capped at 10x the base
    assert sleeps == sorted(sleeps)


def test_handle_json_and_resume_roundtrip(
    make_client: MakeClient, gateway_server: GatewayServer, sim: TaskSimulator
) -> None:
    client = make_client()
    task = client.submit_task("createTask", body={"prompt": "x"}, parse=dict)
    task.status()
    data = json.loads(task.to_json())
    assert data["gateway"] == "testgw" and data["task_id"] == task.id
    assert data["operation"] == "createTask" and data["binding"] == "image"
    assert data["status"] == "queued" and data["created_at"].endswith("Z")
    assert data["base_url"] == gateway_server.url
    other = make_client()  # e.g. another process
    resumed = other.resume(task.to_json(), parse=lambda b: b["result"]["url"])
    assert (resumed.id, resumed.operation, resumed.last_status) == (task.id, "createTask", "queued")
    assert resumed.wait().startswith("https://")
    assert gateway_server.count(*SUBMIT) == 1


def test_resume_rejects_a_handle_of_another_gateway(make_client: MakeClient) -> None:
    with pytest.raises(GatewayClientError, match="belongs to gateway"):
        make_client().resume({"gateway": "other", "operation": "createTask", "task_id": "t"})


def test_journal_records_submit_and_terminal_state(
    make_client: MakeClient, sim: TaskSimulator, journal_path: Path
) -> None:
    client = make_client()
    task = client.submit_task("createTask", body={"prompt": "x"}, parse=dict)
    (row,) = _rows(journal_path)  # written before submit_task returned
    assert (row["task_id"], row["gateway"], row["terminal"]) == (task.id, "testgw", 0)
    task.wait()
    (row,) = _rows(journal_path)
    assert (row["status"], row["outcome"], row["terminal"]) == ("completed", "success", 1)


def test_journal_is_recorded_even_if_parsing_fails(
    make_client: MakeClient, sim: TaskSimulator, journal_path: Path
) -> None:
    def broken(body: Any) -> Any:
        raise ValueError("model mismatch")

    task = make_client().submit_task("createTask", body={"prompt": "x"}, parse=broken)
    assert _rows(journal_path)[0]["task_id"] == task.id
    with pytest.raises(ValueError):
        task.wait()


def test_journal_can_be_switched_off(
    make_client: MakeClient, sim: TaskSimulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_client(journal=False).submit_task("createTask", body={"prompt": "x"}, parse=dict)
    assert not (tmp_path / "default-journal.sqlite3").exists()
    monkeypatch.setenv("GATEWAY_JOURNAL", "off")
    make_client(journal=None).submit_task("createTask", body={"prompt": "x"}, parse=dict)
    assert not (tmp_path / "default-journal.sqlite3").exists()


def test_journal_default_path_from_env(
    make_client: MakeClient, sim: TaskSimulator, tmp_path: Path
) -> None:
    task = make_client(journal=None).submit_task("createTask", body={"prompt": "x"}, parse=dict)
    assert _rows(tmp_path / "default-journal.sqlite3")[0]["task_id"] == task.id
