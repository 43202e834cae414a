"""What the validator accepts, the generated pydantic request model accepts too.

The validator may be stricter than pydantic's lax mode (``"3"`` is no integer to us), never looser:
a payload we pass must not then fail in the client's own models.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pydantic
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gateway_runtime.spec import OperationSpec
from gateway_runtime.validation import operation_validator

from .conftest import GATEWAYS, generated_spec
from .walk import Case, Walker


def request_model(models: ModuleType, op: OperationSpec) -> type[pydantic.BaseModel] | None:
    """The generated request model of an operation, as recorded in spec.json (body.model)."""
    spec_json = Path(str(models.__file__)).with_name("spec.json")
    body = json.loads(spec_json.read_text(encoding="utf-8"))["operations"][op.operation_id]["body"]
    model = getattr(models, body.get("model") or "", None) if body else None
    return model if isinstance(model, type) and issubclass(model, pydantic.BaseModel) else None


def _valid_cases() -> list[tuple[str, str, Case]]:
    out = []
    for name in GATEWAYS:
        spec = generated_spec(name)
        if spec is None:
            continue
        for op in spec.operations.values():
            if op.body is None:
                continue
            out += [
                (name, op.operation_id, c) for c in Walker(name, op).cases() if c.expect is None
            ]
    return out


VALID = _valid_cases()


def assert_model_accepts(models: ModuleType, op: OperationSpec, payload: Any) -> None:
    model = request_model(models, op)
    if model is None:
        pytest.fail(f"{op.operation_id} has no generated request model")
    try:
        model.model_validate(payload)
    except pydantic.ValidationError as exc:
        pytest.fail(f"validator accepts but {model.__name__} rejects {payload!r}:\n{exc}")


@pytest.mark.parametrize(("gateway", "operation", "case"), VALID, ids=[c.id for _, _, c in VALID])
def test_model_accepts_what_the_validator_accepts(
    models: Callable[[str], ModuleType], gateway: str, operation: str, case: Case
) -> None:
    spec = generated_spec(gateway)
    assert spec is not None
    op = spec.operations[operation]
    assert operation_validator(op).validate(case.payload) == []
    assert_model_accepts(models(gateway), op, case.payload)


HAND_WRITTEN = [
    (
        "qingbo",
        "createTask",
        {
            "model": "seedream-4.0",
            "prompt": "p",
            "resolution": "1K",
            "size": "21:9",
            "n": 2,
            "image_urls": ["u"] * 13,
            "watermark": True,
            "callback_url": "https://e/cb",
            "extra": {
                "output_format": "png",
                "stream": True,
                "tools": [{"type": "web_search"}],
                "custom": 1,
            },
        },
    ),
    (
        "uniall",
        "createVideoGeneration",
        {
            "model": "viduq3p-mix-720p",
            "prompt": "p",
            "duration": "16",
            "reference_image_urls": ["a", "b", "c", "d"],
            "extra_body": {"seed": 1, "other": "x"},
        },
    ),
    (
        "uniall",
        "createVideoGeneration",
        {
            "model": "viduq3p-1080p-offpeak",
            "prompt": "p",
            "image": "h",
            "last_image": "t",
            "duration": 1,
        },
    ),
    (
        "buble",
        "createGeneration",
        {
            "model": "m",
            "mode": "frames_to_video",
            "start_frame": "s",
            "end_frame": "e",
            "duration": "8s",
            "web_search": True,
            "is_public": True,
        },
    ),
    (
        "uniapi",
        "sunoSubmitMusic",
        {"gpt_description_prompt": "g", "make_instrumental": True, "mv": "chirp-v4"},
    ),
    (
        "uniapi",
        "sunoSubmitMusic",
        {
            "prompt": "p",
            "title": "t",
            "tags": "x",
            "make_instrumental": False,
            "mv": "chirp-v4",
            "continue_at": 12.5,
        },
    ),
    (
        "uniapi",
        "createChatCompletion",
        {
            "model": "m",
            "messages": [
                {"role": "user", "content": None},
                {"role": "user", "content": [{"type": "text"}]},
            ],
            "stop": ["a"],
            "tool_choice": {"type": "function"},
            "logit_bias": {"1": -100},
            "metadata": {"k": "v"},
        },
    ),
]


@pytest.mark.parametrize(
    ("gateway", "operation", "payload"),
    HAND_WRITTEN,
    ids=[f"{g}.{o}#{i}" for i, (g, o, _) in enumerate(HAND_WRITTEN)],
)
def test_model_accepts_hand_written(
    models: Callable[[str], ModuleType], gateway: str, operation: str, payload: Any
) -> None:
    spec = generated_spec(gateway)
    if spec is None or operation not in spec.operations:
        pytest.fail(f"{gateway}.{operation} not generated")
    op = spec.operations[operation]
    assert operation_validator(op).validate(payload) == []
    assert_model_accepts(models(gateway), op, payload)


# -- property: mutate valid payloads at random; whatever still passes must pass pydantic too ----

_INTERESTING: list[Any] = [
    None,
    True,
    False,
    0,
    1,
    -1,
    4,
    15,
    16,
    17,
    2**40,
    0.5,
    1.0,
    1e9,
    "",
    "x",
    "1",
    "16:9",
    "2K",
    "seedream-5.0",
    "viduq3p-mix-720p",
    "json",
    "verbose_json",
    "UPSCALE",
    "REROLL",
    "url",
    [],
    ["x"],
    ["x"] * 15,
    [1],
    [{}],
    {},
    {"type": "web_search"},
    {"k": "v"},
]


def _members(payload: Any, at: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [at] if at else []
    if isinstance(payload, dict):
        for k, v in payload.items():
            out += _members(v, (*at, k))
    elif isinstance(payload, list):
        for i, v in enumerate(payload[:3]):
            out += _members(v, (*at, i))
    return out


def _mutate(payload: dict[str, Any], data: st.DataObject, extra_keys: list[str]) -> dict[str, Any]:
    payload = copy.deepcopy(payload)
    for _ in range(data.draw(st.integers(1, 3))):
        targets = _members(payload)
        action = data.draw(st.sampled_from(["set", "set", "add", "drop"]))
        if action == "add" or not targets:
            payload[data.draw(st.sampled_from(extra_keys))] = copy.deepcopy(
                data.draw(st.sampled_from(_INTERESTING))
            )
            continue
        where = data.draw(st.sampled_from(targets))
        parent: Any = payload
        for k in where[:-1]:
            parent = parent[k]
        if action == "drop" and isinstance(parent, dict):
            del parent[where[-1]]
        else:
            parent[where[-1]] = copy.deepcopy(data.draw(st.sampled_from(_INTERESTING)))
    return payload


def _seeds() -> list[tuple[str, str, dict[str, Any], list[str]]]:
    seeds = []
    for gateway, operation, case in VALID:
        spec = generated_spec(gateway)
        assert spec is not None
        schema = Walker(gateway, spec.operations[operation])
        props = list(schema.deref(schema.root).get("properties") or {})
        if case.id.endswith("base:valid") or case.id.endswith(":valid"):
            seeds.append((gateway, operation, case.payload, [*props, "zz_extra"]))
    return seeds


SEEDS = _seeds()


@settings(max_examples=600, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_mutated_payloads_agree_with_pydantic(data: st.DataObject) -> None:
    from .conftest import generated_dir

    gateway, operation, seed, keys = data.draw(st.sampled_from(SEEDS))
    spec = generated_spec(gateway)
    assert spec is not None
    op = spec.operations[operation]
    payload = _mutate(seed, data, keys)
    if operation_validator(op).validate(payload):
        return  # rejected: pydantic (lax) may or may not accept; we are allowed to be stricter
    models = _load_models(str(generated_dir()), gateway)
    model = request_model(models, op)
    if model is None:
        return
    try:
        model.model_validate(payload)
    except pydantic.ValidationError as exc:
        raise AssertionError(
            f"{gateway}.{operation}: validator accepts, {model.__name__} rejects {payload!r}:\n{exc}"
        ) from None


_MODELS: dict[str, ModuleType] = {}


def _load_models(root: str, gateway: str) -> ModuleType:
    import importlib.util
    import sys
    from pathlib import Path

    if gateway not in _MODELS:
        spec = importlib.util.spec_from_file_location(
            f"_validation_models_{gateway}", Path(root) / gateway / "models.py"
        )
        assert spec is not None and spec.loader is not None
        module = sys.modules.get(spec.name) or importlib.util.module_from_spec(spec)
        if spec.name not in sys.modules:
            sys.modules[spec.name] = module
            spec.loader.exec_module(module)
        _MODELS[gateway] = module
    return _MODELS[gateway]
