"""The ``clientgen`` command line as a whole: commands, gateway names, exit codes, help."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from gateway_runtime.cli import build_parser, main

from .conftest import clientgen

PROJECT = Path(__file__).resolve().parents[2]
GENERATED = PROJECT / "generated"
COMMANDS = ("generate", "validate", "coverage", "ops", "call", "tasks", "docs")


def test_every_command_is_there_and_every_help_lists_the_exit_codes() -> None:
    parser = build_parser()
    helps = [parser.format_help()]
    sub = next(a for a in parser._actions if a.dest == "command")
    assert set(COMMANDS) <= set(sub.choices)  # type: ignore[arg-type]
    helps += [sub.choices[c].format_help() for c in COMMANDS]  # type: ignore[index]
    for text in helps:
        for line in ("0  success", "1  invalid payload", "2  unusable input", "3  gateway"):
            assert line in text, text


def test_console_script_and_python_m_generator_are_the_same_command() -> None:
    script = Path(sys.executable).with_name("clientgen")
    assert script.is_file(), "pyproject declares the clientgen console script"
    for command in ([str(script)], [sys.executable, "-m", "generator"]):
        r = subprocess.run(
            [*command, "ops", "qingbo", "--output", "json"],
            capture_output=True, text=True, check=False, cwd=PROJECT, timeout=60,
        )  # fmt: skip
        assert r.returncode == 0, r.stderr
        assert json.loads(r.stdout)["gateway"] == "qingbo"
    r = subprocess.run(
        [str(script), "nosuchcommand"], capture_output=True, text=True, check=False, timeout=60
    )
    assert r.returncode == 2 and r.stderr.startswith("error: ") and len(r.stderr.splitlines()) == 1


def test_ops_lists_every_operation_with_method_route_kind_and_summary() -> None:
    r = clientgen("ops", "qingbo")
    assert r.code == 0
    lines = r.out.splitlines()
    assert lines[0].split() == ["METHOD", "ROUTE", "KIND", "SUMMARY"]
    spec = json.loads((GENERATED / "qingbo" / "spec.json").read_text("utf-8"))
    assert len(lines) == 1 + len(spec["operations"])
    create = next(line for line in lines if line.startswith("client.tasks.create "))
    assert "POST /v1/tasks " in create and " task " in create and "Seedream" in create
    retrieve = next(line for line in lines if line.startswith("client.tasks.retrieve "))
    assert " call " in retrieve
    stream = clientgen("ops", "gptnb", "--output", "json")
    kinds = {op["kind"] for op in json.loads(stream.out)["operations"]}
    assert kinds == {"task", "call", "stream", "call/stream"}


@pytest.mark.parametrize(
    "name",
    [
        "qingbo",
        str(GENERATED / "qingbo"),
        str(GENERATED / "qingbo" / "spec.json"),
        str(PROJECT / "specs" / "qingbo.yaml"),
    ],
)
def test_a_gateway_is_named_the_same_way_everywhere(name: str) -> None:
    expected = clientgen("ops", "qingbo").out
    assert clientgen("ops", name).out == expected
    assert (
        clientgen(
            "validate", name, "tasks.create", stdin='{"model": "seedream-5.0", "prompt": "p"}'
        ).code
        == 0
    )
    assert clientgen("docs", name).out == (GENERATED / "qingbo" / "README.md").read_text("utf-8")


def test_generator_commands_take_names_too() -> None:
    r = subprocess.run(
        [sys.executable, "-m", "generator", "coverage", "qingbo", "--summary"],
        capture_output=True, text=True, check=False, cwd=PROJECT, timeout=120,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("qingbo: ")
    r = clientgen("coverage", "qingbp")
    assert r.code == 2 and "did you mean qingbo" in r.err


def test_unknown_gateway_suggests_close_names() -> None:
    for command in (["ops"], ["docs"], ["validate"], ["call"]):
        r = clientgen(*command, "unial", *(["x"] if command[0] in ("validate", "call") else []))
        assert r.code == 2 and "did you mean 'uniall'" in r.err, r.err


def test_an_empty_or_missing_journal_is_not_an_error(tmp_path: Path) -> None:
    r = clientgen("tasks", "list", "--journal", tmp_path / "none.sqlite3")
    assert (r.code, r.out) == (0, "no unfinished tasks\n")
    r = clientgen("tasks", "list", "--output", "json", "--journal", tmp_path / "none.sqlite3")
    assert (r.code, json.loads(r.out)) == (0, [])
    r = clientgen("tasks", "resume", "t-1", "--journal", tmp_path / "none.sqlite3")
    assert r.code == 2 and "not in the journal" in r.err


def test_usage_errors_are_one_line_exit_2() -> None:
    for args in (["tasks"], ["ops"], ["call", "qingbo"], ["ops", "qingbo", "--output", "xml"]):
        r = clientgen(*args)
        assert r.code == 2, args
        assert r.err.startswith("error: ") and len(r.err.splitlines()) == 1, r.err


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_reading_stdin_at_a_terminal_is_announced() -> None:
    err = io.StringIO()
    code = main(
        ["validate", "qingbo", "tasks.create"],
        stdin=_Terminal('{"model": "seedream-5.0", "prompt": "p"}'),
        stdout=io.StringIO(),
        stderr=err,
    )
    assert code == 0
    assert err.getvalue().startswith("reading the payload from standard input")
    quiet = clientgen(
        "validate", "qingbo", "tasks.create", stdin='{"model": "seedream-5.0", "prompt": "p"}'
    )
    assert quiet.err == ""  # piped input: nothing to announce


def test_a_reader_that_leaves_early_is_not_an_error() -> None:
    """``clientgen ops gptnb | head``: the closed pipe ends the command quietly, exit 0."""

    class ClosedPipe(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

    err = io.StringIO()
    code = main(["ops", "gptnb"], stdout=ClosedPipe(), stderr=err)
    assert code == 0
    assert err.getvalue() == ""


def test_generator_commands_without_the_generator_say_where_they_come_from(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A runtime-only install (pip install gateway_runtime) has no generate/coverage/simulate."""
    monkeypatch.setattr("gateway_runtime.cli._plugins", lambda: [])
    result = clientgen("simulate", "qingbo")
    assert result.code == 2
    assert "comes with the generator" in result.err
    assert "ops, call, validate, tasks, batch, docs" in result.err
    assert "Traceback" not in result.err


def test_the_installed_commands_are_looked_up_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Saying a generator command is missing reuses the parser's lookup of the entry points
    (about 20 ms each), and a command registered by another distribution is not called missing."""
    import importlib.metadata

    lookups: list[str] = []

    def entry_points(*, group: str) -> list[importlib.metadata.EntryPoint]:
        lookups.append(group)
        return []

    monkeypatch.setattr(importlib.metadata, "entry_points", entry_points)
    result = clientgen("simulate", "qingbo")
    assert result.code == 2 and "comes with the generator" in result.err
    assert lookups == ["clientgen.commands"]
