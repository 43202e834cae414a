"""Reading responses: decode the body, and map errors to the typed hierarchy.

* non-2xx → the :class:`APIStatusError` subclass for the status, with code/message taken from
  the first of the operation's error envelopes that matches the body;
* 2xx whose body matches an envelope (``in_success`` true, code not in ``ok_values``) →
  :class:`GatewayError`; an empty detect value (``null``, ``""``, ``{}``, ``[]``, ``false``)
  is "no error";
* a body that should be JSON (JSON content type, or a JSON operation) but does not parse →
  :class:`ResponseDecodeError`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from . import _pointer
from ._media import is_binary, is_event_stream, is_json
from .errors import APIStatusError, GatewayError, ResponseDecodeError, status_error_class
from .retry import parse_retry_after
from .spec import ErrorEnvelope, GatewaySpec, OperationSpec

__all__ = [
    "carries_error_object",
    "decode_body",
    "envelope_error",
    "find_request_id",
    "raise_for_response",
]

_REQUEST_ID_HEADERS = (
    "x-request-id",
    "request-id",
    "x-oneapi-request-id",
    "x-amzn-requestid",
    "x-amz-request-id",
    "x-correlation-id",
    "x-trace-id",
    "trace-id",
    "x-log-id",
)
_REQUEST_ID_KEYS = ("request_id", "requestId", "trace_id", "traceId")


def find_request_id(headers: Mapping[str, str], body: Any = None) -> str | None:
    """The request id from well-known headers, else from a top-level body field."""
    lowered = {k.lower(): v for k, v in headers.items()}
    for name in _REQUEST_ID_HEADERS:
        if lowered.get(name):
            return lowered[name]
    if isinstance(body, Mapping):
        for key in _REQUEST_ID_KEYS:
            value = body.get(key)
            if isinstance(value, str | int) and not isinstance(value, bool) and value != "":
                return str(value)
    return None


def decode_body(response: httpx.Response, op: OperationSpec) -> Any:
    """Decoded JSON, ``str`` for text, ``bytes`` for binary media types; ``None`` when empty.

    The reply's ``Content-Type`` decides; a JSON operation's reply is parsed as JSON unless it says
    it is binary or an event stream (gateways often label JSON ``text/plain``). Where nothing is
    declared (a raw path), a non-JSON body labelled as something other than JSON is its text.
    """
    content = response.content
    ctype = response.headers.get("content-type") or None
    declared = op.media_types[0] if op.media_types else None
    expect_json = is_json(ctype) or (
        (declared is None or is_json(declared))
        and not is_binary(ctype)
        and not is_event_stream(ctype)
    )
    if not content.strip():
        return None if expect_json or not is_binary(ctype or declared) else content
    if expect_json:
        try:
            return json.loads(content)
        except ValueError as exc:
            if declared is None and not is_json(ctype) and ctype is not None:
                return response.text  # nothing declared (a raw path): text said text, is text
            raise ResponseDecodeError(
                f"{op.label}: HTTP {response.status_code} body is not valid JSON ({exc})",
                status_code=response.status_code,
                request_id=find_request_id(response.headers),
                operation=op.operation_id,
                headers=response.headers,
                url=str(response.request.url),
                text=response.text,
            ) from None
    if is_binary(ctype or declared):
        return content
    return response.text


def _is_empty(value: Any) -> bool:
    return value is _pointer.MISSING or value is None or value is False or value in ("", {}, [])


def _code_is_ok(code: Any, ok_values: tuple[Any, ...]) -> bool:
    return any(code == ok or str(code) == str(ok) for ok in ok_values)


def _match(envelope: ErrorEnvelope, body: Any) -> bool:
    if not isinstance(body, Mapping | list):
        return False
    if _is_empty(_pointer.resolve(body, envelope.detect)):
        return False
    if envelope.ok_values is not None:
        code = _pointer.resolve(body, envelope.code)
        if code is not _pointer.MISSING and _code_is_ok(code, envelope.ok_values):
            return False
    return True


def _text(value: Any) -> str | None:
    if value is _pointer.MISSING or value is None:
        return None
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, default=str)


def _envelope_fields(envelope: ErrorEnvelope, body: Any) -> dict[str, Any]:
    code = _pointer.resolve(body, envelope.code)
    return {
        "code": None if code is _pointer.MISSING else code,
        "message": _text(_pointer.resolve(body, envelope.message)),
        "error_type": _pointer.get(body, envelope.type),
        "details": _pointer.get(body, envelope.details),
        "envelope": envelope.name,
    }


def envelope_error(
    spec: GatewaySpec,
    op: OperationSpec,
    response: httpx.Response,
    body: Any,
    *,
    any_envelope: bool = False,
) -> GatewayError | None:
    """The :class:`GatewayError` for an error envelope inside a 2xx body, else ``None``.

    Only envelopes declared ``in_success`` count, unless ``any_envelope``: a submit reply without
    a task id, or a poll reply without a status, that matches any envelope is the gateway's error.
    """
    for envelope in spec.envelopes_for(op):
        if (envelope.in_success or any_envelope) and _match(envelope, body):
            fields = _envelope_fields(envelope, body)
            message = fields.pop("message") or "gateway reported an error"
            code = fields["code"]
            prefix = f"[{code}] " if code is not None else ""
            return GatewayError(
                f"{op.label}: HTTP {response.status_code} carried an error: {prefix}{message}",
                status_code=response.status_code,
                request_id=find_request_id(response.headers, body),
                operation=op.operation_id,
                body=body,
                headers=response.headers,
                url=str(response.request.url),
                **fields,
            )
    return None


def carries_error_object(spec: GatewaySpec, op: OperationSpec, body: Any) -> bool:
    """Whether a 2xx ``body`` matches an in-success envelope known by its presence alone (an
    ``error`` object), leaving out envelopes that need ``ok-values`` to tell success from failure:
    those name one API's success codes and misread another's (a ``code: 200`` or ``code: 0``)."""
    return any(
        envelope.in_success and envelope.ok_values is None and _match(envelope, body)
        for envelope in spec.envelopes_for(op)
    )


def status_error(spec: GatewaySpec, op: OperationSpec, response: httpx.Response) -> APIStatusError:
    """The typed error for a non-2xx response."""
    body: Any
    try:
        body = json.loads(response.content) if response.content.strip() else None
    except ValueError:
        body = response.text
    fields: dict[str, Any] = {"code": None, "message": None}
    for envelope in spec.envelopes_for(op):
        if _match(envelope, body):
            fields = _envelope_fields(envelope, body)
            break
    message = fields.pop("message")
    if message is None:
        if isinstance(body, str) and body.strip():
            message = body.strip()[:500]
        elif isinstance(body, Mapping):
            message = _text(body.get("message") or body.get("error") or body.get("detail"))
    message = message or response.reason_phrase or "error"
    code = fields["code"]
    prefix = f"[{code}] " if code is not None else ""
    cls = status_error_class(response.status_code)
    return cls(
        f"{op.label}: HTTP {response.status_code}: {prefix}{message}",
        status_code=response.status_code,
        request_id=find_request_id(response.headers, body),
        operation=op.operation_id,
        body=body,
        headers=response.headers,
        url=str(response.request.url),
        retry_after=parse_retry_after(response.headers),
        **fields,
    )


def raise_for_response(
    spec: GatewaySpec,
    op: OperationSpec,
    response: httpx.Response,
    *,
    accept: Callable[[Any], bool] | None = None,
) -> Any:
    """Decode a response or raise its typed error.

    ``accept(body)`` returning True skips the 2xx envelope check (a task poll body whose status
    is a known task status is a task state, even when it also carries an ``error`` object).
    """
    if not response.is_success:
        raise status_error(spec, op, response)
    body = decode_body(response, op)
    if accept is not None and accept(body):
        return body
    error = envelope_error(spec, op, response, body)
    if error is not None:
        raise error
    return body
