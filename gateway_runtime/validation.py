"""Offline payload validation: every problem at once, located, in words a person can act on.

A payload schema (JSON Schema 2020-12 plus OpenAPI 3.0-isms such as ``nullable: true``) is compiled
once into a tree of small check closures and cached; ``Validator.validate`` then walks the payload
a single time and returns *all* problems, each with a JSON path, the keyword (rule) broken, a
human message and, when known, what would be allowed. The declared cross-field rules (``x-rules``:
``max-sum`` / ``min-sum``) run after the schema.

Written here rather than delegated to ``jsonschema`` or ``fastjsonschema`` because generated clients
depend only on httpx and pydantic (the runtime is stdlib-only); because we need every problem in
one pass with messages written for people (``image_urls: 16 items, at most 14 allowed``),
``x-message`` overrides and useful summaries of ``anyOf``/``oneOf`` failures; and because the warm
path must stay fast (tens of thousands of validations per second), as clients validate every call.

Paths: ``$`` is the payload itself; object members are joined with ``.`` (``extra.tools``), array
items use ``[i]`` (``image_urls[3]``), keys that are not identifiers use ``["key"]``. Every message
starts with the path it is about (``prompt: required``). An ``x-message`` that starts with
``name: `` names its own place (``last_image: needs image …``) and is used as written.
"""

from __future__ import annotations

import difflib
import json
import math
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Protocol, TypeGuard

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
    "operation_validator",
    "resolve_operation",
    "validate",
    "validate_operation_parameters",
    "validate_operation_payload",
]


# ------------------------------------------------------------------------------------------------
# Public data types and errors
# ------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a payload.

    ``allowed`` is a list (allowed values for ``enum``/``const``, type names for ``type``, known
    fields for an unknown one) or a short text such as ``"at most 14 items"``; ``None`` if unknown.
    """

    path: str
    rule: str
    message: str
    allowed: Any = None

    def __str__(self) -> str:
        return self.message

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (the CLI's ``--json`` output)."""
        return {
            "path": self.path,
            "rule": self.rule,
            "message": self.message,
            "allowed": _jsonable(self.allowed),
        }


_FAILED = Problem("$", "probe", "")  # placeholder appended in probe mode


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
    """What validation reads from an operation's body (``gateway_runtime.spec.BodySpec`` fits)."""

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


# ------------------------------------------------------------------------------------------------
# Paths and value rendering
# ------------------------------------------------------------------------------------------------

# A path is built lazily as a cons chain ``(parent, key)``; it becomes a string only when a problem
# is reported, so the warm path pays one small tuple per visited member.
_Path = tuple[Any, str | int] | None
Check = Callable[[Any, _Path, list["Problem"]], None]

_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


def _key_part(key: str | int, first: bool) -> str:
    if isinstance(key, int):
        return f"[{key}]"
    if _IDENT.match(key):
        return key if first else "." + key
    return "[" + json.dumps(key, ensure_ascii=False) + "]"


def format_path(keys: Sequence[str | int]) -> str:
    """Render keys as a path: ``["extra", "tools", 0]`` -> ``extra.tools[0]``; ``[]`` -> ``$``."""
    if not keys:
        return "$"
    return "".join(_key_part(k, i == 0) for i, k in enumerate(keys))


def _fmt(path: _Path) -> str:
    keys: list[str | int] = []
    node = path
    while node is not None:
        keys.append(node[1])
        node = node[0]
    keys.reverse()
    return format_path(keys)


def _report(out: list[Problem], path: _Path, rule: str, detail: str, allowed: Any = None) -> None:
    if out.__class__ is _Probe:
        out.append(_FAILED)
        return
    p = _fmt(path)
    out.append(Problem(p, rule, f"{p}: {detail}", allowed))


class _Probe(list[Problem]):
    """Problems of an evaluation whose outcome is all that counts (an ``if``, a ``not``, a branch).

    Checks append a placeholder instead of building messages, which keeps rejected conditions
    (``if model is "seedream-4.5" …`` for a seedream-5.0 payload) as cheap as passing ones.
    """


def _probing(out: list[Problem]) -> bool:
    """In probe mode, record a failure without a message and say so."""
    if out.__class__ is _Probe:
        out.append(_FAILED)
        return True
    return False


def _like(out: list[Problem]) -> list[Problem]:
    """A scratch list in the same mode as ``out``."""
    return _Probe() if out.__class__ is _Probe else []


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
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _show_list(values: Sequence[Any], limit: int = 12) -> str:
    shown = ", ".join(_show(v) for v in values[:limit])
    if len(values) > limit:
        shown += f", … ({len(values) - limit} more)"
    return shown


def _jsonable(value: Any) -> Any:
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    return str(value)


def _plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {many or word + 's'}"


def _num(x: Any) -> str:
    if isinstance(x, float) and x.is_integer() and abs(x) < 1e15:
        return str(int(x))
    return str(x)


def _is_number(value: Any) -> TypeGuard[int | float]:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _json_type(value: Any) -> str:
    """JSON type name of a Python value (or a plain description when it has none)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, Mapping):
        return "object"
    if isinstance(value, list | tuple):
        return "array"
    if isinstance(value, bytes | bytearray | memoryview):
        return "bytes"
    if isinstance(value, os.PathLike | _BinaryValue):
        return "a file"
    if hasattr(value, "read"):
        return "a file object"
    return type(value).__name__


# ------------------------------------------------------------------------------------------------
# JSON equality (True != 1, 1 == 1.0) and binary values
# ------------------------------------------------------------------------------------------------

_BOOL_TAG = object()
_LIST_TAG = object()
_DICT_TAG = object()


def _canon(value: Any) -> Any:
    """A hashable key with JSON equality semantics."""
    if isinstance(value, bool):
        return (_BOOL_TAG, bool(value))
    if value is None or isinstance(value, str | int | float):
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
    """Stands in for a file given to a multipart binary field."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<file>"


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


# ------------------------------------------------------------------------------------------------
# JSON pointers
# ------------------------------------------------------------------------------------------------

_MISSING = object()


def _tokens(pointer: str) -> list[str]:
    if not pointer:
        return []
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer[1:].split("/")]


