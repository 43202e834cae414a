"""Single generations on workers: submit in one task, finish in another, never submitted twice."""

from __future__ import annotations

from pathlib import Path

import pytest

from gateway_runtime.taskstore import SubmitChange, TaskRecord, UpdateChange
from gateway_runtime.workers.celery_app import make_app
from gateway_runtime.workers.generation import (
    UncertainSubmitError,
    _Generations,
    finish_generation,
    submit_generation,
)
from gateway_runtime.workers.redis_journal import RedisJournal
from generator.simulator import running
from tests.redis_server import RedisServer
from tests.workers.cluster import Worker

PAYLOAD = {"model": "seedream-4.0", "prompt": "a lighthouse"}


def test_submit_on_one_worker_finish_on_any(redis_server: RedisServer, tmp_path: Path) -> None:
    with running("qingbo", polls=2) as sim:
        app = make_app(redis_server.url)
        worker = Worker(redis_server.url, tmp_path, "gen")
        try:
            sent = submit_generation(
                app, "generated.qingbo", "createTask", PAYLOAD, key="req-1", base_url=sim.url
            )
            handle = sent.get(timeout=60)
            again = submit_generation(
                app, "generated.qingbo", "createTask", PAYLOAD, key="req-1", base_url=sim.url
            ).get(timeout=60)
            done = finish_generation(app, handle, out=str(tmp_path / "out")).get(timeout=60)
        finally:
            worker.stop()
        assert again == handle  # the same request key: the recorded handle, no second submit
        assert sim.submits("createTask") == 1
    assert done["result"]["status"] == "completed"
    assert [Path(f).parent for f in done["files"]] == [tmp_path / "out"]
    (row,) = RedisJournal(redis_server.url).find(handle["task_id"])
    assert row.terminal and row.outcome == "success" and row.operation == "createTask"


def test_a_submit_caught_between_send_and_record_is_never_sent_again(
    redis_server: RedisServer,
) -> None:
    generations = _Generations(redis_server.url, "clientgen")
    generations.journal.db.set("clientgen:gen:req-9", "submitting")  # the first attempt died
    with running("qingbo") as sim:
        with pytest.raises(UncertainSubmitError, match="may have been submitted"):
            generations.submit("generated.qingbo", "createTask", PAYLOAD, "req-9", sim.url)
        assert sim.submits() == 0


def test_redis_journal_keeps_task_ids_across_a_redis_kill_9(redis_server: RedisServer) -> None:
    journal = RedisJournal(redis_server.url, prefix="j")
    record = TaskRecord(
        gateway="qingbo", task_id="t-1", module="generated.qingbo", spec_path=None,
        operation="createTask", binding="image", base_url="http://127.0.0.1:1/?key=sk-abcdefabcdef123456",
        created_at=1.0, updated_at=1.0, status=None,
    )  # fmt: skip
    journal.apply([SubmitChange(record)])
    journal.apply([UpdateChange("qingbo", "t-1", "processing", "pending", False, None, 2.0)])
    redis_server.restart()
    journal = RedisJournal(redis_server.url, prefix="j")
    (row,) = journal.entries()
    assert (row.task_id, row.status, row.terminal) == ("t-1", "processing", False)
    assert "sk-abcdef" not in (row.base_url or "")  # redacted as the SQLite journal does
    journal.apply([UpdateChange("qingbo", "t-1", "completed", "success", True, None, 3.0)])
    assert journal.entries() == [] and journal.count(include_finished=True) == 1
    assert journal.find("t-1")[0].outcome == "success"
    assert journal.prune(finished_before=4.0) == 1 and journal.count(include_finished=True) == 0


def test_a_client_journals_into_redis_before_submit_returns(
    redis_server: RedisServer, tmp_path: Path
) -> None:
    from generated.qingbo import Qingbo

    journal = RedisJournal(redis_server.url, prefix="c")
    with running("qingbo") as sim:
        client = Qingbo(api_key="sk-any", base_url=sim.url, journal=journal)
        task = client.tasks.create(**PAYLOAD)
        (row,) = RedisJournal(redis_server.url, prefix="c").find(task.id)
        assert row.operation == "createTask" and not row.terminal
        task.wait(poll_interval=0.01)
        client.close()
    assert RedisJournal(redis_server.url, prefix="c").find(task.id)[0].terminal
