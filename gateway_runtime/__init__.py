"""Runtime imported by generated gateway clients: auth, timeouts, retries, polling, errors.

Public surface (docs/runtime-api.md): :class:`GatewaySpec`, :class:`SyncClient`,
:class:`AsyncClient`, :class:`ClientOptions`, :class:`RequestOptions`, :class:`Task`,
:class:`AsyncTask`, :class:`ProgressEvent`, plus :class:`TaskState` and the error hierarchy
in :mod:`gateway_runtime.errors`. Import-light on purpose: the errors load with the package,
everything else on first use (httpx with the clients, sqlite3 with the journal, asyncio with the
async driver).
"""

import importlib
from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from .client import AsyncClient, SyncClient
    from .lenient import Drift, drift_of, raw_of
    from .options import ClientOptions, RequestOptions
    from .spec import GatewaySpec, OperationSpec, SpecError, TaskBinding
    from .tasks import AsyncTask, ProgressEvent, Task, TaskState
    from .validation import PayloadValidationError

_LAZY = {
    "AsyncClient": "client",
    "SyncClient": "client",
    "Drift": "lenient",
    "drift_of": "lenient",
    "raw_of": "lenient",
    "ClientOptions": "options",
    "RequestOptions": "options",
    "GatewaySpec": "spec",
    "OperationSpec": "spec",
    "SpecError": "spec",
    "TaskBinding": "spec",
    "AsyncTask": "tasks",
    "ProgressEvent": "tasks",
    "Task": "tasks",
    "TaskState": "tasks",
    "PayloadValidationError": "validation",
}
"""Names loaded from their module on first use (PEP 562): the clients, options and tasks bring
httpx, the validation engine jsonschema-rs, so a tool that needs only the errors or the guarded
reader (``loading``: the generator, ``clientgen diff``) does not pay for them."""


def __getattr__(name: str) -> Any:
    """A public name of a module not yet imported: import it, keep the name, return it."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


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
