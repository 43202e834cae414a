"""One live display per process: every ``wait(progress=True)`` and large download is a row of it.

rich draws one live display at a time; a bar per wait made eight concurrent waits flip between
each other's bars. Here every waiting task and every large download in the process adds a row to
the one shared board (with a total row once two or more run), updates its row, and marks it done;
the board stops when no row is running. Sync waits in threads and async waits in a loop share
it alike (a lock guards it). rich is imported only when a board is drawn.
"""

from __future__ import annotations

import threading
from typing import IO, Any

__all__ = ["Board", "board_for"]


class Board:
    """The shared live display on one stream."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self._lock = threading.RLock()
        self._progress: Any = None
        self._total: Any = None
        self.running = 0
        self.started = 0
        self.finished = 0
        self.peak = 0  # most rows running at once (tests and logs)
        self.lives = 0  # how many times a live display was started

    def _start(self) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            Progress,
            SpinnerColumn,
            TaskProgressColumn,
            TextColumn,
            TimeElapsedColumn,
        )

        self._progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(),
            TaskProgressColumn(),
            TimeElapsedColumn(),
            console=Console(file=self.stream),
            transient=False,
        )
        self._total = self._progress.add_task("total", total=0, visible=False)
        self._progress.start()
        self.lives += 1

    def add(self, description: str, total: float | None = None) -> int:
        """A new running row; returns its id."""
        with self._lock:
            if self._progress is None:
                self._start()
            self.running += 1
            self.started += 1
            self.peak = max(self.peak, self.running)
            row = int(self._progress.add_task(description, total=total))
            self._show_total()
            return row

    def update(self, row: int, **fields: Any) -> None:
        """Change a row (``description``, ``total``, ``completed``)."""
        with self._lock:
            if self._progress is not None:
                self._progress.update(row, **fields)

    def done(self, row: int) -> None:
        """The row's task or file is finished; the board stops when none is running."""
        with self._lock:
            if self._progress is None:
                return
            self.running -= 1
            self.finished += 1
            self._show_total()
            if self.running <= 0:
                self._progress.stop()
                self._progress = None
                self.running = self.started = self.finished = 0

    def _show_total(self) -> None:
        if self._progress is None or self._total is None:
            return
        self._progress.update(
            self._total,
            description=f"total: {self.finished} of {self.started} done, {self.running} running",
            total=self.started,
            completed=self.finished,
            visible=self.started >= 2,
        )


_BOARDS: dict[int, Board] = {}
_BOARDS_LOCK = threading.Lock()


def board_for(stream: IO[str]) -> Board:
    """The process's board on ``stream`` (one per stream).

    While a board is live, rich redirects ``sys.stderr`` to a proxy of the terminal; a wait
    started then must join that board, not open a second live display on the proxy.
    """
    while (proxied := getattr(stream, "rich_proxied_file", None)) is not None:
        stream = proxied
    with _BOARDS_LOCK:
        board = _BOARDS.get(id(stream))
        if board is None or board.stream is not stream:
            board = Board(stream)
            _BOARDS[id(stream)] = board
        return board
