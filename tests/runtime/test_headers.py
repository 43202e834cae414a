"""Headers are merged case-insensitively: one value per name, the client's key unless overridden."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from gateway_runtime import RequestOptions
from gateway_runtime._headers import merge_headers
from tests.gateway_server import GatewayServer
from tests.runtime.conftest import API_KEY, aw


def _only(server: GatewayServer, name: str) -> str:
    (request,) = server.requests
    values = request.values(name)
    assert len(values) == 1, f"{name} sent {len(values)} times: {values}"
    return values[0]


def test_default_headers_in_any_case_never_add_a_second_credential_or_agent(
    both: Callable[..., Any], gateway_server: GatewayServer
) -> None:
    gateway_server.route("GET", "/v1/tasks/{task_id}", json={"status": "queued"})

    async def scenario(client: Any) -> None:
        await aw(client.request("getTask", path_params={"task_id": "t1"}))

    both(
        scenario,
        default_headers={
            "authorization": "Bearer sk-someone-else",
            "user-agent": "my-app/2",
            "ACCEPT": "application/json",
            "x-team": "blue",
        },
    )
    assert _only(gateway_server, "Authorization") == f"Bearer {API_KEY}"
    assert _only(gateway_server, "User-Agent") == "my-app/2"
    assert _only(gateway_server, "Accept") == "application/json"
    assert _only(gateway_server, "X-Team") == "blue"
    assert _only(gateway_server, "Accept-Encoding") == "gzip, deflate"


def test_extra_headers_override_the_credential_deliberately_and_send_it_once(
    both: Callable[..., Any], gateway_server: GatewayServer
) -> None:
    gateway_server.route("POST", "/v1/chat", json={"ok": True})

    async def scenario(client: Any) -> None:
        options = RequestOptions(
            extra_headers={"AUTHORIZATION": "Bearer per-call", "content-type": "application/json"}
        )
        await aw(client.request("chat", body={"m": 1}, options=options))

    both(scenario)
    assert _only(gateway_server, "Authorization") == "Bearer per-call"
    assert _only(gateway_server, "Content-Type") == "application/json"


def test_precedence_is_computed_defaults_parameters_body_idempotency_credential_extra() -> None:
    merged = merge_headers(
        computed={"Accept": "a/b", "User-Agent": "ua"},
        defaults={"accept": "c/d", "x-a": "1", "Idempotency-Key": "mine", "Cookie": "k=old; x=1"},
        parameters={"X-A": "2"},
        body={"content-type": "application/json"},
        idempotency=("idempotency-key", "fresh"),
        credentials={"authorization": "Bearer key"},
        cookies={"k": "session"},
        extra={"X-a": "3"},
    )
    assert merged == {
        "accept": "c/d",
        "User-Agent": "ua",
        "X-a": "3",
        "Idempotency-Key": "mine",
        "Cookie": "x=1; k=session",
        "content-type": "application/json",
        "authorization": "Bearer key",
    }
