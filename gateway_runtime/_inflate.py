"""Undoing ``Content-Encoding`` a bounded piece at a time (sans-I/O).

httpx's own decoders hand each network chunk to ``zlib`` without an output limit, so 64 KiB of
gzip can become a gigabyte in one call, and stacked encodings (``gzip, gzip``) multiply that.
The runtime therefore reads raw bytes and decodes them here: every call to ``zlib`` is given an
output limit (:data:`PIECE`), so no decoded piece is larger than that whatever the ratio, and a
caller counting pieces can stop at its cap before the next one is made. One layer of ``gzip``
or ``deflate`` is accepted (what the runtime's ``Accept-Encoding`` asks for); stacked or unknown
encodings are refused with :class:`EncodingRefused`.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import Any

__all__ = ["ACCEPT_ENCODING", "PIECE", "EncodingRefused", "Inflater"]

ACCEPT_ENCODING = "gzip, deflate"
"""What the runtime asks for: the encodings :class:`Inflater` decodes."""

PIECE = 1 << 16
"""Largest decoded piece one ``zlib`` call may produce (64 KiB)."""

_WBITS = {"gzip": zlib.MAX_WBITS | 16, "x-gzip": zlib.MAX_WBITS | 16, "deflate": zlib.MAX_WBITS}


class EncodingRefused(Exception):
    """A ``Content-Encoding`` the runtime does not decode, stacked layers, or corrupt data."""


def _codings(header: str | None) -> list[str]:
    parts = [c.strip().lower() for c in (header or "").split(",")]
    return [c for c in parts if c and c != "identity"]


class Inflater:
    """Decodes one body's ``Content-Encoding`` into pieces of at most :data:`PIECE` bytes."""

    def __init__(self, content_encoding: str | None) -> None:
        codings = _codings(content_encoding)
        if len(codings) > 1:
            raise EncodingRefused(
                f"stacked Content-Encoding {', '.join(codings)!r} refused: at most one layer "
                f"of {ACCEPT_ENCODING} is decoded"
            )
        if codings and codings[0] not in _WBITS:
            raise EncodingRefused(
                f"Content-Encoding {codings[0]!r} is not decoded (asked for {ACCEPT_ENCODING})"
            )
        self.coding = codings[0] if codings else None
        self._z: Any = None
        self._head = b""  # deflate: the first two bytes decide zlib-wrapped or raw
        if self.coding in ("gzip", "x-gzip"):
            self._z = zlib.decompressobj(_WBITS[self.coding])

    def _start_deflate(self, data: bytes) -> bytes:
        """Wait for two bytes, then pick zlib-wrapped or raw deflate (servers send both)."""
        self._head += data
        if len(self._head) < 2:
            return b""
        cmf, flg = self._head[0], self._head[1]
        wrapped = cmf & 0x0F == 8 and (cmf << 8 | flg) % 31 == 0
        self._z = zlib.decompressobj(zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)
        data, self._head = self._head, b""
        return data

    def feed(self, data: bytes) -> Iterator[bytes]:
        """The decoded pieces of ``data`` (raw body bytes), made one at a time."""
        if self.coding is None:
            if data:
                yield data
            return
        pending = self._start_deflate(data) if self._z is None else data
        while self._z is not None:
            if self._z.eof:
                return  # bytes after the end of the stream are ignored, as httpx does
            try:
                out = self._z.decompress(pending, PIECE)
            except zlib.error as exc:
                raise EncodingRefused(f"corrupt {self.coding} body: {exc}") from None
            pending = self._z.unconsumed_tail
            if out:
                yield out
            if not pending and len(out) < PIECE:
                return

    def end(self) -> Iterator[bytes]:
        """Whatever the decoder still holds once the body has ended."""
        if self._head:
            raise EncodingRefused(f"corrupt {self.coding} body: one byte long")
        if self._z is None:
            return
        yield from self.feed(b"")
        try:
            rest = self._z.flush()
        except zlib.error as exc:
            raise EncodingRefused(f"corrupt {self.coding} body: {exc}") from None
        if rest:
            yield rest
