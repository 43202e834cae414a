"""Cross-field rules (``x-rules``): ``max-sum`` / ``min-sum`` over counts and values.

JSON Schema cannot say "reference images + n <= 15"; the spec declares it as a rule and this module
checks it after the schema. Unknown rule kinds are ignored so newer specs still load.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeGuard

from .problems import Problem, format_path, num

__all__ = ["Rule", "compile_rule"]

Rule = Callable[[Any, list[Problem]], None]
_MISSING = object()
_LEAD_PATH = re.compile(r'([A-Za-z_$][\w.\[\]"$-]*):\s')


def _tokens(pointer: str) -> list[str]:
    if not pointer:
        return []
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer[1:].split("/")]


def _at(doc: Any, tokens: Sequence[str]) -> Any:
    """Value at a (tokenised) JSON pointer, or ``_MISSING``."""
    cur = doc
    for tok in tokens:
        if isinstance(cur, Mapping):
            if tok not in cur:
                return _MISSING
            cur = cur[tok]
        elif isinstance(cur, list | tuple) and tok.isdigit() and int(tok) < len(cur):
            cur = cur[int(tok)]
        else:
            return _MISSING
    return cur


def _pointer_path(pointer: str) -> str:
    return format_path([int(t) if t.isdigit() else t for t in _tokens(pointer)])


def _is_number(value: Any) -> TypeGuard[int | float]:
    return isinstance(value, int | float) and not isinstance(value, bool)


def compile_rule(rule: Mapping[str, Any]) -> Rule | None:
    """A ``max-sum``/``min-sum`` rule; unknown kinds are ignored so newer specs still load."""
    kind = rule.get("kind")
    if kind not in ("max-sum", "min-sum"):
        return None
    limit = rule.get("max" if kind == "max-sum" else "min")
    if not isinstance(limit, int | float) or isinstance(limit, bool):
        return None
    terms: list[tuple[bool, list[str], float]] = []  # (is count, pointer tokens, default)
    labels: list[str] = []
    for term in rule.get("terms") or ():
        if isinstance(term, Mapping) and "count" in term:
            terms.append((True, _tokens(str(term["count"])), 0))
            labels.append(_pointer_path(str(term["count"])))
        elif isinstance(term, Mapping) and "value" in term:
            default = term.get("default")
            terms.append(
                (False, _tokens(str(term["value"])), default if _is_number(default) else 0)
            )
            labels.append(_pointer_path(str(term["value"])))
    if not terms:
        return None
    label = " + ".join(labels)
    custom = rule.get("message")
    is_max = kind == "max-sum"
    bound = f"at most {num(limit)} allowed" if is_max else f"at least {num(limit)} required"
    allowed = f"at most {num(limit)}" if is_max else f"at least {num(limit)}"
    if isinstance(custom, str) and custom:
        named = custom.startswith(f"{label}:") or _LEAD_PATH.match(custom)
        head = custom if named else f"{label}: {custom}"
    else:
        head = ""

    def check_rule(payload: Any, out: list[Problem]) -> None:
        parts: list[float] = []
        for is_count, ptr, default in terms:
            v = _at(payload, ptr)
            if v is _MISSING or v is None:
                parts.append(0 if is_count else default)
            elif is_count:
                parts.append(len(v) if isinstance(v, list | tuple) else 1)
            elif _is_number(v):
                parts.append(v)
            else:
                return  # its type problem is already reported
        total = sum(parts)
        if (total <= limit) if is_max else (total >= limit):
            return
        sums = " + ".join(num(x) for x in parts)
        got = f"{sums} = {num(total)}" if len(parts) > 1 else num(total)
        msg = f"{head} (got {got}, {bound})" if head else f"{label}: {got}, {bound}"
        # Placed at the first term present: where the user most likely acts.
        present = [
            lab
            for (_, ptr, _), lab in zip(terms, labels, strict=True)
            if _at(payload, ptr) is not _MISSING
        ]
        out.append(Problem(present[0] if present else labels[0], f"x-rules:{kind}", msg, allowed))

    return check_rule
