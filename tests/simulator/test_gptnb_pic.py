"""GPTNB's 其他图像API1 tasks (/task/pic, PicWish): integer states on the wire, one shared result query.

The generic simulator tests already submit, wait and download every binding; these check what is
particular to this family: PicWish's ``state`` is an integer (1 done, < 0 failed), every create call
is polled at the same ``GET /task/{task_id}``, and ``image_file`` / ``image_url`` is one choice.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from gateway_runtime.errors import TaskFailedError
from gateway_runtime.validation import PayloadValidationError
from generator.simulator import running
from generator.simulator.faults import Faults
from generator.simulator.tasks import status_value
from tests.simulator.calls import KEY, client_class

FAST = {"poll_interval": 0.001, "timeout": 5}
PHOTO = "https://example.com/portrait.png"


@pytest.fixture(autouse=True)
def _journal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("GATEWAY_JOURNAL", str(tmp_path / "journal.sqlite3"))


def test_every_create_call_is_polled_at_the_shared_result_query(tmp_path: Path) -> None:
    calls = {
        "segmentation": {"image_url": PHOTO, "output_type": 2},
        "scale": {"image_url": PHOTO, "type": "clean", "scale_factor": 4},
        "background": {"image_url": PHOTO, "batch_size": 2, "prompt": "a beach"},
        "id_photo": {"image_url": PHOTO, "size": "300x400", "format": "jpg"},
        "colorization": {"image_url": PHOTO, "format": "png"},
        "ocr": {"image_url": "https://example.com/doc.pdf", "format": "txt"},
        "inpaint": {"image_url": PHOTO, "mask_url": "https://example.com/mask.png"},
        "compress": {"image_url": PHOTO, "quality": 80},
        "correction": {"image_url": PHOTO, "type": 0},
    }
    with (
        running("gptnb", polls=3, record=True) as sim,
        client_class("gptnb")(api_key=KEY, base_url=sim.url) as client,
    ):
        for name, args in calls.items():
            task = getattr(client.pic, name)(**args)
            task.wait(**FAST)
            assert task.last_state.status == "1"  # PicWish state 1: done
            assert task.last_state.raw["data"]["state"] == 1  # an integer on the wire
            assert task.download(tmp_path / name, progress=False)
        polls = [r for r in sim.requests if r.method == "GET" and r.path.startswith("/task/")]
        assert len(polls) == 3 * len(calls)
        assert {r.path.rsplit("/", 1)[0] for r in polls} == {"/task"}


def test_a_negative_state_ends_the_wait_as_a_failure() -> None:
    with (
        running("gptnb", polls=2, faults=Faults(fail_rate=1.0)) as sim,
        client_class("gptnb")(api_key=KEY, base_url=sim.url) as client,
    ):
        task = client.pic.colorization(image_url=PHOTO)
        with pytest.raises(TaskFailedError):
            task.wait(**FAST)
        assert task.last_state.raw["data"]["state"] == -1  # the binding's first failure code


def test_async_client_reads_the_result_query_directly() -> None:
    async def run() -> int:
        with running("gptnb", polls=1) as sim:
            async with client_class("gptnb", asynchronous=True)(
                api_key=KEY, base_url=sim.url
            ) as client:
                task = await client.pic.segmentation(image_url=PHOTO)
                await task.wait(**FAST)
                reply = await client.pic.tasks.retrieve(task_id=task.id)
                assert reply.data is not None and reply.data.task_id == task.id
                return int(reply.data.state)

    assert asyncio.run(run()) == 1


@pytest.mark.parametrize(
    "args",
    [
        {},  # neither image_file nor image_url
        {"image_url": PHOTO, "image_file": ("a.png", b"\x89PNG", "image/png")},  # both
    ],
)
def test_one_source_image_is_required_before_anything_is_sent(args: dict[str, object]) -> None:
    with (
        running("gptnb", record=True) as sim,
        client_class("gptnb")(api_key=KEY, base_url=sim.url) as client,
    ):
        with pytest.raises(PayloadValidationError) as caught:
            client.pic.segmentation(**args)
        assert "二选一" in str(caught.value)
        assert sim.requests == []


@pytest.mark.parametrize(
    ("method", "args", "says"),
    [
        ("inpaint", {"image_url": PHOTO}, "one removal area"),  # no mask, no rectangles
        (
            "inpaint",
            {"image_url": PHOTO, "mask_url": PHOTO, "rectangles": "[]"},
            "one removal area",
        ),
        ("compress", {"image_url": PHOTO, "quality": 80, "kbyte": 100}, "quality or kbyte"),
    ],
)
def test_picwish_choices_are_checked_before_anything_is_sent(
    method: str, args: dict[str, object], says: str
) -> None:
    with (
        running("gptnb", record=True) as sim,
        client_class("gptnb")(api_key=KEY, base_url=sim.url) as client,
    ):
        with pytest.raises(PayloadValidationError) as caught:
            getattr(client.pic, method)(**args)
        assert says in str(caught.value)
        assert sim.requests == []


def test_status_value_keeps_the_templates_type() -> None:
    assert status_value("1", 0) == 1
    assert status_value("-7", 4) == -7
    assert status_value("0_v2", 0) == "0_v2"  # a drifted word stays text
    assert status_value("SUCCESS", "queued") == "SUCCESS"
    assert status_value("1", True) == "1"  # a boolean template is not an integer one
