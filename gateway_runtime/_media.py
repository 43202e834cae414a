"""Media types: what to ask for (``Accept``) and how to hand a reply back (JSON, text, bytes, stream).

An operation's ``Accept`` lists its declared 2xx media types; JSON is added at a lower weight when
it is not among them, because error bodies (the envelopes) are JSON. A reply is decoded by its
``Content-Type``: JSON is parsed, ``text/*`` becomes ``str``, ``text/event-stream`` stays an open
stream, anything else (audio, images, video) is ``bytes``. Binary successes of an operation that
declares binary replies count toward ``max_binary_bytes``, every other body toward
``max_response_bytes`` (see ``_body.Caps``).
"""

from __future__ import annotations

__all__ = [
    "EVENT_STREAM",
    "accept_header",
    "essence",
    "is_binary",
    "is_event_stream",
    "is_json",
    "streams",
]

EVENT_STREAM = "text/event-stream"
_JSON = "application/json"


def essence(media_type: str | None) -> str:
    """``type/subtype`` in lower case, parameters dropped (``""`` for none)."""
    return (media_type or "").split(";")[0].strip().lower()


def is_json(media_type: str | None) -> bool:
    mt = essence(media_type)
    return mt == _JSON or mt.endswith("+json")


def is_event_stream(media_type: str | None) -> bool:
    return essence(media_type) == EVENT_STREAM


def is_binary(media_type: str | None) -> bool:
    """Media types read as bytes: anything that is neither JSON, text nor a form."""
    mt = essence(media_type)
    if not mt or is_json(mt) or mt.startswith("text/"):
        return False
    return mt not in ("application/x-www-form-urlencoded", "application/xml")


def streams(media_types: tuple[str, ...]) -> bool:
    """Whether a 2xx reply is handed back unread: every declared 2xx type is an event stream."""
    return bool(media_types) and all(is_event_stream(mt) for mt in media_types)


def accept_header(media_types: tuple[str, ...]) -> str:
    """The ``Accept`` value for an operation declaring ``media_types`` for its 2xx replies."""
    declared = [mt.strip() for mt in media_types if mt and mt.strip()]
    if not declared:
        return _JSON
    if not any(is_json(mt) for mt in declared):
        declared.append(f"{_JSON};q=0.9")
    return ", ".join(dict.fromkeys(declared))
