"""Benchmark (not a test): generation wall time against openapi-python-client, caching, import time.

Run with ``make bench``. Prints, each figure beside its target:
- ours / openapi-python-client (OPC 0.29.1, installed in ``.venv-bench`` only) on the real documents
  openai.yaml (target <= 0.15x, OPC with its ruff step on) and mistral.yaml (<= 0.7x) and on a 100-operation document (<= 0.7x):
  both run as fresh processes, in interleaved pairs, median of 3;
- ``python -m generator generate`` with nothing changed (<= 0.15 s; content-hash cache), and that
  changing one spec regenerates only its package;
- where our time goes on openai.yaml (load, lenient reading, validation, build, then rendering and
  ruff beside lint and the change report, writing), each beside the parse floor: the time merely to
  parse the document (libyaml's C loader, or json), and the critical path a run waits for;
- ``make generate`` equivalent cold (fresh interpreter, no bytecode cache, no compiled templates)
  into a temp folder;
- generation of a synthetic spec with 800 operations and 600 schemas;
- import time of ``generated.qingbo`` (httpx included; pydantic loads with the first model),
  best of 10 fresh interpreters, in a venv holding only the runtime dependencies (as a user has)
  and in the project venv; budget 150 ms. Also import plus the first typed model.
"""

from __future__ import annotations

import hashlib
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from bench.report import figure, note  # noqa: E402
from tests.shared_data import shared_folder  # noqa: E402


def timed(args: list[str], cwd: Path = PROJECT, env: dict[str, str] | None = None) -> float:
    return timed_cpu(args, cwd, env)[0]


def timed_cpu(
    args: list[str], cwd: Path = PROJECT, env: dict[str, str] | None = None
) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the process and its children, ruff included) of one run.

    The CPU figure is the fair one on a busy shared machine, where wall time mostly measures
    the wait for a core."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(args, cwd=cwd, check=True, capture_output=True, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def user_env() -> dict[str, str]:
    """The environment as users have it: bytecode caches written and used (a session that sets
    PYTHONDONTWRITEBYTECODE would otherwise compile every module of ours from source each run,
    while OPC's, installed by pip, are compiled once)."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def opc_env() -> dict[str, str]:
    """OPC's environment as users run it: its venv's ``bin`` on PATH, so its ruff step formats."""
    env = user_env()
    return {**env, "PATH": f"{BENCH_VENV / 'bin'}{os.pathsep}{env.get('PATH', '')}"}


def synthetic_spec(operations: int = 800, schemas: int = 600) -> dict[str, object]:
    """A valid OpenAPI 3.1 document of the given size, with refs, enums, nesting and arrays."""
    comps: dict[str, object] = {}
    for i in range(schemas):
        props: dict[str, object] = {
            "id": {"type": "string"},
            "count": {"type": "integer", "minimum": 0, "maximum": 1000},
            "kind": {"type": "string", "enum": ["a", "b", "c"]},
            "tags": {"type": "array", "items": {"type": "string"}, "maxItems": 10},
        }
        if i > 0:
            props["parent"] = {"$ref": f"#/components/schemas/Schema{i - 1}"}
        comps[f"Schema{i}"] = {"type": "object", "required": ["id"], "properties": props}
    paths: dict[str, object] = {}
    for i in range(operations):
        schema_ref = {"$ref": f"#/components/schemas/Schema{i % schemas}"}
        paths[f"/resource{i % 40}/items{i}/{{item_id}}"] = {
            "post": {
                "operationId": f"operation{i}",
                "tags": [f"group{i % 40}"],
                "summary": f"Operation {i}",
                "parameters": [
                    {
                        "name": "item_id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    },
                    {"name": "verbose", "in": "query", "schema": {"type": "boolean"}},
                ],
                "requestBody": {
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["name"],
                                "properties": {
                                    "name": {"type": "string"},
                                    "payload": schema_ref,
                                    "mode": {"type": "string", "enum": ["fast", "slow"]},
                                },
                            }
                        }
                    }
                },
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": schema_ref}},
                    }
                },
            }
        }
    return {
        "openapi": "3.1.0",
        "info": {"title": "Synthetic", "version": "1"},
        "paths": paths,
        "components": {"schemas": comps},
    }


RUNTIME_VENV = PROJECT / ".venv-runtime"
BENCH_VENV = PROJECT / ".venv-bench"
OPC_VERSION = "0.29.1"
REAL_SPECS = shared_folder("real-specs")  # found as the tests find it (tests/shared_data.py)
PAIRS = 3
FIRST_USE = (
    "import time; t = time.perf_counter()\n"
    "import generated.qingbo as q\n"
    "t1 = time.perf_counter()\n"
    "q.models.TaskObject.model_validate({'task_id': 't', 'status': 'queued'})\n"
    "print((t1 - t) * 1000, (time.perf_counter() - t) * 1000)\n"
)


def _pip(python: str | Path, *packages: str) -> None:
    """Install into a benchmark venv, quietly (pip's output only when it fails)."""
    print(f"  (one-time set-up: installing {' '.join(packages)} into {python})", flush=True)
    done = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", *packages], capture_output=True, text=True
    )
    if done.returncode != 0:
        sys.stderr.write(done.stdout + done.stderr)
        raise SystemExit(f"pip install {' '.join(packages)} failed")


