"""What a request asks for and what an answer's fields mean, read from names, types and prose.

The simulator answers like the gateway would: as many outputs as the request's count field asks
(``n: 4``: four images; Qingbo's group mode), outputs of the media kind its mode or model names
(``mode: frames_to_video``: an MP4), and answer strings that mean what their field says (a
``created_at`` is a time, an ``id`` an id, a ``media_type`` the kind that was made), never the
field's own name.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from collections.abc import Mapping
from typing import Any, Literal

__all__ = [
    "MAX_COUNT",
    "MEDIA_MARK",
    "Kind",
    "count_field",
    "fill_media",
    "kind_of",
    "media_field",
    "media_mark",
    "media_value",
    "request_kind",
    "requested_count",
    "string_for",
]

Kind = Literal["image", "video", "audio"]
MAX_COUNT = 16  # a simulated answer never carries more outputs than this
MEDIA_MARK = "\x00sim-media:"

_COUNT_NAMES = re.compile(
    r"^(n|num|count|number|quantity|batch_?size|samples?|num_?samples|"
    r"(num|number)_?(of_?)?(images|outputs|results|videos|generations|pictures)|"
    r"(image|output|video|result)_?(count|num|number)|max_?images)$",
    re.IGNORECASE,
)
_COUNT_PROSE = re.compile(
    r"number of (images|outputs|results|videos)|生成[数數]量|[张張]数|组图|組圖"
)
_VIDEO = (
    *("video", "mp4", "movie", "runway", "pika", "luma", "kling", "veo", "vidu", "sora"),
    *("hailuo", "seedance", "clip", "animate", "frames_to", "i2v", "t2v"),
)
_AUDIO = ("audio", "mp3", "song", "music", "suno", "udio", "speech", "tts", "voice", "wav")
_IMAGE = (
    *("image", "img", "png", "jpeg", "jpg", "photo", "picture", "thumbnail", "cover"),
    *("dall-e", "dalle", "midjourney", "flux", "seedream", "banana", "imagen", "sdxl"),
)
_TARGET = re.compile(r"(?:to|2)[_\- ]?(image|img|video|audio|speech|music)\b", re.IGNORECASE)
_KIND_FIELDS = ("mode", "type", "task_type", "taskType", "output_type", "action", "model")
_MEDIA_NAMES = re.compile(
    r"^(media|mime|content|file|output)_?type$|^(media|mime|content|file)Type$", re.IGNORECASE
)
_TIME_NAME = re.compile(
    r"(^|_)(at|time|timestamp|date)$|[a-z](At|Time|Timestamp|Date)$|"
    r"^(created|updated|modified|expires?|finished|started|completed)$"
)
_ID_NAME = re.compile(r"^(id|uuid|key)$|_(id|key)$|[a-z]Id$", re.IGNORECASE)
_MIME = {"image": "image/png", "video": "video/mp4", "audio": "audio/mpeg"}


def kind_of(*hints: str | None) -> Kind | None:
    """The media kind words in field names, binding names, modes or media types say (first wins).

    A ``…_to_video`` / ``img2video`` target beats the input kinds named before it.
    """
    for hint in hints:
        text = (hint or "").lower()
        if not text:
            continue
        target = _TARGET.findall(text)
        if target:
            word = target[-1].lower()
            return (
                "video"
                if word == "video"
                else "audio"
                if word in ("audio", "speech", "music")
                else "image"
            )
        if text.startswith(("image/", "video/", "audio/")):
            return text.split("/", 1)[0]  # type: ignore[return-value]
        if any(w in text for w in _IMAGE):
            return "image"
        if any(w in text for w in _VIDEO):
            return "video"
        if any(w in text for w in _AUDIO):
            return "audio"
    return None


def request_kind(given: Mapping[str, Any]) -> Kind | None:
    """The media kind a request asks for, from its mode, type or model (``None``: it does not say)."""
    for name in _KIND_FIELDS:
        value = given.get(name)
        if isinstance(value, str):
            kind = kind_of(value)
            if kind is not None:
                return kind
    return None


def count_field(props: Mapping[str, Any], deref: Any = lambda s: s) -> str | None:
    """The request field that says how many outputs to make (``n``), if the schema has one."""
    for name, sub in props.items():
        s = deref(sub)
        if not isinstance(s, Mapping) or s.get("type") not in ("integer", "number", None):
            continue
        prose = f"{s.get('description') or ''} {s.get('title') or ''}"
        if _COUNT_NAMES.match(str(name)) or (
            s.get("type") == "integer" and _COUNT_PROSE.search(prose.lower())
        ):
            return str(name)
    return None


def requested_count(props: Mapping[str, Any], given: Mapping[str, Any], deref: Any) -> int:
    """How many outputs the request asks for (1 when it does not say), at most ``MAX_COUNT``."""
    name = count_field(props, deref)
    value = given.get(name) if name is not None else None
    if isinstance(value, bool) or not isinstance(value, int | float):
        return 1
    return max(1, min(MAX_COUNT, int(value)))


def media_field(name: str) -> bool:
    """Whether a field holds a media type or kind (``media_type``, ``mimeType``, ``file_type``)."""
    return bool(_MEDIA_NAMES.match(name))


def media_value(schema: Mapping[str, Any], kind: Kind) -> str:
    """The value of a media field for ``kind``: a listed value naming it, a kind word where the
    document's prose lists kinds (Buble's ``image / video / audio``), else a MIME type."""
    enum = schema.get("enum")
    if isinstance(enum, list) and enum:
        return next((str(v) for v in enum if kind in str(v).lower()), str(enum[0]))
    prose = " ".join(
        str(x) for x in (schema.get("description"), *(schema.get("examples") or ())) if x
    ).lower()
    words = sum(w in prose for w in ("image", "video", "audio"))
    if words >= 2 and not re.search(r"(image|video|audio)/[a-z]", prose):
        return kind
    return _MIME[kind]


def string_for(name: str, schema: Mapping[str, Any], now: float) -> str | None:
    """A string that means what the field says (a time, an id, a media type), or ``None``."""
    prose = str(schema.get("description") or "").lower()
    if _TIME_NAME.search(name) or "iso 8601" in prose or "iso8601" in prose:
        return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(now))
    if _ID_NAME.search(name):
        return "sim-" + hashlib.sha256(name.encode()).hexdigest()[:12]
    if media_field(name):
        return media_value(schema, "image")
    return None


def media_mark(schema: Mapping[str, Any]) -> str:
    """A template placeholder for a media field, filled per answer by :func:`fill_media`."""
    keep = {k: schema[k] for k in ("enum", "description", "examples") if k in schema}
    return MEDIA_MARK + json.dumps(keep, ensure_ascii=False)


def fill_media(value: Any, kind: Kind) -> Any:
    """``value`` with every media placeholder set to ``kind`` in its field's style."""
    if isinstance(value, str) and value.startswith(MEDIA_MARK):
        return media_value(json.loads(value[len(MEDIA_MARK) :]), kind)
    if isinstance(value, dict):
        return {k: fill_media(v, kind) for k, v in value.items()}
    if isinstance(value, list):
        return [fill_media(v, kind) for v in value]
    return value
