"""``SyncClient`` and ``AsyncClient``: base classes of generated clients.

Both hold a :class:`~gateway_runtime._core.ClientCore` (all decisions) and differ only in the
driver that performs I/O (``run_sync`` / ``run_async``) and the httpx client they own.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Coroutine, Mapping
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar, overload

import httpx
from typing_extensions import Unpack

from ._core import ClientCore, Submitted
from ._flow import Flow, run_async, run_sync
from ._saving import check_folder
from .errors import GatewayClientError
from .options import DEFAULT_LIMITS, DEFAULT_MAX_CONCURRENCY, ClientOptions, RequestOptions
from .raw import attach, raw_flow, read_raw
from .spec import GatewaySpec, OperationSpec, TaskBinding
from .streaming import AsyncStream, Stream
from .tasks import AsyncTask, Task, handle_fields, resume_kwargs

if TYPE_CHECKING:
    from .outputs import Output
    from .streaming import AsyncStream, Stream

__all__ = ["AsyncClient", "SyncClient"]

T = TypeVar("T")
_Params = Mapping[str, Any]


def _resume_binding(
    core: ClientCore, handle: str | Mapping[str, Any]
) -> tuple[TaskBinding, str, dict[str, Any]]:
    """Binding, task id and handle kwargs of a handle; journals it if the journal lacks it."""
    data = handle_fields(handle)
    gateway = data.get("gateway")
    if gateway and gateway != core.spec.name:
        raise GatewayClientError(
            f"handle belongs to gateway {gateway!r}, this client is for {core.spec.name!r}"
        )
    name = data.get("binding")
    binding = (
        core.spec.task_binding(str(name))
        if name
        else core.spec.binding_for_submit(str(data.get("operation")))
    )
    task_id = str(data["task_id"])
    kwargs = resume_kwargs(data)
    created = kwargs["created_at"] or time.time()
    core.journal_submit(
        kwargs["operation"] or (binding.submit[0] if binding.submit else ""),
        Submitted(binding, task_id, None, created, kwargs["last_status"]),
        replace=False,
    )
    return binding, task_id, kwargs


def _exchange_flow(core: ClientCore) -> Callable[..., Flow[Any]]:
    """A flow factory: prepare a call, then send it, returning (response, decoded body)."""

    def make(operation_id: str, **kw: Any) -> Flow[Any]:
        prepared = core.prepare(operation_id, **kw)
        return (yield from core.exchange_flow(prepared))

    return make


def _call_flow(
    make: Callable[..., Flow[Any]],
    core: ClientCore,
    operation_id: str,
    path_params: _Params | None,
    query: _Params | None,
    headers: _Params | None,
    body: _Params | None,
    options: RequestOptions | None,
) -> Flow[Any]:
    """``make`` (a request or submit flow) after the call's local files are checked and placed:
    paths for file fields, uploads or inline data for media-URL fields (``uploads.py``)."""
    from .uploads import with_files

    parameters = {**(path_params or {}), **(query or {}), **(headers or {})}
    return with_files(
        core,
        operation_id,
        body,
        parameters,
        lambda placed: make(
            operation_id,
            path_params=path_params,
            query=query,
            headers=headers,
            body=placed,
            options=options,
        ),
    )


def _outputs_flow(
    core: ClientCore,
    operation: str,
    response: Any,
    directory: str | os.PathLike[str],
    name: str | None,
    max_bytes: int | None,
    progress: bool | None,
    timeout: float | None,
) -> Flow[list[Path]]:
    """Save the ``x-outputs`` of an operation's response (see :meth:`SyncClient.download`).

    Without ``name`` the files are named after the operation and a hash of the response's
    outputs: the same response finds its files again, another response never shares them.
    """
    from ._saving import fingerprint
    from .outputs import DEFAULT_MAX_BYTES, download_flow, operation_outputs
    from .progress import byte_progress

    deadline = None if timeout is None else time.monotonic() + float(timeout)
    op, found = operation_outputs(core.spec, operation, response)
    if name is None:
        sources = [fingerprint(o.url if o.url is not None else (o.data or b"")) for o in found]
        name = f"{op.operation_id}-{fingerprint(' '.join(sources))[:12]}"
    return (
        yield from download_flow(
            core,
            op,
            found,
            directory,
            name=name,
            max_bytes=DEFAULT_MAX_BYTES if max_bytes is None else max_bytes,
            progress=None if progress is False else byte_progress(),
            deadline=deadline,
            always_hash=False,
        )
    )


def _decoder(core: ClientCore, operation_id: str, response: Any, parse: Any) -> Any:
    from .streaming import EventDecoder

    return EventDecoder(core, core.spec.operation(operation_id), response, parse)


def _stream(
    asynchronous: bool, core: ClientCore, op: OperationSpec, response: httpx.Response, parse: Any
) -> Any:
    """An event-stream reply of ``request()`` as a ``Stream`` / ``AsyncStream``: its body read
    by the bounded decoder and event splitter (``max_event_bytes``), never by httpx's own."""
    from .streaming import AsyncStream, EventDecoder, Stream

    kind = AsyncStream if asynchronous else Stream
    return kind(response, EventDecoder(core, op, response, parse))


