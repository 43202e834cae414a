"""End to end: generated Qingbo and UniAll clients submit and wait real tasks on the simulator.

The simulator (generator/simulator) is a real HTTP server on 127.0.0.1 playing the gateway's spec;
the clients are the committed generated/ packages, exactly as a user imports them.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from gateway_runtime import DeadlineExceededError, ProgressEvent, TaskFailedError
from gateway_runtime.validation import PayloadValidationError
from generated.qingbo import AsyncQingbo, Qingbo
from generated.uniall import AsyncUniAll, UniAll
from generated.uniapi import UniAPI
from generator.simulator import Faults, running

KEY = "sk-e2e-SECRET-KEY-123"
FAILED = "the task failed (simulated by --fail-rate)"


@pytest.fixture(autouse=True)
def _journal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("GATEWAY_JOURNAL", str(tmp_path / "journal.sqlite3"))


def test_qingbo_submit_and_wait() -> None:
    events: list[ProgressEvent] = []
    with (
        running("qingbo", polls=3, record=True) as sim,
        Qingbo(api_key=KEY, base_url=sim.url) as client,
    ):
        task = client.tasks.create(
            model="seedream-5.0",
            prompt="一只柴犬穿宇航服站在月球上",
            size="16:9",
            resolution="2K",
            watermark=False,
        )
        assert task.id in sim.tasks
        result = task.wait(timeout=30, poll_interval=0.01, on_progress=events.append)
    assert result.status == "completed"
    assert result.result is not None and result.result.images
    assert sim.count("createTask") == 1
    submit = sim.requests[0]
    assert (submit.method, submit.path) == ("POST", "/v1/tasks")
    assert submit.headers["authorization"] == f"Bearer {KEY}"
    assert submit.json() == {
        "model": "seedream-5.0",
        "prompt": "一只柴犬穿宇航服站在月球上",
        "size": "16:9",
        "resolution": "2K",
        "watermark": False,
    }
    assert [e.status for e in events] == ["queued", "processing", "completed"]
    assert any(e.percent is not None for e in events)


def test_qingbo_failed_task_raises_gateway_code() -> None:
    with (
        running("qingbo", polls=2, faults=Faults(fail_rate=1.0)) as sim,
        Qingbo(api_key=KEY, base_url=sim.url) as client,
    ):
        task = client.tasks.create(model="seedream-4.5", prompt="x")
        with pytest.raises(TaskFailedError) as info:
            task.wait(timeout=30, poll_interval=0.01)
    assert info.value.code == "simulated_failure"
    assert FAILED in str(info.value)
    assert KEY not in str(info.value) and KEY not in repr(info.value)
    assert sim.count("createTask") == 1


def test_qingbo_invalid_payload_is_never_sent() -> None:
    with (
        running("qingbo") as sim,
        Qingbo(api_key=KEY, base_url=sim.url) as client,
        pytest.raises(PayloadValidationError) as info,
    ):
        client.tasks.create(
            model="seedream-4.0",
            prompt="x",
            image_urls=[f"https://e/{i}.png" for i in range(14)],
            n=2,
        )
    assert "15" in str(info.value)
    assert sim.count() == 0


def test_qingbo_deadline_carries_resumable_handle() -> None:
    with (
        running("qingbo", faults=Faults(stuck_rate=1.0)) as sim,
        Qingbo(api_key=KEY, base_url=sim.url) as client,
    ):
        task = client.tasks.create(model="seedream-5.0", prompt="x")
        with pytest.raises(DeadlineExceededError) as info:
            task.wait(timeout=0.3, poll_interval=0.01)
        assert info.value.task is not None
        assert info.value.task.id == task.id
        saved = task.to_json()
    assert KEY not in saved and task.id in saved


def test_qingbo_async_submit_and_wait() -> None:
    with running("qingbo", polls=2) as sim:

        async def main() -> str:
            async with AsyncQingbo(api_key=KEY, base_url=sim.url) as client:
                task = await client.tasks.create(model="seedream-5.0", prompt="async")
                result = await task.wait(timeout=30, poll_interval=0.01)
                return result.status

        assert asyncio.run(main()) == "completed"
    assert sim.count("createTask") == 1


def test_uniall_vidu_submit_and_wait() -> None:
    with (
        running("uniall", polls=3, record=True) as sim,
        UniAll(api_key=KEY, base_url=sim.url) as client,
    ):
        task = client.video.generations.create(
            model="viduq3p-720p",
            prompt="电影感航拍镜头",
            aspect_ratio="16:9",
            duration=5,
            extra_body={"audio": False, "seed": 42, "bgm": False},
        )
        assert task.id in sim.tasks
        result = task.wait(timeout=30, poll_interval=0.01)
    assert result.status == "completed"
    assert sim.count("createVideoGeneration") == 1
    submit = next(r for r in sim.requests if r.method == "POST")
    assert submit.path == "/v1/video/generations"
    assert submit.json()["extra_body"] == {"audio": False, "seed": 42, "bgm": False}


def test_uniall_failed_video_raises() -> None:
    with running("uniall", polls=2, faults=Faults(fail_rate=1.0)) as sim:

        async def main() -> None:
            async with AsyncUniAll(api_key=KEY, base_url=sim.url) as client:
                task = await client.video.generations.create(
                    model="viduq3t-540p", prompt="p", image="https://e/a.png", duration=5
                )
                await task.wait(timeout=30, poll_interval=0.01)

        with pytest.raises(TaskFailedError) as info:
            asyncio.run(main())
    assert info.value.code == "simulated_failure"
    assert FAILED in str(info.value)


def test_uniall_last_image_needs_image() -> None:
    with (
        running("uniall") as sim,
        UniAll(api_key=KEY, base_url=sim.url) as client,
        pytest.raises(PayloadValidationError) as info,
    ):
        client.video.generations.create(
            model="viduq3p-720p", prompt="p", last_image="https://e/b.png", duration=5
        )
    assert "last_image" in str(info.value)
    assert sim.count() == 0


def test_parameters_of_body_operations_are_validated_too() -> None:
    with (
        running("uniapi") as sim,
        UniAPI(api_key=KEY, base_url=sim.url) as client,
        pytest.raises(PayloadValidationError) as info,
    ):
        client.custom_video.create(model=["veo-2"], body={"prompt": "x"})  # type: ignore[arg-type]
    assert "model" in str(info.value) and "string" in str(info.value)
    assert sim.count() == 0


def test_a_model_beyond_currently_only_is_sent() -> None:
    """ "目前仅支持 veo-2" describes today; the next model the gateway adds is not refused client-side."""
    with running("uniapi") as sim, UniAPI(api_key=KEY, base_url=sim.url) as client:
        answer = client.custom_video.create(model="veo-3", body={"prompt": "x"})
    assert answer is not None
    assert sim.count() == 1
