"""Parsed runtime spec (``spec.json``, see docs/runtime-spec.md) as frozen dataclasses.

The runtime reads nothing else about a gateway: URLs, auth, error envelopes, task bindings and
the retry-relevant facts (``idempotent``, ``idempotency_header``) all come from here. Parsing is
tolerant of missing optional keys so older spec files keep loading.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from .errors import GatewayClientError

__all__ = [
    "BodySpec",
    "CatalogEntry",
    "ErrorEnvelope",
    "GatewaySpec",
    "MediaField",
    "OperationSpec",
    "OutputSpec",
    "ParameterSpec",
    "SecurityScheme",
    "SpecError",
    "StreamSpec",
    "TaskBinding",
    "UploadSpec",
]

ProgressFormat = Literal["percent", "fraction", "percent-string"]

#: Methods that are idempotent unless the spec says otherwise (RFC 9110 §9.2.2).
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"})


class SpecError(GatewayClientError):
    """The spec file is malformed or an operation / binding it names does not exist."""


def _strs(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


def _security(value: Any) -> tuple[tuple[str, ...], ...]:
    """Security alternatives: lists of scheme names, or OpenAPI's ``{name: scopes}`` objects."""
    return tuple(tuple(str(k) for k in alt) for alt in value or ())


def _opt_str(value: Any) -> str | None:
    return None if value is None else str(value)


@dataclass(frozen=True, slots=True)
class ParameterSpec:
    """A path, query, header or cookie parameter of an operation."""

    name: str
    location: str  # "path" | "query" | "header" | "cookie"
    required: bool = False
    python_name: str | None = None
    schema: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ParameterSpec:
        return cls(
            name=str(data["name"]),
            location=str(data.get("in", "query")),
            required=bool(data.get("required", data.get("in") == "path")),
            python_name=_opt_str(data.get("python_name")),
            schema=dict(data.get("schema") or {}),
        )


@dataclass(frozen=True, slots=True)
class MediaField:
    """A body field that takes the URL of a media file (``x-media``; Buble's ``image_urls``).

    ``kind`` is ``image``, ``video``, ``audio`` or ``any``; ``inline`` says what the document
    accepts instead of a URL: ``data-url`` (``data:image/png;base64,...``), ``base64`` or ``None``.
    """

    name: str
    kind: str = "any"
    inline: str | None = None
    is_list: bool = False

    @classmethod
    def from_dict(cls, name: str, data: Mapping[str, Any]) -> MediaField:
        return cls(
            name=name,
            kind=str(data.get("kind") or "any"),
            inline=_opt_str(data.get("inline")),
            is_list=bool(data.get("list", False)),
        )


@dataclass(frozen=True, slots=True)
class UploadSpec:
    """The gateway's own upload endpoint (``x-upload``): files for media fields go there first."""

    operation: str
    file_field: str
    url: str  # pointer to the uploaded file's URL in the answer
    kind_field: str | None = None  # a field that takes image / video / audio

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UploadSpec:
        return cls(
            operation=str(data["operation"]),
            file_field=str(data.get("file_field") or "file"),
            url=str(data.get("url") or "/url"),
            kind_field=_opt_str(data.get("kind_field")),
        )


@dataclass(frozen=True, slots=True)
class CatalogEntry:
    """An endpoint the document names but does not describe well enough (``x-catalog``)."""

    name: str
    method: str | None = None
    path: str | None = None
    state: str = "named-only"

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CatalogEntry:
        method = _opt_str(data.get("method"))
        return cls(
            name=str(data.get("name") or ""),
            method=method.upper() if method else None,
            path=_opt_str(data.get("path")),
            state=str(data.get("state") or "named-only"),
        )


@dataclass(frozen=True, slots=True)
class BodySpec:
    """The request body: media type, whether required, which multipart fields carry files and
    which fields take media URLs."""

    media_type: str = "application/json"
    required: bool = False
    binary_fields: tuple[str, ...] = ()
    media_fields: Mapping[str, MediaField] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BodySpec:
        media = data.get("media_fields")
        return cls(
            media_type=str(data.get("media_type") or "application/json"),
            required=bool(data.get("required", False)),
            binary_fields=_strs(data.get("binary_fields")),
            media_fields={
                str(n): MediaField.from_dict(str(n), m)
                for n, m in (media.items() if isinstance(media, Mapping) else ())
                if isinstance(m, Mapping)
            },
        )

    @property
    def is_json(self) -> bool:
        mt = self.media_type.split(";")[0].strip().lower()
        return mt == "application/json" or mt.endswith("+json")

    @property
    def is_multipart(self) -> bool:
        return self.media_type.lower().startswith("multipart/")

    @property
    def is_form(self) -> bool:
        return self.media_type.lower().startswith("application/x-www-form-urlencoded")


