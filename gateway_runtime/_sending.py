"""Sending one prepared call: the retry loop (a sans-I/O flow), bounded reading, typed errors.

Retries follow the retry rule (``retry.py``: never a replay of what may have reached the server
unless the operation is replay-safe); bodies are read under their caps (``_body.py``); transport
failures become :class:`APIConnectionError` naming the URL and the setting that chose its base.
A mixin of :class:`~gateway_runtime._core.ClientCore`.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx

from ._body import BodyTooLarge, Caps, EncodingRefused
from ._flow import Flow, Read, Send, Sleep
from ._logs import logger
from ._media import is_binary, is_event_stream
from ._preparing import Prepared
from ._response import find_request_id, raise_for_response, status_error
from .errors import (
    APIConnectionError,
    APITimeoutError,
    ResponseDecodeError,
    ResponseTooLargeError,
)
from .options import clip_timeout
from .redact import redact
from .retry import RetryDecision, decide_after_error, decide_after_status, reached_server
from .spec import GatewaySpec, OperationSpec

__all__ = ["Sender", "strip_userinfo", "transport_detail"]


def _in_time(decision: RetryDecision, deadline: float | None) -> RetryDecision:
    """``decision``, unless its retry could not start before ``deadline``."""
    if not decision.retry or deadline is None or time.monotonic() + decision.delay < deadline:
        return decision
    return RetryDecision(False, reason="no time left for a retry within call_timeout")


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


def strip_userinfo(url: str) -> str:
    """``url`` without ``user:password@`` (it is written into handles and the journal)."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))


class Sender:
    """Send prepared requests with retries and read their replies under the caps."""

    spec: GatewaySpec
    base_url: str
    base_url_source: str
    max_response_bytes: int | None
    max_binary_bytes: int | None

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
        """:meth:`send_flow` returning the final response beside the decoded body.

        The earlier of ``deadline`` and the call's own (``call_timeout``) covers every attempt,
        the waits between them and reading the body: each attempt's timeouts are clipped to the
        time left, and a retry that could not finish in time is not started.
        """
        op, request, policy = prepared.op, prepared.request, prepared.policy
        if deadline is None or (prepared.deadline is not None and prepared.deadline < deadline):
            deadline = prepared.deadline
        send = Send(
            request, deadline=deadline, caps=self.caps_for(op), stream=stream or prepared.stream
        )
        timeout = httpx.Timeout(**request.extensions.get("timeout", {}))
        retries_taken = 0
        while True:
            if deadline is not None:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise self._out_of_time(op, request, retries_taken)
                request.extensions["timeout"] = clip_timeout(timeout, left).as_dict()
            try:
                response: httpx.Response = yield send
            except BodyTooLarge as exc:
                raise self._too_large(op, exc) from None
            except EncodingRefused as exc:
                raise ResponseDecodeError(
                    f"{op.label}: {exc}", operation=op.operation_id, url=str(request.url)
                ) from None
            except httpx.TransportError as exc:
                decision = _in_time(
                    decide_after_error(
                        exc,
                        replay_safe=prepared.replay_safe,
                        retries_taken=retries_taken,
                        policy=policy,
                    ),
                    deadline,
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
                decision = _in_time(
                    decide_after_status(
                        response.status_code,
                        response.headers,
                        replay_safe=prepared.replay_safe,
                        retries_taken=retries_taken,
                        policy=policy,
                    ),
                    deadline,
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

    @staticmethod
    def _out_of_time(op: OperationSpec, request: httpx.Request, attempts: int) -> APITimeoutError:
        tries = f"{attempts} attempt{'' if attempts == 1 else 's'}"
        return APITimeoutError(
            f"{op.label}: the call's deadline passed after {tries} (call_timeout, a client or "
            "RequestOptions setting, covers every attempt and its body)",
            may_have_reached_server=attempts > 0,
            operation=op.operation_id,
            url=str(request.url),
        )

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
