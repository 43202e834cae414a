"""Offline payload validation: every problem at once, located, in words a person can act on.

A payload schema (JSON Schema 2020-12 plus OpenAPI 3.0-isms such as ``nullable: true``) is compiled
once into a tree of small check closures and cached; ``Validator.validate`` then walks the payload
a single time and returns *all* problems, each with a JSON path, the keyword (rule) broken, a
human message and, when known, what would be allowed. The declared cross-field rules (``x-rules``:
``max-sum`` / ``min-sum``) run after the schema.

Why not ``jsonschema`` or ``fastjsonschema``: generated clients depend only on httpx and pydantic,
so the runtime must be stdlib-only; we need every problem in one pass with messages written for
people (``image_urls: 16 items, at most 14 allowed``), ``x-message`` overrides and useful
summaries of ``anyOf``/``oneOf`` failures; and the warm path must stay fast (tens of thousands of
validations per second) because clients validate before every request.

Paths: ``$`` is the payload itself; object members are joined with ``.`` (``extra.tools``), array
items use ``[i]`` (``image_urls[3]``), and keys that are not identifiers use ``["key"]``.
Messages always start with the path (``prompt: required``).
"""

from __future__ import annotations

import difflib
import json
import math
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from .errors import GatewayClientError

__all__ = [
    "BodyLike",
    "GatewayLike",
    "OperationLike",
    "PayloadValidationError",
    "Problem",
    "SchemaError",
    "UnknownOperationError",
    "Validator",
    "compile_validator",
    "ensure_valid_payload",
    "format_path",
    "is_binary_value",
    "operation_names",
    "resolve_operation",
    "validate",
    "validate_operation_payload",
]


# --------------------------------------------------------------------------------------------
# Public data types and errors
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a payload.

    ``allowed`` is a list of allowed values (``enum``, ``const``, ``type``, unknown fields) or a
    short text such as ``"at most 14 items"``; ``None`` when nothing useful can be said.
    """

    path: str
    rule: str
    message: str
    allowed: Any = None

    def __str__(self) -> str:
        return self.message

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (used by ``--json`` output)."""
        return {
            "path": self.path,
            "rule": self.rule,
            "message": self.message,
            "allowed": _jsonable(self.allowed),
        }


class SchemaError(GatewayClientError):
    """A payload schema cannot be compiled (e.g. an unresolvable ``$ref``)."""


class PayloadValidationError(GatewayClientError, ValueError):
    """A payload broke its operation's schema or rules; ``problems`` lists every one."""

    def __init__(self, problems: Sequence[Problem], operation: str | None = None) -> None:
        self.problems: list[Problem] = list(problems)
        self.operation = operation
        n = len(self.problems)
        what = f"payload for {operation}" if operation else "payload"
        head = f"{what} is invalid ({n} problem{'s' if n != 1 else ''}):"
        super().__init__("\n".join([head, *(f"  {p.message}" for p in self.problems)]))


class UnknownOperationError(GatewayClientError, LookupError):
    """No operation of the gateway has that id, client method name or ``"METHOD /path"``."""

    def __init__(self, name: str, gateway: str | None, suggestions: Sequence[str]) -> None:
        self.name = name
        self.gateway = gateway
        self.suggestions: list[str] = list(suggestions)
        where = f" in gateway {gateway!r}" if gateway else ""
        msg = f"unknown operation {name!r}{where}"
        if self.suggestions:
            msg += "; did you mean " + ", ".join(repr(s) for s in self.suggestions) + "?"
        super().__init__(msg)


class BodyLike(Protocol):
    """What validation reads from an operation's body description."""

    @property
    def media_type(self) -> str: ...

    @property
    def binary_fields(self) -> Sequence[str]: ...


class OperationLike(Protocol):
    """What validation reads from an operation (``gateway_runtime.spec.OperationSpec`` fits)."""

    @property
    def operation_id(self) -> str: ...

    @property
    def python_name(self) -> str | None: ...

    @property
    def method(self) -> str: ...

    @property
    def path(self) -> str: ...

    @property
    def payload_schema(self) -> Mapping[str, Any]: ...

    @property
    def rules(self) -> Sequence[Mapping[str, Any]]: ...

    @property
    def body(self) -> BodyLike | None: ...


class GatewayLike(Protocol):
    """What validation reads from a gateway (``gateway_runtime.spec.GatewaySpec`` fits)."""

    @property
    def name(self) -> str: ...

    @property
    def operations(self) -> Mapping[str, OperationLike]: ...


# --------------------------------------------------------------------------------------------
# Paths and value rendering
# --------------------------------------------------------------------------------------------

# A path is built lazily as a cons chain ``(parent, key)``; it is only turned into a string
# when a problem is reported, so the warm path pays one small tuple per visited member.
_Path = tuple[Any, str | int] | None
Check = Callable[[Any, _Path, list[Problem]], None]

_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


def _key_part(key: str | int, first: bool) -> str:
    if isinstance(key, int):
        return f"[{key}]"
    if _IDENT.match(key):
        return key if first else "." + key
    return "[" + json.dumps(key, ensure_ascii=False) + "]"


def format_path(keys: Sequence[str | int]) -> str:
    """Render a sequence of keys as a path: ``["extra", "tools", 0]`` -> ``extra.tools[0]``."""
    if not keys:
        return "$"
    return "".join(_key_part(k, i == 0) for i, k in enumerate(keys))


def _fmt(path: _Path) -> str:
    keys: list[str | int] = []
    node = path
    while node is not None:
        keys.append(node[1])
        node = node[0]
    if not keys:
        return "$"
    keys.reverse()
    return "".join(_key_part(k, i == 0) for i, k in enumerate(keys))


def _show(value: Any, limit: int = 60) -> str:
    """A short rendering of a value for messages."""
    if isinstance(value, bytes | bytearray | memoryview):
        return f"<{len(value)} bytes>"
    if isinstance(value, os.PathLike):
        return f"<file {os.fspath(value)!s}>"
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text


def _jsonable(value: Any) -> Any:
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    return str(value)


def _show_list(values: Sequence[Any], limit: int = 12) -> str:
    shown = ", ".join(_show(v) for v in values[:limit])
    if len(values) > limit:
        shown += f", … ({len(values) - limit} more)"
    return shown


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _num(x: Any) -> str:
    if isinstance(x, float) and x.is_integer() and abs(x) < 1e15:
        return str(int(x))
    return str(x)


