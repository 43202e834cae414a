"""Fault injection against a real server: typed outcome + how many submits the server saw."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from gateway_runtime import (
    APIConnectionError,
    APITimeoutError,
    GatewayError,
    InternalServerError,
    RateLimitError,
    RequestOptions,
    ResponseDecodeError,
    SyncClient,
)
from tests.gateway_server import GatewayServer, Response, TaskSimulator

SUBMIT = ("POST", "/v1/tasks")
SUBMIT_IDEM = ("POST", "/v1/tasks-idem")
POLL = ("GET", "/v1/tasks/{task_id}")
MakeClient = Callable[..., SyncClient]


def _submit(client: SyncClient, op: str = "createTask") -> object:
    return client.submit_task(op, body={"prompt": "a cat"}, parse=dict)


# -- 429 / Retry-After ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "fault",
    [
        Response.error(429, "rate_limited", "slow down", retry_after="0.01"),
        Response.error(429, "rate_limited", "slow down", retry_after_ms=10),
        Response.error(503, "overloaded", "busy", retry_after="0"),
        Response.retry_after(429, seconds=-5, http_date=True),  # a date in the past: go now
    ],
    ids=["429-seconds", "429-ms", "503-seconds", "429-http-date"],
)
def test_submit_retried_when_server_provably_did_not_act(
    make_client: MakeClient, gateway_server: GatewayServer, sim: TaskSimulator, fault: Response
) -> None:
    gateway_server.inject(*SUBMIT, fault)
    task = _submit(make_client())
    assert task.id in sim.tasks  # type: ignore[attr-defined]
    assert gateway_server.count(*SUBMIT) == 2  # the refused one + the accepted one
    assert sim.submits == 1  # exactly one task created


def test_retry_after_beyond_cap_is_raised_not_waited(
    make_client: MakeClient, gateway_server: GatewayServer, sim: TaskSimulator
) -> None:
    gateway_server.inject(*SUBMIT, Response.error(429, "rate_limited", "later", retry_after="120"))
    with pytest.raises(RateLimitError) as info:
        _submit(make_client(max_retry_delay=5))
    assert info.value.retry_after == 120
    assert info.value.code == "rate_limited"
    assert info.value.status_code == 429
    assert info.value.request_id  # the server sends x-request-id
    assert gateway_server.count(*SUBMIT) == 1


def test_429_without_retry_after_on_submit_is_not_replayed(
    make_client: MakeClient, gateway_server: GatewayServer, sim: TaskSimulator
) -> None:
    gateway_server.inject(*SUBMIT, Response.error(429, "rate_limited", "slow down"))
    with pytest.raises(RateLimitError):
        _submit(make_client())
    assert gateway_server.count(*SUBMIT) == 1


def test_retry_budget_is_bounded(
    make_client: MakeClient, gateway_server: GatewayServer, sim: TaskSimulator
) -> None:
    fault = Response.error(429, "rate_limited", "slow down", retry_after="0")
    gateway_server.inject(*SUBMIT, fault, fault, fault, fault)
    with pytest.raises(RateLimitError):
        _submit(make_client(max_retries=2))
    assert gateway_server.count(*SUBMIT) == 3
    assert sim.submits == 0


# -- 5xx ------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [500, 502, 503])
def test_submit_5xx_is_never_replayed(
    make_client: MakeClient, gateway_server: GatewayServer, sim: TaskSimulator, status: int
) -> None:
    gateway_server.inject(*SUBMIT, Response.error(status, "upstream_error", "boom"))
    with pytest.raises(InternalServerError) as info:
        _submit(make_client())
    assert info.value.status_code == status
    assert info.value.code == "upstream_error"
    assert info.value.message.endswith("boom")
    assert gateway_server.count(*SUBMIT) == 1


@pytest.mark.parametrize("status", [500, 502, 503])
def test_idempotent_get_5xx_is_retried(
    make_client: MakeClient, gateway_server: GatewayServer, sim: TaskSimulator, status: int
) -> None:
    client = make_client()
    task = _submit(client)
    gateway_server.inject(*POLL, Response.error(status), Response.error(status))
    state = task.status()  # type: ignore[attr-defined]
    assert state.outcome == "pending"
    assert gateway_server.count(*POLL) == 3
    assert gateway_server.count(*SUBMIT) == 1


def test_submit_with_idempotency_header_is_retried_with_the_same_key(
    make_client: MakeClient, gateway_server: GatewayServer, sim: TaskSimulator
) -> None:
    gateway_server.inject(*SUBMIT_IDEM, Response.error(502), Response.reset())
    task = _submit(make_client(), "createTaskIdem")
    assert task.id in sim.tasks  # type: ignore[attr-defined]
    seen = [r for r in gateway_server.requests if r.path == "/v1/tasks-idem"]
    assert len(seen) == 3
    keys = {r.headers["idempotency-key"] for r in seen}
    assert len(keys) == 1 and next(iter(keys))
    assert sim.submits == 1


def test_each_logical_call_gets_its_own_idempotency_key(
    make_client: MakeClient, gateway_server: GatewayServer, sim: TaskSimulator
) -> None:
    client = make_client()
    _submit(client, "createTaskIdem")
    client.submit_task(
        "createTaskIdem",
        body={"prompt": "x"},
        parse=dict,
        options=RequestOptions(idempotency_key="mine-123"),
    )
    keys = [
        r.headers["idempotency-key"] for r in gateway_server.requests if r.path == "/v1/tasks-idem"
    ]
    assert len(keys) == 2 and keys[0] != keys[1] and keys[1] == "mine-123"


# -- timeouts, resets, connection errors ----------------------------------------------------


def test_submit_slower_than_read_timeout_is_not_replayed(
    make_client: MakeClient, gateway_server: GatewayServer, sim: TaskSimulator
) -> None:
    gateway_server.inject(*SUBMIT, Response.slow(5.0, json={"task_id": "late"}))
    with pytest.raises(APITimeoutError) as info:
        _submit(make_client(timeout=0.5))
    assert info.value.may_have_reached_server
    assert gateway_server.count(*SUBMIT) == 1


def test_per_call_timeout_override(
    make_client: MakeClient, gateway_server: GatewayServer, sim: TaskSimulator
) -> None:
    gateway_server.inject(*SUBMIT, Response.slow(5.0, json={"task_id": "late"}))
    client = make_client(timeout=30.0)
    with pytest.raises(APITimeoutError):
        client.submit_task(
            "createTask", body={"prompt": "x"}, parse=dict, options=RequestOptions(timeout=0.5)
        )
    assert gateway_server.count(*SUBMIT) == 1


def test_slow_idempotent_get_is_retried(
    make_client: MakeClient, gateway_server: GatewayServer, sim: TaskSimulator
) -> None:
    client = make_client(timeout=0.5)
    task = _submit(client)
    gateway_server.inject(*POLL, Response.slow(5.0))
    assert task.status().outcome == "pending"  # type: ignore[attr-defined]
    assert gateway_server.count(*POLL) == 2


def test_reset_after_request_body_on_submit_is_not_replayed(
    make_client: MakeClient, gateway_server: GatewayServer, sim: TaskSimulator
) -> None:
    gateway_server.inject(*SUBMIT, Response.reset())
    with pytest.raises(APIConnectionError) as info:
        _submit(make_client())
    assert not isinstance(info.value, APITimeoutError)
    assert info.value.may_have_reached_server
    assert gateway_server.count(*SUBMIT) == 1


def test_close_without_reply_on_submit_is_not_replayed(
    make_client: MakeClient, gateway_server: GatewayServer, sim: TaskSimulator
) -> None:
    gateway_server.inject(*SUBMIT, Response.close())
    with pytest.raises(APIConnectionError):
        _submit(make_client())
    assert gateway_server.count(*SUBMIT) == 1


def test_reset_on_idempotent_get_is_retried(
    make_client: MakeClient, gateway_server: GatewayServer, sim: TaskSimulator
) -> None:
    client = make_client()
    task = _submit(client)
    gateway_server.inject(*POLL, Response.reset())
    assert task.status().outcome == "pending"  # type: ignore[attr-defined]
    assert gateway_server.count(*POLL) == 2


def test_connect_error_is_retried_then_raised(make_client: MakeClient) -> None:
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    client = make_client(base_url=f"http://127.0.0.1:{port}", max_retries=2)
    with pytest.raises(APIConnectionError) as info:
        _submit(client)
    assert info.value.may_have_reached_server is False
    assert "retry budget spent" in str(info.value)  # it was retried: nothing had been sent


# -- bodies that lie ------------------------------------------------------------------------


def test_malformed_json_on_submit(
    make_client: MakeClient, gateway_server: GatewayServer, sim: TaskSimulator
) -> None:
    gateway_server.inject(*SUBMIT, Response.malformed())
    with pytest.raises(ResponseDecodeError) as info:
        _submit(make_client())
    assert info.value.status_code == 200
    assert info.value.text and info.value.text.startswith('{"task_id"')
    assert gateway_server.count(*SUBMIT) == 1


def test_http_200_error_envelope_on_submit(
    make_client: MakeClient, gateway_server: GatewayServer, sim: TaskSimulator, journal_path: object
) -> None:
    gateway_server.inject(*SUBMIT, Response.envelope("insufficient_quota", "balance too low"))
    with pytest.raises(GatewayError) as info:
        _submit(make_client())
    err = info.value
    assert type(err) is GatewayError
    assert (err.status_code, err.code, err.envelope) == (200, "insufficient_quota", "task")
    assert "balance too low" in str(err)
    assert gateway_server.count(*SUBMIT) == 1


def test_http_200_error_envelope_on_plain_request(
    make_client: MakeClient, gateway_server: GatewayServer
) -> None:
    gateway_server.route("GET", "/v1/models", Response.envelope("bad", "nope"))
    with pytest.raises(GatewayError) as info:
        make_client().request("listModels")
    assert info.value.code == "bad"
    assert gateway_server.count("GET", "/v1/models") == 1  # a 2xx is not retried


def test_ok_values_are_not_errors(make_client: MakeClient, gateway_server: GatewayServer) -> None:
    gateway_server.route(
        "GET",
        "/newapi/status",
        [
            Response(200, {"code": "success", "message": "", "data": 1}),
            Response(200, {"code": "quota", "message": "no money"}),
        ],
    )
    client = make_client()
    assert client.request("newapiStatus")["data"] == 1
    with pytest.raises(GatewayError) as info:
        client.request("newapiStatus")
    assert info.value.code == "quota" and "no money" in info.value.message


def test_missing_task_id_in_submit_reply(
    make_client: MakeClient, gateway_server: GatewayServer
) -> None:
    gateway_server.route(*SUBMIT, Response(200, {"accepted": True}))
    with pytest.raises(ResponseDecodeError, match="no task id"):
        _submit(make_client())
    assert gateway_server.count(*SUBMIT) == 1
