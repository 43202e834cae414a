"""Pure functions: spec parsing, pointers, Retry-After, the retry rule, state interpretation."""

from __future__ import annotations

import json
import time
from email.utils import formatdate
from pathlib import Path

import httpx
import pytest

from gateway_runtime import GatewaySpec, SpecError
from gateway_runtime._pointer import MISSING, resolve
from gateway_runtime.errors import (
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    status_error_class,
)
from gateway_runtime.retry import (
    RetryPolicy,
    decide_after_error,
    decide_after_status,
    parse_retry_after,
)
from gateway_runtime.tasks import interpret
from tests.runtime.specdata import SPEC, spec_data

POLICY = RetryPolicy(max_retries=2, max_retry_delay=30.0)


def test_spec_load_and_lookups(tmp_path: Path) -> None:
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(SPEC))
    spec = GatewaySpec.load(path, module="generated.testgw")
    assert spec.module == "generated.testgw" and spec.path == str(path.resolve())
    op = spec.operation("createTask")
    assert op.method == "POST" and op.body is not None and op.body.is_json and op.task == "image"
    assert not op.replay_safe and spec.operation("getTask").replay_safe
    assert spec.operation("createTaskIdem").idempotency_header == "Idempotency-Key"
    assert spec.binding_for_submit("createTask").poll == "getTask"
    assert [e.name for e in spec.envelopes_for(op)] == ["task"]
    assert spec.operation("listModels").security == (("headerKey",),)
    assert spec.operation("getFile").security == ()
    with pytest.raises(SpecError):
        spec.operation("nope")
    with pytest.raises(SpecError):
        GatewaySpec.from_dict(spec_data(format=2))
    bad = spec_data()
    bad["tasks"]["image"]["poll"] = "missingOp"
    with pytest.raises(SpecError, match="missingOp"):
        GatewaySpec.from_dict(bad)


def test_pointer() -> None:
    doc = {"a": {"b/c": [10, {"d": None}]}, "~k": 1}
    assert resolve(doc, "/a/b~1c/0") == 10
    assert resolve(doc, "/a/b~1c/1/d") is None
    assert resolve(doc, "/a/b~1c/5") is MISSING
    assert resolve(doc, "/~0k") == 1
    assert resolve(doc, "") is doc and resolve(doc, None) is MISSING


def test_parse_retry_after() -> None:
    assert parse_retry_after({"Retry-After": "3"}) == 3.0
    assert parse_retry_after({"retry-after-ms": "250", "Retry-After": "9"}) == 0.25
    now = time.time()
    in_ten = parse_retry_after({"Retry-After": formatdate(now + 10, usegmt=True)}, now=now)
    assert in_ten is not None and 8.5 <= in_ten <= 10.5
    assert parse_retry_after({"Retry-After": formatdate(now - 100, usegmt=True)}) == 0.0
    assert parse_retry_after({"Retry-After": "soon"}) is None
    assert parse_retry_after({}) is None


def test_retry_rule_for_transport_errors() -> None:
    req = httpx.Request("POST", "http://x")
    not_sent = httpx.ConnectError("refused", request=req)
    sent = [
        httpx.ReadTimeout("t", request=req),
        httpx.ReadError("reset", request=req),
        httpx.RemoteProtocolError("eof", request=req),
        httpx.WriteTimeout("w", request=req),
    ]
    assert decide_after_error(not_sent, replay_safe=False, retries_taken=0, policy=POLICY).retry
    assert not decide_after_error(not_sent, replay_safe=False, retries_taken=2, policy=POLICY).retry
    for exc in sent:
        assert not decide_after_error(exc, replay_safe=False, retries_taken=0, policy=POLICY).retry
        assert decide_after_error(exc, replay_safe=True, retries_taken=0, policy=POLICY).retry


@pytest.mark.parametrize(
    ("status", "headers", "safe", "expected"),
    [
        (429, {"Retry-After": "1"}, False, True),
        (503, {"Retry-After": "1"}, False, True),
        (
            502,
            {"Retry-After": "1"},
            False,
            False,
        ),  # only 429/503 + Retry-After prove nothing happened
        (500, {}, False, False),
        (429, {}, False, False),
        (408, {}, False, False),
        (500, {}, True, True),
        (408, {}, True, True),
        (429, {}, True, True),
        (400, {}, True, False),
        (404, {}, True, False),
        (429, {"Retry-After": "31"}, True, False),  # beyond the cap: raised, not waited for
    ],
)
def test_retry_rule_for_statuses(
    status: int, headers: dict[str, str], safe: bool, expected: bool
) -> None:
    decision = decide_after_status(
        status, headers, replay_safe=safe, retries_taken=0, policy=POLICY
    )
    assert decision.retry is expected


def test_backoff_is_exponential_with_jitter_and_capped() -> None:
    policy = RetryPolicy(initial_delay=0.5, max_backoff=8.0, jitter=0.25)
    for n, nominal in enumerate([0.5, 1.0, 2.0, 4.0, 8.0, 8.0]):
        delay = policy.backoff(n)
        assert nominal * 0.75 <= delay <= nominal


def test_status_classes() -> None:
    assert status_error_class(400) is BadRequestError
    assert status_error_class(401) is AuthenticationError
    assert status_error_class(403) is PermissionDeniedError
    assert status_error_class(404) is NotFoundError
    assert status_error_class(409) is ConflictError
    assert status_error_class(422) is UnprocessableEntityError
    assert status_error_class(429) is RateLimitError
    assert status_error_class(503) is InternalServerError


def test_interpret_progress_formats_and_unknown_status() -> None:
    binding = GatewaySpec.from_dict(SPEC).task_binding("image")
    state = interpret(
        binding, "t", {"status": "processing", "progress": 42.5, "queue_position": "3"}
    )
    assert (state.outcome, state.percent, state.queue_position) == ("pending", 42.5, 3)
    assert interpret(binding, "t", {"status": "weird"}).outcome == "unknown"
    assert interpret(binding, "t", {}).outcome == "unknown"
    assert interpret(binding, "t", {"status": "completed"}).percent == 100.0
    from dataclasses import replace

    fraction = replace(binding, progress_format="fraction")
    assert interpret(fraction, "t", {"status": "queued", "progress": 0.25}).percent == 25.0
    text = replace(binding, progress_format="percent-string", status_case="insensitive")
    state = interpret(text, "t", {"status": "PROCESSING", "progress": "45%"})
    assert (state.outcome, state.percent) == ("pending", 45.0)
    assert interpret(binding, "t", {"status": "processing", "progress": 250}).percent == 100.0
