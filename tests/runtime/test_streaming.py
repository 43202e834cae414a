"""Streaming (SSE) against the real local server: framing, end marker, errors, cuts, timeouts."""

from __future__ import annotations

import asyncio
import gc
import json
from collections.abc import Callable
from typing import Any

import pytest

from gateway_runtime import (
    AsyncClient,
    AuthenticationError,
    GatewayError,
    StreamError,
    StreamInterruptedError,
    SyncClient,
)
from gateway_runtime.accumulate import ChatAccumulator, accumulate_chat
from tests.gateway_server import GatewayServer, Response

MakeClient = Callable[..., SyncClient]
CHAT = ("POST", "/v1/chat")


def _chunk(text: str, **extra: Any) -> dict[str, Any]:
    return {
        "id": "c1",
        "object": "chat.completion.chunk",
        "model": "m",
        "choices": [{"index": 0, "delta": {"content": text}, "finish_reason": None}],
        **extra,
    }


def _events(*chunks: dict[str, Any], done: bool = True, crlf: bool = False) -> str:
    text = ": keep-alive comment\n\n"
    for chunk in chunks:
        text += f"data: {json.dumps(chunk)}\n\n"
    if done:
        text += "data: [DONE]\n\n"
    return text.replace("\n", "\r\n") if crlf else text


def _stream(client: SyncClient) -> Any:
    return client.stream(
        "chat", body={"prompt": "hi", "stream": True}, parse=lambda body: body["choices"]
    )


def test_events_split_across_tcp_reads_with_comments_and_crlf_arrive_in_order(
    make_client: MakeClient, gateway_server: GatewayServer
) -> None:
    body = _events(_chunk("Hel"), _chunk("lo"), _chunk("!"), crlf=True)
    gateway_server.route(*CHAT, Response.sse(body, split_every=7))
    client = make_client()
    with _stream(client) as stream:
        texts = [choices[0]["delta"]["content"] for choices in stream]
    assert texts == ["Hel", "lo", "!"]
    assert stream.response.is_closed
    request = gateway_server.requests[-1]
    assert request.headers["accept"] == "text/event-stream"
    assert request.json()["stream"] is True


def test_multi_line_data_is_joined_before_json_decoding(
    make_client: MakeClient, gateway_server: GatewayServer
) -> None:
    body = 'data: {"choices":\ndata: [{"delta": {"content": "two lines"}}]}\n\ndata: [DONE]\n\n'
    gateway_server.route(*CHAT, Response.sse(body, split_every=5))
    with _stream(make_client()) as stream:
        assert [c[0]["delta"]["content"] for c in stream] == ["two lines"]


def test_error_event_mid_stream_raises_gateway_code_and_message(
    make_client: MakeClient, gateway_server: GatewayServer
) -> None:
    error = {"error": {"code": "upstream_overloaded", "message": "upstream is busy"}}
    body = f"data: {json.dumps(_chunk('a'))}\n\ndata: {json.dumps(error)}\n\n"
    gateway_server.route(*CHAT, Response.sse(body))
    received: list[Any] = []
    with pytest.raises(StreamError) as info, _stream(make_client()) as stream:
        received.extend(stream)
    assert len(received) == 1
    assert info.value.code == "upstream_overloaded"
    assert "upstream is busy" in str(info.value)
    assert gateway_server.count(*CHAT) == 1


def test_named_error_event_raises_stream_error(
    make_client: MakeClient, gateway_server: GatewayServer
) -> None:
    body = 'event: error\ndata: {"code": 429, "message": "quota exceeded"}\n\n'
    gateway_server.route(*CHAT, Response.sse(body))
    with pytest.raises(StreamError) as info, _stream(make_client()) as stream:
        list(stream)
    assert info.value.code == 429
    assert "quota exceeded" in str(info.value)


def test_connection_cut_mid_stream_raises_and_is_not_replayed(
    make_client: MakeClient, gateway_server: GatewayServer
) -> None:
    body = _events(_chunk("a"), _chunk("b"), done=False)
    gateway_server.route(*CHAT, Response.sse(body, split_every=9, cut=True))
    got: list[Any] = []
    with pytest.raises(StreamInterruptedError), _stream(make_client(max_retries=3)) as stream:
        got.extend(stream)
    assert len(got) == 2
    assert gateway_server.count(*CHAT) == 1


def test_stream_that_ends_without_done_marker_is_incomplete(
    make_client: MakeClient, gateway_server: GatewayServer
) -> None:
    gateway_server.route(*CHAT, Response.sse(_events(_chunk("a"), done=False)))
    with pytest.raises(StreamInterruptedError, match=r"before \[DONE\]"):
        list(_stream(make_client()))


def test_read_timeout_applies_between_events(
    make_client: MakeClient, gateway_server: GatewayServer
) -> None:
    first = f"data: {json.dumps(_chunk('a'))}\n\n".encode()
    gateway_server.route(
        *CHAT,
        Response.streamed(
            [first, 0.05, first, 1.5, b"data: [DONE]\n\n"], content_type="text/event-stream"
        ),
    )
    got: list[Any] = []
    with (
        pytest.raises(StreamInterruptedError, match="timed out between events"),
        _stream(make_client(timeout=0.5, max_retries=3)) as stream,
    ):
        got.extend(stream)
    assert len(got) == 2  # each wait was shorter than the timeout; the third was not
    assert gateway_server.count(*CHAT) == 1


