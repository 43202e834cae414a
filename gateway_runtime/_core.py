"""The request core shared by :class:`SyncClient` and :class:`AsyncClient`.

Everything except the I/O lives here: option handling, validation, auth, request building,
the retry loop (as a sans-I/O flow, see ``_flow.py``), response decoding and error mapping,
task submission and the journal hook. The public clients only pick the driver.
"""

from __future__ import annotations

import math
import os
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple
from urllib.parse import urlsplit, urlunsplit

import httpx

from . import _pointer
from ._body import BodyTooLarge, Caps, EncodingRefused
from ._flow import Flow, Read, Resolver, Send, Sleep, Wait
from ._headers import merge_headers
from ._inflate import ACCEPT_ENCODING
from ._logs import logger
from ._media import accept_header, is_binary, is_event_stream, streams
from ._request import build_url, encode_body, header_items, query_items
from ._response import envelope_error, find_request_id, raise_for_response, status_error
from ._status import StatusWords
from .auth import credentials_for, resolve_api_key
from .errors import (
    APIConnectionError,
    APITimeoutError,
    GatewayClientError,
    ResponseDecodeError,
    ResponseTooLargeError,
)
from .jsonvalues import MAX_DEPTH as JSON_DEPTH
from .jsonvalues import unsendable
from .options import (
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
from .redact import redact, register_secret
from .retry import RetryPolicy, decide_after_error, decide_after_status, reached_server
from .spec import GatewaySpec, OperationSpec, TaskBinding
from .taskstore import SubmitChange, TaskRecord, UpdateChange

if TYPE_CHECKING:
    from concurrent.futures import Future

    from .journal_writer import JournalWriter

__all__ = ["ClientCore", "Prepared", "Submitted"]

_USER_AGENT = "gateway-clientgen/0.1"
JOURNAL_WAIT = 5.0
"""Seconds a submit waits for its journal row (then the id stays queued in memory, retried)."""
FINAL_JOURNAL_WAIT = 0.5
"""Seconds ``wait()`` gives the journal to record a task's end (never lost: queued, retried)."""


class Prepared(NamedTuple):
    """A request ready to send, with what the retry loop needs to know about it."""

    op: OperationSpec
    request: httpx.Request
    replay_safe: bool
    policy: RetryPolicy
    stream: bool = False


class Submitted(NamedTuple):
    """Result of a task submit: the binding, the task id, the decoded body, the time."""

    binding: TaskBinding
    task_id: str
    body: Any
    created_at: float
    status: str | None = None


def _cap(options: Mapping[str, Any], name: str, default: int) -> int | None:
    value = options.get(name, default)
    return None if value is None else max(0, int(value))


def transport_detail(exc: BaseException) -> str:
    """What went wrong, from the first error in the cause chain that says something.

    httpx's async errors often have empty text (``ReadError()``); the OS error underneath
    (``ConnectionResetError: [Errno 104] Connection reset by peer``) is what the user needs.
    """
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        text = str(current).strip()
        if isinstance(current, OSError) and current.strerror:
            return f"{type(current).__name__}: {text or current.strerror}"
        if text and text != type(current).__name__:
            return text if current is exc else f"{type(current).__name__}: {text}"
        current = current.__cause__ or current.__context__
    return type(exc).__name__


def _refuse(op: OperationSpec, found: list[tuple[tuple[str | int, ...], str]]) -> None:
    """Raise the payload error for values that cannot be sent (``found`` from ``unsendable``)."""
    if not found:
        return
    from .validation.problems import PayloadValidationError, problem

    problems = [problem(keys, "json", why) for keys, why in found]
    raise PayloadValidationError(problems, op.operation_id, op.label)


def strip_userinfo(url: str) -> str:
    """``url`` without ``user:password@`` (it is written into handles and the journal)."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))


class ClientCore:
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
        initial, max_backoff = options.get("retry_backoff", (0.5, 8.0))
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
        self._journal_option = options.get("journal")
        self._journal: JournalWriter | None = None
        self._journal_opened = False
        self._journal_lock = threading.Lock()

    # -- journal -------------------------------------------------------------------------

    @property
    def journal(self) -> JournalWriter | None:
        """The task journal's writer, made on first use; ``None`` when switched off."""
        if not self._journal_opened:
            with self._journal_lock:  # sync clients may be shared between threads
                if not self._journal_opened:
                    from .journal import open_journal  # sqlite3 only once a task exists

                    self._journal = open_journal(self._journal_option)
                    self._journal_opened = True
        return self._journal

    def close_journal(self) -> None:
        """Write what the journal still queues (bounded wait), then stop its thread."""
        if self._journal is not None:
            self._journal.close()

    # -- building ------------------------------------------------------------------------

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
            # The typo first: ``promt`` explains a missing ``prompt``.
            raise PayloadValidationError([*refused, *problems], op.operation_id, op.label)
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
        creds = credentials_for(self.spec, op, self.api_key)
        try:
            body_kwargs = encode_body(op.body, body)
        except RecursionError:
            _refuse(op, [((), f"nested more than {JSON_DEPTH} levels deep; too deep to send")])
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
        return Prepared(
            op=op,
            request=request,
            replay_safe=replay_safe,
            policy=policy,
            stream=streams(op.media_types),
        )

    # -- sending -------------------------------------------------------------------------

    def send_flow(
        self,
        prepared: Prepared,
        *,
        accept: Callable[[Any], bool] | None = None,
        deadline: float | None = None,
        stream: bool = False,
    ) -> Flow[Any]:
        """Send with retries per the retry rule; return the decoded body or raise.

        ``deadline`` (``time.monotonic()``) bounds reading bodies too (see ``_body.py``).
        ``stream=True`` returns the open 2xx ``httpx.Response`` instead (its body unread): once it
        is returned nothing is replayed, whatever happens to the body afterwards. An operation
        whose every 2xx type is an event stream returns its open event-stream reply the same way.
        """
        _, body = yield from self.exchange_flow(
            prepared, accept=accept, deadline=deadline, stream=stream
        )
        return body

    def exchange_flow(
        self,
        prepared: Prepared,
        *,
        accept: Callable[[Any], bool] | None = None,
        deadline: float | None = None,
        stream: bool = False,
    ) -> Flow[tuple[httpx.Response, Any]]:
        """:meth:`send_flow` returning the final response beside the decoded body."""
        op, request, policy = prepared.op, prepared.request, prepared.policy
        send = Send(
            request, deadline=deadline, caps=self.caps_for(op), stream=stream or prepared.stream
        )
        retries_taken = 0
        while True:
            try:
                response: httpx.Response = yield send
            except BodyTooLarge as exc:
                raise self._too_large(op, exc) from None
            except EncodingRefused as exc:
                raise ResponseDecodeError(
                    f"{op.label}: {exc}", operation=op.operation_id, url=str(request.url)
                ) from None
            except httpx.TransportError as exc:
                decision = decide_after_error(
                    exc,
                    replay_safe=prepared.replay_safe,
                    retries_taken=retries_taken,
                    policy=policy,
                )
                if not decision.retry:
                    raise self._connection_error(
                        op, exc, decision.reason, retries_taken + 1
                    ) from exc
                self._log_retry(
                    op, retries_taken, decision.delay, f"{type(exc).__name__}: {decision.reason}"
                )
            else:
                if response.is_success:
                    if stream:
                        return response, response
                    if prepared.stream:
                        if is_event_stream(response.headers.get("content-type")):
                            return response, response  # an event stream, handed back unread
                        yield from self.read_flow(op, response, send.caps, deadline)
                    return response, raise_for_response(self.spec, op, response, accept=accept)
                decision = decide_after_status(
                    response.status_code,
                    response.headers,
                    replay_safe=prepared.replay_safe,
                    retries_taken=retries_taken,
                    policy=policy,
                )
                if not decision.retry:
                    raise status_error(self.spec, op, response)
                self._log_retry(
                    op,
                    retries_taken,
                    decision.delay,
                    f"HTTP {response.status_code}: {decision.reason}",
                )
            retries_taken += 1
            yield Sleep(decision.delay)

    def read_flow(
        self, op: OperationSpec, response: httpx.Response, caps: Caps, deadline: float | None
    ) -> Flow[bytes]:
        """Read a streamed reply's whole body under its cap; typed errors at the cap."""
        cap, option = caps.for_response(response)
        try:
            body: bytes = yield Read(response, cap, deadline=deadline, option=option)
        except BodyTooLarge as exc:
            raise self._too_large(op, exc) from None
        except EncodingRefused as exc:
            raise ResponseDecodeError(
                f"{op.label}: {exc}", operation=op.operation_id, url=str(response.request.url)
            ) from None
        return body

    def caps_for(self, op: OperationSpec) -> Caps:
        """Size caps of ``op``'s replies: binary successes get their own only if it declares them."""
        return Caps(
            self.max_response_bytes,
            self.max_binary_bytes,
            binary_declared=any(is_binary(mt) for mt in op.media_types),
        )

    @staticmethod
    def _log_retry(op: OperationSpec, retries_taken: int, delay: float, reason: str) -> None:
        logger.info(
            "retrying %s %s (retry %d) in %.2fs after %s",
            op.method,
            op.label,
            retries_taken + 1,
            delay,
            reason,
        )

    def _connection_error(
        self, op: OperationSpec, exc: httpx.TransportError, reason: str, attempts: int
    ) -> APIConnectionError:
        cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
        detail = redact(transport_detail(exc))
        tries = f"{attempts} attempt{'' if attempts == 1 else 's'}"
        url = None
        try:
            url = str(exc.request.url)
        except RuntimeError:  # an error raised before a request existed
            pass
        where = ""
        if url is not None:  # which URL, and which setting chose its base: what fixes it
            shown = redact(strip_userinfo(url.split("?", 1)[0]))
            base = redact(strip_userinfo(self.base_url))
            where = f" [{op.method} {shown}; base URL {base!r} from {self.base_url_source}]"
        return cls(
            f"{op.label}: {type(exc).__name__}: {detail} (gave up after {tries}: {reason})" + where,
            may_have_reached_server=reached_server(exc),
            operation=op.operation_id,
            url=url,
        )

    @staticmethod
    def _too_large(op: OperationSpec, exc: BodyTooLarge) -> ResponseTooLargeError:
        response = exc.response
        return ResponseTooLargeError(
            f"{op.label}: HTTP {response.status_code} body passed {exc.option} "
            f"({exc.size}+ bytes > {exc.cap}, counted after decoding); raise the client's "
            f"{exc.option} to accept it",
            limit=exc.cap,
            status_code=response.status_code,
            request_id=find_request_id(response.headers),
            operation=op.operation_id,
            headers=response.headers,
            url=str(response.request.url),
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

    # -- tasks ---------------------------------------------------------------------------

    def submit_flow(
        self,
        operation_id: str,
        *,
        path_params: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        headers: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        options: RequestOptions | None = None,
    ) -> Flow[Submitted]:
        """Submit a task; the id is journaled before this returns (before any parsing)."""
        binding = self.spec.binding_for_submit(operation_id)
        prepared = self.prepare(
            operation_id,
            path_params=path_params,
            query=query,
            headers=headers,
            body=body,
            options=options,
        )
        response, raw = yield from self.exchange_flow(prepared)
        created_at = time.time()
        pointers = binding.id_alternatives or (binding.id,)
        task_id = next(
            (
                found
                for found in (_pointer.resolve(raw, p) for p in pointers)
                if found is not _pointer.MISSING and found not in (None, "")
            ),
            _pointer.MISSING,
        )
        if task_id is _pointer.MISSING:
            op = prepared.op
            error = envelope_error(self.spec, op, response, raw, any_envelope=True)
            if error is not None:
                raise error  # e.g. HTTP 200 {"error": {"code": "insufficient_quota"}}
            where = " or ".join(repr(p) for p in pointers)
            logger.warning("%s returned no task id at %s; body: %.500s", op.label, where, raw)
            raise ResponseDecodeError(
                f"{op.label}: submit response has no task id at {where}",
                operation=operation_id,
                body=raw,
            )
        status = _pointer.resolve(raw, binding.status)
        submitted = Submitted(
            binding=binding,
            task_id=str(task_id),
            body=raw,
            created_at=created_at,
            status=str(status) if isinstance(status, str | int) else None,
        )
        written = self.journal_submit(operation_id, submitted)
        if written is not None:
            yield Wait(written, JOURNAL_WAIT)  # off the event loop: the writer has a thread
            if not written.done():
                logger.warning(
                    "task %s (%s) is not journaled yet (%s); its id is kept in memory and "
                    "written as soon as the journal allows (at exit at the latest, else printed "
                    "with its resume command)",
                    submitted.task_id,
                    self.spec.name,
                    (self.journal.last_error if self.journal is not None else None)
                    or f"no answer from the journal within {JOURNAL_WAIT:g}s",
                )
        return submitted

    def journal_submit(
        self, operation_id: str, submitted: Submitted, *, replace: bool = True
    ) -> Future[None] | None:
        """Queue the record of a submitted task; the future is done once it is on disk.

        Never raises and never blocks: the journal's thread writes it (and retries a busy or
        unwritable journal). ``replace=False`` (used by ``resume``) keeps an existing row.
        """
        journal = self.journal
        if journal is None:
            return None
        record = TaskRecord(
            gateway=self.spec.name,
            task_id=submitted.task_id,
            module=self.spec.module,
            spec_path=self.spec.path,
            operation=operation_id,
            binding=submitted.binding.name,
            base_url=strip_userinfo(self.base_url),
            created_at=submitted.created_at,
            updated_at=time.time(),
            status=submitted.status,
        )
        return journal.submit(SubmitChange(record, replace=replace))

    def journal_state(self, task_id: str) -> str:
        """What the journal holds of a submitted task, in words for the command line."""
        journal = self._journal
        if journal is None:
            return "not journaled: the journal is off"
        if any(record.task_id == task_id for record in journal.unwritten()):
            return (
                f"not journaled yet ({journal.last_error or 'no answer from the journal yet'}): "
                "kept in memory and retried; printed with its resume command at exit if it "
                "never is"
            )
        return "journaled"

    def journal_update(
        self,
        task_id: str,
        *,
        status: str | None,
        outcome: str,
        terminal: bool,
        error: str | None = None,
    ) -> Future[None] | None:
        """Queue a task's latest state for its journal row (never raises, never blocks)."""
        journal = self.journal
        if journal is None:
            return None
        change = UpdateChange(
            self.spec.name, task_id, status, outcome, terminal, error, updated_at=time.time()
        )
        return journal.submit(change)

    def poll_timeout(self, remaining: float) -> httpx.Timeout:
        """Per-request timeout for a poll made with ``remaining`` seconds to the deadline."""
        if math.isinf(remaining):
            return self.timeout
        cap = max(remaining, 0.1)

        def clip(value: float | None) -> float:
            return cap if value is None else min(value, cap)

        t = self.timeout
        return httpx.Timeout(
            connect=clip(t.connect), read=clip(t.read), write=clip(t.write), pool=clip(t.pool)
        )
