"""One pair of specs per kind of change: the rule that speaks, its level, and its words."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.generator.changes.base import base, report_of, schemas

Edit = Callable[[dict[str, Any]], None]


def _req(spec: dict[str, Any]) -> dict[str, Any]:
    props: dict[str, Any] = schemas(spec)["CreateRequest"]["properties"]
    return props


def _task(spec: dict[str, Any]) -> dict[str, Any]:
    props: dict[str, Any] = schemas(spec)["Task"]["properties"]
    return props


def _binding(spec: dict[str, Any]) -> dict[str, Any]:
    binding: dict[str, Any] = spec["x-tasks"]["job"]
    return binding


def _models_op(spec: dict[str, Any]) -> dict[str, Any]:
    op: dict[str, Any] = spec["paths"]["/v1/models"]["get"]
    return op


def _add_required_style(spec: dict[str, Any]) -> None:
    _req(spec)["style"] = {"type": "string"}
    schemas(spec)["CreateRequest"]["required"].append("style")


def _move_models(spec: dict[str, Any]) -> None:
    spec["paths"]["/v2/models"] = spec["paths"].pop("/v1/models")


CASES: list[tuple[str, Edit, str, str, str]] = [
    # Operations
    (
        "operation removed",
        lambda s: s["paths"].pop("/v1/models"),
        "operation-removed",
        "breaking",
        "`client.models.list()` is gone; calling it raises AttributeError",
    ),
    (
        "operation added",
        lambda s: s["paths"].__setitem__(
            "/v1/ping",
            {
                "get": {
                    "operationId": "ping",
                    "x-python-name": "ping",
                    "responses": {"204": {"description": "ok"}},
                }
            },
        ),
        "operation-added",
        "compatible",
        "new method `client.ping()` (GET /v1/ping)",
    ),
    (
        "operation renamed",
        lambda s: _models_op(s).__setitem__("x-python-name", "models.all"),
        "operation-renamed",
        "breaking",
        "`client.models.list()` is now `client.models.all()`; the old name raises AttributeError",
    ),
    (
        "operation moved",
        _move_models,
        "operation-moved",
        "may-break",
        "`client.models.list()` now sends GET /v2/models instead of GET /v1/models",
    ),
    # Arguments
    (
        "argument removed",
        lambda s: _req(s).pop("watermark"),
        "request-argument-removed",
        "breaking",
        "`client.tasks.create(watermark=...)` now raises TypeError",
    ),
    (
        "required argument added",
        _add_required_style,
        "request-argument-added-required",
        "breaking",
        "`client.tasks.create()` now requires `style=`; calls without it raise TypeError",
    ),
    (
        "optional argument added",
        lambda s: _req(s).__setitem__("style", {"type": "string"}),
        "request-argument-added",
        "compatible",
        "`client.tasks.create()` accepts a new optional argument `style=`",
    ),
    (
        "argument made required",
        lambda s: schemas(s)["CreateRequest"]["required"].append("n"),
        "request-argument-required",
        "breaking",
        "`client.tasks.create()` without `n=` now raises TypeError",
    ),
    (
        "argument made optional",
        lambda s: schemas(s)["CreateRequest"].__setitem__("required", []),
        "request-argument-optional",
        "compatible",
        "`prompt=` of `client.tasks.create()` may now be left out",
    ),
    (
        "query parameter removed",
        lambda s: _models_op(s).pop("parameters"),
        "request-argument-removed",
        "breaking",
        "`client.models.list(owner=...)` now raises TypeError",
    ),
    # Request fields below the arguments
    (
        "nested field made required",
        lambda s: _req(s)["extra"].__setitem__("required", ["seed"]),
        "request-field-required",
        "breaking",
        "`extra.seed` is now required by `client.tasks.create()`",
    ),
    (
        "nested field added",
        lambda s: _req(s)["extra"]["properties"].__setitem__("steps", {"type": "integer"}),
        "request-field-added",
        "compatible",
        "`extra.steps` may now be sent with `client.tasks.create()`",
    ),
    (
        "nested field removed",
        lambda s: _req(s)["extra"].__setitem__("properties", {}),
        "request-field-removed",
        "may-break",
        "`extra.seed` is no longer documented for `client.tasks.create()`",
    ),
    # Types
    (
        "request type narrowed",
        lambda s: _req(s)["extra"]["properties"].__setitem__(
            "seed", {"type": "integer", "enum": [1, 2]}
        ),
        "request-enum-introduced",
        "breaking",
        "`extra.seed` of `client.tasks.create()` now takes only `1`, `2`",
    ),
    (
        "request type widened",
        lambda s: _req(s)["extra"]["properties"]["seed"].__setitem__("type", ["integer", "string"]),
        "request-type-widened",
        "compatible",
        "`extra.seed` of `client.tasks.create()` now also takes str (was int)",
    ),
    (
        "request type changed",
        lambda s: _req(s)["watermark"].update(type="string", default="yes"),
        "request-type-changed",
        "breaking",
        "`watermark` of `client.tasks.create()` now takes str instead of bool",
    ),
    (
        "response type widened",
        lambda s: _task(s)["task_id"].__setitem__("type", ["string", "null"]),
        "response-type-widened",
        "may-break",
        "`task_id` in replies of `client.tasks.create()` may now be None (was str)",
    ),
    (
        "response type changed",
        lambda s: _task(s)["task_id"].__setitem__("type", "integer"),
        "response-type-changed",
        "breaking",
        "`task_id` in replies of `client.tasks.get()` is now int instead of str",
    ),
    # Enums, by direction
    (
        "request enum value added",
        lambda s: _req(s)["size"]["enum"].append("4:3"),
        "request-enum-value-added",
        "compatible",
        "`size` of `client.tasks.create()` now accepts `'4:3'`",
    ),
    (
        "request enum value removed",
        lambda s: _req(s)["size"]["enum"].remove("16:9"),
        "request-enum-value-removed",
        "breaking",
        "`client.tasks.create(size='16:9')` is now refused before sending (PayloadValidationError)",
    ),
    (
        "response enum value added",
        lambda s: _task(s)["status"]["enum"].append("expired"),
        "response-enum-value-added",
        "may-break",
        "`status` in replies of `client.tasks.get()` may now be `'expired'`; a `match` on it needs a case",
    ),
    (
        "response enum value removed",
        lambda s: _task(s)["status"]["enum"].remove("running"),
        "response-enum-value-removed",
        "compatible",
        "`status` in replies of `client.tasks.get()` is no longer `'running'`",
    ),
    # Defaults and constraints
    (
        "request default changed",
        lambda s: _req(s)["n"].__setitem__("default", 2),
        "request-default-changed",
        "may-break",
        "calls to `client.tasks.create()` without `n` now get 2 instead of 1",
    ),
    (
        "request constraint tightened",
        lambda s: _req(s)["n"].__setitem__("maximum", 2),
        "request-constraint-tightened",
        "breaking",
        "`n` of `client.tasks.create()`: maximum 4 → 2; values outside are refused before sending",
    ),
    (
        "request constraint loosened",
        lambda s: _req(s)["n"].__setitem__("maximum", 8),
        "request-constraint-loosened",
        "compatible",
        "`n` of `client.tasks.create()`: maximum 4 → 8; more values are accepted",
    ),
    (
        "request constraint added",
        lambda s: _req(s)["prompt"].__setitem__("maxLength", 300),
        "request-constraint-tightened",
        "breaking",
        "`prompt` of `client.tasks.create()`: maxLength None → 300",
    ),
    (
        "response constraint loosened",
        lambda s: _task(s)["task_id"].__setitem__("maxLength", 8),
        "response-constraint-tightened",
        "compatible",
        "`task_id` in replies of `client.tasks.get()`: maxLength None → 8",
    ),
    # Response fields
    (
        "response field added",
        lambda s: _task(s).__setitem__("progress", {"type": "integer"}),
        "response-field-added",
        "compatible",
        "replies of `client.tasks.get()` now carry `progress`",
    ),
    (
        "response field removed",
        lambda s: _task(s)["result"].__setitem__("properties", {}),
        "response-field-removed",
        "breaking",
        "replies of `client.tasks.get()` no longer carry `result.url`; code reading it breaks",
    ),
    (
        "response field made optional",
        lambda s: schemas(s)["Task"].__setitem__("required", ["task_id"]),
        "response-field-optional",
        "may-break",
        "`status` in replies of `client.tasks.get()` may now be missing (None)",
    ),
    (
        "response field made required",
        lambda s: schemas(s)["Task"]["required"].append("result"),
        "response-field-required",
        "compatible",
        "`result` is now always present in replies of `client.tasks.get()`",
    ),
    # Task bindings
    (
        "task status added",
        lambda s: _binding(s)["failure"].append("expired"),
        "task-status-added",
        "may-break",
        "`wait()` may now see status `expired` on `job` tasks (then it raises TaskFailedError)",
    ),
    (
        "task status moved",
        lambda s: (
            _binding(s)["pending"].remove("running"),
            _binding(s)["success"].append("running"),
        ),
        "task-status-moved",
        "may-break",
        "status `running` of `job` tasks now counts as success (was pending)",
    ),
    (
        "task status removed",
        lambda s: _binding(s)["pending"].remove("running"),
        "task-status-removed",
        "may-break",
        "status `running` of `job` tasks is no longer known; `wait()` treats it as unknown",
    ),
    (
        "task pointer changed",
        lambda s: _binding(s).__setitem__("result", "/result/url"),
        "task-binding-changed",
        "may-break",
        "`job` tasks: `result` is now '/result/url' (was '/result')",
    ),
    (
        "task outputs changed",
        lambda s: _binding(s).__setitem__(
            "outputs", [{"url": "/result/url", "media-type": "image/png"}]
        ),
        "task-binding-changed",
        "may-break",
        "`job` tasks: `outputs` is now",
    ),
    (
        "task timing changed",
        lambda s: _binding(s).__setitem__("poll-interval", 5),
        "task-timing-changed",
        "compatible",
        "`job` tasks: `poll_interval` 2.0 → 5.0",
    ),
    (
        "task binding removed",
        lambda s: s.pop("x-tasks"),
        "task-removed",
        "breaking",
        "task binding `job` is gone: `'createTask'` no longer return task handles",
    ),
    (
        "error envelope added",
        lambda s: s.__setitem__("x-error-envelopes", {"api": {"detect": "/error"}}),
        "error-envelope-added",
        "compatible",
        "new error envelope `api`",
    ),
    # Auth, servers, docs
    (
        "api key variable renamed",
        lambda s: s["x-gateway"].__setitem__("api-key-env", "DEMO_TOKEN"),
        "api-key-env-changed",
        "breaking",
        "the client now reads its key from `$DEMO_TOKEN` instead of `$DEMO_API_KEY`",
    ),
    (
        "auth scheme changed",
        lambda s: s["components"]["securitySchemes"].__setitem__(
            "bearer", {"type": "apiKey", "in": "header", "name": "X-Key"}
        ),
        "auth-changed",
        "may-break",
        "authentication changed (schemes)",
    ),
    (
        "server changed",
        lambda s: s.__setitem__("servers", [{"url": "https://api2.example.test"}]),
        "base-url-changed",
        "may-break",
        "clients built without `base_url=` now talk to 'https://api2.example.test'",
    ),
    (
        "client renamed",
        lambda s: s["x-gateway"].__setitem__("client-name", "DemoApi"),
        "client-renamed",
        "breaking",
        "`DemoApi` replaces `Demo`",
    ),
    (
        "documentation only",
        lambda s: _req(s)["prompt"].__setitem__("description", "What to draw, in English."),
        "field-documentation-changed",
        "documentation",
        "the description of `prompt` (request) of `client.tasks.create()` changed",
    ),
]


@pytest.mark.parametrize(
    ("edit", "rule", "level", "words"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_each_kind_of_change_is_classified_and_said(
    tmp_path: Path, edit: Edit, rule: str, level: str, words: str
) -> None:
    new = base()
    edit(new)
    report = report_of(tmp_path, base(), new)
    matching = [f for f in report.findings if f.id == rule]
    assert matching, f"no {rule} finding; got {[(f.id, f.message) for f in report.findings]}"
    assert all(f.level == level for f in matching)
    assert any(words in f.message for f in matching), [f.message for f in matching]


def test_the_same_enum_addition_is_compatible_in_a_request_and_may_break_in_a_reply(
    tmp_path: Path,
) -> None:
    new = base()
    _req(new)["size"]["enum"].append("4:3")
    _task(new)["status"]["enum"].append("expired")
    report = report_of(tmp_path, base(), new)
    by_direction = {(f.direction, f.level) for f in report.findings if "enum" in f.id}
    assert ("request", "compatible") in by_direction
    assert ("response", "may-break") in by_direction


def test_mixed_changes_are_each_reported_and_the_worst_decides(tmp_path: Path) -> None:
    new = base()
    _req(new).pop("watermark")
    _req(new)["size"]["enum"].append("4:3")
    _binding(new)["failure"].append("expired")
    _req(new)["prompt"]["description"] = "What to draw, in English."
    report = report_of(tmp_path, base(), new)
    assert report.level == "breaking"
    assert report.summary() == "1 breaking, 1 may break, 1 compatible, 1 documentation"
    assert [f.level for f in report.findings] == [
        "breaking",
        "may-break",
        "compatible",
        "documentation",
    ]


def test_identical_specs_give_no_findings(tmp_path: Path) -> None:
    report = report_of(tmp_path, base(), base())
    assert report.findings == ()
    assert report.level is None
    assert report.summary() == "no changes"
