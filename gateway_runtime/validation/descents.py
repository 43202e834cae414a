"""How many checks one member of the payload can cost, through alternatives that descend into it.

jsonschema-rs evaluates a schema as a tree and remembers nothing between branches: when two
``anyOf``/``oneOf`` alternatives both hold ``properties: {p: X}``, the member ``p`` is checked
against ``X`` twice, and if ``X`` does the same one level down, ``2**depth`` times (depth 14:
seconds, with every failing branch's errors kept; 40: never ends). The in-place count of
:mod:`.conjunctions` sees one check per value there, so this adds the descents: the checks at the
deepest place of the payload one check of a node can lead to, per member name (a member is reached
by the ``properties`` entry of its name, the ``patternProperties`` that match it, else
``additionalProperties``/``unevaluatedProperties``) and for array items. Sums over the paths to
one member, and the most over members: an upper bound that is exact for the usual shapes (a
recursive tree costs one check per node, whatever its depth), capped just above the bound.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Any

from .graph import post_order

__all__ = ["BUDGET", "descent_costs", "where_bound_crossed"]

_ANY = "\x00any"  # a member no `properties` entry names
_ITEM = "\x00item"  # an item of an array
_REST = "\x00rest"  # a member no `properties` entry names and no pattern matches
_GENERIC = frozenset((_ANY, _REST, _ITEM))
_DESCENDING = frozenset(
    "properties patternProperties additionalProperties unevaluatedProperties prefixItems items "
    "unevaluatedItems contains".split()
)


def _escape(key: Any) -> str:
    return str(key).replace("~", "~0").replace("/", "~1")


@lru_cache(maxsize=4096)
def _pattern(text: str) -> re.Pattern[str] | None:
    try:
        return re.compile(text)
    except (re.error, RecursionError, OverflowError):
        return None


def _matches(pattern: str, name: str) -> bool:
    """Whether ``name`` may match ``pattern`` (a pattern Python cannot read matches all)."""
    compiled = _pattern(pattern)
    return compiled is None or compiled.search(name) is not None


class _Descents:
    """The member/item subschemas of one node, by the label of what they check."""

    __slots__ = ("any_member", "contains", "items", "named", "patterns", "prefix")

    def __init__(self, node: Mapping[str, Any], p: str, nodes: Mapping[str, Any]) -> None:
        def here(*tokens: Any) -> str | None:
            pointer = p + "".join(f"/{_escape(t)}" for t in tokens)
            return pointer if pointer in nodes else None

        props = node.get("properties")
        self.named = {
            str(k): q
            for k in (props if isinstance(props, Mapping) else ())
            if (q := here("properties", k)) is not None
        }
        pats = node.get("patternProperties")
        self.patterns = [
            (str(k), q)
            for k in (pats if isinstance(pats, Mapping) else ())
            if (q := here("patternProperties", k)) is not None
        ]
        # a member matched by no pattern: additionalProperties, else unevaluatedProperties
        rest = "additionalProperties" if "additionalProperties" in node else "unevaluatedProperties"
        self.any_member = here(rest) if rest in node else None
        prefix = node.get("prefixItems")
        self.prefix = (
            [here("prefixItems", i) or "" for i in range(len(prefix))]
            if isinstance(prefix, list)
            else []
        )
        rest_items = "items" if "items" in node else "unevaluatedItems"
        self.items = here(rest_items) if rest_items in node else None
        self.contains = here("contains")

    def slot(self, label: str) -> list[str]:
        """Subschemas a member named ``label`` (or an item, or an undeclared member) meets."""
        if label.startswith(_ITEM):  # item N (an index past every prefixItems: _ITEM)
            index = int(label[len(_ITEM) :] or len(self.prefix))
            first = self.prefix[index] if index < len(self.prefix) else self.items
            return [q for q in (first, self.contains) if q]
        rest = [self.any_member] if self.any_member is not None else []
        patterns = [q for _, q in self.patterns]
        if label == _ANY:  # a name matching every pattern (then no additionalProperties)
            return patterns or rest
        if label == _REST:  # a name matching no pattern
            return rest
        named = self.named.get(label)
        matching = [q for pat, q in self.patterns if _matches(pat, label)]
        if named is not None:
            return [named, *matching]
        return matching or rest


Table = dict[str, dict[str, int]]  # label -> {subschema one level down: paths to it}

BUDGET = 500_000
"""Most entries the count's tables may hold. A large graph of schemas that reach each other in
place (a 10 MB document of 27,000 mutually recursive schemas) would make them quadratic in the
document (over 20 GB): past this the count gives up and only the in-place count bounds it. The
level-by-level walk over the tables gives up past ``20 * BUDGET`` steps the same way, keeping
what it counted so far."""


class _TooLarge(Exception):
    """The tables would pass ``BUDGET``."""


def _tables(
    nodes: Mapping[str, Any], in_place: Callable[[str], list[str]], again: Callable[[Any], int]
) -> dict[str, Table]:
    """Per node, what its value's members are checked against, through its in-place members."""
    own = {
        p: _Descents(n, p, nodes)
        for p, n in nodes.items()
        if isinstance(n, dict) and not _DESCENDING.isdisjoint(n)
    }
    closures: dict[str, dict[str, int]] = {}  # node -> {node descending in place: paths to it}
    size = 0
    for p in _order(nodes, in_place):
        mine = {p: 1} if p in own else {}
        factor = again(nodes[p])
        for q in in_place(p):
            for y, n in closures.get(q, {}).items():
                if y != p:
                    mine[y] = mine.get(y, 0) + factor * n
        if mine:
            closures[p] = mine
            size += len(mine)
            if size > BUDGET:
                raise _TooLarge
    tables: dict[str, Table] = {}
    for p, closure in closures.items():
        items = set(_GENERIC)
        for y in closure:
            items.update(f"{_ITEM}{i}" for i in range(len(own[y].prefix)))
        labels = items.union(*(own[y].named for y in closure))
        table: Table = {}
        for y, n in closure.items():
            d = own[y]
            # a name y does not declare meets only y's patterns or additionalProperties
            wanted = labels if d.patterns or d.any_member else d.named.keys() | items
            for label in wanted:
                for q in d.slot(label):
                    slot = table.setdefault(label, {})
                    slot[q] = slot.get(q, 0) + n
                    size += 1
            if size > BUDGET:
                raise _TooLarge
        if table:
            tables[p] = table
    return tables


