"""Findings (a classified change in words) and their renderings: text, JSON and markdown.

The three formats print the same findings; the changelog entry is the markdown rendering.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

from generator.diff.changes import Change
from generator.diff.rules import LEVELS, rule_for
from generator.diff.words import context

FORMATS = ("text", "json", "markdown")
_TITLES = {
    "breaking": "Breaking",
    "may-break": "May break",
    "compatible": "Compatible",
    "documentation": "Documentation",
}


@dataclass(frozen=True)
class Finding:
    """A change as a caller reads it: rule id, level, message, and where it is."""

    id: str
    level: str
    message: str
    operation: str
    direction: str
    path: str


def classify(change: Change) -> Finding:
    """The finding a change gives under the first rule that applies."""
    rule = rule_for(change)
    message = rule.template.format(**context(change))
    return Finding(rule.id, rule.level, message, change.operation, change.direction, change.path)


@dataclass(frozen=True)
class Report:
    """Every finding of one comparison, worst first."""

    findings: tuple[Finding, ...]

    @classmethod
    def of(cls, changes: list[Change]) -> Report:
        """Classify changes; findings ordered by level, then operation and path."""
        found = {classify(c) for c in changes}
        order = {level: i for i, level in enumerate(LEVELS)}
        ranked = sorted(
            found, key=lambda f: (order[f.level], f.operation, f.direction, f.path, f.id, f.message)
        )
        return cls(tuple(ranked))

    def count(self, level: str) -> int:
        """How many findings have level."""
        return sum(1 for f in self.findings if f.level == level)

    @property
    def level(self) -> str | None:
        """The worst level found (None when nothing changed)."""
        return self.findings[0].level if self.findings else None

    def at_least(self, level: str) -> bool:
        """Whether some finding is at level or worse."""
        worst = self.level
        return worst is not None and LEVELS.index(worst) <= LEVELS.index(level)

    def summary(self) -> str:
        """``2 breaking, 1 may break, 3 compatible`` (or ``no changes``)."""
        parts = [f"{self.count(lv)} {lv.replace('-', ' ')}" for lv in LEVELS if self.count(lv)]
        return ", ".join(parts) if parts else "no changes"

    def as_data(self) -> dict[str, Any]:
        """The JSON form: a summary by level and every finding."""
        return {
            "level": self.level,
            "summary": {lv: self.count(lv) for lv in LEVELS},
            "findings": [asdict(f) for f in self.findings],
        }


def render_text(report: Report, title: str = "") -> str:
    """For a terminal: one line per finding, level first, rule id last."""
    head = f"{title}: {report.summary()}" if title else report.summary()
    width = max((len(f.level) for f in report.findings), default=0)
    lines = [head] + [
        f"  {f.level.upper():<{width}}  {_plain(f.message)}  [{f.id}]" for f in report.findings
    ]
    return "\n".join(lines) + "\n"


def render_markdown(report: Report, title: str = "") -> str:
    """For a changelog or a pull request: a section per level, a bullet per finding."""
    lines = [f"{title}: {report.summary()}" if title else report.summary()]
    for level in LEVELS:
        found = [f for f in report.findings if f.level == level]
        if not found:
            continue
        lines += ["", f"### {_TITLES[level]}", ""]
        lines += [f"- {f.message} (`{f.id}`)" for f in found]
    return "\n".join(lines) + "\n"


def render_json(report: Report, title: str = "") -> str:
    """For CI: the report as one JSON document."""
    data = report.as_data()
    if title:
        data = {"title": title, **data}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def render(report: Report, fmt: str, title: str = "") -> str:
    """The report in one of FORMATS."""
    renderers = {"text": render_text, "json": render_json, "markdown": render_markdown}
    return renderers[fmt](report, title)


def _plain(message: str) -> str:
    return message.replace("`", "")


__all__ = ["FORMATS", "Finding", "Report", "classify", "render"]
