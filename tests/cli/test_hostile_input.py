"""Hostile payload files for ``clientgen validate`` and ``call``: located errors, bounded memory.

The alias bomb runs in a subprocess under an address-space limit (``RLIMIT_AS``), so a
regression fails there instead of eating the machine; its peak memory and time are measured.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.conftest import KEY, clientgen
from tests.gateway_server import GatewayServer

ROOT = Path(__file__).resolve().parents[2]
ADDRESS_SPACE_MB = 512
PEAK_BOUND_MB = 150
TIME_BOUND_S = 10.0

BOMB = "".join(
    f"{name}: &{name} [{', '.join([f'*{prev}'] * 9) if prev else ', '.join(['lol'] * 9)}]\n"
    for prev, name in zip(["", *"abcdefgh"], "abcdefghi", strict=True)
)

LIMITED = """
import resource, sys, time
limit = int(sys.argv[1]) * 2**20
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
from gateway_runtime.cli import main
start = time.monotonic()
code = main(sys.argv[2:])
# VmHWM: this program's own peak (ru_maxrss would include the forking parent's)
with open("/proc/self/status") as status:
    peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
print(f"MEASURED {peak} {time.monotonic() - start:.3f}", file=sys.stderr)
sys.exit(code)
"""


def _limited(
    *args: str | Path, base_url: str = "http://127.0.0.1:9"
) -> tuple[int, str, int, float]:
    """Run clientgen under the address-space limit: exit code, stderr, peak KiB, seconds."""
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QINGBO_API_KEY": KEY,
        "QINGBO_BASE_URL": base_url,
    }
    done = subprocess.run(
        [sys.executable, "-c", LIMITED, str(ADDRESS_SPACE_MB), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    lines = done.stderr.splitlines()
    measured = [line for line in lines if line.startswith("MEASURED ")]
    assert measured, done.stderr
    _, peak, seconds = measured[-1].split()
    rest = "\n".join(line for line in lines if not line.startswith("MEASURED "))
    return done.returncode, rest, int(peak), float(seconds)


@pytest.fixture
def bomb(tmp_path: Path) -> Path:
    path = tmp_path / "bomb.yaml"
    path.write_text(BOMB, encoding="utf-8")
    assert len(BOMB.encode()) < 500  # expands to 9**9 = 387 million strings
    return path


@pytest.mark.parametrize("command", ["validate", "call"])
def test_an_alias_bomb_is_refused_in_bounded_memory_and_time(
    command: str, bomb: Path, server: GatewayServer
) -> None:
    if command == "validate":
        args: list[str | Path] = ["validate", "qingbo", "createTask", bomb]
    else:
        args = ["call", "qingbo", "tasks.create", "--json", bomb]
    code, err, peak_kb, seconds = _limited(*args, base_url=server.url)
    assert code == 2, err
    assert err == f"error: {bomb}: document expands to more than 2000000 nodes (alias bomb?)"
    assert peak_kb < PEAK_BOUND_MB * 1024, f"peak {peak_kb / 1024:.0f} MB"
    assert seconds < TIME_BOUND_S, f"{seconds:.2f}s"
    assert server.count() == 0


def test_the_limit_is_real() -> None:
    """The harness itself: the same subprocess under the limit cannot hold 1 GB."""
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import resource; limit = 512 * 2**20; "
            "resource.setrlimit(resource.RLIMIT_AS, (limit, limit)); b = bytearray(2**30)",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode != 0 and "MemoryError" in done.stderr


DEEP_JSON = "[" * 5000 + "]" * 5000
DEEP_YAML_FLOW = "a: " + "[" * 5000 + "]" * 5000 + "\n"
DEEP_YAML_BLOCK = "\n".join(" " * i + "k:" for i in range(1500)) + " 1\n"
RECURSIVE = "a: &a [*a]\n"
DUPLICATE = "model: seedream-4.5\nprompt: x\nmodel: seedream-5.0\n"


@pytest.mark.parametrize(
    "name,text,expected",
    [
        ("deep.json", DEEP_JSON, ": nesting deeper than 400 levels"),
        ("deep.yaml", DEEP_YAML_FLOW, ":1: nesting deeper than 400 levels"),
        ("block.yaml", DEEP_YAML_BLOCK, ":1000: nesting deeper than 400 levels"),
        ("loop.yaml", RECURSIVE, ":1: recursive YAML alias; a document must be a tree"),
        ("twice.yaml", DUPLICATE, ":3: duplicate key 'model' (first at line 1); keep one"),
    ],
)
def test_over_deep_recursive_and_ambiguous_documents_are_located_errors(
    tmp_path: Path, server: GatewayServer, name: str, text: str, expected: str
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    for args in (
        ["validate", "qingbo", "createTask", path],
        ["call", "qingbo", "tasks.create", "--json", path],
    ):
        r = clientgen(*args)
        assert r.code == 2, r.err
        assert r.err == f"error: {path}{expected}\n"
    assert server.count() == 0


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            '{"model": "seedream-4.5", "prompt": "x", "extra": {"g": NaN}}',
            "extra.g: NaN is not a JSON number (JSON has no NaN or Infinity); use a finite number",
        ),
        (
            '{"model": "seedream-4.5", "prompt": "a\\ud800b"}',
            "prompt: contains a lone surrogate (U+D800 at character 1), which has no UTF-8 form; "
            "decode the text correctly or remove it",
        ),
    ],
    ids=["nan", "surrogate"],
)
def test_values_json_cannot_carry_are_invalid_payloads(
    server: GatewayServer, monkeypatch: pytest.MonkeyPatch, text: str, expected: str
) -> None:
    r = clientgen("validate", "qingbo", "createTask", stdin=text)
    assert r.code == 1, r.err
    assert r.out == expected + "\n"
    monkeypatch.setenv("QINGBO_API_KEY", KEY)
    monkeypatch.setenv("QINGBO_BASE_URL", server.url)
    r = clientgen("call", "qingbo", "tasks.create", "--json", "-", stdin=text)
    assert r.code == 1, r.err
    assert expected in r.err
    assert "Traceback" not in r.err
    assert server.count() == 0
