"""Reading a response body under a deadline and a size cap: the I/O half of :class:`~._flow.Send`.

httpx resets its read timeout with every chunk, so a body that drips forever would carry a call
past any deadline; here every chunk is checked against the call's deadline (``wait()``'s one
deadline), so a read overshoots it by at most one read timeout. JSON and text bodies stop at the
client's ``max_response_bytes`` (``Content-Length`` is checked before reading); binary bodies are
read as they come. The loop is written twice (sync, async) because it is the I/O itself.
"""

from __future__ import annotations

import time

import httpx

from ._media import is_binary

__all__ = ["BodyTooLarge", "hand_back_unread", "read_async", "read_sync"]


class BodyTooLarge(Exception):
    """A body passed the size cap (turned into ``ResponseTooLargeError`` by the request flow)."""

    def __init__(self, size: int, cap: int, response: httpx.Response) -> None:
        super().__init__(f"response body of {size}+ bytes exceeds the cap of {cap} bytes")
        self.size = size
        self.cap = cap
        self.response = response


def hand_back_unread(response: httpx.Response, stream: bool) -> bool:
    """Whether a reply goes back unread: a success the flow asked to read itself (``stream``)."""
    return stream and response.is_success


def _cap_for(response: httpx.Response, cap: int | None) -> int | None:
    return None if is_binary(response.headers.get("content-type")) else cap


def _check_length(response: httpx.Response, cap: int | None) -> None:
    if cap is None:
        return
    try:
        length = int(response.headers.get("content-length", ""))
    except ValueError:
        return
    if length > cap:
        raise BodyTooLarge(length, cap, response)


def _deadline_passed(response: httpx.Response) -> httpx.ReadTimeout:
    return httpx.ReadTimeout(
        "deadline passed while reading the response body", request=response.request
    )


def _add(chunks: list[bytes], chunk: bytes, size: int, cap: int | None, r: httpx.Response) -> int:
    size += len(chunk)
    if cap is not None and size > cap:
        raise BodyTooLarge(size, cap, r)
    chunks.append(chunk)
    return size


def read_sync(response: httpx.Response, deadline: float | None, cap: int | None) -> None:
    """Read ``response``'s body (decoded) into ``response.content``, or raise; always closes."""
    cap = _cap_for(response, cap)
    try:
        _check_length(response, cap)
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size = _add(chunks, chunk, size, cap, response)
            if deadline is not None and time.monotonic() > deadline:
                raise _deadline_passed(response)
        # What httpx's own Response.read() does once the stream is consumed.
        response._content = b"".join(chunks)
    finally:
        response.close()


async def read_async(response: httpx.Response, deadline: float | None, cap: int | None) -> None:
    """Async :func:`read_sync`."""
    cap = _cap_for(response, cap)
    try:
        _check_length(response, cap)
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.aiter_bytes():
            size = _add(chunks, chunk, size, cap, response)
            if deadline is not None and time.monotonic() > deadline:
                raise _deadline_passed(response)
        response._content = b"".join(chunks)
    finally:
        await response.aclose()
