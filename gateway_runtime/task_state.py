"""What a task observation is: its outcome words, one poll's state, one progress event.

These are plain values shared by layers that must not import each other: ``errors`` names a
:class:`TaskState` in task errors, ``progress`` draws :class:`ProgressEvent` values, and ``tasks``
produces both. Keeping them here (imports: ``typing`` only) keeps the runtime's imports downward.
"""

from __future__ import annotations

from typing import Any, Literal, NamedTuple

__all__ = ["Outcome", "ProgressEvent", "TaskState"]

Outcome = Literal["success", "failure", "canceled", "pending", "unknown"]
"""What a gateway status means; ``unknown`` when no rule names it."""


class TaskState(NamedTuple):
    """One observation of a task, normalised across gateways.

    ``status`` is the gateway's raw status; ``outcome`` is what it means. ``percent`` (0–100)
    and ``queue_position`` are ``None`` when the gateway does not say. ``raw`` is the poll body.
    """

    task_id: str
    status: str | None
    outcome: Outcome
    percent: float | None = None
    queue_position: int | None = None
    error_code: Any = None
    error_message: str | None = None
    raw: Any = None

    @property
    def terminal(self) -> bool:
        return self.outcome in ("success", "failure", "canceled")


class ProgressEvent(NamedTuple):
    """What ``on_progress`` receives after every poll."""

    task_id: str
    status: str | None
    outcome: Outcome
    percent: float | None
    queue_position: int | None
    poll_count: int
    elapsed: float
