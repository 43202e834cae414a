"""Task handles: poll, wait with one overall deadline, cancel, serialise and resume.

``wait()`` polls at the binding's ``poll_interval`` (or the caller's), growing ×1.5 after the
first 5 polls up to ten times the base (at most 60 s unless the base is larger). One deadline
(``timeout``, default the binding's) covers every poll: each poll's HTTP timeout is clipped to
the time left, and when it passes :class:`DeadlineExceededError` carries the handle.
Transient poll failures (connection errors, timeouts, 408, 429, 5xx, malformed JSON) are
survived up to ``max_poll_failures`` in a row, waiting at least the poll interval (or the
server's Retry-After). A status outside the binding's words is read through synonyms and the
client's ``status_aliases`` (``_status.py``) with a warning; one that still means nothing for
``max_unknown_polls`` polls in a row ends ``wait()`` with :class:`UnknownStatusError`. A poll body
with no status that matches an error envelope is the gateway's error (:class:`GatewayError`).
The result is read tolerantly (``lenient.py``). Every poll yields a :class:`ProgressEvent` to ``on_progress`` (sync or
async callback); without a callback, status changes (and a heartbeat every 30 s) are logged at
INFO on the ``gateway_runtime`` logger.
"""

from __future__ import annotations

import datetime as _dt
import inspect
import json
import math
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from . import _pointer
from ._flow import Alarm, Await, Flow, Sleep, Wait, run_sync
from ._journaling import FINAL_JOURNAL_WAIT
from ._logs import logger
from ._response import envelope_error
from ._status import StatusWords, known_words, warn_off_document
from .errors import (
    APIConnectionError,
    APIStatusError,
    DeadlineExceededError,
    DownloadError,
    GatewayClientError,
    ResponseDecodeError,
    ResponseTooLargeError,
    TaskCanceledError,
    TaskFailedError,
    UnknownStatusError,
)
from .lenient import read_result
from .raw import ResponseInfo, attach
from .redact import redact, redact_obj
from .spec import TaskBinding
from .task_state import Outcome, ProgressEvent, TaskState

if TYPE_CHECKING:
    import os
    from collections.abc import Coroutine
    from pathlib import Path

    import httpx

    from ._core import ClientCore
    from .journal_watch import Watch
    from .outputs import Output

__all__ = ["AsyncTask", "Outcome", "ProgressEvent", "Task", "TaskState", "interpret"]

T = TypeVar("T")
_R = TypeVar("_R")
_PLAIN_WORDS = StatusWords()

HANDLE_VERSION = 1
_GROW_AFTER_POLLS = 5
_GROWTH = 1.5
_HEARTBEAT_SECONDS = 30.0
_WATCH_READY = 0.5  # seconds the first poll waits for the journal watch to be in place


def _percent(binding: TaskBinding, value: Any) -> float | None:
    if value is None or value is _pointer.MISSING or isinstance(value, bool):
        return None
    try:
        if isinstance(value, str):
            text = value.strip()
            had_sign = text.endswith("%")
            number = float(text.rstrip("%").strip())
            if binding.progress_format == "fraction" and not had_sign:
                number *= 100.0
        else:
            number = float(value)
            if binding.progress_format == "fraction":
                number *= 100.0
    except (TypeError, ValueError):
        return None
    if math.isnan(number):
        return None
    return max(0.0, min(100.0, number))


def _int(value: Any) -> int | None:
    if value is None or value is _pointer.MISSING or isinstance(value, bool):
        return None
    try:
        return int(float(value))
    except (TypeError, ValueError):
        return None


def interpret(
    binding: TaskBinding, task_id: str, body: Any, words: StatusWords | None = None
) -> TaskState:
    """Read a poll body through the binding's pointers (status words per ``_status.py``)."""
    raw_status = _pointer.resolve(body, binding.status)
    status = None if raw_status in (None, _pointer.MISSING) else str(raw_status)
    outcome = (words or _PLAIN_WORDS).outcome(binding, status)
    percent = _percent(binding, _pointer.resolve(body, binding.progress))
    if outcome == "success" and percent is None:
        percent = 100.0
    code = _pointer.get(body, binding.error_code)
    message = _pointer.get(body, binding.error_message)
    return TaskState(
        task_id=task_id,
        status=status,
        outcome=outcome,
        percent=percent,
        queue_position=_int(_pointer.resolve(body, binding.queue_position)),
        error_code=code,
        error_message=None if message is None else str(message),
        raw=body,
    )


def _iso(ts: float | None) -> str | None:
    if ts is None:
        return None
    return _dt.datetime.fromtimestamp(ts, _dt.UTC).isoformat().replace("+00:00", "Z")