def _json_type(value: Any) -> str:
    """JSON type name of a Python value (or its Python type name when it has none)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "integer" if value.is_integer() else "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, Mapping):
        return "object"
    if isinstance(value, list | tuple):
        return "array"
    if isinstance(value, bytes | bytearray | memoryview):
        return "bytes"
    if isinstance(value, os.PathLike):
        return "file path"
    if hasattr(value, "read"):
        return "file object"
    return type(value).__name__


# --------------------------------------------------------------------------------------------
# JSON equality (True != 1, 1 == 1.0) and binary values
# --------------------------------------------------------------------------------------------

_BOOL_TAG = object()
_LIST_TAG = object()
_DICT_TAG = object()


def _canon(value: Any) -> Any:
    """A hashable key with JSON equality semantics."""
    t = type(value)
    if t is str or value is None:
        return value
    if t is bool:
        return (_BOOL_TAG, value)
    if t is int or t is float:
        return value
    if isinstance(value, bool):
        return (_BOOL_TAG, bool(value))
    if isinstance(value, str):
        return str(value)
    if isinstance(value, int | float):
        return value
    if isinstance(value, list | tuple):
        return (_LIST_TAG, tuple(_canon(v) for v in value))
    if isinstance(value, Mapping):
        return (_DICT_TAG, frozenset((k, _canon(v)) for k, v in value.items()))
    try:
        hash(value)
    except TypeError:
        return (id(value),)
    return value


class _BinaryValue:
    """Stands in for a file given to a multipart binary field (see ``binary_fields``)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<binary>"


_BINARY = _BinaryValue()


def is_binary_value(value: Any) -> bool:
    """Whether ``value`` is something a multipart file field accepts.

    bytes-like, a ``pathlib.Path`` (any ``os.PathLike``), a binary file object (has ``read``), or a
    ``(filename, content[, content_type[, headers]])`` tuple.
    """
    if isinstance(value, bytes | bytearray | memoryview | os.PathLike | _BinaryValue):
        return True
    if isinstance(value, tuple):
        return 2 <= len(value) <= 4 and (
            isinstance(value[1], bytes | bytearray | str) or hasattr(value[1], "read")
        )
    return hasattr(value, "read") and not isinstance(value, str | Mapping)


# --------------------------------------------------------------------------------------------
# Compiler
# --------------------------------------------------------------------------------------------


def _noop(value: Any, path: _Path, out: list[Problem]) -> None:
    return None


def _false_schema(value: Any, path: _Path, out: list[Problem]) -> None:
    p = _fmt(path)
    out.append(Problem(p, "false", f"{p}: not allowed"))


_TYPE_PY: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "null": (type(None),),
    "array": (list, tuple),
    "object": (dict,),
}

_ANNOTATIONS = frozenset(
    {
        "title",
        "description",
        "default",
        "examples",
        "example",
        "deprecated",
        "readOnly",
        "writeOnly",
        "$comment",
        "$schema",
        "$id",
        "$anchor",
        "$defs",
        "definitions",
        "discriminator",
        "xml",
        "externalDocs",
        "contentEncoding",
        "contentMediaType",
        "x-message",
    }
)


def _type_checker(types: Sequence[str], binary: str | None) -> Callable[[Any], bool]:
    """A predicate for the ``type`` keyword; ``binary`` is ``"binary"``/``"byte"`` or None."""
    fast: set[type] = set()
    for t in types:
        fast.update(_TYPE_PY.get(t, ()))
    if "integer" in types and "number" not in types:
        fast.discard(float)
    fast_types = frozenset(fast)
    want = frozenset(types)
    int_ok = "integer" in want
    num_ok = "number" in want
    str_ok = "string" in want

    def check(value: Any) -> bool:
        t = type(value)
        if t in fast_types:
            return True
        if t is float and int_ok and value.is_integer():
            return True
        if t is bool:
            return False
        if value is _BINARY:
            return str_ok
        if binary is not None and str_ok:
            if binary == "byte":
                if isinstance(value, bytes | bytearray | memoryview):
                    return True
            elif is_binary_value(value):
                return True
        # subclasses (StrEnum, OrderedDict, …)
        if isinstance(value, bool):
            return False
        if str_ok and isinstance(value, str):
            return True
        if (int_ok or num_ok) and isinstance(value, int):
            return True
        if num_ok and isinstance(value, float):
            return True
        if "object" in want and isinstance(value, Mapping):
            return True
        return "array" in want and isinstance(value, list | tuple)

    return check


def _resolve_pointer(doc: Any, pointer: str) -> Any:
    if pointer in ("", "/"):
        return doc if pointer == "" else doc.get("") if isinstance(doc, Mapping) else None
    cur = doc
    for raw in pointer.lstrip("/").split("/"):
        tok = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(cur, Mapping) and tok in cur:
            cur = cur[tok]
        elif isinstance(cur, list) and tok.isdigit() and int(tok) < len(cur):
            cur = cur[int(tok)]
        else:
            raise KeyError(pointer)
    return cur


_MISSING = object()


def _payload_at(doc: Any, pointer: str) -> Any:
    """Value at a JSON pointer in a payload, or ``_MISSING``."""
    if pointer == "":
        return doc
    cur = doc
    for raw in pointer.lstrip("/").split("/"):
        tok = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(cur, Mapping):
            if tok not in cur:
                return _MISSING
            cur = cur[tok]
        elif isinstance(cur, list | tuple) and tok.isdigit():
            i = int(tok)
            if i >= len(cur):
                return _MISSING
            cur = cur[i]
        else:
            return _MISSING
    return cur


def _pointer_path(pointer: str) -> str:
    keys: list[str | int] = []
    for raw in pointer.lstrip("/").split("/") if pointer else []:
        tok = raw.replace("~1", "/").replace("~0", "~")
        keys.append(int(tok) if tok.isdigit() else tok)
    return format_path(keys)


