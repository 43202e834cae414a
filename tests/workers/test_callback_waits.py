"""A callback wakes whoever waits for its task: one confirming poll, not the polling schedule.

Real parts: the simulator calls back a ``webhook_app`` served by uvicorn on 127.0.0.1, which
appends the hint to the journal (a SQLite file, or Redis); a client waiting with a 60 s poll
interval (its own client object, reading the journal like another process would) wakes,
confirms with one poll and finishes. The simulator's request log shows that one poll beside
the first one every wait makes when it starts.
"""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path
from typing import Any

from gateway_runtime.batch import run_batch
from gateway_runtime.callbacks import webhook_app
from gateway_runtime.journal import Journal
from gateway_runtime.taskstore import TaskStore
from gateway_runtime.workers.redis_journal import RedisJournal
from generated.qingbo import AsyncQingbo, Qingbo
from generator.simulator import running
from tests.asgi_server import AsgiServer
from tests.redis_server import RedisServer

SLOW_POLLS = 60.0  # without the callback, the wait would take this long
TASK_SECONDS = 1.0  # the simulator's task (and so its callback) takes this long


def _polls(sim: Any, task_id: str) -> int:
    return sum(1 for e in sim.log.of("getTask", "poll") if e.task_id == task_id)


def _hooked(client: Any, journal: TaskStore | None = None) -> AsgiServer:
    """The webhook, trusting nothing: it records the hint and leaves confirming to the waiter."""
    return AsgiServer(webhook_app(client, journal=journal, confirm=False, path="/hook"))


def test_a_sync_wait_finishes_on_the_callback_with_one_confirming_poll(tmp_path: Path) -> None:
    journal = tmp_path / "journal.sqlite3"
    with running("qingbo", polls=50, task_seconds=TASK_SECONDS) as sim:
        hook_client = Qingbo(api_key="sk-any", base_url=sim.url, journal=journal)
        with _hooked(hook_client) as hook:
            client = Qingbo(api_key="sk-any", base_url=sim.url, journal=journal, max_retries=0)
            task = client.tasks.create(
                model="seedream-4.0", prompt="a cat", callback_url=hook.url + "/hook"
            )
            start = time.monotonic()
            result = task.wait(poll_interval=SLOW_POLLS, timeout=120)
            took = time.monotonic() - start
        assert [d.status for d in sim.callbacks] == [200]
        assert _polls(sim, task.id) == 2  # the wait's first poll, then the one confirming poll
    assert result is not None and task.last_state is not None
    assert task.last_state.outcome == "success"
    assert TASK_SECONDS * 0.8 < took < TASK_SECONDS + 3  # the callback, not the 60 s schedule
    (row,) = Journal(journal).find(task.id)
    assert row.terminal and row.outcome == "success"  # recorded by the confirming poll
    client.close()
    hook_client.close()


def test_an_async_wait_finishes_on_the_callback_with_one_confirming_poll(tmp_path: Path) -> None:
    journal = tmp_path / "journal.sqlite3"

    async def scenario(sim_url: str, hook_url: str) -> tuple[Any, float]:
        async with AsyncQingbo(
            api_key="sk-any", base_url=sim_url, journal=journal, max_retries=0
        ) as client:
            task = await client.tasks.create(
                model="seedream-4.0", prompt="a dog", callback_url=hook_url + "/hook"
            )
            ticks = 0

            async def beat() -> None:  # the event loop stays free while the wait sleeps
                nonlocal ticks
                while True:
                    await asyncio.sleep(0.05)
                    ticks += 1

            beating = asyncio.ensure_future(beat())
            start = time.monotonic()
            await task.wait(poll_interval=SLOW_POLLS, timeout=120)
            took = time.monotonic() - start
            beating.cancel()
            assert ticks >= 5
            return task, took

    with running("qingbo", polls=50, task_seconds=TASK_SECONDS) as sim:
        hook_client = Qingbo(api_key="sk-any", base_url=sim.url, journal=journal)
        with _hooked(hook_client) as hook:
            task, took = asyncio.run(scenario(sim.url, hook.url))
        assert _polls(sim, task.id) == 2
    assert task.last_state.outcome == "success"
    assert took < TASK_SECONDS + 3
    hook_client.close()


def test_a_wait_on_the_shared_redis_journal_wakes_on_a_callback(
    tmp_path: Path, redis_server: RedisServer
) -> None:
    with running("qingbo", polls=50, task_seconds=TASK_SECONDS) as sim:
        hook_client = Qingbo(api_key="sk-any", base_url=sim.url, journal=False)
        shared = RedisJournal(redis_server.url)
        with _hooked(hook_client, journal=shared) as hook:
            client = Qingbo(
                api_key="sk-any",
                base_url=sim.url,
                journal=RedisJournal(redis_server.url),
                max_retries=0,
            )
            task = client.tasks.create(
                model="seedream-4.0", prompt="a fox", callback_url=hook.url + "/hook"
            )
            start = time.monotonic()
            task.wait(poll_interval=SLOW_POLLS, timeout=120)
            took = time.monotonic() - start
        assert _polls(sim, task.id) == 2
    assert took < TASK_SECONDS + 3
    (row,) = shared.find(task.id, "qingbo")
    assert row.terminal and row.outcome == "success"
    client.close()
    hook_client.close()


