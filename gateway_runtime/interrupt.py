"""Ctrl-C while waiting for paid tasks: say which tasks keep running and how to pick them up.

A task submitted to a gateway keeps running (and is paid for) when the local wait is
interrupted; it is in the journal, so ``clientgen tasks resume ID`` finishes the wait and the
download. :class:`TaskInterrupted` is a ``KeyboardInterrupt`` (it ends the program the same way)
whose message names the task ids and the exact commands.
"""

from __future__ import annotations

import atexit
import shlex
import sys
import threading
from collections.abc import Sequence

__all__ = ["TaskInterrupted", "cancelled_while_waiting", "resume_command"]

_CANCELLED: dict[str, tuple[str | None, str | None]] = {}
_LOCK = threading.Lock()


def resume_command(task_id: str, gateway: str | None = None, download: str | None = None) -> str:
    """``clientgen tasks resume ID [--gateway G] [--download DIR]``, quoted for a shell."""
    parts = ["clientgen", "tasks", "resume", shlex.quote(task_id)]
    if gateway:
        parts += ["--gateway", shlex.quote(gateway)]
    if download is not None:
        parts += ["--download", shlex.quote(download)]
    return " ".join(parts)


class TaskInterrupted(KeyboardInterrupt):
    """Ctrl-C during ``wait()`` / ``download()``: ``task_ids`` keep running on the gateway."""

    def __init__(
        self, task_ids: Sequence[str] = (), gateway: str | None = None, download: str | None = None
    ) -> None:
        self.task_ids = list(task_ids)
        self.gateway = gateway
        self.download = download
        self.commands = [resume_command(t, gateway, download) for t in self.task_ids]
        super().__init__(self.message)

    @property
    def message(self) -> str:
        ids = ", ".join(self.task_ids)
        what = f"tasks {ids} keep" if len(self.task_ids) > 1 else f"task {ids} keeps"
        lines = [f"interrupted; {what} running on the gateway (journaled). Resume:"]
        return "\n".join([*lines, *(f"  {c}" for c in self.commands)])

    def __str__(self) -> str:
        return self.message

    def __reduce__(self) -> tuple[type[TaskInterrupted], tuple[list[str], str | None, str | None]]:
        return type(self), (self.task_ids, self.gateway, self.download)


def cancelled_while_waiting(task_id: str, gateway: str | None, download: str | None) -> None:
    """Remember an async wait that was cancelled. ``asyncio.run`` turns Ctrl-C into a
    cancellation of the waits, then raises ``KeyboardInterrupt`` outside them; if the program
    ends on that interrupt, the tasks and their resume commands are printed at exit."""
    with _LOCK:
        if not _CANCELLED:
            atexit.register(_report_at_exit)
        _CANCELLED[task_id] = (gateway, download)


def _report_at_exit() -> None:
    last = getattr(sys, "last_exc", None) or getattr(sys, "last_value", None)
    if not isinstance(last, KeyboardInterrupt) or isinstance(last, TaskInterrupted):
        return  # ended another way, or the interrupt already named its tasks
    with _LOCK:
        pending = dict(_CANCELLED)
    by_place: dict[tuple[str | None, str | None], list[str]] = {}
    for task_id, place in pending.items():
        by_place.setdefault(place, []).append(task_id)
    for (gateway, download), ids in by_place.items():
        sys.stderr.write(TaskInterrupted(ids, gateway, download).message + "\n")
