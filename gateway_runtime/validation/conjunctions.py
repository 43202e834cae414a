"""allOf diamonds made linear, and a bound on what alternatives cost, before the engine compiles.

jsonschema-rs evaluates a schema as a tree: a base that several ``allOf`` parents share is checked
once per path to it, so a chain where each level is ``allOf: [A, B]`` and both refer to the next
level costs ``2**depth`` checks per value (depth 20: seconds; 30: never ends). Published documents
compose bases that way. :func:`flatten_conjunctions` rewrites each such node into one ``allOf``
list of distinct members: conjunction is associative and idempotent, so what is accepted and
refused does not change, and ``unevaluatedProperties``/``unevaluatedItems`` see the same members
evaluated (a node carrying them, or an ``x-message``, is kept whole as one member).

Alternatives (``anyOf``/``oneOf``) cannot be merged that way: every branch may have to run.
:func:`expansion` counts the checks one value can cost; :data:`MAX_EXPANSION` bounds it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import unquote

from .descents import descent_costs, where_bound_crossed
from .graph import post_order
from .problems import canon
from .schema import _LISTS, _MAPS, _SINGLE, ANNOTATIONS, SCOPED

__all__ = ["MAX_EXPANSION", "bounded_form", "costs", "expansion", "flatten_conjunctions"]

MAX_EXPANSION = 5_000
"""Most subschema checks one value may cost (each path through in-place applicators counts)."""

# A node with these depends on its own allOf/$ref members (or names the problems below it).
_WHOLE = frozenset(("unevaluatedProperties", "unevaluatedItems", "x-message"))
_NOT_OWN = frozenset(("allOf", "$ref", "$defs", "definitions"))
# In-place applicators: they check the same value again (descending ones move to a member).
_IN_PLACE_LISTS = ("allOf", "anyOf", "oneOf")
_IN_PLACE_SINGLE = ("not", "if", "then", "else")
_SATURATE = 1 << 62

Leaf = tuple[str, str]  # ("own" | "whole", pointer), or ("false", "")


class _Bail(Exception):
    """The document uses something the rewrite does not prove equivalent: keep it as written."""


def _escape(key: Any) -> str:
    return str(key).replace("~", "~0").replace("/", "~1")


def _children(node: Mapping[str, Any], pointer: str) -> Iterator[tuple[str, Any]]:
    """(pointer, subschema) of each subschema directly under ``node``."""
    for key, value in node.items():
        here = f"{pointer}/{_escape(key)}"
        if key in _MAPS and isinstance(value, dict):
            for name, sub in value.items():
                yield f"{here}/{_escape(name)}", sub
        elif (key in _LISTS or key in _SINGLE) and isinstance(value, list):
            for i, sub in enumerate(value):
                yield f"{here}/{i}", sub
        elif key in _SINGLE:
            yield here, value


def _index(root: Any) -> dict[str, Any]:
    """Every subschema by JSON pointer; bails on scoped identifiers and refs it cannot follow."""
    nodes: dict[str, Any] = {}
    refs: list[str] = []
    stack = [("", root)]
    while stack:
        pointer, node = stack.pop()
        nodes[pointer] = node
        if not isinstance(node, dict):
            continue
        if SCOPED & node.keys():  # a $ref may not mean its pointer: keep the document as written
            raise _Bail
        if "$ref" in node:
            refs.append(_target(node["$ref"]))
        stack.extend(_children(node, pointer))
    for target in refs:
        if target not in nodes or "/allOf/" in f"{target}/":
            raise _Bail  # a reference into a list the rewrite replaces, or to a non-schema
    return nodes


def _target(ref: Any) -> str:
    if not isinstance(ref, str) or not ref.startswith("#"):
        raise _Bail
    pointer = unquote(ref[1:])
    if pointer and not pointer.startswith("/"):
        raise _Bail
    return pointer


class _Flattener:
    """Plans and writes the rewrite of one document (see :func:`flatten_conjunctions`)."""

    def __init__(self, root: Mapping[str, Any], nodes: dict[str, Any]) -> None:
        self.root = root
        self.nodes = nodes
        self.members: dict[str, list[str]] = {}
        self.leaves: dict[str, tuple[tuple[Leaf, ...], int]] = {}
        self.inner: dict[str, tuple[Leaf, ...]] = {}
        self.keys: dict[Leaf, Any] = {}
        self.defs: dict[Leaf, str] = {}
        self.new_defs: dict[str, Any] = {}

    # -- planning -----------------------------------------------------------------------------

    def _members(self, p: str) -> list[str]:
        found = self.members.get(p)
        if found is None:
            found = self.members[p] = _conjunct_members(self.nodes, p)
        return found

    def _expands(self, p: str) -> bool:
        node = self.nodes[p]
        return isinstance(node, dict) and not (_WHOLE & node.keys()) and bool(self._members(p))

    def _deps(self, p: str) -> list[str]:
        return self._members(p) if self._expands(p) else []

    def _collect(self, p: str) -> tuple[tuple[Leaf, ...], int]:
        """Distinct conjuncts of the node's ``$ref`` and ``allOf``, and the paths to them."""
        found: dict[Any, Leaf] = {}
        paths = 0
        for q in self._members(p):
            leaves, count = self.leaves[q]
            paths = min(paths + count, _SATURATE)
            for leaf in leaves:
                found.setdefault(leaf, leaf)  # by place here; by content when written
        return tuple(found.values()), paths

    def _combine(self, p: str, _deps: list[str]) -> tuple[tuple[Leaf, ...], int]:
        node = self.nodes[p]
        if node is True:
            return (), 0
        if node is False:
            return (("false", ""),), 1
        if not self._expands(p):
            return (("whole", p),), 1
        inner, paths = self._collect(p)
        if any(k not in ANNOTATIONS and k not in _NOT_OWN for k in node):
            return (("own", p), *inner), paths + 1
        return inner, paths

    def _key(self, leaf: Leaf) -> Any:
        """Equal keys for conjuncts that say the same (same place, or the same JSON)."""
        key = self.keys.get(leaf)
        if key is None:
            kind, p = leaf
            node: Any = False if kind == "false" else self.nodes[p]
            if kind == "own":
                node = {k: v for k, v in node.items() if k not in _NOT_OWN}
            key = self.keys[leaf] = canon(node)
        return key

    def plan(self) -> dict[str, tuple[Leaf, ...]]:
        """Nodes whose conjuncts are reached by more paths than there are conjuncts."""
        post_order(list(self.nodes), self._deps, self.leaves, self._combine, self._cycle)
        rewrite: dict[str, tuple[Leaf, ...]] = {}
        for p in self.nodes:
            if self._members(p):
                inner, paths = self._collect(p)
                if paths > len(inner):
                    rewrite[p] = inner
        return rewrite

    @staticmethod
    def _cycle(_p: str) -> None:
        raise _Bail  # allOf/$ref leading back to itself: the engine's own business

    # -- writing ------------------------------------------------------------------------------

    def write(self, rewrite: dict[str, tuple[Leaf, ...]]) -> Any:
        defs = self.root.get("$defs", {})
        if not isinstance(defs, Mapping):
            raise _Bail
        self.rewrite = rewrite
        self.taken = set(defs)
        out = self._build(self.root, "")
        if self.new_defs:
            out["$defs"] = {**out.get("$defs", {}), **self.new_defs}
        return out

    def _build(self, node: Any, p: str, own_only: bool = False) -> Any:
        if not isinstance(node, dict):
            return node
        flat = self.rewrite.get(p)
        out: dict[str, Any] = {}
        for key, value in node.items():
            if (flat is not None or own_only) and key in ("allOf", "$ref"):
                continue
            if own_only and key in ("$defs", "definitions"):
                continue
            here = f"{p}/{_escape(key)}"
            if key in _MAPS and isinstance(value, dict):
                out[key] = {k: self._build(v, f"{here}/{_escape(k)}") for k, v in value.items()}
            elif (key in _LISTS or key in _SINGLE) and isinstance(value, list):
                out[key] = [self._build(v, f"{here}/{i}") for i, v in enumerate(value)]
            elif key in _SINGLE:
                out[key] = self._build(value, here)
            else:
                out[key] = value
        if flat is not None and not own_only:
            distinct: dict[Any, Leaf] = {}
            for leaf in flat:
                distinct.setdefault(self._key(leaf), leaf)
            out["allOf"] = [self._member(leaf) for leaf in distinct.values()]
        return out

    def _member(self, leaf: Leaf) -> Any:
        kind, p = leaf
        if kind == "false":
            return False
        if kind == "whole" and "/allOf/" not in f"{p}/":
            return {"$ref": "#" + p}
        name = self.defs.get(leaf)
        if name is None:
            name = self._name()
            self.defs[leaf] = name
            self.new_defs[name] = self._build(self.nodes[p], p, own_only=kind == "own")
        return {"$ref": f"#/$defs/{_escape(name)}"}

    def _name(self) -> str:
        i = len(self.new_defs)
        while f"allOf-{i}" in self.taken:
            i += 1
        self.taken.add(f"allOf-{i}")
        return f"allOf-{i}"


