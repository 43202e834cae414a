"""Streamed chat answers: OpenAI ``chat.completion.chunk`` server-sent events, then ``[DONE]``."""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator, Mapping
from typing import Any

from .transport import Reply

__all__ = ["stream_reply"]

TEXT = "Hello from the gateway simulator: no key, no network, no cost."


def stream_reply(body: Mapping[str, Any], chunk_id: str) -> Reply:
    """The SSE answer to a chat request sent with ``stream: true``."""
    model = str(body.get("model") or "simulator")

    async def events() -> AsyncIterator[bytes]:
        words = TEXT.split(" ")
        for i, word in enumerate(words):
            delta: dict[str, Any] = {"content": word if i == 0 else " " + word}
            if i == 0:
                delta["role"] = "assistant"
            yield _sse(_chunk(chunk_id, model, delta, None))
        yield _sse(_chunk(chunk_id, model, {}, "stop"))
        yield b"data: [DONE]\n\n"

    headers = {"content-type": "text/event-stream", "cache-control": "no-cache"}
    return Reply(200, b"", headers, stream=events())


def _chunk(chunk_id: str, model: str, delta: dict[str, Any], finish: str | None) -> dict[str, Any]:
    return {
        "id": chunk_id,
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }


def _sse(data: Any) -> bytes:
    return b"data: " + json.dumps(data, ensure_ascii=False).encode() + b"\n\n"