def _at(doc: Any, tokens: Sequence[str]) -> Any:
    """Value at a (tokenised) JSON pointer, or ``_MISSING``."""
    cur = doc
    for tok in tokens:
        if type(cur) is dict or isinstance(cur, Mapping):
            if tok not in cur:
                return _MISSING
            cur = cur[tok]
        elif isinstance(cur, list | tuple) and tok.isdigit() and int(tok) < len(cur):
            cur = cur[int(tok)]
        else:
            return _MISSING
    return cur


def _pointer_path(pointer: str) -> str:
    return format_path([int(t) if t.isdigit() else t for t in _tokens(pointer)])


# ------------------------------------------------------------------------------------------------
# Compiler
# ------------------------------------------------------------------------------------------------


def _noop(value: Any, path: _Path, out: list[Problem]) -> None:
    return None


def _false_schema(value: Any, path: _Path, out: list[Problem]) -> None:
    _report(out, path, "false", "not allowed")


_TYPE_PY: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "null": (type(None),),
    "array": (list, tuple),
    "object": (dict,),
}

# Keywords that never fail (annotations, OpenAPI decorations).
_ANNOTATIONS = frozenset(
    "title description default examples example deprecated readOnly writeOnly $comment $schema "
    "$id $anchor $defs definitions discriminator xml externalDocs contentEncoding "
    "contentMediaType contentSchema x-message".split()
)


def _type_checker(types: Sequence[str], binary: str | None) -> Callable[[Any], bool]:
    """A predicate for ``type``; ``binary`` (``"binary"``/``"byte"``) lets strings be files/bytes."""
    fast: set[type] = set()
    for t in types:
        fast.update(_TYPE_PY.get(t, ()))
    want = frozenset(types)
    int_ok, num_ok, str_ok = "integer" in want, "number" in want, "string" in want
    if int_ok and not num_ok:
        fast.discard(float)
    fast_types = frozenset(fast)

    def check(value: Any) -> bool:
        t = type(value)
        if t in fast_types:
            return True
        if t is float:
            return int_ok and value.is_integer()
        if isinstance(value, bool):
            return False
        if value is _BINARY:
            return str_ok
        if binary is not None and str_ok:
            if binary == "byte" and isinstance(value, bytes | bytearray | memoryview):
                return True
            if binary == "binary" and is_binary_value(value):
                return True
        # subclasses: StrEnum members, OrderedDict, …
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


