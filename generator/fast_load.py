"""The fast reading of a spec: a Rust YAML 1.2 parser (yaml-rs) builds the data, no positions.

PyYAML with libyaml's C loader still builds a Python node per scalar and resolves every one in
Python: most of the time to read a large document. ``yaml_rs`` reads the same text ten times as
fast into the same data (YAML 1.2 core schema, timestamps kept as strings, duplicate keys refused,
alias expansion capped). Lines are found only when a problem is reported (``locate``).

The exact loader (``load``) still reads whatever this one might read differently: aliases, merge
keys, tags, several documents, ``1_000``-style numbers, keys that are not plain strings or status
codes, and anything yaml-rs refuses (the exact loader then says where and why); and JSON, whose
lines the indentation does not give.
"""

from __future__ import annotations

import re
from typing import Any

import yaml_rs  # type: ignore[import-untyped,unused-ignore]

_VALUE_START = r"(?:^[ \t]*(?:-[ \t]+)?|[:\-\[,{?][ \t]+|[\[{,])"
"""Where a value (or key) may begin: a line's start, after ``- ``, ``: ``, ``[`` or ``,``."""
_EXACT_ONLY = re.compile(
    _VALUE_START + r"(?:\*[^\s,\[\]{}]+[ \t]*(?:$|[,\]}])"  # an alias
    r"|![^\s]*[ \t]"  # a tag
    r"|<<[ \t]*:"  # a merge key
    r"|[-+]?\d+(?:_\d+)+[ \t]*(?:$|[,\]}#]))"  # 1_000: a YAML 1.1 number, a string in 1.2
    r"|^(?:---|\.\.\.)(?:\s|$)",  # document markers
    re.M,
)
_STATUS_KEY = re.compile(r"\d{3}")


def _plain_keys(data: Any, budget: int) -> Any:
    """data with status-code keys (200) as the strings they were written as; None when a key
    is of another kind or the document has more than budget nodes."""
    stack = [data]
    seen = 0
    while stack:
        node = stack.pop()
        seen += 1
        if seen > budget:
            return None
        if isinstance(node, dict):
            if not all(type(k) is str for k in node):
                fixed = {}
                for key, value in node.items():
                    if type(key) is int and _STATUS_KEY.fullmatch(str(key)):
                        fixed[str(key)] = value
                    elif type(key) is str:
                        fixed[key] = value
                    else:
                        return None
                if len(fixed) != len(node):
                    return None
                node.clear()
                node.update(fixed)
            stack.extend(v for v in node.values() if isinstance(v, dict | list))
        elif isinstance(node, list):
            stack.extend(v for v in node if isinstance(v, dict | list))
    return data


def fast_data(text: str, budget: int) -> Any:
    """The data of text as the exact loader reads it, or None when only the exact loader may
    read it (see the module's docstring) or it has more than budget nodes."""
    if text.lstrip("\ufeff \t\r\n").startswith("{") or _EXACT_ONLY.search(text):
        return None  # JSON (its lines are not found by indentation) or a construct of the above
    try:
        data = yaml_rs.loads(text.lstrip("\ufeff"), parse_datetime=False)
    except Exception:  # any refusal: the exact loader reports it, with its place
        return None
    if not isinstance(data, dict):
        return None
    return _plain_keys(data, budget)


__all__ = ["fast_data"]
