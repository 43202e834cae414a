"""Declared outputs (``outputs`` of a task binding, ``x-outputs`` of an operation) and downloads.

:func:`find_outputs` reads a body through the declared pointers (``*`` matches every item of an
array) into typed :class:`Output` values. :func:`download_flow` saves them, written once as a
sans-I/O flow (run sync or async like every other flow):

* each file is named from the task id and output index so that distinct ids never collide,
  written under a temporary name, renamed when complete, and recorded beside (``_saving.py``):
  a file counts as already saved, and is not fetched again, only when its record proves it;
* at most ``max_bytes`` per file, counted after ``Content-Encoding`` is undone (``_body.py``);
* only http(s) URLs on public addresses (or the gateway's own kind, or ``trusted_output_hosts``)
  are fetched, checked after DNS resolution on every redirect hop (``_hosts.py``);
* the gateway's credentials go only to the gateway's own origin; redirects are followed hop by
  hop and every hop decides again, so a key never reaches another host;
* a ``deadline`` covers every transfer: a fetch still running when it passes is abandoned and
  leaves no file under the final name;
* base64 data (and binary response bodies) are decoded and written the same way.
"""

from __future__ import annotations

import base64
import binascii
import datetime as _dt
import math
import mimetypes
import os
import re
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

import httpx

from . import (
    _body,  # its signals stay internal: not attributes of this public module
    _pointer,
)
from ._body import Caps, DeadlinePassed, EncodingRefused
from ._flow import Chunks, Close, Flow, Next, Send
from ._hosts import HostRefused, checked_address_flow, default_resolver, gateway_kinds_flow, pin
from ._inflate import ACCEPT_ENCODING
from ._logs import logger
from ._saving import PartFile, fingerprint, make_folder, record_saved, saved_file, stem_for
from .auth import credentials_for
from .errors import DownloadError
from .redact import redact
from .spec import GatewaySpec, OperationSpec, OutputSpec, SpecError

if TYPE_CHECKING:
    from ._core import ClientCore

__all__ = ["DEFAULT_MAX_BYTES", "Output", "download_flow", "find_outputs", "operation_outputs"]

DEFAULT_MAX_BYTES = 2 << 30  # 2 GiB: more than any generated video, less than a full disk
_MAX_REDIRECTS = 5
_CLIPPED = 0.1  # a timeout this close to the deadline is the deadline's
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


def _origin(url: str | httpx.URL) -> tuple[str, str, int | None]:
    parsed = httpx.URL(str(url))
    return parsed.scheme, parsed.host, parsed.port


ByteProgress = Callable[[str, int, int | None], Callable[[int | None], None] | None]
"""``(label, done, total) -> advance`` factory called when a fetch starts; ``advance`` takes
the bytes written so far, then ``None`` at the end (see ``progress.byte_progress``)."""


def _too_large(index: int, limit: int, size: int, known: bool) -> DownloadError:
    what = f"is {size} bytes" if known else f"passed {size} bytes"
    return DownloadError(
        f"output {index} {what}, more than max_bytes={limit} (counted after decoding); "
        f"nothing was saved"
    )


class _Target:
    """Where one output goes: folder, stem, and the identity its record must prove."""

    def __init__(self, folder: Path, name: str, stem: str, output: Output) -> None:
        self.folder = folder
        self.name = name
        self.stem = f"{stem}-{output.index}"
        self.index = output.index
        source = output.url if output.url is not None else (output.data or b"")
        self.source = fingerprint(source)

    def saved(self) -> Path | None:
        return saved_file(self.folder, self.stem, self.name, self.index, self.source)

    def file(self, ext: str) -> PartFile:
        return PartFile(self.folder / f"{self.stem}{ext}")

    def commit(self, part: PartFile) -> Path:
        path = part.commit()
        record_saved(path, self.stem, self.name, self.index, self.source, part.size)
        return path


