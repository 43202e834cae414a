"""Benchmark (not a test): the change-report surface walk on random graphs of recursive schemas.

Run with ``make bench`` (100 kB and 1 MB) or ``bench/run.py --full`` (also 10 MB). Each document
is ``tests.generator.adversarial.write_graph``: schemas referring to six others each through every
construct (properties, items, maps, allOf, oneOf, anyOf), one operation per ten schemas, so the
whole graph is one cluster of mutual recursion. Prints per size, in CPU seconds of this process:
reading and building the gateway (other stages, for scale) and the surface walk alone (best of 3
walks: a shared machine only ever adds time), beside a linear target: the walk of 1 MB at most 20
times that of 100 kB, 10 MB at most 20 times 1 MB (the work is exactly 10 times, counted in schema
nodes expanded; a larger heap costs more per node in cache misses and garbage collection; a
quadratic walk would take 100 times). Before the walk shared its work, 100 kB took ~0.8 s, 1 MB
~11 s and 3 MB ~60 s.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from itertools import pairwise
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from bench.report import figure, note  # noqa: E402
from generator.build import build_gateway  # noqa: E402
from generator.lenient import normalize_document  # noqa: E402
from generator.load import load_spec  # noqa: E402
from generator.surface import surface_of  # noqa: E402
from generator.validate import openapi_version, validate_spec  # noqa: E402
from tests.generator.adversarial import write_graph  # noqa: E402

RUNS = 3


def _measure(size: int, folder: Path) -> float:
    """The surface walk's CPU seconds on a graph of about size bytes (and notes on the rest)."""
    spec = write_graph(folder / f"graph{size}.json", size)
    started = time.process_time()
    loaded = load_spec(spec)
    version = openapi_version(loaded.data)
    if version is not None:
        normalize_document(loaded, version, strict=False)
    validate_spec(loaded)
    gateway = build_gateway(loaded, None)
    built = time.process_time()
    walks = []
    for _ in range(RUNS):  # a fresh walk each time (nothing is kept between walks)
        begun = time.process_time()
        surface = surface_of(gateway)
        walks.append(time.process_time() - begun)
    walked = min(walks)
    ops = surface["operations"]
    fields = sum(len(op["request"]) + len(op["response"]) for op in ops.values())
    models = surface.get("models") or {}
    label = f"{spec.stat().st_size / 1e6:.2f} MB"
    note(f"{label}: read, validate, build (CPU)", f"{built - started:.2f} s")
    shape = f"{len(ops)} operations, {fields} fields, {len(models)} models"
    note(f"{label}: surface walk (CPU)", f"{walked:.2f} s; {shape}")
    return walked


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true", help="also the 10 MB graph")
    args = parser.parse_args()
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))
    sizes = [110_000, 1_100_000] + ([11_000_000] if args.full else [])
    with tempfile.TemporaryDirectory(prefix="bench-surface-") as tmp:
        times = [_measure(size, Path(tmp)) for size in sizes]
    for (small, large), (t_small, t_large) in zip(pairwise(sizes), pairwise(times), strict=True):
        ratio = t_large / max(t_small, 1e-3)
        figure(f"surface walk, {large // small}x the graph", ratio, "x the time", "<=", 20)
    return 0


if __name__ == "__main__":
    sys.exit(main())
