"""The Redis journal applies a batch of changes in one script, as the SQLite journal does."""

from __future__ import annotations

import time

from gateway_runtime.journal import Journal
from gateway_runtime.taskstore import HintChange, SubmitChange, TaskRecord, TaskStore, UpdateChange
from gateway_runtime.workers.redis_journal import RedisJournal
from tests.redis_server import RedisServer


def _record(task_id: str, status: str | None = "queued") -> TaskRecord:
    now = time.time()
    return TaskRecord("qingbo", task_id, "generated.qingbo", None, "createTask", "image",
                      "http://127.0.0.1:9", now, now, status)  # fmt: skip


def _update(
    task_id: str, status: str | None, outcome: str, error: str | None = None
) -> UpdateChange:
    terminal = outcome != "pending"
    return UpdateChange("qingbo", task_id, status, outcome, terminal, error, time.time())


def _scenario(store: TaskStore) -> list[tuple[str, str | None, str, bool, str | None]]:
    store.apply([SubmitChange(_record("t1")), SubmitChange(_record("t2"))])
    store.apply([
        SubmitChange(_record("t1", status="other"), replace=False),  # a resume keeps the row
        _update("t2", None, "failure", "nsfw"),  # the status goes, the error comes
        _update("ghost", "done", "success"),  # unknown: nothing written
        HintChange("qingbo", "t1", "completed", "success", time.time()),  # a hint changes no row
    ])  # fmt: skip
    store.apply([_update("t2", "failed", "failure", None)])  # the error goes again
    rows = store.entries(include_finished=True)
    return sorted((r.task_id, r.status, r.outcome, r.terminal, r.error) for r in rows)


def test_the_redis_journal_writes_what_the_sqlite_journal_writes(
    redis_server: RedisServer, tmp_path: object
) -> None:
    redis_journal = RedisJournal(redis_server.url, prefix="j")
    sqlite_journal = Journal(f"{tmp_path}/journal.sqlite3")
    expected = [
        ("t1", "queued", "pending", False, None),
        ("t2", "failed", "failure", True, None),
    ]
    assert _scenario(sqlite_journal) == expected
    assert _scenario(redis_journal) == expected
    assert redis_journal.count() == 1  # t2 ended: off the open listing
    assert sqlite_journal.count() == 1
    for log in (redis_journal, sqlite_journal):
        _, hints = log.hints_after(log.hint_cursor(60.0), 0.0)
        assert hints == [("qingbo", "t1")]
