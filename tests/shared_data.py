"""Where the shared reference data lives (real OpenAPI documents, the JSON Schema Test Suite).

It sits beside the checkout (`../shared/`), or beside a worktree's parent, or where
``CLIENTGEN_SHARED`` points; the tests that need it fail with this message when it is missing.
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]


def shared_folder(name: str) -> Path:
    """The folder ``shared/<name>``: the first of $CLIENTGEN_SHARED, ../shared, ../../shared, /work/shared."""
    candidates = [
        *([Path(os.environ["CLIENTGEN_SHARED"])] if os.environ.get("CLIENTGEN_SHARED") else []),
        PROJECT.parent / "shared",
        PROJECT.parent.parent / "shared",
        Path("/work/shared"),
    ]
    for base in candidates:
        if (base / name).is_dir():
            return base / name
    tried = ", ".join(str(base / name) for base in candidates)
    raise FileNotFoundError(f"shared data {name!r} not found (tried {tried}; set CLIENTGEN_SHARED)")
