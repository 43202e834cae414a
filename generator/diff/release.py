"""A package's release: its version, surface snapshot and changelog, decided from what is on disk.

The previous ``surface.json`` and ``CHANGELOG.md`` of the package folder are the baseline; with
no change the three files come out byte for byte as they were, so regenerating is idempotent and
``generate --check`` sees drift when a spec changed but its package was not regenerated. A snapshot
of an older ``format`` (``generator.surface.FORMAT``, raised whenever the surface's shape changes)
is re-based: rewritten, with the version and changelog kept.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.diff import diff_surfaces
from generator.diff.report import Report, render
from generator.diff.versions import decide
from generator.surface import SURFACE_FILE, dumps

CHANGELOG_FILE = "CHANGELOG.md"


@dataclass(frozen=True)
class Release:
    """What one regeneration decided: the version, the report (None the first time) and files."""

    version: str
    report: Report | None
    note: str
    files: dict[str, str]


def _header(package: str) -> str:
    return (
        f"# Changelog of `{package}`\n\n"
        "Written by `make generate`: each entry is the change report of the package's API "
        "surface (`surface.json`) against the previous generation, newest first.\n"
    )


def _previous(folder: Path) -> tuple[dict[str, Any] | None, str]:
    surface_path, changelog_path = folder / SURFACE_FILE, folder / CHANGELOG_FILE
    old: dict[str, Any] | None = None
    if surface_path.is_file():
        try:
            loaded = json.loads(surface_path.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError):
            loaded = None  # a damaged snapshot is a first generation, not a crash
        old = (
            loaded if isinstance(loaded, dict) and isinstance(loaded.get("version"), str) else None
        )
    changelog = changelog_path.read_text(encoding="utf-8") if changelog_path.is_file() else ""
    return old, changelog


def _entries(changelog: str, package: str) -> str:
    """The entries of an existing changelog (its header removed)."""
    header = _header(package)
    return changelog[len(header) :].lstrip("\n") if changelog.startswith(header) else changelog


def plan_release(folder: Path, surface: dict[str, Any], source: str) -> Release:
    """The next release of the package whose previous generation is in folder."""
    package = str(surface["package"])
    spec_version = str(surface.get("spec_version", ""))
    old, changelog = _previous(folder)
    if old is None:
        version = decide(None, spec_version, Report(())).version
        entry = (
            f"## {version}\n\nFirst generated from `{source}` (info.version `{spec_version}`).\n"
        )
        new_changelog = _header(package) + "\n" + entry
        report: Report | None = None
        note = ""
    elif old.get("format") != surface.get("format"):
        # A snapshot of another format cannot be compared field by field: re-based, not a release.
        version, report, note = str(old["version"]), Report(()), ""
        new_changelog = changelog or _header(package)
    else:
        report = diff_surfaces(old, surface)
        decision = decide(str(old["version"]), spec_version, report)
        version, note = decision.version, decision.note
        if report.level is None and changelog:
            new_changelog = changelog
        else:
            body = render(report, "markdown", f"From `{source}` (info.version `{spec_version}`)")
            noted = f"\nNote: {note}.\n" if note else ""
            rest = _entries(changelog, package)
            entry = f"## {version}\n\n{body}{noted}"
            new_changelog = _header(package) + "\n" + entry + ("\n" + rest if rest else "")
    snapshot = {**surface, "version": version}
    files = {SURFACE_FILE: dumps(snapshot), CHANGELOG_FILE: new_changelog}
    return Release(version, report, note, files)


__all__ = ["CHANGELOG_FILE", "Release", "plan_release"]
