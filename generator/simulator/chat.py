"""Chat answers: OpenAI ``chat.completion`` bodies, and streams of server-sent events shaped by the
operation's ``x-stream`` (its event schema and end marker).

A stream is the one sentence below, word by word, in the first shape whose every event fits the
event schema: ``chat.completion.chunk``, then ``text_completion`` (``/v1/completions``), each also without
``finish_reason: null``; an event
schema that takes neither (OpenAI's Responses events) gets one event built from the schema. The
stream ends with the declared end marker (``[DONE]``), or without one when none is declared.
"""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator, Callable, Mapping
from typing import Any

from .transport import Reply

__all__ = ["TEXT", "chat_completion", "stream_reply"]

TEXT = "Hello from the gateway simulator: no key, no network, no cost."


def chat_completion(body: Mapping[str, Any], completion_id: str) -> dict[str, Any]:
    """The non-streaming answer to a chat request: the same sentence as one assistant message."""
    words = len(TEXT.split(" "))
    return {
        "id": completion_id,
        "object": "chat.completion",
        "created": int(time.time()),
        "model": str(body.get("model") or "simulator"),
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": TEXT},
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 8, "completion_tokens": words, "total_tokens": 8 + words},
    }


def stream_reply(
    body: Mapping[str, Any],
    chunk_id: str,
    *,
    done: str | None = "[DONE]",
    fits: Callable[[Any], bool] | None = None,
    fallback: Any = None,
) -> Reply:
    """The SSE answer to a request that asked to stream (``fits``: the event schema check)."""
    model = str(body.get("model") or "simulator")
    plain = [_chat_chunks(chunk_id, model), _text_chunks(chunk_id, model)]
    stripped = [[_without_null_finish(e) for e in s] for s in reversed(plain)]
    shapes = [*plain, *stripped]  # a text completion before a chat chunk without its null
    events = next(
        (s for s in shapes if fits is None or all(fits(e) for e in s)),
        [fallback] if fallback is not None else shapes[0],
    )

    async def stream() -> AsyncIterator[bytes]:
        for event in events:
            yield _sse(event)
        if done is not None:
            yield f"data: {done}\n\n".encode()

    headers = {"content-type": "text/event-stream", "cache-control": "no-cache"}
    return Reply(200, b"", headers, stream=stream())


def _pieces() -> list[str]:
    words = TEXT.split(" ")
    return [w if i == 0 else " " + w for i, w in enumerate(words)]


def _chat_chunks(chunk_id: str, model: str) -> list[dict[str, Any]]:
    out = []
    for i, piece in enumerate(_pieces()):
        delta: dict[str, Any] = {"content": piece}
        if i == 0:
            delta["role"] = "assistant"
        out.append(_chunk(chunk_id, model, "chat.completion.chunk", {"delta": delta}, None))
    out.append(_chunk(chunk_id, model, "chat.completion.chunk", {"delta": {}}, "stop"))
    return out


def _text_chunks(chunk_id: str, model: str) -> list[dict[str, Any]]:
    out = [_chunk(chunk_id, model, "text_completion", {"text": p}, None) for p in _pieces()]
    out.append(_chunk(chunk_id, model, "text_completion", {"text": ""}, "stop"))
    return out


def _chunk(
    chunk_id: str, model: str, kind: str, choice: dict[str, Any], finish: str | None
) -> dict[str, Any]:
    return {
        "id": chunk_id,
        "object": kind,
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, **choice, "finish_reason": finish}],
    }


def _without_null_finish(chunk: dict[str, Any]) -> dict[str, Any]:
    """The chunk with ``finish_reason: null`` left out (schemas that type it as a string)."""
    choices = [
        {k: v for k, v in c.items() if k != "finish_reason" or v is not None}
        for c in chunk["choices"]
    ]
    return {**chunk, "choices": choices}


def _sse(data: Any) -> bytes:
    return b"data: " + json.dumps(data, ensure_ascii=False).encode() + b"\n\n"
