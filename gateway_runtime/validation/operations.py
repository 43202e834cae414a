"""Validation by operation: find an operation by any of its names, validate its payload.

Operations and gateways are duck-typed (``OperationSpec``/``GatewaySpec`` fit, and so does the
CLI's reading of ``spec.json``): only the attributes in the protocols below are read.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from .._logs import logger
from .engine import Report, Validator, compile_validator, plain_deep, too_deep_problem
from .problems import Problem, UnknownOperationError

__all__ = [
    "BodyLike",
    "GatewayLike",
    "OperationLike",
    "ensure_valid_payload",
    "operation_names",
    "operation_validator",
    "report_operation",
    "report_operation_parameters",
    "resolve_operation",
    "validate",
    "validate_operation_parameters",
    "validate_operation_payload",
    "warn_operation",
]


class BodyLike(Protocol):
    """What validation reads from an operation's body (``gateway_runtime.spec.BodySpec`` fits)."""

    @property
    def media_type(self) -> str: ...

    @property
    def binary_fields(self) -> Sequence[str]: ...


class OperationLike(Protocol):
    """What validation reads from an operation (``gateway_runtime.spec.OperationSpec`` fits)."""

    @property
    def operation_id(self) -> str: ...

    @property
    def python_name(self) -> str | None: ...

    @property
    def method(self) -> str: ...

    @property
    def path(self) -> str: ...

    @property
    def payload_schema(self) -> Mapping[str, Any]: ...

    @property
    def rules(self) -> Sequence[Mapping[str, Any]]: ...

    @property
    def body(self) -> BodyLike | None: ...


class GatewayLike(Protocol):
    """What validation reads from a gateway (``gateway_runtime.spec.GatewaySpec`` fits)."""

    @property
    def name(self) -> str: ...

    @property
    def operations(self) -> Mapping[str, OperationLike]: ...


_CACHE_MAX = 512
_OP_CACHE: dict[int, tuple[Any, Validator]] = {}


def operation_validator(op: OperationLike) -> Validator:
    """The compiled validator of an operation (cached per operation object)."""
    hit = _OP_CACHE.get(id(op))
    if hit is not None and hit[0] is op:
        return hit[1]
    body = op.body
    binary = frozenset(body.binary_fields or ()) if body is not None else frozenset()
    validator = compile_validator(
        op.payload_schema or True, op.rules or (), binary_fields=binary, direction="request"
    )
    if len(_OP_CACHE) >= _CACHE_MAX:
        _OP_CACHE.clear()
    _OP_CACHE[id(op)] = (op, validator)
    return validator


def validate_operation_payload(op: OperationLike, payload: Any) -> list[Problem]:
    """Every problem with ``payload`` for operation ``op`` (schema, then ``x-rules``)."""
    return operation_validator(op).validate(payload)


def report_operation(op: OperationLike, payload: Any) -> Report:
    """Problems and typo warnings (``watermak``) of ``payload`` for ``op``."""
    return operation_validator(op).report(payload)


def warn_operation(op: OperationLike, payload: Any) -> list[Problem]:
    """Only the warnings: unknown members that look like a typo of a declared one."""
    return operation_validator(op).warnings(payload)


_PARAM_CACHE: dict[int, tuple[Any, Validator]] = {}


def validate_operation_parameters(
    op: OperationLike, parameters: Mapping[str, Any]
) -> list[Problem]:
    """Every problem with the path, query and header parameters of a call (by wire name).

    Operations without a body already validate their parameters as their payload.
    """
    return report_operation_parameters(op, parameters).problems


def report_operation_parameters(op: OperationLike, parameters: Mapping[str, Any]) -> Report:
    """Problems and warnings (``x-warn``) of the path, query and header parameters of a call."""
    schema = getattr(op, "parameters_schema", None)
    if op.body is None or not schema or not schema.get("properties"):
        return Report([], [])
    hit = _PARAM_CACHE.get(id(op))
    if hit is None or hit[0] is not op:
        if len(_PARAM_CACHE) >= _CACHE_MAX:
            _PARAM_CACHE.clear()
        hit = (op, compile_validator(schema))
        _PARAM_CACHE[id(op)] = hit
    return hit[1].report(dict(parameters))


def ensure_valid_payload(op: OperationLike, payload: Any) -> None:
    """Raise :class:`PayloadValidationError` when ``payload`` is invalid for ``op``."""
    operation_validator(op).check(payload, op.operation_id)


def operation_names(op: OperationLike) -> list[str]:
    """The names an operation answers to: id, client method name, ``"METHOD /path"``."""
    names = [op.operation_id]
    if op.python_name:
        names.append(op.python_name)
    names.append(f"{op.method.upper()} {op.path}")
    return names


def resolve_operation(spec: GatewayLike, name: str) -> OperationLike:
    """Find an operation by id, client method name (``tasks.create``) or ``"POST /v1/tasks"``.

    Raises :class:`UnknownOperationError` naming the nearest known names.
    """
    ops = spec.operations
    if name in ops:
        return ops[name]
    text = name.strip()
    for op in ops.values():
        if text in (op.operation_id, op.python_name):
            return op
    parts = text.split(None, 1)
    if len(parts) == 2:
        method, path = parts[0].upper(), parts[1].strip()
        for op in ops.values():
            if op.method.upper() == method and op.path == path:
                return op
    candidates = [n for op in ops.values() for n in operation_names(op)]
    close = difflib.get_close_matches(text, candidates, n=3, cutoff=0.5)
    if not close and text:
        close = [c for c in candidates if text.lower() in c.lower()][:3]
    raise UnknownOperationError(name, getattr(spec, "name", None), close)


def validate(spec: GatewayLike, operation: str | OperationLike, payload: Any) -> list[Problem]:
    """Every problem with ``payload`` for ``operation`` (a name or an operation) of ``spec``.

    Pydantic models anywhere in the payload are validated as their dumps. A likely typo in a
    member name (``watermak``) is not a problem, as in the clients: it is logged as a warning on
    the ``gateway_runtime`` logger.
    """
    op = resolve_operation(spec, operation) if isinstance(operation, str) else operation
    try:
        plain = plain_deep(payload)
    except RecursionError:
        return [too_deep_problem()]
    report = report_operation(op, plain)
    for warning in report.warnings:
        logger.warning("%s: %s", op.operation_id, warning.message)
    return report.problems
