"""Runtime imported by generated gateway clients: auth, timeouts, retries, polling, errors.

Public surface (docs/runtime-api.md): :class:`GatewaySpec`, :class:`SyncClient`,
:class:`AsyncClient`, :class:`ClientOptions`, :class:`RequestOptions`, :class:`Task`,
:class:`AsyncTask`, :class:`ProgressEvent`, plus :class:`TaskState` and the error hierarchy
in :mod:`gateway_runtime.errors`. Import-light on purpose: sqlite3 (journal) and asyncio
(async driver) are imported only when first needed.
"""

from typing import TYPE_CHECKING, Any

from .client import AsyncClient, SyncClient
from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    DeadlineExceededError,
    DownloadError,
    GatewayClientError,
    GatewayError,
    InternalServerError,
    InvalidPathParameterError,
    MissingAPIKeyError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseDecodeError,
    ResponseTooLargeError,
    ResponseValidationError,
    StreamError,
    StreamInterruptedError,
    TaskCanceledError,
    TaskFailedError,
    UnknownStatusError,
    UnprocessableEntityError,
)
from .lenient import Drift, drift_of, raw_of
from .options import ClientOptions, RequestOptions
from .spec import GatewaySpec, OperationSpec, SpecError, TaskBinding
from .tasks import AsyncTask, ProgressEvent, Task, TaskState

if TYPE_CHECKING:
    from .validation import PayloadValidationError


def __getattr__(name: str) -> Any:
    """``PayloadValidationError`` on first use: its module loads the validation engine."""
    if name == "PayloadValidationError":
        from .validation import PayloadValidationError

        return PayloadValidationError
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncClient",
    "AsyncTask",
    "AuthenticationError",
    "BadRequestError",
    "ClientOptions",
    "ConflictError",
    "DeadlineExceededError",
    "DownloadError",
    "Drift",
    "GatewayClientError",
    "GatewayError",
    "GatewaySpec",
    "InternalServerError",
    "InvalidPathParameterError",
    "MissingAPIKeyError",
    "NotFoundError",
    "OperationSpec",
    "PayloadValidationError",
    "PermissionDeniedError",
    "ProgressEvent",
    "RateLimitError",
    "RequestOptions",
    "ResponseDecodeError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "SpecError",
    "StreamError",
    "StreamInterruptedError",
    "SyncClient",
    "Task",
    "TaskBinding",
    "TaskCanceledError",
    "TaskFailedError",
    "TaskState",
    "UnknownStatusError",
    "UnprocessableEntityError",
    "drift_of",
    "raw_of",
]
