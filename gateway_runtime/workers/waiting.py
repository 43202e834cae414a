"""Waiting for a submitted task on a worker: polls, or a callback hint and one poll.

Without callbacks the task is polled every ``interval`` (each poll takes a global rate token).
With callbacks (the batch plan names a ``callback_url`` served by ``webhook_app``, which appends
each callback to the shared journal's hint log) the worker's client watches that log
(``journal_watch.py``: a blocking Redis read, not a gateway request) and polls the gateway once
when a hint names the task — that poll confirms it and carries the outputs — or, as a fallback
for a lost callback, every ``interval``.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from ..batch.poll_errors import poll_failure
from ..errors import GatewayClientError
from ..task_state import TaskState

__all__ = ["wait_task"]


def wait_task(
    task: Any,
    *,
    interval: float,
    limit: float,
    take_token: Callable[[], None],
    hinted: threading.Event | None = None,
    max_failures: int = 5,
) -> tuple[TaskState, int]:
    """Poll ``task`` until it ends or ``limit`` seconds pass; (last state, polls made).

    ``hinted`` (callback mode) is set when a hint about the task reaches the journal; then the
    first poll waits for it or for ``interval``. Transient poll failures (``batch.poll_errors``,
    as a local batch run decides them) are survived up to ``max_failures`` in a row, waiting at
    least ``interval`` (or the gateway's Retry-After, never past the deadline); past that, or the deadline, or on an error
    the gateway answered with of its own, the poll's error is raised.
    """
    start = time.monotonic()
    deadline = start + limit
    next_poll = start + interval if hinted is not None else start
    polls = failures = 0
    while True:
        now = time.monotonic()
        if now < next_poll:
            if hinted is None:
                time.sleep(next_poll - now)
                continue
            if not hinted.wait(next_poll - now):
                continue
            hinted.clear()  # the hint: one poll now, which confirms it (or not: a forged one)
        take_token()
        try:
            state: TaskState = task.status()
            polls += 1
        except GatewayClientError as exc:
            failures += 1
            if not poll_failure(exc).transient or failures > max_failures:
                raise
            if time.monotonic() > deadline:
                raise
            asked = getattr(exc, "retry_after", None) or 0.0  # the gateway's, so bounded:
            next_poll = min(time.monotonic() + max(interval, asked), deadline)  # one last poll
            continue
        failures = 0
        if state.terminal or time.monotonic() > deadline:
            return state, polls
        next_poll = time.monotonic() + interval
