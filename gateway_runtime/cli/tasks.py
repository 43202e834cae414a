"""``clientgen tasks list|resume|prune``: show, continue and tidy journaled tasks from any process.

``tasks list [--all] [--limit N] [--offset N] [--journal PATH]`` prints unfinished tasks (all
with ``--all``), newest first, one page of ``--limit`` rows (default 50; the footer on stderr
says how many there are); no journal yet means no tasks (exit 0). ``list`` and ``resume`` only
read the journal (SQLite ``mode=ro``), so a journal the user may not write is still listed.
``tasks prune --older-than 30d`` deletes finished tasks last updated before then.
``tasks resume ID [--journal PATH] [--timeout S] [--gateway NAME]`` (or ``tasks resume
'HANDLE-JSON'``, as printed when a task could not be journaled) rebuilds the client
from the journal row — it imports the generated module the row names and uses its client class
(a ``SyncClient`` subclass built with ``base_url=``/``journal=``), else a ``SyncClient`` over its
``GatewaySpec`` (module attribute or the package's ``spec.json``), else over the recorded spec
path — with the recorded base URL and the key from the gateway's environment variable (never
from the command line), then waits, printing progress, and prints the result as JSON.

Exit codes as for every command: 0 success, 1 task failed or canceled, 2 usage / not found /
cannot rebuild the client, 3 gateway error or deadline passed (the task stays resumable).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import importlib
import json
import os
import re
import sqlite3
import time
from pathlib import Path
from types import ModuleType
from typing import IO, Any

from ..client import SyncClient
from ..errors import (
    DeadlineExceededError,
    DownloadError,
    GatewayClientError,
    TaskCanceledError,
    TaskFailedError,
)
from ..interrupt import resume_command
from ..journal import Journal, resolve_journal_path
from ..lenient import raw_of
from ..progress import wait_reporter
from ..spec import GatewaySpec
from ..taskstore import TaskRecord
from ._common import (
    EXIT_FAILED,
    EXIT_GATEWAY,
    EXIT_INTERRUPTED,
    EXIT_OK,
    Streams,
    UsageError,
    add_command,
    emit_json,
)
from .gateways import looks_like_path as _looks_like_path
from .gateways import resolve_gateway
from .preflight import check_download_dir

__all__ = ["register", "wait_and_report"]


def register(sub: Any) -> None:
    p = add_command(
        sub,
        "tasks",
        help="list and resume journaled tasks",
        description="Show and resume the tasks in the journal (every submitted task is "
        "journaled before its create() call returns).",
        run=run,
    )
    inner = p.add_subparsers(dest="tasks_command", required=True, metavar="list|resume|prune")
    ls = inner.add_parser("list", help="list unfinished (or all) journaled tasks, newest first")
    ls.add_argument("--all", action="store_true", help="include finished tasks")
    ls.add_argument(
        "--limit", type=_count, default=DEFAULT_LIMIT, help=f"rows (default {DEFAULT_LIMIT})"
    )
    ls.add_argument("--offset", type=_count, default=0, help="skip this many newer rows first")
    ls.add_argument("--journal", help="journal path (default: $GATEWAY_JOURNAL or ~/.cache/...)")
    ls.add_argument("--output", choices=("text", "json"), default="text", help="output format")
    rs = inner.add_parser("resume", help="resume a task and wait for it")
    rs.add_argument("id", help="task id as shown by 'tasks list', or a task handle (JSON)")
    rs.add_argument("--journal", help="journal path")
    rs.add_argument("--timeout", type=float, default=None, help="overall wait in seconds")
    rs.add_argument("--poll-interval", type=float, default=None, help="seconds between polls")
    rs.add_argument("--download", metavar="DIR", help="save the task's outputs in DIR")
    rs.add_argument("--gateway", help="gateway name, when the id exists in several gateways")
    rs.add_argument("--output", choices=("text", "json"), default="text", help="output format")
    pr = inner.add_parser("prune", help="delete finished tasks older than a given age")
    pr.add_argument(
        "--older-than",
        required=True,
        type=_age,
        metavar="AGE",
        help="e.g. 30d, 12h, 45m, 90s, 2w (last update before now minus AGE)",
    )
    pr.add_argument("--journal", help="journal path")


DEFAULT_LIMIT = 50
_UNITS = {"s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0, "w": 604800.0}


def _count(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"expected a whole number >= 0, got {text!r}")
    return int(text)


def _age(text: str) -> float:
    """Seconds in ``30d`` / ``12h`` / ``45m`` / ``90s`` / ``2w`` (a bare number is seconds)."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhdw]?)\s*", text.lower())
    if match is None:
        raise argparse.ArgumentTypeError(
            f"expected an age such as 30d, 12h, 45m, 90s or 2w, got {text!r}"
        )
    return float(match[1]) * _UNITS[match[2] or "s"]


