"""Schema preparation and static reading, for the engine and for messages.

``normalize`` turns OpenAPI-isms into JSON Schema 2020-12 before the engine sees them;
``close_objects`` makes the variant that finds unknown keys; :class:`SchemaDoc` answers the
questions messages need (what does this ``$ref`` point at, how do I say this ``if`` in words).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import unquote

from .problems import canon, format_path, show_list

__all__ = [
    "ANNOTATIONS",
    "SCOPED",
    "SchemaDoc",
    "close_objects",
    "is_recursive",
    "normalize",
    "prune_definitions",
    "reaches",
    "scoped_keywords",
]

# Keywords that never fail (annotations, OpenAPI decorations).
ANNOTATIONS = frozenset(
    "title description default examples example deprecated readOnly writeOnly $comment $schema "
    "$id $anchor $defs definitions discriminator xml externalDocs contentEncoding "
    "contentMediaType contentSchema x-message nullable".split()
)
# Keywords whose value is a map of name -> subschema, and those holding a list of subschemas.
_MAPS = frozenset("properties patternProperties $defs definitions dependentSchemas".split())
_LISTS = frozenset("allOf anyOf oneOf prefixItems".split())
_SINGLE = frozenset(
    "items additionalProperties not if then else contains propertyNames unevaluatedProperties "
    "unevaluatedItems additionalItems contentSchema".split()
)
_VALUES = frozenset("enum const default examples example required x-examples".split())
SCOPED = frozenset("$id $anchor $dynamicRef $dynamicAnchor $recursiveRef $recursiveAnchor".split())
"""Keywords that give a schema a name other than its JSON pointer, or resolve a reference by
something other than one (2019-09 and 2020-12: the dialects checked with the 2020-12 engine).
Where one occurs, a ``$ref`` may not mean the place its pointer names: rewrites keep out."""
_DRAFT4_SCOPED = SCOPED | {"id"}  # draft 4 spells $id "id"; in 2020-12 it is an unknown keyword


def scoped_keywords(dialect: str) -> frozenset[str]:
    """:data:`SCOPED` as ``dialect`` (an :func:`normalize` dialect) spells it."""
    return _DRAFT4_SCOPED if dialect == "draft4" else SCOPED


def normalize(schema: Any, dialect: str, direction: str | None = None) -> Any:
    """A copy of ``schema`` the engine reads the way OpenAPI means it.

    Always: ``nullable: true`` adds ``null``; boolean ``exclusiveMinimum``/``exclusiveMaximum``
    (OpenAPI 3.0) become numbers; draft-7 ``dependencies`` split into ``dependentRequired`` and
    ``dependentSchemas``. ``dialect="openapi-3.0"``: siblings of ``$ref`` are dropped, as 3.0
    ignores them. ``direction="request"`` forbids ``readOnly`` properties (the server sets them),
    ``"response"`` forbids ``writeOnly`` ones. ``dialect="draft4"`` leaves the schema as written.
    """
    if dialect == "draft4":
        return schema
    banned = {"request": "readOnly", "response": "writeOnly"}.get(direction or "")
    return _normalize(schema, dialect == "openapi-3.0", banned)


def _normalize(schema: Any, ref_alone: bool, banned: str | None) -> Any:
    if not isinstance(schema, Mapping):
        return schema
    if ref_alone and "$ref" in schema:  # 3.0: siblings of $ref are ignored (definitions kept)
        schema = {k: v for k, v in schema.items() if k in ("$ref", "$defs", "definitions")}
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key in _MAPS and isinstance(value, Mapping):
            out[key] = {k: _normalize(v, ref_alone, banned) for k, v in value.items()}
        elif key in _LISTS and isinstance(value, list):
            out[key] = [_normalize(v, ref_alone, banned) for v in value]
        elif key in _SINGLE:
            out[key] = (
                [_normalize(v, ref_alone, banned) for v in value]
                if isinstance(value, list)
                else _normalize(value, ref_alone, banned)
            )
        else:
            out[key] = value
    if isinstance(out.get("items"), list):  # draft 4-2019 tuple form
        out["prefixItems"] = out.pop("items")
        if "additionalItems" in out:
            out["items"] = out.pop("additionalItems")
    if out.get("nullable") is True:
        kind = out.get("type")
        if isinstance(kind, str):
            out["type"] = [kind, "null"]
        elif isinstance(kind, list) and "null" not in kind:
            out["type"] = [*kind, "null"]
        if isinstance(out.get("enum"), list) and None not in out["enum"]:
            out["enum"] = [*out["enum"], None]
        if kind is None and "enum" not in out:
            rest = {k: v for k, v in out.items() if k != "nullable"}
            out = {"anyOf": [rest, {"type": "null"}]}
    for bound, exclusive in (("minimum", "exclusiveMinimum"), ("maximum", "exclusiveMaximum")):
        flag = out.get(exclusive)
        if flag is True and bound in out:
            out[exclusive] = out.pop(bound)
        elif isinstance(flag, bool):
            out.pop(exclusive)
    deps = out.pop("dependencies", None)
    if isinstance(deps, Mapping):
        for k, v in deps.items():
            target = "dependentRequired" if isinstance(v, list) else "dependentSchemas"
            slot = out.setdefault(target, {})
            if isinstance(slot, dict):
                slot[k] = v if isinstance(v, list) else _normalize(v, ref_alone, banned)
    if banned is not None and isinstance(out.get("properties"), Mapping):
        hidden = [
            k for k, v in out["properties"].items() if isinstance(v, Mapping) and v.get(banned)
        ]
        for k in hidden:  # not to be sent in this direction; "required" then means the other one
            out["properties"] = {**out["properties"], k: False}
        if hidden and isinstance(out.get("required"), list):
            out["required"] = [r for r in out["required"] if r not in hidden]
    return out


def _local_refs(node: Any, found: set[str], scoped: frozenset[str]) -> bool:
    """Collect ``$ref`` pointers under ``node`` (not inside ``$defs``); False if any is not local
    or a ``scoped`` keyword may make a pointer mean another place."""
    ok = True
    if isinstance(node, Mapping):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                if not value.startswith("#/"):
                    ok = False
                found.add(unquote(value[1:]))
            elif key in scoped and isinstance(value, str):  # not a member named "id"
                ok = False
            elif key not in _VALUES and key not in ("$defs", "definitions"):
                ok = _local_refs(value, found, scoped) and ok
    elif isinstance(node, list):
        for item in node:
            ok = _local_refs(item, found, scoped) and ok
    return ok


def prune_definitions(schema: Any, dialect: str = "2020-12") -> Any:
    """``schema`` without the ``$defs`` it never references (a spec shares all its components
    with every payload schema; compiling only what is used keeps the first call fast).
    ``dialect`` says which keywords are identifiers (draft 4's ``id``; elsewhere a no-op)."""
    scoped = scoped_keywords(dialect)
    if not isinstance(schema, Mapping) or not isinstance(schema.get("$defs"), Mapping):
        return schema
    defs = schema["$defs"]
    used: set[str] = set()
    pending: set[str] = set()
    if not _local_refs({k: v for k, v in schema.items() if k != "$defs"}, pending, scoped):
        return schema
    while pending:
        pointer = pending.pop()
        parts = pointer.split("/")
        if len(parts) < 3 or parts[1] != "$defs":
            return schema  # a reference into something other than $defs: keep everything
        name = parts[2].replace("~1", "/").replace("~0", "~")
        if name in used or name not in defs:
            continue
        used.add(name)
        found: set[str] = set()
        if not _local_refs(defs[name], found, scoped):
            return schema
        pending |= found - {f"/$defs/{n}" for n in used}
    return {**schema, "$defs": {k: v for k, v in defs.items() if k in used}}


def reaches(schema: Any, doc: SchemaDoc, keyword: str) -> bool:
    """Whether ``keyword`` occurs in ``schema`` or anything it references."""
    seen: set[int] = set()
    stack = [schema]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, Mapping):
            if keyword in node:
                return True
            for key, value in node.items():
                if key == "$ref" and isinstance(value, str):
                    target = doc.resolve(value)
                    stack.append(target if target is not None else {keyword: True})
                elif key not in _VALUES and key not in ("$defs", "definitions"):
                    stack.append(value)
        elif isinstance(node, list):
            stack.extend(node)
    return False


