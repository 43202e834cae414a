"""End to end: every task binding of all five gateways, submit → wait → outputs, against the simulator.

The generated sync and async clients talk HTTP to the simulator on 127.0.0.1 exactly as they would
to the gateway; the simulator checks every request with the clients' validator and auth.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from gateway_runtime import ProgressEvent
from generator.simulator import Simulator, load_gateway, running
from tests.simulator.calls import GATEWAYS, KEY, client_class, kwargs, method, served_urls

BINDINGS = [
    (gateway, name) for gateway in GATEWAYS for name in sorted(load_gateway(gateway).spec.tasks)
]
MAGIC = {".png": b"\x89PNG", ".mp4": b"\x00\x00\x00\x1cftyp", ".mp3": b"ID3"}


@pytest.fixture(autouse=True)
def _journal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("GATEWAY_JOURNAL", str(tmp_path / "journal.sqlite3"))


@pytest.fixture(scope="module")
def sims() -> Iterator[dict[str, Simulator]]:
    """One simulator per gateway for the whole module (tasks are independent)."""
    started = {g: Simulator(g, polls=4).start() for g in GATEWAYS}
    yield started
    for sim in started.values():
        sim.stop()


def _check_outputs(sim: Simulator, result: object) -> None:
    dumped = result.model_dump(mode="json", by_alias=True)  # type: ignore[attr-defined]
    urls = served_urls(dumped, sim.url)
    assert urls, f"no output URL served by the simulator in {dumped}"
    with httpx.Client() as http:
        for url in urls:
            reply = http.get(url)
            assert reply.status_code == 200
            ext = url[url.rfind(".") :]
            assert reply.content.startswith(MAGIC[ext]), url


@pytest.mark.parametrize(("gateway", "binding"), BINDINGS)
def test_sync_submit_wait_outputs(sims: dict[str, Simulator], gateway: str, binding: str) -> None:
    sim = sims[gateway]
    b = sim.gateway.spec.tasks[binding]
    op_id = b.submit[0]
    events: list[ProgressEvent] = []
    with client_class(gateway)(api_key=KEY, base_url=sim.url) as client:
        task = method(client, sim.gateway, op_id)(**kwargs(sim.gateway, op_id))
        assert task.id in sim.tasks
        result = task.wait(timeout=10, poll_interval=0.001, on_progress=events.append)
    assert [e.outcome for e in events] == ["pending"] * 3 + ["success"]
    assert [e.status for e in events][:3] == [
        sim.tasks[task.id].binding.pending[0],
        *[e.status for e in events][1:3],
    ]
    assert all(e.status in b.pending for e in events[:3])
    assert events[-1].status in b.success
    if b.progress:
        percents = [e.percent for e in events]
        assert percents == sorted(percents) and percents[-1] == 100
    assert sim.tasks[task.id].polls == 4
    _check_outputs(sim, result)


@pytest.mark.parametrize(("gateway", "binding"), BINDINGS)
def test_async_submit_wait_outputs(sims: dict[str, Simulator], gateway: str, binding: str) -> None:
    sim = sims[gateway]
    op_id = sim.gateway.spec.tasks[binding].submit[0]

    async def run() -> object:
        async with client_class(gateway, asynchronous=True)(
            api_key=KEY, base_url=sim.url
        ) as client:
            tasks = [
                await method(client, sim.gateway, op_id)(**kwargs(sim.gateway, op_id))
                for _ in range(3)
            ]
            results = await asyncio.gather(
                *(t.wait(timeout=10, poll_interval=0.001) for t in tasks)
            )
            assert {sim.tasks[t.id].polls for t in tasks} == {4}
            return results[0]

    _check_outputs(sim, asyncio.run(run()))


def test_every_submit_operation_answers_a_task() -> None:
    for gateway in GATEWAYS:
        with (
            running(gateway, polls=1) as sim,
            client_class(gateway)(api_key=KEY, base_url=sim.url) as client,
        ):
            for b in sim.gateway.spec.tasks.values():
                for op_id in b.submit:
                    task = method(client, sim.gateway, op_id)(**kwargs(sim.gateway, op_id))
                    assert sim.tasks[task.id].operation == op_id
                    task.wait(timeout=5, poll_interval=0.001)