def descent_costs(
    nodes: Mapping[str, Any],
    in_place: Callable[[str], list[str]],
    again: Callable[[Any], int],
    cost: dict[str, int],
    limit: int,
    depth: int = 300,
) -> dict[str, int]:
    """Per pointer, the most checks one check of the node leads to at any one place of a payload.

    ``cost`` is the in-place count (checks at the node's own value), ``in_place(p)`` the
    subschemas applied to the same value, ``again(node)`` how often the engine runs them.
    Counted level by level down to ``depth`` (the deepest payload validated against a recursive
    schema); values are capped at ``limit``. Past :data:`BUDGET` the in-place count is
    returned as it is (descents not counted: as before this count existed).
    """
    try:
        tables = _tables(nodes, in_place, again)
    except _TooLarge:
        return dict(cost)
    users: dict[str, set[str]] = {}
    for p, t in tables.items():
        for slot in t.values():
            for x in slot:
                users.setdefault(x, set()).add(p)
    best = dict(cost)
    level = {p: v for p, v in cost.items() if p in users}  # checks at the value itself
    seen: list[dict[str, int]] = []
    work = 0
    for _ in range(depth):
        todo = {p for x in level for p in users.get(x, ())}
        nxt: dict[str, int] = {}
        for p in todo:
            most = 0
            work += sum(len(slot) for slot in tables[p].values())
            if work > 20 * BUDGET:
                return best
            for slot in tables[p].values():
                total = sum(n * level.get(x, 0) for x, n in slot.items())
                most = max(most, min(limit, total))
            if most:
                nxt[p] = most
                if most > best.get(p, 1):
                    best[p] = most
        if not nxt or nxt in seen:
            break  # nothing deeper, or the same counts again: nothing can grow any more
        seen.append(nxt)
        del seen[:-4]
        level = nxt
    return best


def _deps(p: str, in_place: Callable[[str], list[str]], d: _Descents | None) -> list[str]:
    """In-place members and member/item subschemas of a node."""
    if d is None:
        return []
    out = list(in_place(p))
    out += d.named.values()
    out += [q for _, q in d.patterns]
    if d.any_member is not None:
        out.append(d.any_member)
    out += [q for q in (*d.prefix, d.items, d.contains) if q]
    return out


def where_bound_crossed(
    nodes: Mapping[str, Any], in_place: Callable[[str], list[str]], g: Mapping[str, int], limit: int
) -> str:
    """The node of highest cost none of whose members costs as much (shortest such pointer).

    Costs are capped at ``limit``, so the highest is shared by everything above where a schema
    first exceeds the bound; this names that place rather than the document's root.
    """
    top = max(g.values(), default=1)
    at_top = [p for p, v in g.items() if v == top]
    if top < limit:  # under the bound: the node of highest cost is the answer
        return min(at_top, key=lambda p: (len(p), p), default="")
    for p in sorted(at_top, key=lambda p: (len(p), p)):
        node = nodes.get(p)
        d = _Descents(node, p, nodes) if isinstance(node, dict) else None
        if all(g.get(q, 1) < top for q in _deps(p, in_place, d) if q != p):
            return p
    return min(at_top, key=lambda p: (len(p), p), default="")


def _order(nodes: Mapping[str, Any], in_place: Callable[[str], list[str]]) -> list[str]:
    """Nodes in-place members first, cycles cut where met."""

    def deps(p: str) -> list[str]:
        return [q for q in in_place(p) if q in nodes] if isinstance(nodes[p], dict) else []

    done: dict[str, None] = {}
    post_order(list(nodes), deps, done, lambda _p, _deps: None, lambda _p: None)
    return list(done)
