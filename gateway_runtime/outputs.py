"""Declared outputs (``outputs`` of a task binding, ``x-outputs`` of an operation) and downloads.

:func:`find_outputs` reads a body through the declared pointers (``*`` matches every item of an
array) into typed :class:`Output` values. :func:`download_flow` saves them, written once as a
sans-I/O flow (run sync or async like every other flow):

* each file is named ``<name>-<index><ext>`` (extension from the media type, else the URL,
  else the response's content type) and written to a temporary ``.part`` name, then renamed, so
  a file with the final name is always complete — and is not fetched again;
* at most ``max_bytes`` per file (Content-Length checked first, then the bytes counted);
* the gateway's credentials go only to the gateway's own origin; redirects are followed hop by
  hop and every hop decides again, so a key never reaches another host;
* base64 data (and binary response bodies) are decoded and written the same way.
"""

from __future__ import annotations

import base64
import binascii
import datetime as _dt
import mimetypes
import os
import re
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

import httpx

from . import _pointer
from ._flow import Chunks, Close, Flow, Next, Read, Send
from ._logs import logger
from .auth import credentials_for
from .errors import DownloadError
from .redact import redact
from .spec import GatewaySpec, OperationSpec, OutputSpec, SpecError

if TYPE_CHECKING:
    from ._core import ClientCore

__all__ = ["DEFAULT_MAX_BYTES", "Output", "download_flow", "find_outputs", "operation_outputs"]

DEFAULT_MAX_BYTES = 2 << 30  # 2 GiB: more than any generated video, less than a full disk
_CHUNK = 1 << 16
_MAX_REDIRECTS = 5
_EXTENSIONS = {  # mimetypes' first guess is odd for some types (".jpe", ".mp2")
    "image/jpeg": ".jpg",
    "audio/mpeg": ".mp3",
    "audio/mp3": ".mp3",
    "audio/wav": ".wav",
    "audio/x-wav": ".wav",
    "video/mp4": ".mp4",
    "image/webp": ".webp",
    "text/plain": ".txt",
}
_DATA_URL = re.compile(r"^data:([\w.+-]+/[\w.+-]+)?(;[^,]*)?;base64,", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Output:
    """One result file: a ``url`` to fetch, or ``data`` already in the body (decoded)."""

    index: int
    url: str | None = None
    data: bytes | None = None
    media_type: str | None = None
    expires_at: _dt.datetime | None = None

    def __repr__(self) -> str:
        what = (
            f"url={self.url!r}" if self.url is not None else f"data=<{len(self.data or b'')} bytes>"
        )
        return redact(
            f"Output(index={self.index}, {what}, media_type={self.media_type!r}, "
            f"expires_at={self.expires_at!r})"
        )


# -- reading ------------------------------------------------------------------------------


def _expand(document: Any, pointer: str) -> Iterator[tuple[tuple[int, ...], Any]]:
    """Values at ``pointer``, a ``*`` token matching every item; with the indices it matched."""
    if "*" not in pointer.split("/"):
        value = _pointer.resolve(document, pointer)
        if value is not _pointer.MISSING:
            yield (), value
        return
    head, _, tail = pointer.partition("/*")
    items = _pointer.resolve(document, head)
    if not isinstance(items, list):
        return
    for i, item in enumerate(items):
        for rest, value in _expand(item, tail):
            yield (i, *rest), value


def _fill(pointer: str | None, indices: tuple[int, ...]) -> str | None:
    """``pointer`` with its ``*`` tokens replaced by the matched indices, in order."""
    if pointer is None:
        return None
    tokens, it = pointer.split("/"), iter(indices)
    return "/".join(str(next(it, 0)) if t == "*" else t for t in tokens)


def _expiry(value: Any) -> _dt.datetime | None:
    if value is None or value is _pointer.MISSING or isinstance(value, bool):
        return None
    try:
        if isinstance(value, int | float):
            seconds = float(value) / (1000.0 if value > 1e11 else 1.0)  # epoch s or ms
            return _dt.datetime.fromtimestamp(seconds, _dt.UTC)
        text = str(value).strip()
        if text.isdigit():
            return _expiry(int(text))
        parsed = _dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=_dt.UTC)
    except (ValueError, OverflowError, OSError):
        return None


def _decode(value: Any) -> tuple[bytes, str | None] | None:
    """Bytes of a data output (raw bytes, base64 or a data: URL) and the media type it names."""
    if isinstance(value, bytes | bytearray):
        return bytes(value), None
    if not isinstance(value, str) or not value:
        return None
    media = None
    match = _DATA_URL.match(value)
    if match:
        media, value = match.group(1), value[match.end() :]
    try:
        return base64.b64decode(value, validate=False), media
    except (binascii.Error, ValueError):
        return None


