"""Files in: local files given to file fields and to media-URL fields, checked before any call.

* A binary (multipart) field takes a ``Path``, bytes, an open binary file or
  ``(name, content[, type])``. A ``str`` there is a path: it must name a readable file, else the
  call is refused naming the field — its text is never sent as the file.
* A media-URL field (``media_fields`` of the runtime spec: Buble's ``image_urls``,
  ``start_frame``) also takes a ``Path``, bytes, an open file or a tuple. Each file is uploaded
  first through the gateway's own upload endpoint (``x-upload``) and replaced by the URL it
  returns; without one, it is sent inline as a data URL or base64 where the document allows that;
  otherwise the call is refused naming the field and what the gateway accepts there.

Every file is read, and the payload validated with stand-in URLs, before the first upload: a
call that would be refused uploads nothing. Uploads are plain calls of the upload operation (auth,
error mapping, never replayed).
"""

from __future__ import annotations

import base64
import mimetypes
import os
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import _pointer
from .errors import GatewayClientError, ResponseDecodeError
from .spec import GatewaySpec, MediaField, OperationSpec, UploadSpec
from .validation.problems import PayloadValidationError, Problem

if TYPE_CHECKING:
    from ._core import ClientCore
    from ._flow import Flow

__all__ = [
    "LocalFile",
    "check_binary_fields",
    "is_file_value",
    "read_file",
    "upload_flow",
    "upload_local_flow",
    "with_files",
]

