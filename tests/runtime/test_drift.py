"""Tolerant reading (issue 11, item 3): a drifted body never loses a paid result.

For every task binding of the five generated gateways, a finished task's poll body gets a
mistyped value in every field its model declares (and a status word off the document); the real
server serves it, ``client.resume(handle).wait()`` (which returns the typed model) must return
the model with every drifted value kept as received, the drift listed, the raw body reachable,
and one warning per operation and path. Sync and async.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest
from pydantic import BaseModel, TypeAdapter, ValidationError

from gateway_runtime import GatewaySpec, ResponseValidationError, drift_of, raw_of
from tests.gateway_server import GatewayServer, Response
from tests.runtime.conftest import API_KEY

GATEWAYS = ("buble", "gptnb", "qingbo", "uniall", "uniapi")
_WRONG = ({"drifted": True}, "drifted-text", 12.5, ["drifted"])


def _module(gateway: str) -> ModuleType:
    return importlib.import_module(f"generated.{gateway}")


def _bindings() -> Iterator[Any]:
    for gateway in GATEWAYS:
        for name in _module(gateway).load_spec().tasks:
            yield pytest.param(gateway, name, id=f"{gateway}-{name}")


def _classes(gateway: str) -> tuple[type[Any], type[Any]]:
    mod = _module(gateway)
    names = sorted(n for n in mod.__all__ if n[:1].isupper())
    async_name = next(n for n in names if n.startswith("Async"))
    sync_name = next(n for n in names if not n.startswith("Async"))
    return getattr(mod, sync_name), getattr(mod, async_name)


def _object_model(cls: type[BaseModel]) -> type[BaseModel]:
    """The object model a (root) model reads: a root model's first model member."""
    if "root" not in cls.model_fields:
        return cls
    for member in (
        cls.model_fields["root"].annotation,
        *getattr(cls.model_fields["root"].annotation, "__args__", ()),
    ):
        if isinstance(member, type) and issubclass(member, BaseModel):
            return member
    raise AssertionError(f"{cls.__name__} reads no object")


def _drifted(cls: type[BaseModel]) -> dict[str, tuple[str, Any]]:
    """wire name -> (python name, a value the field's type refuses), for every field."""
    out: dict[str, tuple[str, Any]] = {}
    for name, field in cls.model_fields.items():
        adapter = TypeAdapter(field.rebuild_annotation())
        for value in _WRONG:
            try:
                adapter.validate_python(value)
            except ValidationError:
                out[field.alias or name] = (name, value)
                break
    return out


def _set(doc: dict[str, Any], parts: list[str], value: Any) -> None:
    for part in parts[:-1]:
        if not isinstance(doc.get(part), dict):
            doc[part] = {}
        doc = doc[part]
    doc[parts[-1]] = value


Kept = list[tuple[str, tuple[str, ...], Any]]  # (JSON pointer, attribute path, value sent)


