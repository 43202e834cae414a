"""``clientgen call``: a real HTTP round trip to a gateway on 127.0.0.1, and every exit code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.gateway_server import GatewayServer, Response, TaskPlan

from .conftest import KEY, clientgen

IMAGES = {"images": [{"url": "https://cdn.example/a.png"}]}


@pytest.fixture
def qingbo(server: GatewayServer, monkeypatch: pytest.MonkeyPatch) -> GatewayServer:
    """Qingbo's task API on the local server; key and base URL from the environment."""
    monkeypatch.setenv("QINGBO_API_KEY", KEY)
    monkeypatch.setenv("QINGBO_BASE_URL", server.url)
    return server


def add_tasks(server: GatewayServer, plan: TaskPlan) -> None:
    server.add_task_api(
        submit=("POST", "/v1/tasks"),
        poll=("GET", "/v1/tasks/{task_id}"),
        cancel=("POST", "/v1/tasks/{task_id}/cancel"),
        plan=plan,
    )


def test_call_wait_prints_the_result(qingbo: GatewayServer) -> None:
    add_tasks(qingbo, TaskPlan(polls=2, result=IMAGES))
    r = clientgen(
        "call", "qingbo", "tasks.create",
        "--set", "model=seedream-5.0", "--set", "prompt=一只柴犬", "--set", "size=16:9",
        "--set", "n=1", "--set", "watermark=false", "--wait", "--poll-interval", "0.01",
    )  # fmt: skip
    assert r.code == 0, r.err
    result = json.loads(r.out)
    assert result["status"] == "completed" and result["result"] == IMAGES
    assert qingbo.count("POST", "/v1/tasks") == 1
    submit = next(q for q in qingbo.requests if q.method == "POST")
    assert submit.json() == {
        "model": "seedream-5.0",
        "prompt": "一只柴犬",
        "size": "16:9",  # not JSON: taken as text
        "n": 1,  # JSON values keep their type
        "watermark": False,
    }
    assert submit.headers["authorization"] == f"Bearer {KEY}"
    assert "completed" in r.err  # progress lines go to stderr, the result alone to stdout
    assert KEY not in r.out + r.err


def test_call_payload_from_file_and_stdin_merged_with_set(
    qingbo: GatewayServer, tmp_path: Path
) -> None:
    add_tasks(qingbo, TaskPlan(polls=1))
    payload = tmp_path / "payload.json"
    payload.write_text(json.dumps({"model": "seedream-4.0", "prompt": "from file"}), "utf-8")
    r = clientgen("call", "qingbo", "tasks.create", "--json", payload, "--set", "prompt=override")
    assert r.code == 0, r.err
    r2 = clientgen(
        "call", "qingbo", "createTask", "--json", "-", "--output", "json",
        stdin='{"model": "seedream-4.0", "prompt": "stdin", "extra": {}}',
    )  # fmt: skip
    assert r2.code == 0, r2.err
    handle = json.loads(r2.out)
    assert handle["gateway"] == "qingbo" and handle["task_id"]
    bodies = [q.json() for q in qingbo.requests if q.method == "POST"]
    assert bodies == [
        {"model": "seedream-4.0", "prompt": "override"},
        {"model": "seedream-4.0", "prompt": "stdin", "extra": {}},
    ]
    # without --wait the task id is printed and journaled: tasks resume finishes it
    task_id = r.out.strip()
    listed = clientgen("tasks", "list")
    assert task_id in listed.out
    resumed = clientgen("tasks", "resume", task_id, "--poll-interval", "0.01", "--output", "json")
    assert resumed.code == 0, resumed.err
    assert json.loads(resumed.out)["task_id"] == task_id


def test_call_path_parameters_and_plain_responses(qingbo: GatewayServer) -> None:
    qingbo.route("GET", "/v1/tasks/{task_id}", json={"task_id": "t-1", "status": "queued"})
    r = clientgen("call", "qingbo", "GET /v1/tasks/{task_id}", "--set", "task_id=t-1")
    assert r.code == 0, r.err
    assert json.loads(r.out) == {"task_id": "t-1", "status": "queued"}
    assert qingbo.requests[-1].path == "/v1/tasks/t-1"


def test_invalid_payload_exits_1_and_sends_nothing(qingbo: GatewayServer) -> None:
    add_tasks(qingbo, TaskPlan())
    r = clientgen("call", "qingbo", "tasks.create", "--set", "model=seedream-5.0", "--set", "n=0")
    assert r.code == 1
    assert "prompt" in r.err and "n: 0 is less than the minimum 1" in r.err
    r = clientgen(
        "call",
        "qingbo",
        "tasks.create",
        "--set",
        "model=x",
        "--set",
        "prompt=p",
        "--output",
        "json",
    )
    assert r.code == 1 and json.loads(r.out)["valid"] is False
    assert qingbo.count() == 0


def test_failed_task_exits_1_gateway_error_exits_3(qingbo: GatewayServer) -> None:
    add_tasks(qingbo, TaskPlan(outcome="failed", polls=1))
    args = ["call", "qingbo", "tasks.create", "--set", "model=seedream-5.0", "--set", "prompt=p"]
    r = clientgen(*args, "--wait", "--poll-interval", "0.01")
    assert r.code == 1 and "content_policy_violation" in r.err
    qingbo.inject("POST", "/v1/tasks", Response.error(401, "invalid_api_key", "bad key"))
    r = clientgen(*args)
    assert r.code == 3 and "bad key" in r.err
    add_tasks(qingbo, TaskPlan(outcome="never"))
    r = clientgen(*args, "--wait", "--timeout", "0.2", "--poll-interval", "0.01")
    assert r.code == 3 and "clientgen tasks resume" in r.err


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["qingbo", "tasks.creat"], "did you mean 'tasks.create'"),
        (["qingb", "tasks.create"], "did you mean 'qingbo'"),
        (["qingbo", "tasks.create", "--set", "novalue"], "expected KEY=VALUE"),
        (
            ["qingbo", "tasks.create", "--json", "/nonexistent.json"],
            "/nonexistent.json: no such file",
        ),
        (["qingbo", "tasks.retrieve", "--wait"], "does not start a task"),
        (["qingbo", "tasks.retrieve", "--set", "bogus=1"], "takes no body; unknown field(s) bogus"),
        (["uniall", "video.generations.retrieve", "--set", "task_id=1"], "set UNIALL_BASE_URL"),
    ],
)
def test_unusable_input_exits_2(
    qingbo: GatewayServer, monkeypatch: pytest.MonkeyPatch, args: list[str], expected: str
) -> None:
    monkeypatch.setenv("UNIALL_API_KEY", KEY)
    r = clientgen("call", *args)
    assert r.code == 2, r.err
    assert expected in r.err and len(r.err.splitlines()) == 1, r.err
    assert qingbo.count() == 0


def test_invalid_json_payload_names_line_and_column(qingbo: GatewayServer, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{\n  "model": "seedream-5.0",\n  "prompt": x\n}\n', "utf-8")
    r = clientgen("call", "qingbo", "tasks.create", "--json", bad)
    assert r.code == 2
    assert r.err == f"error: {bad}: invalid JSON at line 3, column 13: Expecting value\n"


def test_missing_key_exits_2(server: GatewayServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QINGBO_BASE_URL", server.url)
    r = clientgen(
        "call", "qingbo", "tasks.create", "--set", "model=seedream-5.0", "--set", "prompt=p"
    )
    assert r.code == 2 and "QINGBO_API_KEY" in r.err
    assert server.count() == 0
