"""Where the project keeps its specs and generated packages (defaults of the CLI)."""

from __future__ import annotations

from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
SPECS_DIR = PROJECT / "specs"
GENERATED_DIR = PROJECT / "generated"


def spec_files(folder: Path) -> list[Path]:
    """Gateway specs of a folder (top level only; shared pieces live in subfolders)."""
    return sorted(
        p for p in folder.iterdir() if p.suffix in (".yaml", ".yml", ".json") and p.is_file()
    )