@dataclass(frozen=True, slots=True)
class ErrorEnvelope:
    """Shape of a gateway error body; see ``x-error-envelopes`` in docs/extensions.md."""

    name: str
    detect: str
    code: str | None = None
    message: str | None = None
    type: str | None = None
    details: str | None = None
    ok_values: tuple[Any, ...] | None = None
    in_success: bool = True

    @classmethod
    def from_dict(cls, name: str, data: Mapping[str, Any]) -> ErrorEnvelope:
        ok = data.get("ok_values")
        in_success = data.get("in_success")
        return cls(
            name=name,
            detect=str(data.get("detect", "")),
            code=_opt_str(data.get("code")),
            message=_opt_str(data.get("message")),
            type=_opt_str(data.get("type")),
            details=_opt_str(data.get("details")),
            ok_values=None if ok is None else tuple(ok),
            in_success=True if in_success is None else bool(in_success),
        )


@dataclass(frozen=True, slots=True)
class SecurityScheme:
    """An OpenAPI security scheme the runtime can apply (http bearer/basic, apiKey)."""

    name: str
    type: str  # "http" | "apiKey" | others (ignored)
    scheme: str | None = None  # for type http: "bearer", "basic"
    location: str | None = None  # for apiKey: "header" | "query" | "cookie"
    param_name: str | None = None  # for apiKey: header / query / cookie name

    @classmethod
    def from_dict(cls, name: str, data: Mapping[str, Any]) -> SecurityScheme:
        return cls(
            name=name,
            type=str(data.get("type", "")),
            scheme=_opt_str(data.get("scheme")),
            location=_opt_str(data.get("in")),
            param_name=_opt_str(data.get("name")),
        )


@dataclass(frozen=True, slots=True)
class OutputSpec:
    """Where one kind of output sits in a body; see ``outputs`` in docs/extensions.md.

    Exactly one of ``url`` / ``data`` (base64, or the raw body of a binary response) is set.
    Pointers may hold ``*`` segments that match every item of an array.
    """

    url: str | None = None
    data: str | None = None
    media_type: str | None = None
    media_type_from: str | None = None
    expires_at: str | None = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> OutputSpec:
        if ("url" in data) == ("data" in data):
            raise SpecError(f"output {dict(data)!r} needs exactly one of 'url' and 'data'")
        return cls(
            url=_opt_str(data.get("url")),
            data=_opt_str(data.get("data")),
            media_type=_opt_str(data.get("media_type")),
            media_type_from=_opt_str(data.get("media_type_from")),
            expires_at=_opt_str(data.get("expires_at")),
        )


def _outputs(value: Any) -> tuple[OutputSpec, ...]:
    return tuple(OutputSpec.from_dict(o) for o in value or ())


@dataclass(frozen=True, slots=True)
class StreamSpec:
    """How an operation streams (``x-stream``): the end marker, and the flag that asks for it.

    ``flag`` is the body field that switches streaming on (``stream``); ``None`` means the
    operation always streams. ``done`` is the data of the last event (``None``: no marker, the
    end of the body ends the stream). ``event`` names the chunk schema.
    """

    flag: str | None = "stream"
    done: str | None = "[DONE]"
    event: str | None = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> StreamSpec:
        return cls(
            flag=_opt_str(data.get("flag")),
            done=_opt_str(data.get("done")),
            event=_opt_str(data.get("event")),
        )


