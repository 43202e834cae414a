"""The bounded decoder and the capped SSE splitter, alone and through both clients."""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from gateway_runtime import ResponseDecodeError, ResponseTooLargeError
from gateway_runtime._body import BodyTooLarge, read_sync
from gateway_runtime._inflate import PIECE, EncodingRefused, Inflater
from gateway_runtime._sse import EventSplitter, EventTooLarge
from tests.gateway_server import GatewayServer, Response
from tests.runtime.conftest import aw


def _decode(coding: str | None, raw: bytes, cut: int) -> bytes:
    inflater = Inflater(coding)
    pieces = [p for i in range(0, len(raw), cut) for p in inflater.feed(raw[i : i + cut])]
    pieces += list(inflater.end())
    assert all(len(p) <= PIECE for p in pieces) or coding is None
    return b"".join(pieces)


def _raw_deflate(data: bytes) -> bytes:
    z = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    return z.compress(data) + z.flush()


@given(data=st.binary(max_size=3000), cut=st.integers(1, 700))
def test_every_supported_coding_round_trips_in_any_cut(data: bytes, cut: int) -> None:
    assert _decode(None, data, cut) == data
    assert _decode("identity", data, cut) == data
    assert _decode("gzip", gzip.compress(data), cut) == data
    assert _decode("x-gzip", gzip.compress(data), cut) == data
    assert _decode("deflate", zlib.compress(data), cut) == data
    assert _decode("deflate", _raw_deflate(data), cut) == data


def test_a_bomb_comes_out_in_bounded_pieces_made_one_at_a_time() -> None:
    bomb = gzip.compress(b"\0" * (64 * PIECE))
    pieces = Inflater("gzip").feed(bomb)  # a generator: nothing is inflated until asked
    first = next(pieces)
    assert len(first) == PIECE
    assert sum(len(p) for p in pieces) == 63 * PIECE


@pytest.mark.parametrize(
    ("header", "message"),
    [
        ("gzip, gzip", "stacked Content-Encoding 'gzip, gzip' refused: at most one layer"),
        ("deflate,gzip", "stacked Content-Encoding 'deflate, gzip' refused"),
        ("br", r"Content-Encoding 'br' is not decoded \(asked for gzip, deflate\)"),
    ],
)
def test_stacked_and_unknown_encodings_are_refused(header: str, message: str) -> None:
    with pytest.raises(EncodingRefused, match=message):
        Inflater(header)


def test_corrupt_gzip_is_refused() -> None:
    with pytest.raises(EncodingRefused, match="corrupt gzip body"):
        list(Inflater("gzip").feed(b"not gzip at all"))


def _events(splitter: EventSplitter, raw: bytes, cut: int) -> list[tuple[str, str, str]]:
    found = []
    for i in range(0, len(raw), cut):
        found += splitter.feed(raw[i : i + cut])
    return [(e.event, e.data, e.id) for e in found]


@given(cut=st.integers(1, 40))
def test_events_split_on_any_line_ending_and_across_reads(cut: int) -> None:
    raw = (
        b": comment\r\n"
        b"event: delta\r\ndata: a\r\ndata:  b\r\nid: 7\r\n\r\n"
        b'data: {"x": 1}\n\n'
        b"retry: 10\rdata: c\r\r"
        b"data: unfinished"
    )
    assert _events(EventSplitter(100), raw, cut) == [
        ("delta", "a\n b", "7"),
        ("message", '{"x": 1}', "7"),
        ("message", "c", "7"),
    ]


def test_an_event_is_capped_while_its_line_is_still_coming() -> None:
    splitter = EventSplitter(1000)
    splitter.feed(b"data: " + b"x" * 900)
    with pytest.raises(EventTooLarge, match="exceeds max_event_bytes=1000"):
        splitter.feed(b"x" * 200)  # no line end yet: the unfinished line counts
    splitter = EventSplitter(1000)
    splitter.feed(b"data: " + b"y" * 600 + b"\n")
    with pytest.raises(EventTooLarge):
        splitter.feed(b"data: " + b"y" * 600 + b"\n")  # two data lines of one event
    splitter = EventSplitter(1000)
    for _ in range(5):  # many events, each under the cap
        assert len(splitter.feed(b"data: " + b"z" * 600 + b"\n\n")) == 1
    for _ in range(5):  # comments are not kept, so they do not add up
        assert splitter.feed(b": " + b"k" * 600 + b"\n") == []