def _media_from_url(url: str) -> str | None:
    guessed, _ = mimetypes.guess_type(urlsplit(url).path)
    return guessed


def find_outputs(declared: Sequence[OutputSpec], body: Any) -> list[Output]:
    """The outputs in ``body`` (a poll or response body), in declaration then array order."""
    found: list[Output] = []
    seen: set[str] = set()
    for spec in declared:
        pointer = spec.url if spec.url is not None else spec.data
        assert pointer is not None  # OutputSpec guarantees one of them
        for indices, value in _expand(body, pointer):
            media = spec.media_type
            if media is None and spec.media_type_from is not None:
                named = _pointer.resolve(body, _fill(spec.media_type_from, indices))
                media = named if isinstance(named, str) and "/" in named else None
            expires = _expiry(_pointer.resolve(body, _fill(spec.expires_at, indices)))
            if spec.url is not None:
                urls = value if isinstance(value, list) else [value]  # e.g. Qingbo's url lists
                for url in urls:
                    if not isinstance(url, str) or not url.strip() or url.strip() in seen:
                        continue  # a clip still rendering, or one URL under two pointers
                    seen.add(url.strip())
                    found.append(
                        Output(
                            len(found),
                            url=url.strip(),
                            media_type=media or _media_from_url(url.strip()),
                            expires_at=expires,
                        )
                    )
            else:
                decoded = _decode(value)
                if decoded is None:
                    continue
                data, named_media = decoded
                found.append(
                    Output(
                        len(found), data=data, media_type=media or named_media, expires_at=expires
                    )
                )
    return found


def _plain(response: Any) -> Any:
    """A response as decoded JSON (pydantic models dumped by alias), bytes left as they are."""
    dump = getattr(response, "model_dump", None)
    if callable(dump):
        return dump(mode="json", by_alias=True)
    if isinstance(response, list):
        return [_plain(item) for item in response]
    return response


def operation_outputs(
    spec: GatewaySpec, operation: str, response: Any
) -> tuple[OperationSpec, list[Output]]:
    """The operation (by id or dotted Python name) and the outputs of its ``response``."""
    op = spec.operations.get(operation) or next(
        (o for o in spec.operations.values() if o.python_name == operation), None
    )
    if op is None:
        raise SpecError(f"gateway {spec.name!r} has no operation {operation!r}")
    if not op.outputs:
        raise SpecError(f"operation {op.operation_id!r} of {spec.name!r} declares no x-outputs")
    return op, find_outputs(op.outputs, _plain(response))


# -- writing ------------------------------------------------------------------------------


def _extension(media_type: str | None) -> str | None:
    if not media_type:
        return None
    mt = media_type.split(";")[0].strip().lower()
    return _EXTENSIONS.get(mt) or mimetypes.guess_extension(mt)


def _url_extension(url: str) -> str | None:
    suffix = Path(urlsplit(url).path).suffix.lower()
    return suffix if re.fullmatch(r"\.[a-z0-9]{1,8}", suffix) else None


def _safe(name: str) -> str:
    return re.sub(r"[^\w.-]", "_", name).strip("._") or "output"


def _existing(directory: Path, stem: str) -> Path | None:
    """A complete file named ``stem.*`` (temporary ``.part`` files never carry the final name)."""
    for candidate in sorted(directory.glob(f"{glob_escape(stem)}.*")):
        if candidate.is_file() and not candidate.name.endswith(".part"):
            return candidate
    return None


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


def _origin(url: str | httpx.URL) -> tuple[str, str, int | None]:
    parsed = httpx.URL(str(url))
    return parsed.scheme, parsed.host, parsed.port


class _File:
    """A file being written under a temporary name; ``commit`` renames it into place."""

    def __init__(self, final: Path) -> None:
        self.final = final
        self.temp = final.with_name(f".{final.name}.{uuid.uuid4().hex[:8]}.part")
        self.handle = open(self.temp, "wb")  # closed in commit/abort
        self.size = 0

    def write(self, chunk: bytes) -> None:
        self.handle.write(chunk)
        self.size += len(chunk)

    def commit(self) -> Path:
        self.handle.flush()
        os.fsync(self.handle.fileno())
        self.handle.close()
        os.replace(self.temp, self.final)
        return self.final

    def abort(self) -> None:
        self.handle.close()
        self.temp.unlink(missing_ok=True)


ByteProgress = Callable[[str, int, int | None], Callable[[int | None], None] | None]
"""``(label, done, total) -> advance`` factory called when a fetch starts; ``advance`` takes
the bytes written so far, then ``None`` at the end (see ``progress.byte_progress``)."""


def _too_large(index: int, limit: int, size: int | None = None) -> DownloadError:
    what = f"{size} bytes" if size is not None else "more"
    return DownloadError(f"output {index} is {what}, more than max_bytes={limit}")