class SyncClient:
    """Blocking client for one gateway (see docs/runtime-api.md)."""

    def __init__(self, spec: GatewaySpec, **options: Unpack[ClientOptions]) -> None:
        http = options.pop("http_client", None)
        self._core = ClientCore(spec, options)
        self._owns_http = http is None
        self.http: httpx.Client = http if http is not None else httpx.Client(limits=DEFAULT_LIMITS)
        self._core._http = self.http

    @property
    def spec(self) -> GatewaySpec:
        return self._core.spec

    @overload
    def request(
        self,
        operation_id: str,
        path: str | None = ...,
        *,
        path_params: _Params | None = ...,
        query: _Params | None = ...,
        headers: _Params | None = ...,
        body: _Params | None = ...,
        options: RequestOptions | None = ...,
        parse: None = None,
        json: _Params | None = ...,
        params: _Params | None = ...,
        files: _Params | None = ...,
        data: _Params | None = ...,
    ) -> Any: ...
    @overload
    def request(
        self,
        operation_id: str,
        path: str | None = ...,
        *,
        path_params: _Params | None = ...,
        query: _Params | None = ...,
        headers: _Params | None = ...,
        body: _Params | None = ...,
        options: RequestOptions | None = ...,
        parse: Callable[[Any], T],
        json: _Params | None = ...,
        params: _Params | None = ...,
        files: _Params | None = ...,
        data: _Params | None = ...,
    ) -> T: ...
    def request(
        self,
        operation_id: str,
        path: str | None = None,
        *,
        path_params: _Params | None = None,
        query: _Params | None = None,
        headers: _Params | None = None,
        body: _Params | None = None,
        options: RequestOptions | None = None,
        parse: Callable[[Any], Any] | None = None,
        json: _Params | None = None,
        params: _Params | None = None,
        files: _Params | None = None,
        data: _Params | None = None,
    ) -> Any:
        """Call an operation by id, or any path raw: ``request("POST", "/v1/x", json={...})``.

        Returns the decoded body (JSON decoded, text ``str``, binary media ``bytes``, an event
        stream a ``Stream`` of its events, read under ``max_event_bytes``), ``parse``d (models read
        tolerantly). A raw call goes through the same auth, retry rule and error mapping
        (``raw.py``); its ``params`` are the query, ``files`` multipart files. Every result also
        reads ``.headers``, ``.status_code`` and ``.request_id``.
        """
        if path is not None:
            sent = raw_flow(
                self._core,
                operation_id,
                path,
                json=json,
                params=params,
                files=files,
                data=data,
                headers=headers,
                options=options,
            )
            response, raw, op = run_sync(sent, self.http)
            if isinstance(raw, httpx.Response):  # an open event stream: read bounded
                return _stream(False, self._core, op, raw, parse)
            return attach(read_raw(self._core, parse, raw, f"{operation_id} {path}"), response, raw)
        flow = _call_flow(
            _exchange_flow(self._core),
            self._core,
            operation_id,
            path_params,
            query,
            headers,
            body,
            options,
        )
        response, raw = run_sync(flow, self.http)
        if isinstance(raw, httpx.Response):
            op = self._core.spec.operation(operation_id)
            return _stream(False, self._core, op, raw, parse)
        return attach(self._core.read(operation_id, parse, raw), response, raw)

    def submit_task(
        self,
        operation_id: str,
        *,
        path_params: _Params | None = None,
        query: _Params | None = None,
        headers: _Params | None = None,
        body: _Params | None = None,
        options: RequestOptions | None = None,
        parse: Callable[[Any], T],
        download_to: str | os.PathLike[str] | None = None,
    ) -> Task[T]:
        """Submit a task (journaled before this returns) and return its handle.

        ``download_to``: the folder ``download()`` saves in, created and proven writable before
        anything is sent (a folder that cannot take the files is refused before the payment).
        """
        folder = None if download_to is None else check_folder(download_to)
        flow = _call_flow(
            self._core.submit_flow,
            self._core,
            operation_id,
            path_params,
            query,
            headers,
            body,
            options,
        )
        submitted: Submitted = run_sync(flow, self.http)
        return Task(
            self,
            submitted.binding,
            submitted.task_id,
            operation=operation_id,
            parse=parse,
            submit_response=submitted.body,
            created_at=submitted.created_at,
            download_to=folder,
        )

    def stream(
        self,
        operation_id: str,
        *,
        path_params: _Params | None = None,
        query: _Params | None = None,
        headers: _Params | None = None,
        body: _Params | None = None,
        options: RequestOptions | None = None,
        parse: Callable[[Any], T],
    ) -> Stream[T]:
        """Call a streaming operation; returns once the headers are in (see streaming.py)."""
        from .streaming import Stream, open_stream_flow

        flow = open_stream_flow(
            self._core,
            operation_id,
            path_params=path_params,
            query=query,
            headers=headers,
            body=body,
            options=options,
        )
        response = run_sync(flow, self.http)
        return Stream(response, _decoder(self._core, operation_id, response, parse))

    def outputs(self, operation: str, response: Any) -> list[Output]:
        """The files in an operation's response (``x-outputs``), e.g. ``images.generate``."""
        from .outputs import operation_outputs

        return operation_outputs(self._core.spec, operation, response)[1]

    def download(
        self,
        operation: str,
        response: Any,
        directory: str | os.PathLike[str],
        *,
        name: str | None = None,
        max_bytes: int | None = None,
        progress: bool | None = None,
        timeout: float | None = None,
    ) -> list[Path]:
        """Save the files of an operation's response in ``directory`` as ``<name>-<i>.<ext>``.

        ``timeout`` (seconds) covers every transfer; see docs/runtime-api.md for file names.
        """
        flow = _outputs_flow(
            self._core, operation, response, directory, name, max_bytes, progress, timeout
        )
        return run_sync(flow, self.http)

    def upload_file(self, file: Any, *, kind: str | None = None) -> str:
        """Upload a local file through the spec's ``x-upload`` endpoint; returns its URL."""
        from .uploads import upload_local_flow

        return str(run_sync(upload_local_flow(self._core, file, kind), self.http))

    @overload
    def resume(self, handle: str | Mapping[str, Any], parse: None = None) -> Task[Any]: ...
    @overload
    def resume(self, handle: str | Mapping[str, Any], parse: Callable[[Any], T]) -> Task[T]: ...
    def resume(
        self, handle: str | Mapping[str, Any], parse: Callable[[Any], Any] | None = None
    ) -> Task[Any]:
        """Rebuild a handle from ``Task.to_json()`` (or a journal row), e.g. in a new process.

        Without ``parse``, ``wait()`` returns the poll operation's model when it has one.
        """
        binding, task_id, kwargs = _resume_binding(self._core, handle)
        parse = parse or self._core.result_model(binding)
        return Task(self, binding, task_id, parse=parse, **kwargs)

    def close(self) -> None:
        """Close the HTTP client (if we created it) and the journal."""
        if self._owns_http:
            self.http.close()
        self._core.journal.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(gateway={self.spec.name!r}, base_url={self._core.base_url!r})"
        )


