"""End to end with the generated clients: UniAPI/GPTNB chat streaming, Qingbo downloads.

The streams come from tests/gateway_server.py, which cuts SSE events across TCP chunks; the
download runs on the simulator, which serves the task's image."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from gateway_runtime._saving import stem_for
from gateway_runtime.accumulate import accumulate_chat
from generated.gptnb import AsyncGPTNB
from generated.qingbo import Qingbo
from generated.uniapi import UniAPI, models
from generator.simulator import running
from generator.simulator.app import FILES
from generator.simulator.assets import render
from tests.gateway_server import GatewayServer, Response

KEY = "sk-e2e-SECRET-KEY-123"
MESSAGES = [{"role": "user", "content": "hi"}]


def _sse(*texts: str) -> str:
    chunks = [
        {
            "id": "chatcmpl-1",
            "object": "chat.completion.chunk",
            "created": 1,
            "model": "gpt-4o-mini",
            "choices": [{"index": 0, "delta": {"content": t}, "finish_reason": None}],
        }
        for t in texts
    ]
    return "".join(f"data: {json.dumps(c)}\r\n\r\n" for c in chunks) + "data: [DONE]\r\n\r\n"


@pytest.fixture(autouse=True)
def _journal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("GATEWAY_JOURNAL", str(tmp_path / "journal.sqlite3"))


@pytest.fixture
def server() -> Iterator[GatewayServer]:
    with GatewayServer() as srv:
        yield srv


def test_uniapi_chat_stream_yields_typed_chunks_and_plain_call_still_returns_the_model(
    server: GatewayServer,
) -> None:
    server.route("POST", "/v1/chat/completions", Response.sse(_sse("Hel", "lo"), split_every=11))
    with UniAPI(api_key=KEY, base_url=server.url) as client:
        with client.chat.completions.create(
            model="gpt-4o-mini", messages=MESSAGES, stream=True
        ) as stream:
            chunks = list(stream)
        assert all(isinstance(c, models.ChatCompletionChunk) for c in chunks)
        final = models.ChatCompletionResponse.model_validate(accumulate_chat(chunks))
        assert final.choices is not None and final.choices[0].message is not None
        assert final.choices[0].message.content == "Hello"
        server.route(
            "POST",
            "/v1/chat/completions",
            json={"id": "c", "object": "chat.completion", "choices": []},
        )
        plain = client.chat.completions.create(model="gpt-4o-mini", messages=MESSAGES)
        assert isinstance(plain, models.ChatCompletionResponse)
    assert server.requests[0].json()["stream"] is True
    assert "stream" not in server.requests[-1].json()


def test_gptnb_async_chat_stream(server: GatewayServer) -> None:
    server.route("POST", "/v1/chat/completions", Response.sse(_sse("a", "b", "c"), split_every=4))

    async def main() -> list[str]:
        async with AsyncGPTNB(api_key=KEY, base_url=server.url) as client:
            stream = await client.chat.completions.create(model="m", messages=MESSAGES, stream=True)
            async with stream:
                return [
                    c.choices[0].delta.content or ""
                    async for c in stream
                    if c.choices and c.choices[0].delta
                ]

    assert asyncio.run(main()) == ["a", "b", "c"]


def test_qingbo_task_download_saves_the_images(tmp_path: Path) -> None:
    """The simulator serves the finished task's image; ``download`` saves exactly those bytes."""
    with (
        running("qingbo", polls=2) as sim,
        Qingbo(api_key=KEY, base_url=sim.url) as client,
    ):
        task = client.tasks.create(model="seedream-5.0", prompt="柴犬")
        task.wait(poll_interval=0.01)  # the spec's 3 s interval would only slow the test
        paths = task.download(tmp_path / "out")
        outputs = task.outputs
    assert outputs and all(o.expires_at is not None for o in outputs)
    assert len(paths) == len(outputs)
    for path, output in zip(paths, outputs, strict=True):
        assert output.url is not None and output.url.startswith(sim.url + FILES)
        served = output.url[len(sim.url + FILES) :]
        assert (
            path.name
            == f"{stem_for(task.id, always_hash=True)}-{output.index}{Path(served).suffix}"
        )
        assert path.read_bytes() == render(served)[0]
    assert paths[0].read_bytes().startswith(b"\x89PNG")  # result.images come first
