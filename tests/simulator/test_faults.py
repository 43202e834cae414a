"""Every fault the simulator injects ends in the typed outcome the runtime promises."""

from __future__ import annotations

import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any, TypeVar

import pytest

from gateway_runtime import ProgressEvent, task_waiting
from gateway_runtime.errors import (
    APITimeoutError,
    DeadlineExceededError,
    GatewayError,
    InternalServerError,
    RateLimitError,
    TaskFailedError,
    UnknownStatusError,
)
from generator.simulator import Faults, Simulator, running
from tests.simulator.calls import GATEWAYS, KEY, client_class, kwargs, method

BINDINGS = [
    ("qingbo", "image"),
    ("uniall", "video"),
    ("uniapi", "midjourney"),
    ("gptnb", "kling_text2video"),
    ("buble", "generation"),
]
E = TypeVar("E", bound=BaseException)
FAST = {"retry_backoff": (0.001, 0.002), "timeout": 5.0}


@pytest.fixture(autouse=True)
def _journal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("GATEWAY_JOURNAL", str(tmp_path / "journal.sqlite3"))


def _submit(client: object, sim: object, gateway: str, binding: str) -> object:
    gw = sim.gateway  # type: ignore[attr-defined]
    op_id = gw.spec.tasks[binding].submit[0]
    return method(client, gw, op_id)(**kwargs(gw, op_id))


def _wait_fails(
    gateway: str,
    binding: str,
    faults: Faults,
    error: type[E],
    options: dict[str, Any] | None = None,
    **wait: Any,
) -> tuple[Simulator, Any, E]:
    """Submit one task of ``binding`` under ``faults``; ``wait(**wait)`` must raise ``error``."""
    with (
        running(gateway, faults=faults) as sim,
        client_class(gateway)(api_key=KEY, base_url=sim.url, **FAST, **(options or {})) as client,
    ):
        task: Any = _submit(client, sim, gateway, binding)
        with pytest.raises(error) as caught:
            task.wait(**wait)
    return sim, task, caught.value


@pytest.mark.parametrize(("gateway", "binding"), BINDINGS)
def test_failed_task_raises_task_failed_with_the_gateways_message(
    gateway: str, binding: str
) -> None:
    sim, task, error = _wait_fails(
        gateway, binding, Faults(fail_rate=1.0), TaskFailedError, timeout=5, poll_interval=0.001
    )
    b = sim.gateway.spec.tasks[binding]
    assert error.state is not None and error.state.status in b.failure
    assert error.task_id == task.id
    if b.error_message:
        assert "simulated by --fail-rate" in str(error.message)


