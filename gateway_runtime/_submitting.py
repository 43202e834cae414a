"""Submitting a paid task: the submit call, its task id found and journaled before it returns.

A mixin of :class:`~gateway_runtime._core.ClientCore` (it prepares and sends like any call),
with the per-poll timeout a ``wait()`` clips to its deadline.
"""

from __future__ import annotations

import math
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

import httpx

from . import _journaling, _pointer
from ._flow import Flow, Wait
from ._journaling import ClientJournal
from ._logs import logger
from ._preparing import Preparer
from ._response import envelope_error
from ._sending import Sender
from .errors import ResponseDecodeError
from .options import RequestOptions, clip_timeout
from .spec import TaskBinding

if TYPE_CHECKING:
    from concurrent.futures import Future

__all__ = ["Submitted", "Submitter"]


class Submitted(NamedTuple):
    """Result of a task submit: the binding, the task id, the decoded body, the time."""

    binding: TaskBinding
    task_id: str
    body: Any
    created_at: float
    status: str | None = None


class Submitter(Preparer, Sender):
    """Task submits (prepare, send, find the id, journal it) and poll timeouts."""

    journal: ClientJournal

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
            yield Wait(written, _journaling.JOURNAL_WAIT)  # off the loop: the writer has a thread
            if not written.done():
                logger.warning(
                    "task %s (%s) is not journaled yet (%s); its id is kept in memory and "
                    "written as soon as the journal allows (at exit at the latest, else printed "
                    "with its resume command)",
                    submitted.task_id,
                    self.spec.name,
                    self.journal.why_pending(),
                )
        return submitted

    def journal_submit(
        self, operation_id: str, submitted: Submitted, *, replace: bool = True
    ) -> Future[None] | None:
        """Queue the row of a submitted task; the future is done once it is on disk.

        Never raises and never blocks: the journal's thread writes it (and retries a busy or
        unwritable journal). ``replace=False`` (used by ``resume``) keeps an existing row.
        """
        return self.journal.submit(
            task_id=submitted.task_id,
            operation=operation_id,
            binding=submitted.binding.name,
            created_at=submitted.created_at,
            status=submitted.status,
            replace=replace,
        )

    def poll_timeout(self, remaining: float) -> httpx.Timeout:
        """Per-request timeout for a poll made with ``remaining`` seconds to the deadline."""
        if math.isinf(remaining):
            return self.timeout
        return clip_timeout(self.timeout, remaining)
