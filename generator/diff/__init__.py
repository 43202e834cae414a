"""What a spec change does to callers: surfaces compared as data, classified by named rules.

``changes`` computes the difference of two surfaces (``generator.surface``) once; ``rules`` holds
the checks (id, level, message template); ``report`` renders the findings as text, JSON or
markdown; ``versions`` turns a report into the next semantic version; ``release`` writes the
package's version, snapshot and changelog; ``command`` is ``clientgen diff``.
"""

from __future__ import annotations

from typing import Any

from generator.diff.changes import Change, compute_changes
from generator.diff.report import Finding, Report, render


def diff_surfaces(old: dict[str, Any], new: dict[str, Any]) -> Report:
    """The classified report of what changed from surface old to surface new."""
    return Report.of(compute_changes(old, new))


__all__ = ["Change", "Finding", "Report", "compute_changes", "diff_surfaces", "render"]
