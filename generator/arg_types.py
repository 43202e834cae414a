"""Python annotations of method arguments: what a caller may pass for a schema.

Object schemas are offered as their model class or a plain mapping; inline objects are hoisted into
models (through the ``SchemaIndex``) so they get a class of their own.
"""

from __future__ import annotations

from typing import Any

from generator.bounded import OncePerSchema
from generator.pytypes import union
from generator.schema_index import SchemaIndex

MAX_TYPE_DEPTH = 12


class ArgumentTypes:
    """Decides the annotation of each generated argument."""

    def __init__(self, index: SchemaIndex) -> None:
        self.index = index
        self.once: OncePerSchema[str] = OncePerSchema(lambda: "Any")
        """The type of each referenced schema, worked out once (a cycle within it is Any)."""

    def annotation(self, schema: Any, context: str, depth: int = 0, hoist: bool = True) -> str:
        """Python type of a value matching schema (used for method arguments)."""
        if depth > MAX_TYPE_DEPTH or schema is True or schema == {}:
            return "Any"
        if schema is False or not isinstance(schema, dict):
            return "Any"
        cls = self.index.ref_class(schema)
        if cls is not None:
            target = self.index.resolve(schema)
            if self.index.object_shape(target) is not None and (
                target.get("properties") or target.get("allOf")
            ):
                self.index.used_models.add(cls)
                return f"_models.{cls} | Mapping[str, Any]"
            return self.referenced(target, context, depth)
        if "$ref" in schema:
            return self.referenced(self.index.resolve(schema), context, depth)
        if "const" in schema and _literal_ok(schema["const"]):
            return f"Literal[{schema['const']!r}]"
        if isinstance(schema.get("enum"), list) and schema["enum"]:
            values = schema["enum"]
            literals = [v for v in values if _literal_ok(v)]
            if len(literals) == len([v for v in values if v is not None]):
                parts = ["Literal[" + ", ".join(repr(v) for v in _dedupe(literals)) + "]"]
                return union(parts[: bool(literals)] + ["None"] * (None in values))
        for combo in ("oneOf", "anyOf"):
            if isinstance(schema.get(combo), list) and schema[combo]:
                parts = [
                    self.annotation(s, f"{context}{i + 1}", depth + 1, hoist)
                    for i, s in enumerate(schema[combo])
                ]
                return union(parts)
        types = schema.get("type")
        type_list = types if isinstance(types, list) else [types] if isinstance(types, str) else []
        if schema.get("nullable") is True and "null" not in type_list and type_list:
            type_list = [*type_list, "null"]
        if not type_list:
            if "properties" in schema or "allOf" in schema or "additionalProperties" in schema:
                type_list = ["object"]
            elif "items" in schema:
                type_list = ["array"]
            else:
                return "Any"
        parts = [self._single(t, schema, context, depth, hoist) for t in type_list]
        return union(parts)

    def referenced(self, target: Any, context: str, depth: int) -> str:
        """The type of what a reference points at (never hoisted: it has a name of its own)."""
        return self.once.get(
            target, lambda: self.annotation(target, context, depth + 1, hoist=False)
        )

    def _single(
        self, kind: Any, schema: dict[str, Any], context: str, depth: int, hoist: bool
    ) -> str:
        if kind == "string":
            if schema.get("format") == "binary":
                return "FileInput"
            return "str"
        if kind == "integer":
            return "int"
        if kind == "number":
            return "float"
        if kind == "boolean":
            return "bool"
        if kind == "null":
            return "None"
        if kind == "array":
            items = schema.get("items")
            if items is None:
                return "list[Any]"
            return f"list[{self.annotation(items, context + 'Item', depth + 1, hoist)}]"
        if kind == "object":
            shape = self.index.object_shape(schema)
            if shape and shape[0] and hoist:
                name = self.index.hoist(context, schema)
                self.index.used_models.add(name)
                return f"_models.{name} | Mapping[str, Any]"
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                return f"dict[str, {self.annotation(extra, context + 'Value', depth + 1, hoist=False)}]"
            return "dict[str, Any]"
        return "Any"


def _literal_ok(value: Any) -> bool:
    return isinstance(value, str | bool) or (isinstance(value, int) and not isinstance(value, bool))


def _dedupe(values: list[Any]) -> list[Any]:
    seen: list[Any] = []
    for v in values:
        if not any(v == s and type(v) is type(s) for s in seen):
            seen.append(v)
    return seen
