"""Benchmark (not a test): SSE stream throughput and download speed against the local server.

The server (tests/gateway_server.py) runs in a thread of the same process, so the figures are
a floor: client and server share the CPU. Streams ``--events`` chat chunks (one TCP write) and
downloads ``--mib`` MiB, each with the sync and the async client.

    .venv/bin/python bench/bench_streaming.py --events 20000 --mib 64

Targets: >= 20,000 events/s (the event decoder must never be what a chat waits on) and
>= 50 MiB/s per download (far above any gateway's CDN).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.report import figure  # noqa: E402
from gateway_runtime import AsyncClient, GatewaySpec, SyncClient  # noqa: E402
from tests.gateway_server import GatewayServer, Response  # noqa: E402
from tests.runtime.specdata import SPEC  # noqa: E402

CHUNK = {
    "id": "chatcmpl-1",
    "object": "chat.completion.chunk",
    "choices": [{"index": 0, "delta": {"content": "token"}, "finish_reason": None}],
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=20000)
    parser.add_argument("--mib", type=int, default=64)
    args = parser.parse_args()
    spec = GatewaySpec.from_dict(SPEC)
    events = "".join(f"data: {json.dumps(CHUNK)}\n\n" for _ in range(args.events))
    payload = b"\0" * (args.mib << 20)
    with GatewayServer(record=False) as server:
        server.route(
            "POST",
            "/v1/chat",
            Response.streamed(
                [(events + "data: [DONE]\n\n").encode()], content_type="text/event-stream"
            ),
        )
        server.route("GET", "/blob.bin", Response(200, body=payload))
        reply = {"data": [{"url": f"{server.url}/blob.bin"}]}
        body = {"prompt": "p", "stream": True}
        with SyncClient(spec, api_key="k", base_url=server.url, journal=False) as client:
            start = time.perf_counter()
            count = sum(1 for _ in client.stream("chat", body=body, parse=dict))
            rate = count / (time.perf_counter() - start)
            figure("sync stream", rate, "events/s", ">=", 20000)
            with tempfile.TemporaryDirectory() as folder:
                start = time.perf_counter()
                client.download("images", reply, folder, name="blob", progress=False)
                speed = args.mib / (time.perf_counter() - start)
                figure("sync download", speed, "MiB/s", ">=", 50)

        async def run_async() -> tuple[float, float]:
            async with AsyncClient(
                spec, api_key="k", base_url=server.url, journal=False
            ) as aclient:
                start = time.perf_counter()
                count = 0
                async with await aclient.stream("chat", body=body, parse=dict) as stream:
                    async for _ in stream:
                        count += 1
                rate = count / (time.perf_counter() - start)
                with tempfile.TemporaryDirectory() as folder:
                    start = time.perf_counter()
                    await aclient.download("images", reply, folder, name="blob", progress=False)
                    return rate, args.mib / (time.perf_counter() - start)

        rate, speed = asyncio.run(run_async())
        figure("async stream", rate, "events/s", ">=", 20000)
        figure("async download", speed, "MiB/s", ">=", 50)
    return 0 if count == args.events else 1


if __name__ == "__main__":
    sys.exit(main())
