"""The request core shared by :class:`SyncClient` and :class:`AsyncClient`.

Everything except the I/O lives in it, split by job: preparing a call (``_preparing.py``:
validation, auth, request building), sending it (``_sending.py``: the retry loop as a sans-I/O
flow, bounded reading, error mapping), submitting tasks (``_submitting.py``: the task id
journaled before the submit returns). This module holds the client's settings and the reading
of results. The public clients only pick the driver.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from ._flow import Flow, Resolver
from ._journaling import ClientJournal
from ._preparing import Prepared
from ._sending import strip_userinfo, transport_detail
from ._status import StatusWords
from ._submitting import Submitted, Submitter
from .auth import resolve_api_key
from .option_table import DEFAULT_RETRY_BACKOFF
from .options import (
    DEFAULT_CALL_TIMEOUT,
    DEFAULT_MAX_BINARY_BYTES,
    DEFAULT_MAX_EVENT_BYTES,
    DEFAULT_MAX_POLL_FAILURES,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_MAX_RETRY_DELAY,
    DEFAULT_MAX_UNKNOWN_POLLS,
    DEFAULT_TIMEOUT,
    ClientOptions,
    RequestOptions,
    check_option_names,
    resolve_base_url,
    to_timeout,
)
from .redact import register_secret
from .retry import RetryPolicy
from .spec import GatewaySpec, TaskBinding

__all__ = ["ClientCore", "Prepared", "Submitted", "strip_userinfo", "transport_detail"]

_USER_AGENT = "gateway-clientgen/0.1"


def _cap(options: Mapping[str, Any], name: str, default: int) -> int | None:
    value = options.get(name, default)
    return None if value is None else max(0, int(value))


class ClientCore(Submitter):
    """State and flows shared by the sync and async clients."""

    _http: httpx.Client | httpx.AsyncClient

    def __init__(self, spec: GatewaySpec, options: ClientOptions) -> None:
        check_option_names(options)
        self.spec = spec
        self.api_key = resolve_api_key(spec, options.get("api_key"))
        register_secret(self.api_key)
        self.base_url = resolve_base_url(spec, options.get("base_url"))
        self.base_url_source = (
            "base_url="
            if options.get("base_url")
            else f"${spec.base_url_env}"
            if os.environ.get(spec.base_url_env)
            else "the spec's server URL (set base_url= or $" + spec.base_url_env + ")"
        )
        self.timeout = to_timeout(options.get("timeout"), DEFAULT_TIMEOUT)
        whole = options.get("call_timeout", DEFAULT_CALL_TIMEOUT)
        self.call_timeout = None if whole is None else float(whole)
        initial, max_backoff = options.get("retry_backoff", DEFAULT_RETRY_BACKOFF)
        self.policy = RetryPolicy(
            max_retries=max(0, int(options.get("max_retries", DEFAULT_MAX_RETRIES))),
            max_retry_delay=float(options.get("max_retry_delay", DEFAULT_MAX_RETRY_DELAY)),
            initial_delay=float(initial),
            max_backoff=float(max_backoff),
        )
        self.validate = bool(options.get("validate", True))
        strict = options.get("strict_validation")
        self.strict_validation = None if strict is None else bool(strict)
        self._submits = {op for b in spec.tasks.values() for op in b.submit} | {
            op.operation_id for op in spec.operations.values() if op.task is not None
        }
        self.max_poll_failures = max(
            0, int(options.get("max_poll_failures", DEFAULT_MAX_POLL_FAILURES))
        )
        self.max_unknown_polls = max(
            1, int(options.get("max_unknown_polls", DEFAULT_MAX_UNKNOWN_POLLS))
        )
        self.max_response_bytes = _cap(options, "max_response_bytes", DEFAULT_MAX_RESPONSE_BYTES)
        self.max_binary_bytes = _cap(options, "max_binary_bytes", DEFAULT_MAX_BINARY_BYTES)
        self.max_event_bytes = _cap(options, "max_event_bytes", DEFAULT_MAX_EVENT_BYTES)
        self.output_hosts = tuple(str(h) for h in options.get("trusted_output_hosts") or ())
        self.resolver: Resolver | None = options.get("resolver")
        self.gateway_kinds: frozenset[str] | None = None  # set by the first output fetch
        self.strict_responses = bool(options.get("strict_responses", False))
        self.status_words = StatusWords(options.get("status_aliases"))
        self.drift_logged: set[tuple[str, str]] = set()
        self.user_agent = f"{_USER_AGENT} ({spec.name})"
        self.default_headers = dict(options.get("default_headers") or {})
        self.journal = ClientJournal(
            options.get("journal"),
            gateway=spec.name,
            module=spec.module,
            spec_path=spec.path,
            base_url=strip_userinfo(self.base_url),
        )

    def request_flow(
        self,
        operation_id: str,
        *,
        path_params: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        headers: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> Flow[Any]:
        """Prepare then send one call (the body of ``SyncClient.request``)."""
        prepared = self.prepare(
            operation_id,
            path_params=path_params,
            query=query,
            headers=headers,
            body=body,
            options=options,
        )
        return (yield from self.send_flow(prepared))

    def read(self, operation_id: str, parse: Callable[[Any], Any] | None, body: Any) -> Any:
        """``parse(body)`` for a call's result; models are read tolerantly (``lenient.py``)."""
        if parse is None or isinstance(body, httpx.Response):
            return body
        from .lenient import read_result

        return read_result(
            parse,
            body,
            operation=self.spec.operation(operation_id).label,
            strict=self.strict_responses,
            logged=self.drift_logged,
        )

    def result_model(self, binding: TaskBinding) -> Callable[[Any], Any] | None:
        """The model ``wait()`` returns for ``binding`` (its poll operation's), if generated."""
        from .lenient import model_for

        return model_for(self.spec, self.spec.operation(binding.poll))