def download_flow(
    core: ClientCore,
    op: OperationSpec | None,
    outputs: Sequence[Output],
    directory: str | os.PathLike[str],
    *,
    name: str,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: ByteProgress | None = None,
    deadline: float | None = None,
    always_hash: bool = True,
) -> Flow[list[Path]]:
    """Save every output in ``directory`` (created if needed); return the paths in order.

    ``name`` is the task id (or the caller's name): files are ``<stem>-<index><ext>`` with the
    stem from ``_saving.stem_for``. ``deadline`` (``time.monotonic()``) bounds every transfer.
    """
    folder = Path(directory)
    make_folder(folder)
    stem = stem_for(name, always_hash=always_hash)
    paths: list[Path] = []
    for output in outputs:
        target = _Target(folder, name, stem, output)
        done = target.saved()
        if done is not None:
            logger.info("output %d already saved as %s", output.index, done)
            paths.append(done)
        elif output.data is not None:
            paths.append(_save_data(target, output, max_bytes))
        else:
            fetch = _Fetch(core, op, output, max_bytes, deadline)
            paths.append((yield from fetch.run(target, progress)))
    return paths


def _save_data(target: _Target, output: Output, max_bytes: int) -> Path:
    data = output.data or b""
    if len(data) > max_bytes:
        raise _too_large(output.index, max_bytes, len(data), True)
    file = target.file(_extension(output.media_type) or ".bin")
    try:
        file.write(data)
        return target.commit(file)
    except BaseException:
        file.abort()
        raise


