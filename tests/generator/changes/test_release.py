"""Versions, changelogs and snapshots written by ``generate``: bumped from the change, idempotent."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from tests.generator.changes.base import base, schemas, write
from tests.generator.conftest import run_generator


def _generate(spec: dict[str, Any], folder: Path, *extra: str) -> tuple[str, str]:
    folder.mkdir(parents=True, exist_ok=True)
    path = write(folder, "demo", spec)
    result = run_generator("generate", path, "--out", folder / "out", *extra)
    assert result.code == 0, result.err
    return result.out, result.err


def _version(folder: Path) -> str:
    text = (folder / "out" / "demo" / "pyproject.toml").read_text(encoding="utf-8")
    match = re.search(r'^version = "([^"]+)"$', text, re.M)
    assert match is not None
    return match.group(1)


def _files(folder: Path) -> dict[str, bytes]:
    package = folder / "out" / "demo"
    return {p.name: p.read_bytes() for p in package.iterdir() if p.is_file()}


def _unversioned() -> dict[str, Any]:
    spec = base()
    spec["info"]["version"] = "doc-2025"
    return spec


def test_first_generation_takes_the_specs_semver_or_0_1_0(tmp_path: Path) -> None:
    _generate(base(), tmp_path / "a")
    assert _version(tmp_path / "a") == "1.0.0"
    out, _ = _generate(_unversioned(), tmp_path / "b")
    assert _version(tmp_path / "b") == "0.1.0"
    assert "demo 0.1.0: first generation" in out
    changelog = (tmp_path / "b" / "out" / "demo" / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "## 0.1.0\n\nFirst generated from `demo.yaml`" in changelog
    surface = json.loads(
        (tmp_path / "b" / "out" / "demo" / "surface.json").read_text(encoding="utf-8")
    )
    assert surface["version"] == "0.1.0" and "tasks.create" in surface["operations"]


def test_regenerating_an_unchanged_spec_changes_no_byte(tmp_path: Path) -> None:
    _generate(_unversioned(), tmp_path)
    before = _files(tmp_path)
    out, _ = _generate(_unversioned(), tmp_path)
    assert _files(tmp_path) == before
    assert "demo 0." not in out  # no report: nothing changed
    check = run_generator("generate", tmp_path / "demo.yaml", "--out", tmp_path / "out", "--check")
    assert check.code == 0, check.err


def test_each_level_bumps_its_part_and_the_report_becomes_the_changelog_entry(
    tmp_path: Path,
) -> None:
    spec = _unversioned()
    _generate(spec, tmp_path)
    spec["components"]["schemas"]["CreateRequest"]["properties"]["prompt"]["description"] = (
        "In English."
    )
    _generate(spec, tmp_path)
    assert _version(tmp_path) == "0.1.1"
    spec["components"]["schemas"]["CreateRequest"]["properties"]["size"]["enum"].append("4:3")
    out, _ = _generate(spec, tmp_path)
    assert _version(tmp_path) == "0.2.0"
    assert "demo 0.2.0: 1 compatible" in out
    schemas(spec)["CreateRequest"]["properties"].pop("watermark")
    out, _ = _generate(spec, tmp_path)
    assert _version(tmp_path) == "1.0.0"
    assert "client.tasks.create(watermark=...) now raises TypeError" in out
    changelog = (tmp_path / "out" / "demo" / "CHANGELOG.md").read_text(encoding="utf-8")
    headings = re.findall(r"^## (\S+)", changelog, re.M)
    assert headings == ["1.0.0", "0.2.0", "0.1.1", "0.1.0"]
    newest = changelog.split("## 1.0.0", 1)[1].split("## 0.2.0", 1)[0]
    assert "### Breaking" in newest
    assert "`client.tasks.create(watermark=...)` now raises TypeError" in newest


def test_a_spec_edited_but_not_regenerated_is_drift(tmp_path: Path) -> None:
    spec = _unversioned()
    _generate(spec, tmp_path)
    schemas(spec)["Task"]["properties"]["status"]["enum"].append("expired")
    write(tmp_path, "demo", spec)
    check = run_generator("generate", tmp_path / "demo.yaml", "--out", tmp_path / "out", "--check")
    assert check.code == 1
    assert "demo/surface.json" in check.err


def test_the_specs_own_semver_is_respected_and_checked(tmp_path: Path) -> None:
    spec = base()  # info.version 1.0.0
    _generate(spec, tmp_path)
    spec["info"]["version"] = "1.1.0"
    schemas(spec)["CreateRequest"]["properties"]["size"]["enum"].append("4:3")
    _generate(spec, tmp_path)
    assert _version(tmp_path) == "1.1.0"
    spec["info"]["version"] = "1.2.0"  # a breaking change needs 2.0.0
    schemas(spec)["CreateRequest"]["properties"].pop("watermark")
    out, _ = _generate(spec, tmp_path)
    assert _version(tmp_path) == "2.0.0"
    assert (
        "info.version 1.2.0 does not reflect this change (breaking: 2.0.0 expected after 1.1.0)"
        in out
    )
    changelog = (tmp_path / "out" / "demo" / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "Note: info.version 1.2.0 does not reflect this change" in changelog


def test_the_committed_packages_are_reproduced_byte_for_byte_from_another_directory(
    tmp_path: Path,
) -> None:
    # Snapshots, versions and changelogs included; import sorting must not depend on the cwd.
    result = run_generator("generate", "--check", cwd=tmp_path)
    assert result.code == 0, result.err
