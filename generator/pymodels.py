"""Decide the pydantic models of a gateway: one class per schema, every field's name and type.

Objects (schemas with properties, also merged through ``allOf``) become ``GatewayModel`` classes;
every other named schema (arrays, unions, scalars, free-form maps) becomes a ``RootModel`` so that
``model_validate`` works on any response. Field types collapse references to non-object schemas into
their Python type, so callers pass plain values. Inline objects are hoisted under ``Parent + Field``.

Hand-written rather than datamodel-code-generator: it renders the whole of real documents (DCG
dropped or renamed classes the client needs), it is tens of times faster, and reading stays tolerant
(no constraints, formats read as ``str``, unknown fields ignored), as responses should be read.
"""

from __future__ import annotations

import keyword
import re
import unicodedata
from dataclasses import dataclass, field, replace
from typing import Any

from generator.bounded import OncePerSchema
from generator.naming import NameRegistry, pascal, snake
from generator.pytypes import union

SCHEMA_PREFIX = "#/components/schemas/"
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_STRING = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"")
"""A quoted literal inside an annotation (``Literal['image']``): its words are no names."""
MAX_DEPTH = 40
MAX_INLINE = 400
"""Longest annotation a named non-object schema is spelled out as; longer ones use its class."""
_BASE_MODEL_NAMES = frozenset(
    {
        "copy",
        "dict",
        "json",
        "schema",
        "schema_json",
        "construct",
        "validate",
        "fields",
        "parse_obj",
        "parse_raw",
        "parse_file",
        "from_orm",
        "update_forward_refs",
        "root",
        # pydantic v2's own model_* members and GatewayModel's (a fixed list, so the output does
        # not depend on the installed pydantic): other model_* names (model_name) are fields.
        "model_config",
        "model_fields",
        "model_computed_fields",
        "model_extra",
        "model_fields_set",
        "model_construct",
        "model_copy",
        "model_dump",
        "model_dump_json",
        "model_json_schema",
        "model_parametrized_name",
        "model_post_init",
        "model_rebuild",
        "model_validate",
        "model_validate_json",
        "model_validate_strings",
        "model_raw",
        "model_drift",
    }
)
"""Names of BaseModel attributes a field must not shadow."""


@dataclass(frozen=True)
class ModelField:
    """One field of a model class."""

    name: str
    wire: str
    annotation: str
    required: bool
    description: str

    @property
    def default(self) -> str:
        """The right-hand side of the field line ('' when required and needing no alias)."""
        if self.name == self.wire:
            return "" if self.required else "None"
        return (
            f"Field(alias={self.wire!r})" if self.required else f"Field(None, alias={self.wire!r})"
        )


@dataclass
class ModelClass:
    """One class of models.py: an object model (fields) or a root model (root annotation)."""

    name: str
    description: str
    fields: list[ModelField] = field(default_factory=list)
    root: str | None = None
    extra_allowed: bool = False
    """Whether the schema allows more properties (``additionalProperties``): they are kept."""


@dataclass
class ModelsModule:
    """Everything models.py prints, in order."""

    classes: list[ModelClass]
    deep_cycles: bool


def _literal_ok(value: Any) -> bool:
    return isinstance(value, str | bool) or (isinstance(value, int) and not isinstance(value, bool))


def _pythonic(wire: str) -> str:
    """The snake_case Python name of a wire name: kept when it already is one (``b64_json``,
    ``seed2``), else split into words (``imageUrl``: ``image_url``; ``include[]``: ``include``)."""
    wire = unicodedata.normalize("NFKC", wire)  # the form Python reads identifiers in
    plain = wire.isidentifier() and wire == wire.lower() and not wire.startswith("_")
    name = wire if plain else snake(wire, fallback="field")
    if keyword.iskeyword(name) or keyword.issoftkeyword(name) or name in _BASE_MODEL_NAMES:
        name = name.rstrip("_") + "_"  # a keyword or BaseModel member: the one unavoidable "_"
    return name