# -- through the clients ----------------------------------------------------------------------


def test_gzip_and_deflate_replies_are_decoded_for_json_binary_and_streams(
    both: Callable[..., Any], gateway_server: GatewayServer
) -> None:
    body = json.dumps({"task_id": "t", "status": "queued"}).encode()
    gateway_server.route(
        "GET",
        "/v1/tasks/{task_id}",
        Response(200, body=gzip.compress(body), headers={"Content-Encoding": "gzip"}),
    )
    png = b"\x89PNG" + bytes(range(256)) * 100
    gateway_server.route(
        "GET",
        "/v1/download",
        Response(
            200,
            body=zlib.compress(png),
            headers={"Content-Type": "image/png", "Content-Encoding": "deflate"},
        ),
    )
    sse = b'data: {"choices": []}\n\ndata: [DONE]\n\n'
    gateway_server.route(
        "POST",
        "/v1/chat",
        Response(
            200,
            body=gzip.compress(sse),
            headers={"Content-Type": "text/event-stream", "Content-Encoding": "gzip"},
        ),
    )

    async def scenario(client: Any) -> None:
        assert await aw(client.request("getTask", path_params={"task_id": "t"})) == json.loads(body)
        assert await aw(client.request("download")) == png
        stream = await aw(client.stream("chat", body={"stream": True}, parse=dict))
        chunks = []
        if hasattr(stream, "__aiter__"):
            chunks = [c async for c in stream]
        else:
            chunks = list(stream)
        assert chunks == [{"choices": []}]

    both(scenario)


def test_caps_name_the_option_that_applies(
    both: Callable[..., Any], gateway_server: GatewayServer
) -> None:
    gateway_server.route(
        "GET",
        "/v1/download",
        Response(200, body=b"\0" * 5000, headers={"Content-Type": "image/png"}),
    )
    gateway_server.route(
        "GET",
        "/v1/tasks/{task_id}",
        Response(200, body=b"\0" * 5000, headers={"Content-Type": "application/octet-stream"}),
    )
    gateway_server.route(
        "GET",
        "/v1/models",
        Response(200, body=gzip.compress(b"[]"), headers={"Content-Encoding": "gzip, gzip"}),
    )

    async def scenario(client: Any) -> None:
        with pytest.raises(ResponseTooLargeError) as info:
            await aw(client.request("download"))
        assert "download: HTTP 200 body passed max_binary_bytes (5000+ bytes > 4000" in str(
            info.value
        )
        assert info.value.limit == 4000
        with pytest.raises(
            ResponseTooLargeError, match=r"passed max_response_bytes \(5000\+ bytes > 3000"
        ):
            await aw(client.request("getTask", path_params={"task_id": "t"}))
        with pytest.raises(
            ResponseDecodeError, match="stacked Content-Encoding 'gzip, gzip' refused"
        ):
            await aw(client.request("listModels"))

    both(scenario, max_binary_bytes=4000, max_response_bytes=3000)


def test_a_body_httpx_already_holds_is_counted_against_the_cap_not_read_again() -> None:
    request = httpx.Request("GET", "http://127.0.0.1/x")
    held = httpx.Response(200, content=b"x" * 5000, request=request)  # read on construction
    assert read_sync(held, None, 6000, "max_response_bytes") == b"x" * 5000
    held = httpx.Response(200, content=b"x" * 5000, request=request)
    with pytest.raises(BodyTooLarge, match="exceeds max_response_bytes=3000"):
        read_sync(held, None, 3000, "max_response_bytes")
