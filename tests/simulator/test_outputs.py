"""The outputs contract (x-tasks ``outputs``, operation ``x-outputs``): pointers with ``*`` get
simulator-served URLs or base64 data, media types and expiry times.

No spec declares outputs yet (issue 12 adds them), so the bindings are given to the simulator
here, in the contract's own shape.
"""

from __future__ import annotations

import base64
import dataclasses
import time
from pathlib import Path

import httpx
import pytest

from generated.qingbo import Qingbo
from generated.uniapi import UniAPI
from generator.simulator import Simulator, load_gateway
from tests.simulator.calls import KEY


@pytest.fixture(autouse=True)
def _journal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("GATEWAY_JOURNAL", str(tmp_path / "journal.sqlite3"))


def test_task_outputs_are_placed_at_every_star_match_and_served() -> None:
    outputs = (
        {
            "url": "/result/images/*/url",
            "media-type": "image/png",
            "expires-at": "/result/images/*/expires_at",
        },
        {"data": "/result/audios/*/url", "media-type": "audio/mpeg"},
        {"url": "/result/videos/*/url"},
    )
    gateway = dataclasses.replace(load_gateway("qingbo"), outputs={"image": outputs})
    with Simulator(gateway, polls=2) as sim, Qingbo(api_key=KEY, base_url=sim.url) as client:
        task = client.tasks.create(model="seedream-5.0", prompt="a cat")
        result = task.wait(timeout=5, poll_interval=0.001)
        assert result.result is not None
        images = result.result.images or []
        videos = result.result.videos or []
        audios = result.result.audios or []
        assert images and videos and audios
        for item in images:
            reply = httpx.get(str(item.url))
            assert reply.headers["content-type"] == "image/png"
            assert reply.content.startswith(b"\x89PNG")
            assert item.expires_at is not None and item.expires_at > time.time()
        for item in videos:
            assert str(item.url).startswith(sim.url) and str(item.url).endswith(".mp4")
            assert httpx.get(str(item.url)).content[4:8] == b"ftyp"
        for item in audios:
            assert base64.b64decode(str(item.url)).startswith(b"ID3")


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
