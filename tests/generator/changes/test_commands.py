"""``clientgen diff`` and ``clientgen lint`` as a user runs them: formats, exit codes, git sides."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.generator.changes.base import base, schemas, write
from tests.generator.conftest import run_generator


def _pair(tmp_path: Path) -> tuple[Path, Path]:
    new = base()
    schemas(new)["CreateRequest"]["properties"].pop("watermark")
    schemas(new)["Task"]["properties"]["status"]["enum"].append("expired")
    schemas(new)["CreateRequest"]["properties"]["size"]["enum"].append("4:3")
    return write(tmp_path, "old", base()), write(tmp_path, "new", new)


def test_diff_prints_text_by_default_and_fails_on_the_level_asked(tmp_path: Path) -> None:
    old, new = _pair(tmp_path)
    plain = run_generator("diff", old, new)
    assert plain.code == 0, plain.err
    assert "1 breaking, 2 may break, 1 compatible" in plain.out
    assert "client.tasks.create(watermark=...) now raises TypeError" in plain.out
    assert run_generator("diff", old, new, "--fail-on", "breaking").code == 1
    assert run_generator("diff", old, new, "--fail-on", "may-break").code == 1
    compatible_only = write(
        tmp_path, "more", base() | {"info": {"title": "Demo gateway", "version": "1.1.0"}}
    )
    assert run_generator("diff", old, compatible_only, "--fail-on", "may-break").code == 0


def test_diff_json_and_markdown_render_the_same_findings(tmp_path: Path) -> None:
    old, new = _pair(tmp_path)
    data = json.loads(run_generator("diff", old, new, "--format", "json").out)
    assert data["level"] == "breaking"
    assert data["summary"] == {"breaking": 1, "may-break": 2, "compatible": 1, "documentation": 0}
    ids = sorted(f["id"] for f in data["findings"])
    assert ids == sorted(
        [
            "request-argument-removed",
            "response-enum-value-added",
            "response-enum-value-added",
            "request-enum-value-added",
        ]
    )
    markdown = run_generator("diff", old, new, "--format", "markdown").out
    assert (
        "### Breaking" in markdown and "### May break" in markdown and "### Compatible" in markdown
    )
    for finding in data["findings"]:
        assert finding["message"] in markdown


def test_diff_reads_a_side_from_git() -> None:
    same = run_generator("diff", "git:HEAD:specs/qingbo.yaml", "specs/qingbo.yaml")
    # The working tree may differ from HEAD only where someone is editing; the command itself works.
    assert same.code == 0, same.err
    assert "→ specs/qingbo.yaml" in same.out
    missing = run_generator("diff", "git:HEAD:specs/nope.yaml", "specs/qingbo.yaml")
    assert missing.code == 2
    assert "nope.yaml" in missing.err and "Traceback" not in missing.err


def test_diff_refuses_bad_input_with_exit_2_and_a_located_message(tmp_path: Path) -> None:
    old, _ = _pair(tmp_path)
    broken = tmp_path / "broken.yaml"
    broken.write_text("openapi: 3.1.0\ninfo: {title: x}\npaths: {}\n", encoding="utf-8")
    result = run_generator("diff", old, broken)
    assert result.code == 2
    assert "broken.yaml" in result.err and "unusable spec" in result.err
    assert "Traceback" not in result.err
    assert run_generator("diff", old, tmp_path / "absent.yaml").code == 2
    assert run_generator("diff", old, "git:HEAD").code == 2


def test_diff_of_two_broken_specs_names_the_old_one_first_with_its_line(tmp_path: Path) -> None:
    """The sides are read in two processes; the report is still OLD's problem, located."""
    old = tmp_path / "old.yaml"
    old.write_text("openapi: 3.1.0\ninfo: {title: x}\npaths: {}\n", encoding="utf-8")
    new = tmp_path / "new.yaml"
    new.write_text("openapi: 3.1.0\ninfo: {title: y, version: '1'}\npaths: 7\n", encoding="utf-8")
    result = run_generator("diff", old, new)
    assert result.code == 2
    assert f"{old}:2: at /info" in result.err and "'version' is a required property" in result.err
    assert "new.yaml" not in result.err and "Traceback" not in result.err
    only_new = run_generator("diff", write(tmp_path, "fine", base()), new)
    assert only_new.code == 2 and f"{new}:3: at /paths" in only_new.err


