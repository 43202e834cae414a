"""Every example of the document validated against its schema.

Examples are read where OpenAPI puts them: on schemas (``example``, and ``examples`` in 3.1), on
media types of request bodies and responses (``example``, ``examples.*.value``) and on
parameters. A documented example that fails its own schema is either a wrong example or a wrong
schema; both mislead the people and tools reading the spec.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.lint.context import SpecContext
from generator.normalize import normalize_schema
from generator.problems import escape_pointer_token
from generator.validate import as_dict, deref, iter_operations, openapi_version

Found = tuple[str, str, str]
Example = tuple[str, Any, Any]  # (pointer of the example, its schema, the example)
SUBSCHEMA_MAPS = ("properties", "patternProperties", "$defs", "dependentSchemas")
SUBSCHEMAS = (
    "items",
    "additionalProperties",
    "not",
    "if",
    "then",
    "else",
    "contains",
    "propertyNames",
)
SUBSCHEMA_LISTS = ("allOf", "oneOf", "anyOf", "prefixItems")
MAX_MESSAGE = 160


def schema_examples(schema: Any, at: str, version: str) -> Iterator[Example]:
    """Examples written on schema and on every schema inside it (references are not followed)."""
    stack = [(schema, at)]
    while stack:
        node, here = stack.pop()
        if not isinstance(node, dict) or ("$ref" in node and len(node) == 1):
            continue
        if "example" in node:
            yield f"{here}/example", node, node["example"]
        if version == "3.1" and isinstance(node.get("examples"), list):
            for i, value in enumerate(node["examples"]):
                yield f"{here}/examples/{i}", node, value
        for key in SUBSCHEMA_MAPS:
            for name, sub in as_dict(node.get(key)).items():
                stack.append((sub, f"{here}/{key}/{escape_pointer_token(str(name))}"))
        for key in SUBSCHEMAS:
            if isinstance(node.get(key), dict):
                stack.append((node[key], f"{here}/{key}"))
        for key in SUBSCHEMA_LISTS:
            for i, sub in enumerate(node.get(key) or []):
                stack.append((sub, f"{here}/{key}/{i}"))


def _holder_examples(data: dict[str, Any], holder: Any, at: str, version: str) -> Iterator[Example]:
    """Examples of a media type or parameter object, and of the schema it carries."""
    if not isinstance(holder, dict):
        return
    schema = holder.get("schema")
    if schema is None:
        return
    if "example" in holder:
        yield f"{at}/example", schema, holder["example"]
    for name, example in as_dict(holder.get("examples")).items():
        try:
            resolved = deref(data, example)
        except KeyError:
            continue
        if isinstance(resolved, dict) and "value" in resolved:
            yield (
                f"{at}/examples/{escape_pointer_token(str(name))}/value",
                schema,
                resolved["value"],
            )
    yield from schema_examples(schema, f"{at}/schema", version)


def _content_examples(data: dict[str, Any], owner: Any, at: str, version: str) -> Iterator[Example]:
    for media, entry in as_dict(as_dict(owner).get("content")).items():
        yield from _holder_examples(
            data, entry, f"{at}/content/{escape_pointer_token(str(media))}", version
        )


def all_examples(data: dict[str, Any], version: str) -> Iterator[Example]:
    """Every example of the document with the schema it must satisfy."""
    for name, schema in as_dict(as_dict(data.get("components")).get("schemas")).items():
        yield from schema_examples(
            schema, f"/components/schemas/{escape_pointer_token(str(name))}", version
        )
    for path, method, op, item in iter_operations(data):
        at = "/paths/" + escape_pointer_token(path) + "/" + method
        for where, params in (
            (at, op.get("parameters")),
            (at.rsplit("/", 1)[0], item.get("parameters")),
        ):
            for i, param in enumerate(params if isinstance(params, list) else []):
                if isinstance(param, dict) and "$ref" not in param:
                    yield from _holder_examples(data, param, f"{where}/parameters/{i}", version)
        body = op.get("requestBody")
        if isinstance(body, dict) and "$ref" not in body:
            yield from _content_examples(data, body, f"{at}/requestBody", version)
        for code, response in as_dict(op.get("responses")).items():
            if isinstance(response, dict) and "$ref" not in response:
                yield from _content_examples(data, response, f"{at}/responses/{code}", version)
    comps = as_dict(data.get("components"))
    for kind in ("requestBodies", "responses"):
        for name, owner in as_dict(comps.get(kind)).items():
            yield from _content_examples(
                data, owner, f"/components/{kind}/{escape_pointer_token(str(name))}", version
            )
    for name, param in as_dict(comps.get("parameters")).items():
        yield from _holder_examples(
            data, param, f"/components/parameters/{escape_pointer_token(str(name))}", version
        )


class _Validators:
    """Schemas made JSON Schema 2020-12 once; each example's schema compiled with them as context."""

    def __init__(self, data: dict[str, Any], version: str) -> None:
        self.version = version
        comps = as_dict(data.get("components"))
        self.components = {
            "schemas": {
                k: normalize_schema(v, version) for k, v in as_dict(comps.get("schemas")).items()
            }
        }

    def errors(self, schema: Any, value: Any) -> list[str]:
        """Why value does not satisfy schema (empty when it does).

        The pure-Python engine resolves references lazily, so each example costs its own
        schema only; compiling the document's every component per example would not scale
        to a 3 MB document's hundreds of examples.
        """
        if not isinstance(schema, dict) or not schema:
            return []
        root = dict(normalize_schema(schema, self.version))
        root["components"] = self.components
        root.pop("$schema", None)
        # Imported here, where examples are checked: a large document is linted in a forked
        # process (generator.side), and the engine's import (~80 ms) is then paid there.
        import jsonschema
        import referencing.exceptions

        try:
            validator = jsonschema.Draft202012Validator(root)
            found = sorted(validator.iter_errors(value), key=lambda e: list(e.path))
        except (jsonschema.exceptions.SchemaError, referencing.exceptions.Unresolvable):
            return []  # the meta-schema check speaks for the schema itself
        out = []
        for error in found[:3]:
            where = "/".join(str(p) for p in error.absolute_path)
            text = " ".join(str(error.message).split())
            text = text if len(text) <= MAX_MESSAGE else text[: MAX_MESSAGE - 1] + "…"
            out.append(f"{text} (at /{where})" if where else text)
        return out


def check(ctx: SpecContext) -> Iterator[Found]:
    """One finding per example that fails its schema."""
    version = openapi_version(ctx.data) or "3.1"
    validators = _Validators(ctx.data, version)
    for pointer, schema, value in all_examples(ctx.data, version):
        problems = validators.errors(schema, value)
        if problems:
            yield (
                "example-invalid",
                pointer,
                "example does not match its schema: " + "; ".join(problems),
            )


__all__ = ["all_examples", "check", "schema_examples"]