class _Compiler:
    """Compiles one root schema; subschemas and ``$ref`` targets are compiled once each."""

    def __init__(self, root: Any) -> None:
        self.root = root
        self.done: dict[int, Check] = {}
        self.refs: dict[str, list[Check]] = {}
        self.keep: list[Any] = []  # keep compiled-from dicts alive so ids stay unique

    # -- $ref ---------------------------------------------------------------------------------

    def resolve_ref(self, ref: str) -> Any:
        if not ref.startswith("#"):
            raise SchemaError(f"only local $refs are supported, got {ref!r}")
        try:
            return _resolve_pointer(self.root, ref[1:])
        except KeyError:
            raise SchemaError(f"unresolvable $ref {ref!r}") from None

    def deref(self, schema: Any) -> Any:
        """Follow a chain of bare ``$ref``s (for static analysis only)."""
        seen = 0
        while isinstance(schema, Mapping) and "$ref" in schema and seen < 32:
            try:
                schema = self.resolve_ref(str(schema["$ref"]))
            except SchemaError:
                return {}
            seen += 1
        return schema

    def ref(self, ref: str) -> Check:
        cell = self.refs.get(ref)
        if cell is None:
            cell = [_noop]
            self.refs[ref] = cell
            cell[0] = self.compile(self.resolve_ref(ref))
        holder = cell

        def check_ref(value: Any, path: _Path, out: list[Problem]) -> None:
            holder[0](value, path, out)

        return check_ref

    # -- schemas ------------------------------------------------------------------------------

    def compile(self, schema: Any) -> Check:
        if schema is True:
            return _noop
        if schema is False:
            return _false_schema
        if not isinstance(schema, Mapping):
            raise SchemaError(f"a schema must be an object or a boolean, got {_show(schema)}")
        key = id(schema)
        got = self.done.get(key)
        if got is not None:
            return got
        # Recursive subschemas without $ref cannot happen in a tree; cache after compiling.
        self.keep.append(schema)
        fn = self._compile_mapping(schema)
        self.done[key] = fn
        return fn

    def _compile_mapping(self, s: Mapping[str, Any]) -> Check:
        local: list[Check] = []
        descend: list[Check] = []

        if "$ref" in s:
            local.append(self.ref(str(s["$ref"])))

        nullable = s.get("nullable") is True
        fmt = s.get("format")
        bin_kind = str(fmt) if fmt in ("binary", "byte") else None

        type_ok: Callable[[Any], bool] | None = None
        type_names: list[str] = []
        if "type" in s:
            raw = s["type"]
            type_names = [raw] if isinstance(raw, str) else [str(t) for t in raw]
            if nullable and "null" not in type_names:
                type_names.append("null")
            type_ok = _type_checker(type_names, bin_kind)

        self._value_checks(s, local, nullable)
        self._number_checks(s, local)
        self._string_checks(s, local)
        self._array_checks(s, local, descend)
        self._object_checks(s, local, descend)
        self._applicators(s, local)

        checks = local + descend
        x_message = s.get("x-message")
        if isinstance(x_message, str) and x_message:
            return self._with_message(x_message, nullable, type_ok, type_names, local, descend)

        if type_ok is not None:
            return _typed_node(type_ok, type_names, nullable, checks)
        if nullable:
            return _nullable_node(checks)
        if not checks:
            return _noop
        if len(checks) == 1:
            return checks[0]
        return _seq_node(checks)

    def _with_message(
        self,
        message: str,
        nullable: bool,
        type_ok: Callable[[Any], bool] | None,
        type_names: list[str],
        local: list[Check],
        descend: list[Check],
    ) -> Check:
        local_t = tuple(local)
        descend_t = tuple(descend)

        def check_with_message(value: Any, path: _Path, out: list[Problem]) -> None:
            if nullable and value is None:
                return
            if type_ok is not None and not type_ok(value):
                tmp = [_type_problem(path, type_names, value)]
                out.append(_collapse(message, value, path, tmp))
                return
            tmp = []
            for c in local_t:
                c(value, path, tmp)
            if tmp:
                out.append(_collapse(message, value, path, tmp))
            for c in descend_t:
                c(value, path, out)

        return check_with_message

    # -- keyword groups -------------------------------------------------------------------------

    def _value_checks(self, s: Mapping[str, Any], local: list[Check], nullable: bool) -> None:
        if "const" in s:
            local.append(_const_check(s["const"]))
        if "enum" in s and isinstance(s["enum"], list):
            values = list(s["enum"])
            if nullable and None not in values:
                values.append(None)
            local.append(_enum_check(values))

    def _number_checks(self, s: Mapping[str, Any], local: list[Check]) -> None:
        minimum, maximum = s.get("minimum"), s.get("maximum")
        xmin, xmax = s.get("exclusiveMinimum"), s.get("exclusiveMaximum")
        if xmin is True:  # OpenAPI 3.0 boolean form
            xmin, minimum = minimum, None
        elif xmin is False:
            xmin = None
        if xmax is True:
            xmax, maximum = maximum, None
        elif xmax is False:
            xmax = None
        bounds = [
            (b, k)
            for b, k in (
                (minimum, "minimum"),
                (maximum, "maximum"),
                (xmin, "exclusiveMinimum"),
                (xmax, "exclusiveMaximum"),
            )
            if isinstance(b, int | float) and not isinstance(b, bool)
        ]
        if bounds:
            local.append(_range_check(bounds))
        mult = s.get("multipleOf")
        if isinstance(mult, int | float) and not isinstance(mult, bool) and mult > 0:
            local.append(_multiple_check(mult))

    def _string_checks(self, s: Mapping[str, Any], local: list[Check]) -> None:
        lo, hi = s.get("minLength"), s.get("maxLength")
        if isinstance(lo, int) or isinstance(hi, int):
            local.append(
                _size_check(
                    str,
                    lo if isinstance(lo, int) else None,
                    hi if isinstance(hi, int) else None,
                    "character",
                    "minLength",
                    "maxLength",
                )
            )
        pattern = s.get("pattern")
        if isinstance(pattern, str):
            try:
                rx = re.compile(pattern)
            except re.error:
                rx = None  # ECMA-only syntax (e.g. \p{L}): left unchecked rather than crash
            if rx is not None:
                local.append(_pattern_check(rx, pattern))

    def _array_checks(self, s: Mapping[str, Any], local: list[Check], descend: list[Check]) -> None:
        prefix_raw = s.get("prefixItems")
        items_raw = s.get("items")
        if isinstance(items_raw, list):  # draft-4..2019 tuple form
            prefix_raw, items_raw = items_raw, s.get("additionalItems")
        prefix = [self.compile(x) for x in prefix_raw] if isinstance(prefix_raw, list) else []
        items = None if items_raw is None else self.compile(items_raw)
        if prefix or items is not None:
            descend.append(_items_check(tuple(prefix), items))
        lo, hi = s.get("minItems"), s.get("maxItems")
        if isinstance(lo, int) or isinstance(hi, int):
            local.append(
                _size_check(
                    (list, tuple),
                    lo if isinstance(lo, int) else None,
                    hi if isinstance(hi, int) else None,
                    "item",
                    "minItems",
                    "maxItems",
                )
            )
        if s.get("uniqueItems") is True:
            local.append(_unique_check)
        if "contains" in s:
            lo_c = s.get("minContains", 1)
            hi_c = s.get("maxContains")
            local.append(
                _contains_check(
                    self.compile(s["contains"]),
                    lo_c if isinstance(lo_c, int) else 1,
                    hi_c if isinstance(hi_c, int) else None,
                )
            )

    def _object_checks(
        self, s: Mapping[str, Any], local: list[Check], descend: list[Check]
    ) -> None:
        props_raw = s.get("properties")
        props: dict[str, Check] = {}
        if isinstance(props_raw, Mapping):
            props = {str(k): self.compile(v) for k, v in props_raw.items()}
        patterns: list[tuple[re.Pattern[str], Check]] = []
        if isinstance(s.get("patternProperties"), Mapping):
            for pat, sub in s["patternProperties"].items():
                try:
                    patterns.append((re.compile(pat), self.compile(sub)))
                except re.error:
                    continue
        extra_kw = "additionalProperties"
        extra_raw = s.get("additionalProperties")
        known: frozenset[str] = frozenset(props)
        if extra_raw is None and "unevaluatedProperties" in s:
            extra_kw = "unevaluatedProperties"
            extra_raw = s["unevaluatedProperties"]
            # Static approximation: properties declared anywhere in this schema's applicators.
            known = frozenset(self._declared_properties(s))
        extra: Check | None = None
        if extra_raw is not None and extra_raw is not True:
            extra = None if extra_raw is False else self.compile(extra_raw)
            if extra_raw is False or extra is not None:
                descend.append(
                    _properties_check(
                        props, tuple(patterns), extra, extra_raw is False, extra_kw, known
                    )
                )
        elif props or patterns:
            descend.append(_properties_check(props, tuple(patterns), None, False, extra_kw, known))

        required = s.get("required")
        if isinstance(required, list) and required:
            local.append(_required_check(tuple(str(r) for r in required)))
        dep_req: Mapping[str, Any] | None = s.get("dependentRequired")
        deps = s.get("dependencies")
        dep_schemas: dict[str, Any] = dict(s.get("dependentSchemas") or {})
        if isinstance(deps, Mapping):
            dep_req = dict(dep_req or {})
            for k, v in deps.items():
                if isinstance(v, list):
                    dep_req[k] = v
                else:
                    dep_schemas[k] = v
        if dep_req:
            local.append(
                _dependent_required_check(
                    tuple((str(k), tuple(str(x) for x in v)) for k, v in dep_req.items())
                )
            )
        if dep_schemas:
            local.append(
                _dependent_schemas_check(
                    tuple((str(k), self.compile(v)) for k, v in dep_schemas.items())
                )
            )
        lo, hi = s.get("minProperties"), s.get("maxProperties")
        if isinstance(lo, int) or isinstance(hi, int):
            local.append(
                _size_check(
                    Mapping,
                    lo if isinstance(lo, int) else None,
                    hi if isinstance(hi, int) else None,
                    "property",
                    "minProperties",
                    "maxProperties",
                    plural="properties",
                )
            )
        if "propertyNames" in s:
            local.append(_property_names_check(self.compile(s["propertyNames"])))

    def _declared_properties(self, s: Any, depth: int = 0) -> set[str]:
        s = self.deref(s)
        if not isinstance(s, Mapping) or depth > 16:
            return set()
        names = set(s.get("properties") or {})
        for kw in ("allOf", "anyOf", "oneOf"):
            for sub in s.get(kw) or ():
                names |= self._declared_properties(sub, depth + 1)
        for kw in ("if", "then", "else"):
            if kw in s:
                names |= self._declared_properties(s[kw], depth + 1)
        for sub in (s.get("dependentSchemas") or {}).values():
            names |= self._declared_properties(sub, depth + 1)
        if "$ref" in s:
            names |= self._declared_properties({"$ref": s["$ref"]}, depth + 1)
        return names

    def _applicators(self, s: Mapping[str, Any], local: list[Check]) -> None:
        for sub in s.get("allOf") or ():
            fn = self.compile(sub)
            if fn is not _noop:
                local.append(fn)
        for kw in ("anyOf", "oneOf"):
            branches_raw = s.get(kw)
            if isinstance(branches_raw, list) and branches_raw:
                branches = tuple(self.compile(b) for b in branches_raw)
                disc = self._discriminator(branches_raw)
                local.append(_alternatives_check(kw, branches, disc))
        if "not" in s:
            local.append(self._not_check(s["not"]))
        if "if" in s and ("then" in s or "else" in s):
            cond = self.compile(s["if"])
            then = self.compile(s["then"]) if "then" in s else None
            other = self.compile(s["else"]) if "else" in s else None
            desc = self._describe_condition(s["if"])
            local.append(_if_check(cond, then, other, desc))

    # -- static analysis for better messages ------------------------------------------------

    def _discriminator(
        self, branches: Sequence[Any]
    ) -> tuple[str, dict[Any, list[int]], list[Any]] | None:
        """A property whose const/enum tells the branches apart, if there is one."""
        resolved = [self.deref(b) for b in branches]
        if not all(isinstance(b, Mapping) for b in resolved):
            return None
        first = resolved[0].get("properties")
        if not isinstance(first, Mapping):
            return None
        for key in first:
            table: dict[Any, list[int]] = {}
            allowed: list[Any] = []
            ok = True
            for i, b in enumerate(resolved):
                sub = self.deref((b.get("properties") or {}).get(key))
                values = _const_values(sub)
                if values is None:
                    ok = False
                    break
                for v in values:
                    table.setdefault(_canon(v), []).append(i)
                    if v not in allowed:
                        allowed.append(v)
            if ok:
                return (str(key), table, allowed)
        return None

    def _describe_condition(self, cond: Any) -> str | None:
        cond = self.deref(cond)
        if not isinstance(cond, Mapping):
            return None
        parts: list[str] = []
        for k in cond:
            if k in _ANNOTATIONS or k.startswith("x-") or k in ("type", "required", "properties"):
                continue
            return None
        if cond.get("type", "object") != "object":
            return None
        props = cond.get("properties") or {}
        if not isinstance(props, Mapping):
            return None
        for name, sub in props.items():
            sub = self.deref(sub)
            values = _const_values(sub)
            label = format_path([name])
            if values is not None:
                if len(values) == 1:
                    parts.append(f"{label} is {_show(values[0])}")
                else:
                    parts.append(f"{label} is one of {_show_list(values)}")
            elif isinstance(sub, Mapping) and isinstance(sub.get("not"), Mapping):
                neg = _const_values(self.deref(sub["not"]))
                if neg is None:
                    return None
                parts.append(f"{label} is not {_show_list(neg)}")
            elif isinstance(sub, Mapping) and set(sub) <= {"minItems"}:
                parts.append(f"{label} has at least {_plural(int(sub['minItems']), 'item')}")
            elif isinstance(sub, Mapping) and set(sub) <= {"minimum", "type"} and "minimum" in sub:
                parts.append(f"{label} ≥ {_num(sub['minimum'])}")
            elif (
                isinstance(sub, Mapping)
                and set(sub) <= {"exclusiveMinimum", "type"}
                and "exclusiveMinimum" in sub
            ):
                parts.append(f"{label} > {_num(sub['exclusiveMinimum'])}")
            else:
                return None
        required = [r for r in cond.get("required") or () if r not in props]
        if required:
            parts.append(" and ".join(format_path([r]) for r in required) + " given")
        return " and ".join(parts) or None

    def _not_check(self, sub: Any) -> Check:
        inner = self.compile(sub)
        resolved = self.deref(sub)
        groups: list[tuple[str, ...]] | None = None
        if isinstance(resolved, Mapping):
            keys = set(resolved) - _ANNOTATIONS
            if keys == {"required"}:
                groups = [tuple(str(r) for r in resolved["required"])]
            elif len(keys) == 1 and keys <= {"anyOf", "oneOf"}:
                branches = [self.deref(b) for b in resolved[next(iter(keys))]]
                if all(
                    isinstance(b, Mapping) and set(b) - _ANNOTATIONS == {"required"}
                    for b in branches
                ):
                    groups = [tuple(str(r) for r in b["required"]) for b in branches]
            if groups is not None and not all(groups):
                groups = None
        values = _const_values(resolved) if isinstance(resolved, Mapping) else None
        return _not_check(inner, groups, values)


