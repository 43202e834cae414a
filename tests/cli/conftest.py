"""Fixtures of the command-line tests: a real gateway on 127.0.0.1 and an isolated journal."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from gateway_runtime.cli import main
from tests.gateway_server import GatewayServer

KEY = "sk-cli-SECRET-KEY-456"


@dataclass
class Result:
    code: int
    out: str
    err: str


def clientgen(*args: str | Path, stdin: str = "") -> Result:
    """``clientgen ARGS`` in process, with its three streams captured."""
    out, err = io.StringIO(), io.StringIO()
    code = main([str(a) for a in args], stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return Result(code, out.getvalue(), err.getvalue())


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("GATEWAY_JOURNAL", str(tmp_path / "journal.sqlite3"))
    for name in ("QINGBO", "UNIALL", "BUBLE", "GPTNB", "UNIAPI"):
        monkeypatch.delenv(f"{name}_API_KEY", raising=False)
        monkeypatch.delenv(f"{name}_BASE_URL", raising=False)


@pytest.fixture
def server() -> Iterator[GatewayServer]:
    with GatewayServer() as srv:
        yield srv