def _field_names(wires: list[str]) -> dict[str, str]:
    """Python names of one class's fields: wire names that are already Pythonic first, then the
    converted ones; a clash (``imageUrl`` beside ``image_url``) keeps the wire name, else numbers."""
    names: dict[str, str] = {}
    taken: set[str] = set()
    ordered = sorted(wires, key=lambda w: _pythonic(w) != w)  # stable: document order within
    for wire in ordered:
        name = _pythonic(wire)
        same = unicodedata.normalize("NFKC", wire) == wire  # else Python reads it as another
        if name in taken and same and wire.isidentifier() and wire not in taken:
            name = wire
        base, n = name, 2
        while name in taken:
            name, n = f"{base.rstrip('_')}_{n}", n + 1
        taken.add(name)
        names[wire] = name
    return names


class _Planner:
    def __init__(self, schemas: dict[str, Any], registry: NameRegistry) -> None:
        self.schemas = schemas
        self.registry = registry
        self.classes: dict[str, ModelClass] = {}
        self.pending: list[tuple[str, Any]] = list(schemas.items())
        self.object_cache: dict[str, bool] = {}
        self.once_properties: OncePerSchema[tuple[dict[str, Any], set[str]]] = OncePerSchema(
            lambda: ({}, set())
        )
        self.once_open: OncePerSchema[bool] = OncePerSchema(lambda: False)
        self.once_annotation: OncePerSchema[str] = OncePerSchema(lambda: "")
        self.hoisted: dict[int, str] = {}
        """Class name of each inline object schema already hoisted (by identity): a schema reached
        again through a cycle is that class, not a new copy (``Item2``, ``Item3``... without end)."""

    # ----- references -------------------------------------------------------------------------
    def target(self, schema: Any) -> str | None:
        """Class name of a '#/components/schemas/Name' reference."""
        if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
            ref = schema["$ref"]
            if ref.startswith(SCHEMA_PREFIX) and ref[len(SCHEMA_PREFIX) :] in self.schemas:
                return str(ref[len(SCHEMA_PREFIX) :])
        return None

    def pointed(self, schema: Any) -> Any:
        """What a reference into a schema points at ('#/components/schemas/Name/properties/x',
        '.../$defs/Leaf'), or None (not such a reference, or it leads nowhere)."""
        ref = schema.get("$ref") if isinstance(schema, dict) else None
        if not isinstance(ref, str) or not ref.startswith(SCHEMA_PREFIX):
            return None
        tokens = [
            t.replace("~1", "/").replace("~0", "~") for t in ref[len(SCHEMA_PREFIX) :].split("/")
        ]
        if len(tokens) < 2 or tokens[0] not in self.schemas:
            return None
        node: Any = self.schemas[tokens[0]]
        for token in tokens[1:]:
            if isinstance(node, dict) and token in node:
                node = node[token]
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            else:
                return None
        return node

    def resolve(self, schema: Any) -> Any:
        if not isinstance(schema, dict) or not isinstance(schema.get("$ref"), str):
            return schema  # no reference (most calls): nothing to follow
        seen = 0
        while seen < 50:
            name = self.target(schema)
            if name is not None:
                schema = self.schemas[name]
            elif (inner := self.pointed(schema)) is not None:
                schema = inner
            else:
                break
            seen += 1
        return {} if self.target(schema) or self.pointed(schema) is not None else schema

    def is_object_class(self, name: str) -> bool:
        """Whether the named schema becomes an object model (it has properties somewhere)."""
        if name not in self.object_cache:
            self.object_cache[name] = False  # cycles through allOf: not an object
            self.object_cache[name] = bool(self.properties(self.schemas[name], 0)[0])
        return self.object_cache[name]

    # ----- objects ----------------------------------------------------------------------------
    def properties(self, schema: Any, depth: int) -> tuple[dict[str, Any], set[str]]:
        """Merged properties and required names: own, allOf parts, and union branches (optional)."""
        schema = self.resolve(schema)
        if not isinstance(schema, dict) or depth > MAX_DEPTH:
            return {}, set()
        return self.once_properties.get(schema, lambda: self._properties(schema, depth))

    def _properties(self, schema: dict[str, Any], depth: int) -> tuple[dict[str, Any], set[str]]:
        props: dict[str, Any] = {}
        required: set[str] = set()
        if isinstance(schema.get("properties"), dict):
            props.update({str(k): v for k, v in schema["properties"].items()})
        if isinstance(schema.get("required"), list):
            required.update(str(r) for r in schema["required"])
        unions = []
        for part in schema.get("allOf") or []:
            sub_props, sub_required = self.properties(part, depth + 1)
            if not sub_props:
                unions.append(part)
            for key, value in sub_props.items():
                props.setdefault(key, value)
            required |= sub_required
        if props:  # an object: fields of its unions (own, or inside allOf) may be present too
            for part in [schema, *unions]:
                for key, value in self.branch_properties(part, depth + 1).items():
                    props.setdefault(key, value)
        return props, required & set(props)

    def branch_properties(self, schema: Any, depth: int) -> dict[str, Any]:
        """Properties of the oneOf/anyOf branches of schema (each may or may not be present)."""
        schema = self.resolve(schema)
        props: dict[str, Any] = {}
        if isinstance(schema, dict) and depth <= MAX_DEPTH:
            for combo in ("oneOf", "anyOf"):
                for part in schema.get(combo) or []:
                    for key, value in self.properties(part, depth + 1)[0].items():
                        props.setdefault(key, value)
        return props

    def is_object(self, schema: dict[str, Any]) -> bool:
        if "properties" in schema and isinstance(schema["properties"], dict):
            return bool(schema["properties"]) or bool(self.properties(schema, 0)[0])
        if schema.get("allOf"):
            return bool(self.properties(schema, 0)[0])
        return False

    def object_class(self, name: str, schema: dict[str, Any]) -> ModelClass:
        props, required = self.properties(schema, 0)
        names = _field_names([str(w) for w in props])
        fields = []
        for wire, prop in props.items():
            resolved = self.resolve(prop)
            annotation = self.annotation(prop, name + pascal(wire, fallback="Field"), 0)
            is_required = wire in required
            if not is_required:
                annotation = union([annotation, "None"])
            description = resolved.get("description") if isinstance(resolved, dict) else None
            fields.append(
                ModelField(
                    names[str(wire)],
                    wire,
                    annotation,
                    is_required,
                    description.strip() if isinstance(description, str) else "",
                )
            )
        return ModelClass(name, _description(schema), fields, extra_allowed=self.open(schema, 0))

    def open(self, schema: Any, depth: int) -> bool:
        """Whether schema or one of its allOf parts declares ``additionalProperties`` (not false)."""
        schema = self.resolve(schema)
        if not isinstance(schema, dict) or depth > MAX_DEPTH:
            return False
        extra = schema.get("additionalProperties")
        if extra is True or (isinstance(extra, dict)):
            return True
        parts = schema.get("allOf") or []
        return self.once_open.get(schema, lambda: any(self.open(p, depth + 1) for p in parts))

    # ----- annotations ------------------------------------------------------------------------
    def annotation(self, schema: Any, context: str, depth: int) -> str:
        """Python type of a field holding schema; hoists inline objects as new classes.

        A referenced schema's type is worked out once (``OncePerSchema``); met again within its own
        type (a cycle), it is its class name: a recursive model refers to itself.
        """
        if depth > MAX_DEPTH or not isinstance(schema, dict) or not schema:
            return "Any"
        name = self.target(schema)
        if name is not None:
            if self.is_object_class(name):
                return name
            target = self.schemas[name]
            found = self.once_annotation.get(
                target, lambda: self.annotation(target, name, depth + 1)
            )
            # A cycle, or a type too long to spell out at every use (unions of unions): its class.
            return found if found and len(found) <= MAX_INLINE else name
        if "$ref" in schema:
            inner = self.pointed(schema)  # into another schema: read what is there
            if inner is None:
                return "Any"
            return (
                self.once_annotation.get(inner, lambda: self.annotation(inner, context, depth + 1))
                or "Any"
            )
        wrapped = _wrapped_reference(schema)
        if wrapped is not None:
            return self.annotation(wrapped, context, depth + 1)
        if self.is_object(schema):
            hoisted = self.hoisted.get(id(schema))
            if hoisted is None:
                hoisted = self.hoisted[id(schema)] = self.registry.claim(context, sep="")
                self.pending.append((hoisted, schema))
            return hoisted
        if "const" in schema:
            return f"Literal[{schema['const']!r}]" if _literal_ok(schema["const"]) else "Any"
        if isinstance(schema.get("enum"), list) and schema["enum"]:
            values = schema["enum"]
            literals = _dedupe([v for v in values if _literal_ok(v)])
            others = [v for v in values if v is not None and not _literal_ok(v)]
            parts = [f"Literal[{', '.join(repr(v) for v in literals)}]"] if literals else []
            if others:
                parts.append("Any")
            if None in values:
                parts.append("None")
            return union(parts)
        for combo in ("oneOf", "anyOf"):
            if isinstance(schema.get(combo), list) and schema[combo]:
                return union(
                    [
                        self.annotation(part, f"{context}{i + 1}", depth + 1)
                        for i, part in enumerate(schema[combo])
                    ]
                )
        if isinstance(schema.get("allOf"), list) and schema["allOf"]:
            # Not an object: the one part that says what the value is, else anything.
            parts = [self.annotation(part, context, depth + 1) for part in schema["allOf"]]
            typed = [p for p in parts if p != "Any"]
            return typed[0] if len(typed) == 1 else "Any"
        kinds = schema.get("type")
        kind_list = kinds if isinstance(kinds, list) else [kinds] if isinstance(kinds, str) else []
        if not kind_list:
            if "items" in schema:
                kind_list = ["array"]
            elif "additionalProperties" in schema:
                kind_list = ["object"]
            else:
                return "Any"
        return union([self.single(k, schema, context, depth) for k in kind_list])

    def single(self, kind: Any, schema: dict[str, Any], context: str, depth: int) -> str:
        if kind == "string":
            return "bytes" if schema.get("format") == "binary" else "str"
        simple = {"integer": "int", "number": "float", "boolean": "bool", "null": "None"}
        if kind in simple:
            return simple[kind]
        if kind == "array":
            items = schema.get("items")
            inner = self.annotation(items, context + "Item", depth + 1)
            return f"list[{inner}]"
        if kind == "object":
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                inner = self.annotation(extra, context + "Value", depth + 1)
                return f"dict[str, {inner}]"
            return "dict[str, Any]"
        return "Any"

    # ----- whole module -----------------------------------------------------------------------
    def plan(self) -> list[ModelClass]:
        done: set[str] = set()
        while self.pending:
            name, schema = self.pending.pop(0)
            if name in done:
                continue
            done.add(name)
            if not isinstance(schema, dict):
                schema = {}
            if (name in self.schemas and self.is_object_class(name)) or (
                name not in self.schemas and self.is_object(schema)
            ):
                self.classes[name] = self.object_class(name, schema)
            else:
                root = self.annotation(
                    {"$ref": SCHEMA_PREFIX + name} if name in self.schemas else schema,
                    name,
                    0,
                )
                if root == name:  # a schema that is only a reference cycle
                    root = "Any"
                self.classes[name] = ModelClass(name, _description(schema), root=root)
        return list(self.classes.values())