_UNEVALUATED = ("unevaluatedProperties", "unevaluatedItems")


def _drop_redundant_unevaluated(root: Mapping[str, Any], nodes: dict[str, Any]) -> Any:
    """``root`` without the ``unevaluated*`` keywords a conjunct already applies in place.

    A ``$ref``/``allOf`` conjunct that has ``unevaluatedProperties`` and passes has evaluated
    every member, so the same keyword on the node above can never fail (nor add to what is
    evaluated). jsonschema-rs re-evaluates below each such keyword: a chain of them costs
    ``2**depth``; dropping the redundant ones leaves one per value.
    """
    drop: dict[str, list[str]] = {}
    for keyword in _UNEVALUATED:
        below: dict[str, bool] = {}  # the keyword on the node or on one of its conjuncts

        def members(p: str) -> list[str]:
            return _conjunct_members(nodes, p)

        def has(p: str, ms: list[str], key: str = keyword, seen: dict[str, bool] = below) -> bool:
            node = nodes[p]
            return (isinstance(node, dict) and key in node) or any(seen.get(m) for m in ms)

        post_order(list(nodes), members, below, has, lambda _p: None)
        for p, node in nodes.items():
            if isinstance(node, dict) and keyword in node:
                if any(below.get(m) for m in members(p)):
                    drop.setdefault(p, []).append(keyword)
    if not drop:
        return root
    return _Copy(nodes, drop).copy(root, "")


