"""Fixtures for the validation suite: the real specs generated once into a temporary folder."""

from __future__ import annotations

import atexit
import functools
import importlib.util
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from gateway_runtime.spec import GatewaySpec, OperationSpec
from gateway_runtime.validation import Problem, validate_operation_payload

PROJECT = Path(__file__).resolve().parents[2]
GATEWAYS = ("buble", "gptnb", "qingbo", "uniall", "uniapi")


def run_cli(
    *args: str | Path, stdin: str = "", cwd: Path = PROJECT
) -> subprocess.CompletedProcess[str]:
    """``python -m generator validate ARGS`` as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "generator", "validate", *map(str, args)],
        input=stdin,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@functools.cache
def generated_dir() -> Path:
    """Every spec in specs/ generated (by the real generator) into one temporary folder, once.

    A function rather than only a fixture so test modules can parametrize from the specs.
    """
    out = Path(tempfile.mkdtemp(prefix="validation-generated-"))
    atexit.register(shutil.rmtree, out, ignore_errors=True)
    cmd = [sys.executable, "-m", "generator", "generate", "--out", str(out)]
    proc = subprocess.run(
        cmd, cwd=PROJECT, capture_output=True, text=True, timeout=600, check=False
    )
    if proc.returncode != 0:  # one broken spec must not hide the others: one at a time
        for spec in sorted((PROJECT / "specs").glob("*.yaml")):
            subprocess.run(
                [*cmd, str(spec)], cwd=PROJECT, capture_output=True, timeout=300, check=False
            )
    return out


def generated_spec(name: str) -> GatewaySpec | None:
    """A generated gateway's spec, or None when its spec could not be generated."""
    path = generated_dir() / name / "spec.json"
    return GatewaySpec.load(path, module=f"generated.{name}") if path.is_file() else None


@pytest.fixture(scope="session")
def gen_dir() -> Path:
    """The folder of :func:`generated_dir`."""
    return generated_dir()


@pytest.fixture(scope="session")
def gateway(gen_dir: Path) -> Callable[[str], GatewaySpec]:
    """Load a generated gateway's spec.json (skips when that spec could not be generated)."""
    cache: dict[str, GatewaySpec] = {}

    def load(name: str) -> GatewaySpec:
        if name not in cache:
            path = gen_dir / name / "spec.json"
            if not path.is_file():
                pytest.fail(f"specs/{name}.yaml could not be generated")
            cache[name] = GatewaySpec.load(path, module=f"generated.{name}")
        return cache[name]

    return load


@pytest.fixture(scope="session")
def models(gen_dir: Path) -> Callable[[str], ModuleType]:
    """Import a generated gateway's models.py (pydantic request/response models)."""
    cache: dict[str, ModuleType] = {}

    def load(name: str) -> ModuleType:
        if name not in cache:
            path = gen_dir / name / "models.py"
            if not path.is_file():
                pytest.fail(f"specs/{name}.yaml could not be generated")
            spec = importlib.util.spec_from_file_location(f"_validation_models_{name}", path)
            assert spec is not None and spec.loader is not None
            module = importlib.util.module_from_spec(spec)
            sys.modules[spec.name] = module
            spec.loader.exec_module(module)
            cache[name] = module
        return cache[name]

    return load


class Checker:
    """Validate payloads for one operation and assert on the problems, tersely."""

    def __init__(self, op: OperationSpec) -> None:
        self.op = op

    def problems(self, payload: Any) -> list[Problem]:
        return validate_operation_payload(self.op, payload)

    def ok(self, payload: Any) -> None:
        got = self.problems(payload)
        assert got == [], "\n".join(p.message for p in got)

    def bad(self, payload: Any, path: str, rule: str | None = None, text: str = "") -> Problem:
        """Assert a problem at ``path`` (rule and a message fragment optional); return it."""
        got = self.problems(payload)
        hits = [p for p in got if p.path == path and (rule is None or p.rule == rule)]
        listing = "\n".join(f"{p.path} [{p.rule}] {p.message}" for p in got) or "(no problems)"
        assert hits, f"expected a problem at {path} ({rule}); got:\n{listing}"
        assert any(text in p.message for p in hits), f"expected {text!r} in:\n{listing}"
        return next(p for p in hits if text in p.message)


@pytest.fixture(scope="session")
def op(gateway: Callable[[str], GatewaySpec]) -> Callable[[str, str], Checker]:
    """``op("qingbo", "createTask")``: a :class:`Checker` for that operation."""

    def make(name: str, operation: str) -> Checker:
        spec = gateway(name)
        if operation not in spec.operations:
            pytest.fail(f"{name} has no operation {operation}")
        return Checker(spec.operations[operation])

    return make


@pytest.fixture
def qingbo_client(gen_dir: Path) -> Callable[..., Any]:
    """Build the generated Qingbo client over a transport that records what was sent."""
    pkg = gen_dir / "qingbo"
    if not (pkg / "__init__.py").is_file():
        pytest.fail("specs/qingbo.yaml could not be generated")
    name = "_validation_client_qingbo"
    module: ModuleType
    if name in sys.modules:
        module = sys.modules[name]
    else:
        spec = importlib.util.spec_from_file_location(
            name, pkg / "__init__.py", submodule_search_locations=[str(pkg)]
        )
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)

    def make(sent: list[httpx.Request], **options: Any) -> Any:
        def handler(request: httpx.Request) -> httpx.Response:
            sent.append(request)
            return httpx.Response(
                200, json={"task_id": "t1", "status": "queued", "model": "seedream-5.0"}
            )

        http = httpx.Client(transport=httpx.MockTransport(handler))
        return module.Qingbo(
            api_key="sk-test", http_client=http, journal=False, max_retries=0, **options
        )

    return make
