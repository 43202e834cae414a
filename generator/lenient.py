"""Lenient reading: deviations that real documents commonly contain, normalised in place with a warning.

Each deviation has one obvious reading (a 3.0-style boolean ``exclusiveMinimum`` in 3.1, a repeated
name in ``required``, ``const`` in 3.0...). By default the document is rewritten to that reading and
each change is reported as a one-line warning (file, line, JSON pointer, what was assumed); many of one
kind are summarised. With ``strict`` every deviation is an error instead. Input that cannot be read
one obvious way (dangling ``$ref``, duplicate operationId...) is left for ``validate`` to refuse.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from generator.lenient_operations import distinct_operation_ids, path_item_keys
from generator.load import LoadedSpec
from generator.problems import Place, Problem, SpecError, spell_place
from generator.prune import drop_unused_invalid
from generator.validate import resolve_local

SUMMARY_AFTER = 5
"""More deviations of one kind than this are reported as one summary line."""

SCHEMA_KEYWORDS_30 = frozenset(
    {
        "title",
        "multipleOf",
        "maximum",
        "exclusiveMaximum",
        "minimum",
        "exclusiveMinimum",
        "maxLength",
        "minLength",
        "pattern",
        "maxItems",
        "minItems",
        "uniqueItems",
        "maxProperties",
        "minProperties",
        "required",
        "enum",
        "type",
        "not",
        "allOf",
        "oneOf",
        "anyOf",
        "items",
        "properties",
        "additionalProperties",
        "description",
        "format",
        "default",
        "nullable",
        "discriminator",
        "readOnly",
        "writeOnly",
        "example",
        "externalDocs",
        "deprecated",
        "xml",
    }
)
"""The keywords of an OpenAPI 3.0 Schema Object (besides ``x-`` extensions)."""

OPERATION_KEYS = frozenset(
    {
        "tags",
        "summary",
        "description",
        "externalDocs",
        "operationId",
        "parameters",
        "requestBody",
        "responses",
        "callbacks",
        "deprecated",
        "security",
        "servers",
    }
)
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
_SCHEMA_ONE = (
    "items",
    "additionalProperties",
    "not",
    "contains",
    "propertyNames",
    "if",
    "then",
    "else",
    "unevaluatedItems",
    "unevaluatedProperties",
    "additionalItems",
)
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems", "items")
_SUBSCHEMA_KEYS = frozenset(_SCHEMA_MAPS + _SCHEMA_ONE + _SCHEMA_LISTS)


@dataclass(frozen=True)
class Deviation:
    """One place where the document bends the rules, and what was assumed there."""

    kind: str
    pointer: str
    message: str


def _child(place: Place, *tokens: str | int) -> Place:
    """The place below place (spelt as a JSON pointer only when a deviation is noted there)."""
    for token in tokens:
        place = (place, str(token))
    return place


class _Normalizer:
    """Walks the OpenAPI structure down to every schema, fixing deviations as it goes."""

    def __init__(self, data: dict[str, Any], version: str) -> None:
        self.data = data
        self.version = version
        self.found: list[Deviation] = []

    def note(self, kind: str, pointer: Place, message: str) -> None:
        self.found.append(Deviation(kind, spell_place(pointer), message))

    # ----- OpenAPI objects --------------------------------------------------------------------
    def run(self) -> list[Deviation]:
        for path, item in _items(self.data.get("paths")):
            self.path_item(item, _child("/paths", path))
        for name, item in _items(self.data.get("webhooks")):
            self.path_item(item, _child("/webhooks", name))
        comps = self.data.get("components")
        if isinstance(comps, dict):
            handlers: dict[str, Callable[[Any, Place], None]] = {
                "schemas": self.schema_root,
                "parameters": self.parameter,
                "headers": self.parameter,
                "requestBodies": self.body,
                "responses": self.response,
                "pathItems": self.path_item,
                "callbacks": self.callback,
            }
            for section, handler in handlers.items():
                for name, value in _items(comps.get(section)):
                    handler(value, _child("/components", section, name))
        distinct_operation_ids(self.data, self.note)
        return self.found

    def path_item(self, item: Any, at: Place) -> None:
        if not isinstance(item, dict) or "$ref" in item:
            return
        path_item_keys(item, spell_place(at), self.version, self.note)
        for i, param in _indexed(item.get("parameters")):
            self.parameter(param, _child(at, "parameters", i))
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                self.operation(item[method], _child(at, method))

    def callback(self, callback: Any, at: Place) -> None:
        if isinstance(callback, dict) and "$ref" not in callback:
            for expression, item in _items(callback):
                self.path_item(item, _child(at, expression))

    def operation(self, op: dict[str, Any], at: Place) -> None:
        for key in [k for k in op if isinstance(k, str) and not k.startswith("x-")]:
            if key not in OPERATION_KEYS:
                del op[key]
                self.note(
                    f"operation-{key}",
                    _child(at, key),
                    f"{key!r} is not a field of an Operation Object; ignored",
                )
        for i, param in _indexed(op.get("parameters")):
            self.parameter(param, _child(at, "parameters", i))
        if self.cyclic(op.get("requestBody")):
            del op["requestBody"]
            self.note(
                "cyclic-body",
                _child(at, "requestBody", "$ref"),
                "requestBody $ref leads back to itself and never reaches a body; read as no body",
            )
        self.body(op.get("requestBody"), _child(at, "requestBody"))
        responses = op.get("responses")
        for code, response in _items(responses):
            if self.cyclic(response) and isinstance(responses, dict):
                responses[code] = {"description": ""}
                self.note(
                    "cyclic-response",
                    _child(at, "responses", code, "$ref"),
                    "response $ref leads back to itself and never reaches a response; "
                    "read as a response without content",
                )
            self.response(
                responses[code] if isinstance(responses, dict) else None,
                _child(at, "responses", code),
            )
        for name, callback in _items(op.get("callbacks")):
            self.callback(callback, _child(at, "callbacks", name))

    def cyclic(self, node: Any) -> bool:
        """Whether a chain of $refs (of a body or response) returns to where it has been."""
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in seen:
                return True
            seen.add(ref)
            try:
                node = resolve_local(self.data, ref)
            except KeyError:
                return False  # dangling: validate reports it
        return False

    def parameter(self, param: Any, at: Place) -> None:
        if not isinstance(param, dict) or "$ref" in param:
            return
        if "schema" in param:
            self.schema_root(param["schema"], _child(at, "schema"))
        self.content(param.get("content"), _child(at, "content"))

    def body(self, body: Any, at: Place) -> None:
        if isinstance(body, dict) and "$ref" not in body:
            self.content(body.get("content"), _child(at, "content"))

    def response(self, response: Any, at: Place) -> None:
        if not isinstance(response, dict) or "$ref" in response:
            return
        if not isinstance(response.get("description"), str):
            response["description"] = ""
            self.note(
                "response-description",
                at,
                "response has no description (required); assumed an empty one",
            )
        for name, header in _items(response.get("headers")):
            self.parameter(header, _child(at, "headers", name))
        self.content(response.get("content"), _child(at, "content"))

    def content(self, content: Any, at: Place) -> None:
        for media, media_object in _items(content):
            if isinstance(media_object, dict) and "schema" in media_object:
                self.schema_root(media_object["schema"], _child(at, media, "schema"))

    # ----- schemas ----------------------------------------------------------------------------
    def schema_root(self, schema: Any, at: Place) -> None:
        self.schema(schema, at, at)

    def schema(self, schema: Any, at: Place, anchor: Place) -> None:
        if not isinstance(schema, dict):
            return
        if self.version == "3.0":
            if "$ref" in schema:
                return  # siblings of $ref are ignored in 3.0
            self.schema_30(schema, at)
        else:
            anchor = self.schema_31(schema, at, anchor)
            parts = schema.get("allOf")
            if isinstance(parts, list) and {"nullable": True} in parts:  # read before the parts
                schema["allOf"] = [p for p in parts if p != {"nullable": True}]
                schema["nullable"] = True
        for combo in ("allOf", "anyOf", "oneOf"):
            if schema.get(combo) == []:
                del schema[combo]
                self.note(
                    "empty-combinator",
                    _child(at, combo),
                    f"{combo} is empty (it needs at least one schema); ignored",
                )
        required = schema.get("required")
        if isinstance(required, list) and len(required) != len(_unique(required)):
            repeated = sorted({str(r) for r in required if required.count(r) > 1})
            schema["required"] = _unique(required)
            self.note(
                "required-repeated",
                _child(at, "required"),
                f"'required' repeats {', '.join(repeated)}; read each once",
            )
        if not _SUBSCHEMA_KEYS.isdisjoint(schema):  # most schemas are leaves
            self.subschemas(schema, at, anchor)
        if self.version == "3.1":
            self.nullable_31(schema, at)

    def subschemas(self, schema: dict[str, Any], at: Place, anchor: Place) -> None:
        for key in _SCHEMA_MAPS:
            for name, sub in _items(schema.get(key)):
                self.schema(sub, _child(at, key, name), anchor)
        for key in _SCHEMA_ONE:
            if isinstance(schema.get(key), dict):
                self.schema(schema[key], _child(at, key), anchor)
        for key in _SCHEMA_LISTS:
            for i, sub in _indexed(schema.get(key)):
                self.schema(sub, _child(at, key, i), anchor)

    def nullable_31(self, schema: dict[str, Any], at: Place) -> None:
        """``nullable`` (3.0) in 3.1, also as an allOf part of its own: read as "or null"."""
        if "nullable" not in schema:
            return
        nullable = schema.pop("nullable") is True
        self.note(
            "nullable-31",
            _child(at, "nullable"),
            "nullable is OpenAPI 3.0 (3.1 writes type null); "
            + ("read as: or null" if nullable else "ignored"),
        )
        if not nullable:
            return
        kind = schema.get("type")
        if isinstance(kind, str):
            schema["type"] = [kind, "null"]
        elif isinstance(kind, list):
            schema["type"] = [*kind, "null"] if "null" not in kind else kind
        elif isinstance(schema.get("enum"), list) and schema.get("enum"):
            schema["enum"] = (
                [*schema["enum"], None] if None not in schema["enum"] else schema["enum"]
            )
        elif schema:
            rest = dict(schema)
            schema.clear()
            schema["anyOf"] = [rest, {"type": "null"}]

    def schema_31(self, schema: dict[str, Any], at: Place, anchor: Place) -> Place:
        """3.1 (JSON Schema 2020-12): boolean exclusives, draft 2019-09 recursion keywords."""
        for bound, exclusive in (("minimum", "exclusiveMinimum"), ("maximum", "exclusiveMaximum")):
            flag = schema.get(exclusive)
            if not isinstance(flag, bool):
                continue
            del schema[exclusive]
            if flag and isinstance(schema.get(bound), int | float):
                value = schema.pop(bound)
                schema[exclusive] = value
                assumed = f"read as {exclusive}: {value!r}"
            else:
                assumed = "ignored" if not flag else f"ignored (there is no {bound})"
            self.note(
                f"exclusive-boolean-{exclusive}",
                _child(at, exclusive),
                f"{exclusive}: {str(flag).lower()} is OpenAPI 3.0 style (3.1 wants a number); {assumed}",
            )
        if "$recursiveAnchor" in schema:
            schema.pop("$recursiveAnchor")
            anchor = at
            self.note(
                "recursive-anchor",
                _child(at, "$recursiveAnchor"),
                "$recursiveAnchor is draft 2019-09; ignored ($recursiveRef points here)",
            )
        if "$recursiveRef" in schema:
            schema.pop("$recursiveRef")
            schema["$ref"] = "#" + spell_place(anchor)
            self.note(
                "recursive-ref",
                _child(at, "$recursiveRef"),
                f"$recursiveRef is draft 2019-09; read as $ref: '{schema['$ref']}'",
            )
        return anchor

    def schema_30(self, schema: dict[str, Any], at: Place) -> None:
        """3.0: numeric exclusives, type lists, type null, const, unknown keywords."""
        for bound, exclusive in (("minimum", "exclusiveMinimum"), ("maximum", "exclusiveMaximum")):
            value = schema.get(exclusive)
            if isinstance(value, int | float) and not isinstance(value, bool):
                schema[bound] = value
                schema[exclusive] = True
                self.note(
                    f"exclusive-number-{exclusive}",
                    _child(at, exclusive),
                    f"{exclusive}: {value!r} is JSON Schema 2020-12 style (3.0 wants a boolean); "
                    f"read as {bound}: {value!r}, {exclusive}: true",
                )
        if "const" in schema:
            value = schema.pop("const")
            if "enum" not in schema:
                schema["enum"] = [value]
            self.note(
                "const-30",
                _child(at, "const"),
                f"const is not OpenAPI 3.0; read as enum: [{value!r}]",
            )
        kind = schema.get("type")
        if isinstance(kind, list) or kind == "null":
            kinds = [str(k) for k in (kind if isinstance(kind, list) else [kind])]
            others = [k for k in _unique(kinds) if k != "null"]
            nullable = "null" in kinds
            del schema["type"]
            if len(others) == 1:
                schema["type"] = others[0]
            elif others:
                schema["anyOf"] = [*schema.get("anyOf", []), *({"type": k} for k in others)]
            if nullable:
                schema["nullable"] = True
                if not others:
                    schema["enum"] = [None]
            self.note(
                "type-list-30",
                _child(at, "type"),
                f"type {kind!r} is not OpenAPI 3.0; read as "
                + (
                    f"type {others[0]!r}"
                    if len(others) == 1
                    else f"anyOf of {others}"
                    if others
                    else "null only"
                )
                + (", nullable: true" if nullable else ""),
            )
        for key in [k for k in schema if isinstance(k, str) and not k.startswith("x-")]:
            if key not in SCHEMA_KEYWORDS_30:
                del schema[key]
                self.note(
                    f"unknown-keyword-{key}",
                    _child(at, key),
                    f"{key!r} is not an OpenAPI 3.0 schema keyword; ignored",
                )


def _items(value: Any) -> list[tuple[str, Any]]:
    return [(str(k), v) for k, v in value.items()] if isinstance(value, dict) else []


def _indexed(value: Any) -> list[tuple[int, Any]]:
    return list(enumerate(value)) if isinstance(value, list) else []


def _unique(values: list[Any]) -> list[Any]:
    out: list[Any] = []
    for value in values:
        if value not in out:
            out.append(value)
    return out


def find_deviations(data: dict[str, Any], version: str) -> list[Deviation]:
    """Normalise data in place; return every deviation found, in document order."""
    normalizer = _Normalizer(data, version)
    found = normalizer.run()
    drop_unused_invalid(data, version, normalizer.note)
    return found


def normalize_document(loaded: LoadedSpec, version: str, *, strict: bool) -> list[Problem]:
    """Normalise loaded.data in place; return the warnings to print (strict: raise them as errors)."""
    found = find_deviations(loaded.data, version)
    if strict:
        if found:
            raise SpecError(
                [loaded.problem(d.pointer, f"{d.message} (refused: --strict)") for d in found]
            )
        return []
    by_kind: dict[str, list[Deviation]] = {}
    for deviation in found:
        by_kind.setdefault(deviation.kind, []).append(deviation)
    warnings: list[Problem] = []
    for group in by_kind.values():
        if len(group) <= SUMMARY_AFTER:
            warnings.extend(loaded.problem(d.pointer, "warning: " + d.message) for d in group)
            continue
        first = group[0]
        warnings.append(
            loaded.problem(
                first.pointer,
                f"warning: {first.message} (and {len(group) - 1} more like it; "
                "--strict lists them all)",
            )
        )
    return sorted(warnings, key=lambda w: (w.line or 0, w.pointer))


__all__ = ["Deviation", "find_deviations", "normalize_document"]
