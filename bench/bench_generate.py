"""Benchmark (not a test): generation wall time, a large synthetic spec, import time of a client.

Run with ``make bench``. Prints:
- ``make generate`` equivalent (``python -m generator generate`` into a temp folder) cold (fresh
  interpreter, no bytecode cache for the generator) and warm (second run);
- generation of a synthetic spec with 800 operations and 600 schemas;
- import time of ``generated.qingbo`` (httpx included; pydantic loads with the first model),
  best of 10 fresh interpreters, in a venv holding only the runtime dependencies (as a user has)
  and in the project venv; budget 150 ms. Also import plus the first typed model.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

PROJECT = Path(__file__).resolve().parent.parent


def timed(args: list[str], cwd: Path = PROJECT) -> float:
    start = time.perf_counter()
    subprocess.run(args, cwd=cwd, check=True, capture_output=True)
    return time.perf_counter() - start


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
FIRST_USE = (
    "import time; t = time.perf_counter()\n"
    "import generated.qingbo as q\n"
    "t1 = time.perf_counter()\n"
    "q.models.TaskObject.model_validate({'task_id': 't', 'status': 'queued'})\n"
    "print((t1 - t) * 1000, (time.perf_counter() - t) * 1000)\n"
)


def runtime_python() -> str:
    """A venv with only what generated clients need (httpx, pydantic, sniffio), as a user has."""
    python = RUNTIME_VENV / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(RUNTIME_VENV)], check=True)
        packages = ["httpx", "pydantic", "sniffio"]
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", *packages], check=True)
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


def main() -> None:
    python = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        for cache in PROJECT.joinpath("generator").rglob("__pycache__"):
            shutil.rmtree(cache, ignore_errors=True)
        cold = timed([python, "-m", "generator", "generate", "--out", str(out)])
        warm = [timed([python, "-m", "generator", "generate", "--out", str(out)]) for _ in range(3)]
        print(f"generate (5 specs): cold {cold:.2f} s, warm median {statistics.median(warm):.2f} s")
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
