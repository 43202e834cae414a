"""Waiting for a task: polls under one overall deadline, woken early by callback hints.

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

import inspect
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from ._flow import Alarm, Await, Flow, Sleep, Wait
from ._logs import logger
from ._status import known_words
from .errors import (
    APIConnectionError,
    APIStatusError,
    DeadlineExceededError,
    GatewayClientError,
    ResponseDecodeError,
    ResponseTooLargeError,
    UnknownStatusError,
)
from .lenient import read_result
from .raw import attach
from .task_handle import TaskHandleBase
from .task_state import ProgressEvent, TaskState

if TYPE_CHECKING:
    from .journal_watch import Watch

__all__ = ["WaitingTask", "transient_poll_failure"]

T = TypeVar("T")

_GROW_AFTER_POLLS = 5
_GROWTH = 1.5
_HEARTBEAT_SECONDS = 30.0
_WATCH_READY = 0.5  # seconds the first poll waits for the journal watch to be in place


def transient_poll_failure(exc: Exception) -> bool:
    """Whether a poll that raised ``exc`` may answer next time: connection errors and timeouts,
    408, 429, 5xx, a body that is not JSON. Not an error the gateway answered with of its own, nor
    a reply over its cap (the next one would be too)."""
    if isinstance(exc, ResponseTooLargeError):
        return False
    if isinstance(exc, APIConnectionError | ResponseDecodeError):
        return True
    if isinstance(exc, APIStatusError):
        code = exc.status_code or 0
        return code in (408, 429) or code >= 500
    return False


class WaitingTask(TaskHandleBase[T]):
    """A task handle that can wait: the polling loop, its errors and its progress display."""

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
                if not transient_poll_failure(exc):
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

    def _deadline_error(self, limit: float, state: TaskState | None) -> DeadlineExceededError:
        status = None if state is None else state.status
        return DeadlineExceededError(
            f"task {self.id} ({self.gateway}) not finished after {limit:g}s "
            f"(last status {status!r}); resume it with client.resume(handle)",
            operation=self.operation,
            task=self,
            state=state,
        )


def _describe(task: TaskHandleBase[Any], event: ProgressEvent) -> str:
    parts = [f"task {event.task_id} ({task.gateway}): {event.status or '?'} [{event.outcome}]"]
    if event.percent is not None:
        parts.append(f"{event.percent:.0f}%")
    if event.queue_position is not None:
        parts.append(f"queue position {event.queue_position}")
    parts.append(f"after {event.elapsed:.0f}s, {event.poll_count} polls")
    return ", ".join(parts)
