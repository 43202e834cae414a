"""Task handles (sync and async): wait for the result, download the outputs, cancel, resume.

The handle's data and single requests are in ``task_handle.py``, the waiting loop (one overall
deadline, backoff, transient failures, callback hints) in ``task_waiting.py``; this module adds the
outputs and the I/O drivers the generated clients return.
"""

from __future__ import annotations

import json
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from ._flow import Flow, run_sync
from .errors import DownloadError, GatewayClientError
from .spec import TaskBinding
from .task_handle import AsyncHost, SyncHost, _from_iso, interpret
from .task_state import Outcome, ProgressEvent, TaskState
from .task_waiting import WaitingTask

if TYPE_CHECKING:
    import os
    from pathlib import Path

    from .outputs import Output

__all__ = [
    "AsyncHost",
    "AsyncTask",
    "Outcome",
    "ProgressEvent",
    "SyncHost",
    "Task",
    "TaskState",
    "interpret",
]

T = TypeVar("T")


class _TaskBase(WaitingTask[T]):
    """A waiting task handle with outputs; :class:`Task` / :class:`AsyncTask` add the I/O."""

    @property
    def outputs(self) -> list[Output]:
        """The finished task's files (URLs or decoded data), as its binding declares them."""
        from .outputs import find_outputs

        state = self.last_state
        if state is None or state.outcome != "success":
            raise GatewayClientError(
                f"task {self.id} ({self.gateway}) has not succeeded yet "
                f"(status {self._last_status!r}); wait() or download() first",
                operation=self.operation,
            )
        if not self.binding.outputs:
            raise GatewayClientError(
                f"the {self.binding.name!r} tasks of {self.gateway!r} declare no outputs "
                "(x-tasks outputs); read them from the result instead",
                operation=self.operation,
            )
        return find_outputs(self.binding.outputs, state.raw)

    def _folder(self, directory: str | os.PathLike[str] | None) -> str | os.PathLike[str]:
        """``directory``, else the submit's ``download_to``; one of them is needed."""
        folder = self.download_to if directory is None else directory
        if folder is None:
            raise GatewayClientError(
                f"task {self.id} ({self.gateway}): download() needs a folder: pass one, or "
                "download_to= when submitting (checked before the submit is paid)",
                operation=self.operation,
            )
        return folder

    def _download_flow(
        self,
        directory: str | os.PathLike[str],
        timeout: float | None,
        max_bytes: int | None,
        progress: bool | None,
    ) -> Flow[list[Path]]:
        from .outputs import DEFAULT_MAX_BYTES, download_flow
        from .progress import byte_progress

        deadline = None if timeout is None else time.monotonic() + float(timeout)
        if self.last_state is None or self.last_state.outcome != "success":
            yield from self._shown_wait_flow(timeout, None, None, progress)
        return (
            yield from download_flow(
                self._core,
                self._core.spec.operation(self.binding.poll),
                self.outputs,
                directory,
                name=self.id,
                max_bytes=DEFAULT_MAX_BYTES if max_bytes is None else max_bytes,
                progress=None if progress is False else byte_progress(),
                deadline=deadline,
            )
        )

    def _fetch_again(self, exc: DownloadError, folder: str | os.PathLike[str]) -> None:
        """A note on ``exc``: the task succeeded (and was paid for); how to fetch again."""
        from .interrupt import resume_command

        exc.add_note(
            f"task {self.id} ({self.gateway}) succeeded; fetch its files again with "
            f"task.download() or: {resume_command(self.id, self.gateway, str(folder))}"
        )

    def _download_hint(self) -> str | None:
        """The ``--download`` of a resume command: the submit's ``download_to``, if given."""
        return None if self.download_to is None else str(self.download_to)


