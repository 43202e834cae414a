"""Benchmark (not a test): ``clientgen diff`` on two revisions of OpenAI's 3 MB document.

Run with ``make bench``. The two revisions are built from ``real-specs/openai.yaml`` by scripted
edits (the first: the document as published; the second: a request field removed, a required
field added, an enum value added to a reply, a default changed, a bound tightened, an operation
removed and one added). Prints, beside their targets:
- the wall time of ``python -m generator diff OLD NEW --format json`` (fresh process, cold: no
  cache of any kind, median of 3; OLD is read in a forked child while the process reads NEW;
  only the operations not proved the same are described, ``generator/diff/sides.py``);
- the wall time of generating the client of the new revision (fresh process, fresh folder);
  the diffs and the generations are run in turn (diff, generation, full diff, worst cases,
  snapshot; three rounds) so a change of load on the shared machine falls on all of them;
- their ratio (target <= 0.3: a change report must cost well under a generation), and the CPU
  times and their ratio (same target), and the load average, since wall times on a shared machine
  say little on their own;
- ``clientgen diff`` of the old revision's committed ``surface.json`` and the new revision (one
  document to parse: how ``make generate`` and a pre-regeneration check compare), same findings;
- one side's CPU by stage (load, normalise, validate, build, fingerprints, and the surface of
  every operation, which the incremental diff replaces by that of the changed ones; built for
  the surface only, as ``diff`` builds): a diff of two documents reads two, a generation reads
  one and renders; so a diff's CPU floor is about two readings, and on two cores its wall time
  about one;
- ``--full`` (every operation described: the diff before it was incremental) and two worst
  cases, so the common case is not mistaken for the worst: a component reached by the most
  operations changed (``Metadata``, 51 of OpenAI's 288), and every operation's summary edited
  (all described); with how many operations each diff describes;
- that the findings include one of each scripted edit, and that the incremental and full
  reports are the same bytes.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from bench.report import figure, note  # noqa: E402
from generator.load import parse_file  # noqa: E402
from tests.shared_data import shared_folder  # noqa: E402

RUNS = 3
TARGET = 0.3  # of the generation's time
EXPECTED = {
    "request-argument-removed",
    "request-argument-added-required",
    "response-enum-value-added",
    "request-default-changed",
    "request-constraint-tightened",
    "operation-removed",
    "operation-added",
}


def _schema(spec: dict[str, Any], name: str) -> dict[str, Any]:
    found: dict[str, Any] = spec["components"]["schemas"][name]
    return found


def _edit(spec: dict[str, Any]) -> None:
    """The second revision: one edit of each kind the benchmark expects to see reported."""
    speech = _schema(spec, "CreateSpeechRequest")
    speech["properties"].pop("instructions")
    speech["properties"]["speed"]["default"] = 1.5
    speech["properties"]["input"]["maxLength"] = 2048
    embedding = _schema(spec, "CreateEmbeddingRequest")
    embedding["properties"]["project"] = {"type": "string", "description": "Billing project."}
    embedding["required"].append("project")
    batch = _schema(spec, "Batch")
    status = batch["properties"]["status"]
    status["enum"].append("archived")
    paths = spec["paths"]
    paths.pop("/batches/{batch_id}/cancel")
    paths["/batches/{batch_id}/archive"] = {
        "post": {
            "operationId": "archiveBatch",
            "tags": ["Batch"],
            "summary": "Archives a finished batch.",
            "parameters": [
                {"in": "path", "name": "batch_id", "required": True, "schema": {"type": "string"}}
            ],
            "responses": {
                "200": {
                    "description": "Batch archived.",
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Batch"}}
                    },
                }
            },
        }
    }


def _worst_shared(spec: dict[str, Any]) -> None:
    """The component most operations reach (``Metadata``) gets a field and a tighter bound."""
    metadata = _schema(spec, "Metadata")
    target = metadata["anyOf"][0] if "anyOf" in metadata else metadata
    target["maxProperties"] = 8


def _worst_all(spec: dict[str, Any]) -> None:
    """Every operation's summary edited: every operation must be described."""
    for item in spec["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and "responses" in op:
                op["summary"] = str(op.get("summary", "")) + " (edited)"


def _write(spec: dict[str, Any], path: Path) -> Path:
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    text = yaml.dump(spec, Dumper=dumper, allow_unicode=True, sort_keys=False, width=1000)
    path.write_text(text, encoding="utf-8")
    return path


def _run(args: list[str]) -> tuple[float, float, subprocess.CompletedProcess[str]]:
    """Wall time, CPU time (the process and all it waited for) and the finished process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(args, cwd=PROJECT, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(args)} failed: {done.stderr.strip()[-500:]}")
    return wall, cpu, done


def _stages(spec: Path) -> str:
    """CPU seconds of each stage of reading one side (what a diff does twice, a generation once)."""
    from generator.build import build_gateway
    from generator.diff.fingerprints import fingerprints
    from generator.lenient import find_deviations
    from generator.load import load_spec
    from generator.surface import surface_of
    from generator.validate import openapi_version, validate_spec

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))
    times: dict[str, float] = {}
    clock = time.process_time()

    def lap(stage: str) -> None:
        nonlocal clock
        now = time.process_time()
        times[stage] = now - clock
        clock = now

    loaded = load_spec(spec)
    lap("load")
    find_deviations(loaded.data, openapi_version(loaded.data) or "3.1")
    lap("normalise")
    validate_spec(loaded)
    lap("validate")
    gateway = build_gateway(loaded, "openai", surface_only=True)
    lap("build")
    fingerprints(gateway)
    lap("fingerprints")
    surface_of(gateway)
    lap("surface of every operation (--full)")
    total = sum(times.values())
    return ", ".join(f"{k} {v:.2f} s" for k, v in times.items()) + f"; {total:.2f} s in all"


def _described(old: Path, new: Path) -> str:
    """How many operations the incremental diff describes, of all (in this process)."""
    from generator.diff.sides import _only, open_side

    first, second = open_side(str(old), "openai"), open_side(str(new), "openai")
    only = _only(first.fingerprints(), second.fingerprints())
    total = len(set(first.fingerprints() or {}) | set(second.fingerprints() or {}))
    return f"{len(only or ())} of {total} operations described"


def _interleaved(commands: dict[str, list[list[str]]]) -> dict[str, tuple[float, float, Any]]:
    """Each command run RUNS times, in turn with the others; wall and CPU medians, last run."""
    runs: dict[str, list[tuple[float, float, subprocess.CompletedProcess[str]]]] = {
        name: [] for name in commands
    }
    for i in range(RUNS):
        for name, variants in commands.items():
            runs[name].append(_run(variants[i % len(variants)]))
    return {
        name: (
            statistics.median(r[0] for r in found),
            statistics.median(r[1] for r in found),
            found[-1][2],
        )
        for name, found in runs.items()
    }


def main() -> int:
    source = shared_folder("real-specs") / "openai.yaml"
    original = parse_file(source).data  # read as the generator reads YAML (1.2), then edited
    with tempfile.TemporaryDirectory(prefix="bench-diff-") as tmp:
        folder = Path(tmp)
        revisions = {}
        for name, edit in (
            ("old", None),
            ("new", _edit),
            ("shared", _worst_shared),
            ("all", _worst_all),
        ):
            (folder / name).mkdir()
            spec = json.loads(json.dumps(original))
            if edit is not None:
                edit(spec)
            revisions[name] = _write(spec, folder / name / "openai.yaml")
        old, new = revisions["old"], revisions["new"]
        sizes = f"{old.stat().st_size / 1e6:.2f} MB and {new.stat().st_size / 1e6:.2f} MB"
        note("document sizes", sizes)
        python = sys.executable

        def diff(side: str, *extra: str) -> list[list[str]]:
            command = [python, "-m", "generator", "diff", str(old), str(revisions[side])]
            return [[*command, "--format", "json", *extra]]

        baseline = folder / "baseline"
        _run([python, "-m", "generator", "generate", str(old), "--out", str(baseline)])
        snapshot = baseline / "openai" / "surface.json"
        generate = [
            [python, "-m", "generator", "generate", str(new), "--out", str(folder / f"out{i}")]
            for i in range(RUNS)
        ]
        timed = _interleaved(
            {
                "diff": diff("new"),
                "generate": generate,
                "full": diff("new", "--full"),
                "shared": diff("shared"),
                "all": diff("all"),
                "snapshot": [
                    [python, "-m", "generator", "diff", str(snapshot), str(new), "--format", "json"]
                ],
            }
        )
        load = f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
        counts = {side: _described(old, revisions[side]) for side in ("new", "shared", "all")}
        stages = _stages(new)
    diff_wall, diff_cpu, done = timed["diff"]
    gen_wall, gen_cpu, _ = timed["generate"]
    report = json.loads(done.stdout)
    same_full = timed["full"][2].stdout == done.stdout
    same = json.loads(timed["snapshot"][2].stdout)["findings"] == report["findings"]
    found = {f["id"] for f in report["findings"]}
    summary = ", ".join(f"{n} {level}" for level, n in report["summary"].items() if n)
    label = "clientgen diff, two revisions of openai.yaml (wall, median of 3)"
    figure(label, diff_wall, "s", "<=", TARGET * gen_wall)
    note("  operations", counts["new"])
    note("generation of the new revision (wall, median of 3)", f"{gen_wall:.2f} s")
    figure("diff / generation, wall", diff_wall / gen_wall, "x", "<=", TARGET)
    cpu = f"diff {diff_cpu:.2f} s, generation {gen_cpu:.2f} s"
    note("CPU time (both sides of the diff; generation with ruff)", cpu)
    figure("diff / generation, CPU", diff_cpu / gen_cpu, "x", "<=", TARGET)
    note("load average (1 min) after measuring", load)
    for key, what in (
        (
            "full",
            "diff --full (every operation described; the same report: "
            + ("yes" if same_full else "NO")
            + ")",
        ),
        ("shared", "worst shared component (Metadata changed; " + counts["shared"] + ")"),
        ("all", "worst case (every operation's summary edited; " + counts["all"] + ")"),
    ):
        wall, cpu_time, _ = timed[key]
        note(
            what,
            f"{wall:.2f} s wall ({wall / gen_wall:.2f} x), {cpu_time:.2f} s CPU ({cpu_time / gen_cpu:.2f} x)",
        )
    snap_wall, snap_cpu, _ = timed["snapshot"]
    snap = f"{snap_wall:.2f} s wall, {snap_cpu:.2f} s CPU"
    figure(
        "diff of the committed surface.json and the new revision / generation, wall",
        snap_wall / gen_wall,
        "x",
        "<=",
        TARGET,
    )
    note("  (one document to read)", snap + ("; same findings" if same else "; FINDINGS DIFFER"))
    note("one side's CPU by stage (in this process, after imports)", stages)
    note("findings", summary)
    missing = sorted(EXPECTED - found)
    figure("scripted edits not reported", len(missing), "edits", "<=", 0)
    if missing:
        note("missing", ", ".join(missing))
    figure(
        "incremental report differing from the full one", 0 if same_full else 1, "reports", "<=", 0
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