@pytest.mark.parametrize(("gateway", "binding"), BINDINGS)
def test_stuck_task_ends_in_deadline_exceeded_with_a_resumable_handle(
    gateway: str, binding: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The wait keeps polling a stuck task until its deadline, then hands back the task.

    The deadline is reached by an event, not by the machine's speed: the wait's clock (only
    the one ``gateway_runtime.task_waiting`` reads) jumps past the timeout once the server has
    answered three polls, so "at least 3 polls before the deadline" holds however loaded the
    machine is; the 60 s timeout is only a backstop.
    """
    with (
        running(gateway, faults=Faults(stuck_rate=1.0)) as sim,
        client_class(gateway)(api_key=KEY, base_url=sim.url, **FAST) as client,
    ):
        task: Any = _submit(client, sim, gateway, binding)
        stuck = sim.tasks[task.id]

        def clock() -> float:
            return time.monotonic() + (3600.0 if stuck.polls >= 3 else 0.0)

        monkeypatch.setattr(task_waiting, "time", SimpleNamespace(monotonic=clock, time=time.time))
        with pytest.raises(DeadlineExceededError) as caught:
            task.wait(timeout=60, poll_interval=0.01)
    error = caught.value
    assert error.task is not None and error.task.id == task.id
    assert stuck.polls >= 3 and stuck.fate == "stuck"


def test_rate_limited_submit_is_retried_after_retry_after_and_goes_through() -> None:
    faults = Faults(rate_limit=1.0, retry_after=0.01, limit=1, operations=frozenset({"createTask"}))
    with (
        running("qingbo", faults=faults) as sim,
        client_class("qingbo")(api_key=KEY, base_url=sim.url, **FAST) as client,
    ):
        task = _submit(client, sim, "qingbo", "image")
        task.wait(timeout=5, poll_interval=0.001)  # type: ignore[attr-defined]
    assert sim.count("createTask") == 2  # the 429 (nothing done), then the submit
    assert len(sim.tasks) == 1


def test_always_rate_limited_ends_in_rate_limit_error_after_the_retries() -> None:
    faults = Faults(rate_limit=1.0, retry_after=0.01)
    with (
        running("buble", faults=faults) as sim,
        client_class("buble")(api_key=KEY, base_url=sim.url, max_retries=2, **FAST) as client,
    ):
        with pytest.raises(RateLimitError) as caught:
            _submit(client, sim, "buble", "generation")
    assert caught.value.status_code == 429
    assert sim.count("createGeneration") == 3
    assert not sim.tasks


def test_server_error_on_submit_is_never_replayed() -> None:
    faults = Faults(server_error=1.0, limit=1, operations=frozenset({"createTask"}))
    with (
        running("qingbo", faults=faults) as sim,
        client_class("qingbo")(api_key=KEY, base_url=sim.url, **FAST) as client,
    ):
        with pytest.raises(InternalServerError):
            _submit(client, sim, "qingbo", "image")
    assert sim.count("createTask") == 1


def test_server_errors_on_polls_are_survived() -> None:
    faults = Faults(server_error=1.0, limit=2, operations=frozenset({"getTask"}))
    with (
        running("qingbo", faults=faults) as sim,
        client_class("qingbo")(api_key=KEY, base_url=sim.url, **FAST) as client,
    ):
        task = _submit(client, sim, "qingbo", "image")
        result = task.wait(timeout=5, poll_interval=0.001)  # type: ignore[attr-defined]
    assert result.status == "completed"
    assert sim.count("getTask") == 3 + 2


@pytest.mark.parametrize(("gateway", "binding"), [b for b in BINDINGS if b[0] != "qingbo"])
def test_http_200_error_body_is_a_gateway_error(gateway: str, binding: str) -> None:
    """Qingbo's envelopes never flag 2xx bodies (``in-success: false``), so it is left out."""
    faults = Faults(error_body=1.0)
    with (
        running(gateway, faults=faults) as sim,
        client_class(gateway)(api_key=KEY, base_url=sim.url, **FAST) as client,
    ):
        with pytest.raises(GatewayError) as caught:
            _submit(client, sim, gateway, binding)
    assert caught.value.status_code == 200
    assert "insufficient quota" in str(caught.value.message)
    assert not sim.tasks


def test_status_drift_is_reported_unknown_and_the_task_still_finishes() -> None:
    events: list[ProgressEvent] = []
    with (
        running("uniall", faults=Faults(drift_rate=1.0), polls=4) as sim,
        client_class("uniall")(api_key=KEY, base_url=sim.url, **FAST) as client,
    ):
        task = _submit(client, sim, "uniall", "video")
        task.wait(timeout=5, poll_interval=0.001, on_progress=events.append)  # type: ignore[attr-defined]
    assert [e.outcome for e in events] == ["unknown"] * 3 + ["success"]
    assert all(str(e.status).endswith("_v2") for e in events[:3])


@pytest.mark.parametrize(("gateway", "binding"), BINDINGS)
def test_status_drift_that_stays_unknown_ends_in_unknown_status_error(
    gateway: str, binding: str
) -> None:
    """A stuck task that drifts on every poll: after ``max_unknown_polls`` unknown polls in a
    row ``wait()`` gives up with the handle and the last state, not a deadline."""
    sim, task, error = _wait_fails(
        gateway,
        binding,
        Faults(stuck_rate=1.0, drift_rate=1.0),
        UnknownStatusError,
        {"max_unknown_polls": 4},
        timeout=5,
        poll_interval=0.001,
    )
    assert error.task is not None and error.task.id == task.id
    assert error.state is not None and str(error.state.status).endswith("_v2")
    assert sim.tasks[task.id].polls == 4
    assert KEY not in str(error)


def test_latency_beyond_the_read_timeout_is_a_timeout_and_the_submit_is_not_replayed() -> None:
    with (
        running("qingbo", faults=Faults(latency=0.5)) as sim,
        client_class("qingbo")(
            api_key=KEY, base_url=sim.url, retry_backoff=(0.001, 0.002), timeout=0.1
        ) as client,
    ):
        with pytest.raises(APITimeoutError):
            _submit(client, sim, "qingbo", "image")
    assert sim.count("createTask") == 1


def _fates(seed: int) -> list[str]:
    with (
        running("buble", seed=seed, faults=Faults(fail_rate=0.5), polls=1) as sim,
        client_class("buble")(api_key=KEY, base_url=sim.url, **FAST) as client,
    ):
        out = []
        for _ in range(16):
            task = _submit(client, sim, "buble", "generation")
            try:
                task.wait(timeout=5, poll_interval=0.001)  # type: ignore[attr-defined]
                out.append("success")
            except TaskFailedError:
                out.append("failure")
        return out


def test_faults_are_deterministic_under_a_seed() -> None:
    first = _fates(7)
    assert first == _fates(7)
    assert {"success", "failure"} == set(first)
    assert first != _fates(8)


def test_all_gateways_covered() -> None:
    assert {g for g, _ in BINDINGS} == set(GATEWAYS)
