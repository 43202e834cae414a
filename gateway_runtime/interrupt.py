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
_UNSAID: dict[str, tuple[str | None, str | None]] = {}  # cancelled by Ctrl-C, not printed yet
_SAID: dict[str, tuple[str | None, str | None]] = {}
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


def _ctrl_c_pending() -> bool:
    """Whether the running ``asyncio.run`` (``asyncio.Runner``) is handling a Ctrl-C: its SIGINT
    handler cancels the main task, so a wait sees only ``CancelledError``; the runner counts the
    interrupts it received."""
    import asyncio
    import signal

    try:
        handler = signal.getsignal(signal.SIGINT)
    except (ValueError, OSError):  # pragma: no cover - platforms without SIGINT
        return False
    runner = getattr(getattr(handler, "func", None), "__self__", None)
    return isinstance(runner, asyncio.Runner) and int(getattr(runner, "_interrupt_count", 0)) > 0


def cancelled_while_waiting(task_id: str, gateway: str | None, download: str | None) -> None:
    """Remember an async wait or download that was cancelled; the task keeps running.

    When Ctrl-C caused it (``asyncio.run`` turns Ctrl-C into a cancellation of the waits, then
    raises ``KeyboardInterrupt`` outside them) the tasks and their resume commands are printed
    right away (grouped: once the loop has cancelled the waits together), whether or not the
    program then catches the interrupt. Another cancellation (a timeout, a task group) is logged
    at INFO; should the program still end on Ctrl-C, those are printed at exit.
    """
    ctrl_c = _ctrl_c_pending()
    with _LOCK:
        if not _CANCELLED:
            atexit.register(_report_at_exit)
        _CANCELLED[task_id] = (gateway, download)
        if ctrl_c:
            schedule = not _UNSAID
            _UNSAID[task_id] = (gateway, download)
    if not ctrl_c:
        from ._logs import logger

        logger.info(
            "wait for task %s (%s) cancelled; it keeps running on the gateway: %s",
            task_id,
            gateway,
            resume_command(task_id, gateway, download),
        )
        return
    if schedule:
        import asyncio

        try:  # the other waits are cancelled in this same loop pass: say them all at once
            asyncio.get_running_loop().call_soon(_say_unsaid)
        except RuntimeError:
            _say_unsaid()


def _say(pending: dict[str, tuple[str | None, str | None]]) -> None:
    by_place: dict[tuple[str | None, str | None], list[str]] = {}
    for task_id, place in pending.items():
        by_place.setdefault(place, []).append(task_id)
    for (gateway, download), ids in by_place.items():
        sys.stderr.write(TaskInterrupted(ids, gateway, download).message + "\n")
    sys.stderr.flush()


def _say_unsaid() -> None:
    with _LOCK:
        pending = dict(_UNSAID)
        _UNSAID.clear()
        _SAID.update(pending)
    if pending:
        _say(pending)


def _report_at_exit() -> None:
    _say_unsaid()  # a Ctrl-C whose grouped message had no loop pass left to run in
    last = getattr(sys, "last_exc", None) or getattr(sys, "last_value", None)
    if not isinstance(last, KeyboardInterrupt) or isinstance(last, TaskInterrupted):
        return  # ended another way, or the interrupt already named its tasks
    with _LOCK:
        pending = {k: v for k, v in _CANCELLED.items() if k not in _SAID}
    _say(pending)
