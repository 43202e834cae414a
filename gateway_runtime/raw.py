"""Raw access: call any path of a gateway through the client's auth, retry rule and error
mapping, and read the HTTP facts (headers, status, request id) of any result.

``client.request("POST", "/suno/submit/lyrics", json={...})`` builds an ad-hoc operation for the
path: the document's security, error envelopes and the never-replay rule (only idempotent methods
are retried, a POST never), redaction of keys in errors and logs. A path that is a documented
operation or an ``x-catalog`` endpoint is named (``note``; logged at INFO, printed by the CLI),
and takes that operation's security, envelopes and idempotency. Paths are relative to the base
URL: an absolute URL is refused, so the key never goes to another host. A 2xx reply of a path
the document does not describe is an error only when it carries an error object (an envelope
known by its presence): the document's code-valued envelopes are other APIs' success codes.

Every result a client returns for a call (and ``task.wait()``'s, from the last poll) keeps its
response's headers, status code and request id, without changing its type: a model has them as
``result.headers`` / ``.status_code`` / ``.request_id`` (fields of the same name win;
``http_info(result)`` always works); a JSON object, array, text or binary body comes back as a
``dict`` / ``list`` / ``str`` / ``bytes`` subclass carrying the same attributes; a stream
(``Stream`` / ``AsyncStream``) has them from the moment its headers are in.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import partial
from typing import TYPE_CHECKING, Any

import httpx

from ._response import carries_error_object, find_request_id
from .errors import GatewayClientError
from .options import RequestOptions
from .redact import redact
from .spec import IDEMPOTENT_METHODS, BodySpec, GatewaySpec, OperationSpec

if TYPE_CHECKING:
    from ._core import ClientCore
    from ._flow import Flow

__all__ = [
    "RawBytes",
    "RawDict",
    "RawList",
    "RawStr",
    "ResponseInfo",
    "attach",
    "describe_path",
    "http_info",
    "raw_flow",
    "raw_operation",
    "read_raw",
]

logger = logging.getLogger("gateway_runtime")
_METHOD = re.compile(r"^[A-Za-z]+$")


@dataclass(frozen=True)
class ResponseInfo:
    """What the HTTP response of a result said (header values redacted)."""

    status_code: int
    headers: Mapping[str, str]
    request_id: str | None

    @classmethod
    def of(cls, response: httpx.Response, body: Any = None) -> ResponseInfo:
        headers = {k.lower(): redact(v) for k, v in response.headers.items()}
        return cls(response.status_code, headers, find_request_id(response.headers, body))


class RawDict(dict[str, Any]):
    """A decoded JSON object that also tells its response's ``headers``, ``status_code`` and
    ``request_id`` (a plain ``dict`` in every other way)."""

    headers: Mapping[str, str]
    status_code: int
    request_id: str | None


class RawList(list[Any]):
    """A decoded JSON array with its response's ``headers``, ``status_code``, ``request_id``."""

    headers: Mapping[str, str]
    status_code: int
    request_id: str | None


class RawBytes(bytes):
    """A binary body (audio, an image) with its response's ``headers``, ``status_code`` and
    ``request_id``; equal to, and usable as, the plain ``bytes``."""

    headers: Mapping[str, str]
    status_code: int
    request_id: str | None


class RawStr(str):
    """A text body with its response's ``headers``, ``status_code`` and ``request_id``."""

    headers: Mapping[str, str]
    status_code: int
    request_id: str | None


_HOLDERS: dict[type, type] = {dict: RawDict, list: RawList, bytes: RawBytes, str: RawStr}
_Holder = RawDict | RawList | RawBytes | RawStr


def attach(result: Any, response: httpx.Response | ResponseInfo | None, body: Any = None) -> Any:
    """``result`` carrying its response's facts (models: a private attribute; JSON objects and
    arrays, text and binary bodies: the same values as :class:`RawDict` / :class:`RawList` /
    :class:`RawStr` / :class:`RawBytes`; anything else unchanged)."""
    if response is None or isinstance(result, httpx.Response):
        return result
    info = (
        response
        if isinstance(response, ResponseInfo)
        else ResponseInfo.of(response, body if body is not None else result)
    )
    kind = _HOLDERS.get(type(result))
    holder: Any = result if kind is None else kind(result)  # bytes: one copy, the body's
    if isinstance(holder, _Holder):
        holder.headers, holder.status_code, holder.request_id = (
            info.headers,
            info.status_code,
            info.request_id,
        )
        return holder
    private = getattr(holder, "__pydantic_private__", None)
    if isinstance(private, dict) and "_gateway_http" in private:
        private["_gateway_http"] = info
    return holder


def http_info(result: Any) -> ResponseInfo | None:
    """The response facts of a result the client returned (``None`` if it has none)."""
    if isinstance(result, _Holder):
        return ResponseInfo(result.status_code, result.headers, result.request_id)
    held = getattr(result, "_gateway_http", None)  # a Stream / AsyncStream
    if isinstance(held, ResponseInfo):
        return held
    private = getattr(result, "__pydantic_private__", None)
    found = private.get("_gateway_http") if isinstance(private, dict) else None
    return found if isinstance(found, ResponseInfo) else None


