"""Answers shaped like the real gateway's: a task's body carries only the members of its phase,
echoes what the request said, and generated values read like values (not their field names)."""

from __future__ import annotations

import time
from typing import Any

import httpx

from generator.simulator import Faults, running
from generator.simulator.samples import Sampler
from generator.simulator.shaping import echo, omit, request_values
from tests.simulator.calls import KEY

AUTH = {"Authorization": f"Bearer {KEY}"}


def _lifecycle(faults: Faults | None = None, **request: Any) -> list[Any]:
    """Every poll body of one Qingbo task, submit to end."""
    with running("qingbo", polls=3, faults=faults) as sim:
        submit = httpx.post(f"{sim.url}/v1/tasks", headers=AUTH, json=request).json()
        polls = [
            httpx.get(f"{sim.url}/v1/tasks/{submit['task_id']}", headers=AUTH).json()
            for _ in range(3)
        ]
    return [submit, *polls]


def test_a_task_carries_an_error_only_when_failed_and_a_result_only_when_completed() -> None:
    _submit, *polls = _lifecycle(model="seedream-4.0", prompt="一只柴犬")
    assert [p["status"] for p in polls] == ["queued", "processing", "completed"]
    for body in polls:
        assert "error" not in body
    assert "result" not in polls[0] and "result" not in polls[1]
    assert polls[2]["result"]["images"]

    *_, failed = _lifecycle(Faults(fail_rate=1.0), model="seedream-4.0", prompt="x")
    assert failed["status"] == "failed"
    assert failed["error"]["code"] == "simulated_failure"
    assert "result" not in failed


def test_a_task_echoes_the_request_and_its_defaults_with_plausible_times() -> None:
    submit, *polls = _lifecycle(model="seedream-4.0", prompt="一只柴犬")
    for body in [submit, *polls]:
        assert body["model"] == "seedream-4.0"  # as sent, not the example's or "model"
        assert body["action"] == "generate"  # the request schema's default
    now = time.time()
    assert abs(polls[-1]["created_at"] - now) < 86_400  # a time, not 1


def test_omit_leaves_out_the_outermost_optional_member_but_never_the_tasks_own() -> None:
    schema = {
        "type": "object",
        "required": ["data"],
        "properties": {
            "data": {
                "type": "object",
                "required": ["status"],
                "properties": {"status": {"type": "string"}, "result": {"type": "object"}},
            },
            "error": {"type": "object", "required": ["code"]},
        },
    }
    sampler = Sampler({})

    def fits(body: Any) -> bool:
        return sampler.fits(schema, body)

    body = {"data": {"status": "ok", "result": {"a": 1}}, "error": {"code": "x"}}
    assert omit(body, "/error/code", fits) == {"data": {"status": "ok", "result": {"a": 1}}}
    # /data is required and holds the status: only data.result goes
    assert omit(body, "/data/result", fits, ("/data/status",))["data"] == {"status": "ok"}
    assert omit(body, "/data", fits, ("/data/status",)) == body


def test_echo_keeps_only_values_the_answer_schema_accepts() -> None:
    schema = {
        "type": "object",
        "properties": {
            "model": {"type": "string"},
            "n": {"type": "integer", "maximum": 4},
            "data": {"type": "object", "properties": {"prompt": {"type": "string"}}},
        },
    }
    sampler = Sampler({})
    given = request_values(
        {"properties": {"model": {"default": "m-1"}, "n": {"default": 1}}},
        {"n": 9, "prompt": "cat", "nested": {"ignored": True}},
    )
    assert given == {"model": "m-1", "n": 9, "prompt": "cat"}
    body = {"model": "model", "n": 1, "data": {"prompt": "prompt"}, "id": "x"}
    out = echo(body, given, lambda b: sampler.fits(schema, b), frozenset({"id"}))
    assert out == {"model": "m-1", "n": 1, "data": {"prompt": "cat"}, "id": "x"}


def test_generated_strings_take_a_value_the_spec_gives_that_name() -> None:
    sampler = Sampler({})
    sampler.hints_from([{"properties": {"model": {"enum": ["seedream-5.0", "x"]}}}])
    value = sampler.value(
        {"type": "object", "properties": {"model": {"type": "string"}, "note": {"type": "string"}}}
    )
    assert value == {"model": "seedream-5.0", "note": "simulated"}  # never the field's name


def test_omit_remembers_the_depth_so_later_answers_skip_the_schema_checks() -> None:
    memo: dict[object, int] = {}
    body = {"status": "ok", "error": {"code": "x"}}
    assert omit(body, "/error/code", lambda b: "status" in b, (), memo) == {"status": "ok"}
    assert memo == {"/error/code": 1}

    def never(_: object) -> bool:
        raise AssertionError("no schema check once the depth is known")

    assert omit({"status": "x", "error": {}}, "/error/code", never, (), memo) == {"status": "x"}
