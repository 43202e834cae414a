"""Raw access (``client.request(method, path, ...)``, ``clientgen call GATEWAY "POST /path"``)
and the response facts (``.headers``, ``.status_code``, ``.request_id``) of every result."""

from __future__ import annotations

import asyncio
import io
from pathlib import Path
from typing import Any

import pytest

from gateway_runtime.cli import main
from gateway_runtime.errors import (
    AuthenticationError,
    GatewayClientError,
    GatewayError,
    InternalServerError,
    NotFoundError,
)
from gateway_runtime.raw import RawDict, describe_path, http_info
from generated.gptnb import GPTNB, AsyncGPTNB
from generated.qingbo import AsyncQingbo, Qingbo
from generated.qingbo import models as qingbo_models
from generator.simulator import Faults, running
from tests.gateway_server import GatewayServer

KEY = "sk-raw-0123456789abcdef"
CAT: dict[str, Any] = {"model": "seedream-5.0", "prompt": "a cat"}


@pytest.fixture(autouse=True)
def _journal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("GATEWAY_JOURNAL", str(tmp_path / "journal.sqlite3"))


@pytest.mark.parametrize("asynchronous", [False, True])
def test_raw_calls_go_through_auth_and_return_json_with_response_facts(
    asynchronous: bool,
) -> None:
    with running("qingbo", api_key=KEY) as sim:
        if asynchronous:

            async def run(key: str) -> Any:
                async with AsyncQingbo(api_key=key, base_url=sim.url, max_retries=0) as client:
                    return await client.request("POST", "/v1/tasks", json=CAT)

            def call(key: str) -> Any:
                return asyncio.run(run(key))
        else:

            def call(key: str) -> Any:
                with Qingbo(api_key=key, base_url=sim.url, max_retries=0) as client:
                    return client.request("POST", "/v1/tasks", json=CAT)

        result = call(KEY)
        assert isinstance(result, dict) and isinstance(result, RawDict)
        assert result["task_id"].startswith("sim-")
        assert result.status_code == 200
        assert result.headers["content-type"].startswith("application/json")
        assert sim.submits("createTask") == 1  # the simulator saw a real submit
        with pytest.raises(AuthenticationError) as caught:
            call("sk-wrong-key-0123456789")
        assert caught.value.code == "invalid_api_key"  # the gateway's own error mapping
        assert "sk-wrong-key-0123456789" not in str(caught.value)


def test_a_raw_post_is_never_replayed_a_get_is() -> None:
    faults = Faults(server_error=1.0)
    with (
        running("qingbo", faults=faults) as sim,
        Qingbo(api_key=KEY, base_url=sim.url, max_retries=2, retry_backoff=(0.001, 0.002)) as c,
    ):
        with pytest.raises(InternalServerError):
            c.request("POST", "/v1/tasks", json=CAT)
        assert sim.count("createTask") == 1
        with pytest.raises(InternalServerError):
            c.request("GET", "/v1/tasks/sim-x")
        assert sim.count("getTask") == 3  # idempotent: retried twice


def test_unknown_paths_map_errors_and_absolute_urls_are_refused() -> None:
    with running("qingbo") as sim, Qingbo(api_key=KEY, base_url=sim.url) as client:
        with pytest.raises(NotFoundError) as caught:
            client.request("GET", "/v1/nothing/here", params={"a": 1})
        assert caught.value.status_code == 404 and caught.value.code == "not_found"
        with pytest.raises(GatewayClientError, match="relative to the client's base_url"):
            client.request("GET", "https://elsewhere.invalid/v1/x")
        assert sim.log.calls == {}  # the refused absolute URL sent nothing


