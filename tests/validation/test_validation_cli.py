"""``clientgen validate GATEWAY OPERATION [FILE|-]``: exit codes, output, input forms."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from gateway_runtime.cli import main
from gateway_runtime.cli.validate import parse_payload
from gateway_runtime.spec import GatewaySpec

from .conftest import run_cli

GOOD = {
    "model": "seedream-5.0",
    "prompt": "一只柴犬穿宇航服站在月球上",
    "size": "16:9",
    "resolution": "2K",
}
BAD = {"model": "seedream-5.0", "prompt": "p", "image_urls": ["u"] * 16, "n": 0, "promt": "x"}


@pytest.fixture
def qingbo(gen_dir: Path) -> Path:
    if not (gen_dir / "qingbo" / "spec.json").is_file():
        pytest.fail("specs/qingbo.yaml could not be generated")
    return gen_dir


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_valid_payload_exits_0(qingbo: Path, tmp_path: Path) -> None:
    f = write(tmp_path, "ok.json", json.dumps(GOOD))
    r = run_cli("--generated", qingbo, "qingbo", "createTask", f)
    assert (r.returncode, r.stdout, r.stderr) == (0, "createTask: valid\n", "")


def test_invalid_payload_exits_1_one_problem_per_line(qingbo: Path, tmp_path: Path) -> None:
    f = write(tmp_path, "bad.json", json.dumps(BAD))
    r = run_cli("--generated", qingbo, "qingbo", "createTask", f)
    assert r.returncode == 1
    lines = r.stdout.splitlines()
    assert "image_urls: 16 items, at most 14 allowed" in lines
    assert "n: 0 is less than the minimum 1" in lines
    assert any(line.startswith("image_urls + n: ") for line in lines)
    assert all(": " in line for line in lines)
    warnings = [line for line in lines if line.startswith("warning: ")]
    assert warnings == ["warning: promt: unknown field; did you mean 'prompt'?"]
    assert r.stderr.strip().endswith(f"{len(lines) - len(warnings)} problems")


@pytest.mark.parametrize("name", ["createTask", "tasks.create", "POST /v1/tasks"])
def test_operation_names(qingbo: Path, name: str) -> None:
    r = run_cli("--generated", qingbo, "qingbo", name, "-", stdin=json.dumps(GOOD))
    assert r.returncode == 0, r.stderr


def test_stdin_is_the_default(qingbo: Path) -> None:
    r = run_cli(
        "--generated", qingbo, "qingbo", "createTask", stdin=json.dumps({"model": "seedream-5.0"})
    )
    assert (r.returncode, r.stdout) == (1, "prompt: required\n")


def test_yaml_input(qingbo: Path, tmp_path: Path) -> None:
    """YAML 1.2 scalars: ``16:9`` stays a string (PyYAML's 1.1 default would read 969)."""
    f = write(
        tmp_path,
        "p.yaml",
        "model: seedream-5.0\nprompt: 柴犬\nsize: 16:9\nn: 2\nwatermark: false\n",
    )
    assert run_cli("--generated", qingbo, "qingbo", "createTask", f).returncode == 0
    f = write(tmp_path, "p2.yaml", "model: seedream-5.0\nprompt: x\nsize: 4:5\nwatermark: no\n")
    r = run_cli("--generated", qingbo, "qingbo", "createTask", f)
    assert r.stdout.splitlines() == ['watermark: expected boolean, got string "no"']


def test_json_output(qingbo: Path) -> None:
    r = run_cli("--generated", qingbo, "qingbo", "createTask", "-", "--json", stdin=json.dumps(BAD))
    assert r.returncode == 1
    data = json.loads(r.stdout)
    assert (
        data["valid"] is False and data["gateway"] == "qingbo" and data["operation"] == "createTask"
    )
    found = {(p["path"], p["rule"]): p for p in data["problems"]}
    assert found["image_urls", "maxItems"]["allowed"] == "at most 14 items"
    assert found["image_urls", "x-rules:max-sum"]["allowed"] == "at most 15"
    assert set(data["problems"][0]) == {"path", "rule", "message", "allowed"}
    r = run_cli("--generated", qingbo, "qingbo", "createTask", "--json", stdin=json.dumps(GOOD))
    assert (r.returncode, json.loads(r.stdout)["problems"]) == (0, [])


@pytest.mark.parametrize(
    ("args", "stdin", "expected"),
    [
        (["qingbo", "createTask"], "{not json", "<stdin>: invalid JSON at line 1, column 2"),
        (
            ["qingbo", "createTask"],
            "a: [1\nb: 2",
            "neither JSON nor YAML (YAML error at line 2, column 2)",
        ),
        (["qingbo", "createTask"], "just some words", "neither a JSON nor a YAML document"),
        (["qingbo", "createTask"], "   \n", "empty input"),
        (["qingbo", "createTask", "/nonexistent/payload.json"], "", "no such file"),
        (["qinbo", "createTask"], "{}", "unknown gateway 'qinbo'; did you mean 'qingbo'"),
        (["qingbo", "createTsk"], "{}", "did you mean 'createTask'"),
        (["qingbo", "POST /v1/task"], "{}", "'POST /v1/tasks'"),
        (["qingbo"], "{}", "the following arguments are required: operation"),
        (["qingbo", "createTask", "--bogus"], "{}", "unrecognized arguments: --bogus"),
    ],
)
def test_unusable_input_exits_2(qingbo: Path, args: list[str], stdin: str, expected: str) -> None:
    r = run_cli("--generated", qingbo, *args, stdin=stdin)
    assert r.returncode == 2
    assert r.stdout == ""
    assert len(r.stderr.splitlines()) == 1, r.stderr
    assert r.stderr.startswith("error: ") and expected in r.stderr, r.stderr
    assert "Traceback" not in r.stderr


def test_unusable_input_json(qingbo: Path) -> None:
    r = run_cli("--generated", qingbo, "qingbo", "createTsk", "--json", stdin="{}")
    assert r.returncode == 2
    data = json.loads(r.stdout)
    assert data["valid"] is None and "createTask" in data["suggestions"]


def test_directory_as_file(qingbo: Path, tmp_path: Path) -> None:
    r = run_cli("--generated", qingbo, "qingbo", "createTask", tmp_path)
    assert (r.returncode, r.stderr.strip()) == (2, f"error: {tmp_path}: is a directory")


def test_gateway_as_spec_path(qingbo: Path) -> None:
    r = run_cli(qingbo / "qingbo" / "spec.json", "createTask", stdin=json.dumps(GOOD))
    assert r.returncode == 0, r.stderr


def test_generated_folder_of_the_working_directory(qingbo: Path, tmp_path: Path) -> None:
    """Without --generated: the generated package, else ./generated/<name>/spec.json."""
    (tmp_path / "generated" / "qingbo_copy").mkdir(parents=True)
    shutil.copy(
        qingbo / "qingbo" / "spec.json", tmp_path / "generated" / "qingbo_copy" / "spec.json"
    )
    r = run_cli("qingbo_copy", "createTask", stdin=json.dumps(GOOD), cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    r = run_cli("qingbo_cop", "createTask", stdin="{}", cwd=tmp_path)
    assert r.returncode == 2 and "did you mean 'qingbo_copy'" in r.stderr


def test_broken_spec_file(tmp_path: Path) -> None:
    f = write(tmp_path, "spec.json", "{broken")
    r = run_cli(f, "x", stdin="{}")
    assert (
        r.returncode == 2
        and "spec.json: invalid JSON at line 1, column 2" in r.stderr
        and "Traceback" not in r.stderr
    )
    f = write(
        tmp_path,
        "spec2.json",
        '{"operations": {"x": {"method": "POST", "path": "/x", "payload_schema": {"$ref": "#/nope"}}}}',
    )
    r = run_cli(f, "x", stdin="{}")
    assert r.returncode == 2 and "unresolvable $ref" in r.stderr


# -- multipart: string values of binary fields are file paths --------------------------------------


@pytest.mark.parametrize(
    ("gw", "operation"), [("buble", "uploadFile"), ("uniapi", "createImageVariation")]
)
def test_multipart_file_paths(gen_dir: Path, tmp_path: Path, gw: str, operation: str) -> None:
    if not (gen_dir / gw / "spec.json").is_file():
        pytest.fail(f"specs/{gw}.yaml could not be generated")
    image = tmp_path / "cat.png"
    image.write_bytes(b"\x89PNG\r\n")
    op = GatewaySpec.load(gen_dir / gw / "spec.json").operations[operation]
    assert op.body is not None
    (field,) = op.body.binary_fields
    payload = {field: str(image)}
    request = op.payload_schema["$defs"][str(op.payload_schema["$ref"]).split("/")[-1]]
    for extra in request.get("required", []):
        payload.setdefault(extra, "x")
    r = run_cli("--generated", gen_dir, gw, operation, stdin=json.dumps(payload))
    assert r.returncode == 0, r.stdout + r.stderr
    payload[field] = str(tmp_path / "missing.png")
    r = run_cli("--generated", gen_dir, gw, operation, stdin=json.dumps(payload))
    assert r.returncode == 1
    assert r.stdout.splitlines() == [f"{field}: no such file: {tmp_path / 'missing.png'}"]
    payload[field] = str(tmp_path)
    r = run_cli("--generated", gen_dir, gw, operation, stdin=json.dumps(payload))
    assert r.stdout.splitlines() == [f"{field}: is a directory: {tmp_path}"]


# -- in-process -----------------------------------------------------------------------------------


def test_main_in_process(qingbo: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    code = main(
        ["validate", "--generated", str(qingbo), "qingbo", "tasks.create", "-"],
        stdin=io.StringIO(json.dumps(BAD)),
        stdout=out,
        stderr=err,
    )
    assert code == 1 and "image_urls: 16 items, at most 14 allowed" in out.getvalue()


def test_parse_payload() -> None:
    assert parse_payload('{"a": 1}', "x") == {"a": 1}
    assert parse_payload("a: 0x10\nb: 1e3\nc: ~\nd: on\ne: 2024-01-01\nf: 0o7\n", "x") == {
        "a": 16,
        "b": 1000.0,
        "c": None,
        "d": "on",
        "e": "2024-01-01",
        "f": 7,
    }
    assert parse_payload("- 1\n- two\n", "x") == [1, "two"]
    assert (
        parse_payload('"just a string"', "x") == "just a string"
    )  # valid JSON: validated, not rejected
