"""Strongly connected components of a graph of named schemas (Tarjan's algorithm, iteratively).

Schemas reach each other through ``$ref``; mutually recursive ones form one component. Used by
the surface's schema graph (which models are recursive) and by the diff's fingerprints (a cycle
is hashed as one unit). Iterative because reference chains may be thousands long; the standard
library has no SCC (``graphlib`` refuses cycles) and networkx would be a heavy dependency for
thirty lines.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

__all__ = ["components"]


def components(
    root: str, edges: Callable[[str], Sequence[str]], index: dict[str, int]
) -> Iterator[list[str]]:
    """Each component reachable from ``root``, as it closes: after every component it reaches.

    ``index`` records the visited nodes and is shared between calls: nodes indexed by an earlier
    call are closed already and are not entered again. A component's last member is the one
    through which the walk entered it.
    """
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    work: list[tuple[str, int]] = [(root, 0)]
    while work:
        name, at = work.pop()
        if at == 0:
            index[name] = low[name] = len(index)
            stack.append(name)
            on_stack.add(name)
        out = edges(name)
        while at < len(out):
            nxt = out[at]
            at += 1
            if nxt not in index:
                work.append((name, at))
                work.append((nxt, 0))
                break
            if nxt in on_stack:
                low[name] = min(low[name], index[nxt])
        else:
            if low[name] == index[name]:
                members: list[str] = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    members.append(member)
                    if member == name:
                        break
                yield members
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[name])
