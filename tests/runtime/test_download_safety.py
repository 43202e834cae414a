"""Downloads never return another task's file, fetch only from allowed hosts, and keep deadlines.

Host refusal is tested without any traffic leaving 127.0.0.0/8: the client's ``resolver`` hook
answers for made-up names (and records what it was asked), and the httpx transport records every
request and refuses any that is not addressed to 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import httpx
import pytest

from gateway_runtime import (
    AsyncClient,
    DeadlineExceededError,
    DownloadError,
    GatewaySpec,
    SyncClient,
)
from tests.gateway_server import GatewayServer, Response, TaskPlan, TaskSimulator
from tests.runtime.conftest import API_KEY, aw

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8


@pytest.fixture
def cdn() -> Iterator[GatewayServer]:
    with GatewayServer() as server:
        yield server


def _stem(task_id: str) -> str:
    return hashlib.sha256(task_id.encode()).hexdigest()[:12]


def _finished(server: GatewayServer, urls: dict[str, str]) -> None:
    """The poll route answers every id in ``urls`` as completed with that one image."""

    def reply(request: Any) -> Response:
        task_id = request.params["task_id"]
        images = [{"url": urls[task_id]}]
        return Response(
            200, {"task_id": task_id, "status": "completed", "result": {"images": images}}
        )

    server.route("GET", "/v1/tasks/{task_id}", reply)


# -- names and records ----------------------------------------------------------------------


def test_ids_that_differ_only_in_unsafe_characters_never_share_a_file(
    both: Callable[..., Any], gateway_server: GatewayServer, cdn: GatewayServer, tmp_path: Path
) -> None:
    ids = ["job:1", "job/1", "job_1", "x" * 300]
    urls = {}
    for i, task_id in enumerate(ids):
        cdn.route("GET", f"/img/{i}.png", Response(200, body=PNG + bytes([i])))
        urls[task_id] = f"{cdn.url}/img/{i}.png"
    _finished(gateway_server, urls)

    async def scenario(client: Any) -> list[Path]:
        paths = []
        for task_id in ids:
            task = await aw(client.resume({"task_id": task_id, "binding": "image"}))
            [path] = await aw(task.download(tmp_path))
            paths.append(path)
        fetched = cdn.count()
        for task_id, path in zip(ids, paths, strict=True):  # again: every file already saved
            task = await aw(client.resume({"task_id": task_id, "binding": "image"}))
            assert await aw(task.download(tmp_path)) == [path]
        assert cdn.count() == fetched
        return paths

    paths = both(scenario)
    assert [p.read_bytes() for p in paths] == [PNG + bytes([i]) for i in range(len(ids))]
    assert len({p.name for p in paths}) == len(ids)
    assert paths[0].name == f"job_1-{_stem('job:1')}-0.png"
    assert all(len(p.name) <= 100 for p in paths)


def test_a_file_is_trusted_as_saved_only_when_its_record_proves_id_output_url_and_size(
    make_client: Callable[..., SyncClient],
    gateway_server: GatewayServer,
    cdn: GatewayServer,
    tmp_path: Path,
) -> None:
    cdn.route("GET", "/a.png", Response(200, body=PNG))
    _finished(gateway_server, {"t1": f"{cdn.url}/a.png"})
    final = tmp_path / f"t1-{_stem('t1')}-0.png"
    record = tmp_path / f".t1-{_stem('t1')}-0.json"
    final.write_bytes(b"someone else's picture")  # a file under the name, but no record
    task = make_client().resume({"task_id": "t1", "binding": "image"})
    assert task.download(tmp_path) == [final] and final.read_bytes() == PNG
    saved = json.loads(record.read_text())
    assert (saved["name"], saved["output"], saved["size"]) == ("t1", 0, len(PNG))
    assert saved["source"] == hashlib.sha256(f"{cdn.url}/a.png".encode()).hexdigest()
    record.write_text(json.dumps({**saved, "source": "0" * 64}))  # recorded for another URL
    final.write_bytes(b"stale")
    assert task.download(tmp_path) == [final] and final.read_bytes() == PNG
    assert cdn.count("GET", "/a.png") == 2


def test_file_system_failures_are_download_errors_naming_the_path(
    make_client: Callable[..., SyncClient],
    gateway_server: GatewayServer,
    cdn: GatewayServer,
    tmp_path: Path,
) -> None:
    cdn.route("GET", "/a.png", Response(200, body=PNG))
    _finished(gateway_server, {"t1": f"{cdn.url}/a.png"})
    task = make_client().resume({"task_id": "t1", "binding": "image"})
    occupied = tmp_path / "a-file"
    occupied.write_text("x")
    with pytest.raises(DownloadError, match=f"cannot create the folder '{occupied}/sub'"):
        task.download(occupied / "sub")
    long = tmp_path / ("d" * 300)
    with pytest.raises(
        DownloadError, match=r"cannot create the folder .*d{300}': File name too long"
    ):
        task.download(long)


# -- where outputs may come from ------------------------------------------------------------


class _Recorder:
    """What the resolver was asked and which hosts the transport was asked to reach."""

    def __init__(self, answers: dict[str, list[str]]) -> None:
        self.answers = answers
        self.looked_up: list[str] = []
        self.hosts: list[str] = []
        self.seconds = 0.0  # how long the download call took (asyncio.run's shutdown excluded)

    def resolve(self, host: str, port: int) -> Sequence[str]:
        self.looked_up.append(host)
        return self.answers[host]

    def check(self, request: httpx.Request) -> None:
        self.hosts.append(request.url.host)
        if request.url.host != "127.0.0.1":
            raise httpx.ConnectError("refused by the test transport", request=request)


class _SyncTransport(httpx.HTTPTransport):
    def __init__(self, recorder: _Recorder) -> None:
        super().__init__()
        self.recorder = recorder

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.recorder.check(request)
        return super().handle_request(request)


class _AsyncTransport(httpx.AsyncHTTPTransport):
    def __init__(self, recorder: _Recorder) -> None:
        super().__init__()
        self.recorder = recorder

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.recorder.check(request)
        return await super().handle_async_request(request)


def _download(
    spec: GatewaySpec,
    mode: str,
    recorder: _Recorder,
    folder: Path,
    urls: list[str],
    timeout: float | None = None,
    **options: Any,
) -> list[Path]:
    """``client.download`` of an ``images`` reply holding ``urls``, sync or async."""
    reply = {"data": [{"url": u} for u in urls]}
    options = {
        "api_key": API_KEY,
        "journal": False,
        "timeout": 5.0,
        "resolver": recorder.resolve,
        **options,
    }
    if mode == "sync":
        http = httpx.Client(transport=_SyncTransport(recorder))
        with SyncClient(spec, http_client=http, **options) as client:
            start = time.monotonic()
            try:
                return client.download("images", reply, folder, progress=False, timeout=timeout)
            finally:
                recorder.seconds = time.monotonic() - start

    async def main() -> list[Path]:
        http = httpx.AsyncClient(transport=_AsyncTransport(recorder))
        async with AsyncClient(spec, http_client=http, **options) as client:
            start = time.monotonic()
            try:
                return await client.download(
                    "images", reply, folder, progress=False, timeout=timeout
                )
            finally:
                recorder.seconds = time.monotonic() - start

    return asyncio.run(main())


MODES = pytest.mark.parametrize("mode", ["sync", "async"])


@MODES
def test_only_http_and_https_urls_are_fetched(
    spec: GatewaySpec, gateway_server: GatewayServer, tmp_path: Path, mode: str
) -> None:
    recorder = _Recorder({})
    with pytest.raises(DownloadError) as info:
        _download(
            spec, mode, recorder, tmp_path, ["file:///etc/passwd"], base_url=gateway_server.url
        )
    assert str(info.value) == (
        "output 0: refusing to fetch 'file:///etc/passwd': scheme 'file' is not fetched "
        "(only http and https)"
    )
    assert recorder.hosts == [] and recorder.looked_up == []


@MODES
@pytest.mark.parametrize(
    ("host", "address", "kind"),
    [
        ("metadata.test", "169.254.169.254", "link-local"),
        ("intranet.test", "10.0.0.5", "private"),
        ("v6.test", "fd00::1", "private"),
        ("mapped.test", "::ffff:192.168.1.1", "private"),
    ],
)
def test_private_and_link_local_hosts_are_refused_after_resolution(
    spec: GatewaySpec,
    gateway_server: GatewayServer,
    tmp_path: Path,
    mode: str,
    host: str,
    address: str,
    kind: str,
) -> None:
    recorder = _Recorder({host: [address]})
    with pytest.raises(DownloadError) as info:
        _download(
            spec, mode, recorder, tmp_path, [f"http://{host}/latest"], base_url=gateway_server.url
        )
    assert (
        f"host {host!r} resolves to {address} ({kind}); outputs are fetched only from public"
        in str(info.value)
    )
    assert recorder.looked_up == [host] and recorder.hosts == []  # nothing was sent
    assert list(tmp_path.iterdir()) == []


@MODES
def test_every_redirect_hop_is_checked(
    spec: GatewaySpec, gateway_server: GatewayServer, cdn: GatewayServer, tmp_path: Path, mode: str
) -> None:
    cdn.route(
        "GET", "/moved", Response(302, body=b"", headers={"Location": "http://metadata.test/key"})
    )
    recorder = _Recorder({"metadata.test": ["169.254.169.254"]})
    with pytest.raises(
        DownloadError, match=r"'metadata.test' resolves to 169.254.169.254 \(link-local\)"
    ):
        _download(spec, mode, recorder, tmp_path, [f"{cdn.url}/moved"], base_url=gateway_server.url)
    assert recorder.hosts == ["127.0.0.1"]  # the first hop only
    assert cdn.count("GET", "/moved") == 1


@MODES
def test_loopback_outputs_are_refused_when_the_gateway_itself_is_public(
    spec: GatewaySpec, cdn: GatewayServer, tmp_path: Path, mode: str
) -> None:
    cdn.route("GET", "/a.png", Response(200, body=PNG))
    recorder = _Recorder({"gateway.test": ["93.184.216.34"]})
    with pytest.raises(DownloadError, match=r"resolves to 127.0.0.1 \(loopback\)"):
        _download(
            spec, mode, recorder, tmp_path, [f"{cdn.url}/a.png"], base_url="https://gateway.test"
        )
    assert recorder.hosts == [] and cdn.count() == 0


@MODES
def test_trusted_output_hosts_are_fetched_without_the_address_check(
    spec: GatewaySpec, gateway_server: GatewayServer, tmp_path: Path, mode: str
) -> None:
    recorder = _Recorder({"files.internal": ["10.1.2.3"]})
    with pytest.raises(
        DownloadError,
        match=r"fetching from files\.internal failed: ConnectError: refused by the test",
    ):
        _download(
            spec,
            mode,
            recorder,
            tmp_path,
            ["http://files.internal/a.png"],
            base_url=gateway_server.url,
            trusted_output_hosts=["FILES.internal"],
        )
    assert recorder.hosts == ["files.internal"] and recorder.looked_up == []


@MODES
def test_the_fetch_connects_to_the_address_that_was_checked(
    spec: GatewaySpec, gateway_server: GatewayServer, cdn: GatewayServer, tmp_path: Path, mode: str
) -> None:
    cdn.route("GET", "/a.png", Response(200, body=PNG))
    recorder = _Recorder({"cdn.test": ["127.0.0.1"]})
    url = f"http://cdn.test:{cdn.port}/a.png"
    [path] = _download(spec, mode, recorder, tmp_path, [url], base_url=gateway_server.url)
    assert path.read_bytes() == PNG
    assert recorder.looked_up == ["cdn.test"] and recorder.hosts == ["127.0.0.1"]
    [request] = cdn.requests
    assert request.values("Host") == [f"cdn.test:{cdn.port}"]


@MODES
def test_a_slow_dns_look_up_is_bounded_by_the_download_timeout(
    spec: GatewaySpec, gateway_server: GatewayServer, tmp_path: Path, mode: str
) -> None:
    recorder = _Recorder({})

    def slow(host: str, port: int) -> Sequence[str]:
        recorder.looked_up.append(host)
        time.sleep(3)
        return ["93.184.216.34"]

    recorder.resolve = slow  # type: ignore[method-assign]
    with pytest.raises(
        DownloadError, match="the download's timeout passed while fetching from slow"
    ):
        _download(
            spec,
            mode,
            recorder,
            tmp_path,
            ["http://slow.test/a.png"],
            timeout=1.0,
            base_url=gateway_server.url,
        )
    # ended at its 1 s deadline, not after the 3 s look-up (slack for a loaded machine)
    assert 0.9 <= recorder.seconds < 2.5, recorder.seconds
    assert recorder.looked_up == ["slow.test"] and recorder.hosts == []


# -- deadlines ------------------------------------------------------------------------------


def _drip_image() -> Response:
    return Response.drip(b"x", interval=0.5, content_type="image/png")


def test_task_download_timeout_covers_the_transfer(
    both: Callable[..., Any],
    gateway_server: GatewayServer,
    sim: TaskSimulator,
    cdn: GatewayServer,
    tmp_path: Path,
) -> None:
    cdn.route("GET", "/slow.png", _drip_image())
    sim.plan = TaskPlan(polls=1, result={"images": [{"url": f"{cdn.url}/slow.png"}]})

    async def scenario(client: Any) -> float:
        task = await aw(client.submit_task("createTask", body={"prompt": "p"}, parse=dict))
        start = time.monotonic()
        with pytest.raises(DownloadError, match="the download's timeout passed while fetching"):
            await aw(task.download(tmp_path / "out", timeout=2, progress=False))
        return time.monotonic() - start

    elapsed = both(scenario, timeout=1.0)
    assert 1.5 <= elapsed <= 2 + 1 + 0.5, elapsed
    assert list((tmp_path / "out").iterdir()) == []  # no partial file, no record


def test_client_download_timeout_covers_a_stalled_transfer(
    both: Callable[..., Any], cdn: GatewayServer, tmp_path: Path
) -> None:
    cdn.route("GET", "/stall.png", Response.streamed([b"\x89PNG", 30.0], content_type="image/png"))
    reply = {"data": [{"url": f"{cdn.url}/stall.png"}]}

    async def scenario(client: Any) -> float:
        start = time.monotonic()
        with pytest.raises(DownloadError, match="timeout passed"):
            await aw(
                client.download("images", reply, tmp_path / "out", timeout=1.5, progress=False)
            )
        return time.monotonic() - start

    elapsed = both(scenario)  # read timeout 5 s: the deadline clips it
    assert 1.4 <= elapsed <= 1.5 + 1 + 0.5, elapsed
    assert list((tmp_path / "out").iterdir()) == []


@pytest.mark.parametrize(
    "reply",
    [Response.drip(b" ", interval=0.3), Response.hang()],
    ids=["dripping-body", "no-reply"],
)
def test_wait_timeout_covers_a_poll_that_drips_or_never_answers(
    both: Callable[..., Any], gateway_server: GatewayServer, reply: Response
) -> None:
    gateway_server.route("GET", "/v1/tasks/{task_id}", reply)

    async def scenario(client: Any) -> float:
        task = await aw(client.resume({"task_id": "t1", "binding": "image"}))
        start = time.monotonic()
        with pytest.raises(DeadlineExceededError, match=r"not finished after 1\.5s"):
            await aw(task.wait(timeout=1.5))
        return time.monotonic() - start

    elapsed = both(scenario, timeout=1.0)
    assert 1.4 <= elapsed <= 1.5 + 1 + 0.5, elapsed


def test_too_large_messages_say_what_was_counted(
    both: Callable[..., Any], cdn: GatewayServer, tmp_path: Path
) -> None:
    cdn.route("GET", "/known.png", Response(200, body=PNG))
    cdn.route("GET", "/unknown.png", Response.streamed([PNG[:1000]] * 3))
    known = {"data": [{"url": f"{cdn.url}/known.png"}]}
    unknown = {"data": [{"url": f"{cdn.url}/unknown.png"}]}

    async def scenario(client: Any) -> None:
        out = tmp_path / "out"
        with pytest.raises(DownloadError) as info:
            await aw(client.download("images", known, out, max_bytes=100, progress=False))
        assert str(info.value) == (
            f"output 0 is {len(PNG)} bytes, more than max_bytes=100 (counted after decoding); "
            "nothing was saved"
        )
        with pytest.raises(
            DownloadError, match=r"^output 0 passed \d+ bytes, more than max_bytes=1500"
        ):
            await aw(client.download("images", unknown, out, max_bytes=1500, progress=False))

    both(scenario)
    assert list((tmp_path / "out").iterdir()) == []