def runtime_python() -> str:
    """A venv holding only the runtime distribution (gateway_runtime/pyproject.toml), as a user has.

    Rebuilt when the runtime's pyproject changes, so its dependency list is what gets measured.
    """
    python = RUNTIME_VENV / "bin" / "python"
    pyproject = PROJECT / "gateway_runtime" / "pyproject.toml"
    marker = RUNTIME_VENV / f".installed-{hashlib.sha256(pyproject.read_bytes()).hexdigest()[:16]}"
    if not marker.exists():
        shutil.rmtree(RUNTIME_VENV, ignore_errors=True)
        subprocess.run([sys.executable, "-m", "venv", str(RUNTIME_VENV)], check=True)
        _pip(python, str(pyproject.parent))
        marker.touch()
    return str(python)


def import_times_ms(python: str, runs: int = 10) -> tuple[float, float]:
    """Best-of-runs wall ms of ``import generated.qingbo``, and of import plus first model use."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(PROJECT)
    samples = []
    for _ in range(runs):
        out = subprocess.run(
            [python, "-c", FIRST_USE],
            cwd=PROJECT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        first, second = (float(x) for x in out.stdout.split())
        samples.append((first, second))
    return min(s[0] for s in samples), min(s[1] for s in samples)


def opc_command() -> list[str]:
    """openapi-python-client in its own venv (never a dependency of the project itself)."""
    exe = BENCH_VENV / "bin" / "openapi-python-client"
    if not exe.exists():
        subprocess.run([sys.executable, "-m", "venv", str(BENCH_VENV)], check=True)
        _pip(BENCH_VENV / "bin" / "python", f"openapi-python-client=={OPC_VERSION}")
    return [str(exe)]


def compare_with_opc(tmp: Path) -> None:
    """Ours vs OPC on each document: interleaved pairs of fresh processes, medians."""
    opc = opc_command()
    hundred = tmp / "hundred.yaml"
    hundred.write_text(yaml.safe_dump(synthetic_spec(100, 60), sort_keys=False), encoding="utf-8")
    documents = [
        (REAL_SPECS / "openai.yaml", 0.15),
        (REAL_SPECS / "mistral.yaml", 0.7),
        (hundred, 0.7),
    ]
    for doc, target in documents:
        ours: list[tuple[float, float]] = []
        theirs: list[tuple[float, float]] = []
        for i in range(PAIRS):
            ours.append(
                timed_cpu(
                    [
                        sys.executable,
                        "-m",
                        "generator",
                        "generate",
                        str(doc),
                        "--out",
                        str(tmp / f"ours-{doc.stem}-{i}"),
                    ],
                    env=user_env(),
                )
            )
            theirs.append(
                timed_cpu(
                    [
                        *opc,
                        "generate",
                        "--path",
                        str(doc),
                        "--output-path",
                        str(tmp / f"opc-{doc.stem}-{i}"),
                        "--meta",
                        "none",
                    ],
                    cwd=tmp,
                    env=opc_env(),
                )
            )
        a, b = (statistics.median(w for w, _ in ours), statistics.median(w for w, _ in theirs))
        ca, cb = (statistics.median(c for _, c in ours), statistics.median(c for _, c in theirs))
        note(
            doc.name,
            f"ours {a:.2f} s, OPC {b:.2f} s wall; CPU (ruff included) ours {ca:.2f} s, "
            f"OPC {cb:.2f} s = {ca / cb:.2f}x (medians of {PAIRS} interleaved pairs; load "
            f"average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)",
        )
        figure(f"{doc.name} ours / OPC", a / b, "x", "<=", target)


def phases(doc: Path) -> None:
    """Where our time goes on one document, stage by stage as ``render_spec`` runs them, in this
    process (CPU seconds: ruff's own process counted in its stage), beside the parse floor.

    A large document's run has three parts: what every run waits for in sequence (load to build),
    then two halves side by side on two cores (rendering, the reference and ruff here; lint and
    the change report in a forked process, ``generator/side.py``), then writing. The critical
    path is the sequence plus the longer half plus the writing: what a quiet two-core machine
    waits for; the stages are timed here one after another, with the collector paused as in a run.
    """
    import gc

    from generator.build import build_gateway
    from generator.diff.release import plan_release
    from generator.lenient import normalize_document
    from generator.lint import lint_spec
    from generator.load import load_spec
    from generator.reference import render_pyproject, render_reference
    from generator.render import render_package
    from generator.surface import surface_of
    from generator.validate import openapi_version, validate_spec
    from generator.write import format_files, write_packages

    times: dict[str, float] = {}

    def cpu() -> float:
        child = resource.getrusage(resource.RUSAGE_CHILDREN)
        return time.process_time() + child.ru_utime + child.ru_stime

    start = cpu()

    def lap(name: str) -> None:
        nonlocal start
        now = cpu()
        times[name] = now - start
        start = now

    times["start-up (interpreter, imports)"] = startup_cpu()
    start = cpu()
    gc.disable()  # as generate runs (generator.collector)
    loaded = load_spec(doc)
    lap("load (yaml-rs or json, bundling)")
    normalize_document(loaded, openapi_version(loaded.data) or "3.1", strict=False)
    lap("lenient reading")
    validate_spec(loaded)
    lap("validation (compiled meta-schema)")
    gateway = build_gateway(loaded)
    lap("build (intermediate model)")
    files = render_package(gateway)
    lap("render (models + client + spec.json)")
    files["README.md"] = render_reference(gateway, loaded.data)
    lap("reference (README, examples checked)")
    files = format_files({gateway.package: files})[gateway.package]
    lap("ruff (sort imports, format)")
    lint_spec(loaded)
    lap("lint")
    with tempfile.TemporaryDirectory() as tmp:
        release = plan_release(Path(tmp) / gateway.package, surface_of(gateway), doc.name)
        lap("surface and release (change report)")
        files["pyproject.toml"] = render_pyproject(gateway, release.version)
        files.update(release.files)
        write_packages(Path(tmp) / "out", {gateway.package: files}, init_root=False)
        lap("write")
    gc.enable()
    total = sum(times.values())
    names = list(times)
    sequence, main, side = names[:5], names[5:8], names[8:10]
    floor = parse_floor(doc)
    print(f"where the time goes on {doc.name} (in-process CPU, {total:.2f} s in all):")
    for group, label in (
        (sequence, "in sequence"),
        (main, "beside the side half: this half"),
        (side, "beside it: the forked side half"),
        (names[10:], "after both"),
    ):
        print(f"  {label}:")
        for name in group:
            seconds = times[name]
            print(
                f"    {name:38} {seconds:6.2f} s {100 * seconds / total:5.1f} %"
                f"  {seconds / floor:5.1f}x the parse floor"
            )
    halves = [sum(times[n] for n in main), sum(times[n] for n in side)]
    critical = sum(times[n] for n in sequence) + max(halves) + times["write"]
    kind = "json.loads" if doc.suffix == ".json" else "yaml.load with libyaml's C loader"
    note("parse floor", f"{floor:.2f} s CPU to merely parse {doc.name} ({kind}, best of 3)")
    reading = ""
    if doc.suffix != ".json":
        rust = rust_parse(doc)
        note("yaml-rs (what the generator reads with)", f"{rust:.3f} s, best of 3")
        reading = f", {critical / rust:.0f}x yaml-rs's reading"
    note(
        f"{doc.name}: critical path / parse floor",
        f"{critical:.2f} s = {critical / floor:.1f}x the floor{reading} (the halves: "
        f"{halves[0]:.2f} s rendering, {halves[1]:.2f} s lint and change report; "
        f"{total:.2f} s = {total / floor:.1f}x on one core)",
    )


STARTUP = (
    "import generator.cli, generator.pipeline, generator.build, generator.lenient, "
    "generator.load, generator.reference, generator.render, generator.side, generator.validate"
)


def startup_cpu() -> float:
    """Best-of-3 CPU seconds of a fresh interpreter importing what a generation imports before
    it reads the document (the command line, the pipeline's stages)."""
    return min(timed_cpu([sys.executable, "-c", STARTUP], env=user_env())[1] for _ in range(3))


def rust_parse(doc: Path) -> float:
    """Best-of-3 CPU seconds for yaml-rs to read doc (the generator's own reading)."""
    import yaml_rs  # type: ignore[import-untyped,unused-ignore]

    text = doc.read_text(encoding="utf-8")
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        yaml_rs.loads(text, parse_datetime=False)
        best = min(best, time.process_time() - start)
    return best


def parse_floor(doc: Path) -> float:
    """Best-of-3 CPU seconds to parse doc into Python data and nothing else (the floor of any
    run; CPU, like the stages beside it, so a busy machine does not blur the comparison)."""
    import json

    text = doc.read_text(encoding="utf-8")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        if doc.suffix == ".json":
            json.loads(text)
        else:
            yaml.load(text, Loader=loader)
        best = min(best, time.process_time() - start)
    return best


def incremental(tmp: Path) -> None:
    """Nothing changed: every package skipped; one spec changed: only its package rewritten."""
    specs = tmp / "specs"
    shutil.copytree(PROJECT / "specs", specs)
    out = tmp / "incremental"
    files = sorted(str(p) for p in specs.glob("*.yaml"))
    command = [sys.executable, "-m", "generator", "generate", *files, "--out", str(out)]
    env = user_env()
    timed(command, env=env)
    runs = [timed_cpu(command, env=env) for _ in range(5)]
    unchanged = statistics.median(w for w, _ in runs)
    figure("generate with nothing changed (5 specs, median of 5)", unchanged, "s", "<=", 0.15)
    note("  its CPU", f"{statistics.median(c for _, c in runs):.3f} s")
    make = ["make", "-s", "generate"]
    timed(make, env=env)
    runs = [timed_cpu(make, env=env) for _ in range(5)]
    whole = statistics.median(w for w, _ in runs)
    figure("`make generate` with nothing changed (with coverage --summary)", whole, "s", "<=", 0.15)
    note("  its CPU", f"{statistics.median(c for _, c in runs):.3f} s")
    spec = specs / "qingbo.yaml"
    spec.write_text(spec.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    wrote = [line.split()[1] for line in result.stdout.splitlines() if line.startswith("wrote ")]
    names = [Path(w).name for w in wrote]
    verdict = "met" if names == ["qingbo"] else "MISSED"
    note(
        "one spec changed",
        f"{time.perf_counter() - start:.2f} s, rewrote {names} (target: only qingbo) {verdict}",
    )


def main() -> None:
    python = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        compare_with_opc(Path(tmp))
        incremental(Path(tmp))
    phases(REAL_SPECS / "openai.yaml")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        for cache in PROJECT.joinpath("generator").rglob("__pycache__"):
            shutil.rmtree(cache, ignore_errors=True)
        # A fresh temp folder: no compiled templates either (jinja keeps them there).
        fresh_tmp = Path(tmp) / "tmpdir"
        fresh_tmp.mkdir()
        cold_env = {**os.environ, "TMPDIR": str(fresh_tmp)}
        cold = timed([python, "-m", "generator", "generate", "--out", str(out)], env=cold_env)
        print(
            "generate (5 specs, fresh output folder, no bytecode cache, no compiled templates): "
            f"{cold:.2f} s"
        )
        spec = Path(tmp) / "synthetic.yaml"
        spec.write_text(yaml.safe_dump(synthetic_spec(), sort_keys=False), encoding="utf-8")
        big = timed(
            [python, "-m", "generator", "generate", str(spec), "--out", str(Path(tmp) / "big")]
        )
        size = sum(p.stat().st_size for p in (Path(tmp) / "big").rglob("*") if p.is_file())
        print(
            f"synthetic spec, 800 operations / 600 schemas: {big:.2f} s, {size / 1e6:.1f} MB of output"
        )
    for label, python in (
        ("runtime-only venv", runtime_python()),
        ("project .venv", sys.executable),
    ):
        imported, first_use = import_times_ms(python)
        print(
            f"import generated.qingbo ({label}): best {imported:.0f} ms (budget 150 ms); "
            f"import + first typed model (loads pydantic, builds it): {first_use:.0f} ms"
        )


if __name__ == "__main__":
    main()
