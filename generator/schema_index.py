"""The spec's schemas as the builder sees them: references, object shapes, model class names.

Owns the model document: every component schema and every hoisted inline schema under the class name
it will have in ``models.py``, with references rewritten to those names.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from generator.bounded import OncePerSchema
from generator.lazymap import LazyMap
from generator.naming import RESERVED_CLASS_NAMES, NameRegistry, pascal
from generator.problems import escape_pointer_token, split_pointer
from generator.validate import as_dict, resolve_local

__all__ = ["SCHEMA_PREFIX", "SchemaIndex"]

SCHEMA_PREFIX = "#/components/schemas/"
_HOISTED = re.compile(r"_models\.(\w+) \| Mapping\[str, Any\]")
_HOISTED_LIST = re.compile(r"list\[_models\.(\w+) \| Mapping\[str, Any\]\]")


class SchemaIndex:
    """Component schemas, their class names, and the inline schemas hoisted as classes."""

    def __init__(self, data: dict[str, Any], taken: set[str]) -> None:
        self.data = data
        comps = as_dict(data.get("components"))
        self.schemas: dict[str, Any] = as_dict(comps.get("schemas"))
        self.class_names = NameRegistry(RESERVED_CLASS_NAMES | taken)
        self.schema_class: dict[str, str] = {}
        for name in self.schemas:
            wanted = pascal(str(name))
            if wanted in RESERVED_CLASS_NAMES:
                wanted += "Schema"
            self.schema_class[str(name)] = self.class_names.claim(wanted, sep="")
        self.model_defs: dict[str, Any] = {}
        self.used_models: set[str] = set()
        self.once_shape: OncePerSchema[tuple[dict[str, Any], set[str], bool] | None] = (
            OncePerSchema(lambda: None)
        )
        self.once_binary: OncePerSchema[bool] = OncePerSchema(lambda: False)

    def resolve(self, schema: Any, depth: int = 0) -> Any:
        """Follow $ref chains of a schema (bounded)."""
        while isinstance(schema, dict) and isinstance(schema.get("$ref"), str) and depth < 50:
            try:
                schema = resolve_local(self.data, schema["$ref"])
            except KeyError:
                return {}
            depth += 1
        return schema

    def ref_class(self, schema: Any) -> str | None:
        """The model class of a direct '#/components/schemas/X' reference."""
        if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
            ref = schema["$ref"]
            if ref.startswith(SCHEMA_PREFIX):
                tokens = split_pointer(ref[1:])
                if len(tokens) == 3 and tokens[2] in self.schema_class:
                    return self.schema_class[tokens[2]]
        return None

    def model_schema(self, schema: Any) -> Any:
        """Copy of schema for the model document: component refs renamed to class names."""
        if isinstance(schema, list):
            return [self.model_schema(s) for s in schema]
        if not isinstance(schema, dict):
            return schema
        out: dict[str, Any] = {}
        for key, value in schema.items():
            if key == "$ref" and isinstance(value, str) and value.startswith(SCHEMA_PREFIX):
                tokens = split_pointer(value[1:])
                if len(tokens) >= 3 and tokens[2] in self.schema_class:
                    rest = "".join("/" + escape_pointer_token(t) for t in tokens[3:])
                    out[key] = SCHEMA_PREFIX + self.schema_class[tokens[2]] + rest
                    continue
            if isinstance(key, str) and key.startswith("x-"):
                continue
            if key in ("example", "examples", "default", "enum", "const", "required"):
                out[key] = copy.deepcopy(value)
            elif key in (
                "properties",
                "patternProperties",
                "$defs",
                "definitions",
                "dependentSchemas",
            ) and isinstance(value, dict):
                out[key] = {k: self.model_schema(v) for k, v in value.items()}
            else:
                out[key] = self.model_schema(value)
        return out

    def hoist(self, wanted: str, schema: Any) -> str:
        """Add an inline schema to the model document under a fresh class name."""
        name = self.class_names.claim(
            wanted if wanted not in RESERVED_CLASS_NAMES else wanted + "Schema", sep=""
        )
        self.model_defs[name] = self.model_schema(schema)
        return name

    def hoist_request(self, wanted: str, schema: dict[str, Any], nested: dict[str, str]) -> str:
        """Model of an inline request body whose nested objects were already hoisted.

        Its properties point at those classes, so the models module does not define them twice.
        """
        body = dict(schema)
        if isinstance(body.get("properties"), dict):
            props = dict(body["properties"])
            for wire, annotation in nested.items():
                if wire not in props or not isinstance(props[wire], dict):
                    continue
                single = _HOISTED.fullmatch(annotation)
                many = _HOISTED_LIST.fullmatch(annotation)
                if single:
                    props[wire] = {"$ref": SCHEMA_PREFIX + single.group(1)}
                elif many:
                    props[wire] = {**props[wire], "items": {"$ref": SCHEMA_PREFIX + many.group(1)}}
            body["properties"] = props
        return self.hoist(wanted, body)

    def is_binary(self, schema: Any, depth: int = 0) -> bool:
        """Whether a field carries files: format binary, an array of them, or an alternative that is."""
        schema = self.resolve(schema)
        if not isinstance(schema, dict) or depth > 8:
            return False
        return self.once_binary.get(schema, lambda: self._is_binary(schema, depth))

    def _is_binary(self, schema: dict[str, Any], depth: int) -> bool:
        if (
            schema.get("format") == "binary"
            or schema.get("contentMediaType") == "application/octet-stream"
        ):
            return True
        parts = [
            schema.get("items"),
            *list(schema.get("anyOf") or []),
            *list(schema.get("oneOf") or []),
        ]
        return any(self.is_binary(p, depth + 1) for p in parts if p is not None)

    def object_shape(
        self, schema: Any, depth: int = 0
    ) -> tuple[dict[str, Any], set[str], bool] | None:
        """(properties, required, open) of an object schema, merging allOf; None if not an object."""
        schema = self.resolve(schema)
        if not isinstance(schema, dict) or depth > 20:
            return None
        return self.once_shape.get(schema, lambda: self._object_shape(schema, depth))

    def _object_shape(
        self, schema: dict[str, Any], depth: int
    ) -> tuple[dict[str, Any], set[str], bool] | None:
        props: dict[str, Any] = {}
        required: set[str] = set()
        is_object = "properties" in schema or schema.get("type") == "object"
        open_ = schema.get("additionalProperties", True) is not False
        if isinstance(schema.get("properties"), dict):
            props.update(schema["properties"])
        if isinstance(schema.get("required"), list):
            required.update(str(r) for r in schema["required"])
        for part in schema.get("allOf") or []:
            shape = self.object_shape(part, depth + 1)
            if shape is None:
                continue
            is_object = True
            sub_props, sub_req, sub_open = shape
            for key, value in sub_props.items():
                props.setdefault(key, value)
            required |= sub_req
            open_ = open_ and sub_open
        if not is_object:
            return None
        return props, required, open_

    def models_document(self) -> LazyMap:
        """Class name → schema of every model (components first, then hoisted ones).

        A component's copy is made when first read: a change report reads only the models its
        operations reach (on OpenAI's document the copies are 1/12 of reading it).
        """
        components = {self.schema_class[k]: v for k, v in self.schemas.items()}
        return LazyMap(components, self.model_schema, self.model_defs)
