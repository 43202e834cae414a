"""Ctrl-C while waiting for paid tasks: say which tasks keep running and how to pick them up.

A task submitted to a gateway keeps running (and is paid for) when the local wait is
interrupted; it is in the journal, so ``clientgen tasks resume ID`` finishes the wait and the
download. :class:`TaskInterrupted` is a ``KeyboardInterrupt`` (it ends the program the same way)
whose message names the task ids and the exact commands.
"""

from __future__ import annotations

import shlex
from collections.abc import Sequence

__all__ = ["TaskInterrupted", "resume_command"]


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
        self, task_ids: Sequence[str], gateway: str | None = None, download: str | None = None
    ) -> None:
        self.task_ids = list(task_ids)
        self.gateway = gateway
        self.download = download
        self.commands = [resume_command(t, gateway, download) for t in self.task_ids]
        super().__init__(self.message)

    @property
    def message(self) -> str:
        ids = ", ".join(self.task_ids)
        lines = [f"interrupted; task {ids} keeps running on the gateway (journaled). Resume:"]
        return "\n".join([*lines, *(f"  {c}" for c in self.commands)])

    def __str__(self) -> str:
        return self.message
