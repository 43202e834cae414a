"""Single generations from application code: one Celery task submits, another finishes.

A web request calls :func:`submit_generation` (it returns at once with a Celery result whose
value is the task handle) and any worker later runs :func:`finish_generation` with that handle
(wait, download, result). The never-twice rule holds across redelivery: every submit carries a
*request key* (the caller's, or one made when the message is sent), and the submit task first
marks the key in Redis atomically (``SET NX``). A second delivery of the same message — a worker
killed after sending, Celery redelivering — finds the mark: it returns the recorded handle, or,
when the first attempt died between sending and recording, refuses with
:class:`UncertainSubmitError` ("may have been submitted — check the gateway") instead of paying
again. Accepted task ids also go to the shared :class:`~.redis_journal.RedisJournal`.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from celery import Celery
from celery.result import AsyncResult

from ..errors import GatewayClientError
from ..options import RequestOptions
from .clients import ClientCache
from .redis_journal import RedisJournal

__all__ = [
    "FINISH_TASK",
    "SUBMIT_TASK",
    "UncertainSubmitError",
    "finish_generation",
    "register_generation_tasks",
    "submit_generation",
]

SUBMIT_TASK = "clientgen.submit_generation"
FINISH_TASK = "clientgen.finish_generation"
_MARK_SECONDS = 30 * 24 * 3600


class UncertainSubmitError(GatewayClientError):
    """A submit of this request key was sent before and its answer was never recorded."""


def _raw(body: Any) -> Any:
    return body


class _Generations:
    """The two task bodies, with the worker's clients, journal and Redis."""

    def __init__(self, url: str, prefix: str) -> None:
        self.journal = RedisJournal(url, prefix=prefix)
        self.clients = ClientCache(journal=self.journal)  # task ids journaled before submit returns
        self.prefix = prefix

    def submit(
        self,
        module: str,
        operation: str,
        payload: Mapping[str, Any],
        key: str,
        base_url: str | None,
    ) -> dict[str, Any]:
        db = self.journal.db
        mark = f"{self.prefix}:gen:{key}"
        if not db.set(mark, "submitting", nx=True, ex=_MARK_SECONDS):
            seen = db.get(mark)
            if seen is not None and seen != b"submitting":
                handle: dict[str, Any] = json.loads(seen)
                return handle  # a redelivered message: the task exists, its handle is returned
            client = self.clients.client(module, None, base_url)
            if not client.spec.operation(operation).idempotent:
                raise UncertainSubmitError(
                    f"request {key}: a submit was sent and its answer never recorded; it may "
                    "have been submitted — check the gateway before sending it again"
                )
        client = self.clients.client(module, None, base_url)
        task = client.submit_task(
            operation, body=dict(payload), options=RequestOptions(idempotency_key=key), parse=_raw
        )
        handle = task.to_dict()
        db.set(mark, json.dumps(handle), ex=_MARK_SECONDS)
        return handle

    def finish(
        self, handle: Mapping[str, Any], out: str | None, timeout: float | None
    ) -> dict[str, Any]:
        module = str(handle.get("module") or "")
        client = self.clients.client(module, None, handle.get("base_url"))
        task = client.resume(dict(handle), parse=_raw)
        result = task.wait(timeout=timeout)
        files = [str(f) for f in task.download(Path(out), progress=False)] if out else []
        return {"handle": task.to_dict(), "result": result, "files": files}


def register_generation_tasks(app: Celery, url: str, prefix: str) -> None:
    """Add the submit and finish tasks to ``app`` (``make_app`` does)."""
    holder: list[_Generations] = []

    def generations() -> _Generations:
        if not holder:
            holder.append(_Generations(url, prefix))
        return holder[0]

    @app.task(name=SUBMIT_TASK)
    def submit_task(
        module: str,
        operation: str,
        payload: dict[str, Any],
        key: str,
        base_url: str | None = None,
    ) -> dict[str, Any]:
        """Submit once per request key; the task handle (JSON-able)."""
        return generations().submit(module, operation, payload, key, base_url)

    @app.task(name=FINISH_TASK)
    def finish_task(
        handle: dict[str, Any], out: str | None = None, timeout: float | None = None
    ) -> dict[str, Any]:
        """Wait for a submitted task (never submits) and download its outputs to ``out``."""
        return generations().finish(handle, out, timeout)


def submit_generation(
    app: Celery,
    module: str,
    operation: str,
    payload: Mapping[str, Any],
    *,
    key: str | None = None,
    base_url: str | None = None,
) -> AsyncResult[Any]:
    """Send a submit to the workers; ``.get()`` on the result gives the task handle.

    Pass your own ``key`` (e.g. the web request's id) so that a retried web request does not
    submit twice either.
    """
    args = (module, operation, dict(payload), key or uuid.uuid4().hex, base_url)
    return app.send_task(SUBMIT_TASK, args)


def finish_generation(
    app: Celery,
    handle: Mapping[str, Any],
    *,
    out: str | None = None,
    timeout: float | None = None,
) -> AsyncResult[Any]:
    """Send a wait-and-download to the workers; ``.get()`` gives result, files and handle."""
    return app.send_task(FINISH_TASK, (dict(handle), out, timeout))
