"""A task handle's data and its single requests: poll, cancel, serialise.

The waiting loop is in ``task_waiting.py`` and downloads with the public classes in ``tasks.py``;
this part reads a poll body through the binding's pointers (``interpret``) and journals each
change of status.
"""

from __future__ import annotations

import datetime as _dt
import json
import math
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from . import _pointer
from ._flow import Flow, Wait
from ._journaling import FINAL_JOURNAL_WAIT
from ._logs import logger
from ._response import envelope_error
from ._status import StatusWords, warn_off_document
from .errors import GatewayClientError, TaskCanceledError, TaskFailedError
from .raw import ResponseInfo
from .redact import redact, redact_obj
from .spec import TaskBinding
from .task_state import TaskState

if TYPE_CHECKING:
    import os
    from collections.abc import Coroutine

    import httpx

    from ._core import ClientCore
    from ._preparing import Prepared

__all__ = ["AsyncHost", "SyncHost", "TaskHandleBase", "interpret"]

T = TypeVar("T")
_R = TypeVar("_R")
_PLAIN_WORDS = StatusWords()

HANDLE_VERSION = 1


def _percent(binding: TaskBinding, value: Any) -> float | None:
    if value is None or value is _pointer.MISSING or isinstance(value, bool):
        return None
    try:
        if isinstance(value, str):
            text = value.strip()
            had_sign = text.endswith("%")
            number = float(text.rstrip("%").strip())
            if binding.progress_format == "fraction" and not had_sign:
                number *= 100.0
        else:
            number = float(value)
            if binding.progress_format == "fraction":
                number *= 100.0
    except (TypeError, ValueError):
        return None
    if math.isnan(number):
        return None
    return max(0.0, min(100.0, number))


def _int(value: Any) -> int | None:
    if value is None or value is _pointer.MISSING or isinstance(value, bool):
        return None
    try:
        return int(float(value))
    except (TypeError, ValueError):
        return None


def interpret(
    binding: TaskBinding, task_id: str, body: Any, words: StatusWords | None = None
) -> TaskState:
    """Read a poll body through the binding's pointers (status words per ``_status.py``)."""
    raw_status = _pointer.resolve(body, binding.status)
    status = None if raw_status in (None, _pointer.MISSING) else str(raw_status)
    outcome = (words or _PLAIN_WORDS).outcome(binding, status)
    percent = _percent(binding, _pointer.resolve(body, binding.progress))
    if outcome == "success" and percent is None:
        percent = 100.0
    code = _pointer.get(body, binding.error_code)
    message = _pointer.get(body, binding.error_message)
    return TaskState(
        task_id=task_id,
        status=status,
        outcome=outcome,
        percent=percent,
        queue_position=_int(_pointer.resolve(body, binding.queue_position)),
        error_code=code,
        error_message=None if message is None else str(message),
        raw=body,
    )


def _iso(ts: float | None) -> str | None:
    if ts is None:
        return None
    return _dt.datetime.fromtimestamp(ts, _dt.UTC).isoformat().replace("+00:00", "Z")


def _from_iso(value: Any) -> float | None:
    if value is None:
        return None
    if isinstance(value, int | float):
        return float(value)
    text = str(value)
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    return _dt.datetime.fromisoformat(text).timestamp()


class SyncHost(Protocol):
    """What a :class:`Task` needs of its client (``client.SyncClient`` is one; it sits above)."""

    _core: ClientCore
    http: httpx.Client


class AsyncHost(Protocol):
    """What an :class:`AsyncTask` needs of its client (``client.AsyncClient`` is one)."""

    _core: ClientCore

    def _run(self, flow: Flow[_R]) -> Coroutine[Any, Any, _R]: ...


