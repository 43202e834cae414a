"""The status words of each task binding: distinct, and complete against the poll reply's enum."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.lint.context import SpecContext
from generator.problems import escape_pointer_token, split_pointer
from generator.validate import as_dict, resolve_local

Found = tuple[str, str, str]
KINDS = ("success", "failure", "canceled", "pending", "unknown")


def _enum_at(
    data: dict[str, Any], schema: Any, tokens: list[str], depth: int = 0
) -> list[Any] | None:
    """The enum of the field at tokens (united over branches), or None when it has none."""
    hops = 0
    while isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and hops < 32:
        try:
            schema = resolve_local(data, schema["$ref"])
        except KeyError:
            return None
        hops += 1
    if not isinstance(schema, dict) or depth > 32:
        return None
    if not tokens:
        if isinstance(schema.get("enum"), list):
            return list(schema["enum"])
        if "const" in schema:
            return [schema["const"]]
        branches = [
            _enum_at(data, s, [], depth + 1)
            for k in ("oneOf", "anyOf", "allOf")
            for s in schema.get(k) or []
        ]
        found = [b for b in branches if b is not None]
        if not found:
            return None
        return [v for b in found for v in b]
    head, rest = tokens[0], tokens[1:]
    candidates: list[Any] = []
    props = as_dict(schema.get("properties"))
    if head in props:
        candidates.append(props[head])
    if (head.isdigit() or head == "*") and isinstance(schema.get("items"), dict):
        candidates.append(schema["items"])
    for key in ("oneOf", "anyOf", "allOf"):
        results = [_enum_at(data, s, tokens, depth + 1) for s in schema.get(key) or []]
        for result in results:
            if result is not None:
                return result
    for candidate in candidates:
        result = _enum_at(data, candidate, rest, depth + 1)
        if result is not None:
            return result
    return None


def _norm(word: Any, insensitive: bool) -> Any:
    return word.lower() if insensitive and isinstance(word, str) else word


def check(ctx: SpecContext) -> Iterator[Found]:
    """Words in two lists (or twice in one), and enum values of the status no list names."""
    for name, binding in as_dict(ctx.data.get("x-tasks")).items():
        binding = as_dict(binding)
        at = "/x-tasks/" + escape_pointer_token(str(name))
        insensitive = binding.get("status-case") == "insensitive"
        seen: dict[Any, str] = {}
        for kind in KINDS:
            for i, word in enumerate(binding.get(kind) or []):
                key = _norm(word, insensitive)
                if key in seen:
                    yield (
                        "task-status-duplicate",
                        f"{at}/{kind}/{i}",
                        f"status {word!r} is listed in {seen[key]} and in {kind}; a word means one outcome",
                    )
                else:
                    seen[key] = kind
        if not binding.get("success") or not binding.get("failure"):
            missing = "success" if not binding.get("success") else "failure"
            yield (
                "task-status-incomplete",
                at,
                f"no {missing} status words: wait() cannot tell when the task {'succeeded' if missing == 'success' else 'failed'}",
            )
        poll, status = binding.get("poll"), binding.get("status")
        if not (isinstance(poll, str) and isinstance(status, str)):
            continue
        enums = [_enum_at(ctx.data, s, split_pointer(status)) for s in ctx.responses(poll, True)]
        values = [v for e in enums if e is not None for v in e]
        if not values:
            continue
        known = {_norm(v, insensitive) for v in values if v is not None}
        for value in sorted({v for v in values if v is not None}, key=str):
            if _norm(value, insensitive) not in seen:
                yield (
                    "task-status-incomplete",
                    f"{at}/status",
                    f"status value {value!r} of the reply of {poll} is in no list (success, failure, canceled, pending, unknown)",
                )
        for word, kind in seen.items():
            if word not in known:
                yield (
                    "task-status-undocumented",
                    f"{at}/{kind}",
                    f"status {word!r} ({kind}) is not a value of {status} in the reply of {poll} (values: {', '.join(map(str, sorted(known, key=str)))})",
                )


__all__ = ["check"]
