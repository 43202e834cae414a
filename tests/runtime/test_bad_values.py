"""Values JSON cannot carry are payload errors, never crashes and never sent as non-JSON.

Lone surrogates, NaN and the infinities, nesting past what JSON encoding can take: each is a
:class:`PayloadValidationError` naming the path, with validation on and off, sync and async;
the test server on 127.0.0.1 sees no request.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import pytest

from gateway_runtime.validation import PayloadValidationError, compile_validator
from tests.gateway_server import GatewayServer, TaskSimulator
from tests.runtime.conftest import aw

NAN_WORDS = "is not a JSON number (JSON has no NaN or Infinity); use a finite number"
SURROGATE = "contains a lone surrogate (U+D800 at character 1), which has no UTF-8 form"


def _deep(levels: int) -> Any:
    value: Any = "leaf"
    for _ in range(levels):
        value = {"x": value}
    return value


CASES = [
    ({"prompt": "a\ud800b"}, [f"prompt: {SURROGATE}"]),
    ({"prompt": "x", "extra": {"g": math.nan}}, [f"extra.g: NaN {NAN_WORDS}"]),
    ({"prompt": "x", "extra": {"g": [1.0, -math.inf]}}, [f"extra.g[1]: -Infinity {NAN_WORDS}"]),
    ({"prompt": "x", "extra": {"a\ud800": 1}}, ["extra: member name 'a\\ud800' contains"]),
]


@pytest.mark.parametrize("validate", [True, False], ids=["validated", "unvalidated"])
@pytest.mark.parametrize("body,expected", CASES, ids=["surrogate", "nan", "infinity", "key"])
def test_values_json_cannot_carry_are_refused_before_sending(
    both: Callable[..., Any],
    gateway_server: GatewayServer,
    sim: TaskSimulator,
    body: dict[str, Any],
    expected: list[str],
    validate: bool,
) -> None:
    async def scenario(client: Any) -> PayloadValidationError:
        with pytest.raises(PayloadValidationError) as info:
            await aw(client.submit_task("createTask", body=body, parse=dict))
        return info.value

    error = both(scenario, validate=validate)
    messages = [p.message for p in error.problems]
    assert len(messages) == len(expected)
    for message, start in zip(messages, expected, strict=True):
        assert message.startswith(start), message
    assert "createTask" in str(error)
    assert gateway_server.count() == 0


def test_nesting_json_encoding_cannot_take_says_too_deep_to_send(
    both: Callable[..., Any], gateway_server: GatewayServer, sim: TaskSimulator
) -> None:
    async def scenario(client: Any) -> PayloadValidationError:
        with pytest.raises(PayloadValidationError) as info:
            await aw(
                client.submit_task(
                    "createTask", body={"prompt": "x", "extra": _deep(5000)}, parse=dict
                )
            )
        return info.value

    error = both(scenario, validate=False)
    (problem,) = error.problems
    assert problem.message == "$: nested more than 300 levels deep; too deep to send"
    assert "validate" not in str(error)
    assert gateway_server.count() == 0


def test_the_generated_client_says_too_deep_to_send_with_validation_off() -> None:
    from generated.qingbo import Qingbo

    client = Qingbo(api_key="k", base_url="http://127.0.0.1:9", journal=False, validate=False)
    with pytest.raises(PayloadValidationError) as info:
        client.tasks.create(model="seedream-4.5", prompt="x", extra=_deep(400))
    client.close()
    (problem,) = info.value.problems
    assert problem.message == "$: nested more than 300 levels deep; too deep to send as JSON"


def test_validation_names_nan_not_null() -> None:
    validator = compile_validator({"type": "object", "properties": {"n": {"type": "integer"}}})
    (problem,) = validator.validate({"n": math.nan})
    assert problem.message == f"n: NaN {NAN_WORDS}"
    assert "got null" not in problem.message
    assert validator.validate({"n": 3}) == []
