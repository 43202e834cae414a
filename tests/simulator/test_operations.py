"""Every operation answers; auth, validation and streaming behave as the spec declares."""

from __future__ import annotations

import asyncio
import importlib
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from gateway_runtime import SyncClient
from gateway_runtime.accumulate import ChatAccumulator, accumulate_chat
from gateway_runtime.errors import (
    AuthenticationError,
    NotFoundError,
    TaskCanceledError,
    UnprocessableEntityError,
)
from gateway_runtime.streaming import Stream
from generator.simulator import Simulator, running
from generator.simulator.__main__ import main as simulator_main
from generator.simulator.chat import TEXT
from tests.simulator.calls import GATEWAYS, KEY, client_class, kwargs, method

CHAT = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}]}


@pytest.fixture(autouse=True)
def _journal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("GATEWAY_JOURNAL", str(tmp_path / "journal.sqlite3"))


@pytest.fixture(scope="module")
def sims() -> Iterator[dict[str, Simulator]]:
    started = {g: Simulator(g).start() for g in GATEWAYS}
    yield started
    for sim in started.values():
        sim.stop()


@pytest.mark.parametrize("gateway", list(GATEWAYS))
def test_every_plain_operation_answers_what_the_client_parses(
    sims: dict[str, Simulator], gateway: str
) -> None:
    sim = sims[gateway]
    spec = sim.gateway.spec
    task_ops = {op for b in spec.tasks.values() for op in (*b.submit, b.poll, b.cancel)}
    plain = [op for op in spec.operations if op not in task_ops]
    with client_class(gateway)(api_key=KEY, base_url=sim.url) as client:
        for op_id in plain:
            answer = method(client, sim.gateway, op_id)(**kwargs(sim.gateway, op_id))
            assert answer is not None, op_id
            if isinstance(answer, Stream):  # read what the stream says, then release it
                with answer:
                    list(answer)
            assert sim.count(op_id) == 1


def _strip_auth(request: httpx.Request) -> None:
    for name in ("authorization", "api-key", "mj-api-secret"):
        request.headers.pop(name, None)


@pytest.mark.parametrize("gateway", list(GATEWAYS))
def test_missing_key_is_401_in_the_gateway_envelope(
    sims: dict[str, Simulator], gateway: str
) -> None:
    sim = sims[gateway]
    op_id = next(iter(sim.gateway.spec.tasks.values())).submit[0]
    http = httpx.Client(event_hooks={"request": [_strip_auth]})
    with client_class(gateway)(api_key=KEY, base_url=sim.url, http_client=http) as client:
        with pytest.raises(AuthenticationError) as caught:
            method(client, sim.gateway, op_id)(**kwargs(sim.gateway, op_id))
    assert caught.value.status_code == 401
    assert caught.value.code in ("invalid_api_key", 401)  # int codes where the envelope's are
    assert "missing API key" in str(caught.value.message)
    assert KEY not in str(caught.value)


@pytest.mark.parametrize("gateway", list(GATEWAYS))
def test_invalid_payload_is_422_with_the_validators_problems(
    sims: dict[str, Simulator], gateway: str
) -> None:
    sim = sims[gateway]
    deref = sim.gateway.sampler.deref
    op = next(  # the first submit with a required body field
        op
        for b in sim.gateway.spec.tasks.values()
        for op in map(sim.gateway.op, b.submit)
        if op.body is not None and deref(op.payload_schema).get("required")
    )
    body, params = sim.gateway.sample_request(op.operation_id)
    required = list(deref(op.payload_schema)["required"])
    broken = {k: v for k, v in body.items() if k != required[0]}
    client = SyncClient(sim.gateway.spec, api_key=KEY, base_url=sim.url, validate=False)
    with client, pytest.raises(UnprocessableEntityError) as caught:
        client.request(
            op.operation_id, path_params=params, query={}, headers={}, body=broken, options=None
        )
    assert f"{required[0]}: required" in str(caught.value.message)


def test_unknown_task_is_404() -> None:
    with running("qingbo") as sim, client_class("qingbo")(api_key=KEY, base_url=sim.url) as client:
        with pytest.raises(NotFoundError):
            client.tasks.retrieve(task_id="no-such-task")


