"""Callbacks: the simulator's push, received by webhook_app on a real uvicorn, confirmed by a poll."""

from __future__ import annotations

import json
import queue
import time
from pathlib import Path

import httpx
import pytest

from gateway_runtime.callbacks import CallbackError, CallbackNotice, parse_callback, webhook_app
from gateway_runtime.journal import Journal
from generated.gptnb import GPTNB
from generated.qingbo import Qingbo
from generator.simulator import running
from tests.asgi_server import AsgiServer


def _qingbo(url: str, journal: Path) -> Qingbo:
    return Qingbo(api_key="sk-any", base_url=url, journal=journal, max_retries=0)


def test_parse_callback_reads_a_pushed_task_like_a_poll(tmp_path: Path) -> None:
    client = _qingbo("http://127.0.0.1:9", tmp_path / "j.sqlite3")
    body = {"task_id": "t-1", "status": "completed", "progress": 100, "result": {"images": []}}
    state = parse_callback(client, json.dumps(body).encode(), {"content-type": "application/json"})
    assert (state.task_id, state.status, state.outcome, state.percent) == (
        "t-1",
        "completed",
        "success",
        100.0,
    )
    failed = {"task_id": "t-2", "status": "failed", "error": {"code": "x1", "message": "nsfw"}}
    state = parse_callback(client.spec, failed)
    assert (state.outcome, state.error_code, state.error_message) == ("failure", "x1", "nsfw")


def test_parse_callback_names_what_is_wrong(tmp_path: Path) -> None:
    client = _qingbo("http://127.0.0.1:9", tmp_path / "j.sqlite3")
    with pytest.raises(CallbackError, match="not JSON"):
        parse_callback(client, b"task done")
    with pytest.raises(CallbackError, match="no task id"):
        parse_callback(client, b'{"status": "completed"}')
    with pytest.raises(CallbackError, match="not an object"):
        parse_callback(client, b"[1]")
    with pytest.raises(CallbackError, match="larger than"):
        parse_callback(client, b" " * (1 << 20 + 1))


def test_midjourney_notify_hook_is_read_through_its_own_id_pointer() -> None:
    client = GPTNB(api_key="sk-any", base_url="http://127.0.0.1:9", journal=False)
    state = parse_callback(client, {"id": "mj-7", "status": "IN_PROGRESS", "progress": "40%"})
    assert (state.task_id, state.outcome, state.percent) == ("mj-7", "pending", 40.0)


def test_simulator_callback_reaches_uvicorn_and_is_confirmed_by_one_poll(tmp_path: Path) -> None:
    notices: queue.Queue[CallbackNotice] = queue.Queue()
    journal_path = tmp_path / "journal.sqlite3"
    with running("qingbo", polls=50, task_seconds=0.2) as sim:
        client = _qingbo(sim.url, journal_path)
        app = webhook_app(client, on_state=notices.put, path="/hooks/qingbo")
        with AsgiServer(app) as hook:
            task = client.tasks.create(
                model="seedream-4.0", prompt="a cat", callback_url=hook.url + "/hooks/qingbo"
            )
            notice = notices.get(timeout=10)
        assert notice.confirmed and notice.state.task_id == task.id
        assert notice.state.outcome == "success"
        assert sim.count("getTask") == 1  # the one confirming poll, nothing else
        assert [d.status for d in sim.callbacks] == [200]
    (row,) = Journal(journal_path).find(task.id)
    assert row.terminal and row.outcome == "success"


def test_a_forged_callback_is_not_recorded_as_done(tmp_path: Path) -> None:
    notices: queue.Queue[CallbackNotice] = queue.Queue()
    journal_path = tmp_path / "journal.sqlite3"
    with running("qingbo", polls=50) as sim:
        client = _qingbo(sim.url, journal_path)
        task = client.tasks.create(model="seedream-4.0", prompt="a cat")
        with AsgiServer(webhook_app(client, on_state=notices.put)) as hook:
            forged = {"task_id": task.id, "status": "completed", "progress": 100}
            reply = httpx.post(hook.url + "/anything", json=forged, timeout=10)
            assert reply.status_code == 200 and reply.json()["outcome"] == "pending"
            assert httpx.get(hook.url, timeout=10).status_code == 405
            bad = httpx.post(hook.url, content=b"{", timeout=10)
            assert bad.status_code == 400 and "not JSON" in bad.json()["error"]
        notice = notices.get(timeout=1)
        assert notice.confirmed and notice.state.outcome == "pending"
    (row,) = Journal(journal_path).find(task.id)
    assert not row.terminal and row.outcome == "pending"


def test_simulator_never_calls_back_outside_loopback(tmp_path: Path) -> None:
    with running("qingbo", polls=50) as sim:
        client = _qingbo(sim.url, tmp_path / "j.sqlite3")
        client.tasks.create(
            model="seedream-4.0", prompt="a cat", callback_url="http://203.0.113.9/hook"
        )
        deadline = time.monotonic() + 5
        while not sim.callbacks and time.monotonic() < deadline:
            time.sleep(0.01)
        (delivery,) = sim.callbacks
        assert delivery.status is None and "refused" in (delivery.error or "")
