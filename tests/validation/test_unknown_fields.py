"""Unknown members that look like a typo of a declared one are warnings, on all five gateways.

Where a schema lets unknown members through, ``watermak`` is sent as written, but the user is
told: the CLI prints a warning (exit 0, or 1 with ``--strict``), a client logs it and sends, or
refuses under ``strict_validation=True``.
"""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from gateway_runtime.cli import main
from gateway_runtime.spec import GatewaySpec
from gateway_runtime.validation import PayloadValidationError, compile_validator

# gateway, operation, valid payload with one typo, the typo, the declared name
TYPOS = [
    ("qingbo", "createTask", {"model": "seedream-5.0", "prompt": "x"}, "watermak", "watermark"),
    (
        "buble",
        "createGeneration",
        {"model": "google/nano-banana-pro", "mode": "text_to_image", "prompt": "A"},
        "aspect_ration",
        "aspect_ratio",
    ),
    (
        "uniall",
        "createVideoGeneration",
        {"model": "viduq3p-720p", "prompt": "p", "duration": 5},
        "aspect_ratoi",
        "aspect_ratio",
    ),
    (
        "uniapi",
        "createChatCompletion",
        {"model": "gpt-4o", "messages": [{"role": "user", "content": "Hi"}]},
        "temprature",
        "temperature",
    ),
    (
        "gptnb",
        "createChatCompletion",
        {"model": "gpt-4o", "messages": [{"role": "user", "content": "Hi"}]},
        "max_token",
        "max_tokens",
    ),
]


@pytest.mark.parametrize(("gw", "operation", "payload", "typo", "meant"), TYPOS)
def test_typo_is_a_warning(
    gateway: Callable[[str], GatewaySpec],
    gw: str,
    operation: str,
    payload: dict[str, Any],
    typo: str,
    meant: str,
) -> None:
    from gateway_runtime.validation import report_operation

    op = gateway(gw).operations[operation]
    assert report_operation(op, payload) == ([], [])
    report = report_operation(op, {**payload, typo: 1, "zz_unrelated_field": 2})
    assert report.problems == []
    assert [(w.path, w.rule, w.message, w.allowed) for w in report.warnings] == [
        (typo, "unknown-field", f"{typo}: unknown field; did you mean {meant!r}?", [meant])
    ]


def test_cli_prints_warnings_and_strict_fails() -> None:
    payload = json.dumps({"model": "seedream-5.0", "prompt": "x", "watermak": False, "sise": "1:1"})
    for strict, code in ((False, 0), (True, 1)):
        out, err = io.StringIO(), io.StringIO()
        args = ["validate", "qingbo", "createTask", "-"] + (["--strict"] if strict else [])
        assert main(args, stdin=io.StringIO(payload), stdout=out, stderr=err) == code
        assert out.getvalue().splitlines()[:2] == [
            "warning: watermak: unknown field; did you mean 'watermark'?",
            "warning: sise: unknown field; did you mean 'size'?",
        ]
    out = io.StringIO()
    main(
        ["validate", "qingbo", "createTask", "-", "--json"], stdin=io.StringIO(payload), stdout=out
    )
    data = json.loads(out.getvalue())
    assert data["valid"] is True and data["problems"] == []
    assert [w["path"] for w in data["warnings"]] == ["watermak", "sise"]


def test_client_logs_and_sends_or_refuses_when_strict(
    qingbo_client: Callable[..., Any], caplog: pytest.LogCaptureFixture
) -> None:
    sent: list[httpx.Request] = []
    lenient = qingbo_client(sent, strict_validation=False)
    with caplog.at_level(logging.WARNING, logger="gateway_runtime"):
        lenient.tasks.create(model="seedream-5.0", prompt="p", extra_body={"watermak": False})
    assert len(sent) == 1 and json.loads(sent[0].content)["watermak"] is False
    assert "watermak: unknown field; did you mean 'watermark'?" in caplog.text
    default = qingbo_client(sent)  # a task submit: a typo costs money, so it is refused
    with pytest.raises(PayloadValidationError) as info:
        default.tasks.create(model="seedream-5.0", prompt="p", extra_body={"watermak": False})
    assert "watermak: unknown field; did you mean 'watermark'?" in str(info.value)
    assert len(sent) == 1


def test_a_misspelt_required_field_is_named_not_only_the_missing_one(
    qingbo_client: Callable[..., Any],
) -> None:
    sent: list[httpx.Request] = []
    client = qingbo_client(sent, strict_validation=False)
    with pytest.raises(PayloadValidationError) as info:
        client.request("createTask", body={"model": "seedream-5.0", "promt": "a cat"})
    lines = str(info.value).splitlines()[1:]
    assert [line.strip() for line in lines] == [
        "promt: unknown field; did you mean 'prompt'?",
        "prompt: required",
    ]
    assert sent == []


def test_no_warning_where_unknown_members_are_refused_or_far_from_any_name() -> None:
    closed = compile_validator({"properties": {"size": {}}, "additionalProperties": False})
    assert closed.report({"sise": 1}).warnings == []
    assert closed.report({"sise": 1}).problems[0].rule == "additionalProperties"
    open_ = compile_validator({"properties": {"size": {}, "n": {}}})
    assert open_.report({"colour": 1, "m": 2}).warnings == []
    nested = compile_validator(
        {"properties": {"extra": {"properties": {"output_format": {"type": "string"}}}}}
    )
    (w,) = nested.report({"extra": {"output_fromat": "png"}}).warnings
    assert w.path == "extra.output_fromat"
    # Inside alternatives the engine's answer must not change: no warning there.
    alt = compile_validator({"oneOf": [{"properties": {"a": {}}}, {"required": ["b"]}]})
    assert alt.report({"aa": 1}).warnings == [] and alt.report({"aa": 1}).problems == []


def test_generated_validate_logs_the_typo_and_returns_no_problem(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """``qingbo.validate(...)`` (the README's offline check) says what a client would log."""
    from generated import qingbo

    payload = {"model": "seedream-5.0", "prompt": "x", "watermak": False}
    with caplog.at_level(logging.WARNING, logger="gateway_runtime"):
        assert qingbo.validate("POST /v1/tasks", payload) == []
    assert "did you mean 'watermark'?" in caplog.text


def test_payload_validation_error_is_importable_from_the_runtime_package() -> None:
    """The generated reference names it among the errors "of gateway_runtime"."""
    import gateway_runtime

    assert gateway_runtime.PayloadValidationError is PayloadValidationError
    assert "PayloadValidationError" in gateway_runtime.__all__
