"""What a failed poll of a paid task means, decided once for the local batch runner and workers.

A poll that fails leaves the task as it was: it may still run, or have succeeded. Either runner
keeps the job recorded with its task id and a note (never "failed": ``--retry-failed`` would
submit it again, paid twice), and a rerun polls the same task. Failures that may pass (the
runtime's ``wait()`` survives the same ones: connection errors, timeouts, 408, 429, 5xx, a body
that is not JSON) are polled through up to ``max_poll_failures`` in a row first; an error the
gateway answers with of its own (a 404 for a lost task, an error body) is noted at once, in its
words.
"""

from __future__ import annotations

from typing import NamedTuple

from ..errors import GatewayError
from ..task_waiting import transient_poll_failure

__all__ = ["PollFailure", "error_line", "poll_failure"]

_RERUN = "the task is kept: run the batch again"


class PollFailure(NamedTuple):
    """How a failed poll is handled: ``transient`` ones are polled again (up to the cap); the
    ``note`` is what the job records when the runner stops polling it."""

    transient: bool
    note: str


def error_line(exc: BaseException) -> str:
    """The first line of an error's message (its class name when it has none): a note's words."""
    return str(getattr(exc, "message", None) or exc or type(exc).__name__).splitlines()[0]


def poll_failure(exc: Exception) -> PollFailure:
    """The one decision both runners make about a poll that raised ``exc``."""
    if transient_poll_failure(exc):
        return PollFailure(True, f"polls keep failing ({error_line(exc)}); {_RERUN}")
    if isinstance(exc, GatewayError):
        code = getattr(exc, "code", None) or getattr(exc, "status_code", None)
        said = f"{code}: {error_line(exc)}" if code is not None else error_line(exc)
        return PollFailure(False, f"the poll was answered with an error ({said}); {_RERUN}")
    return PollFailure(False, f"the poll failed ({error_line(exc)}); {_RERUN}")
