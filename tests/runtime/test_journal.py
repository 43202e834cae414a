"""The journal never loses a paid task id and never stalls the event loop.

Another process holds SQLite's write lock (a real second process in ``BEGIN EXCLUSIVE``); the
journal is made read-only for real (file modes the reading process cannot override); the
gateway echoes the key in a status. Every submit goes to the test server on 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import ctypes
import io
import logging
import os
import shlex
import sqlite3
import stat
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from gateway_runtime import AsyncClient, SyncClient
from gateway_runtime import _journaling as core_module
from gateway_runtime.cli import main as clientgen
from gateway_runtime.journal import Journal
from gateway_runtime.redact import register_secret
from gateway_runtime.taskstore import SubmitChange, TaskRecord, UpdateChange
from tests.gateway_server import GatewayServer, TaskPlan, TaskShape, TaskSimulator
from tests.runtime.conftest import API_KEY
from tests.runtime.test_kill_resume import fake_generated_package  # noqa: F401 (a fixture)

ROOT = Path(__file__).resolve().parents[2]
LOCKED_FOR = 2.0

HOLDER = """
import select, sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
seconds = float(sys.argv[2])
if seconds < 0:
    select.select([sys.stdin], [], [], 120)  # until the test closes our stdin (120 s at most)
else:
    time.sleep(seconds)
