"""The change-report surface walk is linear in the schema graph: a 1 MB graph of mutually
recursive schemas (every construct, six references each) gets its surface in bounded time.

Before each schema was flattened once, each operation walked its whole graph until a visit
budget ran out: 1 MB took ~11 s, 3 MB ~60 s, 10 MB out of reach. The limit here is generous
(a busy shared machine); ``bench/bench_diff.py`` and the issue report give the figures.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

from generator.diff import diff_surfaces
from generator.diff.command import surface_of_path
from generator.surface_graph import SchemaGraph
from generator.surface_walk import MAX_FIELDS, Flattener, marks
from tests.generator.adversarial import write_graph


def _surface(path: Path) -> tuple[dict[str, Any], float]:
    started = time.process_time()
    surface = surface_of_path(path, package="graph")
    return surface, time.process_time() - started


def test_a_1_mb_recursive_graph_gets_its_surface_in_bounded_time(tmp_path: Path) -> None:
    spec = write_graph(tmp_path / "graph.json", 1_100_000)
    assert spec.stat().st_size >= 1_000_000
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))
    surface, cpu = _surface(spec)
    assert cpu < 60, f"{cpu:.1f} s CPU to read, build and flatten 1 MB"
    operations = surface["operations"]
    assert len(operations) >= 270
    models = surface["models"]
    for op in operations.values():
        for direction in ("request", "response"):
            fields = op[direction]
            assert len(fields) <= MAX_FIELDS
            named = {m for facts in fields.values() for m in marks(facts)}
            assert named <= set(models), named - set(models)
    for fields in models.values():
        assert {m for facts in fields.values() for m in marks(facts)} <= set(models)
    again, _ = _surface(spec)
    assert again == surface  # the same document, the same surface
    assert diff_surfaces(surface, again).findings == ()


def test_a_chain_of_10_000_references_is_flattened_within_the_default_stack() -> None:
    """Each shared flattening is worked out inside another at most MAX_NESTING deep."""
    n = 10_000
    schemas: dict[str, Any] = {
        f"S{i}": {"oneOf": [{"$ref": f"#/$defs/S{i + 1}"}, {"type": "null"}]} for i in range(n)
    }
    schemas[f"S{n}"] = {"type": "object", "properties": {"leaf": {"type": "string"}}}
    flat = Flattener(SchemaGraph(schemas, lambda _name, schema: schema))
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(1000)
    try:
        fields = flat.flatten({"type": "object", "properties": {"head": {"$ref": "#/$defs/S0"}}})
    finally:
        sys.setrecursionlimit(limit)
    assert fields["head"]["type"] == ["null", "object"]
    assert fields["head.leaf"]["type"] == ["string"]
