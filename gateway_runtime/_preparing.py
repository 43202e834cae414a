"""Preparing one call: the local checks of its payload, then the request built to send.

Validation (the schema, likely typos refused on paid calls, values JSON cannot carry), the
credentials, headers in their order of precedence, the URL and the per-call retry rule. A mixin
of :class:`~gateway_runtime._core.ClientCore`, which holds the settings it reads.
"""

from __future__ import annotations

import math
import time
import uuid
from collections.abc import Mapping
from typing import Any, NamedTuple

import httpx

from ._headers import merge_headers
from ._inflate import ACCEPT_ENCODING
from ._logs import logger
from ._media import accept_header, streams
from ._request import build_url, encode_body, header_items, query_items
from .auth import credentials_for
from .errors import GatewayClientError
from .jsonvalues import MAX_DEPTH as JSON_DEPTH
from .jsonvalues import unsendable
from .loading import deeper_than
from .options import RequestOptions, to_timeout
from .retry import RetryPolicy
from .spec import GatewaySpec, OperationSpec

__all__ = ["Prepared", "Preparer"]


class Prepared(NamedTuple):
    """A request ready to send, with what the retry loop needs to know about it."""

    op: OperationSpec
    request: httpx.Request
    replay_safe: bool
    policy: RetryPolicy
    stream: bool = False
    deadline: float | None = None
    """When the whole call must be over (``time.monotonic()``; ``call_timeout``)."""


_TOO_DEEP = f"nested more than {JSON_DEPTH} levels deep; too deep to send"


def _refuse(op: OperationSpec, found: list[tuple[tuple[str | int, ...], str]]) -> None:
    """Raise the payload error for values that cannot be sent (``found`` from ``unsendable``)."""
    if not found:
        return
    from .validation.problems import PayloadValidationError, problem

    problems = [problem(keys, "json", why) for keys, why in found]
    raise PayloadValidationError(problems, op.operation_id, op.label)


class Preparer:
    """Validate and build requests (the settings are :class:`ClientCore`'s)."""

    spec: GatewaySpec
    api_key: str | None
    base_url: str
    timeout: httpx.Timeout
    call_timeout: float | None
    policy: RetryPolicy
    validate: bool
    strict_validation: bool | None
    user_agent: str
    default_headers: dict[str, str]
    _submits: set[str]
    _http: httpx.Client | httpx.AsyncClient

    def _validate(self, op: OperationSpec, payload: Any, parameters: Mapping[str, Any]) -> None:
        from .validation import (
            PayloadValidationError,
            report_operation,
            report_operation_parameters,
        )

        given = report_operation_parameters(op, parameters)
        report = report_operation(op, payload)
        problems = given.problems + report.problems
        warnings = given.warnings + report.warnings
        # A likely typo on a paid request (a task submit) is refused by default; an ``x-warn``
        # value (a list the document calls "currently only") is said and sent unless strict.
        typos = [w for w in warnings if w.rule != "x-warn"]
        strict = self.strict_validation
        if strict is None:
            refused = typos if op.operation_id in self._submits else []
        else:
            refused = warnings if strict else []
        if problems or refused:
            # The typos first, refused or not: ``promt`` explains a missing ``prompt``.
            explain = [t for t in typos if problems and all(t is not r for r in refused)]
            raise PayloadValidationError([*refused, *explain, *problems], op.operation_id, op.label)
        for warning in warnings:  # a likely typo or an x-warn: said, then sent as written
            logger.warning("%s: %s", op.label, warning.message)

    def prepare(
        self,
        operation_id: str | OperationSpec,
        *,
        path_params: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        headers: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
        validate: bool = True,
        timeout: httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Prepared:
        """Validate and build the request for one logical call (one idempotency key).

        ``operation_id`` may be an :class:`OperationSpec` itself (raw calls, ``raw.py``).
        """
        op = (
            operation_id
            if isinstance(operation_id, OperationSpec)
            else self.spec.operation(operation_id)
        )
        options = options or RequestOptions()
        path_params, query, headers = path_params or {}, query or {}, headers or {}
        if validate and self.validate and options.validate is not False:
            parameters = {**path_params, **query, **headers}
            payload = body if op.body is not None else parameters
            self._validate(op, {} if payload is None else payload, parameters)
        else:  # unvalidated, but never sent as non-JSON (NaN) nor crashing (lone surrogates)
            for values in (path_params, query, headers, body or {}):
                _refuse(op, unsendable(values))
            if body is not None and deeper_than(body, JSON_DEPTH):  # whatever the recursion limit
                _refuse(op, [((), _TOO_DEEP)])
        creds = credentials_for(self.spec, op, self.api_key)
        try:
            body_kwargs = encode_body(op.body, body)
        except RecursionError:
            _refuse(op, [((), _TOO_DEEP)])
            raise
        except (ValueError, UnicodeError) as exc:  # what the walk above could not see
            _refuse(op, unsendable(body) or [((), f"cannot be sent as JSON: {exc}")])
            raise
        idempotency = None
        if op.idempotency_header:
            idempotency = (op.idempotency_header, options.idempotency_key or str(uuid.uuid4()))
        all_headers = merge_headers(
            computed={
                "Accept": accept_header(op.media_types),
                "Accept-Encoding": ACCEPT_ENCODING,
                "User-Agent": self.user_agent,
            },
            defaults=self.default_headers,
            parameters=header_items(headers),
            body=body_kwargs.pop("headers", {}),
            idempotency=idempotency,
            credentials=creds.headers,
            cookies=creds.cookies,
            extra=options.extra_headers,
        )
        replay_safe = op.replay_safe or op.idempotency_header is not None
        call_timeout = timeout or to_timeout(options.timeout, self.timeout)
        if not self.base_url:
            raise GatewayClientError(
                f"no base_url for {op.operation_id!r}: the spec has no server URL; "
                f"pass base_url=... or set {self.spec.base_url_env}",
                operation=op.operation_id,
            )
        request = self._http.build_request(
            op.method,
            build_url(self.base_url, op, path_params),
            params=[*query_items(query), *creds.query.items()] or None,
            headers=all_headers,
            timeout=call_timeout,
            **body_kwargs,
        )
        retries = options.max_retries if options.max_retries is not None else max_retries
        policy = self.policy
        if retries is not None:
            policy = policy._replace(max_retries=max(0, retries))
        whole = self.call_timeout if options.call_timeout is None else options.call_timeout
        return Prepared(
            op=op,
            request=request,
            replay_safe=replay_safe,
            policy=policy,
            stream=streams(op.media_types),
            deadline=None if whole is None or math.isinf(whole) else time.monotonic() + whole,
        )
