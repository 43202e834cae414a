"""Files in: paths, bytes and open files for file fields and media-URL fields, checked before
anything is sent (through the generated clients against the simulator, sync and async)."""

from __future__ import annotations

import asyncio
import io
from pathlib import Path
from typing import Any

import pytest

from gateway_runtime.validation import PayloadValidationError
from generated.buble import AsyncBuble, Buble
from generated.qingbo import Qingbo
from generated.uniapi import AsyncUniAPI, UniAPI
from generator.simulator import running

KEY = "sk-sim-files-0123456789"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


@pytest.fixture(autouse=True)
def _journal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("GATEWAY_JOURNAL", str(tmp_path / "journal.sqlite3"))


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    path = tmp_path / "photo.png"
    path.write_bytes(PNG)
    return path


def _generation_body(sim: Any) -> Any:
    (request,) = [r for r in sim.requests if r.path == "/api/v1/generations"]
    return request.json()


@pytest.mark.parametrize("asynchronous", [False, True])
def test_media_url_fields_upload_local_files_first(asynchronous: bool, photo: Path) -> None:
    with running("buble", record=True) as sim:
        args: dict[str, Any] = {
            "model": "google/nano-banana-pro",
            "mode": "image_to_image",
            "prompt": "a lamp",
            "image_urls": [photo, "https://example.com/b.png", PNG],
            "start_frame": io.BytesIO(PNG),
        }
        if asynchronous:

            async def run() -> str:
                async with AsyncBuble(api_key=KEY, base_url=sim.url) as client:
                    task = await client.generations.create(**args)
                    return task.id

            asyncio.run(run())
        else:
            with Buble(api_key=KEY, base_url=sim.url) as client:
                client.generations.create(**args)
        assert [e.operation for e in sim.log.entries] == [
            "uploadFile",
            "uploadFile",
            "uploadFile",
            "createGeneration",
        ]
        body = _generation_body(sim)
        urls = body["image_urls"]
        assert urls[1] == "https://example.com/b.png"  # a URL stays a URL
        assert urls[0].startswith(sim.url) and urls[2].startswith(sim.url)
        assert body["start_frame"].startswith(sim.url)
        uploads = [r for r in sim.requests if r.path == "/api/v1/files"]
        assert b'filename="photo.png"' in uploads[0].body and PNG in uploads[0].body
        assert b'name="file_type"' in uploads[0].body and b"image" in uploads[0].body


@pytest.mark.parametrize("asynchronous", [False, True])
def test_client_upload_returns_the_url(asynchronous: bool, photo: Path) -> None:
    with running("buble") as sim:
        if asynchronous:

            async def run() -> str:
                async with AsyncBuble(api_key=KEY, base_url=sim.url) as client:
                    return await client.upload(photo)

            url = asyncio.run(run())
        else:
            with Buble(api_key=KEY, base_url=sim.url) as client:
                url = client.upload(str(photo))
        assert url.startswith(sim.url)
        assert sim.log.calls["uploadFile"] == 1


def test_a_refused_payload_uploads_nothing(photo: Path) -> None:
    with running("buble") as sim, Buble(api_key=KEY, base_url=sim.url) as client:
        with pytest.raises(PayloadValidationError) as caught:
            client.generations.create(
                model="m", prompt="p", image_urls=[photo], extra_body={"input": {}}
            )
        assert "input" in str(caught.value)
        assert list(sim.log.entries) == []  # no upload, no submit


def test_a_missing_media_file_is_refused_naming_the_field(tmp_path: Path) -> None:
    with running("buble") as sim, Buble(api_key=KEY, base_url=sim.url) as client:
        with pytest.raises(PayloadValidationError) as caught:
            client.generations.create(model="m", prompt="p", image_urls=[tmp_path / "nope.png"])
        assert "image_urls[0]: cannot read file" in str(caught.value)
        assert list(sim.log.entries) == []


def test_without_an_upload_endpoint_a_local_file_is_refused(photo: Path) -> None:
    with running("qingbo") as sim, Qingbo(api_key=KEY, base_url=sim.url) as client:
        with pytest.raises(PayloadValidationError) as caught:
            client.tasks.create(model="seedream-5.0", prompt="p", image_urls=[photo])
        message = str(caught.value)
        assert "image_urls[0]: a local file was given" in message
        assert "takes only a URL" in message
        assert list(sim.log.entries) == []


@pytest.mark.parametrize("asynchronous", [False, True])
def test_binary_fields_read_str_as_a_path_and_refuse_missing_ones(
    asynchronous: bool, tmp_path: Path
) -> None:
    wav = tmp_path / "hello.wav"
    wav.write_bytes(b"RIFF....WAVEfmt ")
    with running("uniapi", record=True) as sim:
        if asynchronous:

            async def run(file: Any) -> Any:
                async with AsyncUniAPI(api_key=KEY, base_url=sim.url) as client:
                    return await client.audio.transcriptions.create(file=file, model="whisper-1")

            def call(file: Any) -> Any:
                return asyncio.run(run(file))
        else:

            def call(file: Any) -> Any:
                with UniAPI(api_key=KEY, base_url=sim.url) as client:
                    return client.audio.transcriptions.create(file=file, model="whisper-1")

        with pytest.raises(PayloadValidationError) as caught:
            call("missing.wav")
        assert "file: 'missing.wav': no such file" in str(caught.value)
        assert sim.requests == []  # nothing sent
        call(str(wav))
        (sent,) = sim.requests
        assert b'filename="hello.wav"' in sent.body and b"RIFF....WAVEfmt " in sent.body
        call(("clip.wav", b"RIFF-bytes", "audio/wav"))
        assert b"RIFF-bytes" in sim.requests[-1].body


@pytest.mark.parametrize("inline", ["data-url", "base64"])
def test_without_an_upload_endpoint_files_go_inline_where_the_document_allows(
    inline: str, photo: Path
) -> None:
    import dataclasses

    from gateway_runtime import SyncClient
    from generated.qingbo.client import load_spec

    spec = load_spec()
    op = spec.operations["createTask"]
    assert op.body is not None
    media = dataclasses.replace(op.body.media_fields["image_urls"], inline=inline)
    body = dataclasses.replace(op.body, media_fields={"image_urls": media})
    ops = {**spec.operations, "createTask": dataclasses.replace(op, body=body)}
    inline_spec = dataclasses.replace(spec, operations=ops)
    with (
        running("qingbo", record=True) as sim,
        SyncClient(inline_spec, api_key=KEY, base_url=sim.url) as client,
    ):
        client.submit_task(
            "createTask",
            body={"model": "seedream-5.0", "prompt": "p", "image_urls": [photo]},
            parse=lambda raw: raw,
        )
        (sent,) = sim.requests
        value = sent.json()["image_urls"][0]
    import base64

    if inline == "data-url":
        assert value.startswith("data:image/png;base64,")
        assert base64.b64decode(value.split(",", 1)[1]) == PNG
    else:
        assert base64.b64decode(value) == PNG