def test_lint_warns_by_default_and_fails_under_strict(tmp_path: Path) -> None:
    spec = base()
    spec["x-task"] = {}
    spec["x-tasks"]["job"]["status"] = "/state"
    path = write(tmp_path, "typo", spec)
    warned = run_generator("lint", path)
    assert warned.code == 0
    assert f"{path}:" in warned.out
    assert (
        "at /x-task warning: unknown extension x-task; did you mean x-tasks? [extension-unknown]"
        in warned.out
    )
    assert (
        "at /x-tasks/job/status warning: status '/state' names no field of the reply of getTask"
        in warned.out
    )
    strict = run_generator("lint", path, "--strict", "--format", "json")
    assert strict.code == 2
    records = json.loads(strict.out)
    assert {r["rule"] for r in records} == {"extension-unknown", "task-pointer-unresolved"}
    assert all(r["level"] == "error" and r["line"] and r["pointer"] for r in records)


def test_generate_runs_the_linter_warning_by_default_and_refusing_under_strict(
    tmp_path: Path,
) -> None:
    spec = base()
    spec["x-tasks"]["job"]["source"] = ["docs"]
    path = write(tmp_path, "demo", spec)
    out = tmp_path / "out"
    lenient = run_generator("generate", path, "--out", out)
    assert lenient.code == 0, lenient.err
    assert "source 'docs' is not declared in x-gateway.sources; did you mean 'doc'?" in lenient.err
    strict = run_generator("generate", path, "--out", tmp_path / "strict", "--strict")
    assert strict.code == 2
    assert "error: source 'docs'" in strict.err
    assert not (tmp_path / "strict" / "demo").exists()


def test_the_five_specs_lint_clean_under_strict() -> None:
    result = run_generator("lint", "--strict", "buble", "gptnb", "qingbo", "uniall", "uniapi")
    assert result.code == 0, result.out + result.err
    assert result.out.count(": clean") == 5


def test_two_revisions_in_differently_named_files_are_one_package(tmp_path: Path) -> None:
    spec = base()
    del spec["x-gateway"]["name"]
    old, new = write(tmp_path, "openai-old", spec), write(tmp_path, "openai-new", spec)
    result = run_generator("diff", old, new)
    assert result.code == 0, result.err
    assert "no changes" in result.out


def test_every_rule_is_documented() -> None:
    from generator.diff.rules import RULES
    from tests.generator.conftest import PROJECT

    text = (PROJECT / "docs" / "changes.md").read_text(encoding="utf-8")
    assert [r.id for r in RULES if f"| `{r.id}` |" not in text] == []


def test_a_committed_snapshot_is_a_side(tmp_path: Path) -> None:
    old, new = _pair(tmp_path)
    out = tmp_path / "out"
    assert run_generator("generate", old, "--out", out).code == 0
    snapshot = out / "demo" / "surface.json"
    from_snapshot = run_generator("diff", snapshot, new, "--format", "json")
    from_spec = run_generator("diff", old, new, "--format", "json")
    assert from_snapshot.code == 0, from_snapshot.err
    assert json.loads(from_snapshot.out) == json.loads(from_spec.out)
    assert (
        "no changes"
        in run_generator("diff", "git:HEAD:generated/qingbo/surface.json", "specs/qingbo.yaml").out
    )
    (tmp_path / "surface.json").write_text('{"format": 0}', encoding="utf-8")
    refused = run_generator("diff", tmp_path / "surface.json", new)
    assert refused.code == 2 and "not a surface snapshot" in refused.err


def test_python_m_generator_diff_writes_all_of_its_report_and_its_exit_code(
    tmp_path: Path,
) -> None:
    """``python -m generator diff`` leaves without the interpreter's teardown (``__main__``): its
    report must still be written whole, to a pipe, with the exit code of ``--fail-on``."""
    old, new = _pair(tmp_path)
    command = [sys.executable, "-m", "generator", "diff", str(old), str(new), "--format", "json"]
    done = subprocess.run(
        [*command, "--fail-on", "breaking"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 1, done.stderr
    in_process = run_generator("diff", old, new, "--format", "json")
    assert done.stdout == in_process.out and json.loads(done.stdout)["level"] == "breaking"
    broken = tmp_path / "broken.yaml"
    broken.write_text("openapi: 3.1.0\ninfo: {title: x}\npaths: {}\n", encoding="utf-8")
    refused = subprocess.run(
        [*command[:4], str(old), str(broken)], capture_output=True, text=True, check=False
    )
    assert refused.returncode == 2 and f"{broken}:2" in refused.stderr