# -- unknown keys ---------------------------------------------------------------------------------

# Below these keywords a stricter subschema could make the whole schema *less* strict (a `not`,
# an `if`, `oneOf`, `contains` counting), or only matters for one alternative: leave them alone.
_CONDITIONAL = frozenset("not if anyOf oneOf contains propertyNames".split())
_DESCEND = frozenset(
    "properties patternProperties additionalProperties items prefixItems additionalItems".split()
)


def close_objects(schema: Any, doc: SchemaDoc) -> tuple[Any, dict[str, list[str]]]:
    """A copy where each object open to extra members gets ``unevaluatedProperties: false``.

    It is added only where the engine's answer for the whole payload cannot become "valid" by it
    (never below ``not``/``if``/``oneOf``/``anyOf``/``contains``, nor in definitions used there),
    so a payload valid for the copy is valid for ``schema``. Returns the copy and, for every
    added keyword (by JSON pointer), the member names declared there (for did-you-mean).
    """
    banned = doc.defs_below(_CONDITIONAL)
    sites: dict[str, list[str]] = {}

    def walk(node: Any, pointer: str, open_site: bool) -> Any:
        if not isinstance(node, Mapping) or pointer in banned:
            return node
        out: dict[str, Any] = {}
        for key, value in node.items():
            here = f"{pointer}/{_escape(key)}"
            if key in _CONDITIONAL or key in _VALUES:
                out[key] = value
            elif key in ("$defs", "definitions") and isinstance(value, Mapping):
                out[key] = {k: walk(v, f"{here}/{_escape(k)}", False) for k, v in value.items()}
            elif key in ("properties", "patternProperties") and isinstance(value, Mapping):
                out[key] = {k: walk(v, f"{here}/{_escape(k)}", True) for k, v in value.items()}
            elif key in ("allOf", "prefixItems") and isinstance(value, list):
                site = key == "prefixItems"
                out[key] = [walk(v, f"{here}/{i}", site) for i, v in enumerate(value)]
            elif key in _DESCEND:
                out[key] = walk(value, here, True)
            elif key in ("then", "else", "dependentSchemas") and isinstance(value, Mapping):
                out[key] = (
                    {k: walk(v, f"{here}/{_escape(k)}", False) for k, v in value.items()}
                    if key == "dependentSchemas"
                    else walk(value, here, False)
                )
            else:
                out[key] = value
        if out.get("additionalProperties") is True:
            del out["additionalProperties"]  # it would mark every member evaluated
        if open_site and _is_open(node):
            names = sorted(doc.declared_properties(node))
            if names:
                out["unevaluatedProperties"] = False
                sites[f"{pointer}/unevaluatedProperties"] = names
        return out

    return walk(schema, "", True), sites


