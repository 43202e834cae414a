"""Generation does not depend on the folder it runs from: ``--check`` passes and the output is
byte-for-byte the same from a folder holding look-alike packages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
GENERATED = PROJECT / "generated"


def _files(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts and p.parent != root
    }


def test_check_and_output_are_the_same_from_any_folder(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    for decoy in ("pydantic", "gateway_runtime", "typing_extensions"):
        (elsewhere / decoy).mkdir(parents=True)  # a folder ruff's default src would see
        (elsewhere / decoy / "__init__.py").write_text("")
    # The console script (as a user runs it): ``python -m`` would put the decoys on sys.path.
    command = [str(Path(sys.executable).with_name("clientgen")), "generate"]
    check = subprocess.run(
        [*command, "--check"], cwd=elsewhere, capture_output=True, text=True, timeout=300
    )
    assert check.returncode == 0, check.stdout + check.stderr
    out = tmp_path / "out"
    made = subprocess.run(
        [*command, "--out", str(out)], cwd=elsewhere, capture_output=True, text=True, timeout=300
    )
    assert made.returncode == 0, made.stderr
    assert _files(out) == _files(GENERATED)
