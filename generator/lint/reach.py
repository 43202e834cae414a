"""Whether a JSON Pointer into a body names a place its schema describes.

``True``: some branch of the schema describes that place; ``False``: the schema describes its
members and this is none of them (the pointer is a typo or the schema is incomplete); ``None``:
the schema does not say (a free-form object, an unresolvable reference), so nothing is claimed.
"""

from __future__ import annotations

from typing import Any

from generator.problems import split_pointer
from generator.validate import resolve_local

MAX_DEPTH = 64


def _resolve(data: dict[str, Any], node: Any) -> Any:
    for _ in range(MAX_DEPTH):
        ref = node.get("$ref") if isinstance(node, dict) else None
        if not isinstance(ref, str):
            return node
        try:
            node = resolve_local(data, ref)
        except KeyError:
            return None
    return None


def _describes_members(node: dict[str, Any]) -> bool:
    if "properties" in node or "items" in node or "prefixItems" in node:
        return True
    if node.get("additionalProperties") is False:
        return True
    kind = node.get("type")
    kinds = set(kind) if isinstance(kind, list) else {kind}
    return bool(kinds) and None not in kinds and not kinds & {"object", "array"}


def reaches(data: dict[str, Any], schema: Any, tokens: list[str], depth: int = 0) -> bool | None:
    """Whether the path of tokens (``*`` for any array item) exists under schema."""
    node = _resolve(data, schema)
    if not tokens:
        return node is not None
    if not isinstance(node, dict) or depth > MAX_DEPTH:
        return None
    answers: list[bool | None] = []
    for key in ("allOf", "oneOf", "anyOf"):
        for sub in node.get(key) or []:
            answers.append(reaches(data, sub, tokens, depth + 1))
    head, rest = tokens[0], tokens[1:]
    props = node.get("properties")
    if isinstance(props, dict) and head in props:
        answers.append(reaches(data, props[head], rest, depth + 1))
    if head == "*" or head.isdigit():
        prefix = node.get("prefixItems")
        if head.isdigit() and isinstance(prefix, list) and int(head) < len(prefix):
            answers.append(reaches(data, prefix[int(head)], rest, depth + 1))
        if isinstance(node.get("items"), dict):
            answers.append(reaches(data, node["items"], rest, depth + 1))
    extra = node.get("additionalProperties")
    if isinstance(extra, dict) and not (isinstance(props, dict) and head in props):
        answers.append(reaches(data, extra, rest, depth + 1) if extra else None)
    if True in answers:
        return True
    if None in answers:
        return None
    combined = any(node.get(k) for k in ("allOf", "oneOf", "anyOf"))
    if not _describes_members(node) and not combined:
        return None
    return False


def reaches_any(data: dict[str, Any], schemas: list[Any], pointer: str) -> bool | None:
    """Whether pointer names a described place in one of schemas (None: none of them says)."""
    try:
        tokens = split_pointer(pointer)
    except ValueError:
        return False
    answers = [reaches(data, s, tokens) for s in schemas]
    if True in answers:
        return True
    if None in answers or not answers:
        return None
    return False


__all__ = ["reaches", "reaches_any"]
