"""Validate a loaded spec before anything is generated: every problem at once, each located.

Checks, in order: OpenAPI version; the official OpenAPI 3.0/3.1 meta-schema (shipped by
openapi-spec-validator, checked with jsonschema); schema objects against JSON Schema 2020-12 (3.1);
our ``x-`` extensions against ``schemas/extensions.schema.json``; then what no schema can say:
unresolved ``$ref``, duplicate operation ids, path template parameters, cross references between
task bindings, envelopes and operations.
"""

from __future__ import annotations

import bisect
import functools
import importlib.util
import itertools
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jsonschema_rs

from generator.callbacks import callback_problems
from generator.data_keys import children
from generator.load import LoadedSpec
from generator.problems import (
    Place,
    Problem,
    SpecError,
    escape_pointer_token,
    join_pointer,
    spell_place,
    split_pointer,
)
from generator.streams import stream_problems

if TYPE_CHECKING:  # the pure-Python engine is imported only to describe a problem found
    import jsonschema
    from jsonschema.exceptions import ValidationError

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
MAX_PROBLEMS = 200
_PATH_PARAM = re.compile(r"\{([^{}]+)\}")


JSON_SCHEMA_2020 = "https://json-schema.org/draft/2020-12/schema"


@functools.cache
def _meta_schema(version: str) -> dict[str, Any]:
    """The official OpenAPI meta-schema, as shipped by openapi-spec-validator.

    In 3.1, Schema Objects are checked through ``$dynamicRef: #meta``, which the shipped file points
    at a stub accepting any object; here it is the JSON Schema 2020-12 meta-schema itself, so one
    pass checks the whole document, schemas included.
    """
    spec = importlib.util.find_spec("openapi_spec_validator")
    if spec is None or spec.origin is None:  # pragma: no cover - dependency of this project
        raise RuntimeError("openapi-spec-validator is not installed; run `make generate` to set up")
    folder = Path(spec.origin).parent / "resources" / "schemas" / f"v{version}" / "schema.json"
    text = folder.read_text(encoding="utf-8")
    text = text.replace('"$dynamicRef": "#meta"', '"$ref": "#/$defs/schema"')
    schema = as_dict(json.loads(text))
    if version == "3.1":
        schema["$defs"]["schema"] = {"$ref": JSON_SCHEMA_2020}
    return schema


@functools.cache
def _extension_schema() -> dict[str, Any]:
    path = Path(__file__).with_name("schemas") / "extensions.schema.json"
    return as_dict(json.loads(path.read_text(encoding="utf-8")))


def _schema_of(kind: str) -> dict[str, Any]:
    if kind == "ext":
        return _extension_schema()
    if kind == "ext-op":
        ext = _extension_schema()
        return {"$defs": ext["$defs"], "$ref": "#/$defs/operation"}
    return _meta_schema(kind)


@functools.cache
def _compiled(kind: str) -> jsonschema.protocols.Validator:
    """The pure-Python validator: slow, but its errors carry the context that locates a problem."""
    import jsonschema

    schema = _schema_of(kind)
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema)


@functools.cache
def _fast(kind: str) -> Any:
    """A compiled (jsonschema-rs) validator, tens of times faster: it decides validity."""
    return jsonschema_rs.validator_for(_schema_of(kind))


def jsonschema_best_match(errors: list[ValidationError]) -> ValidationError | None:
    """``jsonschema``'s pick of the error that says most (imported when a problem is found)."""
    from jsonschema.exceptions import best_match

    best: ValidationError | None = best_match(errors)
    return best


def _is_reference_branch(errors: list[ValidationError]) -> bool:
    """Whether these errors of one oneOf/anyOf branch say "this is not a Reference Object"."""
    return any(
        e.validator == "required"
        and not e.relative_path
        and isinstance(e.validator_value, list)
        and "$ref" in e.validator_value
        for e in errors
    )


def _deepest(error: ValidationError) -> ValidationError:
    """Descend into anyOf/oneOf contexts to the error that says most.

    Never into the unused branch of ``oneOf: [Schema, Reference]``: an object without ``$ref`` is
    not meant as a Reference, so its failures there say nothing about what is wrong.
    """
    while error.context:
        branches: dict[Any, list[ValidationError]] = {}
        for sub in error.context:
            key = sub.relative_schema_path[0] if sub.relative_schema_path else None
            branches.setdefault(key, []).append(sub)
        has_ref = isinstance(error.instance, dict) and "$ref" in error.instance
        meant = [
            sub
            for errors in branches.values()
            if len(branches) == 1 or _is_reference_branch(errors) == has_ref
            for sub in errors
        ]
        best = jsonschema_best_match(meant or error.context)
        if best is None or best is error:
            break
        error = best
    return error


def _describe(error: ValidationError) -> str:
    message = error.message
    if len(message) > 240:
        message = message[:237] + "..."
    return message


def schema_errors(
    kind: str, instance: Any, base: tuple[str | int, ...]
) -> Iterator[tuple[str, str]]:
    """(pointer, message) of every problem of instance against a meta-schema; none when valid."""
    if _fast(kind).is_valid(instance):
        return
    for error in _compiled(kind).iter_errors(instance):
        deepest = _deepest(error)
        yield join_pointer([*base, *deepest.absolute_path]), _describe(deepest)


