"""Fixtures for the runtime suite: a live :class:`GatewayServer`, the test spec, clients."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from gateway_runtime import AsyncClient, GatewaySpec, SyncClient
from tests.gateway_server import GatewayServer, TaskPlan, TaskSimulator
from tests.runtime.specdata import SPEC

API_KEY = "sk-test-SUPERSECRET-0123456789abcdef"


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Never touch the user's journal or pick up a real key."""
    monkeypatch.setenv("GATEWAY_JOURNAL", str(tmp_path / "default-journal.sqlite3"))
    monkeypatch.delenv("TESTGW_API_KEY", raising=False)


@pytest.fixture
def gateway_server() -> Iterator[GatewayServer]:
    """A live programmable server on 127.0.0.1 (random port), stopped after the test."""
    with GatewayServer() as server:
        yield server


@pytest.fixture
def sim(gateway_server: GatewayServer) -> TaskSimulator:
    """The Qingbo-shaped task API of the test spec, completing on the 3rd poll."""
    return gateway_server.add_task_api(
        submit=[("POST", "/v1/tasks"), ("POST", "/v1/tasks-idem")],
        poll=("GET", "/v1/tasks/{task_id}"),
        cancel=("POST", "/v1/tasks/{task_id}/cancel"),
        plan=TaskPlan(polls=3),
    )


@pytest.fixture
def spec() -> GatewaySpec:
    return GatewaySpec.from_dict(SPEC)


@pytest.fixture
def journal_path(tmp_path: Path) -> Path:
    return tmp_path / "journal.sqlite3"


@pytest.fixture
def make_client(
    spec: GatewaySpec, gateway_server: GatewayServer, journal_path: Path
) -> Iterator[Callable[..., SyncClient]]:
    """Build sync clients against the server (short timeouts, fast retries); closed after."""
    clients: list[SyncClient] = []

    def make(**options: Any) -> SyncClient:
        options.setdefault("api_key", API_KEY)
        options.setdefault("base_url", gateway_server.url)
        options.setdefault("journal", journal_path)
        options.setdefault("timeout", 5.0)
        options.setdefault("retry_backoff", (0.001, 0.005))
        client = SyncClient(options.pop("spec", spec), **options)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


@pytest.fixture
def make_async_client(
    spec: GatewaySpec, gateway_server: GatewayServer, journal_path: Path
) -> Callable[..., AsyncClient]:
    """Build async clients against the server; use them inside ``async with``."""

    def make(**options: Any) -> AsyncClient:
        options.setdefault("api_key", API_KEY)
        options.setdefault("base_url", gateway_server.url)
        options.setdefault("journal", journal_path)
        options.setdefault("timeout", 5.0)
        options.setdefault("retry_backoff", (0.001, 0.005))
        client = AsyncClient(options.pop("spec", spec), **options)
        return client

    return make


Scenario = Callable[[Any], Awaitable[Any]]


async def aw(value: Any) -> Any:
    """``await`` a coroutine, pass a plain value through: one scenario body for both clients."""
    return await value if inspect.isawaitable(value) else value


@pytest.fixture(params=["sync", "async"])
def both(
    request: pytest.FixtureRequest,
    make_client: Callable[..., SyncClient],
    make_async_client: Callable[..., AsyncClient],
) -> Callable[..., Any]:
    """Run one scenario ``async def scenario(client)`` with the sync client, then the async one.

    The scenario awaits every client call through :func:`aw`, so the same lines test both.
    """

    def run(scenario: Scenario, **options: Any) -> Any:
        async def main() -> Any:
            if request.param == "sync":
                return await scenario(make_client(**options))
            async with make_async_client(**options) as client:
                return await scenario(client)

        return asyncio.run(main())

    return run
