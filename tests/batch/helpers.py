"""Jobs files and clients for the batch tests (Qingbo's image tasks on the simulator)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from generator.simulator import Simulator

KEY = "sk-batch-SECRET-0123456789"
OPERATION = "tasks.create"


def payload(i: int, **extra: Any) -> dict[str, Any]:
    """A valid Qingbo image submit whose prompt names its job."""
    return {
        "model": "seedream-5.0",
        "action": "generate",
        "prompt": f"job-{i} a red fox",
        "size": "16:9",
        **extra,
    }


def write_jobs(path: Path, n: int, **extra: Any) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            handle.write(json.dumps({"id": f"job-{i}", **payload(i, **extra)}) + "\n")
    return path


def results(out: Path) -> dict[str, dict[str, Any]]:
    lines = [json.loads(t) for t in (out / "results.jsonl").read_text().splitlines()]
    return {str(line["id"]): line for line in lines}


def submits_per_job(sim: Simulator) -> Counter[str]:
    """Tasks the simulator created, per job id (from the submitted prompt; needs record=True)."""
    seen: Counter[str] = Counter()
    for entry in sim.log.of(kind="submit"):
        request = sim.requests[entry.seq - 1]  # the log and the recording share arrival order
        prompt = str(request.json().get("prompt", ""))
        seen["job-" + prompt.split(" ", 1)[0].removeprefix("job-")] += 1
    return seen