def _const_values(schema: Any) -> list[Any] | None:
    if not isinstance(schema, Mapping):
        return None
    if "const" in schema:
        return [schema["const"]]
    if isinstance(schema.get("enum"), list):
        return list(schema["enum"])
    return None


# --------------------------------------------------------------------------------------------
# Node combinators
# --------------------------------------------------------------------------------------------


def _type_problem(path: _Path, type_names: Sequence[str], value: Any) -> Problem:
    p = _fmt(path)
    names = [t for t in type_names if t != "null"] + (["null"] if "null" in type_names else [])
    want = " or ".join(names)
    got = _json_type(value)
    shown = "" if value is None or isinstance(value, Mapping | list | tuple) else " " + _show(value)
    return Problem(p, "type", f"{p}: expected {want}, got {got}{shown}", list(names))


def _typed_node(
    type_ok: Callable[[Any], bool], type_names: list[str], nullable: bool, checks: list[Check]
) -> Check:
    names = tuple(type_names)
    if not checks:

        def check_type(value: Any, path: _Path, out: list[Problem]) -> None:
            if not type_ok(value):
                out.append(_type_problem(path, names, value))

        return check_type
    if len(checks) == 1:
        only = checks[0]

        def check_type_one(value: Any, path: _Path, out: list[Problem]) -> None:
            if not type_ok(value):
                out.append(_type_problem(path, names, value))
            else:
                only(value, path, out)

        return check_type_one
    seq = tuple(checks)

    def check_typed(value: Any, path: _Path, out: list[Problem]) -> None:
        if not type_ok(value):
            out.append(_type_problem(path, names, value))
            return
        for c in seq:
            c(value, path, out)

    return check_typed