def test_a_catalogued_path_says_which_documented_endpoint_it_is(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with running("gptnb") as sim, GPTNB(api_key=KEY, base_url=sim.url) as client:
        spec = client.spec
        _, note = describe_path(spec, "GET", "/v1/realtime")
        assert "documented endpoint 'OpenAI接口 / Realtime文档'" in note
        assert "x-catalog" in note
        with caplog.at_level("INFO", logger="gateway_runtime"), pytest.raises(NotFoundError):
            client.request("GET", "/v1/realtime")  # the simulator serves only operations
        assert "Realtime文档" in caplog.text
        _, typed = describe_path(spec, "POST", "/v1/chat/completions")
        assert "documented operation chat.completions.create" in typed


@pytest.mark.parametrize("asynchronous", [False, True])
def test_typed_results_keep_headers_status_and_request_id(asynchronous: bool) -> None:
    with running("qingbo", polls=5) as sim:
        if asynchronous:

            async def run() -> Any:
                async with AsyncQingbo(api_key=KEY, base_url=sim.url) as client:
                    task = await client.tasks.create(**CAT)
                    return await client.tasks.retrieve(task_id=task.id)

            result = asyncio.run(run())
        else:
            with Qingbo(api_key=KEY, base_url=sim.url) as client:
                task = client.tasks.create(**CAT)
                result = client.tasks.retrieve(task_id=task.id)
    assert isinstance(result, qingbo_models.TaskObject)  # the plain return type
    info = http_info(result)
    assert info is not None and info.status_code == 200
    assert result.status_code == 200  # type: ignore[attr-defined]
    assert result.headers["content-type"].startswith("application/json")  # type: ignore[attr-defined]
    assert result.request_id is None  # type: ignore[attr-defined]
    rebuilt = qingbo_models.TaskObject.model_validate(result.model_dump())
    assert rebuilt.model_dump() == result.model_dump()  # the facts are not data
    assert http_info(rebuilt) is None


def test_cli_calls_a_raw_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QINGBO_API_KEY", KEY)
    with running("qingbo") as sim:
        out, err = io.StringIO(), io.StringIO()
        code = main(
            ["call", "qingbo", "GET /v1/unlisted", "--base-url", sim.url, "--set", "a=1"],
            stdout=out,
            stderr=err,
        )
        assert code == 3
        assert "GET /v1/unlisted is not in qingbo's document; sent as given" in err.getvalue()
        assert "[not_found]" in err.getvalue() or "not_found" in err.getvalue()
        payload = '{"model": "seedream-5.0", "prompt": "a cat"}'
        out, err = io.StringIO(), io.StringIO()
        code = main(
            ["call", "qingbo", "post /v1/tasks/", "--base-url", sim.url, "--json", "-"],
            stdin=io.StringIO(payload),
            stdout=out,
            stderr=err,
        )
        assert code == 0, err.getvalue()
        assert '"task_id"' in out.getvalue()


@pytest.mark.parametrize("asynchronous", [False, True])
def test_wait_results_keep_the_last_polls_response_facts(asynchronous: bool) -> None:
    with running("qingbo", polls=2) as sim:
        if asynchronous:

            async def run() -> Any:
                async with AsyncQingbo(api_key=KEY, base_url=sim.url) as client:
                    task = await client.tasks.create(**CAT)
                    return await task.wait(poll_interval=0.001)

            result = asyncio.run(run())
        else:
            with Qingbo(api_key=KEY, base_url=sim.url) as client:
                result = client.tasks.create(**CAT).wait(poll_interval=0.001)
    assert isinstance(result, qingbo_models.TaskObject)
    info = http_info(result)
    assert info is not None and info.status_code == 200
    assert info.headers["content-type"].startswith("application/json")


@pytest.mark.parametrize("asynchronous", [False, True])
def test_an_undescribed_path_is_judged_by_error_objects_not_by_other_apis_success_codes(
    asynchronous: bool,
) -> None:
    """GPTNB's default envelopes include new-api's ``code`` (ok: "success"): on a path the document
    does not describe, a ``code: 200`` or ``code: 0`` success of another API (韦尼克, MewX) is
    returned, not raised; an ``error`` object in a 2xx body is still the gateway's error, and a
    documented operation keeps its own envelopes."""
    replies = {
        "/ppt/apps/ppt-create": {"code": 200, "msg": "success", "data": {"id": "t1"}},
        "/qr/api/v1/images/generate": {"code": 0, "message": "ok", "data": {"img_uuid": "u1"}},
        "/x/refused": {"error": {"message": "quota exhausted", "code": "insufficient_quota"}},
        "/v1/video/generations": {"code": "task_failed", "message": "upstream refused"},
    }
    with GatewayServer() as server:
        for path, reply in replies.items():
            server.route("POST", path, json=reply)

        async def run_async() -> list[Any]:
            async with AsyncGPTNB(api_key=KEY, base_url=server.url, max_retries=0) as client:
                return [await _outcome(client.request("POST", p, json={})) for p in replies]

        def run_sync() -> list[Any]:
            with GPTNB(api_key=KEY, base_url=server.url, max_retries=0) as client:
                out: list[Any] = []
                for p in replies:
                    try:
                        out.append(client.request("POST", p, json={}))
                    except GatewayError as exc:
                        out.append(exc)
                return out

        created, qr, refused, documented = asyncio.run(run_async()) if asynchronous else run_sync()
    assert created["data"]["id"] == "t1" and created.status_code == 200
    assert qr["data"]["img_uuid"] == "u1"
    assert isinstance(refused, GatewayError) and refused.code == "insufficient_quota"
    assert isinstance(documented, GatewayError) and documented.code == "task_failed"


async def _outcome(call: Any) -> Any:
    try:
        return await call
    except GatewayError as exc:
        return exc