def _is_open(node: Mapping[str, Any]) -> bool:
    """Unknown members pass here (nothing but ``true`` says what they may be)."""
    return (
        node.get("additionalProperties", True) is True
        and "unevaluatedProperties" not in node
        and "patternProperties" not in node
    )


def _escape(key: Any) -> str:
    return str(key).replace("~", "~0").replace("/", "~1")


def is_recursive(schema: Any, doc: SchemaDoc) -> bool:
    """Whether some ``$ref`` can lead back to itself (payload depth is then unbounded)."""
    refs_in: dict[str, set[str]] = {}

    def collect(node: Any, found: set[str]) -> None:
        if isinstance(node, Mapping):
            for key, value in node.items():
                if key in ("$ref", "$dynamicRef", "$recursiveRef") and isinstance(value, str):
                    found.add(value)
                elif key not in _VALUES:
                    collect(value, found)
        elif isinstance(node, list):
            for item in node:
                collect(item, found)

    pending: set[str] = set()
    collect(schema, pending)
    while pending:
        ref = pending.pop()
        if ref in refs_in:
            continue
        if not ref.startswith("#/") and ref != "#":
            return True  # anchors, remote or dynamic references: assume the worst
        found: set[str] = set()
        collect(doc.resolve(ref), found)
        refs_in[ref] = found
        pending |= found
    # a cycle among the references?
    state: dict[str, int] = {}

    def cyclic(ref: str) -> bool:
        if state.get(ref) == 1:
            return True
        if state.get(ref) == 2:
            return False
        state[ref] = 1
        if any(cyclic(r) for r in refs_in.get(ref, ())):
            return True
        state[ref] = 2
        return False

    return any(cyclic(r) for r in refs_in)


