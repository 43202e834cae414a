"""Semantic versions of generated packages, bumped from a change report.

Major for a breaking change, minor for anything else a caller can see (additions, may-break),
patch for documentation only. A spec whose ``info.version`` is itself a semantic version is
respected: the package takes it when it is at least the bump, and a note says when it is not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.diff.report import Report

_SEMVER = re.compile(r"^v?(\d+)\.(\d+)\.(\d+)$")
FIRST = "0.1.0"


def parse(text: str) -> tuple[int, int, int] | None:
    """(major, minor, patch) of ``1.2.3`` or ``v1.2.3``; None for anything else."""
    match = _SEMVER.match(text.strip())
    if match is None:
        return None
    major, minor, patch = (int(g) for g in match.groups())
    return major, minor, patch


def _text(version: tuple[int, int, int]) -> str:
    return ".".join(str(n) for n in version)


def bump(previous: str, report: Report) -> str:
    """The version after previous for the change report (previous itself when nothing changed)."""
    current = parse(previous) or (0, 1, 0)
    major, minor, patch = current
    if report.level is None:
        return _text(current)
    if report.level == "breaking":
        return _text((major + 1, 0, 0))
    if report.level == "documentation":
        return _text((major, minor, patch + 1))
    return _text((major, minor + 1, 0))


@dataclass(frozen=True)
class Decision:
    """The package version chosen and, when the spec's own version disagrees, why."""

    version: str
    note: str = ""


def decide(previous: str | None, spec_version: str, report: Report) -> Decision:
    """The package's next version: the bump, or the spec's ``info.version`` when that is higher."""
    declared = parse(spec_version)
    if previous is None:
        return Decision(_text(declared) if declared else FIRST)
    if report.level is None:
        return Decision(previous)
    wanted = bump(previous, report)
    if declared is None:
        return Decision(wanted)
    if declared >= (parse(wanted) or (0, 0, 0)):
        return Decision(_text(declared))
    note = (
        f"info.version {spec_version} does not reflect this change "
        f"({report.level or 'none'}: {wanted} expected after {previous}); the package is {wanted}"
    )
    return Decision(wanted, note)


__all__ = ["FIRST", "Decision", "bump", "decide", "parse"]