@pytest.mark.parametrize("gateway", ["uniapi", "gptnb"])
def test_chat_streams_typed_chunks_to_the_generated_clients(
    sims: dict[str, Simulator], gateway: str
) -> None:
    """``create(..., stream=True)``, sync and async, folded into the final message by
    ``gateway_runtime.accumulate``; without ``stream`` the same call answers one JSON body."""
    sim = sims[gateway]
    models = importlib.import_module(f"generated.{gateway}.models")
    with client_class(gateway)(api_key=KEY, base_url=sim.url) as client:
        with client.chat.completions.create(**CHAT, stream=True) as stream:
            chunks = list(stream)
        whole = client.chat.completions.create(**CHAT)

    async def run() -> dict[str, object]:
        acc = ChatAccumulator()
        async with client_class(gateway, asynchronous=True)(api_key=KEY, base_url=sim.url) as c:
            stream = await c.chat.completions.create(**CHAT, stream=True)
            async with stream:
                async for chunk in stream:
                    acc.add(chunk)
        return acc.completion()

    assert chunks and all(isinstance(c, models.ChatCompletionChunk) for c in chunks)
    assert {c.object for c in chunks} == {"chat.completion.chunk"}
    assert chunks[0].choices[0].delta.role == "assistant"
    assert chunks[-1].choices[0].finish_reason == "stop"
    for completion in (accumulate_chat(chunks), asyncio.run(run())):
        final = models.ChatCompletionResponse.model_validate(completion)
        message = final.choices[0].message
        assert message.role == "assistant"
        assert message.content == TEXT
        assert final.choices[0].finish_reason == "stop"
        assert final.model == CHAT["model"]
    assert isinstance(whole, models.ChatCompletionResponse)
    assert whole.choices[0].message.content == TEXT  # the same answer, not the schema's "string"
    assert whole.model == CHAT["model"]
    assert sim.count("createChatCompletion") >= 3


@pytest.mark.parametrize(
    ("gateway", "operation"),
    [("uniapi", "createCompletion"), ("uniapi", "createResponse"), ("gptnb", "createCompletion")],
)
def test_every_streaming_operation_streams_its_own_event_shape(
    sims: dict[str, Simulator], gateway: str, operation: str
) -> None:
    """Text completions stream ``text_completion`` chunks ending ``[DONE]``; Responses events
    (no end marker declared) end with the body, so the client's stream ends cleanly."""
    sim = sims[gateway]
    spec = sim.gateway.op(operation).stream
    assert spec is not None
    with client_class(gateway)(api_key=KEY, base_url=sim.url) as client:
        call = method(client, sim.gateway, operation)
        with call(**{**kwargs(sim.gateway, operation), "stream": True}) as stream:
            chunks = list(stream)
    assert chunks
    if operation == "createCompletion":
        assert "".join(c.choices[0].text or "" for c in chunks) == TEXT


@pytest.mark.parametrize("gateway", ["uniapi", "gptnb"])
def test_chat_stream_on_the_wire_is_sse_ending_with_done(
    sims: dict[str, Simulator], gateway: str
) -> None:
    headers = {"Authorization": f"Bearer {KEY}"}
    with (
        httpx.Client() as http,
        http.stream(
            "POST", f"{sims[gateway].url}/v1/chat/completions", json={**CHAT, "stream": True},
            headers=headers,
        ) as reply,
    ):  # fmt: skip
        assert reply.status_code == 200
        assert reply.headers["content-type"].startswith("text/event-stream")
        events = [line[6:] for line in reply.iter_lines() if line.startswith("data: ")]
    assert events[-1] == "[DONE]"
    assert all(json.loads(e)["object"] == "chat.completion.chunk" for e in events[:-1])


def test_canceled_task_ends_in_task_canceled() -> None:
    with (
        running("qingbo", polls=5) as sim,
        client_class("qingbo")(api_key=KEY, base_url=sim.url) as client,
    ):
        task = client.tasks.create(model="seedream-5.0", prompt="a cat")
        task.cancel()
        with pytest.raises(TaskCanceledError) as caught:
            task.wait(timeout=5, poll_interval=0.001)
    assert caught.value.state is not None and caught.value.state.status == "cancelled"


def test_served_files_answer_head_and_get() -> None:
    with running("qingbo") as sim, httpx.Client() as http:
        url = f"{sim.url}/_simulator/files/demo/1.png"
        head = http.head(url)
        got = http.get(url)
    assert head.status_code == got.status_code == 200
    assert int(head.headers["content-length"]) == len(got.content)
    assert got.content.startswith(b"\x89PNG")


def test_command_line_prints_the_url_and_serves() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "generator.simulator", "buble", "--port", "0", "--seed", "3"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().strip()
        assert line.startswith("buble simulator listening on http://127.0.0.1:")
        url = line.rsplit(" ", 1)[1]
        assert httpx.get(f"{url}/api/v1/models").status_code == 401
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_command_line_unknown_gateway_is_exit_2_without_traceback(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """In process: ``main`` returns 2 (raising would be the traceback)."""
    assert simulator_main(["nope"]) == 2
    err = capsys.readouterr().err
    assert "no such gateway or spec file; known gateways: buble, gptnb, qingbo" in err
    assert "Traceback" not in err
