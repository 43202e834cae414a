"""Benchmark (not a test): payload validations per second, first call and warm.

    python bench/bench_validation.py [--seconds 2] [--generated DIR]

Payloads: a typical Qingbo task (POST /v1/tasks) and a UniAPI chat completion. "First call"
compiles the operation's schema from a freshly loaded spec and validates once; "warm" validates
the same payload again and again with the cached validator. Target: >= 20,000/s warm.
"""

from __future__ import annotations

import argparse
import atexit
import functools
import gc
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gateway_runtime.spec import GatewaySpec  # noqa: E402
from gateway_runtime.validation import validate_operation_payload  # noqa: E402

QINGBO_TASK = {
    "model": "seedream-5.0",
    "action": "generate",
    "prompt": "一只柴犬穿宇航服站在月球上, cinematic lighting",
    "image_urls": ["https://example.com/ref-1.png", "https://example.com/ref-2.png"],
    "size": "16:9",
    "resolution": "2K",
    "n": 2,
    "watermark": False,
    "extra": {"output_format": "png", "tools": [{"type": "web_search"}]},
}
QINGBO_BAD = {
    **QINGBO_TASK,
    "model": "seedream-4.5",
    "resolution": "3K",
    "image_urls": ["u"] * 16,
    "n": 0,
}
UNIAPI_CHAT = {
    "model": "gpt-4o-mini",
    "messages": [
        {"role": "system", "content": "You are a helpful assistant."},
        {"role": "user", "content": "Write a haiku about the sea."},
    ],
    "temperature": 0.7,
    "max_tokens": 256,
    "stream": False,
    "stop": ["\n\n"],
    "user": "user-1234",
}
CASES = [
    ("qingbo", "createTask", "Qingbo task (9 fields)", QINGBO_TASK),
    ("qingbo", "createTask", "Qingbo task, invalid", QINGBO_BAD),
    ("uniapi", "createChatCompletion", "UniAPI chat (8 fields, 2 messages)", UNIAPI_CHAT),
]


def spec_data(name: str, generated: Path | None) -> dict[str, Any]:
    for folder in [generated, ROOT / "generated"]:
        if folder is not None and (folder / name / "spec.json").is_file():
            data: dict[str, Any] = json.loads(
                (folder / name / "spec.json").read_text(encoding="utf-8")
            )
            return data
    out = Path(tempfile.mkdtemp(prefix="bench-generated-"))
    atexit.register(shutil.rmtree, out, ignore_errors=True)
    cmd = [
        sys.executable,
        "-m",
        "generator",
        "generate",
        "--out",
        str(out),
        str(ROOT / "specs" / f"{name}.yaml"),
    ]
    subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True)
    data = json.loads((out / name / "spec.json").read_text(encoding="utf-8"))
    return data


def first_call_us(data: dict[str, Any], operation: str, payload: Any, rounds: int = 200) -> float:
    """Median microseconds of compile + one validation, on a freshly parsed spec each round."""
    times = []
    for _ in range(rounds):
        op = GatewaySpec.from_dict(json.loads(json.dumps(data))).operations[operation]
        start = time.perf_counter()
        validate_operation_payload(op, payload)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1e6


def warm_per_second(fn: Callable[[], Any], seconds: float) -> float:
    """Best of 5 timed batches, validations per second."""
    fn()
    batch = 1000
    while True:  # size a batch to ~seconds/5
        start = time.perf_counter()
        for _ in range(batch):
            fn()
        took = time.perf_counter() - start
        if took > seconds / 5:
            break
        batch *= 2
    best = 0.0
    gc.disable()
    try:
        for _ in range(5):
            start = time.perf_counter()
            for _ in range(batch):
                fn()
            best = max(best, batch / (time.perf_counter() - start))
    finally:
        gc.enable()
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--seconds", type=float, default=2.0, help="time spent per warm measurement"
    )
    parser.add_argument(
        "--generated", type=Path, default=None, help="folder holding <gateway>/spec.json"
    )
    args = parser.parse_args()

    print(f"python {sys.version.split()[0]}; target >= 20,000 validations/s warm")
    print(f"{'payload':38} {'problems':>8} {'first call':>12} {'warm':>16}")
    for gateway, operation, label, payload in CASES:
        data = spec_data(gateway, args.generated)
        op = GatewaySpec.from_dict(data).operations[operation]
        problems = validate_operation_payload(op, payload)
        first = first_call_us(data, operation, payload)
        warm = warm_per_second(
            functools.partial(validate_operation_payload, op, payload), args.seconds
        )
        print(f"{label:38} {len(problems):>8} {first:>9.0f} µs {warm:>12,.0f} /s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
