"""How a running batch shows itself: one live panel on a terminal, plain lines otherwise.

Both read a :class:`Snapshot` (done / failed / running / queued, spend against the cap, rate,
ETA) every half second; plain lines are written every ``every`` seconds and when the run ends.
"""

from __future__ import annotations

import sys
import time
from typing import IO, Any, NamedTuple

__all__ = ["Display", "LineDisplay", "LiveDisplay", "Snapshot", "make_display"]


class Snapshot(NamedTuple):
    """One moment of a batch."""

    done: int
    failed: int
    running: int
    queued: int
    uncertain: int
    tasks: int
    cost: float
    max_cost: float | None
    max_tasks: int | None
    elapsed: float
    finished_this_run: int
    currency: str = ""

    @property
    def rate(self) -> float:
        """Jobs finished per minute in this run."""
        return 60.0 * self.finished_this_run / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def eta(self) -> float | None:
        left = self.running + self.queued
        return None if self.rate <= 0 else 60.0 * left / self.rate

    def text(self) -> str:
        spend = f"{self.cost:.4g}{(' ' + self.currency) if self.currency else ''}"
        if self.max_cost is not None:
            spend += f" of {self.max_cost:g}"
        tasks = f"{self.tasks}" + (f"/{self.max_tasks}" if self.max_tasks is not None else "")
        eta = "—" if self.eta is None else _clock(self.eta)
        extra = f", {self.uncertain} uncertain" if self.uncertain else ""
        return (
            f"done {self.done}, failed {self.failed}, running {self.running}, "
            f"queued {self.queued}{extra} | tasks {tasks}, spend {spend} | "
            f"{self.rate:.1f} jobs/min, ETA {eta}, elapsed {_clock(self.elapsed)}"
        )


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


class Display:
    """Receives snapshots; ``close()`` once at the end."""

    def update(self, snapshot: Snapshot) -> None:
        """Show ``snapshot`` (or not, if too soon)."""

    def close(self, snapshot: Snapshot) -> None:
        """Show the last snapshot."""


class LineDisplay(Display):
    """A plain line every ``every`` seconds (logs, CI, pipes)."""

    def __init__(self, stream: IO[str], every: float = 10.0) -> None:
        self.stream = stream
        self.every = every
        self.last = 0.0

    def update(self, snapshot: Snapshot) -> None:
        now = time.monotonic()
        if now - self.last >= self.every:
            self.last = now
            self._write(snapshot)

    def _write(self, snapshot: Snapshot) -> None:
        self.stream.write(f"{time.strftime('%H:%M:%S')} batch: {snapshot.text()}\n")
        self.stream.flush()

    def close(self, snapshot: Snapshot) -> None:
        self._write(snapshot)


class LiveDisplay(Display):
    """A rich live panel, redrawn in place (a terminal)."""

    def __init__(self, stream: IO[str]) -> None:
        from rich.console import Console
        from rich.live import Live

        self.live: Any = Live(console=Console(file=stream), refresh_per_second=4, transient=False)
        self.live.start()

    def _render(self, s: Snapshot) -> Any:
        from rich.progress_bar import ProgressBar
        from rich.table import Table

        total = s.done + s.failed + s.running + s.queued + s.uncertain
        table = Table.grid(padding=(0, 2))
        table.add_row(
            ProgressBar(total=max(total, 1), completed=s.done + s.failed, width=40),
            f"{s.done + s.failed}/{total}",
        )
        table.add_row(
            f"[green]done {s.done}[/]  [red]failed {s.failed}[/]  "
            f"[yellow]running {s.running}[/]  queued {s.queued}"
            + (f"  [magenta]uncertain {s.uncertain}[/]" if s.uncertain else ""),
            "",
        )
        table.add_row(s.text().split(" | ", 1)[1], "")
        return table

    def update(self, snapshot: Snapshot) -> None:
        self.live.update(self._render(snapshot))

    def close(self, snapshot: Snapshot) -> None:
        self.live.update(self._render(snapshot))
        self.live.stop()


def make_display(progress: bool | None, stream: IO[str] | None = None) -> Display:
    """Live on a terminal, plain lines otherwise; ``progress=False``: nothing."""
    out = sys.stderr if stream is None else stream
    if progress is False:
        return Display()
    isatty = getattr(out, "isatty", None)
    if isatty is not None and isatty():
        return LiveDisplay(out)
    return LineDisplay(out)