# -- reading a schema for messages ------------------------------------------------------------------

Discriminator = tuple[str, dict[Any, list[int]], list[Any]]


class SchemaDoc:
    """A root schema, with local ``$ref`` resolution and the static analysis messages use."""

    def __init__(self, root: Any) -> None:
        self.root = root

    def resolve(self, ref: str) -> Any:
        """Target of a local ``$ref`` (``#/$defs/A``, percent-encoded too), else ``None``."""
        if not ref.startswith("#"):
            return None
        cur = self.root
        pointer = unquote(ref[1:])
        if not pointer:
            return cur
        if not pointer.startswith("/"):
            return None
        for raw in pointer[1:].split("/"):
            tok = raw.replace("~1", "/").replace("~0", "~")
            if isinstance(cur, Mapping) and tok in cur:
                cur = cur[tok]
            elif isinstance(cur, list) and tok.isdigit() and int(tok) < len(cur):
                cur = cur[int(tok)]
            else:
                return None
        return cur

    def deref(self, schema: Any) -> Any:
        """Follow bare ``$ref``s (static analysis for messages only)."""
        for _ in range(32):
            if not (isinstance(schema, Mapping) and isinstance(schema.get("$ref"), str)):
                break
            target = self.resolve(schema["$ref"])
            if target is None:
                return {}
            schema = target
        return schema

    def defs_below(self, keywords: frozenset[str]) -> set[str]:
        """Pointers of the local ``$ref`` targets reachable from below any of ``keywords``."""
        seeds: list[Any] = []

        def find(node: Any) -> None:
            if isinstance(node, Mapping):
                for key, value in node.items():
                    if key in keywords:
                        seeds.append(value)
                    elif key not in _VALUES:
                        find(value)
            elif isinstance(node, list):
                for item in node:
                    find(item)

        find(self.root)
        out: set[str] = set()

        def follow(node: Any) -> None:
            if isinstance(node, Mapping):
                for key, value in node.items():
                    if key == "$ref" and isinstance(value, str) and value.startswith("#"):
                        pointer = unquote(value[1:])
                        if pointer not in out:
                            out.add(pointer)
                            follow(self.resolve(value))
                    elif key not in _VALUES:
                        follow(value)
            elif isinstance(node, list):
                for item in node:
                    follow(item)

        for seed in seeds:
            follow(seed)
        return out

    def declared_properties(self, s: Any, depth: int = 0) -> set[str]:
        """Member names declared for this value, in its applicators too (up to 16 deep).

        Each schema object is read once, however many ways it is reached (a base shared by
        several alternatives would otherwise be read once per path: 2**depth times).
        """
        names: set[str] = set()
        seen: set[int] = set()
        stack = [(s, depth)]
        while stack:
            node, level = stack.pop()
            node = self.deref(node)
            if not isinstance(node, Mapping) or level > 16 or id(node) in seen:
                continue
            seen.add(id(node))
            props = node.get("properties")
            if isinstance(props, Mapping):
                names |= set(props)
            subs: list[Any] = []
            for kw in ("allOf", "anyOf", "oneOf"):
                if isinstance(node.get(kw), list):
                    subs += node[kw]
            subs += [node[k] for k in ("then", "else") if k in node]
            if isinstance(node.get("dependentSchemas"), Mapping):
                subs += list(node["dependentSchemas"].values())
            stack.extend((sub, level + 1) for sub in subs)
        return names

    def discriminator(self, branches: Sequence[Any]) -> Discriminator | None:
        """A member whose const/enum tells the alternatives apart, if there is one."""
        resolved = [self.deref(b) for b in branches]
        if not resolved or not all(isinstance(b, Mapping) for b in resolved):
            return None
        first = resolved[0].get("properties")
        for key in first if isinstance(first, Mapping) else ():
            table: dict[Any, list[int]] = {}
            allowed: list[Any] = []
            for i, b in enumerate(resolved):
                props = b.get("properties")
                sub = props.get(key) if isinstance(props, Mapping) else None
                values = const_values(self.deref(sub))
                if values is None:
                    break
                for v in values:
                    table.setdefault(canon(v), []).append(i)
                    if v not in allowed:
                        allowed.append(v)
            else:
                return (str(key), table, allowed)
        return None

    def describe_condition(self, cond: Any) -> str | None:
        """Words for a simple ``if`` (``model is "x"``, ``image given``), else None."""
        cond = self.deref(cond)
        if not isinstance(cond, Mapping) or cond.get("type", "object") != "object":
            return None
        if any(k not in ANNOTATIONS and k not in ("type", "required", "properties") for k in cond):
            return None
        props = cond.get("properties") or {}
        parts: list[str] = []
        for name, raw in props.items():
            sub = self.deref(raw)
            label = format_path([name])
            values = const_values(sub)
            negated = const_values(self.deref(sub.get("not"))) if isinstance(sub, Mapping) else None
            contained = (
                const_values(self.deref(sub.get("contains"))) if isinstance(sub, Mapping) else None
            )
            if values is not None:
                many = len(values) > 1
                parts.append(f"{label} is {'one of ' if many else ''}{show_list(values)}")
            elif negated is not None:
                parts.append(f"{label} is not {show_list(negated)}")
            elif contained is not None:
                parts.append(f"{label} contains {show_list(contained)}")
            else:
                return None
        required = [r for r in cond.get("required") or () if r not in props]
        if required:
            parts.append(" and ".join(format_path([r]) for r in required) + " given")
        return " and ".join(parts) or None

    def not_groups(self, sub: Any) -> list[tuple[str, ...]] | None:
        """For ``not: {required: [...]}`` (or an anyOf of those): the forbidden member groups."""
        resolved = self.deref(sub)
        if not isinstance(resolved, Mapping):
            return None
        keys = set(resolved) - ANNOTATIONS
        groups: list[tuple[str, ...]] | None = None
        if keys == {"required"}:
            groups = [tuple(str(r) for r in resolved["required"])]
        elif len(keys) == 1 and keys <= {"anyOf", "oneOf"}:
            branches = [self.deref(b) for b in resolved[next(iter(keys))]]
            if all(
                isinstance(b, Mapping) and set(b) - ANNOTATIONS == {"required"} for b in branches
            ):
                groups = [tuple(str(r) for r in b["required"]) for b in branches]
        if groups is not None and not all(groups):
            return None
        return groups


def const_values(schema: Any) -> list[Any] | None:
    if not isinstance(schema, Mapping):
        return None
    if "const" in schema:
        return [schema["const"]]
    if isinstance(schema.get("enum"), list):
        return list(schema["enum"])
    return None
