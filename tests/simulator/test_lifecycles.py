"""End to end: every task binding of all five gateways, submit → wait → download, on the simulator.

The generated sync and async clients talk HTTP to the simulator on 127.0.0.1 exactly as they would
to the gateway; the simulator checks every request with the clients' validator and auth, and
serves the outputs the finished tasks point at, so ``task.download`` fetches real files.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from gateway_runtime import ProgressEvent
from gateway_runtime._saving import stem_for
from generator.simulator import Simulator, load_gateway, running
from generator.simulator.app import FILES
from generator.simulator.assets import render
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


def check_saved(sim: Simulator, task: Any, paths: list[Path], directory: Path) -> None:
    """Each saved file holds the bytes the simulator serves at its output URL, named
    ``<task id>-<index><ext>`` with the served file's extension; every other file URL in the
    result is one the simulator serves too."""
    outputs = task.outputs
    assert outputs, f"{task.id}: no outputs"
    served_anywhere = served_urls(task.last_state.raw, sim.url + FILES)
    assert {o.url for o in outputs} <= set(served_anywhere)
    for url in served_anywhere:
        assert render(url[len(sim.url + FILES) :])[0].startswith(MAGIC[url[url.rfind(".") :]])
    assert len(paths) == len(outputs)
    for path, output in zip(paths, outputs, strict=True):
        assert path.parent == directory
        assert output.url is not None and output.url.startswith(sim.url + FILES), output
        served = output.url[len(sim.url + FILES) :]
        data, media = render(served)
        ext = served[served.rfind(".") :]
        assert path.name == f"{stem_for(task.id, always_hash=True)}-{output.index}{ext}"
        assert path.read_bytes() == data
        assert data.startswith(MAGIC[ext])
        assert output.media_type in (None, media)


@pytest.mark.parametrize(("gateway", "binding"), BINDINGS)
def test_sync_submit_wait_download(
    sims: dict[str, Simulator], gateway: str, binding: str, tmp_path: Path
) -> None:
    sim = sims[gateway]
    b = sim.gateway.spec.tasks[binding]
    op_id = b.submit[0]
    events: list[ProgressEvent] = []
    with client_class(gateway)(api_key=KEY, base_url=sim.url) as client:
        task = method(client, sim.gateway, op_id)(**kwargs(sim.gateway, op_id))
        assert task.id in sim.tasks
        task.wait(timeout=10, poll_interval=0.001, on_progress=events.append)
        paths = task.download(tmp_path, progress=False)
    assert [e.outcome for e in events] == ["pending"] * 3 + ["success"]
    assert events[0].status == b.pending[0]
    assert all(e.status in b.pending for e in events[:3])
    assert events[-1].status in b.success
    if b.progress:
        percents = [e.percent for e in events]
        assert percents == sorted(percents) and percents[-1] == 100
    assert sim.tasks[task.id].polls == 4
    check_saved(sim, task, paths, tmp_path)


@pytest.mark.parametrize(("gateway", "binding"), BINDINGS)
def test_async_submit_download(
    sims: dict[str, Simulator], gateway: str, binding: str, tmp_path: Path
) -> None:
    """Three tasks at once on one async client."""
    sim = sims[gateway]
    op_id = sim.gateway.spec.tasks[binding].submit[0]

    async def run() -> list[tuple[Any, list[Path]]]:
        async with client_class(gateway, asynchronous=True)(
            api_key=KEY, base_url=sim.url
        ) as client:
            tasks = [
                await method(client, sim.gateway, op_id)(**kwargs(sim.gateway, op_id))
                for _ in range(3)
            ]
            await asyncio.gather(*(t.wait(timeout=10, poll_interval=0.001) for t in tasks))
            saved = await asyncio.gather(*(t.download(tmp_path, progress=False) for t in tasks))
            assert {sim.tasks[t.id].polls for t in tasks} == {4}
            return list(zip(tasks, saved, strict=True))

    for task, paths in asyncio.run(run()):
        check_saved(sim, task, paths, tmp_path)


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


def test_download_waits_for_the_task_itself(tmp_path: Path) -> None:
    """No ``wait()`` first: ``download`` polls to the end (sync and async), then saves."""
    with running("qingbo", polls=1) as sim:
        with client_class("qingbo")(api_key=KEY, base_url=sim.url) as client:
            task = client.tasks.create(model="seedream-5.0", prompt="a cat")
            check_saved(
                sim, task, task.download(tmp_path / "sync", progress=False), tmp_path / "sync"
            )

        async def run() -> tuple[Any, list[Path]]:
            async with client_class("qingbo", asynchronous=True)(
                api_key=KEY, base_url=sim.url
            ) as client:
                task = await client.tasks.create(model="seedream-5.0", prompt="a cat")
                return task, await task.download(tmp_path / "async", progress=False)

        task, paths = asyncio.run(run())
        check_saved(sim, task, paths, tmp_path / "async")
        assert sim.count("getTask") == 2
