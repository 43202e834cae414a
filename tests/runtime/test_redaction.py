"""The API key never appears in messages, reprs, logs, handles or the journal."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from pathlib import Path

import pytest

from gateway_runtime import (
    APIConnectionError,
    AuthenticationError,
    DeadlineExceededError,
    GatewayClientError,
    SyncClient,
    TaskFailedError,
)
from gateway_runtime.redact import redact, redact_obj, register_secret
from tests.gateway_server import GatewayServer, Response, TaskPlan, TaskSimulator
from tests.runtime.conftest import API_KEY

MakeClient = Callable[..., SyncClient]


def _texts(exc: BaseException) -> list[str]:
    return [
        str(exc),
        repr(exc),
        "".join(traceback.format_exception(exc)),
        repr(getattr(exc, "body", "")),
    ]


def test_redact_masks_registered_secrets_and_key_shapes() -> None:
    register_secret("zz-registered-secret-zz")
    text = (
        "key zz-registered-secret-zz; Authorization: Bearer abc.def-123; "
        'api_key=hunter2hunter2 {"x-api-key": "q1w2e3r4"} sk-abcdefghijklmnop1234'
    )
    out = redact(text)
    for secret in (
        "zz-registered-secret-zz",
        "abc.def-123",
        "hunter2hunter2",
        "q1w2e3r4",
        "sk-abcdefghijklmnop",
    ):
        assert secret not in out
    assert "Bearer ***" in out and "api_key=***" in out
    assert redact_obj({"a": ["zz-registered-secret-zz"]}) == {"a": ["***"]}
    assert redact("plain text stays") == "plain text stays"


def test_key_echoed_by_gateway_is_redacted_everywhere(
    make_client: MakeClient,
    gateway_server: GatewayServer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    echo = Response.error(401, "invalid_api_key", f"Incorrect API key provided: {API_KEY}")
    gateway_server.route("GET", "/v1/models", echo)
    client = make_client()
    with pytest.raises(AuthenticationError) as info:
        client.request("listModels")
    assert info.value.code == "invalid_api_key"
    for text in _texts(info.value):
        assert API_KEY not in text
    assert "***" in str(info.value)
    assert API_KEY not in caplog.text
    assert API_KEY not in repr(client)
    # the key was really sent (as the header the operation's security asks for)
    assert gateway_server.requests[-1].headers["api-key"] == API_KEY


def test_task_errors_handles_and_journal_never_contain_the_key(
    make_client: MakeClient,
    gateway_server: GatewayServer,
    sim: TaskSimulator,
    journal_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    sim.next_plans.append(TaskPlan(outcome="failed", polls=1, error_message=f"bad key {API_KEY}"))
    sim.next_plans.append(TaskPlan(outcome="never"))
    client = make_client()
    failed = client.submit_task("createTask", body={"prompt": "x"}, parse=dict)
    with pytest.raises(TaskFailedError) as f_info:
        failed.wait()
    stuck = client.submit_task("createTask", body={"prompt": "x"}, parse=dict)
    gateway_server.inject("GET", "/v1/tasks/{task_id}", Response.error(503, "x", f"echo {API_KEY}"))
    with pytest.raises(DeadlineExceededError) as d_info:
        stuck.wait(timeout=0.2)
    for exc in (f_info.value, d_info.value):
        for text in _texts(exc):
            assert API_KEY not in text
    for task in (failed, stuck):
        assert API_KEY not in task.to_json() and API_KEY not in repr(task)
    assert API_KEY not in caplog.text
    assert API_KEY.encode() not in journal_path.read_bytes()
    wal = journal_path.with_name(journal_path.name + "-wal")
    if wal.exists():
        assert API_KEY.encode() not in wal.read_bytes()
    assert gateway_server.requests[0].headers["authorization"] == f"Bearer {API_KEY}"


def test_connection_error_text_is_redacted(make_client: MakeClient) -> None:
    client = make_client(base_url=f"http://user:{API_KEY}@127.0.0.1:9")
    with pytest.raises(APIConnectionError) as info:
        client.request("listModels")
    for text in _texts(info.value):
        assert API_KEY not in text


def test_base_error_redacts_late_registered_secrets() -> None:
    err = GatewayClientError("token qq-late-secret-qq")
    register_secret("qq-late-secret-qq")
    assert "qq-late-secret-qq" not in str(err) and "qq-late-secret-qq" not in repr(err)


def test_query_api_key_is_redacted_from_httpx_logs(
    gateway_server: GatewayServer, make_client: MakeClient, caplog: pytest.LogCaptureFixture
) -> None:
    from gateway_runtime import GatewaySpec
    from tests.runtime.specdata import spec_data

    data = spec_data()
    data["security_schemes"]["queryKey"] = {"type": "apiKey", "in": "query", "name": "key"}
    data["operations"]["listModels"]["security"] = [["queryKey"]]
    gateway_server.route("GET", "/v1/models", Response(200, {"data": []}))
    caplog.set_level(logging.DEBUG)
    make_client(spec=GatewaySpec.from_dict(data)).request("listModels")
    assert gateway_server.requests[-1].query["key"] == [API_KEY]
    assert "HTTP Request" in caplog.text and API_KEY not in caplog.text
