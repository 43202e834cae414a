"""Each lint rule on a spec built to break it once: the rule id, the pointer and the words."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.lint.command import lint_file
from tests.generator.changes.base import base, schemas, write

Edit = Callable[[dict[str, Any]], None]


def _task_reply(spec: dict[str, Any]) -> dict[str, Any]:
    reply: dict[str, Any] = spec["paths"]["/v1/tasks/{task_id}"]["get"]["responses"]["200"]
    return reply


def _media_example(spec: dict[str, Any]) -> None:
    reply = {
        "description": "the task",
        "content": {
            "application/json": {
                "schema": {"$ref": "#/components/schemas/Task"},
                "examples": {"done": {"value": {"task_id": 7, "status": "done"}}},
            }
        },
    }
    spec["paths"]["/v1/tasks/{task_id}"]["get"]["responses"]["200"] = reply


def _error_reply(spec: dict[str, Any]) -> None:
    spec["x-error-envelopes"] = {
        "api": {"detect": "/error", "code": "/error/code", "message": "/error/msg"}
    }
    spec["x-default-error-envelopes"] = ["api"]
    schemas(spec)["Error"] = {
        "type": "object",
        "properties": {
            "error": {
                "type": "object",
                "properties": {"code": {"type": "string"}, "message": {"type": "string"}},
            }
        },
    }
    spec["paths"]["/v1/models"]["get"]["responses"]["400"] = {
        "description": "bad",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
    }


CASES: list[tuple[str, Edit, str, str, str]] = [
    (
        "misspelt document extension",
        lambda s: s.__setitem__("x-task", {}),
        "extension-unknown",
        "/x-task",
        "unknown extension x-task; did you mean x-tasks?",
    ),
    (
        "misspelt operation extension",
        lambda s: s["paths"]["/v1/models"]["get"].__setitem__("x-python-nam", "m.l"),
        "extension-unknown",
        "/paths/~1v1~1models/get/x-python-nam",
        "did you mean x-python-name?",
    ),
    (
        "extension in the wrong place",
        lambda s: schemas(s)["Task"].__setitem__("x-tasks", {}),
        "extension-misplaced",
        "/components/schemas/Task/x-tasks",
        "x-tasks is not read in a schema",
    ),
    (
        "task id pointer",
        lambda s: s["x-tasks"]["job"].__setitem__("id", "/id"),
        "task-pointer-unresolved",
        "/x-tasks/job/id",
        "id '/id' names no field of the replies of createTask",
    ),
    (
        "task status pointer",
        lambda s: s["x-tasks"]["job"].__setitem__("status", "/state"),
        "task-pointer-unresolved",
        "/x-tasks/job/status",
        "status '/state' names no field of the reply of getTask",
    ),
    (
        "task output pointer",
        lambda s: s["x-tasks"]["job"].__setitem__("outputs", [{"url": "/result/urls/*"}]),
        "output-pointer-unresolved",
        "/x-tasks/job/outputs/0/url",
        "url '/result/urls/*' names no field of the reply of getTask",
    ),
    (
        "envelope pointer",
        _error_reply,
        "envelope-pointer-unresolved",
        "/x-error-envelopes/api/message",
        "message '/error/msg' names no field of the error bodies that have '/error'",
    ),
    (
        "undeclared source",
        lambda s: s["x-tasks"]["job"].__setitem__("source", ["docs"]),
        "source-undeclared",
        "/x-tasks/job/source/0",
        "source 'docs' is not declared in x-gateway.sources; did you mean 'doc'?",
    ),
    (
        "schema example",
        lambda s: schemas(s)["CreateRequest"]["properties"]["n"].__setitem__("examples", [9]),
        "example-invalid",
        "/components/schemas/CreateRequest/properties/n/examples/0",
        "example does not match its schema: 9 is greater than the maximum of 4",
    ),
    (
        "reply example",
        _media_example,
        "example-invalid",
        "/paths/~1v1~1tasks~1{task_id}/get/responses/200/content/application~1json/examples/done/value",
        "7 is not of type 'string' (at /task_id)",
    ),
    (
        "status in two lists",
        lambda s: s["x-tasks"]["job"]["failure"].append("done"),
        "task-status-duplicate",
        "/x-tasks/job/failure/1",
        "status 'done' is listed in success and in failure",
    ),
    (
        "status value in no list",
        lambda s: schemas(s)["Task"]["properties"]["status"]["enum"].append("expired"),
        "task-status-incomplete",
        "/x-tasks/job/status",
        "status value 'expired' of the reply of getTask is in no list",
    ),
    (
        "status word not a value",
        lambda s: s["x-tasks"]["job"].__setitem__("canceled", ["cancelled"]),
        "task-status-undocumented",
        "/x-tasks/job/canceled",
        "status 'cancelled' (canceled) is not a value of /status",
    ),
]


@pytest.mark.parametrize(
    ("edit", "rule", "pointer", "words"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_each_rule_finds_its_mistake_where_it_is(
    tmp_path: Path, edit: Edit, rule: str, pointer: str, words: str
) -> None:
    spec = base()
    edit(spec)
    findings, problems = lint_file(write(tmp_path, "spec", spec))
    assert problems == []
    mine = [f for f in findings if f.rule == rule]
    assert mine, [(f.rule, f.problem.message) for f in findings]
    assert any(f.problem.pointer == pointer and words in f.problem.message for f in mine), [
        (f.problem.pointer, f.problem.message) for f in mine
    ]
    assert all(f.problem.line for f in mine)


def test_the_base_spec_and_other_vendors_extensions_are_clean(tmp_path: Path) -> None:
    spec = base()
    spec["x-logo"] = {"url": "https://example.test/logo.png"}
    spec["paths"]["/v1/models"]["get"]["x-oaiMeta"] = {"name": "List models"}
    findings, problems = lint_file(write(tmp_path, "spec", spec))
    assert (findings, problems) == ([], [])


def test_an_envelope_of_stream_error_events_is_checked_in_the_event_schema(tmp_path: Path) -> None:
    spec = base()
    _error_reply(spec)  # error replies {error: {code, message}}
    spec["x-error-envelopes"]["stream"] = {
        "detect": "/error",
        "message": "/error",
        "code": "/status",
    }
    spec["x-default-error-envelopes"] = ["api", "stream"]
    schemas(spec)["Event"] = {
        "type": "object",
        "properties": {"status": {"type": "integer"}, "error": {"type": "string"}},
    }
    op = spec["paths"]["/v1/models"]["get"]
    op["x-stream"] = {"event": {"$ref": "#/components/schemas/Event"}, "flag": None}
    findings, problems = lint_file(write(tmp_path, "spec", spec))
    assert problems == []
    assert [f.problem.pointer for f in findings] == ["/x-error-envelopes/api/message"]
