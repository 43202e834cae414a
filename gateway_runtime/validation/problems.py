"""What validation reports: :class:`Problem`, its errors, and how paths and values are written.

Paths: ``$`` is the payload itself; object members are joined with ``.`` (``extra.tools``), array
items use ``[i]`` (``image_urls[3]``), keys that are not identifiers use ``["key"]``. Every message
starts with the path it is about (``prompt: required``).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import GatewayClientError

__all__ = [
    "PayloadValidationError",
    "Problem",
    "SchemaError",
    "UnknownOperationError",
    "format_path",
    "is_binary_value",
]


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a payload (or, from ``warnings()``, one thing that looks wrong).

    ``allowed`` is a list (allowed values for ``enum``/``const``, type names for ``type``, known
    fields for an unknown one) or a short text such as ``"at most 14 items"``; ``None`` if unknown.
    """

    path: str
    rule: str
    message: str
    allowed: Any = None

    def __str__(self) -> str:
        return self.message

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (the CLI's ``--json`` output)."""
        return {
            "path": self.path,
            "rule": self.rule,
            "message": self.message,
            "allowed": _jsonable(self.allowed),
        }


class SchemaError(GatewayClientError):
    """A payload schema cannot be compiled (e.g. an unresolvable ``$ref``)."""


class PayloadValidationError(GatewayClientError, ValueError):
    """A payload broke its operation's schema or rules; ``problems`` lists every one."""

    def __init__(
        self, problems: Sequence[Problem], operation: str | None = None, label: str | None = None
    ) -> None:
        self.problems: list[Problem] = list(problems)
        self.operation = operation
        """The operation id; ``label`` (the method called, e.g. ``tasks.create (createTask)``)
        names it in the message when given."""
        n = len(self.problems)
        named = label or operation
        what = f"payload for {named}" if named else "payload"
        head = f"{what} is invalid ({n} problem{'s' if n != 1 else ''}):"
        super().__init__("\n".join([head, *(f"  {p.message}" for p in self.problems)]))


class UnknownOperationError(GatewayClientError, LookupError):
    """No operation of the gateway has that id, client method name or ``"METHOD /path"``."""

    def __init__(self, name: str, gateway: str | None, suggestions: Sequence[str]) -> None:
        self.name = name
        self.gateway = gateway
        self.suggestions: list[str] = list(suggestions)
        where = f" in gateway {gateway!r}" if gateway else ""
        msg = f"unknown operation {name!r}{where}"
        if self.suggestions:
            msg += "; did you mean " + ", ".join(repr(s) for s in self.suggestions) + "?"
        super().__init__(msg)


_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


def _key_part(key: str | int, first: bool) -> str:
    if isinstance(key, int):
        return f"[{key}]"
    if _IDENT.match(key):
        return key if first else "." + key
    return "[" + json.dumps(key, ensure_ascii=False) + "]"


def format_path(keys: Sequence[str | int]) -> str:
    """Render keys as a path: ``["extra", "tools", 0]`` -> ``extra.tools[0]``; ``[]`` -> ``$``."""
    if not keys:
        return "$"
    return "".join(_key_part(k, i == 0) for i, k in enumerate(keys))


def problem(keys: Sequence[str | int], rule: str, detail: str, allowed: Any = None) -> Problem:
    """A problem at ``keys`` whose message is ``path: detail``."""
    p = format_path(keys)
    return Problem(p, rule, f"{p}: {detail}", allowed)


def show(value: Any, limit: int = 60) -> str:
    """A short rendering of a value for messages."""
    if isinstance(value, bytes | bytearray | memoryview):
        return f"<{len(value)} bytes>"
    if isinstance(value, os.PathLike):
        return f"<file {os.fspath(value)!s}>"
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError, RecursionError):
        text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def show_list(values: Sequence[Any], limit: int = 12) -> str:
    shown = ", ".join(show(v) for v in values[:limit])
    if len(values) > limit:
        shown += f", … ({len(values) - limit} more)"
    return shown


def _jsonable(value: Any) -> Any:
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    return str(value)


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {many or word + 's'}"


def num(x: Any) -> str:
    if isinstance(x, float) and x.is_integer() and abs(x) < 1e15:
        return str(int(x))
    return str(x)


def json_type(value: Any) -> str:
    """JSON type name of a Python value (or a plain description when it has none)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, Mapping):
        return "object"
    if isinstance(value, list | tuple):
        return "array"
    if isinstance(value, bytes | bytearray | memoryview):
        return "bytes"
    if isinstance(value, os.PathLike):
        return "a file"
    if hasattr(value, "read"):
        return "a file object"
    return type(value).__name__


def is_binary_value(value: Any) -> bool:
    """Whether ``value`` is something a multipart file field accepts.

    bytes-like, a ``pathlib.Path`` (any ``os.PathLike``), a binary file object (has ``read``), or a
    ``(filename, content[, content_type[, headers]])`` tuple.
    """
    if isinstance(value, bytes | bytearray | memoryview | os.PathLike):
        return True
    if isinstance(value, tuple):
        return 2 <= len(value) <= 4 and (
            isinstance(value[1], bytes | bytearray | str) or hasattr(value[1], "read")
        )
    return hasattr(value, "read") and not isinstance(value, str | Mapping)


_BOOL_TAG = object()
_LIST_TAG = object()
_DICT_TAG = object()


def canon(value: Any) -> Any:
    """A hashable key with JSON equality semantics (``True != 1``, ``1 == 1.0``)."""
    if isinstance(value, bool):
        return (_BOOL_TAG, bool(value))
    if value is None or isinstance(value, str | int | float):
        return value
    if isinstance(value, list | tuple):
        return (_LIST_TAG, tuple(canon(v) for v in value))
    if isinstance(value, Mapping):
        return (_DICT_TAG, frozenset((k, canon(v)) for k, v in value.items()))
    try:
        hash(value)
    except TypeError:
        return (id(value),)
    return value


def close_match(word: str, candidates: Sequence[str]) -> str | None:
    """The candidate within a small edit distance of ``word`` (typos: ``watermak``, ``sise``).

    Optimal string alignment distance (a swap of neighbours counts once), allowed 1 edit for 3-4
    characters, 2 up to 10, 3 beyond (none for shorter words); hand-written because it is ten lines and needs no library.
    """
    limit = 0 if len(word) <= 2 else 1 if len(word) <= 4 else 2 if len(word) <= 10 else 3
    best: tuple[int, str] | None = None
    for cand in candidates:
        if limit == 0 or cand == word or abs(len(cand) - len(word)) > limit:
            continue
        d = _osa(word, cand)
        if d <= limit and (best is None or d < best[0]):
            best = (d, cand)
    return None if best is None else best[1]


def _osa(a: str, b: str) -> int:
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[len(b)]
