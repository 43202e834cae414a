"""Every public exception crosses process boundaries with its task id, code, message and status.

The classes are discovered (every exception class defined in a public module of
``gateway_runtime``), not listed, so a new error class is covered the day it is written.
"""

from __future__ import annotations

import importlib
import inspect
import pickle
import pkgutil
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import pytest

import gateway_runtime
from gateway_runtime import SyncClient, TaskFailedError
from gateway_runtime.loading import LoadProblem
from gateway_runtime.tasks import TaskState
from gateway_runtime.validation import Problem
from tests.gateway_server import GatewayServer, TaskPlan
from tests.runtime.conftest import API_KEY


def _public_modules() -> Iterator[Any]:
    yield gateway_runtime
    for info in pkgutil.walk_packages(gateway_runtime.__path__, "gateway_runtime."):
        if any(part.startswith("_") for part in info.name.split(".")):
            continue
        yield importlib.import_module(info.name)


def _exception_classes() -> list[type[BaseException]]:
    found: dict[str, type[BaseException]] = {}
    for module in _public_modules():
        for name, value in vars(module).items():
            if (
                isinstance(value, type)
                and issubclass(value, BaseException)
                and value.__module__.startswith("gateway_runtime")
                and not name.startswith("_")
            ):
                found[f"{value.__module__}.{value.__qualname__}"] = value
    return [found[k] for k in sorted(found)]


CLASSES = _exception_classes()


def test_discovery_finds_the_hierarchy() -> None:
    names = {c.__name__ for c in CLASSES}
    assert {"TaskFailedError", "DeadlineExceededError", "UnknownStatusError"} <= names
    assert {"PayloadValidationError", "SpecError", "DownloadError"} <= names
    assert len(CLASSES) >= 25


@pytest.fixture
def live_task(spec: Any) -> Iterator[Any]:
    """A real task handle: it holds a client, an httpx pool and locks (none of which pickle)."""
    client = SyncClient(spec, api_key=API_KEY, base_url="http://127.0.0.1:9", journal=False)
    task = client.resume({"gateway": "testgw", "task_id": "job-42", "operation": "createTask"})
    yield task
    client.close()


def _arguments(cls: type[BaseException], task: Any) -> dict[str, Any]:
    """Keyword arguments for every parameter of ``cls``, with values that are easy to compare."""
    state = TaskState("job-42", "FAILED", "failure", 100.0, None, "E42", "rejected", {"x": 1})
    known: dict[str, Any] = {
        "message": f"{cls.__name__}: something went wrong",
        "status_code": 418,
        "code": "E42",
        "request_id": "req-1",
        "operation": "createTask",
        "body": {"error": {"code": "E42"}},
        "headers": {"x-request-id": "req-1"},
        "url": "http://127.0.0.1:9/v1/tasks",
        "task": task,
        "state": state,
        "problems": [Problem("prompt", "required", "prompt: required")],
        "label": "tasks.create (createTask)",
        "name": "crateTask",
        "gateway": "testgw",
        "suggestions": ["createTask"],
        "text": "not json",
        "limit": 10,
        "parameter": "task_id",
        "retry_after": 1.5,
        "may_have_reached_server": False,
        "envelope": "error",
        "error_type": "invalid_request",
        "details": {"field": "prompt"},
        "drift": [("$.a", "int", "str")],
        "source": "payload.yaml",
    }
    args: dict[str, Any] = {}
    for param in list(inspect.signature(cls.__init__).parameters.values())[1:]:
        if param.kind in (param.VAR_KEYWORD, param.VAR_POSITIONAL):
            continue
        if param.name == "problems" and "LoadProblem" in str(param.annotation):
            args["problems"] = [LoadProblem(3, "/a", "duplicate key 'a' (first at line 2)")]
        elif param.name in known:
            args[param.name] = known[param.name]
        else:
            assert param.default is not param.empty, f"{cls.__name__}: no value for {param.name}"
    return args


def _build(cls: type[BaseException], task: Any) -> BaseException:
    args = _arguments(cls, task)
    sig = inspect.signature(cls.__init__)
    positional = [
        args.pop(p.name)
        for p in list(sig.parameters.values())[1:]
        if p.kind == p.POSITIONAL_ONLY and p.name in args
    ]
    return cls(*positional, **args)


_COMPARED = ("message", "status_code", "code", "request_id", "operation", "body", "problems")


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_every_exception_round_trips_through_pickle(
    cls: type[BaseException], live_task: Any
) -> None:
    error = _build(cls, live_task)
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is cls
    assert str(copy) == str(error)
    assert copy.args == error.args
    for name in _COMPARED:
        if hasattr(error, name):
            assert getattr(copy, name) == getattr(error, name), name
    if hasattr(error, "task"):  # the live handle stays behind; what resumes it travels
        assert copy.task is None
        assert copy.task_id == error.task_id == "job-42"
        assert copy.state == error.state and copy.state.status == "FAILED"
        assert copy.handle == error.handle and copy.handle["task_id"] == "job-42"


def _wait_in_worker(base_url: str, spec_data: dict[str, Any], task_id: str) -> Any:
    """Runs in a child process: resume a task and wait for it (it fails)."""
    from gateway_runtime import GatewaySpec
    from gateway_runtime import SyncClient as Client

    with Client(
        GatewaySpec.from_dict(spec_data), api_key=API_KEY, base_url=base_url, journal=False
    ) as client:
        handle = {"gateway": "testgw", "task_id": task_id, "operation": "createTask"}
        return client.resume(handle).wait(timeout=20, poll_interval=0.01)


def test_a_failed_task_in_a_process_pool_reports_the_real_error(
    gateway_server: GatewayServer, make_client: Callable[..., SyncClient]
) -> None:
    from tests.runtime.specdata import SPEC

    gateway_server.add_task_api(plan=TaskPlan(outcome="failed", polls=1, queued_polls=0))
    task = make_client().submit_task("createTask", body={"prompt": "x"}, parse=dict)
    with ProcessPoolExecutor(max_workers=1) as pool:
        future = pool.submit(_wait_in_worker, gateway_server.url, SPEC, task.id)
        with pytest.raises(TaskFailedError) as info:
            future.result(timeout=60)
    error = info.value
    assert error.task_id == task.id
    assert error.code == "content_policy_violation"
    assert "rejected by the safety system" in str(error)
    assert error.state is not None and error.state.outcome == "failure"
    assert error.handle is not None and error.handle["task_id"] == task.id