class _Compiler:
    """Compiles one root schema; each subschema and ``$ref`` target is compiled once."""

    def __init__(self, root: Any) -> None:
        self.root = root
        self.done: dict[int, Check] = {}
        self.refs: dict[str, list[Check]] = {}

    # -- $ref -------------------------------------------------------------------------------------

    def resolve_ref(self, ref: str) -> Any:
        if not ref.startswith("#"):
            raise SchemaError(f"only local $refs are supported, got {ref!r}")
        cur = self.root
        for tok in _tokens(ref[1:]):
            if isinstance(cur, Mapping) and tok in cur:
                cur = cur[tok]
            elif isinstance(cur, list) and tok.isdigit() and int(tok) < len(cur):
                cur = cur[int(tok)]
            else:
                raise SchemaError(f"unresolvable $ref {ref!r}")
        return cur

    def deref(self, schema: Any) -> Any:
        """Follow bare ``$ref``s (static analysis for messages only)."""
        for _ in range(32):
            if not (isinstance(schema, Mapping) and "$ref" in schema):
                break
            try:
                schema = self.resolve_ref(str(schema["$ref"]))
            except SchemaError:
                return {}
        return schema

    def ref(self, ref: str) -> Check:
        cell = self.refs.get(ref)
        if cell is None and self._bare_cycle(ref):
            return _noop  # $ref -> $ref -> … back again constrains nothing
        if cell is None:
            cell = self.refs[ref] = [_noop]  # filled below; recursion reads the cell at run time
            cell[0] = self.compile(self.resolve_ref(ref))
        holder = cell

        def check_ref(value: Any, path: _Path, out: list[Problem]) -> None:
            holder[0](value, path, out)

        return check_ref

    def _bare_cycle(self, ref: str) -> bool:
        seen = {ref}
        target = self.resolve_ref(ref)
        while isinstance(target, Mapping) and set(target) - _ANNOTATIONS == {"$ref"}:
            nxt = str(target["$ref"])
            if nxt in seen:
                return True
            seen.add(nxt)
            target = self.resolve_ref(nxt)
        return False

    # -- schemas ------------------------------------------------------------------------------------

    def compile(self, schema: Any) -> Check:
        if schema is True:
            return _noop
        if schema is False:
            return _false_schema
        if not isinstance(schema, Mapping):
            raise SchemaError(f"a schema must be an object or a boolean, got {_show(schema)}")
        got = self.done.get(id(schema))
        if got is None:
            got = self.done[id(schema)] = self._compile_mapping(schema)
        return got

    def _compile_mapping(self, s: Mapping[str, Any]) -> Check:
        local: list[Check] = []  # keywords about this value (an x-message replaces their problems)
        descend: list[Check] = []  # keywords that visit members / items (keep their own messages)
        if "$ref" in s:
            local.append(self.ref(str(s["$ref"])))
        nullable = s.get("nullable") is True
        type_ok: Callable[[Any], bool] | None = None
        type_names: list[str] = []
        if "type" in s:
            raw = s["type"]
            type_names = [raw] if isinstance(raw, str) else [str(t) for t in raw]
            fmt = s.get("format")
            type_ok = _type_checker(type_names, str(fmt) if fmt in ("binary", "byte") else None)
        self._value_checks(s, local)
        self._number_checks(s, local)
        self._string_checks(s, local)
        self._content_checks(s, descend)
        self._array_checks(s, local, descend)
        self._object_checks(s, local, descend)
        self._applicators(s, local)

        x_message = s.get("x-message")
        if isinstance(x_message, str) and x_message:
            node = _message_node(x_message, type_ok, type_names, local, descend)
        else:
            node = _node(type_ok, type_names, local + descend)
        return _nullable_node(node) if nullable else node

    # -- keyword groups -------------------------------------------------------------------------

    def _value_checks(self, s: Mapping[str, Any], local: list[Check]) -> None:
        if "const" in s:
            local.append(_const_check(s["const"]))
        if isinstance(s.get("enum"), list):
            local.append(_enum_check(list(s["enum"])))

    def _number_checks(self, s: Mapping[str, Any], local: list[Check]) -> None:
        lo, hi = s.get("minimum"), s.get("maximum")
        xlo, xhi = s.get("exclusiveMinimum"), s.get("exclusiveMaximum")
        if isinstance(xlo, bool):  # OpenAPI 3.0: a flag on minimum
            xlo, lo = (lo, None) if xlo else (None, lo)
        if isinstance(xhi, bool):
            xhi, hi = (hi, None) if xhi else (None, hi)
        bounds = [b if _is_number(b) else None for b in (lo, hi, xlo, xhi)]
        if any(b is not None for b in bounds):
            local.append(_range_check(*bounds))
        mult = s.get("multipleOf")
        if _is_number(mult) and mult > 0:
            local.append(_multiple_check(mult))

    def _string_checks(self, s: Mapping[str, Any], local: list[Check]) -> None:
        lo, hi = _int_or_none(s.get("minLength")), _int_or_none(s.get("maxLength"))
        if lo is not None or hi is not None:
            local.append(_size_check(str, lo, hi, "character", "minLength", "maxLength"))
        pattern = s.get("pattern")
        if isinstance(pattern, str):
            try:
                local.append(_pattern_check(re.compile(pattern), pattern))
            except re.error:
                pass  # ECMA-only syntax (e.g. \p{L}) stays unchecked rather than crash

    def _content_checks(self, s: Mapping[str, Any], descend: list[Check]) -> None:
        media = str(s.get("contentMediaType") or "").split(";")[0].strip().lower()
        if (media == "application/json" or media.endswith("+json")) and "contentSchema" in s:
            descend.append(_json_string_check(self.compile(s["contentSchema"])))

    def _array_checks(self, s: Mapping[str, Any], local: list[Check], descend: list[Check]) -> None:
        prefix_raw, items_raw = s.get("prefixItems"), s.get("items")
        if isinstance(items_raw, list):  # draft 4-2019 tuple form
            prefix_raw, items_raw = items_raw, s.get("additionalItems")
        prefix = tuple(self.compile(x) for x in prefix_raw) if isinstance(prefix_raw, list) else ()
        items = None if items_raw is None else self.compile(items_raw)
        if prefix or (items is not None and items is not _noop):
            descend.append(_items_check(prefix, items))
        lo, hi = _int_or_none(s.get("minItems")), _int_or_none(s.get("maxItems"))
        if lo is not None or hi is not None:
            local.append(_size_check((list, tuple), lo, hi, "item", "minItems", "maxItems"))
        if s.get("uniqueItems") is True:
            local.append(_unique_check)
        if "contains" in s:
            lo_c = _int_or_none(s.get("minContains"))
            hi_c = _int_or_none(s.get("maxContains"))
            sub = self.compile(s["contains"])
            local.append(_contains_check(sub, 1 if lo_c is None else lo_c, hi_c))

    def _object_checks(
        self, s: Mapping[str, Any], local: list[Check], descend: list[Check]
    ) -> None:
        props_raw = s.get("properties")
        props: dict[str, Check] = {}
        if isinstance(props_raw, Mapping):
            props = {str(k): self.compile(v) for k, v in props_raw.items()}
        patterns: list[tuple[re.Pattern[str], Check]] = []
        for pat, sub in (s.get("patternProperties") or {}).items():
            try:
                patterns.append((re.compile(pat), self.compile(sub)))
            except re.error:
                continue
        extra_kw, extra_raw = "additionalProperties", s.get("additionalProperties")
        known = frozenset(props)
        if extra_raw is None and "unevaluatedProperties" in s:
            # Static approximation: members declared anywhere in this schema's applicators count
            # as evaluated.
            extra_kw, extra_raw = "unevaluatedProperties", s["unevaluatedProperties"]
            known = frozenset(self._declared_properties(s))
        forbid = extra_raw is False
        extra = (
            None if extra_raw is None or isinstance(extra_raw, bool) else self.compile(extra_raw)
        )
        if extra is _noop:
            extra = None
        if props or patterns or forbid or extra is not None:
            descend.append(_members_check(props, tuple(patterns), extra, forbid, extra_kw, known))

        required = s.get("required")
        if isinstance(required, list) and required:
            local.append(_required_check(tuple(str(r) for r in required)))
        dep_req: dict[str, Any] = dict(s.get("dependentRequired") or {})
        dep_schemas: dict[str, Any] = dict(s.get("dependentSchemas") or {})
        for k, v in (s.get("dependencies") or {}).items():  # draft 7 spelling
            (dep_req if isinstance(v, list) else dep_schemas)[k] = v
        if dep_req:
            pairs = tuple((str(k), tuple(str(x) for x in v)) for k, v in dep_req.items())
            local.append(_dependent_required_check(pairs))
        if dep_schemas:
            subs = tuple((str(k), self.compile(v)) for k, v in dep_schemas.items())
            local.append(_dependent_schemas_check(subs))
        lo, hi = _int_or_none(s.get("minProperties")), _int_or_none(s.get("maxProperties"))
        if lo is not None or hi is not None:
            local.append(
                _size_check(
                    Mapping, lo, hi, "property", "minProperties", "maxProperties", "properties"
                )
            )
        if "propertyNames" in s:
            local.append(_property_names_check(self.compile(s["propertyNames"])))

    def _declared_properties(self, s: Any, depth: int = 0) -> set[str]:
        s = self.deref(s)
        if not isinstance(s, Mapping) or depth > 16:
            return set()
        names = set(s.get("properties") or {})
        subs: list[Any] = [*s.get("allOf", ()), *s.get("anyOf", ()), *s.get("oneOf", ())]
        subs += [s[k] for k in ("if", "then", "else") if k in s]
        subs += list((s.get("dependentSchemas") or {}).values())
        for sub in subs:
            names |= self._declared_properties(sub, depth + 1)
        return names

    def _applicators(self, s: Mapping[str, Any], local: list[Check]) -> None:
        for sub in s.get("allOf") or ():
            fn = self.compile(sub)
            if fn is not _noop:
                local.append(fn)
        for kw in ("anyOf", "oneOf"):
            raw = s.get(kw)
            if isinstance(raw, list) and raw:
                branches = tuple(self.compile(b) for b in raw)
                local.append(_alternatives_check(kw, branches, self._discriminator(raw)))
        if "not" in s:
            local.append(self._not_check(s["not"]))
        if "if" in s and ("then" in s or "else" in s):
            then = self.compile(s["then"]) if "then" in s else None
            other = self.compile(s["else"]) if "else" in s else None
            desc = self._describe_condition(s["if"])
            # A branch with its own x-message says it all: no "(when …)" after it.
            quiet = (_has_message(s.get("then")), _has_message(s.get("else")))
            local.append(_if_check(self.compile(s["if"]), then, other, desc, quiet))

    # -- static analysis for better messages --------------------------------------------------

    def _discriminator(self, branches: Sequence[Any]) -> _Discriminator | None:
        """A member whose const/enum tells the alternatives apart, if there is one."""
        resolved = [self.deref(b) for b in branches]
        if not all(isinstance(b, Mapping) for b in resolved):
            return None
        first = resolved[0].get("properties")
        for key in first if isinstance(first, Mapping) else ():
            table: dict[Any, list[int]] = {}
            allowed: list[Any] = []
            for i, b in enumerate(resolved):
                values = _const_values(self.deref((b.get("properties") or {}).get(key)))
                if values is None:
                    break
                for v in values:
                    table.setdefault(_canon(v), []).append(i)
                    if v not in allowed:
                        allowed.append(v)
            else:
                return (str(key), table, allowed)
        return None

    def _describe_condition(self, cond: Any) -> str | None:
        """Words for a simple ``if`` (``model is "x"``, ``image given``), else None."""
        cond = self.deref(cond)
        if not isinstance(cond, Mapping) or cond.get("type", "object") != "object":
            return None
        if any(k not in _ANNOTATIONS and k not in ("type", "required", "properties") for k in cond):
            return None
        props = cond.get("properties") or {}
        parts: list[str] = []
        for name, raw in props.items():
            sub = self.deref(raw)
            label = format_path([name])
            values = _const_values(sub)
            negated = (
                _const_values(self.deref(sub.get("not"))) if isinstance(sub, Mapping) else None
            )
            if values is not None:
                many = len(values) > 1
                parts.append(f"{label} is {'one of ' if many else ''}{_show_list(values)}")
            elif negated is not None:
                parts.append(f"{label} is not {_show_list(negated)}")
            else:
                return None
        required = [r for r in cond.get("required") or () if r not in props]
        if required:
            parts.append(" and ".join(format_path([r]) for r in required) + " given")
        return " and ".join(parts) or None

    def _not_check(self, sub: Any) -> Check:
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
        return _not_check(self.compile(sub), groups)