def test_error_status_on_a_stream_request_raises_the_typed_error(
    make_client: MakeClient, gateway_server: GatewayServer
) -> None:
    gateway_server.route(*CHAT, Response.error(401, "invalid_key", "bad key"))
    with pytest.raises(AuthenticationError, match="bad key"):
        _stream(make_client())


def test_json_error_envelope_instead_of_a_stream_raises_gateway_error(
    make_client: MakeClient, gateway_server: GatewayServer
) -> None:
    gateway_server.route(*CHAT, Response.envelope("quota", "no quota left"))
    with pytest.raises(GatewayError, match="no quota left"):
        _stream(make_client())


def test_closing_early_or_abandoning_releases_the_connection(
    make_client: MakeClient, gateway_server: GatewayServer
) -> None:
    long = _events(*[_chunk(str(i)) for i in range(50)])
    gateway_server.route(*CHAT, Response.sse(long, split_every=400))
    client = make_client()
    with _stream(client) as stream:
        next(stream)
    assert stream.response.is_closed
    abandoned = _stream(client)
    next(abandoned)
    response = abandoned.response
    del abandoned
    gc.collect()
    assert response.is_closed
    for _ in range(2):  # the pool still works: nothing is left checked out
        with _stream(client) as again:
            assert len(list(again)) == 50


def test_stream_without_declared_shape_yields_text_and_ends_with_the_body(
    make_client: MakeClient, gateway_server: GatewayServer
) -> None:
    body = 'data: {"state": "processing"}\n\ndata: plain text\n\n'
    gateway_server.route("GET", "/v1/events", Response.sse(body, split_every=3))
    stream = make_client().stream("events", parse=lambda body: body)
    assert list(stream) == [{"state": "processing"}, "plain text"]


def test_async_stream_iterates_closes_and_reports_cuts(
    make_async_client: Callable[..., AsyncClient], gateway_server: GatewayServer
) -> None:
    body = _events(_chunk("x"), _chunk("y"), crlf=True)
    gateway_server.route(*CHAT, Response.sse(body, split_every=6))

    async def main() -> tuple[list[str], bool, int]:
        async with make_async_client() as client:
            stream = await client.stream(
                "chat", body={"prompt": "p", "stream": True}, parse=lambda b: b["choices"]
            )
            async with stream:
                texts = [c[0]["delta"]["content"] async for c in stream]
            gateway_server.route(*CHAT, Response.sse(_events(_chunk("z"), done=False), cut=True))
            cut = await client.stream("chat", body={"prompt": "p", "stream": True}, parse=dict)
            got = 0
            with pytest.raises(StreamInterruptedError):
                async for _ in cut:
                    got += 1
            return texts, stream.response.is_closed, got

    texts, closed, got = asyncio.run(main())
    assert texts == ["x", "y"]
    assert closed
    assert got == 1


def test_accumulator_assembles_content_tool_calls_and_usage() -> None:
    chunks = [
        {"id": "c", "model": "m", "choices": [{"index": 0, "delta": {"role": "assistant"}}]},
        _chunk("Hello, "),
        _chunk("world"),
        {
            "choices": [
                {
                    "index": 0,
                    "delta": {
                        "tool_calls": [
                            {
                                "index": 0,
                                "id": "t1",
                                "type": "function",
                                "function": {"name": "get", "arguments": '{"a"'},
                            }
                        ]
                    },
                }
            ]
        },
        {
            "choices": [
                {
                    "index": 0,
                    "delta": {"tool_calls": [{"index": 0, "function": {"arguments": ": 1}"}}]},
                }
            ]
        },
        {
            "choices": [{"index": 0, "delta": {}, "finish_reason": "tool_calls"}],
            "usage": {"prompt_tokens": 3, "completion_tokens": 4, "total_tokens": 7},
        },
    ]
    final = accumulate_chat(chunks)
    message = final["choices"][0]["message"]
    assert message["content"] == "Hello, world"
    assert message["tool_calls"][0]["function"] == {"name": "get", "arguments": '{"a": 1}'}
    assert message["tool_calls"][0]["id"] == "t1"
    assert final["choices"][0]["finish_reason"] == "tool_calls"
    assert final["usage"]["total_tokens"] == 7
    assert final["id"] == "c"
    assert ChatAccumulator.delta_text(_chunk("piece")) == "piece"


def test_an_abandoned_stream_is_closed_off_the_collecting_thread() -> None:
    """Garbage collection may finalize a stream inside another request of the same client, on
    the thread holding the connection pool's lock: closing there would deadlock (found by the
    simulator test calling every GPTNB operation, docmee's event streams among them)."""
    import threading

    from gateway_runtime.streaming import Stream

    closed_on: list[threading.Thread] = []
    done = threading.Event()

    class Response:
        is_closed = False

        def close(self) -> None:
            closed_on.append(threading.current_thread())
            done.set()

    stream = Stream.__new__(Stream)
    stream.response = Response()  # type: ignore[assignment]
    stream.__del__()
    assert done.wait(5)
    assert closed_on and closed_on[0] is not threading.current_thread()