_ANNOTATION_KEYWORDS = frozenset(
    {"description", "title", "default", "example", "examples", "deprecated", "readOnly"}
    | {"writeOnly", "externalDocs", "$comment", "discriminator", "xml"}
)
"""Keywords that say something about a value without constraining its shape."""


def _wrapped_reference(schema: dict[str, Any]) -> Any:
    """The reference of ``allOf: [{$ref}]`` with only annotations beside it, else None.

    Documents wrap a reference this way to give it a description (``$ref`` siblings were ignored
    before 3.1); the field holds the referenced model, not a copy of it under a new name.
    """
    parts = schema.get("allOf")
    if not (isinstance(parts, list) and len(parts) == 1 and isinstance(parts[0], dict)):
        return None
    if "$ref" not in parts[0]:
        return None
    others = {k for k in schema if k != "allOf" and not str(k).startswith("x-")}
    return parts[0] if others <= _ANNOTATION_KEYWORDS else None


def _description(schema: Any) -> str:
    if isinstance(schema, dict):
        for key in ("description", "title"):
            if isinstance(schema.get(key), str) and schema[key].strip():
                return str(schema[key]).strip()
    return ""


def _dedupe(values: list[Any]) -> list[Any]:
    out: list[Any] = []
    for value in values:
        if not any(value == seen and type(value) is type(seen) for seen in out):
            out.append(value)
    return out


