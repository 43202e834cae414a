"""Installable clients: the runtime and a generated client go into a fresh venv with plain pip.

``test_install_*`` is slow (a venv and pip from the package index): marked ``slow``, run by
``make test-slow`` (which .ci/run calls), not by ``make test``.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]
RUNTIME = PROJECT / "gateway_runtime"


def _requirement_names(requirements: list[str]) -> dict[str, str]:
    return {r.split(">")[0].split("<")[0].split("=")[0].strip().lower(): r for r in requirements}


GENERATOR_ONLY = {
    "jinja2",
    "datamodel-code-generator",
    "ruff",
    "jsonschema",
    "openapi-spec-validator",
}


def _third_party_imports(folder: Path) -> set[str]:
    """Top-level modules imported by the runtime that are neither stdlib nor the runtime itself."""
    names: set[str] = set()
    for file in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(file.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                names.update(a.name.split(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    return names - set(sys.stdlib_module_names) - {"gateway_runtime", "__future__"}


def test_runtime_distribution_needs_only_what_clients_use() -> None:
    runtime = tomllib.loads((RUNTIME / "pyproject.toml").read_text("utf-8"))["project"]
    root = tomllib.loads((PROJECT / "pyproject.toml").read_text("utf-8"))["project"]
    needs = _requirement_names(runtime["dependencies"])
    optional = _requirement_names(runtime["optional-dependencies"]["yaml"])
    assert not GENERATOR_ONLY & set(needs)
    assert needs.items() <= _requirement_names(root["dependencies"]).items()
    batch = _requirement_names(runtime["optional-dependencies"]["batch"])
    assert batch.items() <= _requirement_names(root["dependencies"]).items()
    imported = {name.replace("_", "-") for name in _third_party_imports(RUNTIME)}
    assert imported - {"yaml"} - set(batch) <= set(needs), "declare every runtime import"
    assert "pyyaml" in optional  # YAML payload files: optional, imported only when present
    assert runtime["scripts"] == root["scripts"] == {"clientgen": "gateway_runtime.cli:console"}


def _run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> str:
    proc = subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc.stdout


@pytest.mark.slow
def test_install_a_generated_client_in_a_fresh_venv(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _run(sys.executable, "-m", "generator", "generate", "qingbo", "--out", out, cwd=PROJECT)
    venv = tmp_path / "venv"
    _run(sys.executable, "-m", "venv", venv, cwd=tmp_path)
    python = venv / "bin" / "python"
    _run(python, "-m", "pip", "install", "--quiet", RUNTIME, out / "qingbo", cwd=tmp_path)

    elsewhere = tmp_path / "another-project"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["QINGBO_BASE_URL"] = "http://127.0.0.1:9"
    code = (
        "import json, sys, importlib.util\n"
        "from qingbo import Qingbo, validate\n"
        "c = Qingbo(api_key='k', journal=False)\n"
        "problems = validate('tasks.create', {'model': 'seedream-5.0', 'prompt': 'p', 'n': 0})\n"
        "absent = [m for m in ('jinja2', 'datamodel_code_generator', 'ruff', 'yaml', 'generator',"
        " 'generated') if importlib.util.find_spec(m) is not None]\n"
        "print(json.dumps([c._core.base_url, len(problems), absent, Qingbo.__module__]))\n"
    )
    base_url, problems, present, module = json.loads(
        _run(python, "-c", code, cwd=elsewhere, env=env)
    )
    assert (base_url, problems, present, module) == ("http://127.0.0.1:9", 1, [], "qingbo.client")

    clientgen = venv / "bin" / "clientgen"
    ops = _run(clientgen, "ops", "qingbo", cwd=elsewhere, env=env)
    assert "client.tasks.create" in ops
    docs = _run(clientgen, "docs", "qingbo", cwd=elsewhere, env=env)
    assert docs == (out / "qingbo" / "README.md").read_text("utf-8")
    usage = subprocess.run(
        [clientgen, "generate"], cwd=elsewhere, env=env, capture_output=True, text=True, check=False
    )
    assert usage.returncode == 2  # no generator here: the command says where it comes from
    assert "'generate' comes with the generator" in usage.stderr
