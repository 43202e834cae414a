"""Run one call against a hostile reply in a process with an address-space limit; print the result.

    python -m tests.runtime.memprobe SCENARIO MODE URL CAP [LIMIT_MIB]

The test (or benchmark) that starts this serves the hostile reply from its own server on
127.0.0.1. Here the client warms up (imports, one ordinary call, so threads and pools exist),
then ``RLIMIT_AS`` is set to the address space in use plus ``LIMIT_MIB`` (default 160) and the
peak-RSS mark is reset (``/proc/self/clear_refs``). A regression that holds the whole hostile body
fails with ``MemoryError`` instead of eating the machine. Prints one JSON line: the error's class
and message and ``peak_mib``, the resident memory above the baseline at the worst moment.

SCENARIO: ``json`` (plain JSON call), ``poll`` (``wait()`` on a task), ``binary`` (a call that
declares a binary reply), ``stream`` (an SSE stream), ``download`` (``client.download``).
MODE: ``sync`` or ``async``. CAP: bytes given to the cap that applies.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import re
import resource
import sys
import tempfile
from typing import Any

from gateway_runtime import AsyncClient, GatewaySpec, SyncClient
from tests.runtime.specdata import SPEC


def _status(key: str) -> int:
    with open("/proc/self/status") as f:
        found = re.search(rf"{key}:\s+(\d+) kB", f.read())
    assert found is not None
    return int(found.group(1)) * 1024


async def _aw(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


async def _consume(stream: Any) -> int:
    count = 0
    if hasattr(stream, "__aiter__"):
        async for _ in stream:
            count += 1
    else:
        for _ in stream:
            count += 1
    return count


async def _call(client: Any, scenario: str, cap: int, folder: str) -> Any:
    if scenario == "json":
        return await _aw(client.request("getTask", path_params={"task_id": "bomb"}))
    if scenario == "poll":
        task = await _aw(client.resume({"task_id": "bomb", "binding": "image"}))
        return await _aw(task.wait(timeout=30))
    if scenario == "binary":
        return await _aw(client.request("download"))
    if scenario == "stream":
        stream = await _aw(client.stream("chat", body={"stream": True}, parse=dict))
        return await _consume(stream)
    if scenario == "download":
        reply = {"data": [{"url": f"{client._core.base_url}/bomb.bin"}]}
        return await _aw(client.download("images", reply, folder, max_bytes=cap, progress=False))
    raise SystemExit(f"unknown scenario {scenario!r}")


def _caps(cap: int) -> dict[str, int]:
    """The caps this runtime knows (a checkout without them measures the unbounded reads)."""
    from gateway_runtime.options import ClientOptions

    names = ("max_binary_bytes", "max_event_bytes")
    return {n: cap for n in names if n in ClientOptions.__annotations__}


async def _run(scenario: str, mode: str, url: str, cap: int, limit_mib: int) -> dict[str, Any]:
    spec = GatewaySpec.from_dict(SPEC)
    options: dict[str, Any] = {
        "api_key": "k",
        "base_url": url,
        "journal": False,
        "timeout": 20.0,
        "max_retries": 0,
        "max_response_bytes": cap,
        **_caps(cap),
    }
    client: Any = SyncClient(spec, **options) if mode == "sync" else AsyncClient(spec, **options)
    with tempfile.TemporaryDirectory() as folder:
        await _aw(client.request("getTask", path_params={"task_id": "warm"}))
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        resource.setrlimit(resource.RLIMIT_AS, (_status("VmSize") + (limit_mib << 20), hard))
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        baseline = _status("VmRSS")
        error: BaseException | None = None
        try:
            await _call(client, scenario, cap, folder)
        except BaseException as exc:  # MemoryError included: that is the regression
            error = exc
        peak = _status("VmHWM") - baseline
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
        await _aw(client.close())
    return {
        "error": None if error is None else type(error).__name__,
        "message": None if error is None else str(error),
        "peak_mib": peak / (1 << 20),
    }


def main() -> None:
    scenario, mode, url, cap = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    limit_mib = int(sys.argv[5]) if len(sys.argv) > 5 else 160
    print(json.dumps(asyncio.run(_run(scenario, mode, url, cap, limit_mib))), flush=True)


if __name__ == "__main__":
    main()
