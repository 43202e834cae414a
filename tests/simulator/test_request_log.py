"""The simulator's request log (in process, over HTTP, ``--log``) and its ``--api-key`` refusal."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from gateway_runtime.errors import AuthenticationError
from generator.simulator import running
from tests.simulator.calls import KEY, client_class, kwargs, method

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _journal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("GATEWAY_JOURNAL", str(tmp_path / "journal.sqlite3"))


def test_submits_are_counted_per_operation_in_process_and_over_http() -> None:
    with (
        running("qingbo", polls=1) as sim,
        client_class("qingbo")(api_key=KEY, base_url=sim.url) as client,
    ):
        gw = sim.gateway
        for _ in range(3):
            task = method(client, gw, "createTask")(**kwargs(gw, "createTask"))
            task.wait(poll_interval=0.001)
        assert sim.submits("createTask") == 3
        assert sim.submits() == 3
        assert sim.submits("createTaskSync") == 0
        submits = sim.log.of("createTask", "submit")
        assert [e.status for e in submits] == [200, 200, 200]
        assert all(e.task_id and e.task_id.startswith("sim-") for e in submits)
        polls = sim.log.of(kind="poll")
        assert {e.task_id for e in polls} == {e.task_id for e in submits}
        over_http = httpx.get(f"{sim.url}/_simulator/requests").json()
        assert over_http["submits"] == {"createTask": 3}
        assert [r["kind"] for r in over_http["requests"]].count("submit") == 3
        assert KEY not in httpx.get(f"{sim.url}/_simulator/requests").text  # no key is kept
        assert httpx.delete(f"{sim.url}/_simulator/requests").status_code == 204
        assert sim.submits() == 0


def test_a_refused_submit_is_logged_but_not_counted() -> None:
    with running("qingbo") as sim:
        reply = httpx.post(f"{sim.url}/v1/tasks", json={}, headers={"authorization": "Bearer k"})
        assert reply.status_code in (400, 422)
        assert sim.submits() == 0
        (entry,) = sim.log.of("createTask")
        assert (entry.kind, entry.status) == ("refused", reply.status_code)


@pytest.mark.parametrize("asynchronous", [False, True])
def test_api_key_refuses_other_keys_in_the_gateways_envelope(asynchronous: bool) -> None:
    import asyncio

    with running("buble", api_key=KEY) as sim:
        gw = sim.gateway
        cls = client_class("buble", asynchronous=asynchronous)

        def call(key: str) -> object:
            client = cls(api_key=key, base_url=sim.url, max_retries=0)
            fn = method(client, gw, "listModels")
            if asynchronous:
                return asyncio.run(fn(**kwargs(gw, "listModels")))
            return fn(**kwargs(gw, "listModels"))

        with pytest.raises(AuthenticationError) as caught:
            call("sk-wrong-key")
        assert caught.value.status_code == 401
        assert caught.value.code == "invalid_api_key"
        assert "invalid API key" in str(caught.value)
        assert call(KEY) is not None
        raw = httpx.get(f"{sim.url}/api/v1/models", headers={"authorization": "Bearer nope"})
        assert raw.status_code == 401
        body = raw.json()
        assert body["error"]["code"] == "invalid_api_key"  # Buble's {"error": {code, message}}
        assert [e.status for e in sim.log.of("listModels")] == [401, 200, 401]


def test_cli_log_prints_one_line_per_request(tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "generator", "simulate", "qingbo", "--log", "--api-key", KEY],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        url = first.rsplit(" ", 1)[-1].strip()
        assert url.startswith("http://127.0.0.1:")
        wrong = httpx.get(f"{url}/v1/tasks/x", headers={"authorization": "Bearer other"})
        assert wrong.status_code == 401
        right = httpx.get(f"{url}/v1/tasks/x", headers={"authorization": f"Bearer {KEY}"})
        assert right.status_code == 404
        lines = [proc.stdout.readline().strip() for _ in range(2)]
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert lines[0].startswith("#1 GET /v1/tasks/x -> 401 ")
    assert lines[1].startswith("#2 GET /v1/tasks/x -> 404 ")
    assert KEY not in "".join(lines)
