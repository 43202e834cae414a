"""`make demo`: the main job — submit a Qingbo image generation, watch it, save the image.

It runs against the local simulator (no key, no network, no cost); the client code is exactly
what you would run against https://qingbo.dev, only ``base_url`` and the key differ.
"""

from __future__ import annotations

import sys
from pathlib import Path

from generated.qingbo import Qingbo
from generator.simulator import running

OUT = Path("demo-output")


def main() -> int:
    # A simulated task that takes about 4 s over 8 polls, so the progress bar has time to move.
    with running("qingbo", polls=8, task_seconds=4.0) as sim:
        print(f"Qingbo simulator on {sim.url} (no key, no network)")
        with Qingbo(
            api_key="any-key-works-here", base_url=sim.url, journal=OUT / "tasks.sqlite3"
        ) as client:
            task = client.tasks.create(
                model="seedream-5.0",
                prompt="一只柴犬穿宇航服站在月球上",
                size="16:9",
                resolution="2K",
                watermark=False,
                download_to=OUT,  # proven writable before the submit is paid
            )
            print(f"submitted task {task.id}")
            # The gateway asks for a poll every 3 s; the simulated task is quicker.
            task.wait(timeout=60, poll_interval=0.5, progress=True)
            paths = task.download()
    for path in paths:
        print(f"saved {path}")
    print(
        "\nThe same code against the real gateway (https://qingbo.dev):\n"
        "    export QINGBO_API_KEY=sk-...        # your key\n"
        "    client = Qingbo()                   # no base_url: the gateway's own\n"
        "    task = client.tasks.create(model=..., prompt=..., download_to='demo-output')\n"
        "    task.wait(progress=True); task.download()\n"
        "Try any other gateway locally: clientgen simulate uniapi --port 8080 --log"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
