"""Which request fields take a media file's URL, and the gateway's own upload endpoint.

A field is a media field when the spec says so (``x-media: image`` or ``{kind, inline}`` on the
property) or, without that, when its name says it holds a URL (``image_urls``, ``videoUrl``) or a
frame (``start_frame``) and its name or description names a media kind. Fields about other URLs
(``callback_url``, ``notify_hook``) name no kind and are left alone; ``x-media: false`` opts a
field out. ``inline`` (what the document accepts instead of a URL) comes from ``x-media`` or
from the description mentioning a data URL or base64.

``x-upload`` (document level) names the operation that stores a file and returns its URL; the
clients upload a ``Path`` or bytes given to a media field through it before the call.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

__all__ = ["catalog_entries", "media_entry", "upload_entry"]

_URL_NAME = re.compile(r"(url|uri|link)s?$", re.IGNORECASE)
_FRAME_NAME = re.compile(r"^(start|end|first|last|tail|head)_?frame", re.IGNORECASE)
_KINDS = (
    ("video", re.compile(r"video|视频|視頻", re.IGNORECASE)),
    ("audio", re.compile(r"audio|music|song|voice|sound|音频|音頻|音乐", re.IGNORECASE)),
    ("image", re.compile(r"image|img|photo|picture|frame|mask|图|圖", re.IGNORECASE)),
)
_NOT_MEDIA = re.compile(r"callback|webhook|notify|hook|redirect|base_?url", re.IGNORECASE)


def _kind(*texts: str) -> str | None:
    for text in texts:
        for kind, pattern in _KINDS:
            if pattern.search(text):
                return kind
    return None


def _string_or_list(prop: Mapping[str, Any], items: Any) -> tuple[bool, bool]:
    """(takes strings, is a list of them)."""
    kind = prop.get("type")
    if kind == "string" or (isinstance(kind, list) and "string" in kind):
        return True, False
    if kind == "array" and isinstance(items, Mapping) and items.get("type") == "string":
        return True, True
    return False, False


def media_entry(name: str, prop: Mapping[str, Any], items: Any = None) -> dict[str, Any] | None:
    """The runtime's ``media_fields`` entry for a body property, or ``None``.

    ``prop`` is the resolved property schema, ``items`` its resolved ``items`` schema.
    """
    declared = prop.get("x-media")
    if declared is False:
        return None
    strings, is_list = _string_or_list(prop, items)
    if isinstance(declared, str):
        declared = {"kind": declared}
    if isinstance(declared, Mapping):
        return {
            "kind": str(declared.get("kind") or "any"),
            "inline": declared.get("inline"),
            "list": is_list,
        }
    if not strings or prop.get("format") == "binary" or _NOT_MEDIA.search(name):
        return None
    if not (_URL_NAME.search(name) or _FRAME_NAME.match(name)):
        return None
    prose = str(prop.get("description") or "")
    kind = _kind(name) or (_kind(prose) if _URL_NAME.search(name) else None)
    if kind is None:
        return None
    lowered = prose.lower()
    inline = (
        "data-url"
        if "data:" in lowered or "data url" in lowered
        else "base64"
        if "base64" in lowered
        else None
    )
    return {"kind": kind, "inline": inline, "list": is_list}


def upload_entry(data: Mapping[str, Any], ops: Mapping[str, Any]) -> dict[str, Any] | None:
    """The runtime's ``upload`` entry from ``x-upload`` (``None`` without one)."""
    ext = data.get("x-upload")
    if not isinstance(ext, Mapping):
        return None
    operation = str(ext.get("operation"))
    body = (ops.get(operation) or {}).get("body") or {}
    binary = list(body.get("binary_fields") or ())
    return {
        "operation": operation,
        "file_field": ext.get("file-field") or (binary[0] if binary else "file"),
        "url": ext.get("url") or "/url",
        "kind_field": ext.get("kind-field"),
    }


def catalog_entries(data: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The runtime's ``catalog``: endpoints named by the document but not made operations."""
    out = []
    for item in data.get("x-catalog") or ():
        if isinstance(item, Mapping) and item.get("name"):
            out.append(
                {
                    "name": str(item["name"]),
                    "method": item.get("method"),
                    "path": item.get("path"),
                    "state": item.get("state", "named-only"),
                }
            )
    return out
