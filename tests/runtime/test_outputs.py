"""Declared outputs and downloads against real local servers (two origins for the key rule)."""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from gateway_runtime import AsyncClient, DownloadError, GatewayClientError, SyncClient
from gateway_runtime.outputs import find_outputs
from gateway_runtime.spec import OutputSpec
from tests.gateway_server import GatewayServer, Response, TaskPlan, TaskSimulator
from tests.runtime.conftest import API_KEY

MakeClient = Callable[..., SyncClient]
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40


@pytest.fixture
def cdn() -> Iterator[GatewayServer]:
    """A second server: another origin, like a CDN holding the results."""
    with GatewayServer() as server:
        yield server


def _plan(*urls: str, **result: object) -> TaskPlan:
    images = [{"url": u, "expires_at": 1775300000} for u in urls]
    return TaskPlan(polls=2, result={"images": images, **result})


def test_find_outputs_reads_wildcards_lists_base64_and_expiry() -> None:
    declared = (
        OutputSpec(url="/r/images/*/url", expires_at="/r/images/*/expires_at"),
        OutputSpec(data="/r/b64/*/data", media_type_from="/r/b64/*/mime"),
    )
    body = {
        "r": {
            "images": [
                {"url": "https://a/x.png", "expires_at": 1775300000},
                {"url": ["https://a/y.webp", "https://a/x.png"]},  # a list, with a duplicate
                {"url": None},  # not ready
            ],
            "b64": [
                {"data": base64.b64encode(b"abc").decode(), "mime": "image/jpeg"},
                {"data": "data:image/gif;base64," + base64.b64encode(b"g").decode()},
            ],
        }
    }
    found = find_outputs(declared, body)
    assert [o.url for o in found[:2]] == ["https://a/x.png", "https://a/y.webp"]
    assert found[0].media_type == "image/png"
    assert found[0].expires_at == dt.datetime.fromtimestamp(1775300000, dt.UTC)
    assert found[1].media_type == "image/webp"
    assert (found[2].data, found[2].media_type) == (b"abc", "image/jpeg")
    assert (found[3].data, found[3].media_type) == (b"g", "image/gif")
    assert [o.index for o in found] == [0, 1, 2, 3]


def test_task_download_waits_streams_files_atomically_and_skips_complete_ones(
    make_client: MakeClient,
    gateway_server: GatewayServer,
    sim: TaskSimulator,
    cdn: GatewayServer,
    tmp_path: Path,
) -> None:
    cdn.route("GET", "/a.png", Response(200, body=PNG, headers={"Content-Type": "image/png"}))
    cdn.route(
        "GET", "/b", Response(200, body=b"RIFF....WEBP", headers={"Content-Type": "image/webp"})
    )
    sim.plan = _plan(f"{cdn.url}/a.png", f"{cdn.url}/b")
    client = make_client()
    task = client.submit_task("createTask", body={"prompt": "p"}, parse=dict)
    with pytest.raises(GatewayClientError, match="not succeeded yet"):
        _ = task.outputs
    paths = task.download(tmp_path / "out")
    stem = f"{task.id}-{hashlib.sha256(task.id.encode()).hexdigest()[:12]}"
    assert [p.name for p in paths] == [f"{stem}-0.png", f"{stem}-1.webp"]
    assert paths[0].read_bytes() == PNG
    assert paths[1].read_bytes() == b"RIFF....WEBP"
    assert not list((tmp_path / "out").glob("*.part")) and not list(
        (tmp_path / "out").glob(".*part")
    )
    assert sorted(p.name for p in (tmp_path / "out").glob(".*")) == [
        f".{stem}-0.json",
        f".{stem}-1.json",
    ]
    assert task.outputs[0].expires_at is not None
    fetched = cdn.count()
    assert task.download(tmp_path / "out") == paths
    assert cdn.count() == fetched  # complete files are not fetched again
    assert sim.polls(task.id) == 2  # and the finished task was not polled again