def _nullable_node(checks: list[Check]) -> Check:
    seq = tuple(checks)

    def check_nullable(value: Any, path: _Path, out: list[Problem]) -> None:
        if value is None:
            return
        for c in seq:
            c(value, path, out)

    return check_nullable


def _seq_node(checks: list[Check]) -> Check:
    seq = tuple(checks)

    def check_all(value: Any, path: _Path, out: list[Problem]) -> None:
        for c in seq:
            c(value, path, out)

    return check_all


_LEAD_PATH = re.compile(r'([A-Za-z_$][\w.\[\]"$-]*):\s')


def _collapse(message: str, value: Any, path: _Path, problems: list[Problem]) -> Problem:
    """One problem carrying an ``x-message`` in place of the subschema's own problems.

    A message that starts with ``name: `` names where it is (a member of the value here, or one of
    the underlying problems' paths) and is used as is; otherwise the path is put in front.
    """
    first = problems[0]
    lead = _LEAD_PATH.match(message)
    if lead:
        token = lead.group(1)
        here = _fmt(path)
        if isinstance(value, Mapping) and token in value:
            target = _fmt((path, token))
            return Problem(
                target,
                first.rule,
                message if here == "$" else f"{target}: {message[lead.end() :]}",
                first.allowed,
            )
        if token == here or any(p.path == token for p in problems):
            return Problem(token, first.rule, message, first.allowed)
        if here != "$" and any(p.path == f"{here}.{token}" for p in problems):
            return Problem(f"{here}.{token}", first.rule, f"{here}.{message}", first.allowed)
    return Problem(first.path, first.rule, f"{first.path}: {message}", first.allowed)


# --------------------------------------------------------------------------------------------
# Keyword checks
# --------------------------------------------------------------------------------------------


def _const_check(const: Any) -> Check:
    key = _canon(const)

    def check_const(value: Any, path: _Path, out: list[Problem]) -> None:
        if value is const and type(value) is type(const):
            return
        if _canon(value) != key:
            p = _fmt(path)
            out.append(
                Problem(p, "const", f"{p}: must be {_show(const)}, got {_show(value)}", [const])
            )

    return check_const


def _enum_check(values: list[Any]) -> Check:
    strs = frozenset(v for v in values if type(v) is str)
    keys = frozenset(_canon(v) for v in values)
    allowed = list(values)

    def check_enum(value: Any, path: _Path, out: list[Problem]) -> None:
        if type(value) is str:
            if value in strs:
                return
        elif _canon(value) in keys:
            return
        p = _fmt(path)
        msg = f"{p}: {_show(value)} is not one of {_show_list(allowed)}"
        if isinstance(value, str):
            close = difflib.get_close_matches(value, [v for v in strs], n=1, cutoff=0.75)
            if close:
                msg += f' (did you mean "{close[0]}"?)'
        out.append(Problem(p, "enum", msg, allowed))

    return check_enum


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _range_check(bounds: list[tuple[float, str]]) -> Check:
    lo = next((b for b, k in bounds if k == "minimum"), None)
    hi = next((b for b, k in bounds if k == "maximum"), None)
    xlo = next((b for b, k in bounds if k == "exclusiveMinimum"), None)
    xhi = next((b for b, k in bounds if k == "exclusiveMaximum"), None)
    parts = []
    if lo is not None:
        parts.append(f">= {_num(lo)}")
    if xlo is not None:
        parts.append(f"> {_num(xlo)}")
    if hi is not None:
        parts.append(f"<= {_num(hi)}")
    if xhi is not None:
        parts.append(f"< {_num(xhi)}")
    allowed = " and ".join(parts)
    if lo is not None and hi is not None:
        allowed = f"{_num(lo)} to {_num(hi)}"

    def check_range(value: Any, path: _Path, out: list[Problem]) -> None:
        if not _is_number(value):
            return
        if lo is not None and value < lo:
            p = _fmt(path)
            out.append(
                Problem(
                    p, "minimum", f"{p}: {_num(value)} is less than the minimum {_num(lo)}", allowed
                )
            )
        if xlo is not None and value <= xlo:
            p = _fmt(path)
            out.append(
                Problem(
                    p,
                    "exclusiveMinimum",
                    f"{p}: {_num(value)} must be greater than {_num(xlo)}",
                    allowed,
                )
            )
        if hi is not None and value > hi:
            p = _fmt(path)
            out.append(
                Problem(
                    p,
                    "maximum",
                    f"{p}: {_num(value)} is greater than the maximum {_num(hi)}",
                    allowed,
                )
            )
        if xhi is not None and value >= xhi:
            p = _fmt(path)
            out.append(
                Problem(
                    p,
                    "exclusiveMaximum",
                    f"{p}: {_num(value)} must be less than {_num(xhi)}",
                    allowed,
                )
            )

    return check_range


