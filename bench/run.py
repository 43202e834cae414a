"""Run the benchmarks one after another, with a line as each starts and ends.

    python bench/run.py          # the standard set (the 10,000-job batch and workers benchmarks are most of it)
    python bench/run.py --full   # adds the 10,000-task runtime benchmark and the 10 MB surface walk
    python bench/run.py --only batch   # the benchmarks whose name has "batch"

Each benchmark is its own process so that import costs and memory peaks do not leak between them.
The exit code is non-zero when a benchmark fails to run (a missed target is reported, not fatal).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

QUICK: list[tuple[str, list[str]]] = [
    ("generation", ["bench_generate.py"]),
    ("change report (clientgen diff) on openai.yaml", ["bench_diff.py"]),
    ("change-report surface walk, recursive graphs of 100 kB and 1 MB", ["bench_surface.py"]),
    ("validation", ["bench_validation.py", "--seconds", "0.5"]),
    ("runtime, 1,000 concurrent tasks", ["bench_runtime.py", "--tasks", "1000", "--polls", "3"]),
    ("streams and downloads", ["bench_streaming.py"]),
    ("hostile replies: peak memory beside the caps", ["bench_hostile.py"]),
    ("simulator, 1,000 concurrent tasks", ["bench_simulator.py", "--tasks", "1000"]),
    (
        # The full size; about 15-25 minutes on 2 shared cores (see bench_batch.py).
        "batch runner, 10,000 jobs (also memory, kill and resume, concurrency sweep)",
        ["bench_batch.py", "--jobs", "10000"],
    ),
    (
        "workers, 10,000 queued jobs on 1, 2, 4 processes",
        ["bench_workers.py", "--jobs", "10000"],
    ),
]
FULL: list[tuple[str, list[str]]] = [
    ("change-report surface walk, up to 10 MB", ["bench_surface.py", "--full"]),
    ("runtime, 10,000 concurrent tasks", ["bench_runtime.py", "--tasks", "10000"]),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true", help="also run the long benchmarks")
    parser.add_argument("--only", metavar="WORD", help="only the benchmarks whose name has WORD")
    args = parser.parse_args()
    failed = []
    benches = QUICK + (FULL if args.full else [])
    benches = [b for b in benches if args.only is None or args.only in b[0]]
    start_all = time.perf_counter()
    for name, argv in benches:
        print(f"== {name}: start", flush=True)
        start = time.perf_counter()
        code = subprocess.call([sys.executable, str(HERE / argv[0]), *argv[1:]])
        took = time.perf_counter() - start
        status = "done" if code == 0 else f"FAILED (exit {code})"
        print(f"== {name}: {status} in {took:.1f} s", flush=True)
        if code != 0:
            failed.append(name)
    print(f"== all benchmarks: {time.perf_counter() - start_all:.1f} s", flush=True)
    if failed:
        print("failed: " + ", ".join(failed), file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
