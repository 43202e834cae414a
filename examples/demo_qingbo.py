"""`make demo`: the main job — submit a Qingbo image generation, watch it, save the image.

It runs against the local simulator (no key, no network, no cost); the client code is exactly
what you would run against https://qingbo.dev, only ``base_url`` and the key differ.
"""

from __future__ import annotations

import sys
from pathlib import Path

import httpx

from gateway_runtime import ProgressEvent
from generated.qingbo import Qingbo
from generator.simulator import running

OUT = Path("demo-output")


def show(event: ProgressEvent) -> None:
    """A one-line progress bar, redrawn in place on a terminal."""
    percent = event.percent or 0.0
    filled = int(percent // 5)
    line = f"  [{'#' * filled}{'.' * (20 - filled)}] {percent:5.1f}%  {event.status}"
    if sys.stdout.isatty():
        end = "\n" if event.outcome != "pending" else ""
        print("\r" + line, end=end, flush=True)
    else:
        print(line, flush=True)


def main() -> int:
    OUT.mkdir(exist_ok=True)
    with running("qingbo", polls=8) as sim:
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
            )
            print(f"submitted task {task.id}")
            result = task.wait(timeout=60, poll_interval=0.25, on_progress=show)
            assert result.result is not None and result.result.images
            url = str(result.result.images[0].url)
            image = OUT / f"{task.id}.png"
            image.write_bytes(httpx.get(url).raise_for_status().content)
    print(f"saved {image}")
    print(
        "\nThe same code against the real gateway:\n"
        "    export QINGBO_API_KEY=sk-...      # your key\n"
        "    client = Qingbo()                 # base_url defaults to https://qingbo.dev\n"
        "Try any other gateway locally: python -m generator.simulator uniapi --port 8080"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
