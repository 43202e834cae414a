"""Every constraint the real specs state, positive and negative, derived from the schemas.

For each gateway operation, :mod:`walk` builds a valid payload, then one payload per stated
constraint: a wrong type, a value outside the enum, each limit at and past its bound, a pattern
mismatch, a missing required member, an unknown member where none are allowed, each forbidden
member. Cross-field rules are tested by hand in test_validation_gateways.py.
"""

from __future__ import annotations

import pytest

from gateway_runtime.validation import validate_operation_payload

from .conftest import GATEWAYS, generated_spec
from .walk import Case, Walker


def _cases() -> list[Case]:
    cases: list[Case] = []
    for name in GATEWAYS:
        spec = generated_spec(name)
        if spec is None:
            continue
        for op in spec.operations.values():
            cases += Walker(name, op).cases()
    return cases


CASES = _cases()
OPERATIONS = {".".join(c.id.split(".")[:2]) for c in CASES}


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_constraint(case: Case) -> None:
    gateway, operation = case.id.split(".")[:2]
    spec = generated_spec(gateway)
    assert spec is not None
    problem = case.check(validate_operation_payload(spec.operations[operation], case.payload))
    assert problem is None, problem


def test_every_operation_with_a_body_has_cases() -> None:
    """The walker could build a valid payload for every operation (else its cases are missing)."""
    missing = []
    for name in GATEWAYS:
        spec = generated_spec(name)
        if spec is None:
            continue
        missing += [
            f"{name}.{op_id}" for op_id in spec.operations if f"{name}.{op_id}" not in OPERATIONS
        ]
    assert missing == []
