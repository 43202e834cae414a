"""Every result tells its HTTP facts; every plain call has a deadline covering it whole.

* binary and text results, and streams, read ``.headers`` / ``.status_code`` / ``.request_id``
  like JSON results and models do, and stay ``bytes`` / ``str`` / iterable streams;
* ``client.request()`` on an event-stream operation returns a ``Stream`` read by the bounded
  decoder and event splitter (``max_event_bytes``), not the open ``httpx.Response``;
* a body that drips forever cannot carry a typed or raw call past ``call_timeout`` (sync and
  async, against the real server in tests/gateway_server.py).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

import pytest

from gateway_runtime import APITimeoutError, RequestOptions, ResponseTooLargeError
from gateway_runtime.raw import RawBytes, RawStr, http_info
from gateway_runtime.streaming import AsyncStream, Stream
from tests.gateway_server import GatewayServer, Response
from tests.runtime.conftest import API_KEY, aw

Both = Callable[..., Any]
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


def test_binary_and_text_results_carry_the_response_facts(
    both: Both, gateway_server: GatewayServer
) -> None:
    gateway_server.route(
        "GET",
        "/raw/image",
        Response(200, body=PNG, headers={"Content-Type": "image/png", "X-Request-Id": "req-bin"}),
    )
    gateway_server.route(
        "GET",
        "/raw/text",
        Response(200, body="你好", headers={"Content-Type": "text/plain; charset=utf-8"}),
    )

    async def scenario(client: Any) -> None:
        image = await aw(client.request("GET", "/raw/image"))
        assert isinstance(image, bytes) and isinstance(image, RawBytes) and image == PNG
        assert image.status_code == 200 and image.request_id == "req-bin"
        assert image.headers["content-type"] == "image/png"
        assert http_info(image) is not None and http_info(image).request_id == "req-bin"  # type: ignore[union-attr]
        text = await aw(client.request("GET", "/raw/text"))
        assert isinstance(text, str) and isinstance(text, RawStr) and text == "你好"
        assert text.status_code == 200 and text.headers["content-type"].startswith("text/plain")

    both(scenario)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_event_stream_request_is_a_bounded_stream_with_its_facts(
    mode: str, gateway_server: GatewayServer
) -> None:
    """GPTNB's ``vidu.tasks.state`` answers only ``text/event-stream``: raw ``request()`` of its
    path gives a ``Stream`` of decoded events (headers included), and an event larger than
    ``max_event_bytes`` is a typed error, not a line held in memory without limit."""
    from generated.gptnb import GPTNB, AsyncGPTNB

    path = "/vidu/v1/tasks/state"
    small = b'data: {"state":"processing"}\n\ndata: {"state":"success"}\n\n'
    huge = b'data: {"state":"' + b"x" * 64 * 1024 + b'"}\n\n'
    headers = {"Content-Type": "text/event-stream", "X-Request-Id": "req-sse"}
    gateway_server.inject(
        "GET",
        path,
        Response.streamed(
            [small], content_type=headers["Content-Type"], headers={"X-Request-Id": "req-sse"}
        ),
    )
    gateway_server.inject("GET", path, Response.streamed([huge], content_type="text/event-stream"))
    options: dict[str, Any] = {
        "api_key": API_KEY,
        "base_url": gateway_server.url,
        "journal": False,
        "max_event_bytes": 4096,
    }

    async def scenario() -> tuple[list[Any], Any, type[BaseException] | None]:
        if mode == "sync":
            with GPTNB(**options) as client:
                stream = client.request("GET", path, params={"id": "1"})
                assert isinstance(stream, Stream)
                with stream:
                    events = list(stream)
                with pytest.raises(ResponseTooLargeError) as caught:
                    with client.request("GET", path, params={"id": "1"}) as big:
                        list(big)
                return events, stream, caught.type
        async with AsyncGPTNB(**options) as aclient:
            astream = await aclient.request("GET", path, params={"id": "1"})
            assert isinstance(astream, AsyncStream)
            async with astream:
                events = [e async for e in astream]
            with pytest.raises(ResponseTooLargeError) as caught:
                async with await aclient.request("GET", path, params={"id": "1"}) as big:
                    [e async for e in big]
            return events, astream, caught.type

    events, stream, error = asyncio.run(scenario())
    assert events == [{"state": "processing"}, {"state": "success"}]
    assert stream.status_code == 200 and stream.request_id == "req-sse"
    assert stream.headers["content-type"] == "text/event-stream"
    assert http_info(stream) is not None
    assert error is ResponseTooLargeError


def test_typed_stream_carries_the_response_facts(gateway_server: GatewayServer) -> None:
    from generated.gptnb import GPTNB

    path = "/vidu/v1/tasks/state"
    gateway_server.inject(
        "GET",
        path,
        Response.streamed(
            [b'data: {"state":"processing"}\n\n'],
            content_type="text/event-stream",
            headers={"X-Request-Id": "req-typed"},
        ),
    )
    with GPTNB(api_key=API_KEY, base_url=gateway_server.url, journal=False) as client:
        with client.vidu.tasks.state(id="1") as stream:
            assert [e.state for e in stream] == ["processing"]
    assert (stream.status_code, stream.request_id) == (200, "req-typed")


@pytest.mark.parametrize("raw", [False, True], ids=["typed", "raw"])
def test_a_dripping_body_cannot_carry_a_call_past_call_timeout(
    both: Both, gateway_server: GatewayServer, raw: bool
) -> None:
    """Each chunk comes within the read timeout (httpx would wait forever); ``call_timeout``
    ends the call, retries and body included, with ``APITimeoutError``."""
    drip = Response.drip(b" ", interval=0.3, chunks=1000)
    gateway_server.route("GET", "/v1/models", drip)

    async def scenario(client: Any) -> float:
        started = time.monotonic()
        with pytest.raises(APITimeoutError) as caught:
            if raw:
                await aw(client.request("GET", "/v1/models"))
            else:
                await aw(client.request("listModels"))
        assert "deadline" in str(caught.value)
        return time.monotonic() - started

    took = both(scenario, call_timeout=1.5, timeout=1.0, max_retries=3)
    assert took < 1.5 + 1.0 + 1.0  # the deadline, plus at most one read timeout


def test_request_options_call_timeout_overrides_the_clients(
    both: Both, gateway_server: GatewayServer
) -> None:
    gateway_server.route("GET", "/v1/models", Response.drip(b" ", interval=0.3, chunks=1000))

    async def scenario(client: Any) -> float:
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            await aw(client.request("listModels", options=RequestOptions(call_timeout=0.8)))
        return time.monotonic() - started

    assert both(scenario, timeout=1.0) < 0.8 + 1.0 + 1.0
