"""Offline payload validation: every problem at once, located, in words a person can act on.

The engine is jsonschema-rs (compiled, conformant from draft 4 to 2020-12); on top of its errors
this package writes the messages users read: the field's own path, the rule broken, what is
allowed, did-you-mean suggestions, the spec's ``x-message``, the condition of an ``if``/``then``
(``(when model is "gpt-4o-transcribe")``), readable summaries of ``anyOf``/``oneOf`` failures,
plus the OpenAPI specifics (``nullable``, 3.0 boolean exclusive bounds, multipart files,
readOnly/writeOnly by direction) and the spec's cross-field ``x-rules``. Unknown members that
look like a typo of a declared one are reported as warnings.

Modules: :mod:`.problems` (what is reported), :mod:`.schema` (schema preparation and reading),
:mod:`.messages` (engine errors -> problems), :mod:`.rules` (``x-rules``), :mod:`.engine`
(compiled validators), :mod:`.operations` (by operation), :mod:`.documents` (whole documents
against a meta-schema).
"""

from __future__ import annotations

from .documents import DocumentError, document_errors
from .engine import MAX_DEPTH, Report, Validator, compile_validator
from .operations import (
    BodyLike,
    GatewayLike,
    OperationLike,
    ensure_valid_payload,
    operation_names,
    operation_validator,
    report_operation,
    report_operation_parameters,
    resolve_operation,
    validate,
    validate_operation_parameters,
    validate_operation_payload,
    warn_operation,
)
from .problems import (
    PayloadValidationError,
    Problem,
    SchemaError,
    UnknownOperationError,
    format_path,
    is_binary_value,
)

__all__ = [
    "MAX_DEPTH",
    "BodyLike",
    "DocumentError",
    "GatewayLike",
    "OperationLike",
    "PayloadValidationError",
    "Problem",
    "Report",
    "SchemaError",
    "UnknownOperationError",
    "Validator",
    "compile_validator",
    "document_errors",
    "ensure_valid_payload",
    "format_path",
    "is_binary_value",
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