def _from_iso(value: Any) -> float | None:
    if value is None:
        return None
    if isinstance(value, int | float):
        return float(value)
    text = str(value)
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    return _dt.datetime.fromisoformat(text).timestamp()


def _transient(exc: Exception) -> bool:
    if isinstance(exc, ResponseTooLargeError):
        return False
    if isinstance(exc, APIConnectionError | ResponseDecodeError):
        return True
    if isinstance(exc, APIStatusError):
        code = exc.status_code or 0
        return code in (408, 429) or code >= 500
    return False


class SyncHost(Protocol):
    """What a :class:`Task` needs of its client (``client.SyncClient`` is one; it sits above)."""

    _core: ClientCore
    http: httpx.Client


class AsyncHost(Protocol):
    """What an :class:`AsyncTask` needs of its client (``client.AsyncClient`` is one)."""

    _core: ClientCore

    def _run(self, flow: Flow[_R]) -> Coroutine[Any, Any, _R]: ...


class _TaskBase(Generic[T]):
    """Data and flows of a task handle; :class:`Task` / :class:`AsyncTask` add the I/O."""

    def __init__(
        self,
        core: ClientCore,
        binding: TaskBinding,
        task_id: str,
        *,
        operation: str,
        parse: Callable[[Any], T] | None,
        submit_response: Any = None,
        created_at: float | None = None,
        updated_at: float | None = None,
        last_state: TaskState | None = None,
        last_status: str | None = None,
        download_to: str | os.PathLike[str] | None = None,
    ) -> None:
        self._core = core
        self.download_to = download_to
        """The folder given to the submit (``download_to=``): ``download()``'s default."""
        self.binding = binding
        self.id = task_id
        self.operation = operation
        self.submit_response = submit_response
        self._parse = parse
        self._last_http: ResponseInfo | None = None
        self.created_at = time.time() if created_at is None else created_at
        self.updated_at = self.created_at if updated_at is None else updated_at
        self.last_state = last_state
        self._warned: set[str | None] = set()
        self._last_status = last_status if last_state is None else last_state.status
        if self._last_status is None and submit_response is not None:
            status = _pointer.resolve(submit_response, binding.status)
            if isinstance(status, str | int) and not isinstance(status, bool):
                self._last_status = str(status)  # e.g. "queued" in the submit reply

    @property
    def gateway(self) -> str:
        return self._core.spec.name

    @property
    def module(self) -> str | None:
        return self._core.spec.module

    @property
    def last_status(self) -> str | None:
        """Raw status of the last poll (or as recorded when the handle was resumed)."""
        return self._last_status

    def __repr__(self) -> str:
        return redact(
            f"{type(self).__name__}(gateway={self.gateway!r}, id={self.id!r}, "
            f"operation={self.operation!r}, status={self._last_status!r})"
        )

    # -- serialisation -------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """The handle as JSON-able data (no API key, no headers)."""
        from ._sending import strip_userinfo

        state = self.last_state
        data: dict[str, Any] = redact_obj(
            {
                "version": HANDLE_VERSION,
                "gateway": self.gateway,
                "module": self.module,
                "spec_path": self._core.spec.path,
                "operation": self.operation,
                "binding": self.binding.name,
                "task_id": self.id,
                "base_url": strip_userinfo(self._core.base_url),
                "created_at": _iso(self.created_at),
                "updated_at": _iso(self.updated_at),
                "status": self._last_status,
                "outcome": None if state is None else state.outcome,
            }
        )
        return data

    def to_json(self) -> str:
        """The handle as JSON; ``client.resume(text)`` continues it, in any process."""
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True)

    # -- flows ---------------------------------------------------------------------------

    def _id_args(self, operation_id: str) -> dict[str, dict[str, Any]]:
        op = self._core.spec.operation(operation_id)
        args: dict[str, dict[str, Any]] = {
            "path_params": {},
            "query": {},
            "headers": {},
            "body": {},
        }
        param = op.parameter(self.binding.id_param)
        if param is not None:
            slot = {"path": "path_params", "query": "query", "header": "headers"}.get(
                param.location, "query"
            )
            args[slot][param.name] = self.id
        elif op.body is not None:
            args["body"][self.binding.id_param] = self.id
        elif "{" + self.binding.id_param + "}" in op.path:
            args["path_params"][self.binding.id_param] = self.id
        else:
            args["query"][self.binding.id_param] = self.id
        return args

    def _accept_poll_body(self, body: Any) -> bool:
        raw = _pointer.resolve(body, self.binding.status)
        if raw in (None, _pointer.MISSING):
            return False
        return self._core.status_words.outcome(self.binding, str(raw)) != "unknown"

    def _note_status(self, status: str | None) -> None:
        """Warn, once per task and word, about a status outside the binding's words."""
        if status not in self._warned and warn_off_document(
            self._core.status_words, self.binding, status, f"task {self.id} ({self.gateway})"
        ):
            self._warned.add(status)

    def _poll_flow(
        self, remaining: float = math.inf, max_retries: int | None = None
    ) -> Flow[TaskState]:
        core = self._core
        args = self._id_args(self.binding.poll)
        op = core.spec.operation(self.binding.poll)
        prepared = core.prepare(
            self.binding.poll,
            path_params=args["path_params"],
            query=args["query"],
            headers=args["headers"],
            body=args["body"] if op.body is not None else None,
            validate=False,
            timeout=core.poll_timeout(remaining),
            max_retries=max_retries,
        )
        deadline = None if math.isinf(remaining) else time.monotonic() + remaining
        response, body = yield from core.exchange_flow(
            prepared, accept=self._accept_poll_body, deadline=deadline
        )
        state = interpret(self.binding, self.id, body, core.status_words)
        self._last_http = ResponseInfo.of(response, body)  # what wait()'s result reports
        if state.status is None:
            error = envelope_error(core.spec, op, response, body, any_envelope=True)
            if error is not None:
                raise error  # HTTP 200 {"error": {...}} without a status: the gateway said no
        self._note_status(state.status)
        self.updated_at = time.time()
        changed = state.status != self._last_status
        self.last_state = state
        self._last_status = state.status
        if changed or state.terminal:
            written = core.journal.update(
                self.id,
                status=state.status,
                outcome=state.outcome,
                terminal=state.terminal,
                error=state.error_message if state.outcome == "failure" else None,
            )
            if written is not None and state.terminal:  # `tasks list` agrees once wait() returns
                yield Wait(written, FINAL_JOURNAL_WAIT)
        return state

    def _status_flow(self) -> Flow[TaskState]:
        return (yield from self._poll_flow())

    def _cancel_flow(self) -> Flow[Any]:
        if self.binding.cancel is None:
            raise GatewayClientError(
                f"gateway {self.gateway!r} has no cancel route for {self.binding.name!r} tasks",
                operation=self.operation,
            )
        args = self._id_args(self.binding.cancel)
        op = self._core.spec.operation(self.binding.cancel)
        prepared = self._core.prepare(
            self.binding.cancel,
            path_params=args["path_params"],
            query=args["query"],
            headers=args["headers"],
            body=args["body"] if op.body is not None else None,
            validate=False,
        )
        result = yield from self._core.send_flow(prepared)
        logger.info("task %s (%s): cancel requested", self.id, self.gateway)
        return result

    def _outcome_error(self, state: TaskState) -> GatewayClientError:
        code = state.error_code
        message = state.error_message or f"task ended with status {state.status!r}"
        prefix = f"[{code}] " if code is not None else ""
        cls = TaskFailedError if state.outcome == "failure" else TaskCanceledError
        verb = "failed" if state.outcome == "failure" else "was canceled"
        return cls(
            f"task {self.id} ({self.gateway}) {verb}: {prefix}{message}",
            code=code,
            operation=self.operation,
            body=state.raw,
            task=self,
            state=state,
        )

    def _wait_flow(
        self,
        timeout: float | None,
        on_progress: Callable[[ProgressEvent], Any] | None,
        poll_interval: float | None,
    ) -> Flow[T]:
        """Poll until the task ends; a callback hint in the journal (any process's webhook)
        rings ``alarm`` and cuts the current pause short: one poll then confirms it."""
        alarm = Alarm()
        watch = self.watch_hints(alarm.ring)
        try:
            if watch is not None:
                yield Wait(watch.ready, _WATCH_READY)  # hints from here on will ring
            live = None if watch is None else alarm  # no watch: plain sleeps
            return (yield from self._wait_loop(timeout, on_progress, poll_interval, live))
        finally:
            if watch is not None:
                watch.close()

    def watch_hints(self, ring: Callable[[], None]) -> Watch | None:
        """Have ``ring`` called (from a thread) when a callback hint about this task reaches the
        client's journal; ``None`` when none can (no ``x-callback``, journal off). Close it."""
        if not any(op.callback is not None for op in self._core.spec.operations.values()):
            return None
        return self._core.journal.watch(self.id, ring)

    def _wait_loop(
        self,
        timeout: float | None,
        on_progress: Callable[[ProgressEvent], Any] | None,
        poll_interval: float | None,
        alarm: Alarm | None,
    ) -> Flow[T]:
        core = self._core
        start = time.monotonic()
        limit = self.binding.timeout if timeout is None else float(timeout)
        deadline = start + limit
        base = max(
            0.0, self.binding.poll_interval if poll_interval is None else float(poll_interval)
        )
        cap = min(base * 10.0, max(base, 60.0))
        interval = base
        polls = failures = unknown = 0
        logged_status: object = object()
        last_log = start
        state = self.last_state
        while True:
            try:
                state = yield from self._poll_flow(deadline - time.monotonic(), max_retries=0)
            except GatewayClientError as exc:
                if not _transient(exc):
                    raise
                failures += 1
                left = deadline - time.monotonic()
                if left <= 0:
                    raise self._deadline_error(limit, state) from exc
                if failures > core.max_poll_failures:
                    raise
                asked = min(getattr(exc, "retry_after", None) or 0.0, core.policy.max_retry_delay)
                delay = max(interval, asked)
                logger.warning(
                    "task %s (%s): poll failed (%d/%d), retrying in %.2fs: %s",
                    self.id,
                    self.gateway,
                    failures,
                    core.max_poll_failures,
                    min(delay, left),
                    exc,
                )
                yield Sleep(min(delay, left))
                continue
            failures = 0
            polls += 1
            now = time.monotonic()
            event = ProgressEvent(
                task_id=self.id,
                status=state.status,
                outcome=state.outcome,
                percent=state.percent,
                queue_position=state.queue_position,
                poll_count=polls,
                elapsed=now - start,
            )
            if on_progress is not None:
                result = on_progress(event)
                if inspect.isawaitable(result):
                    yield Await(result)
            elif state.status != logged_status or now - last_log >= _HEARTBEAT_SECONDS:
                logged_status, last_log = state.status, now
                logger.info("%s", _describe(self, event))
            if state.outcome == "success":
                poll = core.spec.operation(self.binding.poll)
                parsed: T = read_result(
                    self._parse,
                    state.raw,
                    operation=poll.label,
                    strict=core.strict_responses,
                    logged=core.drift_logged,
                )
                return attach(parsed, self._last_http, state.raw)  # type: ignore[no-any-return]
            if state.outcome in ("failure", "canceled"):
                raise self._outcome_error(state)
            unknown = unknown + 1 if state.outcome == "unknown" else 0
            if unknown >= core.max_unknown_polls:
                raise self._unknown_error(state, unknown)
            left = deadline - time.monotonic()
            if left <= 0:
                raise self._deadline_error(limit, state)
            yield Sleep(min(interval, left), alarm)
            if alarm is not None and alarm.take():
                logger.debug("task %s (%s): a callback says it ended; one poll confirms it",
                             self.id, self.gateway)  # fmt: skip
            elif polls >= _GROW_AFTER_POLLS:
                interval = min(interval * _GROWTH, cap)

    def _unknown_error(self, state: TaskState, polls: int) -> UnknownStatusError:
        what = "no status" if state.status is None else f"status {state.status!r}"
        return UnknownStatusError(
            f"task {self.id} ({self.gateway}): {what} for {polls} polls in a row, which is none "
            f"of the known words ({known_words(self.binding)}); map it with the client option "
            f"status_aliases and resume with client.resume(handle)",
            operation=self.operation,
            body=state.raw,
            task=self,
            state=state,
        )

    def _shown_wait_flow(
        self,
        timeout: float | None,
        on_progress: Callable[[ProgressEvent], Any] | None,
        poll_interval: float | None,
        progress: bool | None,
    ) -> Flow[T]:
        """``_wait_flow`` with a progress display (``progress``: see ``progress.wait_reporter``)."""
        from .progress import shown, wait_reporter

        reporter = wait_reporter(only_terminal=progress is None) if progress is not False else None
        if reporter is None:
            return (yield from self._wait_flow(timeout, on_progress, poll_interval))
        try:
            return (
                yield from self._wait_flow(timeout, shown(reporter, on_progress), poll_interval)
            )
        finally:
            reporter.close()

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

    def _deadline_error(self, limit: float, state: TaskState | None) -> DeadlineExceededError:
        status = None if state is None else state.status
        return DeadlineExceededError(
            f"task {self.id} ({self.gateway}) not finished after {limit:g}s "
            f"(last status {status!r}); resume it with client.resume(handle)",
            operation=self.operation,
            task=self,
            state=state,
        )


def _describe(task: _TaskBase[Any], event: ProgressEvent) -> str:
    parts = [f"task {event.task_id} ({task.gateway}): {event.status or '?'} [{event.outcome}]"]
    if event.percent is not None:
        parts.append(f"{event.percent:.0f}%")
    if event.queue_position is not None:
        parts.append(f"queue position {event.queue_position}")
    parts.append(f"after {event.elapsed:.0f}s, {event.poll_count} polls")
    return ", ".join(parts)


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
