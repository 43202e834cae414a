"""The simulator answers what the request asked for: ``n`` outputs, the mode's media kind, and
values that mean what their field says (never the field's own name)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from generator.simulator import running
from generator.simulator.meaning import count_field, kind_of, request_kind
from generator.simulator.outputs import grow, one_kind
from tests.simulator.calls import GATEWAYS, KEY, client_class, kwargs, method

FAST = {"poll_interval": 0.001, "timeout": 5}


@pytest.fixture(autouse=True)
def _journal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("GATEWAY_JOURNAL", str(tmp_path / "journal.sqlite3"))


@pytest.mark.parametrize("asynchronous", [False, True])
def test_qingbo_group_mode_gives_n_images(asynchronous: bool, tmp_path: Path) -> None:
    with running("qingbo", polls=2) as sim:
        client = client_class("qingbo", asynchronous=asynchronous)(api_key=KEY, base_url=sim.url)

        async def run_async() -> list[Path]:
            async with client:
                task = await client.tasks.create(model="seedream-5.0", prompt="a cat", n=4)
                return list(await task.download(tmp_path, timeout=5))

        if asynchronous:
            saved = asyncio.run(run_async())
        else:
            with client:
                task = client.tasks.create(model="seedream-5.0", prompt="a cat", n=4)
                saved = task.download(tmp_path, timeout=5)
        assert len(saved) == 4
        assert all(p.suffix == ".png" and p.read_bytes().startswith(b"\x89PNG") for p in saved)
        assert sim.submits("createTask") == 1


@pytest.mark.parametrize(
    ("model", "mode", "suffix", "magic", "media"),
    [
        ("google/veo3.1-fast", "frames_to_video", ".mp4", b"ftyp", "video"),
        ("google/nano-banana-pro", "text_to_image", ".png", b"PNG\r", "image"),
        ("some/model", "text_to_audio", ".mp3", b"ID3", "audio"),
    ],
)
def test_buble_mode_decides_the_media_kind(
    model: str, mode: str, suffix: str, magic: bytes, media: str, tmp_path: Path
) -> None:
    with (
        running("buble", polls=2) as sim,
        client_class("buble")(api_key=KEY, base_url=sim.url) as client,
    ):
        task = client.generations.create(model=model, mode=mode, prompt="a lamp")
        result = task.wait(**FAST)
        saved = task.download(tmp_path, timeout=5)
    assert [p.suffix for p in saved] == [suffix]
    assert magic in saved[0].read_bytes()[:12]
    assert result.data.media_type == media  # Buble says "image / video / audio": a kind word
    assert result.data.mode == mode and result.data.model == model  # echoed


def _strings(value: Any, name: str = "") -> list[tuple[str, str]]:
    """Every (field name, string value) pair in an answer."""
    if isinstance(value, dict):
        return [pair for k, v in value.items() for pair in _strings(v, str(k))]
    if isinstance(value, list):
        return [pair for v in value for pair in _strings(v, name)]
    return [(name, value)] if isinstance(value, str) else []


@pytest.mark.parametrize("gateway", sorted(GATEWAYS))
def test_no_answer_echoes_a_field_name(gateway: str) -> None:
    """Every operation's answer: no string equals its own field name (``created_at='created_at'``)."""
    with running(gateway, polls=1) as sim:
        gw = sim.gateway
        client = client_class(gateway)(api_key=KEY, base_url=sim.url)
        checked = 0
        for op_id, op in gw.spec.operations.items():
            task_ops = {b.poll for b in gw.spec.tasks.values()}
            task_ops |= {b.cancel for b in gw.spec.tasks.values() if b.cancel}
            if op.stream is not None or op_id in task_ops:
                continue
            try:
                args = kwargs(gw, op_id)
            except ValueError:
                continue
            answer = method(client, gw, op_id)(**args)
            if op.task is not None:
                answer = answer.wait(**FAST)
            body = (
                answer.model_dump(mode="json", by_alias=True)
                if hasattr(answer, "model_dump")
                else answer
            )
            echoes = [(k, v) for k, v in _strings(body) if k and v == k]
            assert not echoes, f"{op_id}: {echoes}"
            checked += 1
        client.close()
        assert checked > 0


def test_kind_and_count_readers() -> None:
    assert kind_of("frames_to_video") == "video"
    assert kind_of("image_to_video") == "video"  # the target beats the input
    assert kind_of("text_to_image") == "image"
    assert kind_of("/data/result/audios/*/url") == "audio"
    assert kind_of("unknown") is None
    assert request_kind({"mode": "video_edit", "model": "x"}) == "video"
    assert request_kind({"model": "suno-v4"}) == "audio"
    assert request_kind({"prompt": "a video of a cat"}) is None  # prompts never decide
    props = {"prompt": {"type": "string"}, "n": {"type": "integer"}}
    assert count_field(props) == "n"
    assert count_field({"k": {"type": "integer", "description": "生成數量"}}) == "k"
    assert count_field({"seed": {"type": "integer"}}) is None


def test_one_kind_prefers_the_asked_kind_and_grow_repeats_the_item() -> None:
    outputs = ({"url": "/images/*/url"}, {"url": "/videos/*/url"})
    body = {"images": [{"url": "a"}], "videos": [{"url": "b"}]}
    pruned, kept = one_kind(body, outputs, lambda _v: True, prefer="video")
    assert pruned == {"images": [], "videos": [{"url": "b"}]} and kept == (outputs[1],)
    grown = grow(pruned, kept, 3)
    assert grown["videos"] == [{"url": "b"}] * 3
    assert grow({"images": []}, outputs[:1], 3) == {"images": []}  # nothing to copy