class _Copy:
    """A copy of a document with keywords dropped, schemas blanked and ``$ref`` members inlined.

    ``drop``: keywords to leave out, per node pointer. ``blank``: pointers whose schema becomes
    ``true``. ``inline``: ``allOf`` member pointers (a bare ``$ref``) replaced by a copy of the
    target with some of its member/item schemas ``true`` (pointers relative to the target); a
    target being copied is not inlined again below itself (the ``$ref`` stays).
    """

    def __init__(
        self,
        nodes: dict[str, Any],
        drop: dict[str, list[str]] | None = None,
        blank: frozenset[str] = frozenset(),
        inline: dict[str, tuple[str, frozenset[str]]] | None = None,
    ) -> None:
        self.nodes = nodes
        self.drop = drop or {}
        self.blank = blank
        self.inline = inline or {}
        self.active: set[str] = set()

    def copy(self, node: Any, p: str, extra: frozenset[str] = frozenset()) -> Any:
        if p in self.blank or p in extra:
            return True
        hit = self.inline.get(p)
        if hit is not None and hit[0] not in self.active:
            target, relative = hit
            self.active.add(target)
            try:
                return self.copy(
                    self.nodes[target], target, frozenset(f"{target}/{r}" for r in relative)
                )
            finally:
                self.active.discard(target)
        if not isinstance(node, dict):
            return node
        gone = self.drop.get(p, ())
        out: dict[str, Any] = {}
        for key, value in node.items():
            here = f"{p}/{_escape(key)}"
            if key in gone:
                continue
            if key in _MAPS and isinstance(value, dict):
                out[key] = {
                    k: self.copy(v, f"{here}/{_escape(k)}", extra) for k, v in value.items()
                }
            elif (key in _LISTS or key in _SINGLE) and isinstance(value, list):
                out[key] = [self.copy(v, f"{here}/{i}", extra) for i, v in enumerate(value)]
            elif key in _SINGLE:
                out[key] = self.copy(value, here, extra)
            else:
                out[key] = value
        return out


