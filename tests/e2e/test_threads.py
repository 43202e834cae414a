"""One generated client, many threads, from its first call: the lazily built models load once.

Each round is a fresh interpreter (the models module not built yet) whose 16 threads, released
together, submit and wait a task each through one new client against the simulator on 127.0.0.1.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from generator.simulator import running

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 4
THREADS = 16

SCRIPT = """
import sys, threading
from generated.qingbo import Qingbo

client = Qingbo(api_key="sk-threads-KEY-123", base_url=sys.argv[1], journal=False)
barrier = threading.Barrier(THREADS)
results, errors = [], []

def run(i):
    barrier.wait()
    try:
        task = client.tasks.create(model="seedream-4.5", prompt=f"picture {i}")
        results.append(task.wait(timeout=30, poll_interval=0.01).status)
    except BaseException as exc:
        errors.append(f"{type(exc).__name__}: {exc}")

threads = [threading.Thread(target=run, args=(i,)) for i in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
client.close()
print(sorted(set(results)), len(results), errors)
""".replace("THREADS", str(THREADS))


def test_sixteen_threads_on_a_fresh_client_in_a_fresh_interpreter(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with running("qingbo", polls=2) as sim:
        for _ in range(ROUNDS):
            done = subprocess.run(
                [sys.executable, "-c", SCRIPT, sim.url],
                capture_output=True,
                text=True,
                timeout=120,
                env=env,
                cwd=tmp_path,
            )
            assert done.returncode == 0, done.stderr
            assert done.stdout.strip() == f"['completed'] {THREADS} []", done.stdout + done.stderr