class AsyncClient:
    """Asyncio client for one gateway (see docs/runtime-api.md)."""

    def __init__(self, spec: GatewaySpec, **options: Unpack[ClientOptions]) -> None:
        http = options.pop("http_client", None)
        self._max_concurrency = int(options.pop("max_concurrency", DEFAULT_MAX_CONCURRENCY))
        self._core = ClientCore(spec, options)
        self._owns_http = http is None
        self.http: httpx.AsyncClient = (
            http if http is not None else httpx.AsyncClient(limits=DEFAULT_LIMITS)
        )
        self._core._http = self.http
        self._limiter: Any = None

    def _run(self, flow: Flow[T]) -> Coroutine[Any, Any, T]:
        """Drive a flow on the running loop, through the in-flight limiter."""
        if self._limiter is None and self._max_concurrency > 0:
            import asyncio

            self._limiter = asyncio.Semaphore(self._max_concurrency)
        return run_async(flow, self.http, self._limiter)

    @property
    def spec(self) -> GatewaySpec:
        return self._core.spec

    @overload
    async def request(
        self,
        operation_id: str,
        path: str | None = ...,
        *,
        path_params: _Params | None = ...,
        query: _Params | None = ...,
        headers: _Params | None = ...,
        body: _Params | None = ...,
        options: RequestOptions | None = ...,
        parse: None = None,
        json: _Params | None = ...,
        params: _Params | None = ...,
        files: _Params | None = ...,
        data: _Params | None = ...,
    ) -> Any: ...
    @overload
    async def request(
        self,
        operation_id: str,
        path: str | None = ...,
        *,
        path_params: _Params | None = ...,
        query: _Params | None = ...,
        headers: _Params | None = ...,
        body: _Params | None = ...,
        options: RequestOptions | None = ...,
        parse: Callable[[Any], T],
        json: _Params | None = ...,
        params: _Params | None = ...,
        files: _Params | None = ...,
        data: _Params | None = ...,
    ) -> T: ...
    async def request(
        self,
        operation_id: str,
        path: str | None = None,
        *,
        path_params: _Params | None = None,
        query: _Params | None = None,
        headers: _Params | None = None,
        body: _Params | None = None,
        options: RequestOptions | None = None,
        parse: Callable[[Any], Any] | None = None,
        json: _Params | None = None,
        params: _Params | None = None,
        files: _Params | None = None,
        data: _Params | None = None,
    ) -> Any:
        """Call an operation by id, or any path raw: ``request("POST", "/v1/x", json={...})``.

        Returns the decoded body (JSON decoded, text ``str``, binary media ``bytes``, an event
        stream a ``Stream`` of its events, read under ``max_event_bytes``), ``parse``d (models read
        tolerantly). A raw call goes through the same auth, retry rule and error mapping
        (``raw.py``); its ``params`` are the query, ``files`` multipart files. Every result also
        reads ``.headers``, ``.status_code`` and ``.request_id``.
        """
        if path is not None:
            sent = raw_flow(
                self._core,
                operation_id,
                path,
                json=json,
                params=params,
                files=files,
                data=data,
                headers=headers,
                options=options,
            )
            response, raw, op = await self._run(sent)
            if isinstance(raw, httpx.Response):  # an open event stream: read bounded
                return _stream(True, self._core, op, raw, parse)
            return attach(read_raw(self._core, parse, raw, f"{operation_id} {path}"), response, raw)
        flow = _call_flow(
            _exchange_flow(self._core),
            self._core,
            operation_id,
            path_params,
            query,
            headers,
            body,
            options,
        )
        response, raw = await self._run(flow)
        if isinstance(raw, httpx.Response):
            op = self._core.spec.operation(operation_id)
            return _stream(True, self._core, op, raw, parse)
        return attach(self._core.read(operation_id, parse, raw), response, raw)

    async def submit_task(
        self,
        operation_id: str,
        *,
        path_params: _Params | None = None,
        query: _Params | None = None,
        headers: _Params | None = None,
        body: _Params | None = None,
        options: RequestOptions | None = None,
        parse: Callable[[Any], T],
        download_to: str | os.PathLike[str] | None = None,
    ) -> AsyncTask[T]:
        """Submit a task (journaled before this returns) and return its handle.

        ``download_to``: the folder ``download()`` saves in, created and proven writable before
        anything is sent (a folder that cannot take the files is refused before the payment).
        """
        folder = None if download_to is None else check_folder(download_to)
        flow = _call_flow(
            self._core.submit_flow,
            self._core,
            operation_id,
            path_params,
            query,
            headers,
            body,
            options,
        )
        submitted: Submitted = await self._run(flow)
        return AsyncTask(
            self,
            submitted.binding,
            submitted.task_id,
            operation=operation_id,
            parse=parse,
            submit_response=submitted.body,
            created_at=submitted.created_at,
            download_to=folder,
        )

    async def stream(
        self,
        operation_id: str,
        *,
        path_params: _Params | None = None,
        query: _Params | None = None,
        headers: _Params | None = None,
        body: _Params | None = None,
        options: RequestOptions | None = None,
        parse: Callable[[Any], T],
    ) -> AsyncStream[T]:
        """Call a streaming operation; returns once the headers are in (see streaming.py)."""
        from .streaming import AsyncStream, open_stream_flow

        flow = open_stream_flow(
            self._core,
            operation_id,
            path_params=path_params,
            query=query,
            headers=headers,
            body=body,
            options=options,
        )
        response = await self._run(flow)
        return AsyncStream(response, _decoder(self._core, operation_id, response, parse))

    def outputs(self, operation: str, response: Any) -> list[Output]:
        """The files in an operation's response (``x-outputs``), e.g. ``images.generate``."""
        from .outputs import operation_outputs

        return operation_outputs(self._core.spec, operation, response)[1]

    async def download(
        self,
        operation: str,
        response: Any,
        directory: str | os.PathLike[str],
        *,
        name: str | None = None,
        max_bytes: int | None = None,
        progress: bool | None = None,
        timeout: float | None = None,
    ) -> list[Path]:
        """Save the files of an operation's response in ``directory`` as ``<name>-<i>.<ext>``.

        ``timeout`` (seconds) covers every transfer; see docs/runtime-api.md for file names.
        """
        flow = _outputs_flow(
            self._core, operation, response, directory, name, max_bytes, progress, timeout
        )
        return await self._run(flow)

    async def upload_file(self, file: Any, *, kind: str | None = None) -> str:
        """Upload a local file through the spec's ``x-upload`` endpoint; returns its URL."""
        from .uploads import upload_local_flow

        return str(await self._run(upload_local_flow(self._core, file, kind)))

    @overload
    async def resume(
        self, handle: str | Mapping[str, Any], parse: None = None
    ) -> AsyncTask[Any]: ...
    @overload
    async def resume(
        self, handle: str | Mapping[str, Any], parse: Callable[[Any], T]
    ) -> AsyncTask[T]: ...
    async def resume(
        self, handle: str | Mapping[str, Any], parse: Callable[[Any], Any] | None = None
    ) -> AsyncTask[Any]:
        """Rebuild a handle from ``AsyncTask.to_json()`` (or a journal row)."""
        binding, task_id, kwargs = _resume_binding(self._core, handle)
        parse = parse or self._core.result_model(binding)
        return AsyncTask(self, binding, task_id, parse=parse, **kwargs)

    async def close(self) -> None:
        """Close the HTTP client (if we created it) and the journal."""
        if self._owns_http:
            await self.http.aclose()
        if self._core.journal.opened:
            import asyncio

            await asyncio.to_thread(self._core.journal.close)  # may wait for a busy journal

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(gateway={self.spec.name!r}, base_url={self._core.base_url!r})"
        )
