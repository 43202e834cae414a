"""The schema walk of the API surface: JSON Schemas flattened into ``{dotted path: facts}``.

Linear in the size of the schema graph. Each named schema met where it cannot lead back into a
schema being walked (``generator.surface_graph``) is flattened once per depth and pasted at every
place it is referenced, so a schema shared by many operations, or reached many ways, is walked
once. A schema in a cycle of two or more named schemas (mutual recursion) is never expanded in
place: the field that refers to it is marked ``"recursive": name`` and its own fields are flattened
once, as a *model* of the surface (``models``), whose changes the diff reports at the fields that
reach it. Walks are bounded in depth and size, so a 10 MB document gives a bounded surface.
"""

from __future__ import annotations

import json
from typing import Any

from generator.surface_graph import SchemaGraph, ref_name

MAX_DEPTH = 8
MAX_FIELDS = 2000
MAX_VISITS = 5_000
"""Schema nodes one flatten visits at most (a shared flattening pasted counts as its fields)."""
MAX_NESTING = 100
"""Shared flattenings worked out inside one another at most; deeper ones are worked out first
(``Flattener._settle``), so a long chain of references never exhausts Python's stack."""
MODEL_ROOT = "$"
"""The path of a model's own root in ``models``: its fields are ``$.name``, ``$[]``, ``${}``."""

# Schema keywords a caller can feel, copied as they are into a field's facts.
CONSTRAINTS = (
    "format",
    "pattern",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
    "uniqueItems",
    "minProperties",
    "maxProperties",
)

_CONSTRAINT_SET = frozenset(CONSTRAINTS)

Fields = dict[str, dict[str, Any]]


class _TooDeep(Exception):
    """A shared flattening (name, depth, enter) needed deeper than ``MAX_NESTING``."""


def join(path: str, rel: str) -> str:
    """A model's field path (``$.x``, ``$[]``) placed below the field at path."""
    tail = rel[len(MODEL_ROOT) :]
    return path + tail if path or not tail.startswith(".") else tail[1:]


