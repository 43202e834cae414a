"""A gateway that drifts from its document or misbehaves (issue 11), sync and async.

Every scenario runs twice through the ``both`` fixture: once with the sync client, once with the
async one, against the real server in tests/gateway_server.py.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

import pytest

from gateway_runtime import (
    APIConnectionError,
    DeadlineExceededError,
    GatewayError,
    GatewaySpec,
    InvalidPathParameterError,
    ResponseDecodeError,
    ResponseTooLargeError,
    UnknownStatusError,
)
from tests.gateway_server import GatewayServer, Request, Response, TaskShape, TaskSimulator
from tests.runtime.conftest import aw
from tests.runtime.specdata import spec_data

SUBMIT = ("POST", "/v1/tasks")
POLL = ("GET", "/v1/tasks/{task_id}")
Both = Callable[..., Any]


def _spec(*, in_success: bool = True) -> GatewaySpec:
    """The test spec with user-facing method names (and the envelope's ``in_success``)."""
    data = spec_data()
    data["error_envelopes"]["task"]["in_success"] = in_success
    for op_id, name in (
        ("createTask", "tasks.create"),
        ("getTask", "tasks.get"),
        ("listModels", "models.list"),
    ):
        data["operations"][op_id]["python_name"] = name
    return GatewaySpec.from_dict(data)


async def _submit(client: Any) -> Any:
    return await aw(client.submit_task("createTask", body={"prompt": "a cat"}, parse=dict))


# -- 1. HTTP-200 error bodies ---------------------------------------------------------------


@pytest.mark.parametrize("in_success", [False, True])
def test_200_error_on_submit_is_the_gateways_error(
    both: Both, gateway_server: GatewayServer, sim: TaskSimulator, in_success: bool
) -> None:
    gateway_server.inject(*SUBMIT, Response.envelope("insufficient_quota", "余额不足"))

    async def scenario(client: Any) -> None:
        with pytest.raises(GatewayError) as info:
            await _submit(client)
        err = info.value
        assert type(err) is GatewayError
        assert (err.code, err.message.endswith("余额不足"), err.status_code) == (
            "insufficient_quota",
            True,
            200,
        )
        assert "tasks.create (createTask)" in str(err)

    both(scenario, spec=_spec(in_success=in_success))
    assert gateway_server.count(*SUBMIT) == 1  # never replayed


def test_200_error_on_poll_without_status_ends_wait_with_the_gateways_error(
    both: Both, gateway_server: GatewayServer, sim: TaskSimulator
) -> None:
    async def scenario(client: Any) -> None:
        task = await _submit(client)
        gateway_server.inject(*POLL, Response.envelope("task_expired", "任务已过期"))
        started = time.monotonic()
        with pytest.raises(GatewayError) as info:
            await aw(task.wait(timeout=30))
        assert time.monotonic() - started < 10  # raised at once, not at the deadline
        assert (info.value.code, info.value.status_code) == ("task_expired", 200)
        assert "tasks.get (getTask)" in str(info.value)

    both(scenario, spec=_spec(in_success=False))


# -- 2. status words outside the binding -----------------------------------------------------


def _statuses(**words: str) -> TaskShape:
    base = {
        "queued": "queued",
        "processing": "processing",
        "completed": "completed",
        "failed": "failed",
        "canceled": "cancelled",
    }
    return TaskShape(statuses={**base, **words})


def _use_shape(sim: TaskSimulator, shape: TaskShape) -> None:
    sim.shape = shape


@pytest.mark.parametrize(
    ("words", "outcome"),
    [
        ({"completed": "Succeeded", "processing": "RUNNING"}, "success"),
        ({"completed": "done", "processing": "in-progress"}, "success"),
        ({"failed": "ERROR"}, "failure"),
    ],
)
def test_status_synonyms_are_read_with_one_warning_per_word(
    both: Both,
    sim: TaskSimulator,
    caplog: pytest.LogCaptureFixture,
    words: dict[str, str],
    outcome: str,
) -> None:
    from tests.gateway_server import TaskPlan

    _use_shape(sim, _statuses(**words))
    sim.plan = TaskPlan(polls=4, outcome="completed" if outcome == "success" else "failed")
    caplog.set_level(logging.WARNING, logger="gateway_runtime")

    async def scenario(client: Any) -> None:
        caplog.clear()
        task = await _submit(client)
        if outcome == "success":
            body = await aw(task.wait())
            assert body["status"] == words["completed"]
        else:
            with pytest.raises(GatewayError):
                await aw(task.wait())
        for word in words.values():
            hits = [r for r in caplog.records if repr(word) in r.getMessage()]
            assert len(hits) == 1, (word, caplog.text)
            assert "completed" in hits[0].getMessage()  # the known words are named

    both(scenario)


def test_status_aliases_client_option(both: Both, sim: TaskSimulator) -> None:
    _use_shape(sim, _statuses(completed="ok"))

    async def scenario(client: Any) -> None:
        task = await _submit(client)
        assert (await aw(task.wait()))["status"] == "ok"

    both(scenario, status_aliases={"OK": "success"})


def test_status_that_stays_unknown_ends_wait_long_before_the_deadline(
    both: Both, gateway_server: GatewayServer, sim: TaskSimulator, caplog: pytest.LogCaptureFixture
) -> None:
    _use_shape(sim, _statuses(queued="mystery", processing="mystery", completed="mystery"))
    caplog.set_level(logging.WARNING, logger="gateway_runtime")

    async def scenario(client: Any) -> None:
        task = await _submit(client)
        before = sim.polls(task.id)
        with pytest.raises(UnknownStatusError) as info:
            await aw(task.wait(timeout=60))
        err = info.value
        assert sim.polls(task.id) - before == 4  # max_unknown_polls, not 60 s of polling
        assert err.task is task and err.task_id == task.id
        assert err.body["status"] == "mystery" and err.state.status == "mystery"
        assert "status_aliases" in str(err)

    both(scenario, max_unknown_polls=4)
    warnings = [r for r in caplog.records if "'mystery'" in r.getMessage()]
    assert len(warnings) == 1  # once per task and word
    assert "queued" in warnings[0].getMessage() and "completed" in warnings[0].getMessage()


def test_bad_status_alias_is_refused(make_client: Callable[..., Any]) -> None:
    with pytest.raises(ValueError, match="status_aliases"):
        make_client(status_aliases={"ok": "great"})


# -- 4. one deadline, bounded bodies -----------------------------------------------------------


def test_endless_poll_body_cannot_carry_wait_past_its_deadline(
    both: Both, gateway_server: GatewayServer, sim: TaskSimulator
) -> None:
    async def scenario(client: Any) -> None:
        task = await _submit(client)
        gateway_server.inject(*POLL, Response.drip(b" ", interval=0.05, chunks=2000))
        started = time.monotonic()
        with pytest.raises(DeadlineExceededError) as info:
            await aw(task.wait(timeout=1.0))
        # bound: the deadline plus one read timeout (1 s), not the 100 s the body lasts
        assert time.monotonic() - started < 1.0 + 1.0 + 1.0
        assert info.value.task is task

    both(scenario, timeout=1.0)


def test_slow_drip_body_cannot_carry_wait_past_its_deadline(
    both: Both, gateway_server: GatewayServer, sim: TaskSimulator
) -> None:
    async def scenario(client: Any) -> None:
        task = await _submit(client)
        drip = Response.drip(b"  ", interval=0.6, chunks=100)  # each chunk within read timeout
        gateway_server.inject(*POLL, drip, drip, drip)
        started = time.monotonic()
        with pytest.raises(DeadlineExceededError):
            await aw(task.wait(timeout=1.5))
        assert time.monotonic() - started < 1.5 + 1.0 + 1.0

    both(scenario, timeout=1.0)


@pytest.mark.parametrize(
    "reply",
    [
        Response(200, {"task_id": "t", "status": "queued", "pad": "x" * 5000}),  # Content-Length
        Response.drip(b"x" * 512, interval=0, chunks=40),  # chunked, no length
    ],
    ids=["content-length", "chunked"],
)
def test_json_body_over_the_cap_is_a_typed_error(
    both: Both, gateway_server: GatewayServer, sim: TaskSimulator, reply: Response
) -> None:
    async def scenario(client: Any) -> None:
        task = await _submit(client)
        gateway_server.inject(*POLL, reply)
        with pytest.raises(ResponseTooLargeError) as info:
            await aw(task.wait(timeout=10))
        assert info.value.limit == 4096 and info.value.status_code == 200
        assert "max_response_bytes" in str(info.value)
        # under the cap, the same client reads normally
        assert (await aw(task.wait(timeout=10)))["status"] == "completed"

    both(scenario, max_response_bytes=4096)


def test_binary_body_is_not_capped(both: Both, gateway_server: GatewayServer) -> None:
    png = b"\x89PNG\r\n" + bytes(range(256)) * 64
    gateway_server.route(
        "GET", "/v1/download", Response(200, body=png, headers={"Content-Type": "image/png"})
    )

    async def scenario(client: Any) -> None:
        assert await aw(client.request("download")) == png

    both(scenario, max_response_bytes=1024)


# -- 5. task ids as one path segment -----------------------------------------------------------


@pytest.mark.parametrize("task_id", [".", "..", ""])
def test_task_ids_that_would_change_the_path_are_refused_before_sending(
    both: Both, gateway_server: GatewayServer, task_id: str
) -> None:
    async def scenario(client: Any) -> None:
        gateway_server.reset()
        task = await aw(client.resume({"task_id": task_id, "binding": "image"}))
        with pytest.raises(InvalidPathParameterError) as info:
            await aw(task.wait(timeout=5))
        assert info.value.parameter == "task_id"
        with pytest.raises(InvalidPathParameterError):
            await aw(client.request("getTask", path_params={"task_id": task_id}))
        assert gateway_server.count() == 0  # nothing was sent, the key went nowhere

    both(scenario)


def test_task_id_is_one_percent_encoded_segment(
    both: Both, gateway_server: GatewayServer, sim: TaskSimulator
) -> None:
    odd = "a/../b?c=1#frag %2e"
    seen: list[str] = []

    def poll(request: Request) -> Response:
        seen.append(request.params["task_id"])
        return Response(200, {"task_id": odd, "status": "completed", "result": {}})

    gateway_server.route(*POLL, poll)

    async def scenario(client: Any) -> None:
        task = await aw(client.resume({"task_id": odd, "binding": "image"}))
        await aw(task.wait(timeout=5))

    both(scenario)
    assert seen == [odd]


# -- 8. messages ------------------------------------------------------------------------------


def test_connection_error_names_the_method_and_the_attempts(both: Both) -> None:
    async def scenario(client: Any) -> None:
        with pytest.raises(APIConnectionError) as info:
            await aw(client.request("listModels"))
        text = str(info.value)
        assert "models.list (listModels)" in text
        assert "gave up after 3 attempts" in text  # max_retries=2: refused, retried twice

    both(scenario, spec=_spec(), base_url="http://127.0.0.1:9", max_retries=2)


def test_reset_message_carries_the_os_error(
    both: Both, gateway_server: GatewayServer, sim: TaskSimulator
) -> None:
    gateway_server.inject(*SUBMIT, Response.reset())

    async def scenario(client: Any) -> None:
        with pytest.raises(APIConnectionError) as info:
            await _submit(client)
        text = str(info.value)
        assert "tasks.create (createTask)" in text
        assert "reset" in text.lower() or "Errno" in text or "disconnected" in text.lower(), text
        assert "ReadError: ReadError" not in text

    both(scenario, spec=_spec())


def test_malformed_json_names_the_method(
    both: Both, gateway_server: GatewayServer, sim: TaskSimulator
) -> None:
    gateway_server.inject(*SUBMIT, Response.malformed())

    async def scenario(client: Any) -> None:
        with pytest.raises(ResponseDecodeError, match=r"tasks\.create \(createTask\)"):
            await _submit(client)

    both(scenario, spec=_spec())


# -- 6. the key never leaks, whatever the gateway echoes ----------------------------------------


def _strings(value: Any, seen: set[int] | None = None) -> list[str]:
    """Every string reachable from ``value``: attributes, mapping keys and values, items."""
    seen = set() if seen is None else seen
    if id(value) in seen:
        return []
    seen.add(id(value))
    if isinstance(value, str):
        return [value]
    if isinstance(value, bytes):
        return [value.decode("utf-8", "replace")]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (*_strings(k, seen), *_strings(v, seen))]
    if isinstance(value, list | tuple | set):
        return [s for v in value for s in _strings(v, seen)]
    if isinstance(value, BaseException):
        attrs = {k: v for k, v in vars(value).items() if k != "task"}  # the handle: to_json below
        return [str(value), repr(value), *_strings(attrs, seen)]
    return [repr(value)]