def _multiple_check(mult: float) -> Check:
    def check_multiple(value: Any, path: _Path, out: list[Problem]) -> None:
        if not _is_number(value):
            return
        if isinstance(value, int) and isinstance(mult, int):
            ok = value % mult == 0
        else:
            if not math.isfinite(value):
                return
            q = value / mult
            ok = abs(q - round(q)) <= 1e-9 * max(1.0, abs(q))
        if not ok:
            p = _fmt(path)
            out.append(
                Problem(
                    p,
                    "multipleOf",
                    f"{p}: {_num(value)} is not a multiple of {_num(mult)}",
                    f"a multiple of {_num(mult)}",
                )
            )

    return check_multiple


def _size_check(
    kind: Any,
    lo: int | None,
    hi: int | None,
    word: str,
    lo_kw: str,
    hi_kw: str,
    plural: str | None = None,
) -> Check:
    many = plural or word + "s"

    def count(n: int) -> str:
        return f"{n} {word if n == 1 else many}"

    def check_size(value: Any, path: _Path, out: list[Problem]) -> None:
        if not isinstance(value, kind) or (kind is not str and isinstance(value, str)):
            return
        n = len(value)
        if lo is not None and n < lo:
            p = _fmt(path)
            out.append(
                Problem(
                    p, lo_kw, f"{p}: {count(n)}, at least {lo} required", f"at least {count(lo)}"
                )
            )
        if hi is not None and n > hi:
            p = _fmt(path)
            out.append(
                Problem(p, hi_kw, f"{p}: {count(n)}, at most {hi} allowed", f"at most {count(hi)}")
            )

    return check_size


def _pattern_check(rx: re.Pattern[str], pattern: str) -> Check:
    search = rx.search

    def check_pattern(value: Any, path: _Path, out: list[Problem]) -> None:
        if type(value) is str or isinstance(value, str):
            if search(value) is None:
                p = _fmt(path)
                out.append(
                    Problem(
                        p,
                        "pattern",
                        f"{p}: {_show(value)} does not match the pattern {pattern}",
                        f"matching {pattern}",
                    )
                )

    return check_pattern


def _items_check(prefix: tuple[Check, ...], items: Check | None) -> Check:
    n_prefix = len(prefix)

    def check_items(value: Any, path: _Path, out: list[Problem]) -> None:
        if type(value) is not list and not isinstance(value, list | tuple):
            return
        for i, item in enumerate(value):
            if i < n_prefix:
                prefix[i](item, (path, i), out)
            elif items is not None:
                items(item, (path, i), out)

    return check_items


def _unique_check(value: Any, path: _Path, out: list[Problem]) -> None:
    if not isinstance(value, list | tuple):
        return
    seen: dict[Any, int] = {}
    for i, item in enumerate(value):
        key = _canon(item)
        if key in seen:
            p = _fmt(path)
            out.append(
                Problem(
                    p,
                    "uniqueItems",
                    f"{p}: items {seen[key]} and {i} are equal ({_show(item)}); items must be unique",
                    "unique items",
                )
            )
            return
        seen[key] = i


def _contains_check(sub: Check, lo: int, hi: int | None) -> Check:
    def check_contains(value: Any, path: _Path, out: list[Problem]) -> None:
        if not isinstance(value, list | tuple):
            return
        n = 0
        for i, item in enumerate(value):
            tmp: list[Problem] = []
            sub(item, (path, i), tmp)
            if not tmp:
                n += 1
        p = _fmt(path)
        if n < lo:
            out.append(
                Problem(
                    p,
                    "contains" if lo == 1 else "minContains",
                    f"{p}: {_plural(n, 'item')} match the required item schema, at least {lo} required",
                    f"at least {lo} matching",
                )
            )
        if hi is not None and n > hi:
            out.append(
                Problem(
                    p,
                    "maxContains",
                    f"{p}: {_plural(n, 'item')} match, at most {hi} allowed",
                    f"at most {hi} matching",
                )
            )

    return check_contains


def _properties_check(
    props: dict[str, Check],
    patterns: tuple[tuple[re.Pattern[str], Check], ...],
    extra: Check | None,
    forbid: bool,
    extra_kw: str,
    known: frozenset[str],
) -> Check:
    get = props.get
    names_sorted = sorted(known)

    def unknown(key: str, path: _Path, out: list[Problem]) -> None:
        p = _fmt((path, key))
        msg = f"{p}: not allowed here"
        close = difflib.get_close_matches(key, names_sorted, n=1, cutoff=0.7)
        if close:
            msg += f' (did you mean "{close[0]}"?)'
        elif names_sorted:
            msg += f"; known fields: {', '.join(names_sorted[:20])}" + (
                ", …" if len(names_sorted) > 20 else ""
            )
        out.append(Problem(p, extra_kw, msg, names_sorted))

    if not patterns and extra is None and not forbid:

        def check_props(value: Any, path: _Path, out: list[Problem]) -> None:
            if type(value) is not dict and not isinstance(value, Mapping):
                return
            for key, item in value.items():
                sub = get(key)
                if sub is not None:
                    sub(item, (path, key), out)

        return check_props

    def check_props_full(value: Any, path: _Path, out: list[Problem]) -> None:
        if not isinstance(value, Mapping):
            return
        for key, item in value.items():
            sub = get(key)
            matched = False
            if sub is not None:
                sub(item, (path, key), out)
                matched = True
            if patterns and isinstance(key, str):
                for rx, psub in patterns:
                    if rx.search(key):
                        psub(item, (path, key), out)
                        matched = True
            if matched or key in known:
                continue
            if forbid:
                unknown(str(key), path, out)
            elif extra is not None:
                extra(item, (path, key), out)

    return check_props_full


def _required_check(required: tuple[str, ...]) -> Check:
    def check_required(value: Any, path: _Path, out: list[Problem]) -> None:
        if not isinstance(value, Mapping):
            return
        for key in required:
            if key not in value:
                p = _fmt((path, key))
                out.append(Problem(p, "required", f"{p}: required"))

    return check_required


def _dependent_required_check(deps: tuple[tuple[str, tuple[str, ...]], ...]) -> Check:
    def check_dep_required(value: Any, path: _Path, out: list[Problem]) -> None:
        if not isinstance(value, Mapping):
            return
        for trigger, needed in deps:
            if trigger in value:
                missing = [n for n in needed if n not in value]
                if missing:
                    p = _fmt((path, trigger))
                    need = " and ".join(format_path([m]) for m in missing)
                    out.append(Problem(p, "dependentRequired", f"{p}: needs {need}", list(missing)))

    return check_dep_required


def _dependent_schemas_check(deps: tuple[tuple[str, Check], ...]) -> Check:
    def check_dep_schemas(value: Any, path: _Path, out: list[Problem]) -> None:
        if not isinstance(value, Mapping):
            return
        for trigger, sub in deps:
            if trigger in value:
                tmp: list[Problem] = []
                sub(value, path, tmp)
                suffix = f" (because {format_path([trigger])} is given)"
                out.extend(replace(q, message=q.message + suffix) for q in tmp)

    return check_dep_schemas


