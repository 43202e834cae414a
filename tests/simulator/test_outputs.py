"""The outputs contract (x-tasks ``outputs``, operation ``x-outputs``): pointers with ``*`` get
simulator-served URLs or base64 data, media types and expiry times; a task carries one kind.

The bindings are given to the simulator here, in the contract's own shape, so each form
(``url``/``data``, ``media-type``, ``expires-at``) is exercised whatever the specs declare.
"""

from __future__ import annotations

import base64
import dataclasses
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from generated.qingbo import Qingbo
from generated.uniapi import UniAPI
from generator.simulator import Simulator, load_gateway
from tests.simulator.calls import KEY

IMAGES = {
    "url": "/result/images/*/url",
    "media-type": "image/png",
    "expires-at": "/result/images/*/expires_at",
}
AUDIOS = {"data": "/result/audios/*/url", "media-type": "audio/mpeg"}
VIDEOS = {"url": "/result/videos/*/url"}


@pytest.fixture(autouse=True)
def _journal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("GATEWAY_JOURNAL", str(tmp_path / "journal.sqlite3"))


def _result(sim: Simulator) -> Any:
    with Qingbo(api_key=KEY, base_url=sim.url) as client:
        task = client.tasks.create(model="seedream-5.0", prompt="a cat")
        result = task.wait(timeout=5, poll_interval=0.001)
    assert result.result is not None
    return result.result


def _qingbo(*outputs: dict[str, str]) -> Simulator:
    return Simulator(
        dataclasses.replace(load_gateway("qingbo"), outputs={"image": outputs}), polls=2
    )


def test_url_outputs_are_served_with_media_type_and_expiry() -> None:
    with _qingbo(IMAGES, AUDIOS, VIDEOS) as sim:
        result = _result(sim)
        assert result.images
        for item in result.images:
            reply = httpx.get(str(item.url))
            assert reply.headers["content-type"] == "image/png"
            assert reply.content.startswith(b"\x89PNG")
            assert item.expires_at is not None and item.expires_at > time.time()
    assert not result.videos and not result.audios  # an image task carries images only


def test_data_outputs_are_base64_of_the_file() -> None:
    with _qingbo(AUDIOS) as sim:
        result = _result(sim)
    assert result.audios
    for item in result.audios:
        assert base64.b64decode(str(item.url)).startswith(b"ID3")


def test_undeclared_media_type_comes_from_the_field_name() -> None:
    with _qingbo(VIDEOS) as sim:
        result = _result(sim)
        assert result.videos
        for item in result.videos:
            assert str(item.url).startswith(sim.url) and str(item.url).endswith(".mp4")
            assert httpx.get(str(item.url)).content[4:8] == b"ftyp"


def test_outputs_in_one_array_item_come_together() -> None:
    """A Suno clip has its audio and its video: both are kept, once per clip."""
    gateway = load_gateway("uniapi")
    with Simulator(gateway, polls=1) as sim, UniAPI(api_key=KEY, base_url=sim.url) as client:
        task = client.suno.submit_music(
            gpt_description_prompt="sea", make_instrumental=True, mv="chirp-v3-5"
        )
        task.wait(timeout=5, poll_interval=0.001)
        kinds = [str(o.url)[-4:] for o in task.outputs]
    assert sorted(kinds) == [".mp3", ".mp4"]


def test_operation_x_outputs_fill_base64_data() -> None:
    base = load_gateway("uniapi")
    doc = dataclasses.replace(base.docs["createImage"], outputs=({"data": "/data/*/b64_json"},))
    gateway = dataclasses.replace(base, docs={**base.docs, "createImage": doc})
    with Simulator(gateway) as sim, UniAPI(api_key=KEY, base_url=sim.url) as client:
        answer = client.images.generate(model="dall-e-3", prompt="a cat")
    assert answer.data
    for item in answer.data:
        assert base64.b64decode(str(item.b64_json)).startswith(b"\x89PNG")
        assert str(item.url).startswith(sim.url)  # URL fields are served as well
