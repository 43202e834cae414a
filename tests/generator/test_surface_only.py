"""A gateway built only for its API surface (``clientgen diff``) has the surface of a full build.

``build_gateway(..., surface_only=True)`` prepares schemas as the surface walk reads them
(``generator.lazymap``); what a diff compares must still be what ``make generate`` commits.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from generator.build import build_gateway
from generator.lazymap import LazyMap
from generator.lenient import find_deviations
from generator.load import load_spec
from generator.paths import SPECS_DIR, spec_files
from generator.surface import surface_of
from generator.validate import openapi_version, validate_spec


def _surface(path: Path, surface_only: bool) -> dict[str, object]:
    loaded = load_spec(path)
    find_deviations(loaded.data, openapi_version(loaded.data) or "3.1")
    validate_spec(loaded)
    return surface_of(build_gateway(loaded, surface_only=surface_only))


@pytest.mark.parametrize("spec", spec_files(SPECS_DIR), ids=lambda p: p.stem)
def test_the_surface_only_build_gives_the_full_builds_surface(spec: Path) -> None:
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))
    assert _surface(spec, surface_only=True) == _surface(spec, surface_only=False)


def test_a_lazy_map_prepares_each_value_once_when_read_in_the_order_of_its_names() -> None:
    prepared: list[str] = []

    def prepare(value: str) -> str:
        prepared.append(value)
        return value.upper()

    lazy = LazyMap({"b": "x", "a": "y", "c": "z"}, prepare, {"a": "kept", "d": "new"})
    assert prepared == []
    assert list(lazy) == ["b", "a", "c", "d"] and len(lazy) == 4
    assert lazy["b"] == "X" and lazy["b"] == "X"
    assert lazy["a"] == "kept"  # a ready value takes precedence over the raw one
    assert "d" in lazy and "e" not in lazy
    assert prepared == ["x"]
    assert dict(lazy) == {"b": "X", "a": "kept", "c": "Z", "d": "new"}
    assert prepared == ["x", "z"]
    with pytest.raises(KeyError):
        lazy["e"]