def _property_names_check(sub: Check) -> Check:
    def check_names(value: Any, path: _Path, out: list[Problem]) -> None:
        if not isinstance(value, Mapping):
            return
        for key in value:
            tmp: list[Problem] = []
            sub(key, (path, key), tmp)
            for q in tmp:
                head = q.path + ": "
                rest = q.message[len(head) :] if q.message.startswith(head) else q.message
                out.append(
                    replace(q, rule=f"propertyNames/{q.rule}", message=f"{head}field name {rest}")
                )

    return check_names


def _if_check(cond: Check, then: Check | None, other: Check | None, desc: str | None) -> Check:
    def check_if(value: Any, path: _Path, out: list[Problem]) -> None:
        tmp: list[Problem] = []
        cond(value, path, tmp)
        branch = then if not tmp else other
        if branch is None:
            return
        got: list[Problem] = []
        branch(value, path, got)
        if got:
            if desc is None:
                out.extend(got)
            else:
                suffix = f" (when {desc})" if not tmp else f" (unless {desc})"
                out.extend(replace(q, message=q.message + suffix) for q in got)

    return check_if


def _not_check(
    inner: Check, groups: list[tuple[str, ...]] | None, values: list[Any] | None
) -> Check:
    def check_not(value: Any, path: _Path, out: list[Problem]) -> None:
        tmp: list[Problem] = []
        inner(value, path, tmp)
        if tmp:
            return
        if groups is not None and isinstance(value, Mapping):
            for group in groups:
                if all(k in value for k in group):
                    p = _fmt((path, group[-1]))
                    if len(group) == 1:
                        msg = f"{p}: not allowed"
                    else:
                        others = ", ".join(format_path([k]) for k in group[:-1])
                        msg = f"{p}: not allowed together with {others}"
                    out.append(Problem(p, "not", msg))
            return
        p = _fmt(path)
        if values is not None:
            out.append(Problem(p, "not", f"{p}: {_show(value)} is not allowed"))
        else:
            out.append(Problem(p, "not", f"{p}: {_show(value)} matches a form that is not allowed"))

    return check_not


def _alternatives_check(
    kind: str,
    branches: tuple[Check, ...],
    disc: tuple[str, dict[Any, list[int]], list[Any]] | None,
) -> Check:
    one = kind == "oneOf"

    def check_alternatives(value: Any, path: _Path, out: list[Problem]) -> None:
        results: list[list[Problem]] = []
        passed: list[int] = []
        for i, b in enumerate(branches):
            tmp: list[Problem] = []
            b(value, path, tmp)
            if not tmp:
                if not one:
                    return
                passed.append(i)
            results.append(tmp)
        if one:
            if len(passed) == 1:
                return
            if len(passed) > 1:
                p = _fmt(path)
                which = ", ".join(f"#{i + 1}" for i in passed)
                out.append(
                    Problem(
                        p,
                        "oneOf",
                        f"{p}: matches {len(passed)} alternatives ({which}), exactly one allowed",
                    )
                )
                return
        out.extend(_summarize(kind, value, path, results, disc))

    return check_alternatives


def _summarize(
    kind: str,
    value: Any,
    path: _Path,
    results: list[list[Problem]],
    disc: tuple[str, dict[Any, list[int]], list[Any]] | None,
) -> list[Problem]:
    """The problems worth showing when no alternative of anyOf/oneOf matched."""
    candidates = list(range(len(results)))
    if disc is not None and isinstance(value, Mapping):
        key, table, allowed = disc
        if key in value:
            hit = table.get(_canon(value[key]))
            if hit is None:
                p = _fmt((path, key))
                return [
                    Problem(
                        p,
                        kind,
                        f"{p}: {_show(value[key])} is not one of {_show_list(allowed)}",
                        allowed,
                    )
                ]
            candidates = hit
    here = _fmt(path)

    def type_only(r: list[Problem]) -> bool:
        return all(q.rule == "type" and q.path == here for q in r)

    if all(type_only(results[i]) for i in candidates):
        names: list[str] = []
        for i in candidates:
            for q in results[i]:
                for t in q.allowed or ():
                    if t not in names:
                        names.append(t)
        return [_type_problem(path, names, value)] if names else results[candidates[0]]

    def score(i: int) -> tuple[bool, int]:
        r = results[i]
        return (any(q.rule == "type" and q.path == here for q in r), len(r))

    best = min(candidates, key=score)
    return results[best]


# --------------------------------------------------------------------------------------------
# x-rules
# --------------------------------------------------------------------------------------------

_Rule = Callable[[Any, list[Problem]], None]


def _compile_rule(rule: Mapping[str, Any]) -> _Rule | None:
    kind = rule.get("kind")
    if kind not in ("max-sum", "min-sum"):
        return None  # unknown kinds are ignored so newer specs still load
    limit = rule.get("max" if kind == "max-sum" else "min")
    if not isinstance(limit, int | float) or isinstance(limit, bool):
        return None
    lim = float(limit)
    terms: list[tuple[str, str, float | None]] = []
    for term in rule.get("terms") or ():
        if not isinstance(term, Mapping):
            continue
        if "count" in term:
            terms.append(("count", str(term["count"]), None))
        elif "value" in term:
            d = term.get("default")
            terms.append(("value", str(term["value"]), d if _is_number(d) else None))
    if not terms:
        return None
    labels = [_pointer_path(ptr) for _, ptr, _ in terms]
    label = " + ".join(labels)
    custom = rule.get("message")
    is_max = kind == "max-sum"
    rule_name = f"x-rules:{kind}"
    allowed = f"at most {_num(limit)}" if is_max else f"at least {_num(limit)}"

    def check_rule(payload: Any, out: list[Problem]) -> None:
        parts: list[float] = []
        for how, ptr, default in terms:
            v = _payload_at(payload, ptr)
            if how == "count":
                if v is _MISSING or v is None:
                    parts.append(0)
                elif isinstance(v, list | tuple):
                    parts.append(len(v))
                else:
                    parts.append(1)
            else:
                if v is _MISSING or v is None:
                    parts.append(default if default is not None else 0)
                elif _is_number(v):
                    parts.append(v)
                else:
                    return  # a type problem is already reported for it
        total = sum(parts)
        if (is_max and total <= lim) or (not is_max and total >= lim):
            return
        expr = " + ".join(_num(x) for x in parts)
        detail = f"{expr} = {_num(total)}" if len(parts) > 1 else _num(total)
        bound = f"at most {_num(limit)} allowed" if is_max else f"at least {_num(limit)} required"
        if isinstance(custom, str) and custom:
            msg = f"{label}: {custom} (got {detail}, {bound})"
        else:
            msg = f"{label}: {detail}, {bound}"
        # Report where the user most likely acts: the first term that is present.
        where = next(
            (
                lab
                for (_, ptr, _d), lab in zip(terms, labels, strict=True)
                if _payload_at(payload, ptr) is not _MISSING
            ),
            labels[0],
        )
        out.append(Problem(where, rule_name, msg, allowed))

    return check_rule


