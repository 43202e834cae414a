"""Errors of the batch layer: bad input found before anything is sent."""

from __future__ import annotations

from collections.abc import Sequence

from ..errors import GatewayClientError

__all__ = ["BatchInputError", "LineProblem"]


class LineProblem:
    """One thing wrong with one line of the jobs file."""

    __slots__ = ("job_id", "line", "messages", "source")

    def __init__(self, source: str, line: int, messages: Sequence[str], job_id: str | None) -> None:
        self.source = source
        self.line = line
        self.messages = list(messages)
        self.job_id = job_id

    def __str__(self) -> str:
        return f"{self.source}:{self.line}: " + "; ".join(self.messages)

    def to_dict(self) -> dict[str, object]:
        return {"line": self.line, "id": self.job_id, "problems": self.messages}


class BatchInputError(GatewayClientError):
    """The batch cannot start: unreadable jobs, bad lines, an unwritable folder, a missing price.

    Nothing was sent. ``problems`` lists every bad line (empty for other reasons).
    """

    def __init__(self, message: str, problems: Sequence[LineProblem] = ()) -> None:
        self.problems = list(problems)
        shown = [str(p) for p in self.problems[:50]]
        if len(self.problems) > 50:
            shown.append(f"... and {len(self.problems) - 50} more bad lines")
        super().__init__("\n".join([message, *shown]))
