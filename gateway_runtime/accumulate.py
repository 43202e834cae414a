"""Fold a streamed chat completion (``chat.completion.chunk`` events) into the final completion.

Works on chunk models of any generated gateway and on plain dicts: each choice's ``delta``
pieces are joined (``content``, ``refusal``, ``reasoning_content`` concatenated; tool-call
pieces merged by ``index``, their ``arguments`` concatenated), ``finish_reason`` and ``usage``
kept from the chunk that carries them. The result has the non-streaming response's shape, so
``ChatCompletionResponse.model_validate(acc.completion())`` gives the usual model.

    acc = ChatAccumulator()
    with client.chat.completions.create(model=..., messages=..., stream=True) as stream:
        for chunk in stream:
            acc.add(chunk)
            print(acc.delta_text(chunk), end="", flush=True)
    print(acc.message["content"])
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

__all__ = ["ChatAccumulator", "accumulate_chat"]

_TEXT_FIELDS = ("content", "refusal", "reasoning_content")


def _plain(chunk: Any) -> Mapping[str, Any]:
    dump = getattr(chunk, "model_dump", None)
    data = dump(mode="json", by_alias=True, exclude_none=True) if callable(dump) else chunk
    return data if isinstance(data, Mapping) else {}


class ChatAccumulator:
    """Collects chunks with :meth:`add`; :attr:`message` / :meth:`completion` give the result."""

    def __init__(self) -> None:
        self._head: dict[str, Any] = {}
        self._choices: dict[int, dict[str, Any]] = {}
        self._usage: Any = None

    def add(self, chunk: Any) -> None:
        """Fold one chunk (model or dict) in."""
        data = _plain(chunk)
        for key in ("id", "created", "model", "system_fingerprint", "service_tier"):
            if data.get(key) is not None:
                self._head.setdefault(key, data[key])
        if data.get("usage"):
            self._usage = data["usage"]
        for choice in data.get("choices") or ():
            if isinstance(choice, Mapping):
                self._add_choice(choice)

    def _add_choice(self, choice: Mapping[str, Any]) -> None:
        index = int(choice.get("index") or 0)
        state = self._choices.setdefault(
            index, {"index": index, "message": {"role": "assistant"}, "finish_reason": None}
        )
        message: dict[str, Any] = state["message"]
        delta = choice.get("delta") or {}
        if delta.get("role"):
            message["role"] = delta["role"]
        for field in _TEXT_FIELDS:
            if isinstance(delta.get(field), str):
                message[field] = message.get(field, "") + delta[field]
        for piece in delta.get("tool_calls") or ():
            self._add_tool_call(message.setdefault("tool_calls", []), piece)
        call = delta.get("function_call")
        if isinstance(call, Mapping):
            self._merge_call(message.setdefault("function_call", {}), call)
        if choice.get("finish_reason"):
            state["finish_reason"] = choice["finish_reason"]

    @staticmethod
    def _merge_call(target: dict[str, Any], piece: Mapping[str, Any]) -> None:
        if piece.get("name"):
            target["name"] = target.get("name", "") + str(piece["name"])
        if piece.get("arguments"):
            target["arguments"] = target.get("arguments", "") + str(piece["arguments"])

    def _add_tool_call(self, calls: list[dict[str, Any]], piece: Mapping[str, Any]) -> None:
        index = int(piece.get("index") or 0)
        call = next((c for c in calls if c["index"] == index), None)
        if call is None:
            call = {"index": index, "function": {}}
            calls.append(call)
        for key in ("id", "type"):
            if piece.get(key):
                call[key] = piece[key]
        if isinstance(piece.get("function"), Mapping):
            self._merge_call(call["function"], piece["function"])

    @property
    def message(self) -> dict[str, Any]:
        """The first choice's assembled message (``role``, ``content``, ``tool_calls``...)."""
        first = self._choices.get(min(self._choices)) if self._choices else None
        return dict(first["message"]) if first else {"role": "assistant"}

    def completion(self) -> dict[str, Any]:
        """The whole result in the shape of a non-streaming ``chat.completion``."""
        result: dict[str, Any] = {
            **self._head,
            "object": "chat.completion",
            "choices": [self._choices[i] for i in sorted(self._choices)],
        }
        if self._usage is not None:
            result["usage"] = self._usage
        return result

    @staticmethod
    def delta_text(chunk: Any) -> str:
        """The new text of the first choice in one chunk ("" when it has none)."""
        choices = _plain(chunk).get("choices") or ()
        for choice in choices:
            content = (choice.get("delta") or {}).get("content")
            return content if isinstance(content, str) else ""
        return ""


def accumulate_chat(chunks: Iterable[Any]) -> dict[str, Any]:
    """Consume a (sync) chat stream and return the final completion as a dict."""
    acc = ChatAccumulator()
    for chunk in chunks:
        acc.add(chunk)
    return acc.completion()
