"""Run a simulated gateway: in the current event loop, in a background thread, or until killed."""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

from .app import App
from .faults import Faults
from .gateway import Gateway, load_gateway
from .tasks import SimTask
from .transport import HttpServer

__all__ = ["Simulator", "running", "serve"]


class Simulator:
    """A simulated gateway on 127.0.0.1.

    ``gateway`` is a name (``"qingbo"``), a spec path or a loaded :class:`Gateway`. ``polls`` is
    how many polls a task takes to finish (the last one shows success), so tests run in
    milliseconds with a short ``poll_interval``; ``task_seconds`` also makes it last that long
    (a realistic pace for demos and benchmarks). Use ``async with`` inside a loop, or
    :func:`running` / ``start()`` / ``stop()`` for a background thread.
    """

    def __init__(
        self,
        gateway: str | Path | Gateway,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        seed: int = 0,
        faults: Faults | None = None,
        polls: int = 3,
        task_seconds: float = 0.0,
    ) -> None:
        self.gateway = gateway if isinstance(gateway, Gateway) else load_gateway(gateway)
        self.app = App(
            self.gateway, seed=seed, faults=faults, polls=polls, task_seconds=task_seconds
        )
        self.http = HttpServer(self.app.handle, host, port)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """Base URL to give a client (``base_url=sim.url``)."""
        return f"http://{self.http.host}:{self.http.port}"

    @property
    def tasks(self) -> dict[str, SimTask]:
        return self.app.tasks

    def count(self, operation_id: str | None = None) -> int:
        """Requests routed to an operation (or to all of them)."""
        if operation_id is None:
            return sum(self.app.counts.values())
        return self.app.counts[operation_id]

    async def astart(self) -> Simulator:
        await self.http.start()
        self.app.base_url = self.url
        return self

    async def astop(self) -> None:
        await self.http.stop()

    async def __aenter__(self) -> Simulator:
        return await self.astart()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.astop()

    def start(self) -> Simulator:
        """Serve from a background thread; returns once the port is bound."""
        ready = threading.Event()
        errors: list[BaseException] = []

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            try:
                loop.run_until_complete(self.astart())
            except BaseException as exc:  # bind failure: reported to the starter
                errors.append(exc)
                ready.set()
                return
            ready.set()
            loop.run_forever()
            loop.run_until_complete(self.astop())
            loop.close()

        self._thread = threading.Thread(
            target=run, name=f"simulator-{self.gateway.name}", daemon=True
        )
        self._thread.start()
        ready.wait()
        if errors:
            raise errors[0]
        return self

    def stop(self) -> None:
        loop, thread = self._loop, self._thread
        if loop is not None and thread is not None and thread.is_alive():
            loop.call_soon_threadsafe(loop.stop)
            thread.join(timeout=10)
        self._thread = None

    def __enter__(self) -> Simulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


@contextlib.contextmanager
def running(gateway: str | Path | Gateway, **options: Any) -> Iterator[Simulator]:
    """``with running("qingbo") as sim: Qingbo(base_url=sim.url, api_key="any")`` — one line."""
    with Simulator(gateway, **options) as sim:
        yield sim


def serve(
    gateway: str | Path | Gateway,
    port: int = 0,
    seed: int = 0,
    faults: Faults | None = None,
    *,
    host: str = "127.0.0.1",
    polls: int = 3,
    task_seconds: float = 0.0,
    announce: Any = print,
) -> None:
    """Serve until interrupted; ``announce`` gets the base URL line once the port is bound."""

    async def main() -> None:
        sim = Simulator(
            gateway,
            host=host,
            port=port,
            seed=seed,
            faults=faults,
            polls=polls,
            task_seconds=task_seconds,
        )
        async with sim:
            announce(f"{sim.gateway.name} simulator listening on {sim.url}")
            await asyncio.Event().wait()

    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(main())