def run(args: argparse.Namespace, io: Streams) -> int:
    if args.tasks_command == "list":
        return _list(args, io.stdout, io.stderr)
    if args.tasks_command == "prune":
        return _prune(args, io)
    return _resume(args, io)


def _open(path_option: str | None, err: IO[str], *, write: bool = False) -> Journal | None:
    """The journal (read-only unless ``write``), or ``None`` (with a note on stderr) when it is
    off or not created yet; :class:`UsageError` when it cannot be opened."""
    path = resolve_journal_path(path_option if path_option else None)
    if path is None:
        print("the task journal is switched off (GATEWAY_JOURNAL=off)", file=err)
        return None
    if not path.exists():
        print(f"no task journal at {path} yet", file=err)
        return None
    try:
        return Journal(path, read_only=not write)
    except (OSError, sqlite3.Error) as exc:
        what = "write" if write else "read"
        raise UsageError(f"cannot {what} the task journal {path}: {exc}") from None


def _when(ts: float) -> str:
    return _dt.datetime.fromtimestamp(ts).strftime("%Y-%m-%d %H:%M:%S")


def _list(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    journal = _open(args.journal, err)
    entries: list[TaskRecord] = []
    total = 0
    if journal is not None:
        try:
            entries = journal.entries(
                include_finished=args.all, limit=args.limit, offset=args.offset
            )
            total = journal.count(include_finished=args.all)
        except sqlite3.Error as exc:
            raise UsageError(f"cannot read the task journal {journal.path}: {exc}") from None
        finally:
            journal.close()
    if len(entries) < total:
        first = args.offset + 1 if entries else args.offset
        print(
            f"tasks {first}-{args.offset + len(entries)} of {total}, newest first "
            f"(--limit/--offset for more)",
            file=err,
        )
    if args.output == "json":
        emit_json(out, [_entry_json(e) for e in entries])
        return EXIT_OK
    if not entries:
        print("no unfinished tasks" if not args.all else "no tasks", file=out)
        return 0
    rows = [("CREATED", "GATEWAY", "TASK ID", "OPERATION", "STATUS", "OUTCOME", "UPDATED")]
    for e in entries:
        rows.append(
            (
                _when(e.created_at),
                e.gateway,
                e.task_id,
                e.operation or "-",
                e.status or "-",
                e.outcome,
                _when(e.updated_at),
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for row in rows:
        print(
            "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip(), file=out
        )
    return 0


def _entry_json(e: TaskRecord) -> dict[str, Any]:
    return {
        "gateway": e.gateway,
        "task_id": e.task_id,
        "operation": e.operation,
        "status": e.status,
        "outcome": e.outcome,
        "created_at": e.created_at,
        "updated_at": e.updated_at,
    }


def _spec_in_module(module: ModuleType) -> GatewaySpec | None:
    for value in vars(module).values():
        if isinstance(value, GatewaySpec):
            return value
    file = getattr(module, "__file__", None)
    if file:
        candidate = Path(file).parent / "spec.json"
        if candidate.exists():
            return GatewaySpec.load(candidate, module=module.__name__)
    return None


def _generated_client(
    module: ModuleType, entry: TaskRecord, journal: str | None
) -> SyncClient | None:
    """The module's own sync client class, if it builds with just base_url/journal."""
    for value in vars(module).values():
        if (
            isinstance(value, type)
            and issubclass(value, SyncClient)
            and value is not SyncClient
            and value.__module__.startswith(module.__name__)
        ):
            try:
                client = value(base_url=entry.base_url or None, journal=journal)  # type: ignore[call-arg]
            except TypeError:
                continue
            if client.spec.name == entry.gateway:
                return client
            client.close()
    return None


def _client_for(entry: TaskRecord, journal: str | None) -> SyncClient:
    """Rebuild the client that submitted ``entry`` (see module docstring)."""
    problems: list[str] = []
    if entry.module:
        try:
            module = importlib.import_module(entry.module)
        except ImportError as exc:
            problems.append(f"cannot import {entry.module}: {exc}")
        else:
            client = _generated_client(module, entry, journal)
            if client is not None:
                return client
            spec = _spec_in_module(module)
            if spec is not None:
                return SyncClient(spec, base_url=entry.base_url or None, journal=journal)
            problems.append(f"{entry.module} has no GatewaySpec")
    if entry.spec_path and os.path.exists(entry.spec_path):
        spec = GatewaySpec.load(entry.spec_path, module=entry.module)
        return SyncClient(spec, base_url=entry.base_url or None, journal=journal)
    if entry.spec_path:
        problems.append(f"spec file {entry.spec_path} is gone")
    raise GatewayClientError(
        f"cannot rebuild the {entry.gateway!r} client: "
        + ("; ".join(problems) or "no module recorded")
    )


def wait_and_report(
    task: Any,
    timeout: float | None,
    poll_interval: float | None,
    output: str,
    io: Streams,
    download: str | None = None,
) -> int:
    """Wait for ``task`` (progress bar on a terminal, else lines, on stderr), save its outputs in
    ``download`` if given, print its result; return the exit code.

    The one place a command waits: ``call --wait`` / ``--download`` and ``tasks resume``.
    """
    reporter = wait_reporter(io.stderr)
    files: list[Any] = []
    try:
        try:
            result = task.wait(timeout, on_progress=reporter, poll_interval=poll_interval)
        finally:
            if reporter is not None:
                reporter.close()
        if download is not None:
            files = task.download(download, timeout=timeout)
    except (TaskFailedError, TaskCanceledError) as exc:
        io.err(str(exc))
        return EXIT_FAILED
    except DeadlineExceededError as exc:
        io.err(f"{exc}\nrun '{resume_command(task.id, task.gateway, download)}' to keep waiting")
        return EXIT_GATEWAY
    except KeyboardInterrupt:
        io.err(
            f"interrupted; task {task.id} is journaled and keeps running on the gateway.\n"
            f"resume it: {resume_command(task.id, task.gateway, download)}"
        )
        return EXIT_INTERRUPTED
    except DownloadError as exc:  # the task succeeded and is paid for: say how to fetch again
        io.err(
            f"{exc}\ntask {task.id} succeeded; its files were not all saved. Fetch them again: "
            f"{resume_command(task.id, task.gateway, download)}"
        )
        return EXIT_GATEWAY
    except GatewayClientError as exc:
        io.err(str(exc))
        return EXIT_GATEWAY
    body = raw_of(result)  # the typed result's body as the gateway sent it
    if output == "json":
        saved = {"files": [str(f) for f in files]} if download is not None else {}
        emit_json(io.stdout, {"task_id": task.id, "result": body, **saved})
    else:
        emit_json(io.stdout, body)
        for file in files:
            io.err(f"saved {file}")
    return EXIT_OK


def _prune(args: argparse.Namespace, io: Streams) -> int:
    journal = _open(args.journal, io.stderr, write=True)
    if journal is None:
        return EXIT_OK
    try:
        removed = journal.prune(finished_before=time.time() - args.older_than)
    except sqlite3.Error as exc:
        raise UsageError(f"cannot prune the task journal {journal.path}: {exc}") from None
    finally:
        journal.close()
    io.out(f"removed {removed} finished task{'' if removed == 1 else 's'} from {journal.path}")
    return EXIT_OK


def _timestamp(value: Any) -> float:
    """A handle's time (ISO text, or seconds in a journal row) as seconds; now if unreadable."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, str):
        try:
            return _dt.datetime.fromisoformat(value).timestamp()
        except ValueError:
            pass
    return time.time()


def _from_handle(text: str) -> TaskRecord:
    """A record from a task handle as ``Task.to_json()`` (or the last-resort message) prints it."""
    try:
        data = json.loads(text)
        return TaskRecord(
            gateway=str(data["gateway"]),
            task_id=str(data["task_id"]),
            module=data.get("module"),
            spec_path=data.get("spec_path"),
            operation=data.get("operation"),
            binding=data.get("binding"),
            base_url=data.get("base_url"),
            created_at=_timestamp(data.get("created_at")),
            updated_at=time.time(),
            status=data.get("status"),
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise UsageError(
            f"not a task handle (JSON with gateway and task_id): {type(exc).__name__}: {exc}"
        ) from None


def _find(args: argparse.Namespace, io: Streams) -> TaskRecord:
    """The journal row of ``args.id`` (or the record of a handle given in its place)."""
    if args.id.lstrip().startswith("{"):
        return _from_handle(args.id)
    journal = _open(args.journal, io.stderr)
    if journal is None:
        raise UsageError(f"task {args.id} is not in the journal (there is none)")
    gateway = args.gateway
    if gateway and _looks_like_path(gateway):  # a spec path names the gateway it describes
        gateway = resolve_gateway(gateway).name
    try:
        matches = journal.find(args.id, gateway)
    except sqlite3.Error as exc:
        raise UsageError(f"cannot read the task journal {journal.path}: {exc}") from None
    finally:
        journal.close()
    if not matches:
        raise UsageError(f"task {args.id} is not in the journal")
    if len(matches) > 1:
        names = ", ".join(sorted(m.gateway for m in matches))
        raise UsageError(f"task {args.id} exists in several gateways ({names}); pass --gateway")
    return matches[0]


def _resume(args: argparse.Namespace, io: Streams) -> int:
    entry = _find(args, io)
    journal_option = args.journal if args.journal else None
    try:
        client = _client_for(entry, journal_option)
    except GatewayClientError as exc:
        raise UsageError(str(exc)) from None
    with client:
        task = client.resume(entry.handle())
        if args.download:
            check_download_dir(args.download)
        io.err(f"resuming {entry.gateway} task {entry.task_id} (last status {entry.status})")
        return wait_and_report(
            task, args.timeout, args.poll_interval, args.output, io, args.download
        )