db.execute("COMMIT")
"""
UNTIL_RELEASED = -1.0  # ``hold_lock(UNTIL_RELEASED)``: held until ``release(holder)`` (or 120 s)


@pytest.fixture
def hold_lock(journal_path: Path) -> Iterator[Callable[[float], subprocess.Popen[str]]]:
    """Start another process that holds the journal's write lock for ``seconds`` (or, given
    ``UNTIL_RELEASED``, until the test calls ``release`` on it: an event, not a duration)."""
    procs: list[subprocess.Popen[str]] = []

    def hold(seconds: float) -> subprocess.Popen[str]:
        Journal(journal_path).close()  # the journal exists, as after an earlier run
        proc = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(journal_path), str(seconds)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        procs.append(proc)
        assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
        return proc

    yield hold
    for proc in procs:
        proc.kill()
        proc.wait()


def release(holder: subprocess.Popen[str]) -> None:
    """Let a ``hold_lock(UNTIL_RELEASED)`` process commit and exit."""
    assert holder.stdin is not None
    holder.stdin.close()
    holder.wait(timeout=30)


def _ids_on_disk(path: Path) -> set[str]:
    journal = Journal(path, read_only=True)
    try:
        return {e.task_id for e in journal.entries(include_finished=True)}
    finally:
        journal.close()


def _submit(client: SyncClient, i: int = 0) -> Any:
    return client.submit_task("createTask", body={"prompt": f"p{i}"}, parse=dict)


# -- a busy journal ------------------------------------------------------------------------------


def test_async_submits_never_stall_the_loop_while_another_process_holds_the_lock(
    make_async_client: Callable[..., AsyncClient],
    sim: TaskSimulator,
    hold_lock: Callable[[float], Any],
    journal_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """While five submits wait for their rows behind another process's lock, the loop runs.

    Counted, not timed: the lock is held until the loop has ticked ``TICKS`` times after the
    server took all five submits, with none of them returned. A submit blocking the loop
    instead would return (given up, after its journal wait) before those ticks could happen.
    """
    monkeypatch.setattr(core_module, "JOURNAL_WAIT", 30.0)  # no submit gives up, however slow
    caplog.set_level(logging.WARNING, logger="gateway_runtime")
    ticks_needed = 50
    holder = hold_lock(UNTIL_RELEASED)

    async def main() -> tuple[list[str], bool]:
        ticks = 0

        async def ticker() -> None:
            nonlocal ticks
            while True:
                await asyncio.sleep(0.005)
                ticks += 1

        async with make_async_client() as client:
            tick = asyncio.create_task(ticker())
            submits = [
                asyncio.create_task(
                    client.submit_task("createTask", body={"prompt": str(i)}, parse=dict)
                )
                for i in range(5)
            ]
            deadline = time.monotonic() + 60
            while sim.submits < 5:
                assert time.monotonic() < deadline, "the five submits never reached the server"
                await asyncio.sleep(0.005)
            counted_from = ticks
            while ticks - counted_from < ticks_needed:
                assert time.monotonic() < deadline, "the loop stopped ticking"
                await asyncio.sleep(0.005)
            all_waiting = not any(s.done() for s in submits) and holder.poll() is None
            release(holder)
            tasks = await asyncio.gather(*submits)
            tick.cancel()
        return [t.id for t in tasks], all_waiting

    ids, all_waiting = asyncio.run(main())
    assert all_waiting, "a submit returned before the lock went away, or the lock was let go"
    # each submit waited for its row (none gave up: the lock went away within its journal wait)
    assert caplog.text.count("is not journaled yet") == 0
    assert set(ids) <= _ids_on_disk(journal_path) and len(set(ids)) == 5


def test_sync_submit_waits_for_its_row_while_the_lock_is_held(
    make_client: Callable[..., SyncClient],
    sim: TaskSimulator,
    hold_lock: Callable[[float], Any],
    journal_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING, logger="gateway_runtime")
    client = make_client()
    started = time.monotonic()  # before the lock: no row can be written before LOCKED_FOR
    hold_lock(LOCKED_FOR)
    ids = [_submit(client, i).id for i in range(5)]
    assert time.monotonic() - started >= LOCKED_FOR  # the first submit waited for the lock
    assert caplog.text.count("is not journaled yet") == 0  # and none gave up waiting
    assert set(ids) <= _ids_on_disk(journal_path)  # on disk as each submit returned


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_ids_outlasting_the_submit_wait_are_kept_and_written_later(
    kind: str,
    make_client: Callable[..., SyncClient],
    make_async_client: Callable[..., AsyncClient],
    sim: TaskSimulator,
    hold_lock: Callable[[float], Any],
    journal_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setattr(core_module, "JOURNAL_WAIT", 0.2)
    caplog.set_level(logging.WARNING, logger="gateway_runtime")
    holder = hold_lock(UNTIL_RELEASED)  # however slow the submits, the lock outlasts them

    async def submit_all() -> list[str]:
        if kind == "sync":
            client = make_client()
            return [_submit(client, i).id for i in range(5)]
        client_a = make_async_client()  # left open: the ids must reach disk without close()
        got = [
            await client_a.submit_task("createTask", body={"prompt": str(i)}, parse=dict)
            for i in range(5)
        ]
        return [t.id for t in got]

    started = time.monotonic()
    ids = asyncio.run(submit_all())
    elapsed = time.monotonic() - started
    # each submit waited its 0.2 s and then went on, the lock still held: had one waited for
    # the lock instead, it would have returned only after the holder's 120 s
    assert 5 * 0.2 <= elapsed < 60, elapsed
    assert holder.poll() is None  # still holding
    assert not set(ids) & _ids_on_disk(journal_path)
    assert caplog.text.count("is not journaled yet") == 5
    assert "its id is kept in memory and written as soon as the journal allows" in caplog.text
    # The writer's attempt gives up only after SQLite's busy timeout (1 s), which may not have
    # passed yet on a loaded machine: wait for it (the lock is held until released) rather than
    # race it, so the release below is always a recovery from a failed write.
    locked = f"task journal {journal_path} cannot be written (database is locked)"
    deadline = time.monotonic() + 30
    while locked not in caplog.text:
        assert time.monotonic() < deadline, "the writer never reported the locked journal"
        time.sleep(0.05)
    release(holder)
    deadline = time.monotonic() + 30
    while not set(ids) <= _ids_on_disk(journal_path):
        assert time.monotonic() < deadline, "the kept ids never reached the journal"
        time.sleep(0.05)
    # the writer says so once its write is committed: just after the ids become visible
    while f"task journal {journal_path} written again" not in caplog.text:
        assert time.monotonic() < deadline, "the writer never said the journal recovered"
        time.sleep(0.05)


CALLER = """
import sys
import gateway_runtime._journaling as core
import gateway_runtime.journal_writer as writer
core.JOURNAL_WAIT = 0.2
writer.EXIT_WAIT = 1.5  # past one SQLite busy timeout (1 s)
from fakegen_testgw import Client
client = Client(base_url=sys.argv[1], journal=sys.argv[2])
task = client.submit_task("createTask", body={"prompt": "paid"}, parse=dict)
print("SUBMITTED", task.id, flush=True)
"""


def test_an_id_that_never_reaches_the_journal_is_printed_with_its_resume_command(
    gateway_server: GatewayServer,
    fake_generated_package: Path,  # noqa: F811
    hold_lock: Callable[[float], Any],
    journal_path: Path,
) -> None:
    sim = gateway_server.add_task_api(plan=TaskPlan(polls=2))
    holder = hold_lock(60)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(fake_generated_package), str(ROOT)])}
    done = subprocess.run(
        [sys.executable, "-c", CALLER, gateway_server.url, str(journal_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    task_id = done.stdout.split()[1]
    assert task_id not in _ids_on_disk(journal_path)
    lines = done.stderr.splitlines()
    said = next(i for i, line in enumerate(lines) if "could not be written" in line)
    assert f"task {task_id} (testgw) was accepted by the gateway" in lines[said]
    assert str(journal_path) in lines[said] and "database is locked" in lines[said]
    command = shlex.split(lines[said + 1])
    assert command[:3] == ["clientgen", "tasks", "resume"]
    assert API_KEY not in done.stderr
    holder.kill()
    holder.wait()
    out, err = io.StringIO(), io.StringIO()
    code = clientgen([*command[1:], "--timeout", "30"], stdout=out, stderr=err)
    assert code == 0, err.getvalue()
    assert "https://example.invalid/result.png" in out.getvalue()
    assert sim.submits == 1 and sim.polls(task_id) == 2


# -- a read-only journal -------------------------------------------------------------------------


def _without_file_override() -> None:
    """In the child: file modes apply even to root (capabilities DAC_OVERRIDE, DAC_READ_SEARCH
    leave the bounding set, so the exec'd program runs without them)."""
    if os.geteuid() != 0:
        return
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2):
        if libc.prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed")