def _longest_cycle_hint(classes: list[ModelClass]) -> bool:
    """Whether model references form a cycle long enough to recurse deeply when pydantic builds.

    Pydantic builds a model's validator through every model it reaches that is not built yet; a
    long ring of models (hundreds) exceeds Python's default recursion limit on first use.
    """
    names = {c.name for c in classes}
    edges: dict[str, set[str]] = {}
    for cls in classes:
        text = " ".join([cls.root or "", *(f.annotation for f in cls.fields)])
        words = set(
            text.replace("[", " ").replace("]", " ").replace("|", " ").replace(",", " ").split()
        )
        edges[cls.name] = words & names
    # Longest chain reachable without repeating (bounded DFS depth is enough to decide "deep").
    depth_of: dict[str, int] = {}
    for start in edges:
        if start in depth_of:
            continue
        stack = [(start, iter(sorted(edges[start])))]
        on_path = {start}
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                stack.pop()
                on_path.discard(node)
                depth_of[node] = max(
                    [depth_of.get(c, 0) + 1 for c in edges[node] if c not in on_path] or [1]
                )
            elif child not in on_path and child not in depth_of:
                on_path.add(child)
                stack.append((child, iter(sorted(edges[child]))))
    return max(depth_of.values(), default=0) > 60


def _unshadow(classes: list[ModelClass]) -> list[ModelClass]:
    """Rename fields that shadow a name their class's own lines use (wire name kept as alias).

    A field named like a type its class refers to (``bytes`` beside ``list[int]`` is harmless;
    ``str`` beside ``str | None`` is not) would be that name inside the class body: pydantic and
    mypy would read the annotations through the field. Other fields keep their wire names.
    """
    for cls in classes:
        used = {"Field", "ConfigDict"}
        for f in cls.fields:
            used.update(_IDENTIFIER.findall(_STRING.sub("", f.annotation)))
        if not any(f.name in used for f in cls.fields):
            continue
        taken = {f.name for f in cls.fields}
        fields = []
        for f in cls.fields:
            name = f.name
            while name in used or (name != f.name and name in taken):
                name += "_"
            taken.add(name)
            fields.append(replace(f, name=name))
        cls.fields = fields
    return classes


def plan_models(schemas: dict[str, Any], taken: set[str]) -> ModelsModule:
    """The classes of models.py for schemas (class name → JSON Schema 2020-12, refs by class name)."""
    registry = NameRegistry(taken | set(schemas))
    classes = _unshadow(_Planner(schemas, registry).plan())
    return ModelsModule(classes, _longest_cycle_hint(classes))


__all__ = ["ModelClass", "ModelField", "ModelsModule", "plan_models"]