@dataclass(frozen=True, slots=True)
class TaskBinding:
    """How a "submit, then poll" flow works; see ``x-tasks`` in docs/extensions.md."""

    name: str
    submit: tuple[str, ...]
    poll: str
    id: str
    id_param: str
    status: str
    cancel: str | None = None
    progress: str | None = None
    progress_format: ProgressFormat = "percent"
    queue_position: str | None = None
    result: str | None = None
    error_code: str | None = None
    error_message: str | None = None
    success: tuple[str, ...] = ()
    failure: tuple[str, ...] = ()
    canceled: tuple[str, ...] = ()
    pending: tuple[str, ...] = ()
    status_case: Literal["exact", "insensitive"] = "exact"
    poll_interval: float = 2.0
    timeout: float = 600.0
    id_alternatives: tuple[str, ...] = ()
    """Every pointer that may hold the id in a submit reply, tried in order (``id`` is the first)."""
    outputs: tuple[OutputSpec, ...] = ()
    """Where a finished task's files are in the poll body."""

    @classmethod
    def from_dict(cls, name: str, data: Mapping[str, Any]) -> TaskBinding:
        fmt = str(data.get("progress_format") or "percent")
        if fmt not in ("percent", "fraction", "percent-string"):
            raise SpecError(f"task binding {name!r}: unknown progress_format {fmt!r}")
        case = str(data.get("status_case") or "exact")
        if case not in ("exact", "insensitive"):
            raise SpecError(f"task binding {name!r}: unknown status_case {case!r}")
        try:
            return cls(
                name=name,
                submit=_strs(data.get("submit")),
                poll=str(data["poll"]),
                id=_strs(data["id"])[0] if isinstance(data["id"], list) else str(data["id"]),
                id_alternatives=_strs(data["id"])
                if isinstance(data["id"], list)
                else (str(data["id"]),),
                id_param=str(data["id_param"]),
                status=str(data["status"]),
                cancel=_opt_str(data.get("cancel")),
                progress=_opt_str(data.get("progress")),
                progress_format=fmt,  # type: ignore[arg-type]
                queue_position=_opt_str(data.get("queue_position")),
                result=_opt_str(data.get("result")),
                error_code=_opt_str(data.get("error_code")),
                error_message=_opt_str(data.get("error_message")),
                success=_strs(data.get("success")),
                failure=_strs(data.get("failure")),
                canceled=_strs(data.get("canceled")),
                pending=_strs(data.get("pending")),
                status_case=case,  # type: ignore[arg-type]
                poll_interval=float(data.get("poll_interval") or 2.0),
                timeout=float(data.get("timeout") or 600.0),
                outputs=_outputs(data.get("outputs")),
            )
        except KeyError as exc:
            raise SpecError(f"task binding {name!r} lacks {exc.args[0]!r}") from None