def _matches(template: str, path: str) -> bool:
    parts = re.split(r"(\{[^}/]+\})", template.rstrip("/"))
    regex = "".join("[^/]+" if p.startswith("{") else re.escape(p) for p in parts)
    return re.fullmatch(regex, path.rstrip("/") or "/") is not None


def describe_path(spec: GatewaySpec, method: str, path: str) -> tuple[OperationSpec | None, str]:
    """The documented operation a raw path is (if any) and a sentence naming what it is."""
    method = method.upper()
    plain = path.split("?", 1)[0]
    for op in spec.operations.values():
        if op.method == method and _matches(op.path, plain):
            return op, (
                f"{method} {plain} is {spec.name}'s documented operation {op.label}: "
                "its typed method checks the payload before sending"
            )
    for entry in spec.catalog:
        if entry.path and (entry.method in (None, method)) and _matches(entry.path, plain):
            return None, (
                f"{method} {plain} is {spec.name}'s documented endpoint {entry.name!r} "
                f"({entry.state} in the document's x-catalog: no typed method; sent as given)"
            )
    return None, f"{method} {plain} is not in {spec.name}'s document; sent as given"


def raw_operation(
    spec: GatewaySpec,
    method: str,
    path: str,
    *,
    file_fields: tuple[str, ...] = (),
    form: bool = False,
) -> tuple[OperationSpec, str]:
    """An ad-hoc operation for ``method path`` and the sentence naming what the path is."""
    op, note, _ = _ad_hoc(spec, method, path, file_fields=file_fields, form=form)
    return op, note


def _ad_hoc(
    spec: GatewaySpec,
    method: str,
    path: str,
    *,
    file_fields: tuple[str, ...],
    form: bool,
) -> tuple[OperationSpec, str, bool]:
    """:func:`raw_operation`, and whether the path is a documented operation."""
    if not _METHOD.match(method):
        raise GatewayClientError(f"{method!r} is not an HTTP method (GET, POST, ...)")
    if "://" in path or path.startswith("//"):
        raise GatewayClientError(
            f"{path!r}: raw paths are relative to the client's base_url (the API key only goes "
            "to the gateway's own host); pass a path such as '/v1/models'"
        )
    method = method.upper()
    path = "/" + path.lstrip("/")
    documented, note = describe_path(spec, method, path)
    media_type = (
        "multipart/form-data"
        if file_fields
        else "application/x-www-form-urlencoded"
        if form
        else "application/json"
    )
    body = BodySpec(media_type=media_type, binary_fields=file_fields)
    op = OperationSpec(
        operation_id=f"{method} {path}",
        method=method,
        path=path.replace("{", "%7B").replace("}", "%7D"),
        body=body,
        idempotent=method in IDEMPOTENT_METHODS,
        response_media_type=None,
    )
    if documented is not None:  # the documented operation's auth, envelopes, idempotency
        op = replace(
            op,
            security=documented.security,
            error_envelopes=documented.error_envelopes,
            idempotent=documented.replay_safe,
            idempotency_header=documented.idempotency_header,
            response_media_types=documented.response_media_types,
        )
    return op, note, documented is not None


def read_raw(core: ClientCore, parse: Any, body: Any, label: str) -> Any:
    """``parse(body)`` for a raw call (a model read tolerantly, as typed calls are)."""
    if parse is None or isinstance(body, httpx.Response):
        return body
    from .lenient import read_result

    return read_result(
        parse, body, operation=label, strict=core.strict_responses, logged=core.drift_logged
    )


def raw_flow(
    core: ClientCore,
    method: str,
    path: str,
    *,
    json: Any = None,
    params: Mapping[str, Any] | None = None,
    files: Mapping[str, Any] | None = None,
    data: Mapping[str, Any] | None = None,
    headers: Mapping[str, Any] | None = None,
    options: RequestOptions | None = None,
) -> Flow[tuple[httpx.Response, Any, OperationSpec]]:
    """Send one raw call; the flow returns the final response, the decoded body (an open event
    stream: the response, for a ``Stream``) and the ad-hoc operation it was sent as."""
    from .uploads import check_binary_fields

    op, note, documented = _ad_hoc(
        core.spec, method, path, file_fields=tuple(files or ()), form=data is not None and not json
    )
    logger.info("%s", note)
    body: Any = None
    if files:
        body = check_binary_fields(op, {**(data or {}), **(json or {}), **files})
    elif json is not None or data is not None:
        if json is not None and not isinstance(json, Mapping):
            raise GatewayClientError("json= must be a JSON object (a mapping)")
        body = json if json is not None else dict(data or {})
    prepared = core.prepare(
        op,
        query=params,
        headers=headers,
        body=body,
        options=options,
        validate=False,  # nothing to validate against: the path has no schema here
    )
    # A path the document does not describe has no success code of its own: its 2xx body is the
    # gateway's answer unless it carries an error object. The document's code-valued envelopes
    # (new-api's code "success", MJ's 1) would read another API's success (韦尼克's code 200,
    # MewX's code 0) as a failure of a call that was done, and perhaps paid for.
    accept = None if documented else partial(_no_error_object, core.spec, op)
    response, decoded = yield from core.exchange_flow(prepared, accept=accept)
    return response, decoded, op


def _no_error_object(spec: GatewaySpec, op: OperationSpec, body: Any) -> bool:
    return not carries_error_object(spec, op, body)
