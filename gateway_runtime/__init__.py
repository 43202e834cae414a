"""Runtime imported by generated gateway clients: auth, timeouts, retries, polling, errors.

Public surface (docs/runtime-api.md): :class:`GatewaySpec`, :class:`SyncClient`,
:class:`AsyncClient`, :class:`ClientOptions`, :class:`RequestOptions`, :class:`Task`,
:class:`AsyncTask`, :class:`ProgressEvent`, plus :class:`TaskState` and the error hierarchy
in :mod:`gateway_runtime.errors`. Import-light on purpose: sqlite3 (journal) and asyncio
(async driver) are imported only when first needed.
"""

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
    MissingAPIKeyError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseDecodeError,
    StreamError,
    StreamInterruptedError,
    TaskCanceledError,
    TaskFailedError,
    UnprocessableEntityError,
)
from .options import ClientOptions, RequestOptions
from .spec import GatewaySpec, OperationSpec, SpecError, TaskBinding
from .tasks import AsyncTask, ProgressEvent, Task, TaskState

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
    "GatewayClientError",
    "GatewayError",
    "GatewaySpec",
    "InternalServerError",
    "MissingAPIKeyError",
    "NotFoundError",
    "OperationSpec",
    "PermissionDeniedError",
    "ProgressEvent",
    "RateLimitError",
    "RequestOptions",
    "ResponseDecodeError",
    "SpecError",
    "StreamError",
    "StreamInterruptedError",
    "SyncClient",
    "Task",
    "TaskBinding",
    "TaskCanceledError",
    "TaskFailedError",
    "TaskState",
    "UnprocessableEntityError",
]