def _echo_headers() -> dict[str, str]:
    from tests.runtime.conftest import API_KEY

    return {"X-Request-Id": f"req-{API_KEY}", "X-Echo-Key": API_KEY, "Set-Cookie": f"k={API_KEY}"}


def test_key_echoed_in_headers_body_and_request_id_never_leaks(
    both: Both,
    gateway_server: GatewayServer,
    sim: TaskSimulator,
    caplog: pytest.LogCaptureFixture,
) -> None:
    from gateway_runtime import AuthenticationError, TaskFailedError
    from tests.gateway_server import TaskPlan
    from tests.runtime.conftest import API_KEY

    caplog.set_level(logging.DEBUG)
    echo = {"error": {"code": API_KEY, "message": f"bad key {API_KEY}"}, "request_id": API_KEY}
    hdrs = _echo_headers()
    gateway_server.route("GET", "/v1/models", Response(401, echo, headers=hdrs))
    errors: list[BaseException] = []
    handles: list[str] = []

    async def scenario(client: Any) -> None:
        with pytest.raises(AuthenticationError) as auth:
            await aw(client.request("listModels"))
        errors.append(auth.value)
        gateway_server.inject(*SUBMIT, Response(200, echo, headers=hdrs))
        with pytest.raises(GatewayError) as envelope:
            await _submit(client)
        errors.append(envelope.value)
        gateway_server.inject(
            *SUBMIT,
            Response(
                200,
                body=f'{{"x": "{API_KEY}"',
                headers={**hdrs, "Content-Type": "application/json"},
            ),
        )
        with pytest.raises(ResponseDecodeError) as decode:
            await _submit(client)
        errors.append(decode.value)
        sim.next_plans.append(TaskPlan(outcome="failed", polls=1, error_message=f"echo {API_KEY}"))
        failed = await _submit(client)
        with pytest.raises(TaskFailedError) as task_failed:
            await aw(failed.wait(timeout=5))
        errors.append(task_failed.value)
        sim.next_plans.append(TaskPlan(outcome="never"))
        stuck = await _submit(client)
        gateway_server.inject(
            *POLL, *[Response(200, {"status": f"odd-{API_KEY}"}, headers=hdrs)] * 2
        )
        with pytest.raises(UnknownStatusError) as unknown:
            await aw(stuck.wait(timeout=5))
        errors.append(unknown.value)
        gateway_server.inject(*POLL, Response(200, {"pad": API_KEY * 100}, headers=hdrs))
        with pytest.raises(ResponseTooLargeError) as large:
            await aw(stuck.wait(timeout=5))
        errors.append(large.value)
        gateway_server.inject(*POLL, Response.error(503, "x", API_KEY, headers=hdrs))
        with pytest.raises(DeadlineExceededError) as deadline:
            await aw(stuck.wait(timeout=0.05))
        errors.append(deadline.value)
        handles.extend(t.to_json() for t in (failed, stuck))

    both(scenario, max_unknown_polls=2, max_response_bytes=2048)
    assert len(errors) == 7
    for err in errors:
        for text in _strings(err):
            assert API_KEY not in text, (type(err).__name__, text)
    assert errors[0].request_id == "req-***" and errors[0].headers["x-echo-key"] == "***"  # type: ignore[attr-defined]
    assert errors[0].url == f"{gateway_server.url}/v1/models"  # type: ignore[attr-defined]
    for handle in handles:
        assert API_KEY not in handle
    assert API_KEY not in caplog.text
    assert gateway_server.requests[0].headers["api-key"] == API_KEY  # it was really sent