class Flattener:
    """Walks JSON Schemas into fields; references resolve in one schema graph."""

    def __init__(self, schemas: SchemaGraph) -> None:
        self.schemas = schemas
        self.memo: dict[tuple[str, str], Fields] = {}
        self.shared: dict[tuple[str, int], Fields] = {}
        self.visits = MAX_VISITS
        self.stack: set[str] = set()
        self.open: dict[int, int] = {}  # component -> how many of its schemas are being walked
        self.reached: set[str] = set()  # models (schemas in cycles) marked so far
        self.nesting = 0  # shared flattenings being worked out, one inside another

    def resolve(self, node: Any) -> tuple[Any, str | None]:
        """The schema a ``$ref`` names (and that name), or the node itself."""
        name = ref_name(node.get("$ref")) if isinstance(node, dict) else None
        if name is not None and name in self.schemas:
            target = self.schemas.schema(name)
            if len(node) == 1:
                return target, name  # read only: no copy
            return {**target, **{k: v for k, v in node.items() if k != "$ref"}}, name
        return node, None

    def flatten(self, schema: Any, root: str = "") -> Fields:
        """Every field below schema, by dotted path (root is the path of schema itself).

        A bare reference is flattened once: many operations share a request or reply model.
        The result is shared, so callers must not change it.
        """
        ref = schema.get("$ref") if isinstance(schema, dict) and len(schema) == 1 else None
        if isinstance(ref, str) and (ref, root) in self.memo:
            return self.memo[(ref, root)]
        while True:
            out: Fields = {}
            self.visits = MAX_VISITS
            try:
                self._walk(schema, root, True, 0, out)
                break
            except _TooDeep as deep:  # work out the deep chain first, then walk again
                self._settle(deep)
        if isinstance(ref, str):
            self.memo[(ref, root)] = out
        return out

    def models(self) -> dict[str, Fields]:
        """The fields of every model marked so far (and of those they mark), by name."""
        done: dict[str, Fields] = {}
        while todo := sorted(self.reached - set(done)):
            for name in todo:
                self._settle(_TooDeep(name, 0, True))
                done[name] = self._flat_of(name, 0, enter=True)
        return done

    def _settle(self, first: _TooDeep) -> None:
        """Flatten the shared schema first names (from no nesting), and, before it, each deeper
        one it needs: a chain of 10,000 references costs no more stack than one of 100."""
        pending = [first]
        while pending:
            name, depth, enter = pending[-1].args
            try:
                self._flat_of(name, depth, enter)
                pending.pop()
            except _TooDeep as deeper:
                pending.append(deeper)

    def _push(self, name: str | None) -> bool:
        if name is None or name in self.stack:
            return False
        self.stack.add(name)
        ident = self.schemas.component(name)
        self.open[ident] = self.open.get(ident, 0) + 1
        return True

    def _pop(self, name: str | None, pushed: bool) -> None:
        if pushed and name is not None:
            self.stack.discard(name)
            self.open[self.schemas.component(name)] -= 1

    def _shareable(self, node: Any, path: str) -> str | None:
        """The name of a bare reference whose flattening is the same wherever it is met, or None:
        below the root, no schema of its reference cycle being walked, and no model."""
        if not path or not isinstance(node, dict) or len(node) != 1:
            return None
        name = ref_name(node.get("$ref"))
        if name is None or name not in self.schemas or self.schemas.cyclic(name):
            return None
        return None if self.open.get(self.schemas.component(name)) else name

    def _walk(self, node: Any, path: str, required: bool, depth: int, out: Fields) -> None:
        if len(out) >= MAX_FIELDS and path not in out:
            return
        self.visits -= 1
        if self.visits < 0:
            return
        shared = self._shareable(node, path)
        if shared is not None:
            self._paste(self._flat_of(shared, depth), path, required, out)
            return
        self._expand(node, path, required, depth, out)

    def _flat_of(self, name: str, depth: int, enter: bool = False) -> Fields:
        """The fields of named schema ``name`` met at depth, below the path ``$``."""
        key = (name, depth)
        found = self.shared.get(key)
        if found is None:
            if self.nesting >= MAX_NESTING:
                raise _TooDeep(name, depth, enter)
            outer, self.visits = self.visits, MAX_VISITS
            found = {}
            self.nesting += 1
            try:
                self._expand({"$ref": "#/$defs/" + name}, MODEL_ROOT, True, depth, found, enter)
            finally:
                self.nesting -= 1
                self.visits = outer
            self.shared[key] = found
        return found

    def _paste(self, fields: Fields, path: str, required: bool, out: Fields) -> None:
        """A shared flattening's fields merged in at path (each charged as a visit: the walk
        they stand for would have cost as much, and the budget bounds a walk's output)."""
        self.visits -= len(fields)
        for rel, facts in fields.items():
            if rel == MODEL_ROOT:
                _merge(out, path, {**facts, "required": required})
                continue
            full = path + rel[1:]  # path is never the root here
            if full in out:
                _merge(out, full, facts)
            elif len(out) < MAX_FIELDS:
                out[full] = facts

    def _expand(
        self,
        node: Any,
        path: str,
        required: bool,
        depth: int,
        out: Fields,
        enter: bool = False,
    ) -> None:
        node, name = self.resolve(node)
        if not isinstance(node, dict):
            if path:
                _merge(out, path, {"type": ["any"], "required": required})
            return
        if name is not None and path and not enter and self.schemas.cyclic(name):
            self.reached.add(name)  # a model: its fields are flattened once, on their own
            _merge(out, path, {**_facts(node, required), "recursive": name})
            return
        if name is not None and name in self.stack:
            _merge(out, path, {"type": ["object"], "required": required, "recursive": name})
            return
        pushed = self._push(name)
        try:
            self._expand_pushed(node, path, required, depth, out)
        finally:
            self._pop(name, pushed)

    def _expand_pushed(
        self, node: dict[str, Any], path: str, required: bool, depth: int, out: Fields
    ) -> None:
        own = _facts(node, required)
        if depth < MAX_DEPTH:
            # allOf members hold for every value: their facts fill in what the node leaves out.
            for sub in node.get("allOf") or [] if path else []:  # the root's: _walk_members
                members: Fields = {}
                self._walk(sub, path, required, depth, members)
                own = _combine(own, members.pop(path, None))
                for child, facts in members.items():
                    _merge(out, child, facts)
            # oneOf/anyOf branches are alternatives: united, then narrowed by the node's own facts.
            branches: Fields = {}
            for key in ("oneOf", "anyOf"):
                for sub in node.get(key) or []:
                    if path:
                        self._walk(sub, path, required, depth, branches)
                    else:
                        self._walk_members(sub, path, depth, branches)
            own = _combine(own, branches.pop(path, None))
            for child, facts in branches.items():
                _merge(out, child, facts)
        if path:
            _merge(out, path, own)
        if depth < MAX_DEPTH:
            self._walk_members(node, path, depth, out)

    def _walk_members(self, node: Any, path: str, depth: int, out: Fields) -> None:
        self.visits -= 1  # the root's allOf members too: a diamond chain is reached 2**n ways
        if self.visits < 0:
            return
        node, name = self.resolve(node)
        if not isinstance(node, dict):
            return
        if name is not None and name in self.stack and path:
            return
        pushed = self._push(name)
        try:
            self._members(node, path, depth, out)
        finally:
            self._pop(name, pushed)

    def _members(self, node: dict[str, Any], path: str, depth: int, out: Fields) -> None:
        required = (
            set(node.get("required") or []) if isinstance(node.get("required"), list) else set()
        )
        props = node.get("properties")
        if isinstance(props, dict):
            for key, sub in props.items():
                child = f"{path}.{key}" if path else str(key)
                self._walk(sub, child, key in required, depth + 1, out)
        items = node.get("items")
        if isinstance(items, dict):
            self._walk(items, path + "[]", True, depth + 1, out)
        extra = node.get("additionalProperties")
        if isinstance(extra, dict) and extra:
            self._walk(extra, path + "{}", False, depth + 1, out)
        if not path:
            for sub in node.get("allOf") or []:
                self._walk_members(sub, path, depth, out)