def _repeated_member_schemas(
    nodes: dict[str, Any],
) -> tuple[frozenset[str], dict[str, tuple[str, frozenset[str]]]]:
    """Member/item schemas an earlier conjunct of the same ``allOf`` already applies.

    In ``allOf: [{properties: {p: X}}, {properties: {p: X}}]`` the second ``X`` adds nothing
    but a second walk of the member (``2**depth`` walks when ``X`` does the same one level
    down); as ``true`` it still marks ``p`` evaluated, so ``unevaluated*`` sees the same. The
    conjuncts are the node's own keywords and its ``allOf`` members: inline ones are blanked in
    place (used nowhere else: references into ``allOf`` lists are refused); a bare ``$ref``
    member is inlined as a copy of its target with the repeats blanked (the target itself is
    shared and stays). ``items`` only where the earlier one starts no later (its
    ``prefixItems`` no longer). Nodes with an ``x-message`` keep their walk.
    Returns (pointers to blank, inlined members).
    """
    blank: set[str] = set()
    inline: dict[str, tuple[str, frozenset[str]]] = {}
    for p, node in nodes.items():
        members = node.get("allOf") if isinstance(node, dict) else None
        if not isinstance(members, list) or "x-message" in node:
            continue
        seen: set[Any] = set()
        items_seen: list[tuple[Any, int]] = []
        conjuncts: list[tuple[str, dict[str, Any], str | None]] = [(p, node, None)]
        for i, member in enumerate(members):
            where = f"{p}/allOf/{i}"
            target = _bare_target(nodes, member)
            if target is not None and not f"{p}/".startswith(f"{target}/"):
                conjuncts.append((where, nodes[target], target))
            elif isinstance(member, dict) and "x-message" not in member:
                conjuncts.append((where, member, None))
        for where, conjunct, target in conjuncts:
            repeats: list[str] = []
            for keyword in ("properties", "patternProperties"):
                named = conjunct.get(keyword)
                if not isinstance(named, dict):
                    continue
                for name, sub in named.items():
                    if sub is True:
                        continue
                    key = (keyword, name, canon(sub))
                    if key in seen:
                        repeats.append(f"{keyword}/{_escape(name)}")
                    seen.add(key)
            items = conjunct.get("items")
            if not (items is None or items is True or isinstance(items, list)):
                prefix = conjunct.get("prefixItems")
                start = len(prefix) if isinstance(prefix, list) else 0
                key = canon(items)
                if any(k == key and s <= start for k, s in items_seen):
                    repeats.append("items")
                items_seen.append((key, start))
            if repeats and target is None:
                blank.update(f"{where}/{r}" for r in repeats)
            elif repeats and target is not None:
                inline[where] = (target, frozenset(repeats))
    return frozenset(blank), inline


def _bare_target(nodes: dict[str, Any], member: Any) -> str | None:
    """The pointer a bare ``{"$ref": ...}`` member leads to (through bare chains), if a node."""
    target = None
    for _ in range(32):
        if not (isinstance(member, dict) and set(member) == {"$ref"}):
            break
        target = _target(member["$ref"])
        member = nodes.get(target)
    if target is None or not isinstance(member, dict) or "x-message" in member:
        return None
    return target


def _conjunct_members(nodes: dict[str, Any], p: str) -> list[str]:
    """Pointers of the node's ``$ref`` target and ``allOf`` members."""
    node = nodes[p]
    if not isinstance(node, dict):
        return []
    out = [_target(node["$ref"])] if "$ref" in node else []
    members = node.get("allOf")
    if isinstance(members, list):
        out += [f"{p}/allOf/{i}" for i in range(len(members))]
    return out


