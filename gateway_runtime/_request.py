"""Turning an operation call into an ``httpx.Request``: URL, parameters, headers, body.

Path parameters are URL-quoted as one segment (``/`` included; ``.``, ``..`` and empty refused), ``None``/not-given values are left out,
booleans become ``true``/``false``, lists repeat in the query. Bodies are JSON (encoded here so
pydantic models, dates and enums work), multipart (binary fields take bytes, binary file
objects, ``pathlib.Path`` or ``(filename, content, content_type)`` tuples; a list gives several
files) or URL-encoded forms.
"""

from __future__ import annotations

import datetime as _dt
import enum
import json
import mimetypes
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import quote

from .errors import GatewayClientError, InvalidPathParameterError
from .spec import BodySpec, OperationSpec

__all__ = ["build_url", "encode_body", "json_default", "path_segment", "scalar_text"]


def _given(value: Any) -> bool:
    return value is not None and type(value).__name__ != "NotGiven"


def scalar_text(value: Any) -> str:
    """Text form of a parameter value as gateways expect it."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return scalar_text(value.value)
    if isinstance(value, _dt.datetime | _dt.date):
        return value.isoformat()
    if isinstance(value, Mapping | list):
        return json.dumps(value, default=json_default, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def json_default(value: Any) -> Any:
    """``json.dumps`` hook for values generated code may hand over."""
    dump = getattr(value, "model_dump", None)
    if callable(dump):
        return dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, _dt.datetime | _dt.date | _dt.time):
        return value.isoformat()
    if isinstance(value, os.PathLike):
        return os.fspath(value)
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    raise TypeError(f"cannot encode {type(value).__name__} as JSON")


def path_segment(op: OperationSpec, name: str, value: Any) -> str:
    """``value`` as one percent-encoded path segment (``/`` included).

    ``""``, ``"."`` and ``".."`` are refused: URL normalisation would drop or climb the segment
    (``/v1/tasks/..`` is sent as ``/v1``), so the request would go elsewhere with the API key.
    """
    text = scalar_text(value)
    if text in ("", ".", ".."):
        raise InvalidPathParameterError(
            f"{op.label}: path parameter {name!r} is {text!r}, which would change the path "
            f"{op.path!r} once normalised; refusing to send the request",
            operation=op.operation_id,
            parameter=name,
        )
    return quote(text, safe="")


def build_url(base_url: str, op: OperationSpec, path_params: Mapping[str, Any]) -> str:
    """``base_url`` + the operation path with ``{name}`` placeholders filled and quoted."""
    path = op.path
    for name, value in path_params.items():
        if not _given(value):
            continue
        path = path.replace("{" + name + "}", path_segment(op, name, value))
    if "{" in path and "}" in path:
        missing = [
            p.name for p in op.parameters if p.location == "path" and "{" + p.name + "}" in path
        ]
        raise GatewayClientError(
            f"{op.label}: missing path parameter(s) {', '.join(missing) or path}",
            operation=op.operation_id,
        )
    if not base_url:
        raise GatewayClientError(
            f"no base_url for {op.label}: the spec has no server URL; pass base_url=...",
            operation=op.operation_id,
        )
    return base_url.rstrip("/") + "/" + path.lstrip("/")


def query_items(query: Mapping[str, Any]) -> list[tuple[str, str]]:
    """Query parameters as (name, text) pairs; lists repeat the name."""
    items: list[tuple[str, str]] = []
    for name, value in query.items():
        if not _given(value):
            continue
        if isinstance(value, list | tuple):
            items.extend((name, scalar_text(v)) for v in value if _given(v))
        else:
            items.append((name, scalar_text(value)))
    return items


def header_items(headers: Mapping[str, Any]) -> dict[str, str]:
    """Header parameters as text; lists are comma-joined."""
    out: dict[str, str] = {}
    for name, value in headers.items():
        if not _given(value):
            continue
        if isinstance(value, list | tuple):
            out[name] = ",".join(scalar_text(v) for v in value)
        else:
            out[name] = scalar_text(value)
    return out


def _read_path(path: os.PathLike[str] | str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise GatewayClientError(f"cannot read file {os.fspath(path)!r}: {exc}") from exc


def _file(field: str, value: Any) -> Any:
    """One httpx ``files`` entry for a binary field value."""
    if isinstance(value, bytes | bytearray | memoryview):
        return (field, bytes(value), "application/octet-stream")
    if isinstance(value, os.PathLike):
        name = Path(value).name
        ctype = mimetypes.guess_type(name)[0] or "application/octet-stream"
        return (name, _read_path(value), ctype)
    if isinstance(value, tuple):
        if len(value) not in (2, 3):
            raise GatewayClientError(f"field {field!r}: file tuple must be (name, content[, type])")
        name, content = str(value[0]), value[1]
        if isinstance(content, os.PathLike):
            content = _read_path(content)
        ctype = (
            str(value[2])
            if len(value) == 3 and value[2]
            else (mimetypes.guess_type(name)[0] or "application/octet-stream")
        )
        return (name, content, ctype)
    if hasattr(value, "read"):
        name = Path(str(getattr(value, "name", field) or field)).name
        ctype = mimetypes.guess_type(name)[0] or "application/octet-stream"
        return (name, value, ctype)
    raise GatewayClientError(f"field {field!r}: unsupported file value {type(value).__name__}")


def _form_fields(body: Mapping[str, Any], skip: frozenset[str]) -> dict[str, str | list[str]]:
    fields: dict[str, str | list[str]] = {}
    for name, value in body.items():
        if name in skip or not _given(value):
            continue
        if isinstance(value, list | tuple) and all(
            not isinstance(v, Mapping | list) for v in value
        ):
            fields[name] = [scalar_text(v) for v in value if _given(v)]
        else:
            fields[name] = scalar_text(value)
    return fields


def _multipart_without_files(fields: Mapping[str, str | list[str]]) -> dict[str, Any]:
    """Encode text-only multipart (httpx would fall back to URL-encoding without files)."""
    boundary = os.urandom(16).hex()
    chunks: list[bytes] = []
    for name, value in fields.items():
        for item in value if isinstance(value, list) else [value]:
            quoted = name.replace("\\", "\\\\").replace('"', '\\"')
            chunks.append(
                f'--{boundary}\r\nContent-Disposition: form-data; name="{quoted}"\r\n\r\n'.encode()
                + item.encode("utf-8")
                + b"\r\n"
            )
    chunks.append(f"--{boundary}--\r\n".encode())
    return {
        "content": b"".join(chunks),
        "headers": {"Content-Type": f"multipart/form-data; boundary={boundary}"},
    }


def encode_body(spec: BodySpec | None, body: Mapping[str, Any] | None) -> dict[str, Any]:
    """Keyword arguments for ``httpx.Client.build_request`` carrying ``body``."""
    if body is None:
        return {}
    spec = spec or BodySpec()
    clean = {k: v for k, v in body.items() if _given(v)}
    if spec.is_multipart:
        files: list[tuple[str, Any]] = []
        file_fields: set[str] = set()
        for name in spec.binary_fields:
            value = clean.get(name)
            if not _given(value) or isinstance(value, str):
                continue  # a string in a binary field (e.g. a URL) is sent as text
            file_fields.add(name)
            for item in value if isinstance(value, list) else [value]:
                files.append((name, _file(name, item)))
        data = _form_fields(clean, frozenset(file_fields))
        if not files:
            return _multipart_without_files(data)
        return {"files": files, "data": data}
    if spec.is_form:
        return {"data": _form_fields(clean, frozenset())}
    # allow_nan=False: NaN/Infinity raise instead of going out as non-JSON words
    content = json.dumps(clean, default=json_default, ensure_ascii=False, allow_nan=False).encode()
    ctype = spec.media_type if spec.is_json else "application/json"
    return {"content": content, "headers": {"Content-Type": ctype}}
