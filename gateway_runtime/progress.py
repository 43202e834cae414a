"""Visible progress: ``task.wait(progress=True)`` and large downloads.

On a terminal a row of the process's one live rich display (status, percent when the gateway
reports it, queue position, elapsed time; concurrent waits and downloads are rows of the same
display, with a total: ``display.py``); otherwise one plain line per change, so logs of batch jobs
stay readable. rich is imported only when a bar is drawn.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .task_state import ProgressEvent

__all__ = ["LARGE_FILE", "byte_progress", "shown", "wait_reporter"]

LARGE_FILE = 1 << 20
"""Downloads at least this large (or of unknown size) get a bar on a terminal."""


def _is_terminal(stream: IO[str]) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def _describe(event: ProgressEvent) -> str:
    parts = [f"task {event.task_id}: {event.status or '?'}"]
    if event.queue_position is not None:
        parts.append(f"queue position {event.queue_position}")
    return ", ".join(parts)


class WaitReporter:
    """Receives every :class:`ProgressEvent` of one ``wait()``; ``close()`` when it ends."""

    def __call__(self, event: ProgressEvent) -> None:
        raise NotImplementedError

    def close(self) -> None:
        """Finish the display."""


class LineReporter(WaitReporter):
    """One line per change of status, percent or queue position (not a terminal)."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream
        self._last: tuple[Any, ...] | None = None

    def __call__(self, event: ProgressEvent) -> None:
        key = (event.status, event.percent, event.queue_position)
        if key == self._last:
            return
        self._last = key
        line = _describe(event)
        if event.percent is not None:
            line += f", {event.percent:.0f}%"
        stamp = time.strftime("%H:%M:%S")
        self._stream.write(f"{stamp} {line} ({event.elapsed:.0f}s)\n")
        self._stream.flush()


class BarReporter(WaitReporter):
    """A row of the process's one live display (a terminal; see ``display.py``)."""

    def __init__(self, stream: IO[str]) -> None:
        from .display import board_for

        self._board = board_for(stream)
        self._row: int | None = None

    def __call__(self, event: ProgressEvent) -> None:
        description = _describe(event)
        total = 100.0 if event.percent is not None else None
        if self._row is None:
            self._row = self._board.add(description, total)
        self._board.update(
            self._row, description=description, total=total, completed=event.percent or 0.0
        )

    def close(self) -> None:
        if self._row is not None:
            self._board.done(self._row)
            self._row = None


def wait_reporter(
    stream: IO[str] | None = None, *, only_terminal: bool = False
) -> WaitReporter | None:
    """A bar when ``stream`` (default stderr) is a terminal, else plain lines (or ``None`` if
    ``only_terminal``)."""
    out = sys.stderr if stream is None else stream
    if _is_terminal(out):
        return BarReporter(out)
    return None if only_terminal else LineReporter(out)


def shown(
    reporter: WaitReporter, on_progress: Callable[[ProgressEvent], Any] | None
) -> Callable[[ProgressEvent], Any]:
    """A progress callback feeding ``reporter`` then the caller's own (whose result it returns)."""

    def both(event: ProgressEvent) -> Any:
        reporter(event)
        return None if on_progress is None else on_progress(event)

    return both


def byte_progress(
    stream: IO[str] | None = None,
) -> Callable[[str, int, int | None], Callable[[int | None], None] | None]:
    """Factory of download bars: one per large file, on a terminal only (else ``None``).

    The callback it returns takes the bytes written so far, and ``None`` when the file is done.
    """
    out = sys.stderr if stream is None else stream

    def start(label: str, done: int, total: int | None) -> Callable[[int | None], None] | None:
        if not _is_terminal(out) or (total is not None and total < LARGE_FILE):
            return None
        from .display import board_for

        board = board_for(out)
        row = board.add(label, total)
        board.update(row, completed=done)

        def advance(written: int | None) -> None:
            if written is None:
                board.done(row)
            else:
                board.update(row, completed=written)

        return advance

    return start
