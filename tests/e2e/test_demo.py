"""``make demo`` runs against the simulator and ends with a hint that names a real command."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_demo_runs_and_its_closing_hint_uses_clientgen_simulate(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "GATEWAY_JOURNAL": str(tmp_path / "j.sqlite3")}
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "demo_qingbo.py")],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    last = done.stdout.strip().splitlines()[-1]
    assert last.startswith("Try any other gateway locally: clientgen simulate ")
    assert "python -m generator.simulator" not in done.stdout
    assert any((tmp_path / "demo-output").iterdir())