_MAGIC = (
    (b"\x89PNG", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF8", "image/gif"),
    (b"RIFF", "image/webp"),
    (b"ID3", "audio/mpeg"),
    (b"\xff\xfb", "audio/mpeg"),
)


@dataclass(frozen=True)
class LocalFile:
    """A file read for sending: its name, bytes and media type."""

    name: str
    content: bytes
    media_type: str

    @property
    def kind(self) -> str | None:
        """``image``, ``video`` or ``audio`` from the media type (``None``: something else)."""
        top = self.media_type.split("/", 1)[0]
        return top if top in ("image", "video", "audio") else None

    def data_url(self) -> str:
        return f"data:{self.media_type};base64,{base64.b64encode(self.content).decode()}"


def is_file_value(value: Any) -> bool:
    """Whether ``value`` is a local file (path, bytes, open file or name/content tuple)."""
    return (
        isinstance(value, os.PathLike | bytes | bytearray | memoryview)
        or (isinstance(value, tuple) and len(value) in (2, 3))
        or (hasattr(value, "read") and not isinstance(value, str))
    )


def _sniff(content: bytes, name: str) -> str:
    guessed = mimetypes.guess_type(name)[0]
    if guessed:
        return guessed
    if content[4:8] == b"ftyp":
        return "video/mp4"
    return next((t for magic, t in _MAGIC if content.startswith(magic)), "application/octet-stream")


def _refuse(
    op: OperationSpec, path: str, message: str, allowed: Any = None
) -> PayloadValidationError:
    return PayloadValidationError(
        [Problem(path, "file", f"{path}: {message}", allowed)], op.operation_id, op.label
    )


def read_file(value: Any, op: OperationSpec, path: str) -> LocalFile:
    """The name, bytes and type of a file value; refused (naming ``path``) when unreadable."""
    name, content, media_type = path.split("[", 1)[0], value, None
    if isinstance(value, tuple):
        name, content = str(value[0]), value[1]
        media_type = str(value[2]) if len(value) == 3 and value[2] else None
    if isinstance(content, str) or isinstance(content, os.PathLike):
        target = Path(os.path.expanduser(os.fspath(content)))
        try:
            data = target.read_bytes()
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            raise _refuse(op, path, f"cannot read file {os.fspath(content)!r}: {reason}") from None
        name = target.name if not isinstance(value, tuple) else name
    elif isinstance(content, bytes | bytearray | memoryview):
        data = bytes(content)
    elif hasattr(content, "read"):
        got = content.read()
        if not isinstance(got, bytes):
            raise _refuse(op, path, "the open file must be opened in binary mode ('rb')")
        data = got
        file_name = getattr(content, "name", None)
        if isinstance(file_name, str) and not isinstance(value, tuple):
            name = Path(file_name).name
    else:
        raise _refuse(op, path, f"a file cannot be a {type(content).__name__}")
    return LocalFile(name, data, media_type or _sniff(data, name))


def check_binary_fields(op: OperationSpec, body: Mapping[str, Any]) -> dict[str, Any]:
    """``body`` with each ``str`` in a binary field turned into the ``Path`` it names.

    A path that is no readable file is refused: the text would otherwise be uploaded as the file
    (``file="hello.wav"`` sending the nine bytes ``hello.wav``).
    """
    out = dict(body)
    for name in op.body.binary_fields if op.body else ():
        value = out.get(name)
        items = value if isinstance(value, list) else [value]
        fixed = []
        for i, item in enumerate(items):
            where = f"{name}[{i}]" if isinstance(value, list) else name
            if isinstance(item, str | os.PathLike):
                target = Path(os.path.expanduser(os.fspath(item)))
                if not target.is_file() or not os.access(target, os.R_OK):
                    what = "no such file" if not target.exists() else "not a readable file"
                    raise _refuse(
                        op,
                        where,
                        f"{os.fspath(item)!r}: {what} (a str given to a file field is a path; "
                        "pass bytes or an open file to send content)",
                        "a path, bytes, an open binary file or (name, content, type)",
                    )
                item = target
            fixed.append(item)
        if value is not None and type(value).__name__ != "NotGiven":
            out[name] = fixed if isinstance(value, list) else fixed[0]
    return out


def _media_files(
    op: OperationSpec, body: Mapping[str, Any]
) -> list[tuple[MediaField, int | None, Any]]:
    """The file values in an operation's media fields: (field, list index, value)."""
    found: list[tuple[MediaField, int | None, Any]] = []
    for name, media in (op.body.media_fields if op.body else {}).items():
        value = body.get(name)
        if isinstance(value, list):
            found += [(media, i, v) for i, v in enumerate(value) if is_file_value(v)]
        elif is_file_value(value):
            found.append((media, None, value))
    return found


def _accepts(spec: GatewaySpec, media: MediaField) -> str:
    what = {"data-url": "a URL or a data: URL", "base64": "a URL or base64 text"}
    return what.get(media.inline or "", f"only a URL ({spec.name} declares no upload endpoint)")


def _put(body: dict[str, Any], media: MediaField, index: int | None, value: Any) -> None:
    if index is None:
        body[media.name] = value
    else:
        items = list(body[media.name])
        items[index] = value
        body[media.name] = items


def upload_flow(
    core: ClientCore, upload: UploadSpec, file: LocalFile, kind: str | None
) -> Flow[str]:
    """Upload one file through the gateway's upload operation; the flow returns its URL."""
    op = core.spec.operation(upload.operation)
    body: dict[str, Any] = {upload.file_field: (file.name, file.content, file.media_type)}
    kind = kind if kind in ("image", "video", "audio") else file.kind
    if upload.kind_field and kind:
        body[upload.kind_field] = kind
    raw = yield from core.request_flow(upload.operation, body=body)
    url = _pointer.resolve(raw, upload.url)
    if not isinstance(url, str) or not url:
        raise ResponseDecodeError(
            f"{op.label}: the upload answer has no URL at {upload.url!r}",
            operation=op.operation_id,
            body=raw,
        )
    return url


def upload_local_flow(core: ClientCore, value: Any, kind: str | None) -> Flow[str]:
    """``client.upload(file)``: read the file, upload it, return its URL."""
    upload = core.spec.upload
    if upload is None:
        raise GatewayClientError(
            f"{core.spec.name} declares no upload endpoint (x-upload); pass media as URLs"
        )
    op = core.spec.operation(upload.operation)
    if isinstance(value, str):
        value = Path(value)  # here a str is a path, as for file fields
    file = read_file(value, op, upload.file_field)
    return (yield from upload_flow(core, upload, file, kind))


def with_files(
    core: ClientCore,
    operation_id: str,
    body: Mapping[str, Any] | None,
    parameters: Mapping[str, Any],
    then: Callable[[Mapping[str, Any] | None], Flow[Any]],
) -> Generator[Any, Any, Any]:
    """Check and place the call's local files (uploading them where needed), then run ``then``."""
    op = core.spec.operation(operation_id)
    if body is None or op.body is None:
        return (yield from then(body))
    body = check_binary_fields(op, body)
    planned = _media_files(op, body)
    if not planned:
        return (yield from then(body))
    upload = core.spec.upload
    files = []
    stand_in = dict(body)
    for media, index, value in planned:
        where = media.name if index is None else f"{media.name}[{index}]"
        if upload is None and media.inline is None:
            raise _refuse(
                op,
                where,
                f"a local file was given, but {core.spec.name} takes {_accepts(core.spec, media)}"
                " here; put the file where the gateway can fetch it and pass its URL",
                "a URL",
            )
        file = read_file(value, op, where)
        files.append((media, index, file))
        _put(stand_in, media, index, f"https://upload.invalid/{file.name}")
    if core.validate:
        core._validate(op, stand_in, parameters)  # refused now: nothing is uploaded
    placed = dict(body)
    for media, index, file in files:
        if upload is not None:
            sent: str = yield from upload_flow(core, upload, file, media.kind)
        elif media.inline == "data-url":
            sent = file.data_url()
        else:
            sent = base64.b64encode(file.content).decode()
        _put(placed, media, index, sent)
    return (yield from then(placed))