class TaskHandleBase(Generic[T]):
    """Data of a task handle and its one-request flows (poll, cancel); waits come above."""

    def __init__(
        self,
        core: ClientCore,
        binding: TaskBinding,
        task_id: str,
        *,
        operation: str,
        parse: Callable[[Any], T] | None,
        submit_response: Any = None,
        created_at: float | None = None,
        updated_at: float | None = None,
        last_state: TaskState | None = None,
        last_status: str | None = None,
        download_to: str | os.PathLike[str] | None = None,
    ) -> None:
        self._core = core
        self.download_to = download_to
        """The folder given to the submit (``download_to=``): ``download()``'s default."""
        self.binding = binding
        self.id = task_id
        self.operation = operation
        self.submit_response = submit_response
        self._parse = parse
        self._last_http: ResponseInfo | None = None
        self.created_at = time.time() if created_at is None else created_at
        self.updated_at = self.created_at if updated_at is None else updated_at
        self.last_state = last_state
        self._warned: set[str | None] = set()
        self._last_status = last_status if last_state is None else last_state.status
        if self._last_status is None and submit_response is not None:
            status = _pointer.resolve(submit_response, binding.status)
            if isinstance(status, str | int) and not isinstance(status, bool):
                self._last_status = str(status)  # e.g. "queued" in the submit reply

    @property
    def gateway(self) -> str:
        return self._core.spec.name

    @property
    def module(self) -> str | None:
        return self._core.spec.module

    @property
    def last_status(self) -> str | None:
        """Raw status of the last poll (or as recorded when the handle was resumed)."""
        return self._last_status

    def __repr__(self) -> str:
        return redact(
            f"{type(self).__name__}(gateway={self.gateway!r}, id={self.id!r}, "
            f"operation={self.operation!r}, status={self._last_status!r})"
        )

    # -- serialisation -------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """The handle as JSON-able data (no API key, no headers)."""
        from ._sending import strip_userinfo

        state = self.last_state
        data: dict[str, Any] = redact_obj(
            {
                "version": HANDLE_VERSION,
                "gateway": self.gateway,
                "module": self.module,
                "spec_path": self._core.spec.path,
                "operation": self.operation,
                "binding": self.binding.name,
                "task_id": self.id,
                "base_url": strip_userinfo(self._core.base_url),
                "created_at": _iso(self.created_at),
                "updated_at": _iso(self.updated_at),
                "status": self._last_status,
                "outcome": None if state is None else state.outcome,
            }
        )
        return data

    def to_json(self) -> str:
        """The handle as JSON; ``client.resume(text)`` continues it, in any process."""
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True)

    # -- flows ---------------------------------------------------------------------------

    def _id_args(self, operation_id: str) -> dict[str, dict[str, Any]]:
        op = self._core.spec.operation(operation_id)
        args: dict[str, dict[str, Any]] = {
            "path_params": {},
            "query": {},
            "headers": {},
            "body": {},
        }
        param = op.parameter(self.binding.id_param)
        if param is not None:
            slot = {"path": "path_params", "query": "query", "header": "headers"}.get(
                param.location, "query"
            )
            args[slot][param.name] = self.id
        elif op.body is not None:
            args["body"][self.binding.id_param] = self.id
        elif "{" + self.binding.id_param + "}" in op.path:
            args["path_params"][self.binding.id_param] = self.id
        else:
            args["query"][self.binding.id_param] = self.id
        return args

    def _prepare_id_call(
        self,
        operation_id: str,
        *,
        timeout: httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Prepared:
        """The request of a call that names this task by its id (poll, cancel); not validated."""
        args = self._id_args(operation_id)
        op = self._core.spec.operation(operation_id)
        return self._core.prepare(
            operation_id,
            path_params=args["path_params"],
            query=args["query"],
            headers=args["headers"],
            body=args["body"] if op.body is not None else None,
            validate=False,
            timeout=timeout,
            max_retries=max_retries,
        )

    def _accept_poll_body(self, body: Any) -> bool:
        raw = _pointer.resolve(body, self.binding.status)
        if raw in (None, _pointer.MISSING):
            return False
        return self._core.status_words.outcome(self.binding, str(raw)) != "unknown"

    def _note_status(self, status: str | None) -> None:
        """Warn, once per task and word, about a status outside the binding's words."""
        if status not in self._warned and warn_off_document(
            self._core.status_words, self.binding, status, f"task {self.id} ({self.gateway})"
        ):
            self._warned.add(status)

    def _poll_flow(
        self, remaining: float = math.inf, max_retries: int | None = None
    ) -> Flow[TaskState]:
        core = self._core
        op = core.spec.operation(self.binding.poll)
        prepared = self._prepare_id_call(
            self.binding.poll, timeout=core.poll_timeout(remaining), max_retries=max_retries
        )
        deadline = None if math.isinf(remaining) else time.monotonic() + remaining
        response, body = yield from core.exchange_flow(
            prepared, accept=self._accept_poll_body, deadline=deadline
        )
        state = interpret(self.binding, self.id, body, core.status_words)
        self._last_http = ResponseInfo.of(response, body)  # what wait()'s result reports
        if state.status is None:
            error = envelope_error(core.spec, op, response, body, any_envelope=True)
            if error is not None:
                raise error  # HTTP 200 {"error": {...}} without a status: the gateway said no
        self._note_status(state.status)
        self.updated_at = time.time()
        changed = state.status != self._last_status
        self.last_state = state
        self._last_status = state.status
        if changed or state.terminal:
            written = core.journal.update(
                self.id,
                status=state.status,
                outcome=state.outcome,
                terminal=state.terminal,
                error=state.error_message if state.outcome == "failure" else None,
            )
            if written is not None and state.terminal:  # `tasks list` agrees once wait() returns
                yield Wait(written, FINAL_JOURNAL_WAIT)
        return state

    def _status_flow(self) -> Flow[TaskState]:
        return (yield from self._poll_flow())

    def _cancel_flow(self) -> Flow[Any]:
        if self.binding.cancel is None:
            raise GatewayClientError(
                f"gateway {self.gateway!r} has no cancel route for {self.binding.name!r} tasks",
                operation=self.operation,
            )
        prepared = self._prepare_id_call(self.binding.cancel)
        result = yield from self._core.send_flow(prepared)
        logger.info("task %s (%s): cancel requested", self.id, self.gateway)
        return result

    def _outcome_error(self, state: TaskState) -> GatewayClientError:
        code = state.error_code
        message = state.error_message or f"task ended with status {state.status!r}"
        prefix = f"[{code}] " if code is not None else ""
        cls = TaskFailedError if state.outcome == "failure" else TaskCanceledError
        verb = "failed" if state.outcome == "failure" else "was canceled"
        return cls(
            f"task {self.id} ({self.gateway}) {verb}: {prefix}{message}",
            code=code,
            operation=self.operation,
            body=state.raw,
            task=self,
            state=state,
        )