def test_a_forged_hint_costs_one_poll_and_the_wait_goes_on(tmp_path: Path) -> None:
    journal = tmp_path / "journal.sqlite3"
    with running("qingbo", polls=3) as sim:
        hook_client = Qingbo(api_key="sk-any", base_url=sim.url, journal=journal)
        with _hooked(hook_client) as hook:
            client = Qingbo(api_key="sk-any", base_url=sim.url, journal=journal, max_retries=0)
            task = client.tasks.create(model="seedream-4.0", prompt="a cat")
            forged = json.dumps({"task_id": task.id, "status": "completed", "progress": 100})

            def forge(event: Any) -> None:
                if event.poll_count == 1:  # after the wait's first poll: a forged "done"
                    import httpx

                    reply = httpx.post(hook.url + "/hook", content=forged, timeout=10)
                    assert reply.json() == {
                        "task_id": task.id,
                        "hint": "success",
                        "confirmed": False,
                    }

            start = time.monotonic()
            task.wait(poll_interval=1.5, timeout=60, on_progress=forge)
            took = time.monotonic() - start
        # polls: the first, the one the forged hint caused (still running), then the schedule
        assert _polls(sim, task.id) == 3
        assert took > 1.5  # the forged hint did not end the wait: the schedule's poll did
    assert task.last_state is not None and task.last_state.outcome == "success"
    client.close()
    hook_client.close()


def test_a_local_batch_run_finishes_on_callbacks_with_one_poll_per_task(tmp_path: Path) -> None:
    journal = tmp_path / "journal.sqlite3"
    jobs = tmp_path / "jobs.jsonl"
    with running("qingbo", polls=50, task_seconds=TASK_SECONDS) as sim:
        hook_client = Qingbo(api_key="sk-any", base_url=sim.url, journal=journal)
        with _hooked(hook_client) as hook:
            lines = [
                {"id": f"j{i}", "model": "seedream-4.0", "prompt": f"cat {i}",
                 "callback_url": hook.url + "/hook"}
                for i in range(6)
            ]  # fmt: skip
            jobs.write_text("".join(json.dumps(line) + "\n" for line in lines), "utf-8")
            client = Qingbo(api_key="sk-any", base_url=sim.url, journal=journal, max_retries=0)
            start = time.monotonic()
            summary = run_batch(
                client, "tasks.create", jobs, out=tmp_path / "out", progress=False,
                poll_interval=SLOW_POLLS, handle_sigint=False,
            )  # fmt: skip
            took = time.monotonic() - start
        assert len(sim.callbacks) == 6
        assert sim.count("getTask") == 6  # one poll per task: the one confirming its callback
    assert summary.outcomes["succeeded"] == 6, summary
    assert took < TASK_SECONDS + 10
    client.close()
    hook_client.close()


def test_hints_need_a_journal_when_the_app_does_not_confirm() -> None:
    import pytest

    from gateway_runtime.errors import GatewayClientError

    client = Qingbo(api_key="sk-any", base_url="http://127.0.0.1:9", journal=False)
    with pytest.raises(GatewayClientError, match="journal is off"):
        webhook_app(client, confirm=False)
    webhook_app(client)  # confirming itself, it needs no journal


def test_the_watcher_rings_for_hints_before_and_after_a_wait_begins(tmp_path: Path) -> None:
    """One read of the log serves every wait; a hint older than the wait (within RECENT) rings
    it at once; another gateway's hint for the same id rings nothing."""
    import threading

    from gateway_runtime.journal_watch import JournalWatcher
    from gateway_runtime.taskstore import HintChange

    path = tmp_path / "journal.sqlite3"
    writer = Journal(path)
    writer.apply([HintChange("qingbo", "early", "completed", "success", time.time())])
    watcher = JournalWatcher(lambda: Journal(path), "qingbo", str(path))
    rung = {name: threading.Event() for name in ("early", "late", "other")}
    watches = [watcher.watch(name, rung[name].set) for name in rung]
    for watch in watches:
        assert watch.ready.result(timeout=5) is None
    assert rung["early"].wait(5)  # its hint came before the watch
    assert not rung["late"].is_set()
    writer.apply([
        HintChange("qingbo", "late", "failed", "failure", time.time()),
        HintChange("uniapi", "other", "completed", "success", time.time()),
    ])  # fmt: skip
    assert rung["late"].wait(5)
    assert not rung["other"].wait(0.5)  # the same id at another gateway is not this task
    for watch in watches:
        watch.close()
    watcher.close()
