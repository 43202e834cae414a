"""``tasks list`` / ``tasks resume ID``: show and continue journaled tasks from any process.

``tasks list [--all] [--journal PATH]`` prints unfinished tasks (all with ``--all``), newest
first. ``tasks resume ID [--journal PATH] [--timeout S] [--gateway NAME]`` rebuilds the client
from the journal row — it imports the generated module the row names and uses its client class
(a ``SyncClient`` subclass built with ``base_url=``/``journal=``), else a ``SyncClient`` over its
``GatewaySpec`` (module attribute or the package's ``spec.json``), else over the recorded spec
path — with the recorded base URL and the key from the gateway's environment variable (never
from the command line), then waits, printing progress, and prints the result as JSON.

Exit codes: 0 success, 1 task failed or canceled, 2 deadline passed (task still resumable),
3 usage / not found / cannot rebuild the client, 4 other gateway errors.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import importlib
import json
import os
import sys
from pathlib import Path
from types import ModuleType
from typing import Any, TextIO

from .client import SyncClient
from .errors import (
    DeadlineExceededError,
    GatewayClientError,
    TaskCanceledError,
    TaskFailedError,
)
from .journal import Journal, JournalEntry, resolve_journal_path
from .lenient import raw_of
from .redact import redact
from .spec import GatewaySpec
from .tasks import ProgressEvent

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="tasks", description="Show and resume journaled tasks.")
    sub = parser.add_subparsers(dest="command", required=True)
    ls = sub.add_parser("list", help="list unfinished (or all) journaled tasks")
    ls.add_argument("--all", action="store_true", help="include finished tasks")
    ls.add_argument("--journal", help="journal path (default: $GATEWAY_JOURNAL or ~/.cache/...)")
    rs = sub.add_parser("resume", help="resume a task and wait for it")
    rs.add_argument("id", help="task id as shown by 'tasks list'")
    rs.add_argument("--journal", help="journal path")
    rs.add_argument("--timeout", type=float, default=None, help="overall wait in seconds")
    rs.add_argument("--gateway", help="gateway name, when the id exists in several gateways")
    return parser


def _open(path_option: str | None, err: TextIO) -> Journal | None:
    path = resolve_journal_path(path_option if path_option else None)
    if path is None:
        print("the task journal is switched off (GATEWAY_JOURNAL=off)", file=err)
        return None
    if not path.exists():
        print(f"no task journal at {path}", file=err)
        return None
    return Journal(path)


def _when(ts: float) -> str:
    return _dt.datetime.fromtimestamp(ts).strftime("%Y-%m-%d %H:%M:%S")


def _list(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    journal = _open(args.journal, err)
    if journal is None:
        return 3
    try:
        entries = journal.entries(include_finished=args.all)
    finally:
        journal.close()
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
    module: ModuleType, entry: JournalEntry, journal: str | None
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


def _client_for(entry: JournalEntry, journal: str | None) -> SyncClient:
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


def _progress_printer(out: TextIO) -> Any:
    def show(event: ProgressEvent) -> None:
        parts = [
            f"[{event.elapsed:6.1f}s] {event.task_id}: {event.status or '?'} ({event.outcome})"
        ]
        if event.percent is not None:
            parts.append(f"{event.percent:.0f}%")
        if event.queue_position is not None:
            parts.append(f"queue {event.queue_position}")
        print(" ".join(parts), file=out, flush=True)

    return show


def _resume(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    journal = _open(args.journal, err)
    if journal is None:
        return 3
    try:
        matches = journal.find(args.id, args.gateway)
    finally:
        journal.close()
    if not matches:
        print(f"task {args.id} is not in the journal", file=err)
        return 3
    if len(matches) > 1:
        names = ", ".join(sorted(m.gateway for m in matches))
        print(f"task {args.id} exists in several gateways ({names}); pass --gateway", file=err)
        return 3
    entry = matches[0]
    journal_option = args.journal if args.journal else None
    try:
        client = _client_for(entry, journal_option)
    except GatewayClientError as exc:
        print(str(exc), file=err)
        return 3
    with client:
        task = client.resume(entry.handle())
        print(
            f"resuming {entry.gateway} task {entry.task_id} (last status {entry.status})", file=out
        )
        try:
            result = task.wait(args.timeout, on_progress=_progress_printer(out))
        except (TaskFailedError, TaskCanceledError) as exc:
            print(str(exc), file=err)
            return 1
        except DeadlineExceededError as exc:
            print(f"{exc}\nrun 'tasks resume {entry.task_id}' again to keep waiting", file=err)
            return 2
        except GatewayClientError as exc:
            print(str(exc), file=err)
            return 4
    body = raw_of(result)  # the typed result's body as the gateway sent it
    print(redact(json.dumps(body, ensure_ascii=False, indent=2, default=str)), file=out)
    return 0


def main(
    argv: list[str] | None = None, *, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Run ``tasks list`` / ``tasks resume``; ``argv`` may start with ``"tasks"``."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] == ["tasks"]:
        args_list = args_list[1:]
    out = out or sys.stdout
    err = err or sys.stderr
    try:
        args = _parser().parse_args(args_list)
    except SystemExit as exc:
        return 0 if exc.code == 0 else 3
    if args.command == "list":
        return _list(args, out, err)
    return _resume(args, out, err)


if __name__ == "__main__":
    sys.exit(main())
