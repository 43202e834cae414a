"""Real Celery worker processes (``clientgen worker``) for the workers tests."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

__all__ = ["Worker"]


class Worker:
    """One ``clientgen worker`` process; ``kill()`` is a SIGKILL (no clean-up at all)."""

    def __init__(self, url: str, folder: Path, name: str, *, concurrency: int = 4) -> None:
        self.log = folder / f"{name}.log"
        env = {
            **os.environ,
            "QINGBO_API_KEY": "sk-test-worker-key",
            "GATEWAY_JOURNAL": str(folder / f"{name}-journal.sqlite3"),
        }
        self.process = subprocess.Popen(
            [
                sys.executable, "-m", "gateway_runtime.cli", "worker", "--queue", url,
                "--concurrency", str(concurrency), "--visibility-timeout", "3",
                "--sweep-every", "2", "--name", f"{name}@test", "--loglevel", "WARNING",
            ],
            stdout=subprocess.DEVNULL,
            stderr=self.log.open("wb"),
            env=env,
        )  # fmt: skip

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()
