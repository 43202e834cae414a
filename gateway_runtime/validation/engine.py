"""Compiled validators on jsonschema-rs, with our messages, OpenAPI specifics and ``x-rules``.

The engine (jsonschema-rs: compiled, conformant from draft 4 to 2020-12, a regex engine without
catastrophic backtracking) decides validity; a valid payload costs one ``is_valid`` call. Only an
invalid one pays for the error walk that turns the engine's errors into our problems
(:mod:`.messages`). Values JSON has no word for (files for multipart fields, ``bytes`` for
``format: byte``) are replaced by stand-ins before the engine sees them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import jsonschema_rs

from ..jsonvalues import unsendable
from ..loading import deeper_than
from .conjunctions import MAX_EXPANSION, bounded_form
from .messages import Keys, Messages, type_problem
from .problems import Problem, SchemaError, close_match, is_binary_value, problem, show
from .rules import Rule, compile_rule
from .schema import (
    SchemaDoc,
    close_objects,
    is_recursive,
    normalize,
    prune_definitions,
    reaches,
)
from .soft import SoftCheck, soften

__all__ = ["MAX_DEPTH", "Report", "Validator", "compile_validator"]

MAX_DEPTH = 300
"""Deepest payload nesting validated against a recursive schema (deeper is one problem)."""

Retriever = Callable[[str], Any]
_FILE = "\x00file"  # stand-in for a file or bytes value; a string, so `type: string` takes it


class Report(NamedTuple):
    """Problems (the payload is invalid when there is any) and warnings (it is sent anyway)."""

    problems: list[Problem]
    warnings: list[Problem]


def _refuse_remote(uri: str) -> Any:
    raise ValueError(f"only local $refs are supported, got {uri!r}")


def _engine(schema: Any, dialect: str, retriever: Retriever | None) -> Any:
    cls = (
        jsonschema_rs.Draft4Validator if dialect == "draft4" else jsonschema_rs.Draft202012Validator
    )
    try:
        # mask: the engine's own messages (unused: we write ours) skip rendering the value
        return cls(schema, retriever=retriever or _refuse_remote, mask="<value>")
    except jsonschema_rs.ValidationError as exc:
        raise SchemaError(_schema_message(exc)) from None
    except (jsonschema_rs.ReferencingError, ValueError, TypeError, RecursionError) as exc:
        raise SchemaError(f"cannot compile the schema: {_first_line(exc)}") from None


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _schema_message(exc: Any) -> str:
    text = _first_line(exc).replace("<value>", show(getattr(exc, "instance", None)))
    where = "/" + "/".join(str(t) for t in exc.instance_path) if exc.instance_path else ""
    if "only local $refs" in str(exc):
        start = str(exc).index("only local $refs")
        return str(exc)[start:].splitlines()[0]
    if text.startswith("Pointer ") or "does not exist" in text:
        return f"unresolvable $ref: {text}"
    kind = getattr(exc, "kind", None)
    if kind is not None and kind.name == "type" and set(kind.types) == {"boolean", "object"}:
        return f"a schema must be an object or a boolean, got {show(exc.instance)} (at {where})"
    return f"invalid schema at {where or '#'}: {text}"


@dataclass(slots=True)
class Validator:
    """A compiled schema plus its rules; build with :func:`compile_validator`.

    ``validate`` returns the problems; ``warnings`` the unknown members that look like a typo of a
    declared one (``watermak`` for ``watermark``) where the schema lets unknown members pass;
    ``report`` both at the cost of one engine call for a clean payload.
    """

    schema: Any
    rules: tuple[Mapping[str, Any], ...]
    binary_fields: frozenset[str] = frozenset()
    _engine: Any = field(default=None, repr=False)
    _doc: SchemaDoc = field(default_factory=lambda: SchemaDoc(True), repr=False)
    _rules: tuple[Rule, ...] = field(default=(), repr=False)
    _recursive: bool = field(default=False, repr=False)
    _closed: Any = field(default=None, repr=False)
    _sites: dict[str, list[str]] = field(default_factory=dict, repr=False)
    _map: Any = field(default=None, repr=False)
    _content: bool = field(default=False, repr=False)
    _soft: SoftCheck | None = field(default=None, repr=False)

    def validate(self, payload: Any) -> list[Problem]:
        """Every problem with ``payload`` (empty when it is valid)."""
        return self._check(payload, self._engine)[0]

    def warnings(self, payload: Any) -> list[Problem]:
        """Unknown members within a small edit distance of a declared one."""
        return self.report(payload).warnings

    def report(self, payload: Any) -> Report:
        """Problems and warnings (likely typos, failed ``x-warn`` constraints) of ``payload``."""
        problems, instance, clean = self._check(payload, self._closed or self._engine)
        warnings = [] if clean or self._closed is None else self._typos(instance)
        if self._soft is not None and not problems:
            warnings += self._soft.warnings(instance, Messages(self._doc, instance).keys)
        return Report(problems, warnings)

    def is_valid(self, payload: Any) -> bool:
        """Whether ``payload`` has no problem."""
        return not self.validate(payload)

    def check(self, payload: Any, operation: str | None = None) -> None:
        """Raise :class:`~.problems.PayloadValidationError` if ``payload`` has any problem."""
        from .problems import PayloadValidationError

        problems = self.validate(payload)
        if problems:
            raise PayloadValidationError(problems, operation)

    # -- internals ------------------------------------------------------------------------------

    def _check(self, payload: Any, engine: Any) -> tuple[list[Problem], Any, bool]:
        """(problems, the instance the engine saw, whether ``engine`` found nothing at all)."""
        payload = _as_plain(payload)
        stand_ins: dict[Keys, Any] = {}
        if self.binary_fields and isinstance(payload, Mapping):
            payload = _mark_binary(payload, self.binary_fields, stand_ins)
        if self._recursive and deeper_than(payload, MAX_DEPTH):
            return [_too_deep()], payload, False
        bad = unsendable(payload)  # NaN, lone surrogates: the engine would see null or crash
        if bad:
            return [problem(keys, "json", why) for keys, why in bad], payload, False
        try:
            clean = engine.is_valid(payload)
            # The closed variant also fails on mere typos: problems come from the real schema.
            failed = not clean and (engine is self._engine or not self._engine.is_valid(payload))
            errors = list(self._engine.iter_errors(payload)) if failed else []
        except ValueError:  # a value JSON has no word for (a file, bytes, an object)
            clean = False
            try:
                payload = self._stand_ins(payload, stand_ins)
                errors = list(self._engine.iter_errors(payload))
            except RecursionError:
                return [_too_deep()], payload, False
        try:
            out = self._render(errors, payload, stand_ins) if errors else []
        except RecursionError:
            return [_too_deep()], payload, False
        if self._content:
            extra = self._json_strings(payload)
            out += extra
            clean = clean and not extra
        for rule in self._rules:
            rule(payload, out)
        return (_dedupe(out) if len(out) > 1 else out), payload, clean

    def _render(self, errors: list[Any], payload: Any, stand_ins: dict[Keys, Any]) -> list[Problem]:
        messages = Messages(self._doc, payload, self._validator_map)
        if stand_ins:
            kept = []
            for e in errors:
                keys = messages.keys(e.instance_path)
                if keys not in stand_ins:
                    kept.append(e)
                elif e.kind.name == "type":
                    kept.append(_Rendered(type_problem(keys, list(e.kind.types), stand_ins[keys])))
            errors = kept
        out = messages.problems([e for e in errors if not isinstance(e, _Rendered)])
        return out + [e.problem for e in errors if isinstance(e, _Rendered)]

    def _json_strings(self, payload: Any) -> list[Problem]:
        """``contentMediaType: application/json`` + ``contentSchema``: parse and check the string.

        JSON Schema 2020-12 makes these annotations only; the specs use them for fields that carry
        a JSON document as plain text (Ideogram's ``image_request``), so we enforce them there.
        """
        out: list[Problem] = []
        try:
            notes = self._engine.evaluate(payload).annotations()
        except ValueError:
            return out
        paths = Messages(self._doc, payload)
        for note in notes:
            where = str(note.get("schemaLocation", ""))
            if not where.endswith("/contentSchema"):
                continue
            node = self._doc.resolve("#" + where.removesuffix("/contentSchema"))
            media = str((node or {}).get("contentMediaType") or "").split(";")[0].strip().lower()
            if not (media == "application/json" or media.endswith("+json")):
                continue
            if (node or {}).get("contentEncoding"):
                continue  # encoded text (base64 …) stays an annotation, as the standard says
            keys = paths.keys(_keys(str(note["instanceLocation"])))
            text = _value(payload, keys)
            if not isinstance(text, str):
                continue
            try:
                decoded = json.loads(text)
            except ValueError as exc:
                detail = f"not valid JSON ({getattr(exc, 'msg', exc)}, at character {getattr(exc, 'pos', '?')})"
                out.append(problem(keys, "contentMediaType", detail, "a JSON document"))
                continue
            sub = self._validator_map().get("#" + where)
            if sub is None or sub.is_valid(decoded):
                continue
            start = self._doc.resolve("#" + where)
            messages = Messages(self._doc, decoded, self._validator_map, start, keys)
            out += messages.problems(list(sub.iter_errors(decoded)))
        return out

    def _validator_map(self) -> Any:
        if self._map is None:
            self._map = jsonschema_rs.validator_map_for(self._doc.root, retriever=_refuse_remote)
        return self._map

    def _stand_ins(self, payload: Any, stand_ins: dict[Keys, Any]) -> Any:
        """Replace values JSON cannot hold; files/bytes where the schema says binary/byte."""
        foreign: dict[Keys, Any] = {}
        instance = _jsonify(payload, (), foreign, 0)
        if not foreign:
            return instance
        formats: dict[Keys, str] = {}
        try:
            for note in self._engine.evaluate(instance).annotations():
                if str(note.get("schemaLocation", "")).endswith("/format"):
                    formats[_keys(str(note["instanceLocation"]))] = str(note["annotations"])
        except ValueError:
            pass
        for keys, value in foreign.items():
            fmt = formats.get(keys)
            ok = (fmt == "binary" and is_binary_value(value)) or (
                fmt == "byte" and isinstance(value, bytes | bytearray | memoryview)
            )
            stand_ins[keys] = value
            if not ok:
                instance = _replace(instance, keys, None)
        return instance

    def _typos(self, instance: Any) -> list[Problem]:
        out: list[Problem] = []
        try:
            errors = list(self._closed.iter_errors(instance))
        except (ValueError, RecursionError):
            return out
        paths = Messages(self._doc, instance)
        for e in errors:
            if e.kind.name != "unevaluatedProperties":
                continue
            site = "".join(
                "/" + str(t).replace("~", "~0").replace("/", "~1") for t in e.schema_path
            )
            names = self._sites.get(site)
            if names is None:
                continue
            for key in e.kind.unexpected:
                close = close_match(str(key), names)
                if close is not None:
                    keys = (*paths.keys(e.instance_path), str(key))
                    detail = f"unknown field; did you mean {close!r}?"  # the path names it
                    out.append(problem(keys, "unknown-field", detail, [close]))
        return out


@dataclass(frozen=True, slots=True)
class _Rendered:
    problem: Problem


def _too_deep() -> Problem:
    return problem((), "depth", f"nested more than {MAX_DEPTH} levels deep; too deep to validate")


def _value(payload: Any, keys: Keys) -> Any:
    cur = payload
    for k in keys:
        try:
            cur = cur[k]
        except (KeyError, IndexError, TypeError):
            return None
    return cur


def _keys(pointer: str) -> Keys:
    if not pointer:
        return ()
    out: list[str | int] = []
    for raw in pointer[1:].split("/"):
        tok = raw.replace("~1", "/").replace("~0", "~")
        out.append(int(tok) if tok.isdigit() else tok)
    return tuple(out)


def _jsonify(value: Any, keys: Keys, foreign: dict[Keys, Any], depth: int) -> Any:
    if depth > MAX_DEPTH:
        raise RecursionError("payload nested too deeply")
    if value is None or isinstance(value, str | bool | int | float):
        return value
    if isinstance(value, Mapping):
        return {
            str(k): _jsonify(_as_plain(v), (*keys, str(k)), foreign, depth + 1)
            for k, v in value.items()
        }
    if isinstance(value, list | tuple) and not (
        isinstance(value, tuple) and is_binary_value(value)
    ):
        return [_jsonify(_as_plain(v), (*keys, i), foreign, depth + 1) for i, v in enumerate(value)]
    foreign[keys] = value
    return _FILE


def _replace(instance: Any, keys: Keys, new: Any) -> Any:
    if not keys:
        return new
    cur = instance
    for k in keys[:-1]:
        cur = cur[k]
    cur[keys[-1]] = new
    return instance


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


def _mark_binary(
    payload: Mapping[str, Any], fields: frozenset[str], stand_ins: dict[Keys, Any]
) -> Mapping[str, Any]:
    """Replace files given to multipart binary fields by a stand-in the string checks accept."""
    changed: dict[str, Any] | None = None
    for name in fields:
        v = payload.get(name)
        if is_binary_value(v):
            new: Any = _FILE
            stand_ins[(name,)] = v
        elif isinstance(v, list) and any(is_binary_value(x) for x in v):
            new = list(v)
            for i, x in enumerate(v):
                if is_binary_value(x):
                    new[i] = _FILE
                    stand_ins[(name, i)] = x
        else:
            continue
        changed = dict(payload) if changed is None else changed
        changed[name] = new
    return payload if changed is None else changed


_CACHE_MAX = 512
_CACHE: dict[tuple[Any, ...], tuple[Any, Any, Validator]] = {}


def compile_validator(
    schema: Mapping[str, Any] | bool,
    rules: Sequence[Mapping[str, Any]] = (),
    *,
    binary_fields: Iterable[str] = (),
    dialect: str = "2020-12",
    direction: str | None = None,
    retriever: Retriever | None = None,
) -> Validator:
    """Compile ``schema`` and its ``x-rules`` once; the same objects again hit a cache.

    ``binary_fields`` names top-level multipart fields whose values may be files (bytes, file
    objects, ``pathlib.Path``, ``(name, content[, type])`` tuples). ``dialect`` is ``"2020-12"``
    (OpenAPI 3.1; ``nullable`` and boolean exclusive bounds of 3.0 are understood too),
    ``"openapi-3.0"`` (also ignores siblings of ``$ref``) or ``"draft4"`` (plain JSON Schema
    draft 4). ``direction`` (``"request"``/``"response"``) forbids readOnly/writeOnly members.
    ``retriever(uri)`` returns remote schemas (default: remote ``$ref``s are a SchemaError).
    Raises :class:`SchemaError`.
    """
    bins = frozenset(binary_fields)
    key = (id(schema), id(rules), bins, dialect, direction, id(retriever))
    hit = _CACHE.get(key)
    if hit is not None and hit[0] is schema and hit[1] is rules:
        return hit[2]
    prepared = normalize(prune_definitions(schema, dialect), dialect, direction)
    if not isinstance(prepared, Mapping | bool):
        raise SchemaError(f"a schema must be an object or a boolean, got {show(prepared)}")
    if dialect != "draft4":  # draft 4 ignores the siblings of $ref: not a conjunction there
        prepared, cost, where = bounded_form(prepared)
        _bounded(cost, where)
    doc = SchemaDoc(prepared)
    engine = _engine(prepared, dialect, retriever)
    validator = Validator(schema, tuple(rules or ()), bins, engine, doc)
    validator._rules = tuple(r for r in map(compile_rule, rules or ()) if r is not None)
    if isinstance(prepared, Mapping) and dialect != "draft4":
        validator._recursive = is_recursive(prepared, doc)
        validator._content = reaches(prepared, doc, "contentSchema")
        closed, sites = close_objects(prepared, doc)
        if sites:
            validator._closed = _engine(closed, dialect, retriever)
            validator._sites = sites
        if reaches(prepared, doc, "x-warn"):
            softened, soft_sites = soften(prepared)
            validator._soft = SoftCheck(_engine(softened, dialect, retriever), soft_sites)
    if len(_CACHE) >= _CACHE_MAX:
        _CACHE.clear()
    _CACHE[key] = (schema, rules, validator)  # holding the objects keeps their ids unique
    return validator


def _bounded(cost: int, where: str) -> None:
    """Refuse (SchemaError) a schema whose alternatives make one value cost too many checks."""
    if cost > MAX_EXPANSION:
        raise SchemaError(
            f"the schema at {'#' + where} checks one value more than {MAX_EXPANSION:,} times "
            "(anyOf/oneOf alternatives nested through shared schemas, or each checking the same "
            "member again one level down); too costly to validate "
            "before a call: simplify the schema, or send without local checks (validate=False)"
        )


_SCALARS = (str, int, float, bool, type(None))


def plain_deep(value: Any, depth: int = 0) -> Any:
    """``value`` with pydantic models anywhere in it replaced by their dumps.

    Containers with no model inside come back as they are (no copy): validating a file of plain
    JSON lines costs a walk, not a rebuild of every payload.
    """
    if depth > MAX_DEPTH:
        raise RecursionError("payload nested too deeply")
    value = _as_plain(value)
    if isinstance(value, Mapping):
        changed: dict[Any, Any] | None = None if type(value) is dict else dict(value)
        for key, item in value.items():
            if type(item) in _SCALARS:
                continue
            plain = plain_deep(item, depth + 1)
            if plain is not item:
                if changed is None:
                    changed = dict(value)
                changed[key] = plain
        return value if changed is None else changed
    if isinstance(value, list):
        copied: list[Any] | None = None
        for index, item in enumerate(value):
            if type(item) in _SCALARS:
                continue
            plain = plain_deep(item, depth + 1)
            if plain is not item:
                if copied is None:
                    copied = list(value)
                copied[index] = plain
        return value if copied is None else copied
    return value


def too_deep_problem() -> Problem:
    """The one problem reported for a payload nested beyond :data:`MAX_DEPTH`."""
    return _too_deep()