def _types(node: dict[str, Any]) -> list[str]:
    declared = node.get("type")
    if isinstance(declared, str):
        return [declared]
    if isinstance(declared, list):
        return sorted(str(t) for t in declared)
    values = node.get("enum") if isinstance(node.get("enum"), list) else None
    if "const" in node:
        values = [node["const"]]
    if values:
        names = {"bool": "boolean", "int": "integer", "float": "number", "str": "string"}
        found = {names.get(type(v).__name__, "null" if v is None else "object") for v in values}
        return sorted(found)
    if "properties" in node:
        return ["object"]
    if "items" in node:
        return ["array"]
    return ["any"]


def _facts(node: dict[str, Any], required: bool) -> dict[str, Any]:
    facts: dict[str, Any] = {"type": _types(node), "required": required}
    if isinstance(node.get("enum"), list):
        facts["enum"] = _sorted_values(node["enum"])
    if "const" in node:
        facts["enum"] = _sorted_values([node["const"]])
    if "default" in node:
        facts["default"] = node["default"]
    if not _CONSTRAINT_SET.isdisjoint(node):  # most nodes have none: skip the 14 lookups
        for key in CONSTRAINTS:
            if key in node and not isinstance(node[key], dict | list):
                facts[key] = node[key]
    if node.get("readOnly") is True:
        facts["readOnly"] = True
    if isinstance(node.get("description"), str) and node["description"].strip():
        facts["description"] = node["description"].strip()
    return facts


def _combine(own: dict[str, Any], other: dict[str, Any] | None) -> dict[str, Any]:
    """A node's own facts, completed by those of its members (own keywords take precedence)."""
    if other is None:
        return own
    combined = {k: v for k, v in other.items() if k != "required"}
    for key, value in own.items():
        if key == "type" and value == ["any"]:
            continue
        combined[key] = value
    combined["required"] = own["required"]
    return combined


def _sorted_values(values: list[Any]) -> list[Any]:
    if all(isinstance(v, str) for v in values):
        return sorted(values)
    return sorted(values, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))


_MERGED = ("default", *CONSTRAINTS, "readOnly", "description")
"""The facts of a field kept when two meetings of it agree (or only one has them), in order."""


def _merge(out: dict[str, dict[str, Any]], path: str, facts: dict[str, Any]) -> None:
    """Facts of one path met again (a oneOf variant, an allOf member): types and enums unite."""
    old = out.get(path)
    if old is None:
        out[path] = facts
        return
    types = sorted(set(old["type"]) | set(facts["type"]))
    if len(types) > 1 and "any" in types and facts.get("recursive") is None:
        types.remove("any")
    merged: dict[str, Any] = {"type": types, "required": old["required"] and facts["required"]}
    if "enum" in old and "enum" in facts:
        merged["enum"] = _united(old["enum"], facts["enum"])
    elif "enum" in old and facts["type"] == ["any"]:
        merged["enum"] = old["enum"]
    present = old.keys() | facts.keys()
    for key in _MERGED:
        if key not in present:
            continue
        if key in old and key in facts and old[key] != facts[key]:
            continue
        merged[key] = old[key] if key in old else facts[key]
    if "recursive" in present:
        named = sorted(set(marks(old)) | set(marks(facts)))
        if named:  # alternatives that are models (or recursion) are all named
            merged["recursive"] = named[0] if len(named) == 1 else named
    out[path] = merged


def _united(first: list[Any], second: list[Any]) -> list[Any]:
    """The values of two enums, each once, in the order of ``_sorted_values``."""
    if all(isinstance(v, str) for v in first) and all(isinstance(v, str) for v in second):
        return sorted(set(first) | set(second))  # the common case: no JSON needed to compare
    return _sorted_values(list({json.dumps(v, sort_keys=True): v for v in first + second}.values()))


def marks(facts: dict[str, Any]) -> list[str]:
    """The models (or recursive schemas) a field's ``recursive`` mark names: one, several, none."""
    mark = facts.get("recursive")
    return [mark] if isinstance(mark, str) else list(mark) if isinstance(mark, list) else []


__all__ = [
    "CONSTRAINTS",
    "MAX_DEPTH",
    "MAX_FIELDS",
    "MODEL_ROOT",
    "Fields",
    "Flattener",
    "join",
    "marks",
]
