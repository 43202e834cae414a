"""End to end: generated Qingbo and UniAll clients submit and wait real tasks on a local server.

The server (tests/gateway_server.py) is a real HTTP server on 127.0.0.1; the clients are the
committed generated/ packages, exactly as a user imports them.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest

from gateway_runtime import DeadlineExceededError, ProgressEvent, TaskFailedError
from generated.qingbo import AsyncQingbo, Qingbo
from generated.uniall import AsyncUniAll, UniAll
from tests.gateway_server import GatewayServer, TaskPlan, TaskShape

KEY = "sk-e2e-SECRET-KEY-123"
IMAGES = {"images": [{"url": "https://cdn.example/a.png", "expires_at": 1775300000}]}
UNIALL = TaskShape(
    submit_id="/id",
    submit_extra={
        "object": "video.generation.job",
        "model": "viduq3p-720p",
        "progress": 0,
        "created_at": 1774507626,
    },
    poll_id="/id",
    status="/status",
    progress="/progress",
    queue_position=None,
    result="/metadata",
    error_code="/error/code",
    error_message="/error/message",
    poll_extra={"object": "video.generation.job", "model": "viduq3p-720p"},
    statuses={
        "queued": "queued",
        "processing": "in_progress",
        "completed": "completed",
        "failed": "failed",
        "canceled": "failed",
    },
)


@pytest.fixture(autouse=True)
def _journal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("GATEWAY_JOURNAL", str(tmp_path / "journal.sqlite3"))


@pytest.fixture
def server() -> Iterator[GatewayServer]:
    with GatewayServer() as srv:
        yield srv


def test_qingbo_submit_and_wait(server: GatewayServer) -> None:
    sim = server.add_task_api(
        submit=("POST", "/v1/tasks"),
        poll=("GET", "/v1/tasks/{task_id}"),
        cancel=("POST", "/v1/tasks/{task_id}/cancel"),
        plan=TaskPlan(polls=3, result=IMAGES),
    )
    events: list[ProgressEvent] = []
    with Qingbo(api_key=KEY, base_url=server.url) as client:
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
    assert result.result is not None
    assert server.count("POST", "/v1/tasks") == 1
    submit = next(r for r in server.requests if r.method == "POST")
    assert submit.headers["authorization"] == f"Bearer {KEY}"
    assert submit.json() == {
        "model": "seedream-5.0",
        "prompt": "一只柴犬穿宇航服站在月球上",
        "size": "16:9",
        "resolution": "2K",
        "watermark": False,
    }
    assert [e.status for e in events][-1] == "completed"
    assert any(e.percent is not None for e in events)


def test_qingbo_failed_task_raises_gateway_code(server: GatewayServer) -> None:
    server.add_task_api(
        submit=("POST", "/v1/tasks"),
        poll=("GET", "/v1/tasks/{task_id}"),
        plan=TaskPlan(
            outcome="failed", polls=2, error_code="task_failed", error_message="content rejected"
        ),
    )
    with Qingbo(api_key=KEY, base_url=server.url) as client:
        task = client.tasks.create(model="seedream-4.5", prompt="x")
        with pytest.raises(TaskFailedError) as info:
            task.wait(timeout=30, poll_interval=0.01)
    assert info.value.code == "task_failed"
    assert "content rejected" in str(info.value)
    assert KEY not in str(info.value) and KEY not in repr(info.value)
    assert server.count("POST", "/v1/tasks") == 1


def test_qingbo_invalid_payload_is_never_sent(server: GatewayServer) -> None:
    from gateway_runtime.validation import PayloadValidationError

    server.add_task_api(submit=("POST", "/v1/tasks"), poll=("GET", "/v1/tasks/{task_id}"))
    with (
        Qingbo(api_key=KEY, base_url=server.url) as client,
        pytest.raises(PayloadValidationError) as info,
    ):
        client.tasks.create(
            model="seedream-4.0",
            prompt="x",
            image_urls=[f"https://e/{i}.png" for i in range(14)],
            n=2,
        )
    assert "15" in str(info.value)
    assert server.count() == 0


def test_qingbo_deadline_carries_resumable_handle(server: GatewayServer) -> None:
    server.add_task_api(
        submit=("POST", "/v1/tasks"),
        poll=("GET", "/v1/tasks/{task_id}"),
        plan=TaskPlan(outcome="never"),
    )
    with Qingbo(api_key=KEY, base_url=server.url) as client:
        task = client.tasks.create(model="seedream-5.0", prompt="x")
        with pytest.raises(DeadlineExceededError) as info:
            task.wait(timeout=0.3, poll_interval=0.01)
        assert info.value.task is not None
        assert info.value.task.id == task.id
        saved = task.to_json()
    assert KEY not in saved and task.id in saved


def test_qingbo_async_submit_and_wait(server: GatewayServer) -> None:
    server.add_task_api(
        submit=("POST", "/v1/tasks"),
        poll=("GET", "/v1/tasks/{task_id}"),
        plan=TaskPlan(polls=2, result=IMAGES),
    )

    async def main() -> str:
        async with AsyncQingbo(api_key=KEY, base_url=server.url) as client:
            task = await client.tasks.create(model="seedream-5.0", prompt="async")
            result = await task.wait(timeout=30, poll_interval=0.01)
            return result.status

    assert asyncio.run(main()) == "completed"
    assert server.count("POST", "/v1/tasks") == 1


def test_uniall_vidu_submit_and_wait(server: GatewayServer) -> None:
    sim = server.add_task_api(
        submit=("POST", "/v1/video/generations"),
        poll=("GET", "/v1/videos/{task_id}"),
        shape=UNIALL,
        plan=TaskPlan(polls=3, result={"url": "https://cdn.example/v.mp4"}),
    )
    with UniAll(api_key=KEY, base_url=server.url) as client:
        task = client.video.generations.create(
            model="viduq3p-720p",
            prompt="电影感航拍镜头",
            aspect_ratio="16:9",
            duration=5,
            extra_body_={"audio": False, "seed": 42, "bgm": False},
        )
        assert task.id in sim.tasks
        result = task.wait(timeout=30, poll_interval=0.01)
    assert result.status == "completed"
    assert server.count("POST", "/v1/video/generations") == 1
    submit = next(r for r in server.requests if r.method == "POST")
    assert submit.json()["extra_body"] == {"audio": False, "seed": 42, "bgm": False}


def test_uniall_failed_video_raises(server: GatewayServer) -> None:
    server.add_task_api(
        submit=("POST", "/v1/video/generations"),
        poll=("GET", "/v1/videos/{task_id}"),
        shape=UNIALL,
        plan=TaskPlan(
            outcome="failed", polls=2, error_code="upstream_error", error_message="vidu refused"
        ),
    )

    async def main() -> None:
        async with AsyncUniAll(api_key=KEY, base_url=server.url) as client:
            task = await client.video.generations.create(
                model="viduq3t-540p", prompt="p", image="https://e/a.png", duration=5
            )
            await task.wait(timeout=30, poll_interval=0.01)

    with pytest.raises(TaskFailedError) as info:
        asyncio.run(main())
    assert info.value.code == "upstream_error"
    assert "vidu refused" in str(info.value)


def test_uniall_last_image_needs_image(server: GatewayServer) -> None:
    from gateway_runtime.validation import PayloadValidationError

    with (
        UniAll(api_key=KEY, base_url=server.url) as client,
        pytest.raises(PayloadValidationError) as info,
    ):
        client.video.generations.create(
            model="viduq3p-720p", prompt="p", last_image="https://e/b.png", duration=5
        )
    assert "last_image" in str(info.value)
    assert server.count() == 0


def test_parameters_of_body_operations_are_validated_too(server: GatewayServer) -> None:
    from gateway_runtime.validation import PayloadValidationError
    from generated.uniapi import UniAPI

    with (
        UniAPI(api_key=KEY, base_url=server.url) as client,
        pytest.raises(PayloadValidationError) as info,
    ):
        client.custom_video.create(model="veo-3", body={"prompt": "x"})  # type: ignore[arg-type]
    assert "model" in str(info.value) and "veo-2" in str(info.value)
    assert server.count() == 0
