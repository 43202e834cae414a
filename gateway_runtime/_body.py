"""Reading a response body under a deadline and a size cap: the I/O half of :class:`~._flow.Send`.

Bodies are read raw and decoded by the bounded :class:`~._inflate.Inflater` (never by httpx's own
decoders, which inflate a network chunk without limit), and the *decoded* bytes are counted as
they are made: reading stops with :class:`BodyTooLarge` as soon as they pass the cap, so a
hostile reply of any encoding costs at most about twice the cap (the pieces, then the joined
body). httpx resets its read timeout with every chunk, so a body that drips forever would carry
a call past any deadline; every chunk is checked against the call's deadline too, so a read
overshoots it by at most one read timeout. The byte counting is written once
(:class:`BodyMeter`); the loops are written twice (sync, async) because they are the I/O itself.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator

import httpx

from ._inflate import EncodingRefused, Inflater
from ._media import is_binary

__all__ = [
    "BodyMeter",
    "BodyTooLarge",
    "Caps",
    "DeadlinePassed",
    "EncodingRefused",
    "decoded_async",
    "decoded_sync",
    "hand_back_unread",
    "read_async",
    "read_sync",
]


class BodyTooLarge(Exception):
    """A body passed its size cap (turned into a typed error by the flow that asked)."""

    def __init__(self, size: int, cap: int, response: httpx.Response, option: str) -> None:
        super().__init__(f"response body of {size}+ bytes exceeds {option}={cap}")
        self.size = size
        self.cap = cap
        self.response = response
        self.option = option


class DeadlinePassed(httpx.ReadTimeout):
    """The call's deadline passed while its body was being read."""


class Caps:
    """The size caps of one request: text/JSON bodies, and binary bodies of a success.

    ``binary`` applies only when ``binary_declared`` (the operation declares binary replies);
    a binary reply elsewhere (a poll answered in bytes) gets the text cap. ``None`` = no cap.
    """

    __slots__ = ("binary", "binary_declared", "text")

    def __init__(
        self, text: int | None, binary: int | None = None, *, binary_declared: bool = False
    ) -> None:
        self.text = text
        self.binary = binary
        self.binary_declared = binary_declared

    def for_response(self, response: httpx.Response) -> tuple[int | None, str]:
        """The cap for ``response``'s body and the client option that sets it."""
        binary = is_binary(response.headers.get("content-type"))
        if binary and response.is_success and self.binary_declared:
            return self.binary, "max_binary_bytes"
        return self.text, "max_response_bytes"


def hand_back_unread(response: httpx.Response, stream: bool) -> bool:
    """Whether a reply goes back unread: a success the flow asked to read itself (``stream``)."""
    return stream and response.is_success


class BodyMeter:
    """Decodes a body's raw chunks and counts the decoded bytes against a cap and a deadline."""

    def __init__(
        self,
        response: httpx.Response,
        cap: int | None,
        deadline: float | None,
        option: str = "max_response_bytes",
    ) -> None:
        self.response = response
        self.cap = cap
        self.deadline = deadline
        self.option = option
        self.size = 0
        self._inflater: Inflater | None = None
        coding = response.headers.get("content-encoding", "").strip().lower()
        if cap is not None and coding in ("", "identity"):
            try:
                length = int(response.headers.get("content-length", ""))
            except ValueError:
                length = -1
            if length > cap:
                raise BodyTooLarge(length, cap, response, option)

    def _count(self, pieces: Iterator[bytes]) -> Iterator[bytes]:
        for piece in pieces:
            self.size += len(piece)
            if self.cap is not None and self.size > self.cap:
                raise BodyTooLarge(self.size, self.cap, self.response, self.option)
            yield piece

    def take(self, raw: bytes) -> Iterator[bytes]:
        """The decoded pieces of one raw chunk; raises at the cap, or once the deadline passed."""
        if self._inflater is None:
            self._inflater = Inflater(self.response.headers.get("content-encoding"))
        yield from self._count(self._inflater.feed(raw))
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise DeadlinePassed(
                "deadline passed while reading the response body", request=self.response.request
            )

    def finish(self) -> Iterator[bytes]:
        """What the decoder still holds at the end of the body."""
        if self._inflater is None:
            return iter(())
        return self._count(self._inflater.end())

    def read_already(self) -> bytes | None:
        """The body httpx already holds (decoded), counted; ``None`` when it must be read.

        An in-memory response (``httpx.MockTransport``, an event hook that read it) has its
        body before the runtime sees it: there is nothing left to bound but its size.
        """
        content = getattr(self.response, "_content", None)
        if not isinstance(content, bytes):
            return None
        list(self._count(iter((content,))))
        return content


def decoded_sync(meter: BodyMeter) -> Iterator[bytes]:
    """The decoded body of ``meter.response``, piece by piece (the response is not closed)."""
    already = meter.read_already()
    if already is not None:
        yield already
        return
    for raw in meter.response.iter_raw():
        yield from meter.take(raw)
    yield from meter.finish()


async def decoded_async(meter: BodyMeter) -> AsyncIterator[bytes]:
    """Async :func:`decoded_sync`."""
    already = meter.read_already()
    if already is not None:
        yield already
        return
    async for raw in meter.response.aiter_raw():
        for piece in meter.take(raw):
            yield piece
    for piece in meter.finish():
        yield piece


def read_sync(
    response: httpx.Response, deadline: float | None, cap: int | None, option: str
) -> bytes:
    """Read ``response``'s decoded body into ``response.content``, or raise; always closes."""
    try:
        chunks = list(decoded_sync(BodyMeter(response, cap, deadline, option)))
        # What httpx's own Response.read() does once the stream is consumed.
        response._content = b"".join(chunks)
        return response._content
    finally:
        response.close()


async def read_async(
    response: httpx.Response, deadline: float | None, cap: int | None, option: str
) -> bytes:
    """Async :func:`read_sync`."""
    try:
        chunks = [
            piece async for piece in decoded_async(BodyMeter(response, cap, deadline, option))
        ]
        response._content = b"".join(chunks)
        return response._content
    finally:
        await response.aclose()
