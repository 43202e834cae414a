"""Run a simulated gateway: in the current event loop, in a background thread, or until killed."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

from .app import App
from .background import BackgroundLoop
from .callbacks import Delivery
from .faults import Faults
from .gateway import Gateway, load_gateway
from .reqlog import RequestLog
from .tasks import SimTask
from .transport import HttpServer, Request

__all__ = ["Simulator", "running", "serve"]


class Simulator:
    """A simulated gateway on 127.0.0.1.

    ``gateway`` is a name (``"qingbo"``), a spec path or a loaded :class:`Gateway`. ``polls`` is
    how many polls a task takes to finish (the last one shows success), so tests run in
    milliseconds with a short ``poll_interval``; ``task_seconds`` also makes it last that long
    (a realistic pace for demos and benchmarks). ``record`` keeps every request in
    :attr:`requests` (for tests that check what a client sent); :attr:`log` always keeps a
    summary line per request and counts task submits per operation (``sim.submits("createTask")``;
    also ``GET /_simulator/requests``); ``log_to`` gets each line as it happens (``--log``).
    ``api_key`` makes it refuse every other key with a 401 in the gateway's own error envelope
    (default: any non-empty key is accepted). Use ``async with`` inside a loop, or
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
        record: bool = False,
        log_to: Callable[[str], None] | None = None,
        api_key: str | None = None,
    ) -> None:
        self.gateway = gateway if isinstance(gateway, Gateway) else load_gateway(gateway)
        self.app = App(
            self.gateway,
            seed=seed,
            faults=faults,
            polls=polls,
            task_seconds=task_seconds,
            record=record,
            log=RequestLog(log_to),
            api_key=api_key,
        )
        self.http = HttpServer(self.app.handle, host, port)
        self._background = BackgroundLoop(f"simulator-{self.gateway.name}")

    @property
    def url(self) -> str:
        """Base URL to give a client (``base_url=sim.url``)."""
        return f"http://{self.http.host}:{self.http.port}"

    @property
    def tasks(self) -> dict[str, SimTask]:
        return self.app.tasks

    @property
    def requests(self) -> list[Request]:
        """Every request received, in order (only with ``record=True``)."""
        return self.app.requests

    @property
    def callbacks(self) -> list[Delivery]:
        """Every callback sent (or refused), in order."""
        return self.app.callbacks.deliveries

    @property
    def log(self) -> RequestLog:
        """Every request in summary (method, path, operation, kind, status, task id)."""
        return self.app.log

    def submits(self, operation_id: str | None = None) -> int:
        """Tasks created by a submit operation (or by all): what a gateway would have charged."""
        return self.app.log.submits(operation_id)

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
        self._background.start(self.astart, self.astop)
        return self

    def stop(self) -> None:
        self._background.stop()

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
    log_to: Callable[[str], None] | None = None,
    api_key: str | None = None,
) -> None:
    """Serve until interrupted; ``announce`` gets the base URL line once the port is bound,
    ``log_to`` one line per request."""

    async def main() -> None:
        sim = Simulator(
            gateway,
            host=host,
            port=port,
            seed=seed,
            faults=faults,
            polls=polls,
            task_seconds=task_seconds,
            log_to=log_to,
            api_key=api_key,
        )
        async with sim:
            announce(f"{sim.gateway.name} simulator listening on {sim.url}")
            await asyncio.Event().wait()

    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(main())
