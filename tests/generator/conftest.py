"""Helpers for generator tests: run the real CLI in a subprocess, import what it wrote."""

from __future__ import annotations

import importlib
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

PROJECT = Path(__file__).resolve().parents[2]
SPECS = Path(__file__).resolve().parent / "specs"


@dataclass
class Run:
    code: int
    out: str
    err: str


def run_generator(*args: str | Path, cwd: Path = PROJECT) -> Run:
    """``python -m generator ARGS`` as a user would run it."""
    proc = subprocess.run(
        [sys.executable, "-m", "generator", *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    return Run(proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture
def import_generated() -> Iterator[object]:
    """Import a package from an output folder, then forget it again."""
    added: list[str] = []
    imported: list[str] = []

    def _import(out: Path, package: str) -> ModuleType:
        sys.path.insert(0, str(out))
        added.append(str(out))
        for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
            del sys.modules[name]
        imported.append(package)
        return importlib.import_module(package)

    yield _import
    for path in added:
        sys.path.remove(path)
    for package in imported:
        for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
            del sys.modules[name]