@dataclass(frozen=True, slots=True)
class OperationSpec:
    """One operation of the gateway, as the runtime needs it."""

    operation_id: str
    method: str
    path: str
    python_name: str | None = None
    summary: str | None = None
    description: str | None = None
    security: tuple[tuple[str, ...], ...] | None = None
    parameters: tuple[ParameterSpec, ...] = ()
    body: BodySpec | None = None
    payload_schema: Mapping[str, Any] = field(default_factory=dict)
    parameters_schema: Mapping[str, Any] = field(default_factory=dict)
    rules: tuple[Mapping[str, Any], ...] = ()
    response_media_type: str | None = "application/json"
    response_media_types: tuple[str, ...] = ()
    """Every media type of the 2xx responses, in document order (the request's ``Accept``)."""
    response_model: str | None = None
    """Class name (in the generated ``models`` module) of the 2xx JSON body, if it has one."""
    idempotent: bool = False
    idempotency_header: str | None = None
    error_envelopes: tuple[str, ...] = ()
    task: str | None = None
    source: tuple[str, ...] = ()
    stream: StreamSpec | None = None
    outputs: tuple[OutputSpec, ...] = ()
    pricing: Mapping[str, Any] | None = None
    """The ``x-pricing`` price table of a task submit (see ``batch/pricing.py``), if declared."""

    @classmethod
    def from_dict(cls, operation_id: str, data: Mapping[str, Any]) -> OperationSpec:
        security = data.get("security")
        body = data.get("body")
        try:
            method = str(data["method"]).upper()
            path = str(data["path"])
        except KeyError as exc:
            raise SpecError(f"operation {operation_id!r} lacks {exc.args[0]!r}") from None
        return cls(
            operation_id=str(data.get("operation_id") or operation_id),
            method=method,
            path=path,
            python_name=_opt_str(data.get("python_name")),
            summary=_opt_str(data.get("summary")),
            description=_opt_str(data.get("description")),
            security=None if security is None else _security(security),
            parameters=tuple(ParameterSpec.from_dict(p) for p in data.get("parameters") or ()),
            body=None if body is None else BodySpec.from_dict(body),
            payload_schema=dict(data.get("payload_schema") or {}),
            parameters_schema=dict(data.get("parameters_schema") or {}),
            rules=tuple(dict(r) for r in data.get("rules") or ()),
            response_media_type=_opt_str(data.get("response_media_type", "application/json")),
            response_media_types=_strs(data.get("response_media_types")),
            response_model=_opt_str(data.get("response_model")),
            idempotent=bool(data.get("idempotent", False)),
            idempotency_header=_opt_str(data.get("idempotency_header")),
            error_envelopes=_strs(data.get("error_envelopes")),
            task=_opt_str(data.get("task")),
            source=_strs(data.get("source")),
            stream=None if not data.get("stream") else StreamSpec.from_dict(data["stream"]),
            outputs=_outputs(data.get("outputs")),
            pricing=dict(data["pricing"]) if isinstance(data.get("pricing"), Mapping) else None,
        )

    @property
    def replay_safe(self) -> bool:
        """Whether replaying this request cannot make the gateway act twice (without a key).

        ``idempotent: true`` in the spec, or an idempotent HTTP method for an operation that
        does not submit a task (a task submit is only replay-safe when declared so).
        """
        return self.idempotent or (self.method in IDEMPOTENT_METHODS and self.task is None)

    @property
    def label(self) -> str:
        """How messages name the operation: the method the user called, then the operation id."""
        if self.python_name and self.python_name != self.operation_id:
            return f"{self.python_name} ({self.operation_id})"
        return self.operation_id

    @property
    def media_types(self) -> tuple[str, ...]:
        """Declared 2xx media types (``response_media_types``, else ``response_media_type``)."""
        if self.response_media_types:
            return self.response_media_types
        return () if self.response_media_type is None else (self.response_media_type,)

    def parameter(self, name: str) -> ParameterSpec | None:
        """The parameter with wire name ``name``, if the operation has one."""
        for param in self.parameters:
            if param.name == name:
                return param
        return None


def base_url_env(gateway: str) -> str:
    """``<GATEWAY>_BASE_URL`` for a gateway name (non-alphanumerics become ``_``)."""
    return re.sub(r"[^A-Za-z0-9]+", "_", gateway).strip("_").upper() + "_BASE_URL"


