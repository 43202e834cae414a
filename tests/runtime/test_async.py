"""The async client against the same faults: same decisions, same counts as the sync one."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from gateway_runtime import (
    APIConnectionError,
    APITimeoutError,
    AsyncClient,
    DeadlineExceededError,
    GatewayError,
    InternalServerError,
    ProgressEvent,
    RateLimitError,
    ResponseDecodeError,
    TaskCanceledError,
    TaskFailedError,
)
from tests.gateway_server import GatewayServer, Response, TaskPlan, TaskSimulator

SUBMIT = ("POST", "/v1/tasks")
POLL = ("GET", "/v1/tasks/{task_id}")
MakeAsync = Callable[..., AsyncClient]


def run(coro: Any) -> Any:
    return asyncio.run(coro)


def test_async_submit_and_wait_with_async_progress_callback(
    make_async_client: MakeAsync, gateway_server: GatewayServer, sim: TaskSimulator
) -> None:
    events: list[ProgressEvent] = []

    async def on_progress(event: ProgressEvent) -> None:
        await asyncio.sleep(0)
        events.append(event)

    async def main() -> Any:
        async with make_async_client() as client:
            task = await client.submit_task("createTask", body={"prompt": "x"}, parse=dict)
            return await task.wait(on_progress=on_progress)

    body = run(main())
    assert body["status"] == "completed"
    assert [e.status for e in events] == ["queued", "processing", "completed"]
    assert events[-1].percent == 100.0
    assert gateway_server.count(*SUBMIT) == 1


def test_async_sync_callback_also_works(make_async_client: MakeAsync, sim: TaskSimulator) -> None:
    events: list[ProgressEvent] = []

    async def main() -> None:
        async with make_async_client() as client:
            task = await client.submit_task("createTask", body={"prompt": "x"}, parse=dict)
            await task.wait(on_progress=events.append)

    run(main())
    assert len(events) == 3


@pytest.mark.parametrize(
    ("fault", "error"),
    [
        (Response.reset(), APIConnectionError),
        (Response.slow(5.0), APITimeoutError),
        (Response.error(500), InternalServerError),
        (Response.error(502), InternalServerError),
        (Response.error(429, "rl", "slow"), RateLimitError),
        (Response.malformed(), ResponseDecodeError),
        (Response.envelope(), GatewayError),
    ],
    ids=["reset", "timeout", "500", "502", "429-no-retry-after", "malformed", "200-envelope"],
)
def test_async_submit_faults_are_never_replayed(
    make_async_client: MakeAsync,
    gateway_server: GatewayServer,
    sim: TaskSimulator,
    fault: Response,
    error: type[Exception],
) -> None:
    gateway_server.inject(*SUBMIT, fault)

    async def main() -> None:
        async with make_async_client(timeout=0.5) as client:
            await client.submit_task("createTask", body={"prompt": "x"}, parse=dict)

    with pytest.raises(error):
        run(main())
    assert gateway_server.count(*SUBMIT) == 1
    assert sim.submits == 0


def test_async_submit_retried_after_429_with_retry_after(
    make_async_client: MakeAsync, gateway_server: GatewayServer, sim: TaskSimulator
) -> None:
    gateway_server.inject(*SUBMIT, Response.retry_after(429, 0.01))

    async def main() -> str:
        async with make_async_client() as client:
            task = await client.submit_task("createTask", body={"prompt": "x"}, parse=dict)
            return task.id

    assert run(main()) in sim.tasks
    assert gateway_server.count(*SUBMIT) == 2 and sim.submits == 1


def test_async_poll_fails_twice_then_succeeds(
    make_async_client: MakeAsync, gateway_server: GatewayServer, sim: TaskSimulator
) -> None:
    async def main() -> Any:
        async with make_async_client() as client:
            task = await client.submit_task("createTask", body={"prompt": "x"}, parse=dict)
            gateway_server.inject(*POLL, Response.error(503), Response.reset())
            return await task.wait()

    assert run(main())["status"] == "completed"
    assert gateway_server.count(*POLL) == 5 and gateway_server.count(*SUBMIT) == 1


def test_async_failed_canceled_and_deadline(
    make_async_client: MakeAsync, gateway_server: GatewayServer, sim: TaskSimulator
) -> None:
    sim.next_plans.extend(
        [
            TaskPlan(outcome="failed", polls=2, error_code="E42", error_message="bad"),
            TaskPlan(outcome="never"),
            TaskPlan(outcome="never"),
        ]
    )

    async def main() -> tuple[Any, ...]:
        async with make_async_client() as client:
            failed = await client.submit_task("createTask", body={"prompt": "x"}, parse=dict)
            stuck = await client.submit_task("createTask", body={"prompt": "x"}, parse=dict)
            canceled = await client.submit_task("createTask", body={"prompt": "x"}, parse=dict)
            results = await asyncio.gather(
                failed.wait(), stuck.wait(timeout=0.3), return_exceptions=True
            )
            await canceled.cancel()
            try:
                await canceled.wait()
            except TaskCanceledError as exc:
                return (*results, exc, stuck)
            raise AssertionError("not canceled")

    failed_err, deadline_err, canceled_err, stuck = run(main())
    assert isinstance(failed_err, TaskFailedError) and failed_err.code == "E42"
    assert isinstance(deadline_err, DeadlineExceededError) and deadline_err.task is stuck
    assert isinstance(canceled_err, TaskCanceledError)
    assert gateway_server.count(*SUBMIT) == 3


def test_async_resume_from_json(
    make_async_client: MakeAsync,
    gateway_server: GatewayServer,
    sim: TaskSimulator,
    journal_path: Path,
) -> None:
    async def main() -> Any:
        async with make_async_client() as first:
            task = await first.submit_task("createTask", body={"prompt": "x"}, parse=dict)
            state = await task.status()
            assert state.outcome == "pending"
            handle = task.to_json()
        assert json.loads(handle)["status"] == "queued"
        async with make_async_client() as second:
            again = await second.resume(handle, parse=lambda b: b["result"])
            return await again.wait()

    assert run(main()) == {"url": "https://example.invalid/result.png"}
    assert gateway_server.count(*SUBMIT) == 1


def test_async_many_tasks_concurrently(
    make_async_client: MakeAsync, gateway_server: GatewayServer, sim: TaskSimulator
) -> None:
    async def main() -> list[Any]:
        async with make_async_client(journal=False) as client:
            tasks = await asyncio.gather(
                *(
                    client.submit_task("createTask", body={"prompt": str(i)}, parse=dict)
                    for i in range(50)
                )
            )
            return list(await asyncio.gather(*(t.wait(timeout=120) for t in tasks)))

    results = run(main())
    assert len(results) == 50 and all(r["status"] == "completed" for r in results)
    assert gateway_server.count(*SUBMIT) == 50 and sim.polls() == 150
