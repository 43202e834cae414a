"""One exception hierarchy for everything a generated client can raise.

::

    GatewayClientError                  base; .message .status_code .code .request_id
    ├── APIConnectionError              request failed before a response arrived
    │   ├── APITimeoutError             connect/read/write/pool timeout
    │   └── StreamInterruptedError      a stream broke off (cut, timeout, no end marker)
    ├── GatewayError                    the gateway said no (code/message); raised as such
    │   │                               for an error envelope inside a 2xx body
    │   ├── APIStatusError              any non-2xx response
    │   │   ├── BadRequestError 400, AuthenticationError 401, PermissionDeniedError 403,
    │   │   ├── NotFoundError 404, ConflictError 409, UnprocessableEntityError 422,
    │   │   └── RateLimitError 429, InternalServerError 5xx
    │   ├── TaskFailedError             the task ended in a failure status
    │   ├── TaskCanceledError           the task ended canceled
    │   └── StreamError                 an error event in the middle of a stream
    ├── ResponseDecodeError             a body that should be JSON is not (or lacks the task id)
    │   └── ResponseValidationError     a 2xx body does not fit its model (strict clients only)
    ├── ResponseTooLargeError           a JSON/text body passed max_response_bytes
    ├── InvalidPathParameterError       a path value ("", ".", "..") would change the path
    ├── DownloadError                   an output could not be saved (HTTP error, too large, short)
    ├── DeadlineExceededError           wait() ran out of time; .task is the resumable handle
    ├── UnknownStatusError              wait() kept seeing a status it cannot interpret
    ├── MissingAPIKeyError              an operation needs a key and none was given
    └── SpecError (spec.py)             the runtime spec is malformed
                                        (PayloadValidationError lives in validation.py)

Every error pickles by value (``ProcessPoolExecutor``, multiprocessing, task queues): message,
code, status, request id, body, ``task_id`` and the last ``state`` cross the boundary; the live
task handle (``.task``, which holds a client) does not — across a process boundary ``.task`` is
``None`` and ``.handle`` (the handle's JSON data) resumes the task with ``client.resume(handle)``.

Every message, repr and attribute (``body``, ``headers``, ``request_id``, ``url``, ``text``,
``state``) is passed through :func:`gateway_runtime.redact.redact`, so an API key echoed back by
a gateway never reaches tracebacks, logs or code that inspects the error. Errors keep the decoded body and the
response headers, never the ``httpx.Request`` (whose headers carry the key).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .redact import redact, redact_obj, redact_state

if TYPE_CHECKING:
    from .task_state import TaskState


def _strip_userinfo(url: str) -> str:
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))


__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "DeadlineExceededError",
    "DownloadError",
    "GatewayClientError",
    "GatewayError",
    "InternalServerError",
    "InvalidPathParameterError",
    "MissingAPIKeyError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseDecodeError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "StreamError",
    "StreamInterruptedError",
    "TaskCanceledError",
    "TaskFailedError",
    "UnknownStatusError",
    "UnprocessableEntityError",
    "status_error_class",
]


def _rebuild(cls: type[BaseException], args: tuple[Any, ...], state: dict[str, Any]) -> Any:
    """Unpickle an error without calling its ``__init__`` (whose signature varies by class)."""
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    return error


class GatewayClientError(Exception):
    """Base of every error raised by gateway_runtime and generated clients.

    Attributes (``None`` when unknown): ``message``, ``status_code`` (HTTP), ``code`` (the
    gateway's error code), ``request_id`` (from ``x-request-id`` and similar headers),
    ``operation`` (operation id), ``body`` (decoded response body, redacted), ``headers``,
    ``url`` (of the request, without user info).
    """

    def __init__(
        self,
        message: str = "",
        *,
        status_code: int | None = None,
        code: Any = None,
        request_id: str | None = None,
        operation: str | None = None,
        body: Any = None,
        headers: Mapping[str, str] | None = None,
        url: str | None = None,
    ) -> None:
        self.message = redact(str(message))
        self.status_code = status_code
        self.code = redact_obj(code)
        self.request_id = None if request_id is None else redact(str(request_id))
        if operation is not None or not hasattr(self, "operation"):
            self.operation = operation  # subclasses may set it before calling us
        self.body = redact_obj(body)
        self.headers: dict[str, str] = {
            redact(str(k)): redact(str(v)) for k, v in (headers or {}).items()
        }
        self.url = None if url is None else redact(_strip_userinfo(str(url)))
        super().__init__(self.message)

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle by value; a live task handle (it holds a client and locks) stays behind."""
        state = dict(self.__dict__)
        if state.get("task") is not None:
            state["task"] = None
        return (_rebuild, (type(self), self.args, state))

    def __str__(self) -> str:
        parts = [self.message]
        if self.request_id:
            parts.append(f"(request id: {self.request_id})")
        return redact(" ".join(p for p in parts if p))

    def __repr__(self) -> str:
        fields = [f"message={self.message!r}"]
        for name in ("status_code", "code", "request_id", "operation"):
            value = getattr(self, name)
            if value is not None:
                fields.append(f"{name}={value!r}")
        return redact(f"{type(self).__name__}({', '.join(fields)})")


class MissingAPIKeyError(GatewayClientError):
    """The operation requires an API key and none was passed or found in the environment."""


class APIConnectionError(GatewayClientError):
    """The request failed without a response (DNS, refused, reset, protocol error).

    ``may_have_reached_server`` tells whether the gateway might have acted on the request
    (False only for failures before the request was sent, e.g. connection refused).
    """

    def __init__(
        self, message: str = "Connection error.", *, may_have_reached_server: bool = True, **kw: Any
    ) -> None:
        super().__init__(message, **kw)
        self.may_have_reached_server = may_have_reached_server


class APITimeoutError(APIConnectionError):
    """A connect, read, write or pool timeout."""

    def __init__(self, message: str = "Request timed out.", **kw: Any) -> None:
        super().__init__(message, **kw)


class GatewayError(GatewayClientError):
    """The gateway reported an error: code and message from its error envelope.

    Raised as such when a 2xx response carries an error envelope (an HTTP-200 error body is
    never taken for success); ``envelope`` names the matching envelope. Base of the status and
    task-outcome errors.
    """

    def __init__(
        self,
        message: str = "",
        *,
        envelope: str | None = None,
        error_type: Any = None,
        details: Any = None,
        **kw: Any,
    ) -> None:
        super().__init__(message, **kw)
        self.envelope = envelope
        self.error_type = redact_obj(error_type)
        self.details = redact_obj(details)


class APIStatusError(GatewayError):
    """A non-2xx response. ``retry_after`` is the server's requested delay in seconds, if any."""

    def __init__(self, message: str = "", *, retry_after: float | None = None, **kw: Any) -> None:
        super().__init__(message, **kw)
        self.retry_after = retry_after


class BadRequestError(APIStatusError):
    """HTTP 400."""


class AuthenticationError(APIStatusError):
    """HTTP 401: missing or wrong API key."""


class PermissionDeniedError(APIStatusError):
    """HTTP 403."""


class NotFoundError(APIStatusError):
    """HTTP 404."""


class ConflictError(APIStatusError):
    """HTTP 409."""


class UnprocessableEntityError(APIStatusError):
    """HTTP 422."""


class RateLimitError(APIStatusError):
    """HTTP 429 (or a retry budget spent on 429s)."""


class InternalServerError(APIStatusError):
    """HTTP 5xx."""


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The :class:`APIStatusError` subclass for an HTTP status code."""
    if status_code >= 500:
        return InternalServerError
    return _STATUS_CLASSES.get(status_code, APIStatusError)


class ResponseDecodeError(GatewayClientError):
    """A response that should be JSON could not be decoded, or lacks a documented field.

    ``text`` holds the start of the raw body (redacted).
    """

    def __init__(self, message: str = "", *, text: str | None = None, **kw: Any) -> None:
        super().__init__(message, **kw)
        self.text = None if text is None else redact(text[:2000])


class ResponseValidationError(ResponseDecodeError):
    """A 2xx body does not fit its response model and the client is ``strict_responses``.

    ``drift`` lists ``(path, expected, got)`` for every mismatch; ``body`` is the raw body. Without
    ``strict_responses`` the result is built leniently instead (see ``gateway_runtime.drift``).
    """

    def __init__(self, message: str = "", *, drift: Any = (), **kw: Any) -> None:
        super().__init__(message, **kw)
        self.drift = redact_obj(list(drift))


class ResponseTooLargeError(GatewayClientError):
    """A body or stream event passed its cap (``.limit``; the message names the option)."""

    def __init__(self, message: str = "", *, limit: int | None = None, **kw: Any) -> None:
        super().__init__(message, **kw)
        self.limit = limit


class InvalidPathParameterError(GatewayClientError, ValueError):
    """A path parameter (a task id above all) that would change the path once normalised.

    ``""``, ``"."`` and ``".."`` are refused before any request is sent: ``GET /v1/tasks/..``
    would be sent as ``GET /v1``, with the API key. ``.parameter`` names it.
    """

    def __init__(self, message: str = "", *, parameter: str | None = None, **kw: Any) -> None:
        super().__init__(message, **kw)
        self.parameter = parameter


class _HoldsTask(GatewayClientError):
    """An error about one task: ``task`` (the live handle, ``None`` once unpickled), ``task_id``,
    ``handle`` (the handle's JSON data, for ``client.resume``) and ``state`` (the last seen)."""

    def __init__(
        self, message: str = "", *, task: Any = None, state: TaskState | None = None, **kw: Any
    ) -> None:
        super().__init__(message, **kw)
        self.task: Any = task
        self.task_id: str | None = getattr(task, "id", None)
        to_dict = getattr(task, "to_dict", None)
        self.handle: dict[str, Any] | None = to_dict() if callable(to_dict) else None
        self.state: TaskState | None = redact_state(state)


class _TaskOutcomeError(_HoldsTask, GatewayError):
    """Shared shape of task outcome errors: the handle, its final state."""


class TaskFailedError(_TaskOutcomeError):
    """The task reached a failure status; ``code``/``message`` are the gateway's."""


class TaskCanceledError(_TaskOutcomeError):
    """The task reached a canceled status."""


class DeadlineExceededError(_HoldsTask):
    """``wait()`` passed its overall deadline. ``task`` is the handle: resume it later with
    ``task.wait()`` or ``client.resume(task.to_json())``; ``state`` is the last state seen."""


class UnknownStatusError(_HoldsTask):
    """``wait()`` saw a status it cannot interpret for ``max_unknown_polls`` polls in a row.

    ``task`` is the handle (resume it once the status is mapped with ``status_aliases``),
    ``state`` the last state and ``body`` the last poll body.
    """


class StreamInterruptedError(APIConnectionError):
    """A stream ended early: connection cut, read timeout between events, or no end marker.

    Never retried: the gateway already answered (and may have charged for the tokens sent).
    """


class StreamError(GatewayError):
    """The gateway sent an error event in the middle of a stream (``code``/``message`` from it)."""


class DownloadError(GatewayClientError):
    """An output could not be saved: HTTP error, larger than ``max_bytes``, or cut short."""