def _clientgen_read_only(*args: str, env: dict[str, str] | None = None) -> Any:
    return subprocess.run(
        [sys.executable, "-m", "gateway_runtime.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
        preexec_fn=_without_file_override,
    )


@pytest.fixture
def read_only_journal(
    gateway_server: GatewayServer,
    sim: TaskSimulator,
    fake_generated_package: Path,  # noqa: F811
    journal_path: Path,
) -> Iterator[tuple[Path, list[str]]]:
    """A journal with three unfinished tasks, in a folder nobody may write (file 0444, dir 0555)."""
    from fakegen_testgw import Client  # type: ignore[import-not-found]

    with Client(base_url=gateway_server.url, journal=str(journal_path)) as client:
        ids = [_submit(client, i).id for i in range(3)]
    for extra in ("-wal", "-shm"):
        assert not journal_path.with_name(journal_path.name + extra).exists()
    journal_path.chmod(0o444)
    journal_path.parent.chmod(0o555)
    yield journal_path, ids
    journal_path.parent.chmod(0o755)
    journal_path.chmod(0o644)


def test_a_read_only_journal_is_listed_and_resumed(
    read_only_journal: tuple[Path, list[str]],
    fake_generated_package: Path,  # noqa: F811
) -> None:
    path, ids = read_only_journal
    done = _clientgen_read_only("tasks", "list", "--journal", str(path))
    assert done.returncode == 0, done.stderr
    assert all(task_id in done.stdout for task_id in ids)
    env = {"PYTHONPATH": os.pathsep.join([str(fake_generated_package), str(ROOT)])}
    done = _clientgen_read_only(
        "tasks", "resume", ids[0], "--journal", str(path), "--timeout", "30", env=env
    )
    assert done.returncode == 0, done.stderr
    assert "https://example.invalid/result.png" in done.stdout
    assert "could not be written" not in done.stderr  # the task is in the journal already
    assert stat.S_IMODE(path.stat().st_mode) == 0o444


def test_pruning_a_read_only_journal_says_why_it_cannot(
    read_only_journal: tuple[Path, list[str]],
) -> None:
    path, _ = read_only_journal
    done = _clientgen_read_only("tasks", "prune", "--older-than", "0s", "--journal", str(path))
    assert done.returncode == 2
    assert done.stderr == (
        f"error: cannot write the task journal {path}: attempt to write a readonly database\n"
    )


# -- what is stored, paging, pruning -------------------------------------------------------------


def test_a_status_echoing_the_key_is_stored_and_listed_redacted(
    make_client: Callable[..., SyncClient], gateway_server: GatewayServer, journal_path: Path
) -> None:
    shape = TaskShape()
    shape.statuses = {**shape.statuses, "queued": f"queued for Bearer {API_KEY}"}
    gateway_server.add_task_api(shape=shape)
    client = make_client()
    task = _submit(client)
    client.close()
    stored = b"".join(
        p.read_bytes() for p in journal_path.parent.iterdir() if p.name.startswith("journal")
    )
    assert API_KEY.encode() not in stored
    out = io.StringIO()
    assert clientgen(["tasks", "list", "--journal", str(journal_path)], stdout=out) == 0
    assert task.id in out.getvalue() and "queued for Bearer ***" in out.getvalue()
    assert API_KEY not in out.getvalue()


def _record(i: int, *, created: float, updated: float, terminal: bool) -> TaskRecord:
    return TaskRecord(
        gateway="testgw",
        task_id=f"job-{i}",
        module=None,
        spec_path=None,
        operation="createTask",
        binding="image",
        base_url="http://127.0.0.1:9",
        created_at=created,
        updated_at=updated,
        status="completed" if terminal else "queued",
        outcome="success" if terminal else "pending",
        terminal=terminal,
    )


def test_tasks_list_pages_newest_first(journal_path: Path) -> None:
    now = time.time()
    journal = Journal(journal_path)
    journal.apply(
        [SubmitChange(_record(i, created=now + i, updated=now, terminal=False)) for i in range(7)]
    )
    journal.close()
    pages = []
    for offset in (0, 3, 6):
        out, err = io.StringIO(), io.StringIO()
        args = ["tasks", "list", "--limit", "3", "--offset", str(offset)]
        assert clientgen([*args, "--journal", str(journal_path)], stdout=out, stderr=err) == 0
        rows = [line.split()[3] for line in out.getvalue().splitlines()[1:]]
        pages.append(rows)
        last = min(offset + 3, 7)
        assert f"tasks {offset + 1}-{last} of 7, newest first" in err.getvalue()
    assert pages == [["job-6", "job-5", "job-4"], ["job-3", "job-2", "job-1"], ["job-0"]]
    err = io.StringIO()
    assert clientgen(["tasks", "list", "--limit", "x"], stderr=err) == 2
    assert "expected a whole number >= 0, got 'x'" in err.getvalue()


def test_tasks_prune_removes_only_old_finished_rows(journal_path: Path) -> None:
    now = time.time()
    day = 86400.0
    journal = Journal(journal_path)
    journal.apply(
        [
            SubmitChange(_record(1, created=now - 40 * day, updated=now - 40 * day, terminal=True)),
            SubmitChange(
                _record(2, created=now - 40 * day, updated=now - 40 * day, terminal=False)
            ),
            SubmitChange(_record(3, created=now - 40 * day, updated=now - 1 * day, terminal=True)),
            UpdateChange("testgw", "job-3", "completed", "success", True, None, now - day),
        ]
    )
    journal.close()
    out = io.StringIO()
    args = ["tasks", "prune", "--older-than", "30d", "--journal", str(journal_path)]
    assert clientgen(args, stdout=out) == 0
    assert out.getvalue().strip() == f"removed 1 finished task from {journal_path}"
    assert _ids_on_disk(journal_path) == {"job-2", "job-3"}
    err = io.StringIO()
    assert clientgen(["tasks", "prune", "--older-than", "soon"], stderr=err) == 2
    assert "expected an age such as 30d, 12h, 45m, 90s or 2w, got 'soon'" in err.getvalue()


def test_an_unwritable_store_keeps_changes_until_it_comes_back(tmp_path: Path) -> None:
    """The writer over a store that fails, then works: nothing queued is dropped, in order."""
    from gateway_runtime.journal_writer import JournalWriter

    register_secret(API_KEY)
    path = tmp_path / "later" / "journal.sqlite3"
    (tmp_path / "later").write_text("a file where the folder should be")
    writer = JournalWriter(lambda: Journal(path), str(path))
    now = time.time()
    futures = [
        writer.submit(SubmitChange(_record(i, created=now, updated=now, terminal=False)))
        for i in range(3)
    ]
    futures.append(
        writer.submit(UpdateChange("testgw", "job-1", "completed", "success", True, None, now))
    )
    time.sleep(0.3)
    assert not any(f.done() for f in futures) and writer.last_error is not None
    assert [r.task_id for r in writer.unwritten()] == ["job-0", "job-1", "job-2"]
    (tmp_path / "later").unlink()
    assert writer.flush(5.0)
    assert all(f.done() for f in futures) and writer.last_error is None
    writer.close()
    journal = Journal(path, read_only=True)
    rows = {e.task_id: e for e in journal.entries(include_finished=True)}
    journal.close()
    assert set(rows) == {"job-0", "job-1", "job-2"} and rows["job-1"].terminal


def test_sqlite_busy_is_not_mistaken_for_a_broken_store() -> None:
    from gateway_runtime.journal_writer import _is_busy

    assert _is_busy(sqlite3.OperationalError("database is locked"))
    assert not _is_busy(sqlite3.OperationalError("attempt to write a readonly database"))


def test_clientgen_call_says_whether_the_task_is_journaled(
    gateway_server: GatewayServer,
    sim: TaskSimulator,
    fake_generated_package: Path,  # noqa: F811
    hold_lock: Callable[[float], Any],
    journal_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(core_module, "JOURNAL_WAIT", 0.2)
    spec = fake_generated_package / "fakegen_testgw" / "spec.json"
    args = ["call", str(spec), "createTask", "--set", "prompt=x", "--base-url", gateway_server.url]
    err = io.StringIO()
    assert clientgen([*args, "--journal", str(journal_path)], stdout=io.StringIO(), stderr=err) == 0
    assert "(journaled)" in err.getvalue()
    hold_lock(LOCKED_FOR)
    out, err = io.StringIO(), io.StringIO()
    assert clientgen([*args, "--journal", str(journal_path)], stdout=out, stderr=err) == 0
    assert (
        "not journaled yet (" in err.getvalue() and "kept in memory and retried" in err.getvalue()
    )
    assert out.getvalue().strip() in _ids_on_disk(journal_path)  # close() waited for the lock
    monkeypatch.setenv("GATEWAY_JOURNAL", "off")
    err = io.StringIO()
    assert clientgen(args, stdout=io.StringIO(), stderr=err) == 0
    assert "(not journaled: the journal is off)" in err.getvalue()


@pytest.mark.parametrize("word", ["off", "OFF", " none ", "false", "0", "disabled"])
def test_the_off_words_turn_the_journal_off_as_an_option_too(
    word: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``journal="off"`` (the CLI's ``--journal off``) is off, as ``$GATEWAY_JOURNAL=off`` is."""
    from gateway_runtime.journal import resolve_journal_path

    monkeypatch.chdir(tmp_path)
    assert resolve_journal_path(word) is None
    assert resolve_journal_path("./off") == Path("off")
    assert list(tmp_path.iterdir()) == []
