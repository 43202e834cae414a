"""The fast reading of a spec: a Rust YAML 1.2 parser (yaml-rs) builds the data, no positions.

PyYAML with libyaml's C loader still builds a Python node per scalar and resolves every one in
Python: most of the time to read a large document. ``yaml_rs`` reads the same text ten times as
fast into the same data (YAML 1.2 core schema, timestamps kept as strings, duplicate keys refused,
alias expansion capped). Lines are found only when a problem is reported (``locate``).

The exact loader (``load``) still reads whatever this one might read differently: aliases, merge
keys, tags, several documents, ``1_000``-style numbers, complex keys, and anything yaml-rs refuses
(the exact loader then says where and why). Keys YAML reads as numbers are written as their
canonical text (``200``; ``0x10`` would be ``16``, the one place the readings differ).

JSON (a document opening with ``{``) is read by the standard library's C decoder
(``fast_json``), duplicate keys, ``NaN``, lone surrogates and nesting past the loader's limit
left to the exact loader; its lines are not given by indentation, so the exact loader finds them
the first time a problem needs one (``SourceFile.line_of``).
"""

from __future__ import annotations

import json
import re
from typing import Any

import yaml_rs  # type: ignore[import-untyped,unused-ignore]

from gateway_runtime.loading import MAX_DEPTH, deeper_than

_STARTS_VALUE = frozenset(":-[,{?")


def _at_value_start(text: str, offset: int) -> bool:
    """Whether a value (or key) may begin at offset: a line's start, after ``- ``/``: ``/``[``/``,``."""
    before = text[max(0, offset - 200) : offset].rstrip(" \t")
    return not before or before[-1] == "\n" or before[-1] in _STARTS_VALUE


_ALIAS = re.compile(r"\*[^\s,\[\]{}*]+[ \t]*(?:$|[,\]}])", re.M)
_TAG = re.compile(r"![^\s=]*[ \t]")
_MERGE = re.compile(r"<<[ \t]*:")
_UNDERSCORED = re.compile(r"_\d")
_NUMBER_1_1 = re.compile(r"[-+]?\d+(?:_\d+)+")
_QUESTION = re.compile(r"\?(?:[ \t]|$)", re.M)
_KEY_INDICATOR_LEAD = re.compile(r"[ \t]*(?:-[ \t]+)*")


def _has_complex_key(text: str) -> bool:
    """Whether a line (after the first) opens with ``? `` (after indentation and ``- ``s): the
    question marks are found first, each line's start checked then (a pattern anchored at
    every line start is slow on megabytes)."""
    for match in _QUESTION.finditer(text):
        start = text.rfind("\n", 0, match.start()) + 1
        if start > 0 and _KEY_INDICATOR_LEAD.fullmatch(text, start, match.start()):
            return True
    return False


_MARKER = re.compile(r"^(?:---|\.\.\.)(?:\s|$)", re.M)


def _exact_only(text: str) -> bool:
    """Whether text has a construct only the exact loader reads as intended (searched by a literal
    character first: a pattern anchored at every line start is slow on megabytes)."""
    for pattern, mark in ((_ALIAS, "*"), (_TAG, "!"), (_MERGE, "<<")):
        if mark in text:
            for match in pattern.finditer(text):
                if _at_value_start(text, match.start()):
                    return True
    for match in _UNDERSCORED.finditer(text):
        begin = match.start()
        while begin > 0 and (text[begin - 1].isdigit() or text[begin - 1] in "_+-"):
            begin -= 1
        end = match.end()
        while end < len(text) and (text[end].isdigit() or text[end] == "_"):
            end += 1
        number = _NUMBER_1_1.fullmatch(text, begin, end)
        if number and _at_value_start(text, begin) and text[end : end + 1] in ("", "\n", " ", ","):
            return True
    if _has_complex_key(text):
        return True
    markers = text.startswith(("---", "...")) or "\n---" in text or "\n..." in text
    return markers and _MARKER.search(text) is not None


def key_text(key: Any) -> str:
    """A mapping key the fast loader read as no string, as the exact loader reads it: a number
    as written canonically (``200``), ``true``/``false``/``null``; complex keys are refused."""
    if isinstance(key, bool):
        return "true" if key else "false"
    if key is None:
        return "null"
    if isinstance(key, int | float):
        return str(key)
    raise ValueError(f"a mapping key must be a plain value, not {type(key).__name__}")


class _NotPlain(ValueError):
    """JSON the exact loader reads differently (a duplicate key, ``NaN``)."""


def _unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        raise _NotPlain("duplicate key")
    return out


def _no_constant(name: str) -> Any:
    raise _NotPlain(name)


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _has_lone_surrogate(data: Any) -> bool:
    """Whether a string in data holds half of a surrogate pair (the exact loader refuses it)."""
    try:
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def fast_json(text: str) -> Any:
    """The data of JSON text as the exact loader reads it, or None when only it may read it
    (invalid JSON, for its message; a duplicate key; ``NaN``; a lone surrogate; deep nesting)."""
    body = text.lstrip("\ufeff \t\r\n")
    if not body.startswith("{"):
        return None
    try:
        data = json.loads(body, object_pairs_hook=_unique, parse_constant=_no_constant)
    except (ValueError, RecursionError):  # invalid JSON too: the exact loader says where
        return None
    if not isinstance(data, dict) or deeper_than(data, MAX_DEPTH):
        return None
    if "\\u" in body and _SURROGATE_ESCAPE.search(body) and _has_lone_surrogate(data):
        return None
    return data


def fast_data(text: str) -> Any:
    """The data of text as the exact loader reads it, but for keys that are no strings (``200``:
    the bundler writes each as ``key_text``), or None when only the exact loader may read it."""
    if text.lstrip("\ufeff \t\r\n").startswith("{") or _exact_only(text):
        return None  # JSON (its lines are not found by indentation) or a construct of the above
    try:
        data = yaml_rs.loads(text.lstrip("\ufeff"), parse_datetime=False)
    except Exception:  # any refusal: the exact loader reports it, with its place
        return None
    return data if isinstance(data, dict) else None


__all__ = ["fast_data", "fast_json", "key_text"]
