"""Splitting a Server-Sent Event stream into events, each under a size cap (sans-I/O).

The fields follow the HTML standard's event-stream rules (``data``, ``event``, ``id``, ``retry``;
``:`` comments; lines ended by CRLF, LF or CR, also across reads; one leading space after the
colon dropped); events come out as ``httpx_sse.ServerSentEvent``. httpx-sse's own reader keeps
an unfinished line, and an event's ``data`` lines, in memory without limit; here the bytes of
the line being read plus the fields the event holds are counted, and :class:`EventTooLarge` is
raised as soon as they pass ``max_event_bytes`` — so one 300 MB ``data:`` line costs at most
about twice the cap.
"""

from __future__ import annotations

from httpx_sse import ServerSentEvent

__all__ = ["EventSplitter", "EventTooLarge"]


class EventTooLarge(Exception):
    """One event passed the cap (``size`` bytes so far, ``cap``)."""

    def __init__(self, size: int, cap: int) -> None:
        super().__init__(f"stream event of {size}+ bytes exceeds max_event_bytes={cap}")
        self.size = size
        self.cap = cap


class EventSplitter:
    """Feed decoded body bytes; get the complete events they finish."""

    def __init__(self, max_event_bytes: int | None) -> None:
        self.cap = max_event_bytes
        self._line = bytearray()
        self._after_cr = False
        self._held = 0  # bytes of the fields the current event holds
        self._data: list[str] = []
        self._event = ""
        self._id = ""
        self._retry: int | None = None

    def _grow(self, part: bytes) -> None:
        if not part:
            return
        self._line += part
        size = len(self._line) + self._held
        if self.cap is not None and size > self.cap:
            raise EventTooLarge(size, self.cap)

    def feed(self, data: bytes) -> list[ServerSentEvent]:
        """The events completed by ``data``."""
        if self._after_cr:
            self._after_cr = False
            if data[:1] == b"\n":
                data = data[1:]  # the LF of a CRLF split between two reads
        if b"\r" in data:
            self._after_cr = data.endswith(b"\r")
            data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        lines = data.split(b"\n")
        tail = lines.pop()  # the unfinished line (empty when data ended a line)
        events: list[ServerSentEvent] = []
        if lines and self._line:
            self._grow(lines[0])
            lines[0] = bytes(self._line)
            self._line.clear()
        cap = self.cap
        for raw in lines:
            if cap is not None and len(raw) + self._held > cap:
                raise EventTooLarge(len(raw) + self._held, cap)
            event = self._field(raw.decode("utf-8", "replace"))
            if event is not None:
                events.append(event)
        self._grow(tail)
        return events

    def _field(self, line: str) -> ServerSentEvent | None:
        if not line:
            return self._dispatch()
        if line.startswith(":"):
            return None
        name, _, value = line.partition(":")
        if value.startswith(" "):
            value = value[1:]
        if name == "data":
            self._data.append(value)
            self._held += len(value) + 1
        elif name == "event":
            self._held += len(value) - len(self._event)
            self._event = value
        elif name == "id" and "\0" not in value:
            self._id = value
        elif name == "retry" and value.isdigit():
            self._retry = int(value)
        return None

    def _dispatch(self) -> ServerSentEvent | None:
        if not self._data and not self._event and self._retry is None:
            return None
        event = ServerSentEvent(
            event=self._event or "message",
            data="\n".join(self._data),
            id=self._id,
            retry=self._retry,
        )
        self._data, self._event, self._retry, self._held = [], "", None, 0
        return event