def test_connection_error_url_is_redacted(both: Both) -> None:
    from tests.runtime.conftest import API_KEY

    async def scenario(client: Any) -> None:
        with pytest.raises(APIConnectionError) as info:
            await aw(client.request("listModels"))
        assert info.value.url is not None and "127.0.0.1:9" in info.value.url
        for text in _strings(info.value):
            assert API_KEY not in text

    both(scenario, base_url=f"http://user:{API_KEY}@127.0.0.1:9", max_retries=0)


# -- 7. Accept and non-JSON replies ------------------------------------------------------------


def _conformant(media_type: str, reply: Response) -> Callable[[Request], Response]:
    """A handler that answers 406 unless the request accepts ``media_type`` (as Prism does)."""

    def handle(request: Request) -> Response:
        accepted = [p.split(";")[0].strip() for p in request.headers.get("accept", "").split(",")]
        if media_type not in accepted and "*/*" not in accepted:
            return Response.error(406, "not_acceptable", f"cannot produce {media_type}")
        return reply

    return handle


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_accept_follows_declared_media_types_and_replies_keep_their_type(
    mode: str, gateway_server: GatewayServer
) -> None:
    import asyncio

    from generated.gptnb import GPTNB, AsyncGPTNB
    from tests.runtime.conftest import API_KEY

    mp3 = b"ID3\x04\x00" + bytes(range(256)) * 8
    events = b'data: {"state":"processing"}\n\n'
    gateway_server.route(
        "POST",
        "/v1/audio/speech",
        _conformant("audio/mpeg", Response(200, body=mp3, headers={"Content-Type": "audio/mpeg"})),
    )
    gateway_server.route(
        "GET",
        "/vidu/v1/tasks/state",
        _conformant(
            "text/event-stream",
            Response.drip(events, interval=0.01, chunks=3, content_type="text/event-stream"),
        ),
    )
    gateway_server.route(
        "GET", "/v1/models", _conformant("application/json", Response(200, {"data": []}))
    )
    options: dict[str, Any] = {"api_key": API_KEY, "base_url": gateway_server.url, "journal": False}

    async def scenario() -> tuple[Any, list[str]]:
        if mode == "sync":
            with GPTNB(**options) as client:
                audio = client.audio.speech.create(model="tts-1", input="你好", voice="alloy")
                with client.vidu.tasks.state(id="2370487727425660") as stream:
                    states = [event.state for event in stream]
                return audio, states
        async with AsyncGPTNB(**options) as aclient:
            audio = await aclient.audio.speech.create(model="tts-1", input="你好", voice="alloy")
            async with await aclient.vidu.tasks.state(id="2370487727425660") as astream:
                states = [event.state async for event in astream]
            return audio, states

    audio, states = asyncio.run(scenario())
    assert audio == mp3
    assert states == ["processing"] * 3
    accepts = {r.path: r.headers["accept"] for r in gateway_server.requests}
    assert accepts["/v1/audio/speech"].startswith("audio/mpeg")
    assert accepts["/vidu/v1/tasks/state"].startswith("text/event-stream")
