"""A large document's lint and change report, worked out in a forked process beside rendering
(``generator/side.py``), give exactly what the same stages give in sequence."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from generator.pipeline import render_spec
from generator.side import FORK_FROM_OPERATIONS
from generator.write import format_files
from tests.generator.adversarial import write_graph


def test_forked_side_gives_what_the_sequence_gives(tmp_path: Path) -> None:
    spec = write_graph(tmp_path / "graph.json", 250_000)
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))
    forked = render_spec(str(spec), False, str(tmp_path / "out"), fork=True)
    serial = render_spec(str(spec), False, str(tmp_path / "out"), fork=False)
    assert not forked.problems and not serial.problems, forked.problems or serial.problems
    assert len(forked.files) == len(serial.files) == 9
    # The forked run formats its own half's files while the side half works; the rest (and the
    # serial run's every file) are formatted by the final ruff call. The result is the same.
    assert forked.formatted == {
        "__init__.py",
        "client.py",
        "models.py",
        "py.typed",
        "spec.json",
        "README.md",
    }
    assert not serial.formatted
    assert format_files({"graph": forked.files}) == format_files({"graph": serial.files})
    assert forked.files["models.py"] == format_files({"graph": serial.files})["graph"]["models.py"]
    assert forked.warnings == serial.warnings
    assert forked.report == serial.report == "graph 0.1.0: first generation\n"
    operations = json.loads(forked.files["spec.json"])["operations"]
    assert len(operations) >= FORK_FROM_OPERATIONS  # large enough to be forked