class _Fetch:
    """Fetching one output URL: hops, policy, credentials, deadline, cap (sans-I/O)."""

    def __init__(
        self,
        core: ClientCore,
        op: OperationSpec | None,
        output: Output,
        max_bytes: int,
        deadline: float | None,
    ) -> None:
        self.core = core
        self.op = op
        self.index = output.index
        self.shown = str(output.url)  # as given: httpx.URL rewrites some (file:///x)
        self.url = httpx.URL(self.shown)
        self.media_type = output.media_type
        self.max_bytes = max_bytes
        self.deadline = deadline

    def _where(self) -> str:
        return self.url.host or redact(str(self.url))[:200]

    def _left(self) -> float:
        return math.inf if self.deadline is None else self.deadline - time.monotonic()

    def _timed_out(self, written: int | None = None) -> DownloadError:
        what = "" if written is None else f" after {written} bytes"
        return DownloadError(
            f"output {self.index}: the download's timeout passed while fetching from "
            f"{self._where()}{what}; nothing was saved under the final name"
        )

    def _transport_error(self, exc: httpx.TransportError) -> DownloadError:
        if isinstance(exc, DeadlinePassed) or (
            isinstance(exc, httpx.TimeoutException) and self._left() <= _CLIPPED
        ):
            return self._timed_out()  # the request's timeouts were clipped to the deadline
        from ._sending import transport_detail

        detail = redact(transport_detail(exc))
        return DownloadError(
            f"output {self.index}: fetching from {self._where()} failed: "
            f"{type(exc).__name__}: {detail}"
        )

    def _headers(self, url: httpx.URL) -> dict[str, str]:
        """Headers for one hop: the gateway's credentials only on the gateway's own origin."""
        core, op = self.core, self.op
        headers = {"User-Agent": core.user_agent, "Accept-Encoding": ACCEPT_ENCODING}
        if op is not None and _origin(url) == _origin(core.base_url):
            creds = credentials_for(core.spec, op, core.api_key)
            headers.update(creds.headers)
            if creds.cookies:
                headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in creds.cookies.items())
        return headers

    def _request(self) -> Flow[httpx.Request]:
        """The request for the current hop, sent to the address the host policy checked."""
        core = self.core
        resolver = core.resolver or default_resolver
        left = self._left()
        timeout = None if math.isinf(left) else max(left, 0.0)
        try:
            if core.gateway_kinds is None:
                core.gateway_kinds = yield from gateway_kinds_flow(core.base_url, resolver, timeout)
            address = yield from checked_address_flow(
                self.url,
                allowed_hosts=core.output_hosts,
                gateway_kinds=core.gateway_kinds,
                resolver=resolver,
                timeout=timeout,
            )
        except HostRefused as exc:
            raise DownloadError(
                f"output {self.index}: refusing to fetch {redact(self.shown)[:200]!r}: {exc}"
            ) from None
        except httpx.TransportError as exc:  # the look-up outlived the deadline
            raise self._transport_error(exc) from exc
        left = self._left()
        if left <= 0:
            raise self._timed_out()
        request = core._http.build_request(
            "GET", self.url, headers=self._headers(self.url), timeout=core.poll_timeout(left)
        )
        return pin(request, address)

    def _open(self) -> Flow[httpx.Response]:
        """Send hop after hop until a reply that is not a redirect; return it, unread."""
        caps = Caps(self.core.max_response_bytes)
        for _hop in range(_MAX_REDIRECTS + 1):
            request = yield from self._request()
            try:
                response: httpx.Response = yield Send(
                    request, stream=True, deadline=self.deadline, caps=caps
                )
            except httpx.TransportError as exc:
                raise self._transport_error(exc) from exc
            except (_body.BodyTooLarge, EncodingRefused) as exc:
                raise DownloadError(
                    f"output {self.index}: error reply from {self._where()} unreadable: {exc}"
                ) from None
            if not (response.is_redirect and "location" in response.headers):
                return response
            yield Close(response)
            self.shown = urljoin(str(self.url), response.headers["location"])
            self.url = httpx.URL(self.shown)
        raise DownloadError(
            f"output {self.index}: more than {_MAX_REDIRECTS} redirects from {self._where()}"
        )

    def run(self, target: _Target, progress: ByteProgress | None) -> Flow[Path]:
        response = yield from self._open()
        if not response.is_success:
            raise DownloadError(
                f"output {self.index}: HTTP {response.status_code} from {self._where()}",
                status_code=response.status_code,
                headers=response.headers,
            )
        file: PartFile | None = None
        advance: Callable[[int | None], None] | None = None
        try:
            length = response.headers.get("content-length")
            coding = response.headers.get("content-encoding", "").strip().lower()
            encoded = coding not in ("", "identity")
            total = int(length) if length and length.isdigit() and not encoded else None
            if total is not None and total > self.max_bytes:
                raise _too_large(self.index, self.max_bytes, total, True)
            ext = (
                _extension(self.media_type)
                or _url_extension(str(self.url))
                or _extension(response.headers.get("content-type"))
                or ".bin"
            )
            file = target.file(ext)
            advance = progress(file.final.name, 0, total) if progress is not None else None
            chunks = yield Chunks(
                response, self.max_bytes, deadline=self.deadline, option="max_bytes"
            )
            while (chunk := (yield Next(chunks))) is not None:
                file.write(chunk)
                if advance is not None:
                    advance(file.size)
            if advance is not None:
                advance(None)
                advance = None
            if total is not None and file.size != total:
                raise DownloadError(
                    f"output {self.index}: got {file.size} of {total} bytes from {self._where()}"
                )
            final = target.commit(file)
            logger.info("saved output %d (%d bytes) to %s", self.index, file.size, final)
        except GeneratorExit:  # the runner was cancelled: no more I/O may be asked for
            _abandon(file, advance)
            raise
        except BaseException as exc:
            _abandon(file, advance)
            yield Close(response)
            written = None if file is None else file.size
            if isinstance(exc, _body.BodyTooLarge):
                raise _too_large(self.index, self.max_bytes, exc.size, False) from None
            if isinstance(exc, DeadlinePassed):
                raise self._timed_out(written) from None
            if isinstance(exc, EncodingRefused):
                raise DownloadError(f"output {self.index} from {self._where()}: {exc}") from None
            if isinstance(exc, httpx.TransportError):
                raise self._transport_error(exc) from exc
            raise
        yield Close(response)
        return final


def _abandon(file: PartFile | None, advance: Callable[[int | None], None] | None) -> None:
    if advance is not None:
        advance(None)
    if file is not None:
        file.abort()