_Discriminator = tuple[str, dict[Any, list[int]], list[Any]]


def _has_message(schema: Any) -> bool:
    return isinstance(schema, Mapping) and bool(schema.get("x-message"))


def _int_or_none(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _const_values(schema: Any) -> list[Any] | None:
    if not isinstance(schema, Mapping):
        return None
    if "const" in schema:
        return [schema["const"]]
    if isinstance(schema.get("enum"), list):
        return list(schema["enum"])
    return None


# ------------------------------------------------------------------------------------------------
# Nodes: one compiled schema = type check, then its keyword checks
# ------------------------------------------------------------------------------------------------


def _type_problem(path: _Path, type_names: Sequence[str], value: Any) -> Problem:
    names = [t for t in type_names if t != "null"] + (["null"] if "null" in type_names else [])
    shown = "" if value is None or isinstance(value, Mapping | list | tuple) else " " + _show(value)
    p = _fmt(path)
    detail = f"expected {' or '.join(names)}, got {_json_type(value)}{shown}"
    return Problem(p, "type", f"{p}: {detail}", names)


def _report_type(out: list[Problem], path: _Path, names: Sequence[str], value: Any) -> None:
    out.append(_FAILED if out.__class__ is _Probe else _type_problem(path, names, value))


def _node(
    type_ok: Callable[[Any], bool] | None, type_names: list[str], checks: list[Check]
) -> Check:
    """A schema without x-message. A wrong type stops the other checks of the node (no noise)."""
    names = tuple(type_names)
    seq = tuple(checks)
    if type_ok is None:
        if not seq:
            return _noop
        if len(seq) == 1:
            return seq[0]

        def check_all(value: Any, path: _Path, out: list[Problem]) -> None:
            for c in seq:
                c(value, path, out)

        return check_all
    if len(seq) == 1:
        only = seq[0]

        def check_type_one(value: Any, path: _Path, out: list[Problem]) -> None:
            if type_ok(value):
                only(value, path, out)
            else:
                _report_type(out, path, names, value)

        return check_type_one

    def check_typed(value: Any, path: _Path, out: list[Problem]) -> None:
        if not type_ok(value):
            _report_type(out, path, names, value)
            return
        for c in seq:
            c(value, path, out)

    return check_typed


def _nullable_node(node: Check) -> Check:
    def check_nullable(value: Any, path: _Path, out: list[Problem]) -> None:
        if value is not None:
            node(value, path, out)

    return check_nullable


def _message_node(
    message: str,
    type_ok: Callable[[Any], bool] | None,
    type_names: list[str],
    local: list[Check],
    descend: list[Check],
) -> Check:
    """A schema with x-message: its own failures become one problem carrying the message."""
    local_t, descend_t, names = tuple(local), tuple(descend), tuple(type_names)

    def check_with_message(value: Any, path: _Path, out: list[Problem]) -> None:
        probing = out.__class__ is _Probe
        if type_ok is not None and not type_ok(value):
            bad = [_type_problem(path, names, value)] if not probing else []
            out.append(_FAILED if probing else _collapse(message, value, path, bad))
            return
        tmp = _like(out)
        for c in local_t:
            c(value, path, tmp)
        if tmp:
            out.append(_FAILED if probing else _collapse(message, value, path, tmp))
        for c in descend_t:
            c(value, path, out)

    return check_with_message


_LEAD_PATH = re.compile(r'([A-Za-z_$][\w.\[\]"$-]*):\s')


def _collapse(message: str, value: Any, path: _Path, problems: list[Problem]) -> Problem:
    """One problem carrying an ``x-message`` in place of a subschema's own problems.

    A message starting with ``name: `` where ``name`` is a member of the value (or the path of an
    underlying problem) is placed there; otherwise it is put after the first problem's path.
    """
    first = problems[0]
    if len(problems) > 1 and all(p.rule == "required" for p in problems):
        message += " (missing: " + ", ".join(p.path for p in problems) + ")"
    lead = _LEAD_PATH.match(message)
    if lead:
        token, rest = lead.group(1), message[lead.end() :]
        if isinstance(value, Mapping) and token in value:
            target = _fmt((path, token))
            return Problem(target, first.rule, f"{target}: {rest}", first.allowed)
        here = [_fmt(path)] if path is not None and path[1] == token else []
        for target in here + [p.path for p in problems]:
            if target == token or target.endswith("." + token):
                return Problem(target, first.rule, f"{target}: {rest}", first.allowed)
    return Problem(first.path, first.rule, f"{first.path}: {message}", first.allowed)


# ------------------------------------------------------------------------------------------------
# Keyword checks
# ------------------------------------------------------------------------------------------------


def _const_check(const: Any) -> Check:
    key, const_type = _canon(const), type(const)

    def check_const(value: Any, path: _Path, out: list[Problem]) -> None:
        if type(value) is const_type and value == const:
            return
        if _canon(value) != key and not _probing(out):
            _report(out, path, "const", f"must be {_show(const)}, got {_show(value)}", [const])

    return check_const


def _enum_check(values: list[Any]) -> Check:
    strs = frozenset(v for v in values if type(v) is str)
    keys = frozenset(_canon(v) for v in values)
    listed = _show_list(values)

    def check_enum(value: Any, path: _Path, out: list[Problem]) -> None:
        if type(value) is str:
            if value in strs:
                return
        elif _canon(value) in keys:
            return
        if out.__class__ is _Probe:
            out.append(_FAILED)
            return
        detail = f"{_show(value)} is not one of {listed}"
        if isinstance(value, str):
            close = difflib.get_close_matches(value, sorted(strs), n=1, cutoff=0.75)
            if close:
                detail += f" (did you mean {_show(close[0])}?)"
        _report(out, path, "enum", detail, list(values))

    return check_enum


def _range_check(lo: Any, hi: Any, xlo: Any, xhi: Any) -> Check:
    if lo is not None and hi is not None:
        allowed = f"{_num(lo)} to {_num(hi)}"
    else:
        parts = [
            f">= {_num(lo)}" if lo is not None else "",
            f"> {_num(xlo)}" if xlo is not None else "",
        ]
        parts += [
            f"<= {_num(hi)}" if hi is not None else "",
            f"< {_num(xhi)}" if xhi is not None else "",
        ]
        allowed = " and ".join(p for p in parts if p)

    def check_range(value: Any, path: _Path, out: list[Problem]) -> None:
        if not _is_number(value):
            return
        if out.__class__ is _Probe:
            if (
                (lo is not None and value < lo)
                or (xlo is not None and value <= xlo)
                or (hi is not None and value > hi)
                or (xhi is not None and value >= xhi)
            ):
                out.append(_FAILED)
            return
        v = _num(value)
        if lo is not None and value < lo:
            _report(out, path, "minimum", f"{v} is less than the minimum {_num(lo)}", allowed)
        if xlo is not None and value <= xlo:
            _report(out, path, "exclusiveMinimum", f"{v} must be greater than {_num(xlo)}", allowed)
        if hi is not None and value > hi:
            _report(out, path, "maximum", f"{v} is greater than the maximum {_num(hi)}", allowed)
        if xhi is not None and value >= xhi:
            _report(out, path, "exclusiveMaximum", f"{v} must be less than {_num(xhi)}", allowed)

    return check_range


def _multiple_check(mult: float) -> Check:
    def check_multiple(value: Any, path: _Path, out: list[Problem]) -> None:
        if not _is_number(value):
            return
        if isinstance(value, int) and isinstance(mult, int):
            ok = value % mult == 0
        elif not math.isfinite(value):
            return
        else:
            q = value / mult
            ok = abs(q - round(q)) <= 1e-9 * max(1.0, abs(q))
        if not ok and not _probing(out):
            detail = f"{_num(value)} is not a multiple of {_num(mult)}"
            _report(out, path, "multipleOf", detail, f"a multiple of {_num(mult)}")

    return check_multiple


def _size_check(
    kind: Any,
    lo: int | None,
    hi: int | None,
    word: str,
    lo_kw: str,
    hi_kw: str,
    many: str | None = None,
) -> Check:
    """minLength/maxLength (code points), minItems/maxItems, minProperties/maxProperties."""

    def check_size(value: Any, path: _Path, out: list[Problem]) -> None:
        if not isinstance(value, kind) or (kind is not str and isinstance(value, str)):
            return
        n = len(value)
        if ((lo is not None and n < lo) or (hi is not None and n > hi)) and _probing(out):
            return
        if lo is not None and n < lo:
            detail = f"{_plural(n, word, many)}, at least {lo} required"
            _report(out, path, lo_kw, detail, f"at least {_plural(lo, word, many)}")
        if hi is not None and n > hi:
            detail = f"{_plural(n, word, many)}, at most {hi} allowed"
            _report(out, path, hi_kw, detail, f"at most {_plural(hi, word, many)}")

    return check_size


def _pattern_check(rx: re.Pattern[str], pattern: str) -> Check:
    search = rx.search

    def check_pattern(value: Any, path: _Path, out: list[Problem]) -> None:
        if isinstance(value, str) and search(value) is None and not _probing(out):
            detail = f"{_show(value)} does not match the pattern {pattern}"
            _report(out, path, "pattern", detail, f"matching {pattern}")

    return check_pattern


def _json_string_check(sub: Check) -> Check:
    """A string that carries JSON (``contentMediaType``): parse it and check ``contentSchema``."""

    def check_json_string(value: Any, path: _Path, out: list[Problem]) -> None:
        if not isinstance(value, str):
            return
        try:
            decoded = json.loads(value)
        except ValueError as exc:
            if _probing(out):
                return
            detail = f"not valid JSON ({getattr(exc, 'msg', exc)}, at character {getattr(exc, 'pos', '?')})"
            _report(out, path, "contentMediaType", detail, "a JSON document")
            return
        sub(decoded, path, out)

    return check_json_string


def _items_check(prefix: tuple[Check, ...], items: Check | None) -> Check:
    n_prefix = len(prefix)

    def check_items(value: Any, path: _Path, out: list[Problem]) -> None:
        if not isinstance(value, list | tuple):
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
            if _probing(out):
                return
            detail = f"items {seen[key]} and {i} are both {_show(item)}; items must be unique"
            _report(out, path, "uniqueItems", detail, "unique items")
            return
        seen[key] = i


def _contains_check(sub: Check, lo: int, hi: int | None) -> Check:
    def check_contains(value: Any, path: _Path, out: list[Problem]) -> None:
        if not isinstance(value, list | tuple):
            return
        n = 0
        for i, item in enumerate(value):
            tmp = _Probe()
            sub(item, (path, i), tmp)
            n += not tmp
        if (n < lo or (hi is not None and n > hi)) and _probing(out):
            return
        if n < lo:
            rule = "contains" if lo == 1 else "minContains"
            detail = f"{_plural(n, 'item')} match what it must contain, at least {lo} required"
            _report(out, path, rule, detail, f"at least {lo} matching")
        if hi is not None and n > hi:
            detail = f"{_plural(n, 'item')} match what it may contain, at most {hi} allowed"
            _report(out, path, "maxContains", detail, f"at most {hi} matching")

    return check_contains


def _members_check(
    props: dict[str, Check],
    patterns: tuple[tuple[re.Pattern[str], Check], ...],
    extra: Check | None,
    forbid: bool,
    extra_kw: str,
    known: frozenset[str],
) -> Check:
    """properties + patternProperties + additionalProperties in one pass over the members."""
    get = props.get
    names = sorted(known)

    if not patterns and extra is None and not forbid:

        def check_props(value: Any, path: _Path, out: list[Problem]) -> None:
            if type(value) is not dict and not isinstance(value, Mapping):
                return
            for key, item in value.items():
                sub = get(key)
                if sub is not None:
                    sub(item, (path, key), out)

        return check_props

    def unknown(key: str, path: _Path, out: list[Problem]) -> None:
        if out.__class__ is _Probe:
            out.append(_FAILED)
            return
        detail = "not allowed here"
        close = difflib.get_close_matches(key, names, n=1, cutoff=0.7)
        if close:
            detail += f" (did you mean {_show(close[0])}?)"
        elif names:
            detail += (
                "; known fields: " + ", ".join(names[:20]) + (", …" if len(names) > 20 else "")
            )
        _report(out, (path, key), extra_kw, detail, names)

    def check_members(value: Any, path: _Path, out: list[Problem]) -> None:
        if type(value) is not dict and not isinstance(value, Mapping):
            return
        for key, item in value.items():
            sub = get(key)
            matched = sub is not None
            if sub is not None:
                sub(item, (path, key), out)
            for rx, psub in patterns:
                if isinstance(key, str) and rx.search(key):
                    psub(item, (path, key), out)
                    matched = True
            if matched or key in known:
                continue
            if forbid:
                unknown(str(key), path, out)
            elif extra is not None:
                extra(item, (path, key), out)

    return check_members


def _required_check(required: tuple[str, ...]) -> Check:
    def check_required(value: Any, path: _Path, out: list[Problem]) -> None:
        if type(value) is dict or isinstance(value, Mapping):
            for key in required:
                if key not in value:
                    if _probing(out):
                        return
                    _report(out, (path, key), "required", "required")

    return check_required


def _dependent_required_check(deps: tuple[tuple[str, tuple[str, ...]], ...]) -> Check:
    def check_dep_required(value: Any, path: _Path, out: list[Problem]) -> None:
        if type(value) is not dict and not isinstance(value, Mapping):
            return
        for trigger, needed in deps:
            if trigger in value:
                missing = [n for n in needed if n not in value]
                if missing and not _probing(out):
                    need = " and ".join(format_path([m]) for m in missing)
                    _report(out, (path, trigger), "dependentRequired", f"needs {need}", missing)

    return check_dep_required


def _dependent_schemas_check(deps: tuple[tuple[str, Check], ...]) -> Check:
    def check_dep_schemas(value: Any, path: _Path, out: list[Problem]) -> None:
        if type(value) is not dict and not isinstance(value, Mapping):
            return
        for trigger, sub in deps:
            if trigger in value:
                tmp = _like(out)
                sub(value, path, tmp)
                if tmp.__class__ is _Probe or not tmp:
                    out.extend(tmp)
                    continue
                why = f" (because {format_path([trigger])} is given)"
                out.extend(replace(q, message=q.message + why) for q in tmp)

    return check_dep_schemas


def _property_names_check(sub: Check) -> Check:
    def check_names(value: Any, path: _Path, out: list[Problem]) -> None:
        if type(value) is not dict and not isinstance(value, Mapping):
            return
        for key in value:
            tmp = _like(out)
            sub(key, (path, key), tmp)
            if tmp.__class__ is _Probe:
                out.extend(tmp)
                continue
            for q in tmp:
                head = q.path + ": "
                rest = q.message[len(head) :] if q.message.startswith(head) else q.message
                msg = f"{head}field name {rest}"
                out.append(replace(q, rule=f"propertyNames/{q.rule}", message=msg))

    return check_names


def _if_check(
    cond: Check,
    then: Check | None,
    other: Check | None,
    desc: str | None,
    quiet: tuple[bool, bool],
) -> Check:
    def check_if(value: Any, path: _Path, out: list[Problem]) -> None:
        tmp = _Probe()
        cond(value, path, tmp)
        branch = then if not tmp else other
        if branch is None:
            return
        got = _like(out)
        branch(value, path, got)
        if got and desc is not None and not quiet[bool(tmp)] and got.__class__ is not _Probe:
            why = f" (when {desc})" if not tmp else f" (unless {desc})"
            got = [replace(q, message=q.message + why) for q in got]
        out.extend(got)

    return check_if


def _not_check(inner: Check, groups: list[tuple[str, ...]] | None) -> Check:
    def check_not(value: Any, path: _Path, out: list[Problem]) -> None:
        tmp = _Probe()
        inner(value, path, tmp)
        if tmp or _probing(out):
            return
        if groups is not None and isinstance(value, Mapping):
            # `not: {required: [...]}`: name the forbidden member itself
            for group in groups:
                if all(k in value for k in group):
                    if len(group) == 1:
                        detail = "not allowed"
                    else:
                        detail = "not allowed together with " + ", ".join(
                            format_path([k]) for k in group[:-1]
                        )
                    _report(out, (path, group[-1]), "not", detail)
            return
        _report(out, path, "not", f"{_show(value)} is not allowed here")

    return check_not


def _alternatives_check(
    kind: str, branches: tuple[Check, ...], disc: _Discriminator | None
) -> Check:
    one = kind == "oneOf"

    def check_alternatives(value: Any, path: _Path, out: list[Problem]) -> None:
        passed: list[int] = []
        for i, b in enumerate(branches):
            probe = _Probe()
            b(value, path, probe)
            if not probe:
                if not one:
                    return
                passed.append(i)
        if len(passed) == 1:
            return
        if out.__class__ is _Probe:
            out.append(_FAILED)
            return
        if len(passed) > 1:
            which = ", ".join(f"#{i + 1}" for i in passed)
            detail = f"matches {len(passed)} alternatives ({which}); exactly one allowed"
            _report(out, path, "oneOf", detail)
            return
        results: list[list[Problem]] = []
        for b in branches:  # every alternative failed: now find out how, in full
            full: list[Problem] = []
            b(value, path, full)
            results.append(full)
        out.extend(_summarize(kind, value, path, results, disc))

    return check_alternatives


def _summarize(
    kind: str, value: Any, path: _Path, results: list[list[Problem]], disc: _Discriminator | None
) -> list[Problem]:
    """What to show when no alternative of anyOf/oneOf matched.

    A discriminating member (const/enum in every alternative) picks the alternative; if all fail
    only on type, one type problem lists every type; otherwise the closest alternatives are shown.
    """
    candidates = list(range(len(results)))
    if disc is not None and isinstance(value, Mapping) and disc[0] in value:
        key, table, allowed = disc
        hit = table.get(_canon(value[key]))
        if hit is None:
            detail = f"{_show(value[key])} is not one of {_show_list(allowed)}"
            tmp: list[Problem] = []
            _report(tmp, (path, key), kind, detail, allowed)
            return tmp
        candidates = hit
    here = _fmt(path)

    def wrong_type(i: int) -> bool:
        return any(q.rule == "type" and q.path == here for q in results[i])

    if all(wrong_type(i) and len(results[i]) == 1 for i in candidates):
        names: list[str] = []
        for i in candidates:
            names += [t for t in results[i][0].allowed or () if t not in names]
        return [_type_problem(path, names, value)]
    fitting = [i for i in candidates if not wrong_type(i)] or candidates
    firsts = [results[i][0] for i in fitting]
    if len(fitting) > 1 and all(len(results[i]) == 1 for i in fitting):
        if all(q.path == firsts[0].path for q in firsts):
            # Each alternative fails once at the same place: say what each would take.
            head = firsts[0].path + ": "
            details = [q.message.removeprefix(head) for q in firsts]
            merged = Problem(
                firsts[0].path, kind, head + "; or ".join(details), [q.allowed for q in firsts]
            )
            return [merged]
    return results[min(fitting, key=lambda i: len(results[i]))]


# ------------------------------------------------------------------------------------------------
# x-rules
# ------------------------------------------------------------------------------------------------

_Rule = Callable[[Any, list[Problem]], None]


def _compile_rule(rule: Mapping[str, Any]) -> _Rule | None:
    """A ``max-sum``/``min-sum`` rule; unknown kinds are ignored so newer specs still load."""
    kind = rule.get("kind")
    if kind not in ("max-sum", "min-sum"):
        return None
    limit = rule.get("max" if kind == "max-sum" else "min")
    if not isinstance(limit, int | float) or isinstance(limit, bool):
        return None
    terms: list[tuple[bool, list[str], float]] = []  # (is count, pointer tokens, default)
    labels: list[str] = []
    for term in rule.get("terms") or ():
        if isinstance(term, Mapping) and "count" in term:
            terms.append((True, _tokens(str(term["count"])), 0))
            labels.append(_pointer_path(str(term["count"])))
        elif isinstance(term, Mapping) and "value" in term:
            default = term.get("default")
            terms.append(
                (False, _tokens(str(term["value"])), default if _is_number(default) else 0)
            )
            labels.append(_pointer_path(str(term["value"])))
    if not terms:
        return None
    label = " + ".join(labels)
    custom = rule.get("message")
    is_max = kind == "max-sum"
    bound = f"at most {_num(limit)} allowed" if is_max else f"at least {_num(limit)} required"
    allowed = f"at most {_num(limit)}" if is_max else f"at least {_num(limit)}"
    if isinstance(custom, str) and custom:
        named = custom.startswith(f"{label}:") or _LEAD_PATH.match(custom)
        head = custom if named else f"{label}: {custom}"
    else:
        head = ""

    def check_rule(payload: Any, out: list[Problem]) -> None:
        parts: list[float] = []
        for is_count, ptr, default in terms:
            v = _at(payload, ptr)
            if v is _MISSING or v is None:
                parts.append(0 if is_count else default)
            elif is_count:
                parts.append(len(v) if isinstance(v, list | tuple) else 1)
            elif _is_number(v):
                parts.append(v)
            else:
                return  # its type problem is already reported
        total = sum(parts)
        if (total <= limit) if is_max else (total >= limit):
            return
        sums = " + ".join(_num(x) for x in parts)
        got = f"{sums} = {_num(total)}" if len(parts) > 1 else _num(total)
        msg = f"{head} (got {got}, {bound})" if head else f"{label}: {got}, {bound}"
        # Placed at the first term present: where the user most likely acts.
        present = [
            lab
            for (_, ptr, _), lab in zip(terms, labels, strict=True)
            if _at(payload, ptr) is not _MISSING
        ]
        out.append(Problem(present[0] if present else labels[0], f"x-rules:{kind}", msg, allowed))

    return check_rule


# ------------------------------------------------------------------------------------------------
# Validator and caches
# ------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Validator:
    """A compiled schema plus its rules; build with :func:`compile_validator`."""

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
        try:
            self._check(payload, None, out)
        except RecursionError:
            raise SchemaError(
                "payload nested too deeply, or the schema recurses in place"
            ) from None
        for rule in self._rules:
            rule(payload, out)
        return _dedupe(out) if len(out) > 1 else out

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
        if (p.path, p.message) not in seen:
            seen.add((p.path, p.message))
            out.append(p)
    return out


def _as_plain(payload: Any) -> Any:
    """Pydantic models (duck-typed) are validated as their dump: by alias, unset fields left out."""
    if type(payload) is dict:
        return payload
    dump = getattr(payload, "model_dump", None)
    if callable(dump) and not isinstance(payload, Mapping):
        return dump(by_alias=True, exclude_unset=True)
    return payload


def _plain_deep(value: Any) -> Any:
    value = _as_plain(value)
    if isinstance(value, Mapping):
        return {k: _plain_deep(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain_deep(v) for v in value]
    return value


def _mark_binary(payload: Mapping[str, Any], fields: frozenset[str]) -> Mapping[str, Any]:
    """Replace files given to multipart binary fields by a stand-in the string checks accept."""
    changed: dict[str, Any] | None = None
    for name in fields:
        v = payload.get(name, _MISSING)
        if is_binary_value(v):
            new: Any = _BINARY
        elif isinstance(v, list) and any(is_binary_value(x) for x in v):
            new = [_BINARY if is_binary_value(x) else x for x in v]
        else:
            continue
        changed = dict(payload) if changed is None else changed
        changed[name] = new
    return payload if changed is None else changed


_CACHE_MAX = 512
_CACHE: dict[tuple[int, int, frozenset[str]], tuple[Any, Any, Validator]] = {}


def compile_validator(
    schema: Mapping[str, Any] | bool,
    rules: Sequence[Mapping[str, Any]] = (),
    *,
    binary_fields: Iterable[str] = (),
) -> Validator:
    """Compile ``schema`` and its ``x-rules`` once; the same objects again hit a cache.

    ``binary_fields`` names top-level multipart fields whose values may be files (bytes, file
    objects, ``pathlib.Path``, ``(name, content[, type])`` tuples). Raises :class:`SchemaError`.
    """
    bins = frozenset(binary_fields)
    key = (id(schema), id(rules), bins)
    hit = _CACHE.get(key)
    if hit is not None and hit[0] is schema and hit[1] is rules:
        return hit[2]
    check = _Compiler(schema).compile(schema)
    compiled = tuple(r for r in map(_compile_rule, rules or ()) if r is not None)
    validator = Validator(schema, tuple(rules or ()), bins, check, compiled)
    if len(_CACHE) >= _CACHE_MAX:
        _CACHE.clear()
    _CACHE[key] = (schema, rules, validator)  # holding the objects keeps their ids unique
    return validator


# ------------------------------------------------------------------------------------------------
# Operations and gateways (duck-typed: OperationSpec / GatewaySpec or anything shaped alike)
# ------------------------------------------------------------------------------------------------

_OP_CACHE: dict[int, tuple[Any, Validator]] = {}


def operation_validator(op: OperationLike) -> Validator:
    """The compiled validator of an operation (cached per operation object)."""
    hit = _OP_CACHE.get(id(op))
    if hit is not None and hit[0] is op:
        return hit[1]
    body = op.body
    binary = frozenset(body.binary_fields or ()) if body is not None else frozenset()
    validator = compile_validator(op.payload_schema or True, op.rules or (), binary_fields=binary)
    if len(_OP_CACHE) >= _CACHE_MAX:
        _OP_CACHE.clear()
    _OP_CACHE[id(op)] = (op, validator)
    return validator


def validate_operation_payload(op: OperationLike, payload: Any) -> list[Problem]:
    """Every problem with ``payload`` for operation ``op`` (schema, then ``x-rules``)."""
    return operation_validator(op).validate(payload)


_PARAM_CACHE: dict[int, tuple[Any, Validator]] = {}


def validate_operation_parameters(
    op: OperationLike, parameters: Mapping[str, Any]
) -> list[Problem]:
    """Every problem with the path, query and header parameters of a call (by wire name).

    Operations without a body already validate their parameters as their payload.
    """
    schema = getattr(op, "parameters_schema", None)
    if op.body is None or not schema or not schema.get("properties"):
        return []
    hit = _PARAM_CACHE.get(id(op))
    if hit is None or hit[0] is not op:
        if len(_PARAM_CACHE) >= _CACHE_MAX:
            _PARAM_CACHE.clear()
        hit = (op, compile_validator(schema))
        _PARAM_CACHE[id(op)] = hit
    return hit[1].validate(dict(parameters))


def ensure_valid_payload(op: OperationLike, payload: Any) -> None:
    """Raise :class:`PayloadValidationError` when ``payload`` is invalid for ``op``."""
    operation_validator(op).check(payload, op.operation_id)


def operation_names(op: OperationLike) -> list[str]:
    """The names an operation answers to: id, client method name, ``"METHOD /path"``."""
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
        if text in (op.operation_id, op.python_name):
            return op
    parts = text.split(None, 1)
    if len(parts) == 2:
        method, path = parts[0].upper(), parts[1].strip()
        for op in ops.values():
            if op.method.upper() == method and op.path == path:
                return op
    candidates = [n for op in ops.values() for n in operation_names(op)]
    close = difflib.get_close_matches(text, candidates, n=3, cutoff=0.5)
    if not close and text:
        close = [c for c in candidates if text.lower() in c.lower()][:3]
    raise UnknownOperationError(name, getattr(spec, "name", None), close)


def validate(spec: GatewayLike, operation: str | OperationLike, payload: Any) -> list[Problem]:
    """Every problem with ``payload`` for ``operation`` (a name or an operation) of ``spec``.

    Pydantic models anywhere in the payload are validated as their dumps.
    """
    op = resolve_operation(spec, operation) if isinstance(operation, str) else operation
    return validate_operation_payload(op, _plain_deep(payload))
