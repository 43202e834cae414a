"""A children-first walk of the schema graphs the validation bound counts over, without recursion.

Shared by the allOf rewrite and both counts (``conjunctions``, ``descents``): schema graphs may be
thousands of references deep, past Python's recursion limit, and may contain cycles.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["post_order"]


def post_order(
    starts: list[str],
    deps: Callable[[str], list[str]],
    done: dict[str, Any],
    combine: Callable[[str, list[str]], Any],
    on_cycle: Callable[[str], None],
) -> None:
    """Compute ``done[p] = combine(p, deps(p))`` children first, without recursion.

    A node reached again below itself is reported to ``on_cycle`` and left out of its own deps.
    """
    grey: set[str] = set()
    stack: list[tuple[str, bool]] = [(s, False) for s in reversed(starts)]
    while stack:
        p, ready = stack.pop()
        if p in done:
            continue
        if ready:
            grey.discard(p)
            done[p] = combine(p, deps(p))
            continue
        if p in grey:  # reached again below itself
            on_cycle(p)
            continue
        grey.add(p)
        stack.append((p, True))
        stack.extend((d, False) for d in reversed(deps(p)) if d not in done)
