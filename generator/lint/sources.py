"""Source ids cited by operations, task bindings, envelopes and rules are declared in x-gateway."""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from typing import Any

from generator.lint.context import SpecContext
from generator.problems import escape_pointer_token
from generator.validate import as_dict

Found = tuple[str, str, str]


def _cited(value: Any, at: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield at, value
    elif isinstance(value, list):
        for i, item in enumerate(value):
            if isinstance(item, str):
                yield f"{at}/{i}", item


def _citations(ctx: SpecContext) -> Iterator[tuple[str, str]]:
    for op in ctx.operations.values():
        yield from _cited(op.data.get("x-source"), f"{op.pointer}/x-source")
        for i, rule in enumerate(op.data.get("x-rules") or []):
            yield from _cited(as_dict(rule).get("source"), f"{op.pointer}/x-rules/{i}/source")
    for key in ("x-tasks", "x-error-envelopes"):
        for name, entry in as_dict(ctx.data.get(key)).items():
            at = f"/{key}/{escape_pointer_token(str(name))}/source"
            yield from _cited(as_dict(entry).get("source"), at)
    for i, entry in enumerate(ctx.data.get("x-catalog") or []):
        yield from _cited(as_dict(entry).get("source"), f"/x-catalog/{i}/source")


def check(ctx: SpecContext) -> Iterator[Found]:
    """Every cited source is a declared id or a URL."""
    sources = as_dict(ctx.data.get("x-gateway")).get("sources") or []
    declared = sorted({str(as_dict(s).get("id")) for s in sources if as_dict(s).get("id")})
    for pointer, cited in _citations(ctx):
        if cited in declared or cited.startswith(("http://", "https://")):
            continue
        close = difflib.get_close_matches(cited, declared, n=1, cutoff=0.6)
        hint = (
            f"; did you mean {close[0]!r}?"
            if close
            else f"; declared: {', '.join(declared) or 'none'}"
        )
        yield (
            "source-undeclared",
            pointer,
            f"source {cited!r} is not declared in x-gateway.sources{hint}",
        )


__all__ = ["check"]
