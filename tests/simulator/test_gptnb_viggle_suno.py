"""GPTNB's Viggle Mix calls and Suno 获取完整音乐(concat), on the simulator.

The generic simulator tests already answer every plain call and walk every task binding; these
check what is particular here: the Mix flow chains ids from one call to the next with files sent
as multipart, its query is a plain call whose video ``client.download`` saves, a Mix task without
a motion is refused before anything is sent, and a concat is followed through 查询任务(feed).
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from gateway_runtime.validation import PayloadValidationError
from generator.simulator import running
from tests.simulator.calls import KEY, client_class

FAST = {"poll_interval": 0.001, "timeout": 5}
PNG = ("dancer.png", b"\x89PNG\r\n\x1a\nfake", "image/png")
MP4 = ("moves.mp4", b"\x00\x00\x00\x1cftypisom", "video/mp4")


@pytest.fixture(autouse=True)
def _journal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("GATEWAY_JOURNAL", str(tmp_path / "journal.sqlite3"))


def test_mix_flow_chains_ids_and_sends_files_as_multipart(tmp_path: Path) -> None:
    with (
        running("gptnb", record=True) as sim,
        client_class("gptnb")(api_key=KEY, base_url=sim.url) as client,
    ):
        image = client.viggle.mix.upload_image(file=PNG)
        assert image.data is not None and image.data.id
        video = client.viggle.mix.upload_video(image_id=image.data.id, file=MP4)
        assert video.data is not None and video.data.id
        job = client.viggle.mix.generate(
            image_id=image.data.id, bg_mode=2, model_info_id=3, video_id=video.data.id
        )
        assert job.code == 0 and job.data is not None and job.data.task_id
        reply = client.viggle.tasks.retrieve(ids=[job.data.task_id])
        assert reply.data and reply.data[0].status == 0  # 0: the finished task
        saved = client.download("viggleGetTask", reply, tmp_path)
        sent = [r for r in sim.requests if not r.path.startswith("/_simulator/")]
    assert [(r.method, r.path) for r in sent] == [
        ("POST", "/viggle/asset/image"),
        ("POST", f"/viggle/asset/video/{image.data.id}"),
        ("POST", "/viggle/video-task"),
        ("POST", "/viggle/video-task/by-ids"),
    ]
    for upload, (name, content, _) in zip(sent[:2], (PNG, MP4), strict=True):
        assert upload.headers["content-type"].startswith("multipart/form-data; boundary=")
        assert f'name="file"; filename="{name}"'.encode() in upload.body
        assert content in upload.body
    assert sent[2].json() == {
        "imageID": image.data.id,
        "bgMode": 2,
        "modelInfoID": 3,
        "videoID": video.data.id,
    }
    assert sent[3].json() == {"ids": [job.data.task_id]}
    assert len(saved) == 1 and saved[0].read_bytes().startswith(b"\x00\x00\x00\x1cftyp")


def test_templates_are_listed_by_tag() -> None:
    with (
        running("gptnb", record=True) as sim,
        client_class("gptnb")(api_key=KEY, base_url=sim.url) as client,
    ):
        tags = client.viggle.mix.template_tags()
        assert tags.data and tags.data[0].id
        templates = client.viggle.mix.templates(
            page="1", page_size="48", search_keyword="", tag_id=tags.data[0].id, type="0"
        )
        assert templates.data and templates.data[0].id
        listing = sim.requests[-1]
    assert listing.path == "/viggle/template2"
    assert listing.query["tagID"] == [tags.data[0].id]
    assert listing.query["searchKeyword"] == [""]


def test_a_mix_task_without_a_motion_is_refused_before_sending() -> None:
    with (
        running("gptnb", record=True) as sim,
        client_class("gptnb")(api_key=KEY, base_url=sim.url) as client,
    ):
        with pytest.raises(PayloadValidationError) as caught:
            client.viggle.mix.generate(image_id="i", bg_mode=2, model_info_id=3)
        assert sim.requests == []
    assert "give videoID" in str(caught.value) and "or templateID" in str(caught.value)


def test_an_unknown_background_mode_is_sent_with_a_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """bgMode's values come from one client's options: others are warned about, not refused."""
    with (
        running("gptnb", record=True) as sim,
        client_class("gptnb")(api_key=KEY, base_url=sim.url) as client,
    ):
        client.viggle.mix.generate(image_id="i", bg_mode=7, model_info_id=3, template_id="t")
        assert sim.requests[-1].json()["bgMode"] == 7
    assert "bgMode: the known values are 0 (white)" in caplog.text


def test_concat_is_followed_through_feed_sync_and_async(tmp_path: Path) -> None:
    with running("gptnb", polls=3, record=True) as sim:
        with client_class("gptnb")(api_key=KEY, base_url=sim.url) as client:
            task = client.suno.v2.concat(clip_id="ae9ca24e-1da0-4f0e-83c3-f21a22e95929")
            task.wait(**FAST)
            assert task.last_state is not None and task.last_state.status == "complete"
            (saved,) = task.download(tmp_path / "sync", progress=False)
        assert saved.suffix == ".mp3" and saved.read_bytes().startswith(b"ID3")

        async def run() -> Path:
            async with client_class("gptnb", asynchronous=True)(
                api_key=KEY, base_url=sim.url
            ) as client:
                task = await client.suno.v2.concat(clip_id="ae9ca24e-1da0-4f0e-83c3-f21a22e95929")
                await task.wait(**FAST)
                (path,) = await task.download(tmp_path / "async", progress=False)
                return Path(path)

        assert asyncio.run(run()).read_bytes().startswith(b"ID3")
        submits = [r for r in sim.requests if r.path == "/suno/v2/generate/concat"]
        polls = [r for r in sim.requests if r.path == "/suno/v2/feed"]
    assert [r.json() for r in submits] == [{"clip_id": "ae9ca24e-1da0-4f0e-83c3-f21a22e95929"}] * 2
    assert len(polls) == 2 * 3
    assert all(len(r.query["ids"]) == 1 and r.query["ids"][0] for r in polls)
