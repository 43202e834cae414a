"""Recursive schemas and documents built to exhaust a generator (issue 24): each finishes, soon.

The corpus ``specs/recursion`` holds recursion through arrays, inline objects, allOf/oneOf/anyOf,
additionalProperties and $ref chains: it generates, imports, validates samples and type-checks, and
a recursive model refers to itself. The adversarial documents (``adversarial.py``) would take
exponential time walked as trees; each must finish within a CPU-time limit, asserted here.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.generator.adversarial import chains, write_chain, write_graph
from tests.generator.checks import (
    assert_every_operation_is_a_method,
    assert_models_validate_samples,
    assert_mypy_strict_clean,
)
from tests.generator.conftest import PROJECT, SPECS, run_generator

RECURSION = SPECS / "recursion" / "recursion.yaml"


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("recursion")
    result = run_generator("generate", RECURSION, "--out", out)
    assert result.code == 0, result.err
    return out


def test_recursive_corpus_is_complete_and_usable(generated: Path, import_generated) -> None:  # type: ignore[no-untyped-def]
    pkg = import_generated(generated, "recursion")
    assert_every_operation_is_a_method(pkg, RECURSION)
    assert assert_models_validate_samples(pkg, RECURSION) >= 15
    assert_mypy_strict_clean(generated / "recursion")


def test_recursive_models_refer_to_themselves(generated: Path, import_generated) -> None:  # type: ignore[no-untyped-def]
    models = import_generated(generated, "recursion").models
    names = {n for n in dir(models) if n[:1].isupper()}
    assert not {"ForestItem2", "NodeChildrenItem2", "DirValue2"} & names  # no copies
    forest = models.Forest.model_validate(
        [{"name": "a", "children": [{"name": "b", "children": [{"name": "c"}]}]}]
    )
    assert forest.root[0].children[0].children[0].name == "c"
    assert models.ForestItem.model_fields["children"].annotation == list[models.ForestItem] | None
    node = models.Node.model_validate(
        {"id": 1, "parent": {"id": 0}, "children": [{"node": {"id": 2}, "siblings": [{}]}]}
    )
    assert (node.parent.id, node.children[0].node.id) == (0, 2)
    assert models.Tree.model_validate({"a": {"b": {}}}).root["a"].root["b"].root == {}
    json_value = models.JsonSchema.model_validate({"a": [1, "x", None, {"b": True}]})
    assert json_value.root["a"].root[3].root["b"].root is True
    expr = models.Expr.model_validate({"op": "+", "args": [1, {"op": "-", "args": [2]}]})
    assert expr.root.args[1].args == [2]
    derived = models.Derived.model_validate({"kind": "d", "next": {"child": {"kind": "c"}}})
    assert derived.next.child.kind == "c"
    assert (
        models.Dir.model_validate({"a": {"sub": {"b": {"size": 1}}}}).root["a"].sub["b"].size == 1
    )


def _generate_within(spec: Path, out: Path, cpu_seconds: float, wall_seconds: float) -> str:
    """Generate spec, asserting it finishes within the limits (CPU: fair on a busy machine)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-m", "generator", "generate", str(spec), "--out", str(out)],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=wall_seconds,
        check=False,
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert cpu < cpu_seconds, f"{spec.name}: {cpu:.1f} s CPU (limit {cpu_seconds} s)"
    assert time.monotonic() - started < wall_seconds
    return proc.stderr


@pytest.mark.parametrize("kind", sorted(chains(1)))
def test_schemas_reached_many_ways_are_worked_out_once(kind: str, tmp_path: Path) -> None:
    """Each schema of a 300-long chain is reached 2**300 ways; walked as a tree, it never ends."""
    spec = write_chain(tmp_path, kind, 300)
    _generate_within(spec, tmp_path / "out", cpu_seconds=30, wall_seconds=240)


@pytest.mark.slow
def test_a_large_recursive_graph_finishes(tmp_path: Path) -> None:
    """A 10 MB random graph of recursive schemas (every construct) generates in bounded time.

    27,000 mutually recursive schemas, 2,700 operations: each stage shares its work per named
    schema (the surface walk flattens each once; the reference examples are checked against
    bounded views, each named schema viewed once), so the whole run is linear in the document.
    Measured: about 30 s of CPU (ruff included); the limits leave room for a busy machine.
    """
    spec = write_graph(tmp_path / "graph.json", 10_000_000)
    assert spec.stat().st_size >= 10_000_000
    _generate_within(spec, tmp_path / "out", cpu_seconds=120, wall_seconds=600)
