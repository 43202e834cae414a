"""Where the project keeps its specs and generated packages (defaults of the CLI)."""

from __future__ import annotations

from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
SPECS_DIR = PROJECT / "specs"
GENERATED_DIR = PROJECT / "generated"