def download_flow(
    core: ClientCore,
    op: OperationSpec | None,
    outputs: Sequence[Output],
    directory: str | os.PathLike[str],
    *,
    name: str,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: ByteProgress | None = None,
) -> Flow[list[Path]]:
    """Save every output in ``directory`` (created if needed); return the paths in order."""
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    for output in outputs:
        stem = f"{_safe(name)}-{output.index}"
        if output.data is not None:
            paths.append(_save_data(folder, stem, output, max_bytes))
            continue
        assert output.url is not None
        ext = _extension(output.media_type) or _url_extension(output.url)
        done = folder / f"{stem}{ext}" if ext else _existing(folder, stem)
        if done is not None and done.is_file():
            logger.info("output %d already saved as %s", output.index, done)
            paths.append(done)
            continue
        paths.append((yield from _fetch(core, op, output, folder, stem, ext, max_bytes, progress)))
    return paths


def _save_data(folder: Path, stem: str, output: Output, max_bytes: int) -> Path:
    data = output.data or b""
    final = folder / f"{stem}{_extension(output.media_type) or '.bin'}"
    if final.is_file():
        return final
    if len(data) > max_bytes:
        raise _too_large(output.index, max_bytes, len(data))
    file = _File(final)
    try:
        file.write(data)
        return file.commit()
    except BaseException:
        file.abort()
        raise


def _headers_for(core: ClientCore, op: OperationSpec | None, url: httpx.URL) -> dict[str, str]:
    """Headers for one hop: the gateway's credentials only on the gateway's own origin."""
    headers = {"User-Agent": core.default_headers.get("User-Agent", "gateway-clientgen")}
    if op is not None and _origin(url) == _origin(core.base_url):
        creds = credentials_for(core.spec, op, core.api_key)
        headers.update(creds.headers)
        if creds.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in creds.cookies.items())
    return headers


def _transport_error(index: int, url: httpx.URL, exc: httpx.TransportError) -> DownloadError:
    detail = redact(str(exc)) or type(exc).__name__
    return DownloadError(f"output {index}: fetching from {url.host} failed: {detail}")


def _abandon(file: _File | None, advance: Callable[[int | None], None] | None) -> None:
    if advance is not None:
        advance(None)
    if file is not None:
        file.abort()


def _fetch(
    core: ClientCore,
    op: OperationSpec | None,
    output: Output,
    folder: Path,
    stem: str,
    ext: str | None,
    max_bytes: int,
    progress: ByteProgress | None,
) -> Flow[Path]:
    url = httpx.URL(str(output.url))
    response: httpx.Response | None = None
    for _hop in range(_MAX_REDIRECTS + 1):
        request = core._http.build_request(
            "GET", url, headers=_headers_for(core, op, url), timeout=core.timeout
        )
        try:
            response = yield Send(request, stream=True)
        except httpx.TransportError as exc:
            raise _transport_error(output.index, url, exc) from exc
        if response.is_redirect and "location" in response.headers:
            yield Close(response)
            url = httpx.URL(urljoin(str(url), response.headers["location"]))
            continue
        break
    assert response is not None
    if response.is_redirect or not response.is_success:
        yield Read(response)
        raise DownloadError(
            f"output {output.index}: HTTP {response.status_code} from {url.host}",
            status_code=response.status_code,
            headers=response.headers,
        )
    file: _File | None = None
    advance: Callable[[int | None], None] | None = None
    try:
        length = response.headers.get("content-length")
        total = int(length) if length and length.isdigit() else None
        if total is not None and total > max_bytes:
            raise _too_large(output.index, max_bytes, total)
        ext = ext or _extension(response.headers.get("content-type")) or ".bin"
        final = folder / f"{stem}{ext}"
        if not final.is_file():
            file = _File(final)
            advance = progress(final.name, 0, total) if progress is not None else None
            chunks = yield Chunks(response, _CHUNK)
            while (chunk := (yield Next(chunks))) is not None:
                file.write(chunk)
                if file.size > max_bytes:
                    raise _too_large(output.index, max_bytes)
                if advance is not None:
                    advance(file.size)
            if advance is not None:
                advance(None)
                advance = None
            if total is not None and file.size != total:
                raise DownloadError(f"output {output.index}: got {file.size} of {total} bytes")
            file.commit()
            logger.info("saved output %d (%d bytes) to %s", output.index, file.size, final)
    except GeneratorExit:  # the runner was cancelled: no more I/O may be asked for
        _abandon(file, advance)
        raise
    except httpx.TransportError as exc:
        _abandon(file, advance)
        yield Close(response)
        raise _transport_error(output.index, url, exc) from exc
    except BaseException:
        _abandon(file, advance)
        yield Close(response)
        raise
    yield Close(response)
    return final