# --------------------------------------------------------------------------------------------
# Validator and caches
# --------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Validator:
    """A compiled schema plus rules. Build with :func:`compile_validator`."""

    schema: Any
    rules: tuple[Mapping[str, Any], ...]
    binary_fields: frozenset[str] = frozenset()
    _check: Check = field(default=_noop, repr=False)
    _rules: tuple[_Rule, ...] = field(default=(), repr=False)

    def validate(self, payload: Any) -> list[Problem]:
        """Every problem with ``payload`` (empty when it is valid)."""
        payload = _as_plain(payload)
        if self.binary_fields and isinstance(payload, Mapping):
            payload = _mark_binary(payload, self.binary_fields)
        out: list[Problem] = []
        self._check(payload, None, out)
        for rule in self._rules:
            rule(payload, out)
        if len(out) > 1:
            out = _dedupe(out)
        return out

    def is_valid(self, payload: Any) -> bool:
        """Whether ``payload`` has no problem."""
        return not self.validate(payload)

    def check(self, payload: Any, operation: str | None = None) -> None:
        """Raise :class:`PayloadValidationError` if ``payload`` has any problem."""
        problems = self.validate(payload)
        if problems:
            raise PayloadValidationError(problems, operation)


def _dedupe(problems: list[Problem]) -> list[Problem]:
    seen: set[tuple[str, str]] = set()
    out: list[Problem] = []
    for p in problems:
        k = (p.path, p.message)
        if k not in seen:
            seen.add(k)
            out.append(p)
    return out


def _as_plain(payload: Any) -> Any:
    """Accept pydantic models (duck-typed) as payloads: dump them by alias, unset left out."""
    dump = getattr(payload, "model_dump", None)
    if callable(dump) and not isinstance(payload, Mapping):
        return dump(by_alias=True, exclude_unset=True)
    return payload


def _mark_binary(payload: Mapping[str, Any], fields: frozenset[str]) -> Mapping[str, Any]:
    """Replace file-like values of multipart binary fields by a stand-in the checks accept."""
    changed: dict[str, Any] | None = None
    for name in fields:
        if name not in payload:
            continue
        v = payload[name]
        if is_binary_value(v):
            new: Any = _BINARY
        elif isinstance(v, list) and any(is_binary_value(x) for x in v):
            new = [_BINARY if is_binary_value(x) else x for x in v]
        else:
            continue
        if changed is None:
            changed = dict(payload)
        changed[name] = new
    return payload if changed is None else changed


_CACHE: dict[tuple[int, int, frozenset[str]], tuple[Any, Any, Validator]] = {}
_CACHE_MAX = 512


def compile_validator(
    schema: Mapping[str, Any] | bool,
    rules: Sequence[Mapping[str, Any]] = (),
    *,
    binary_fields: Iterable[str] = (),
) -> Validator:
    """Compile ``schema`` (+ ``x-rules``) once; later calls with the same objects hit a cache.

    ``binary_fields`` names top-level multipart fields whose values may be files (bytes, file
    objects, ``pathlib.Path``, ``(name, content[, type])`` tuples). Raises :class:`SchemaError`.
    """
    bins = frozenset(binary_fields)
    key = (id(schema), id(rules), bins)
    hit = _CACHE.get(key)
    if hit is not None and hit[0] is schema and hit[1] is rules:
        return hit[2]
    compiler = _Compiler(schema)
    check = compiler.compile(schema)
    compiled_rules = tuple(r for r in (_compile_rule(x) for x in rules or ()) if r is not None)
    validator = Validator(schema, tuple(rules or ()), bins, check, compiled_rules)
    if len(_CACHE) >= _CACHE_MAX:
        _CACHE.clear()
    _CACHE[key] = (schema, rules, validator)
    return validator


# --------------------------------------------------------------------------------------------
# Operations and gateways (duck-typed: OperationSpec / GatewaySpec or anything shaped alike)
# --------------------------------------------------------------------------------------------

_OP_CACHE: dict[int, tuple[Any, Validator]] = {}


def _binary_fields_of(op: OperationLike) -> frozenset[str]:
    body = op.body
    if body is None:
        return frozenset()
    return frozenset(body.binary_fields or ())


def operation_validator(op: OperationLike) -> Validator:
    """The compiled validator of an operation (cached per operation object)."""
    hit = _OP_CACHE.get(id(op))
    if hit is not None and hit[0] is op:
        return hit[1]
    schema = op.payload_schema if op.payload_schema else True
    validator = compile_validator(
        schema, tuple(op.rules or ()), binary_fields=_binary_fields_of(op)
    )
    if len(_OP_CACHE) >= _CACHE_MAX:
        _OP_CACHE.clear()
    _OP_CACHE[id(op)] = (op, validator)
    return validator


def validate_operation_payload(op: OperationLike, payload: Any) -> list[Problem]:
    """Every problem with ``payload`` for operation ``op`` (schema, then ``x-rules``)."""
    return operation_validator(op).validate(payload)


def ensure_valid_payload(op: OperationLike, payload: Any) -> None:
    """Raise :class:`PayloadValidationError` when ``payload`` is invalid for ``op``."""
    problems = operation_validator(op).validate(payload)
    if problems:
        raise PayloadValidationError(problems, op.operation_id)


def operation_names(op: OperationLike) -> list[str]:
    """The names an operation answers to: id, python name, ``"METHOD /path"``."""
    names = [op.operation_id]
    if op.python_name:
        names.append(op.python_name)
    names.append(f"{op.method.upper()} {op.path}")
    return names


def resolve_operation(spec: GatewayLike, name: str) -> OperationLike:
    """Find an operation by id, client method name (``tasks.create``) or ``"POST /v1/tasks"``.

    Raises :class:`UnknownOperationError` naming the nearest known names.
    """
    ops = spec.operations
    if name in ops:
        return ops[name]
    text = name.strip()
    for op in ops.values():
        if text == op.operation_id or (op.python_name and text == op.python_name):
            return op
    parts = text.split(None, 1)
    if len(parts) == 2:
        method, path = parts[0].upper(), parts[1].strip()
        for op in ops.values():
            if op.method.upper() == method and op.path == path:
                return op
    candidates: list[str] = []
    for op in ops.values():
        candidates.extend(operation_names(op))
    close = difflib.get_close_matches(text, candidates, n=3, cutoff=0.5)
    if not close:
        lowered = text.lower()
        close = [c for c in candidates if lowered and lowered in c.lower()][:3]
    raise UnknownOperationError(name, getattr(spec, "name", None), close)


def validate(spec: GatewayLike, operation: str | OperationLike, payload: Any) -> list[Problem]:
    """Every problem with ``payload`` for ``operation`` (a name or an operation) of ``spec``."""
    op = resolve_operation(spec, operation) if isinstance(operation, str) else operation
    return validate_operation_payload(op, payload)
