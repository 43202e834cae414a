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

from ..errors import APIConnectionError, GatewayClientError, RateLimitError
from ..task_state import TaskState

__all__ = ["wait_task"]


def wait_task(
    task: Any,
    *,
    interval: float,
    limit: float,
    take_token: Callable[[], None],
    hinted: threading.Event | None = None,
) -> tuple[TaskState, int]:
    """Poll ``task`` until it ends or ``limit`` seconds pass; (last state, polls made).

    ``hinted`` (callback mode) is set when a hint about the task reaches the journal; then the
    first poll waits for it or for ``interval``. Connection errors and 429s are survived.
    """
    start = time.monotonic()
    deadline = start + limit
    next_poll = start + interval if hinted is not None else start
    polls = 0
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
        except (APIConnectionError, RateLimitError) as exc:
            if time.monotonic() > deadline:
                raise GatewayClientError(f"task {task.id}: {exc}") from exc
            next_poll = time.monotonic() + interval
            continue
        if state.terminal or time.monotonic() > deadline:
            return state, polls
        next_poll = time.monotonic() + interval