@dataclass(frozen=True, slots=True)
class GatewaySpec:
    """A whole gateway: operations, auth, error envelopes and task bindings.

    ``module`` is the import path of the generated package (e.g. ``"generated.qingbo"``); it is
    written into task handles and the journal so another process can rebuild the client.
    """

    name: str
    base_url: str = ""
    title: str | None = None
    version: str | None = None
    api_key_env: str | None = None
    security: tuple[tuple[str, ...], ...] = ()
    security_schemes: Mapping[str, SecurityScheme] = field(default_factory=dict)
    error_envelopes: Mapping[str, ErrorEnvelope] = field(default_factory=dict)
    default_error_envelopes: tuple[str, ...] = ()
    operations: Mapping[str, OperationSpec] = field(default_factory=dict)
    tasks: Mapping[str, TaskBinding] = field(default_factory=dict)
    module: str | None = None
    path: str | None = None
    format: int = 1
    upload: UploadSpec | None = None
    catalog: tuple[CatalogEntry, ...] = ()

    @property
    def base_url_env(self) -> str:
        """Environment variable that supplies the base URL when none is passed: ``QINGBO_BASE_URL``."""
        return base_url_env(self.name)

    @classmethod
    def load(cls, path: str | os.PathLike[str], *, module: str | None = None) -> GatewaySpec:
        """Read and parse a ``spec.json`` file."""
        p = Path(path)
        from .loading import LoadError, parse_json  # guarded: depth-limited, located errors

        try:
            data = parse_json(p.read_text(encoding="utf-8"), str(p))
        except LoadError as exc:
            raise SpecError(f"cannot read runtime spec {exc}") from None
        except (OSError, ValueError) as exc:
            raise SpecError(f"cannot read runtime spec {p}: {exc}") from exc
        return cls.from_dict(data, module=module, path=str(p.resolve()))

    @classmethod
    def from_dict(
        cls, data: Mapping[str, Any], *, module: str | None = None, path: str | None = None
    ) -> GatewaySpec:
        """Build a spec from the decoded JSON (useful in tests and for embedded specs)."""
        if not isinstance(data, Mapping) or "name" not in data:
            raise SpecError("runtime spec must be an object with a 'name'")
        fmt = int(data.get("format", 1))
        if fmt != 1:
            raise SpecError(f"unsupported runtime spec format {fmt} (this runtime reads 1)")
        envelopes = {
            n: ErrorEnvelope.from_dict(n, e) for n, e in (data.get("error_envelopes") or {}).items()
        }
        schemes = {
            n: SecurityScheme.from_dict(n, s)
            for n, s in (data.get("security_schemes") or {}).items()
        }
        operations = {
            op_id: OperationSpec.from_dict(op_id, op)
            for op_id, op in (data.get("operations") or {}).items()
        }
        shared = data.get("schemas")
        if isinstance(shared, Mapping) and shared:
            # Component schemas are stored once; every payload schema resolves '#/$defs/X' in them.
            operations = {
                op_id: replace(
                    op,
                    payload_schema={**op.payload_schema, "$defs": shared},
                    parameters_schema={**op.parameters_schema, "$defs": shared},
                )
                for op_id, op in operations.items()
            }
        tasks = {n: TaskBinding.from_dict(n, t) for n, t in (data.get("tasks") or {}).items()}
        upload = data.get("upload")
        catalog = data.get("catalog")
        spec = cls(
            name=str(data["name"]),
            base_url=str(data.get("base_url") or ""),
            title=_opt_str(data.get("title")),
            version=_opt_str(data.get("version")),
            api_key_env=_opt_str(data.get("api_key_env")),
            security=_security(data.get("security")),
            security_schemes=schemes,
            error_envelopes=envelopes,
            default_error_envelopes=_strs(data.get("default_error_envelopes")),
            operations=operations,
            tasks=tasks,
            module=module,
            path=path,
            format=fmt,
            upload=UploadSpec.from_dict(upload) if isinstance(upload, Mapping) else None,
            catalog=tuple(
                CatalogEntry.from_dict(c)
                for c in (catalog if isinstance(catalog, list) else ())
                if isinstance(c, Mapping)
            ),
        )
        spec._check()
        return spec

    def _check(self) -> None:
        for binding in self.tasks.values():
            for op_id in (*binding.submit, binding.poll, binding.cancel):
                if op_id is not None and op_id not in self.operations:
                    raise SpecError(
                        f"task binding {binding.name!r} names unknown operation {op_id!r}"
                    )
        for op in self.operations.values():
            if op.task is not None and op.task not in self.tasks:
                raise SpecError(
                    f"operation {op.operation_id!r} names unknown task binding {op.task!r}"
                )
        if self.upload is not None and self.upload.operation not in self.operations:
            raise SpecError(f"upload names unknown operation {self.upload.operation!r}")

    def operation(self, operation_id: str) -> OperationSpec:
        """The operation with this id; :class:`SpecError` if there is none."""
        try:
            return self.operations[operation_id]
        except KeyError:
            raise SpecError(f"gateway {self.name!r} has no operation {operation_id!r}") from None

    def task_binding(self, name: str) -> TaskBinding:
        """The task binding with this name; :class:`SpecError` if there is none."""
        try:
            return self.tasks[name]
        except KeyError:
            raise SpecError(f"gateway {self.name!r} has no task binding {name!r}") from None

    def binding_for_submit(self, operation_id: str) -> TaskBinding:
        """The task binding an operation submits to (its ``task``, else one listing it in ``submit``)."""
        op = self.operation(operation_id)
        if op.task is not None:
            return self.task_binding(op.task)
        for binding in self.tasks.values():
            if operation_id in binding.submit:
                return binding
        raise SpecError(f"operation {operation_id!r} of {self.name!r} does not submit a task")

    def envelopes_for(self, op: OperationSpec) -> tuple[ErrorEnvelope, ...]:
        """The error envelopes to try for ``op``, in order (its own list, else the default)."""
        names = op.error_envelopes or self.default_error_envelopes
        return tuple(self.error_envelopes[n] for n in names if n in self.error_envelopes)
