"""Answer values: the spec's examples when they fit, else a value built from the schema.

Hand-written rather than taken from hypothesis-jsonschema (the one well-kept generator) because
the simulator needs one plausible, deterministic value per schema — examples first, every declared
property filled so URL fields exist to serve — not a random search over the schema's space.
Every answer is checked with the clients' own validator, so a value the client would reject is
never served while a fitting alternative exists.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from gateway_runtime.validation import compile_validator

from .meaning import media_field, media_mark, string_for

UrlFor = Callable[[str], str]
"""Gives a served URL for a field (called with the field's name)."""

_URL_NAME = re.compile(
    r"(^|_|[a-z])(url|uri|href)s?$|^(song|image|video|audio)_?path$", re.IGNORECASE
)
_DEPTH = 12
_TIME_NAME = re.compile(
    r"(^|_)(at|time|timestamp)$|[a-z](At|Time|Timestamp)$|^(created|updated|modified|expires?)$"
)


def url_like(name: str, schema: Mapping[str, Any]) -> bool:
    """Whether a string field holds a URL: ``format: uri``, a name ending in url (or Udio's ``song_path``)."""
    return schema.get("format") in ("uri", "url", "iri") or bool(_URL_NAME.search(name))


def first_example(node: Mapping[str, Any]) -> tuple[bool, Any]:
    """``(True, value)`` for the first example of a media type or schema, else ``(False, None)``."""
    if "example" in node:
        return True, node["example"]
    examples = node.get("examples")
    if isinstance(examples, Mapping):
        for item in examples.values():
            if isinstance(item, Mapping) and "value" in item:
                return True, item["value"]
    if isinstance(examples, list) and examples:
        return True, examples[0]
    return False, None


def all_examples(node: Mapping[str, Any]) -> tuple[Any, ...]:
    """Every example of a media type or schema, in document order."""
    out: list[Any] = []
    if "example" in node:
        out.append(node["example"])
    examples = node.get("examples")
    if isinstance(examples, Mapping):
        out.extend(i["value"] for i in examples.values() if isinstance(i, Mapping) and "value" in i)
    elif isinstance(examples, list):
        out.extend(examples)
    return tuple(out)


class Sampler:
    """Builds values for schemas whose ``#/$defs/X`` refs resolve in ``defs``."""

    def __init__(self, defs: Mapping[str, Any], hints: Mapping[str, Any] | None = None) -> None:
        self.defs = defs
        self.hints = dict(hints or {})  # field name -> a value the spec gives it (see hints_from)
        self.now = int(time.time())  # time-like integer fields (created_at...) read as "now"
        self._validators: dict[int, tuple[Any, Any]] = {}

    def hints_from(self, schemas: Iterable[Any]) -> None:
        """Learn plausible string values by field name from request schemas: the first example,
        default or allowed value each name has (a response's ``model`` then reads like a model id,
        not ``"model"``)."""
        for schema in schemas:
            root = self.deref(schema)
            props = root.get("properties") if isinstance(root, Mapping) else None
            for name, sub in (props or {}).items():
                if name in self.hints:
                    continue
                s = self.deref(sub)
                if not isinstance(s, Mapping):
                    continue
                found, example = first_example(s)
                enum = s.get("enum")
                for value in (
                    example if found else None,
                    s.get("default"),
                    enum[0] if isinstance(enum, list) and enum else None,
                ):
                    if isinstance(value, str) and value:
                        self.hints[str(name)] = value
                        break

    def deref(self, schema: Any) -> Any:
        seen = 0
        while isinstance(schema, Mapping) and isinstance(schema.get("$ref"), str) and seen < 20:
            ref = schema["$ref"]
            name = ref.rsplit("/", 1)[-1]
            target = self.defs.get(name)
            if target is None:
                return {}
            rest = {k: v for k, v in schema.items() if k != "$ref"}
            schema = {**target, **rest} if rest else target
            seen += 1
        return schema

    def fits(self, schema: Any, value: Any) -> bool:
        """Whether ``value`` passes the clients' validator for ``schema``."""
        hit = self._validators.get(id(schema))
        if hit is None or hit[0] is not schema:
            root = {**schema, "$defs": self.defs} if isinstance(schema, Mapping) else schema
            hit = (schema, compile_validator(root))
            self._validators[id(schema)] = hit
        return not hit[1].validate(value)

    def answer(self, schema: Any, url_for: UrlFor | None = None, name: str = "") -> Any:
        """An example if one fits the schema, else a generated value."""
        s = self.deref(schema)
        if isinstance(s, Mapping):
            found, value = first_example(s)
            if found and self.fits(s, value):
                return value
        return self.value(s, url_for, name)

    def value(
        self, schema: Any, url_for: UrlFor | None = None, name: str = "", depth: int = 0
    ) -> Any:
        """A value for ``schema`` (every declared property filled, arrays with their minimum)."""
        s = self.deref(schema)
        if not isinstance(s, Mapping) or depth > _DEPTH:
            return None if s is False else {}
        if "const" in s:
            return s["const"]
        if url_for is not None and media_field(name) and _kind(s) in ("string", None):
            return media_mark(s)  # an answer template: the kind made is known per answer
        if isinstance(s.get("enum"), list) and s["enum"]:
            return s["enum"][0]
        found, example = first_example(s)
        scalar = found and not isinstance(example, dict | list)
        if scalar and not url_like(name, s) and self.fits(s, example):
            return example
        default = s.get("default")
        if "default" in s and not isinstance(default, dict | list) and self.fits(s, default):
            return default
        for key in ("oneOf", "anyOf"):
            branches = s.get(key)
            if isinstance(branches, list) and branches:
                return self._branch(s, key, branches, url_for, name, depth)
        if isinstance(s.get("allOf"), list):
            merged: dict[str, Any] = {}
            for part in s["allOf"]:
                merged = _merge(merged, self.deref(part))
            return self.value(
                _merge({k: v for k, v in s.items() if k != "allOf"}, merged),
                url_for,
                name,
                depth + 1,
            )
        kind = _kind(s)
        if kind == "object":
            return self._object(s, url_for, depth)
        if kind == "array":
            return self._array(s, url_for, name, depth)
        if kind == "string":
            return self._string(s, url_for, name)
        if kind in ("integer", "number"):
            return self._number(s, kind, name)
        if kind == "boolean":
            return False
        return None

    def _branch(
        self,
        s: Mapping[str, Any],
        key: str,
        branches: list[Any],
        url_for: UrlFor | None,
        name: str,
        depth: int,
    ) -> Any:
        base = {k: v for k, v in s.items() if k not in ("oneOf", "anyOf")}
        candidates = []
        for branch in branches:
            b = self.deref(branch)
            if isinstance(b, Mapping) and _kind(b) == "null":
                continue
            merged = _merge(base, b) if isinstance(b, Mapping) else base
            candidates.append(self.value(merged, url_for, name, depth + 1))
        for value in candidates:
            if self.fits(s, value):
                return value
        return candidates[0] if candidates else None

    def _object(self, s: Mapping[str, Any], url_for: UrlFor | None, depth: int) -> dict[str, Any]:
        out: dict[str, Any] = {}
        props = s.get("properties") or {}
        for key, sub in props.items():
            out[key] = self.value(sub, url_for, str(key), depth + 1)
        for key in s.get("required") or ():
            if key not in out:
                out[key] = "sample"
        return out

    def _array(
        self, s: Mapping[str, Any], url_for: UrlFor | None, name: str, depth: int
    ) -> list[Any]:
        prefix = s.get("prefixItems") or []
        items = s.get("items", {})
        count = max(1, int(s.get("minItems") or 0))
        out = [self.value(p, url_for, name, depth + 1) for p in prefix]
        while len(out) < count:
            out.append(self.value(items, url_for, name, depth + 1))
        return out

    def _string(self, s: Mapping[str, Any], url_for: UrlFor | None, name: str) -> str:
        if url_for is not None and url_like(name, s):
            return url_for(name)
        fmt = s.get("format")
        if fmt in ("uri", "url", "iri"):
            return "https://example.invalid/sample"
        if fmt == "date-time":
            return "2026-01-01T00:00:00Z"
        if fmt == "date":
            return "2026-01-01"
        if fmt == "uuid":
            return "00000000-0000-4000-8000-000000000000"
        if fmt == "email":
            return "user@example.invalid"
        meant = string_for(name, s, self.now)
        if meant is not None and self.fits(s, meant):
            return meant
        hint = self.hints.get(name)
        if hint is not None and self.fits(s, hint):
            return str(hint)
        text = "simulated"  # never the field's own name: a reader would take it for data
        lo, hi = int(s.get("minLength") or 0), s.get("maxLength")
        text = text.ljust(lo, "x")
        return text[: int(hi)] if hi is not None else text

    def _number(self, s: Mapping[str, Any], kind: str, name: str) -> int | float:
        if _TIME_NAME.search(name) and self.fits(s, self.now):
            return self.now if kind == "integer" else float(self.now)
        return _number(s, kind)


def _kind(s: Mapping[str, Any]) -> str | None:
    t = s.get("type")
    if isinstance(t, list):
        real = [x for x in t if x != "null"]
        return str(real[0]) if real else "null"
    if isinstance(t, str):
        return t
    if "properties" in s or "required" in s or "additionalProperties" in s:
        return "object"
    if "items" in s or "prefixItems" in s:
        return "array"
    return None


def _number(s: Mapping[str, Any], kind: str) -> int | float:
    lo = s.get("minimum", s.get("exclusiveMinimum"))
    hi = s.get("maximum", s.get("exclusiveMaximum"))
    value: float = 1
    if lo is not None:
        value = float(lo) + (1 if "exclusiveMinimum" in s and "minimum" not in s else 0)
    if hi is not None and value > float(hi):
        value = float(hi)
    return int(value) if kind == "integer" else float(value)


def _merge(a: Mapping[str, Any], b: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(a)
    for key, value in b.items():
        if key == "properties" and isinstance(out.get(key), Mapping):
            out[key] = {**out[key], **value}
        elif key == "required" and isinstance(out.get(key), list):
            out[key] = [*out[key], *[v for v in value if v not in out[key]]]
        else:
            out[key] = value
    return out
