"""Simulated tasks: submitted, then polled through the binding's pending statuses to an end."""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from gateway_runtime.spec import TaskBinding

from .meaning import Kind

__all__ = ["Fate", "Phase", "SimTask", "progress_value", "status_value"]

Fate = Literal["success", "failure", "stuck"]
Phase = Literal["pending", "success", "failure", "canceled"]


@dataclass
class SimTask:
    """One task. Its fate is rolled at submit; it ends at the first poll that is both the
    ``lifecycle``-th and at least ``seconds`` after the submit (``seconds`` 0: polls alone)."""

    id: str
    binding: TaskBinding
    operation: str
    fate: Fate
    lifecycle: int  # polls until the end (the end itself included)
    seconds: float = 0.0
    created: float = field(default_factory=time.monotonic)
    request: Mapping[str, Any] = field(default_factory=dict)  # what the submit said (echoed)
    kind: Kind | None = None  # the media kind the submit asked for (its mode or model)
    count: int = 1  # outputs the submit asked for (``n``)
    polls: int = 0
    canceled: bool = False

    def step(self) -> tuple[Phase, str, float, int | None]:
        """Record a poll; returns (phase, wire status, percent, queue position)."""
        self.polls += 1
        b = self.binding
        if self.canceled:
            return "canceled", (b.canceled or b.failure or ("canceled",))[0], 0.0, None
        elapsed = time.monotonic() - self.created
        if self.fate != "stuck" and self.polls >= self.lifecycle and elapsed >= self.seconds:
            if self.fate == "success":
                return "success", (b.success or ("success",))[0], 100.0, None
            return "failure", (b.failure or ("failed",))[0], 0.0, None
        span = max(1, self.lifecycle - 1)  # pending polls
        k = min(self.polls, span)  # 1..span
        fraction = (k - 1) / span
        if self.seconds > 0:
            fraction = min(fraction, elapsed / self.seconds, 0.99)
        pending = b.pending or ("pending",)
        index = min(len(pending) - 1, int(fraction * len(pending)))
        queue = span - k + 1 if index == 0 else None
        return "pending", pending[index], round(100.0 * fraction, 1), queue


def progress_value(binding: TaskBinding, percent: float, current: Any) -> Any:
    """``percent`` in the binding's progress format (an integer where the template had one)."""
    if binding.progress_format == "fraction":
        return round(percent / 100.0, 3)
    if binding.progress_format == "percent-string":
        return f"{percent:g}%"
    return float(percent) if isinstance(current, float) else int(percent)


def status_value(status: str, current: Any) -> Any:
    """``status`` as the wire sends it: an integer where the reply's template has one (PicWish's
    ``state: 1``), since bindings list their words as text."""
    if isinstance(current, int) and not isinstance(current, bool):
        try:
            return int(status)
        except ValueError:
            return status  # a drifted word ("0_v2") stays text, as a drifting gateway would send it
    return status
