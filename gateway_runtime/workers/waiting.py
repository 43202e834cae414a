"""Waiting for a submitted task on a worker: polls, or a confirmed callback and one poll.

Without callbacks the task is polled every ``interval`` (each poll takes a global rate token).
With callbacks (the batch plan names a ``callback_url`` served by ``webhook_app``, which writes
*confirmed* states to the shared journal) the worker looks at the journal every quarter second
— a Redis read, not a gateway request — and polls the gateway only when the journal says the
task ended (one poll: the outputs are in its answer) or, as a fallback for a lost callback,
every ``interval``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from ..errors import APIConnectionError, GatewayClientError, RateLimitError
from ..task_state import TaskState

__all__ = ["wait_task"]

_LOOK = 0.25


def wait_task(
    task: Any,
    *,
    interval: float,
    limit: float,
    take_token: Callable[[], None],
    ended: Callable[[], bool] | None = None,
) -> tuple[TaskState, int]:
    """Poll ``task`` until it ends or ``limit`` seconds pass; (last state, polls made).

    ``ended`` (callback mode) tells whether a confirmed callback recorded the end; then the
    first poll waits for it or for ``interval``. Connection errors and 429s are survived.
    """
    start = time.monotonic()
    deadline = start + limit
    next_poll = start + interval if ended is not None else start
    polls = 0
    while True:
        now = time.monotonic()
        if now < next_poll and not (ended is not None and ended()):
            time.sleep(min(_LOOK if ended is not None else interval, next_poll - now))
            continue
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