def test_api_key_goes_only_to_the_gateway_origin_even_across_redirects(
    make_client: MakeClient,
    gateway_server: GatewayServer,
    sim: TaskSimulator,
    cdn: GatewayServer,
    tmp_path: Path,
) -> None:
    gateway_server.route("GET", "/files/own.png", Response(200, body=PNG))
    gateway_server.route(
        "GET", "/files/moved", Response(302, body=b"", headers={"Location": f"{cdn.url}/moved.png"})
    )
    cdn.route("GET", "/moved.png", Response(200, body=PNG))
    cdn.route("GET", "/cdn.png", Response(200, body=PNG))
    sim.plan = _plan(
        f"{gateway_server.url}/files/own.png",
        f"{gateway_server.url}/files/moved",
        f"{cdn.url}/cdn.png",
    )
    task = make_client().submit_task("createTask", body={"prompt": "p"}, parse=dict)
    paths = task.download(tmp_path)
    assert all(p.read_bytes() == PNG for p in paths)
    own = [r for r in gateway_server.requests if r.path.startswith("/files/")]
    assert [r.headers.get("authorization") for r in own] == [f"Bearer {API_KEY}"] * 2
    assert len(cdn.requests) == 2
    assert all(API_KEY not in str(r.headers) for r in cdn.requests)


def test_too_large_and_cut_short_downloads_leave_no_file(
    make_client: MakeClient,
    gateway_server: GatewayServer,
    sim: TaskSimulator,
    cdn: GatewayServer,
    tmp_path: Path,
) -> None:
    out = tmp_path / "out"
    cdn.route("GET", "/big.png", Response(200, body=PNG))
    sim.plan = _plan(f"{cdn.url}/big.png")
    client = make_client()
    task = client.submit_task("createTask", body={"prompt": "p"}, parse=dict)
    with pytest.raises(DownloadError, match="max_bytes=1000"):
        task.download(out, max_bytes=1000)
    cdn.route("GET", "/big.png", Response.streamed([PNG[:5000], 0.01], cut=True))
    with pytest.raises(DownloadError, match="failed"):
        task.download(out)
    cdn.route("GET", "/big.png", Response.streamed([PNG[:1000]] * 12))  # unknown size
    with pytest.raises(DownloadError, match="more than max_bytes=4000"):
        task.download(out, max_bytes=4000)
    assert list(out.iterdir()) == []
    cdn.route("GET", "/big.png", Response(404, body=b"gone"))
    with pytest.raises(DownloadError, match="HTTP 404"):
        task.download(out)


def test_base64_and_binary_outputs_of_plain_operations_are_decoded_to_files(
    make_client: MakeClient, gateway_server: GatewayServer, tmp_path: Path
) -> None:
    encoded = base64.b64encode(PNG).decode()
    gateway_server.route("POST", "/v1/images", json={"data": [{"b64_json": encoded}]})
    gateway_server.route(
        "POST", "/v1/speech", Response(200, body=b"ID3mp3", headers={"Content-Type": "audio/mpeg"})
    )
    client = make_client()
    body = client.request("images", body={"prompt": "p"})
    assert client.outputs("images", body)[0].data == PNG
    [image] = client.download("images", body, tmp_path, name="img")
    assert (image.name, image.read_bytes()) == ("img-0.png", PNG)
    audio = client.request("speech", body={"input": "hi"})
    [saved] = client.download("speech", audio, tmp_path, name="voice")
    assert (saved.name, saved.read_bytes()) == ("voice-0.mp3", b"ID3mp3")


def test_async_task_download(
    make_async_client: Callable[..., AsyncClient],
    gateway_server: GatewayServer,
    sim: TaskSimulator,
    cdn: GatewayServer,
    tmp_path: Path,
) -> None:
    cdn.route("GET", "/a.png", Response(200, body=PNG, headers={"Content-Type": "image/png"}))
    sim.plan = _plan(f"{cdn.url}/a.png", b64=base64.b64encode(b"txt").decode(), mime="text/plain")

    async def main() -> list[Path]:
        async with make_async_client() as client:
            task = await client.submit_task("createTask", body={"prompt": "p"}, parse=dict)
            return await task.download(tmp_path)

    paths = asyncio.run(main())
    assert [p.suffix for p in paths] == [".png", ".txt"]
    assert paths[0].read_bytes() == PNG and paths[1].read_bytes() == b"txt"
