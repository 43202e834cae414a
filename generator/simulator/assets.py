"""Files the simulator serves as task outputs: a real PNG for images, small stand-ins otherwise.

Images are generated (a gradient whose colours come from the file name) so a downloaded result
opens in any viewer. Videos and audio are stand-ins with the right media type and magic bytes
(an MP4 ``ftyp`` box, an ID3 header), not playable media.
"""

from __future__ import annotations

import hashlib
import struct
import zlib

__all__ = ["MEDIA_TYPES", "guess_extension", "render"]

MEDIA_TYPES = {
    ".png": "image/png",
    ".mp4": "video/mp4",
    ".mp3": "audio/mpeg",
    ".json": "application/json",
    ".txt": "text/plain",
}
_VIDEO = ("video", "mp4", "runway", "pika", "luma", "kling", "veo", "vidu", "clip")
_AUDIO = ("audio", "mp3", "song", "music", "suno", "udio", "speech", "wav")


def guess_extension(*hints: str | None) -> str:
    """File extension for an output, from field names, binding name or media type (first wins)."""
    for hint in hints:
        text = (hint or "").lower()
        if not text:
            continue
        if (
            "image" in text
            or "png" in text
            or "jpeg" in text
            or "thumbnail" in text
            or "cover" in text
        ):
            return ".png"
        if any(word in text for word in _VIDEO):
            return ".mp4"
        if any(word in text for word in _AUDIO):
            return ".mp3"
    return ".png"


def extension_of(media_type: str) -> str:
    """Extension for a declared media type (``image/*`` → .png)."""
    mt = media_type.lower()
    if mt.startswith("video/"):
        return ".mp4"
    if mt.startswith("audio/"):
        return ".mp3"
    return ".png"


def _png(name: str, size: int = 128) -> bytes:
    seed = hashlib.sha256(name.encode()).digest()
    r0, g0, b0, r1, g1, b1 = seed[:6]
    # A diagonal gradient: a pixel's colour depends on x + y only, so each row is a slice of
    # one run of 2 * size - 1 colours (a hundred times faster than pixel by pixel; a benchmark
    # downloading 10,000 images was waiting on this).
    span = 2 * size - 2
    run = b"".join(
        bytes((int(r0 + (r1 - r0) * t), int(g0 + (g1 - g0) * t), int(b0 + (b1 - b0) * t)))
        for t in (d / span for d in range(span + 1))
    )
    rows = b"".join(b"\x00" + run[3 * y : 3 * (y + size)] for y in range(size))  # filter: none

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(bytes(rows), 6))
        + chunk(b"IEND", b"")
    )


def render(name: str) -> tuple[bytes, str]:
    """The bytes and media type of the served file ``name`` (its extension decides the kind)."""
    ext = "." + name.rsplit(".", 1)[-1] if "." in name else ".png"
    media = MEDIA_TYPES.get(ext, "application/octet-stream")
    if ext == ".png":
        return _png(name), media
    if ext == ".mp4":
        ftyp = b"ftypisom\x00\x00\x02\x00isomiso2mp41"
        return struct.pack(">I", len(ftyp) + 4) + ftyp + struct.pack(">I", 8) + b"free", media
    if ext == ".mp3":
        return b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"\xff\xfb\x90\x00" + b"\x00" * 413, media
    return name.encode(), media