def _scenario_body(model: type[BaseModel], status: list[str]) -> tuple[dict[str, Any], Kept]:
    """A body drifted in every field of every model along the status pointer, with the status
    set to ``SUCCEEDED`` (off the document for most bindings)."""
    body: dict[str, Any] = {}
    kept: Kept = []
    head = status[0]
    for wire, (name, value) in _drifted(model).items():
        if wire != head:
            body[wire] = value
            kept.append((f"/{wire}", (name,), value))
    field_name = next((n for n, f in model.model_fields.items() if (f.alias or n) == head), None)
    sub = None
    if field_name is not None and len(status) > 1:
        annotation = model.model_fields[field_name].annotation
        sub = next(
            (
                a
                for a in (annotation, *getattr(annotation, "__args__", ()))
                if isinstance(a, type) and issubclass(a, BaseModel)
            ),
            None,
        )
    if sub is None or field_name is None:
        _set(body, status, "SUCCEEDED")
        return body, kept
    sub.model_rebuild()
    inner, inner_kept = _scenario_body(sub, status[1:])
    body[head] = inner
    kept.extend((f"/{head}{p}", (field_name, *names), v) for p, names, v in inner_kept)
    return body, kept


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(("gateway", "binding_name"), list(_bindings()))
def test_drifted_result_of_every_binding_is_kept(
    gateway: str,
    binding_name: str,
    mode: str,
    gateway_server: GatewayServer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    spec: GatewaySpec = _module(gateway).load_spec()
    binding = spec.task_binding(binding_name)
    poll = spec.operation(binding.poll)
    assert poll.response_model, f"{gateway} {binding.poll} has no result model"
    result_cls = getattr(_module(gateway).models, poll.response_model)
    model = _object_model(result_cls)
    model.model_rebuild()
    body, kept = _scenario_body(model, binding.status.lstrip("/").split("/"))
    assert kept, f"{model.__name__}: no field could be drifted"
    gateway_server.route(poll.method, poll.path, Response(200, body))
    handle = {"gateway": spec.name, "binding": binding_name, "task_id": "task-1"}
    sync_cls, async_cls = _classes(gateway)
    options = {"api_key": API_KEY, "base_url": gateway_server.url, "journal": False, "timeout": 5.0}
    caplog.set_level(logging.WARNING, logger="gateway_runtime")

    async def scenario() -> tuple[Any, Any]:
        if mode == "sync":
            with sync_cls(**options) as client:
                return client.resume(handle).wait(timeout=5), client.resume(handle).wait(timeout=5)
        async with async_cls(**options) as client:
            first = await (await client.resume(handle)).wait(timeout=5)
            return first, await (await client.resume(handle)).wait(timeout=5)

    result, again = asyncio.run(scenario())
    assert isinstance(result, result_cls)
    target = getattr(result, "root", result)
    assert isinstance(target, model)
    for path, names, value in kept:
        got: Any = target
        for name in names:
            got = getattr(got, name)
        assert got == value, (path, got, value)
    paths = {d.path for d in drift_of(result)}
    assert {path for path, _, _ in kept} <= paths
    assert raw_of(result) == body and raw_of(again) == body
    drift_lines = [
        r.getMessage() for r in caplog.records if "drifted from the document" in r.getMessage()
    ]
    for path, _, _ in kept:
        mentioning = [line for line in drift_lines if f" at {path} (" in line]
        assert len(mentioning) == 1, (path, drift_lines)  # once per operation and path
        assert poll.label in mentioning[0]


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_strict_responses_raise_instead(mode: str, gateway_server: GatewayServer) -> None:
    from generated.qingbo import AsyncQingbo, Qingbo

    body = {"task_id": "t-1", "status": "completed", "progress": 100.5, "created_at": "2025-01-01"}
    gateway_server.route("GET", "/v1/tasks/{task_id}", Response(200, body))
    options = {
        "api_key": API_KEY,
        "base_url": gateway_server.url,
        "journal": False,
        "strict_responses": True,
    }

    async def scenario() -> None:
        if mode == "sync":
            with Qingbo(**options) as client:  # type: ignore[arg-type]
                client.tasks.retrieve(task_id="t-1")
        else:
            async with AsyncQingbo(**options) as aclient:  # type: ignore[arg-type]
                await aclient.tasks.retrieve(task_id="t-1")

    with pytest.raises(ResponseValidationError) as info:
        asyncio.run(scenario())
    assert {d.path for d in info.value.drift} == {"/progress", "/created_at"}
    assert info.value.body == body


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_plain_method_reads_leniently_and_resume_is_typed(
    mode: str, gateway_server: GatewayServer
) -> None:
    from generated.qingbo import AsyncQingbo, Qingbo, models

    body = {"task_id": "t-1", "status": "succeeded", "progress": 100, "result": {"images": []}}
    gateway_server.route("GET", "/v1/tasks/{task_id}", Response(200, body))
    options = {"api_key": API_KEY, "base_url": gateway_server.url, "journal": False}

    async def scenario() -> tuple[Any, Any]:
        if mode == "sync":
            with Qingbo(**options) as client:  # type: ignore[arg-type]
                got = client.tasks.retrieve(task_id="t-1")
                return got, client.resume({"task_id": "t-1", "binding": "image"}).wait(timeout=5)
        async with AsyncQingbo(**options) as aclient:  # type: ignore[arg-type]
            got = await aclient.tasks.retrieve(task_id="t-1")
            task = await aclient.resume({"task_id": "t-1", "binding": "image"})
            return got, await task.wait(timeout=5)

    got, waited = asyncio.run(scenario())
    for result in (got, waited):
        assert isinstance(result, models.TaskObject)  # typed, though the status is off-document
        assert result.status == "succeeded" and result.model_raw == body
        assert [d.path for d in result.model_drift] == ["/status"]


def test_lenient_reading_keeps_what_cannot_be_a_model() -> None:
    from gateway_runtime.lenient import read_model
    from generated.buble import models as buble
    from generated.qingbo import models as qingbo

    assert read_model(qingbo.TaskObject, "not an object", operation="x") == "not an object"
    envelope = read_model(
        buble.GenerationTaskEnvelope,
        {"data": {"id": 7, "status": "success"}, "_fields_set": 1, "trace": "t-1"},
        operation="generations.get (getGeneration)",
    )
    assert envelope.model_extra == {"trace": "t-1"}  # extra="allow" keeps unknown keys
    assert [d.path for d in envelope.model_drift] == ["/data/id"]
    assert envelope.data.id == 7  # kept as received


def test_status_words_order() -> None:
    from gateway_runtime._status import StatusWords

    spec = _module("gptnb").load_spec()
    kling = spec.task_binding("kling_text2video")  # success: "succeed"
    words = StatusWords({"Ok": "success", "stalled": "pending"})
    assert words.read(kling, "succeed") == ("success", "declared")
    assert words.read(kling, "OK") == ("success", "alias")
    assert words.read(kling, "SUCCEED") == ("success", "synonym")  # declared word, other case
    assert words.read(kling, "Succeeded") == ("success", "synonym")
    assert words.read(kling, "In-Progress") == ("pending", "synonym")
    assert words.read(kling, "cancelled") == ("canceled", "synonym")
    assert words.read(kling, "mystery") == ("unknown", "unknown")
    assert words.read(kling, None) == ("unknown", "unknown")
