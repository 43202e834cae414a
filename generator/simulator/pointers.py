"""JSON Pointer reads and writes on answer bodies, with ``*`` matching every array item."""

from __future__ import annotations

from typing import Any

__all__ = ["expand", "get", "put", "tokens"]


def tokens(pointer: str) -> list[str]:
    if not pointer:
        return []
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer.lstrip("/").split("/")]


def get(doc: Any, pointer: str) -> tuple[bool, Any]:
    """``(True, value)`` at ``pointer``, ``(False, None)`` when absent."""
    node = doc
    for token in tokens(pointer):
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return False, None
    return True, node


def put(doc: Any, pointer: str, value: Any) -> Any:
    """Set ``value`` at ``pointer``, creating objects/arrays on the way; returns the (new) root."""
    parts = tokens(pointer)
    if not parts:
        return value
    root: Any = doc if isinstance(doc, dict | list) else {}
    node = root
    for i, token in enumerate(parts):
        last = i == len(parts) - 1
        nxt: Any = None if last else ([] if parts[i + 1].isdigit() else {})
        if isinstance(node, list) and token.isdigit():
            index = int(token)
            while len(node) <= index:
                node.append({} if nxt is None else type(nxt)())
            if last:
                node[index] = value
            elif not isinstance(node[index], dict | list):
                node[index] = nxt
            if not last:
                node = node[index]
            continue
        if not isinstance(node, dict):
            return root  # cannot place it: the shape disagrees with the pointer
        if last:
            node[token] = value
        else:
            child = node.get(token)
            if not isinstance(child, dict | list) or (
                isinstance(child, list) != isinstance(nxt, list)
            ):
                node[token] = child = nxt
            node = child
    return root


def expand(doc: Any, pointer: str) -> list[str]:
    """Concrete pointers for ``pointer``, its ``*`` segments matched against ``doc``'s arrays."""
    out = [""]
    for token in tokens(pointer):
        nxt: list[str] = []
        for prefix in out:
            if token == "*":
                found, node = get(doc, prefix)
                count = len(node) if found and isinstance(node, list) else 0
                nxt.extend(f"{prefix}/{i}" for i in range(max(count, 1)))
            else:
                nxt.append(prefix + "/" + token.replace("~", "~0").replace("/", "~1"))
        out = nxt
    return out