def _in_schema(pointer: str) -> bool:
    """Whether pointer lies inside a Schema Object (a component schema or a ``schema`` field)."""
    tokens = split_pointer(pointer)
    if tokens[:2] == ["components", "schemas"] and len(tokens) > 2:
        return True
    return "schema" in tokens[:-1]


def as_dict(value: Any) -> dict[str, Any]:
    """value when it is a mapping, else an empty dict (specs are untrusted)."""
    return value if isinstance(value, dict) else {}


def openapi_version(data: dict[str, Any]) -> str | None:
    """'3.0' or '3.1' for a supported document, else None."""
    version = data.get("openapi")
    if isinstance(version, str):
        if re.fullmatch(r"3\.0\.\d+(-.+)?", version):
            return "3.0"
        if re.fullmatch(r"3\.1\.\d+(-.+)?", version):
            return "3.1"
    return None


def iter_operations(
    data: dict[str, Any],
) -> Iterator[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    """(path, method, operation, path item) for every operation, in document order."""
    paths = data.get("paths")
    if not isinstance(paths, dict):
        return
    for path, item in paths.items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                yield str(path), method, op, item


def resolve_local(data: Any, ref: str) -> Any:
    """Follow a local '#/...' reference; KeyError when it does not resolve."""
    if not ref.startswith("#"):
        raise KeyError(ref)
    current = data
    for token in split_pointer(ref[1:]):
        if isinstance(current, dict) and token in current:
            current = current[token]
        elif isinstance(current, list) and token.isdigit() and int(token) < len(current):
            current = current[int(token)]
        else:
            raise KeyError(ref)
    return current


def deref(data: dict[str, Any], node: Any, limit: int = 50) -> Any:
    """Follow $ref chains of a non-schema object (parameter, response, request body)."""
    seen = 0
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        node = resolve_local(data, node["$ref"])
        seen += 1
        if seen > limit:
            raise KeyError("reference cycle")
    return node


def _deref_or_none(data: dict[str, Any], node: Any) -> Any:
    try:
        return deref(data, node)
    except KeyError:
        return None


def _body_members(data: dict[str, Any], op: dict[str, Any]) -> set[str]:
    """Top-level member names of an operation's JSON request body (empty when there is none)."""
    body = _deref_or_none(data, op.get("requestBody"))
    content = as_dict(as_dict(body).get("content"))
    media = next((as_dict(v) for k, v in content.items() if "json" in str(k)), {})
    schema = as_dict(_deref_or_none(data, media.get("schema")))
    return {str(k) for k in as_dict(schema.get("properties"))}


def walk_refs(
    node: Any, pointer: str, keep: Callable[[str], bool] | None = None
) -> Iterator[tuple[str, str]]:
    """(pointer, $ref) of every reference (that keep is true of, when given); those inside data
    (``data_keys``) are no references. A pointer is spelt out only for a reference yielded: on a
    3 MB document that is a few thousand, not the hundred thousand places walked."""
    stack: list[tuple[Any, Place, bool]] = [(node, pointer, False)]
    while stack:
        current, at, names = stack.pop()
        if isinstance(current, dict):
            ref = current.get("$ref")
            if isinstance(ref, str) and not names and (keep is None or keep(ref)):
                yield spell_place(at) + "/$ref", ref
            for key, value, map_of_names in children(current, names):
                if isinstance(value, dict | list):
                    stack.append((value, (at, key), map_of_names))
        elif isinstance(current, list):
            for i, value in enumerate(current):
                if isinstance(value, dict | list):
                    stack.append((value, (at, str(i)), False))


def _unusable(data: dict[str, Any], ref: str) -> bool:
    """Whether a reference is external (not bundled) or names no location of data."""
    if not ref.startswith("#"):
        return True
    try:
        resolve_local(data, ref)
    except KeyError:
        return True
    return False


def validate_spec(loaded: LoadedSpec) -> None:
    """Raise SpecError listing every problem of the loaded spec; return when it is usable."""
    data = loaded.data
    problems: list[Problem] = []

    def add(pointer: str, message: str) -> None:
        problems.append(loaded.problem(pointer, message))

    version = openapi_version(data)
    if version is None:
        found = data.get("openapi", data.get("swagger"))
        add("/openapi", f"unsupported OpenAPI version {found!r}; expected 3.0.x or 3.1.x")
        raise SpecError(problems)

    errors = list(itertools.islice(schema_errors(version, data, ()), MAX_PROBLEMS))
    pointers = sorted({pointer for pointer, _ in errors})
    for pointer, message in errors:
        # An error about an object whose member has one of its own is that member's consequence
        # ("'in' was unexpected" because ``type`` is wrong): the member's error names the key.
        after = bisect.bisect_right(pointers, pointer + "/")
        if after < len(pointers) and pointers[after].startswith(pointer + "/"):
            continue
        if version == "3.1" and _in_schema(pointer):
            add(pointer, f"not a valid JSON Schema: {message}")
        else:
            add(pointer, f"not valid OpenAPI {version}: {message}")
    if problems:
        raise SpecError(problems)

    for pointer, message in schema_errors("ext", data, ()):
        add(pointer, f"invalid extension: {message}")
    for path, method, op, _ in iter_operations(data):
        base = ("paths", path, method)
        for pointer, message in schema_errors("ext-op", op, base):
            add(pointer, f"invalid extension: {message}")

    unusable = functools.partial(_unusable, data)
    for at, ref in walk_refs(data, "", unusable):
        if not ref.startswith("#"):
            add(at, f"$ref {ref!r} was not bundled")
        else:
            add(at, f"$ref {ref!r} does not resolve: no such location in this document")
    if problems:
        raise SpecError(problems)

    _check_operations(data, add)
    if problems:
        raise SpecError(problems)


def _check_operations(data: dict[str, Any], add: Callable[[str, str], None]) -> None:
    ids: dict[str, str] = {}
    python_names: dict[str, str] = {}
    params_of: dict[str, set[str]] = {}
    for path, method, op, item in iter_operations(data):
        at = "/paths/" + escape_pointer_token(path) + "/" + method
        op_id = op.get("operationId")
        if isinstance(op_id, str):
            if op_id in ids:
                add(
                    at + "/operationId",
                    f"duplicate operationId {op_id!r} (also at {ids[op_id]}); operation ids must be unique",
                )
            else:
                ids[op_id] = at
        py = op.get("x-python-name")
        if isinstance(py, str):
            if py in python_names:
                add(
                    at + "/x-python-name",
                    f"x-python-name {py!r} is also used at {python_names[py]}",
                )
            python_names[py] = at
        declared: dict[tuple[str, str], dict[str, Any]] = {}
        for source, params in (
            ("path item", item.get("parameters")),
            ("operation", op.get("parameters")),
        ):
            for i, param in enumerate(params if isinstance(params, list) else []):
                where = (at if source == "operation" else at.rsplit("/", 1)[0]) + f"/parameters/{i}"
                try:
                    resolved = deref(data, param)
                except KeyError:
                    add(where, "parameter $ref does not resolve or is circular")
                    continue
                if isinstance(resolved, dict):
                    declared[(str(resolved.get("name")), str(resolved.get("in")))] = resolved
        in_path = {name for name, loc in declared if loc == "path"}
        template = set(_PATH_PARAM.findall(path))
        for missing in sorted(template - in_path):
            add(
                at,
                f"path {path!r} uses {{{missing}}} but declares no path parameter named {missing!r}",
            )
        for extra in sorted(in_path - template):
            add(at, f"path parameter {extra!r} does not appear in the path {path!r}")
        if isinstance(op_id, str):
            # A poll may take the task id as a top-level member of its JSON body (POST …/feed {task_id}).
            params_of[op_id] = {name for name, _ in declared} | _body_members(data, op)
        for where, message in stream_problems(op, lambda n: _deref_or_none(data, n), at):
            add(where, message)

    envelopes = as_dict(data.get("x-error-envelopes"))
    for i, name in enumerate(data.get("x-default-error-envelopes") or []):
        if name not in envelopes:
            add(
                f"/x-default-error-envelopes/{i}",
                f"unknown error envelope {name!r}; declared: {sorted(envelopes)}",
            )
    for path, method, op, _ in iter_operations(data):
        at = "/paths/" + escape_pointer_token(path) + "/" + method
        for i, name in enumerate(op.get("x-error-envelopes") or []):
            if name not in envelopes:
                add(
                    f"{at}/x-error-envelopes/{i}",
                    f"unknown error envelope {name!r}; declared: {sorted(envelopes)}",
                )

    tasks = as_dict(data.get("x-tasks"))
    submitted_by: dict[str, str] = {}
    for name, binding in tasks.items():
        at = "/x-tasks/" + escape_pointer_token(str(name))
        if not isinstance(binding, dict):
            continue
        for i, op_id in enumerate(binding.get("submit") or []):
            if op_id not in ids:
                add(f"{at}/submit/{i}", f"unknown operationId {op_id!r}")
            elif op_id in submitted_by:
                add(
                    f"{at}/submit/{i}",
                    f"operation {op_id!r} is already submitted by task binding {submitted_by[op_id]!r}",
                )
            else:
                submitted_by[op_id] = str(name)
        for key in ("poll", "cancel"):
            op_id = binding.get(key)
            if op_id is None:
                continue
            if op_id not in ids:
                add(f"{at}/{key}", f"unknown operationId {op_id!r}")
            elif binding.get("id-param") not in params_of.get(op_id, set()):
                add(
                    f"{at}/id-param",
                    f"{key} operation {op_id!r} has no parameter {binding.get('id-param')!r}",
                )
    for path, method, op, _ in iter_operations(data):
        at = "/paths/" + escape_pointer_token(path) + "/" + method
        deref_op = functools.partial(_deref_or_none, data)
        for where, message in callback_problems(op, deref_op, at, set(submitted_by)):
            add(where, message)