def flatten_conjunctions(root: Any) -> Any:
    """``root`` with every ``allOf`` that reaches a conjunct by several paths made one flat list.

    Members are the distinct conjuncts (same place or same JSON) in first-seen order, each a
    ``$ref`` to its place or to a new ``$defs`` entry (``allOf-N``) holding a node's own keywords
    without its ``allOf``/``$ref``. Documents without such a node come back unchanged (the same
    object); so do documents with ``$id``/anchors/dynamic refs or references into ``allOf`` lists.
    """
    return bounded_form(root)[0]


def bounded_form(root: Any) -> tuple[Any, int, str]:
    """:func:`flatten_conjunctions` of ``root`` and its :func:`expansion`, in one reading."""
    if not isinstance(root, dict):
        return root, 1, ""
    try:
        nodes = _index(root)
    except _Bail:
        return root, 1, ""
    result: Any = root
    try:
        if any(
            isinstance(n, dict) and not n.keys().isdisjoint(_UNEVALUATED) for n in nodes.values()
        ):
            result = _drop_redundant_unevaluated(root, nodes)
            nodes = _index(result)
        blank, inline = _repeated_member_schemas(nodes)
        if blank or inline:
            result = _Copy(nodes, blank=blank, inline=inline).copy(result, "")
            nodes = _index(result)
        flattener = _Flattener(result, nodes)
        rewrite = flattener.plan()
        if rewrite:
            result = flattener.write(rewrite)
    except _Bail:
        result = root
    if result is not root:
        try:
            nodes = _index(result)
        except _Bail:
            return root, 1, ""
    return (result, *_expansion(nodes))


def _again(node: Any) -> int:
    """How often the engine runs a node's in-place subschemas (``unevaluated*`` runs them again)."""
    if not isinstance(node, dict):
        return 1
    return 1 + sum(1 for k in _UNEVALUATED if k in node)


def expansion(root: Any) -> tuple[int, str]:
    """The most checks one value can cost, walking in-place applicators as a tree, and where.

    Capped just above :data:`MAX_EXPANSION`. Documents it cannot follow count as ``(1, "")``.
    """
    try:
        return _expansion(_index(root))
    except _Bail:
        return 1, ""


def costs(root: Any) -> dict[str, int]:
    """:func:`expansion` of every subschema, by JSON pointer (empty if it cannot be followed)."""
    try:
        nodes = _index(root)
    except _Bail:
        return {}
    return _costs(nodes)


def _expansion(nodes: dict[str, Any]) -> tuple[int, str]:
    cost = _costs(nodes)
    where = where_bound_crossed(nodes, lambda p: _in_place(nodes, p), cost, MAX_EXPANSION + 1)
    return cost.get(where, 1), where


def _costs(nodes: dict[str, Any]) -> dict[str, int]:
    known: dict[str, list[str]] = {}

    def deps(p: str) -> list[str]:
        found = known.get(p)
        if found is None:
            found = known[p] = _in_place(nodes, p)
        return found

    cost: dict[str, int] = {}
    limit = MAX_EXPANSION + 1
    post_order(
        list(nodes),
        deps,
        cost,
        lambda p, ds: min(limit, 1 + _again(nodes[p]) * sum(cost.get(d, 1) for d in ds)),
        lambda _p: None,
    )
    return descent_costs(nodes, deps, _again, cost, limit)


def _in_place(nodes: dict[str, Any], p: str) -> list[str]:
    """Pointers of the subschemas a node applies to its own value (``$ref``, combinators …)."""
    node = nodes[p]
    if not isinstance(node, dict):
        return []
    out = [_target(node["$ref"])] if "$ref" in node else []
    for key in _IN_PLACE_LISTS:
        if isinstance(node.get(key), list):
            out += [f"{p}/{key}/{i}" for i in range(len(node[key]))]
    out += [f"{p}/{key}" for key in _IN_PLACE_SINGLE if key in node]
    if isinstance(node.get("dependentSchemas"), dict):
        out += [f"{p}/dependentSchemas/{_escape(k)}" for k in node["dependentSchemas"]]
    return [d for d in out if d in nodes]
