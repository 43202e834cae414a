"""Values Python holds but JSON cannot send: NaN and Infinity, strings with lone surrogates.

``float("nan")`` is no JSON number (``json.dumps`` would write the non-JSON word ``NaN``) and a
string holding a lone surrogate (``"a\\ud800b"``, e.g. from a badly decoded file) has no UTF-8
form. Validation reports each as a payload problem at its path, and the request builder refuses
them even when validation is off, so neither reaches a gateway nor crashes the client.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

__all__ = ["MAX_DEPTH", "unsendable"]

MAX_DEPTH = 300
"""Deepest nesting walked (as validation's ``MAX_DEPTH``); deeper parts are refused elsewhere."""

_SURROGATE = re.compile("[\ud800-\udfff]")

Keys = tuple[str | int, ...]


def _surrogate(text: str) -> str | None:
    """Why ``text`` cannot be sent, or ``None``."""
    if text.isascii():
        return None
    found = _SURROGATE.search(text)
    if found is None:
        return None
    code = ord(found.group())
    return (
        f"contains a lone surrogate (U+{code:04X} at character {found.start()}), which has no "
        "UTF-8 form; decode the text correctly or remove it"
    )


def _number(value: float) -> str:
    word = "NaN" if math.isnan(value) else ("Infinity" if value > 0 else "-Infinity")
    return f"{word} is not a JSON number (JSON has no NaN or Infinity); use a finite number"


def unsendable(value: Any) -> list[tuple[Keys, str]]:
    """Every place in ``value`` that JSON cannot carry, as (keys, what is wrong), in order.

    The common case is one quick pass that builds no paths; only a value that fails it is
    walked again to locate each fault.
    """
    return [] if _fine(value) else _walk(value)


def _fine(value: Any) -> bool:
    """Whether nothing in ``value`` is NaN, infinite or a string with a lone surrogate."""
    seen: set[int] = set()
    stack = [value]
    pop, push, extend = stack.pop, stack.append, stack.extend
    while stack:
        node = pop()
        kind = type(node)
        if kind is int or kind is bool or node is None:
            continue
        if kind is not str and isinstance(node, str):
            kind = str
        if kind is str:
            if not node.isascii() and _SURROGATE.search(node) is not None:
                return False
        elif kind is float or isinstance(node, float):
            if node - node != 0.0:  # NaN and the infinities
                return False
        elif kind is dict or kind is list or isinstance(node, Mapping | list | tuple):
            if id(node) in seen:
                continue
            seen.add(id(node))
            if kind is dict or isinstance(node, Mapping):
                for key in node:
                    if type(key) is str and not key.isascii():
                        push(key)
                extend(node.values())
            else:
                extend(node)
    return True


def _walk(value: Any) -> list[tuple[Keys, str]]:
    """Dicts, lists and tuples walked iteratively, each container once; other objects (files,
    bytes, models) are somebody else's business. A member name with a lone surrogate is
    reported at its object."""
    found: list[tuple[Keys, str]] = []
    seen: set[int] = set()
    stack: list[tuple[Keys, Any]] = [((), value)]
    while stack:
        keys, node = stack.pop()
        if isinstance(node, str):
            why = _surrogate(node)
            if why is not None:
                found.append((keys, why))
        elif isinstance(node, float):
            if not math.isfinite(node):
                found.append((keys, _number(node)))
        elif len(keys) > MAX_DEPTH or id(node) in seen:
            continue
        elif isinstance(node, Mapping):
            seen.add(id(node))
            children = []
            for k, v in node.items():
                if isinstance(k, str):
                    why = _surrogate(k)
                    if why is not None:
                        found.append((keys, f"member name {k!r} {why}"))
                        continue
                children.append(((*keys, str(k)), v))
            stack.extend(reversed(children))
        elif isinstance(node, list | tuple):
            seen.add(id(node))
            stack.extend(reversed([((*keys, i), v) for i, v in enumerate(node)]))
    return found