class Task(_TaskBase[T]):
    """Handle of a submitted task (sync). ``wait()`` returns the parsed terminal poll body."""

    _client: SyncHost

    def __init__(self, client: SyncHost, binding: TaskBinding, task_id: str, **kw: Any) -> None:
        super().__init__(client._core, binding, task_id, **kw)
        self._client = client

    def status(self) -> TaskState:
        """Poll once (retrying per the retry rule) and return the normalised state."""
        return run_sync(self._status_flow(), self._client.http)

    def wait(
        self,
        timeout: float | None = None,
        *,
        on_progress: Callable[[ProgressEvent], None] | None = None,
        poll_interval: float | None = None,
        progress: bool = False,
    ) -> T:
        """Poll until the task ends; ``timeout`` (default: the binding's) covers every poll.

        ``progress=True`` shows a live bar on a terminal, plain lines otherwise (stderr).
        """
        flow = self._shown_wait_flow(timeout, on_progress, poll_interval, progress)
        try:
            return run_sync(flow, self._client.http)
        except KeyboardInterrupt as exc:
            raise self._interrupted(exc) from None

    def download(
        self,
        directory: str | os.PathLike[str] | None = None,
        *,
        timeout: float | None = None,
        max_bytes: int | None = None,
        progress: bool | None = None,
    ) -> list[Path]:
        """Wait if needed, then save every output in ``directory`` (default: the submit's
        ``download_to``, checked before the submit); return the paths.

        ``timeout`` covers the wait and every transfer together. ``progress``: ``None`` shows
        bars on a terminal only, ``True`` also plain lines.
        """
        folder = self._folder(directory)
        flow = self._download_flow(folder, timeout, max_bytes, progress)
        try:
            return run_sync(flow, self._client.http)
        except KeyboardInterrupt as exc:
            raise self._interrupted(exc, str(folder)) from None
        except DownloadError as exc:
            self._fetch_again(exc, folder)
            raise

    def _interrupted(
        self, exc: KeyboardInterrupt, download: str | None = None
    ) -> KeyboardInterrupt:
        """Ctrl-C: the task keeps running; a ``TaskInterrupted`` names it and the resume command."""
        from .interrupt import TaskInterrupted

        if isinstance(exc, TaskInterrupted):
            return exc
        return TaskInterrupted([self.id], self.gateway, download or self._download_hint())

    def cancel(self) -> Any:
        """Ask the gateway to cancel; raises if it has no cancel route."""
        return run_sync(self._cancel_flow(), self._client.http)


class AsyncTask(_TaskBase[T]):
    """Handle of a submitted task (async). ``on_progress`` may be sync or ``async``."""

    _client: AsyncHost

    def __init__(self, client: AsyncHost, binding: TaskBinding, task_id: str, **kw: Any) -> None:
        super().__init__(client._core, binding, task_id, **kw)
        self._client = client

    async def status(self) -> TaskState:
        """Poll once (retrying per the retry rule) and return the normalised state."""
        return await self._client._run(self._status_flow())

    async def wait(
        self,
        timeout: float | None = None,
        *,
        on_progress: Callable[[ProgressEvent], Awaitable[None] | None] | None = None,
        poll_interval: float | None = None,
        progress: bool = False,
    ) -> T:
        """Poll until the task ends; ``timeout`` (default: the binding's) covers every poll.

        ``progress=True`` shows a live bar on a terminal, plain lines otherwise (stderr).
        """
        flow = self._shown_wait_flow(timeout, on_progress, poll_interval, progress)
        try:
            return await self._client._run(flow)
        except BaseException as exc:
            self._cancelled_while_waiting(exc, self._download_hint())
            raise

    async def download(
        self,
        directory: str | os.PathLike[str] | None = None,
        *,
        timeout: float | None = None,
        max_bytes: int | None = None,
        progress: bool | None = None,
    ) -> list[Path]:
        """Wait if needed, then save every output in ``directory`` (default: the submit's
        ``download_to``, checked before the submit); return the paths."""
        folder = self._folder(directory)
        try:
            return await self._client._run(
                self._download_flow(folder, timeout, max_bytes, progress)
            )
        except DownloadError as exc:
            self._fetch_again(exc, folder)
            raise
        except BaseException as exc:
            self._cancelled_while_waiting(exc, str(folder))
            raise

    def _cancelled_while_waiting(self, exc: BaseException, download: str | None) -> None:
        """A wait ended by Ctrl-C: ``asyncio.run`` cancels it (the resume command is printed,
        ``interrupt.py``); a ``KeyboardInterrupt`` raised inside it becomes a
        :class:`TaskInterrupted` naming the task and the command, as in the sync client."""
        import asyncio  # already loaded: this runs in an event loop

        from .interrupt import TaskInterrupted, cancelled_while_waiting

        if isinstance(exc, asyncio.CancelledError):
            cancelled_while_waiting(self.id, self.gateway, download)
        elif isinstance(exc, KeyboardInterrupt) and not isinstance(exc, TaskInterrupted):
            raise TaskInterrupted([self.id], self.gateway, download) from None

    async def cancel(self) -> Any:
        """Ask the gateway to cancel; raises if it has no cancel route."""
        return await self._client._run(self._cancel_flow())


def handle_fields(handle: str | Mapping[str, Any]) -> dict[str, Any]:
    """Decode a handle (JSON text or mapping) into ``_TaskBase`` keyword arguments."""
    data = json.loads(handle) if isinstance(handle, str) else dict(handle)
    if not isinstance(data, dict) or "task_id" not in data:
        raise GatewayClientError("not a task handle: expected JSON with 'task_id'")
    return data


def resume_kwargs(data: Mapping[str, Any]) -> dict[str, Any]:
    """Constructor keyword arguments recovered from a handle's data."""
    return {
        "operation": str(data.get("operation") or ""),
        "created_at": _from_iso(data.get("created_at")),
        "updated_at": _from_iso(data.get("updated_at")),
        "last_status": data.get("status"),
    }
