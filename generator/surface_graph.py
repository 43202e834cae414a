"""The named schemas of a surface walk as a graph: read lazily, and grouped into cycles.

The surface walk (``generator.surface``) flattens each named schema once and pastes the result
wherever it is referenced, which is only right where the flattening cannot meet a schema the walk
is already inside (it would then stop there with a ``recursive`` mark). That is so exactly when no
schema being walked lies in the same strongly connected component of the reference graph as the
schema met, so this module finds those components (Tarjan's algorithm, iterative, started lazily
from the schemas a walk reaches: a 10 MB document's unreached schemas cost nothing).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

from generator.scc import components

REF_PREFIXES = ("#/$defs/", "#/components/schemas/")


def ref_name(ref: Any) -> str | None:
    """The schema name a local ``$ref`` string names, or None."""
    if isinstance(ref, str):
        for prefix in REF_PREFIXES:
            if ref.startswith(prefix):
                return ref[len(prefix) :]
    return None


def _refs_below(node: Any) -> Iterator[str]:
    """Every ``$ref`` string anywhere below node (an over-approximation of what a walk follows)."""
    todo = [node]
    while todo:
        item = todo.pop()
        if isinstance(item, dict):
            ref = item.get("$ref")
            if isinstance(ref, str):
                yield ref
            todo.extend(v for v in item.values() if isinstance(v, dict | list))
        elif isinstance(item, list):
            todo.extend(v for v in item if isinstance(v, dict | list))


class SchemaGraph:
    """Named schemas by name (each prepared once, on first use) and their reference cycles."""

    def __init__(self, raw: Mapping[str, Any], prepare: Callable[[str, Any], Any]) -> None:
        self._raw = raw
        self._prepare = prepare
        self._ready: dict[str, Any] = {}
        self._edges: dict[str, list[str]] = {}
        self._component: dict[str, int] = {}
        self._index: dict[str, int] = {}
        self._size: dict[int, int] = {}

    def __contains__(self, name: str) -> bool:
        return name in self._raw

    def schema(self, name: str) -> Any:
        """The prepared schema of name (which must be in the graph)."""
        found = self._ready.get(name)
        if found is None:
            found = self._ready[name] = self._prepare(name, self._raw[name])
        return found

    def edges(self, name: str) -> list[str]:
        """The named schemas name refers to, anywhere in its body."""
        found = self._edges.get(name)
        if found is None:
            names = (ref_name(r) for r in _refs_below(self.schema(name)))
            found = self._edges[name] = sorted({n for n in names if n is not None and n in self})
        return found

    def component(self, name: str) -> int:
        """The id of name's strongly connected component (schemas reaching each other)."""
        found = self._component.get(name)
        if found is None:
            self._tarjan(name)
            found = self._component[name]
        return found

    def cyclic(self, name: str) -> bool:
        """Whether name is in a cycle of two or more named schemas (mutual recursion)."""
        return self._size[self.component(name)] > 1

    def _tarjan(self, root: str) -> None:
        """Label every component reachable from root (id: the index of its entry node)."""
        for members in components(root, self.edges, self._index):
            ident = self._index[members[-1]]
            for member in members:
                self._component[member] = ident
            self._size[ident] = len(members)


__all__ = ["REF_PREFIXES", "SchemaGraph", "ref_name"]
