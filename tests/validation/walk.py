"""Derive, from an operation's payload schema, a valid payload and one case per stated constraint.

For every member of the payload (and of nested objects): a positive case (a valid value, and the
boundary value of each limit) and a negative case per constraint (wrong type, value outside the
enum, past each limit, pattern mismatch, missing when required, unknown when forbidden). Each
negative case names the (path, rule) the validator must report.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from gateway_runtime.spec import OperationSpec
from gateway_runtime.validation import Problem, Validator, compile_validator, format_path

NO = object()  # "no value could be synthesised"
_QUIET = {"$defs", "description", "title", "examples", "default", "x-message"}

_WRONG_VALUES: list[tuple[str, Any]] = [
    ("integer", 12345),
    ("string", "not-a-number"),
    ("boolean", True),
    ("object", {"unexpected": "object"}),
    ("array", ["unexpected", "array"]),
]


@dataclass(frozen=True)
class Case:
    """One payload and what validating it must give: nothing, or a problem at (path, rule)."""

    id: str
    payload: dict[str, Any]
    expect: tuple[str, str] | None

    def check(self, problems: Sequence[Problem]) -> str | None:
        """None when the outcome is right, else an explanation."""
        listing = "; ".join(f"{p.path} [{p.rule}] {p.message}" for p in problems) or "no problems"
        if self.expect is None:
            return None if not problems else f"expected valid, got: {listing}"
        path, rule = self.expect
        if any(p.path == path and p.rule == rule for p in problems):
            return None
        return f"expected a {rule} problem at {path}, got: {listing}"


class Walker:
    """Cases for one operation."""

    def __init__(self, gateway: str, op: OperationSpec) -> None:
        self.gateway = gateway
        self.op = op
        self.root: Mapping[str, Any] = op.payload_schema
        self.defs = self.root.get("$defs", {})
        self.binary = set(op.body.binary_fields) if op.body is not None else set()
        self.validator = compile_validator(self.root, op.rules, binary_fields=self.binary)
        self._sub_validators: dict[int, Validator] = {}
        self.conditional = self._conditional_members()

    # -- schema helpers ---------------------------------------------------------------------

    def deref(self, schema: Any) -> Any:
        for _ in range(16):
            if (
                isinstance(schema, Mapping)
                and "$ref" in schema
                and set(schema) - _QUIET == {"$ref"}
            ):
                ref = str(schema["$ref"])
                schema = (
                    self.defs.get(ref.rsplit("/", 1)[-1], {}) if ref.startswith("#/$defs/") else {}
                )
            else:
                break
        return schema

    def valid_for(self, schema: Any, value: Any) -> bool:
        if value is NO:
            return False
        if isinstance(schema, bool):
            return schema
        key = id(schema)
        if key not in self._sub_validators:
            self._sub_validators[key] = compile_validator({"$defs": self.defs, "allOf": [schema]})
        return self._sub_validators[key].validate(value) == []

    def _conditional_members(self) -> set[str]:
        """Members named inside cross-field conditions (their values may depend on others)."""
        names: set[str] = set()

        def visit(node: Any, inside: bool) -> None:
            if isinstance(node, Mapping):
                for k, v in node.items():
                    if k == "properties" and inside and isinstance(v, Mapping):
                        names.update(v)
                    if k in ("required", "dependentRequired") and inside:
                        names.update(v if isinstance(v, list) else list(v))
                    visit(
                        v,
                        inside
                        or k in ("if", "then", "else", "not", "dependentSchemas", "oneOf", "anyOf"),
                    )
            elif isinstance(node, list):
                for v in node:
                    visit(v, inside)

        visit(self.root, False)
        for rule in self.op.rules:
            for term in rule.get("terms", ()):
                for ptr in term.values():
                    if isinstance(ptr, str) and ptr.startswith("/"):
                        names.add(ptr.split("/")[1])
        return names

    # -- synthesis ------------------------------------------------------------------------------

    def synth(self, schema: Any, binary: bool = False, depth: int = 0) -> Any:
        """A value valid for ``schema``, or ``NO``."""
        s = self.deref(schema)
        if binary:
            return b"\x89PNG\r\n"
        if s is True or s == {}:
            return "x"
        if not isinstance(s, Mapping) or depth > 6:
            return NO
        candidates: list[Any] = []
        if "const" in s:
            candidates.append(s["const"])
        candidates += [v for v in s.get("enum") or () if v is not None]
        candidates += list(s.get("examples") or ())
        if "default" in s:
            candidates.append(s["default"])
        for kw in ("anyOf", "oneOf", "allOf"):
            for branch in s.get(kw) or ():
                candidates.append(self.synth(branch, depth=depth + 1))
        types = s.get("type")
        types = [types] if isinstance(types, str) else list(types or [])
        if not types and ("properties" in s or "required" in s):
            types = ["object"]
        for t in [t for t in types if t != "null"] + (["null"] if "null" in types else []):
            candidates += self._typed_candidates(s, t, depth)
        if not types and not candidates:
            candidates = ["x"]
        for value in candidates:
            if self.valid_for(s, value):
                return value
        return NO

    def _typed_candidates(self, s: Mapping[str, Any], t: str, depth: int) -> list[Any]:
        if t == "string":
            if s.get("format") in ("binary", "byte"):
                return [b"\x89PNG\r\n"]
            if "contentSchema" in s:  # a JSON document carried in a string
                inner = self.synth(s["contentSchema"], depth=depth + 1)
                return [] if inner is NO else [json.dumps(inner)]
            n = max(1, int(s.get("minLength", 1)))
            return ["x" * n, "https://example.com/a.png", "1", "16:9", "a" * n]
        if t in ("integer", "number"):
            lo = s.get(
                "minimum", s.get("exclusiveMinimum", 0) + 1 if "exclusiveMinimum" in s else 1
            )
            hi = s.get("maximum")
            return [int(lo) if float(lo).is_integer() else lo, 0, hi if hi is not None else 1]
        if t == "boolean":
            return [False, True]
        if t == "null":
            return [None]
        if t == "array":
            n = max(int(s.get("minItems", 1)), 1)
            if s.get("maxItems") == 0:
                return [[]]
            return [self.items(s, n, depth), []]
        if t == "object":
            props = s.get("properties") or {}
            obj: dict[str, Any] = {}
            for name in s.get("required") or ():
                obj[name] = self.synth(props.get(name, True), depth=depth + 1)
            return [obj] if all(v is not NO for v in obj.values()) else []
        return []

    def items(
        self, s: Mapping[str, Any], n: int, depth: int = 0, binary: bool = False
    ) -> list[Any]:
        """``n`` items valid for an array schema (distinct where the schema can give them)."""
        item_schema = self.deref(s.get("items", True))
        if binary:
            return [b"\x89PNG\r\n"] * n
        if isinstance(item_schema, Mapping) and isinstance(item_schema.get("enum"), list):
            pool = [v for v in item_schema["enum"] if v is not None]
            return [pool[i % len(pool)] for i in range(n)]
        one = self.synth(item_schema, depth=depth + 1)
        if isinstance(one, str) and not (
            isinstance(item_schema, Mapping) and "const" in item_schema
        ):
            made = [f"https://example.com/{i}.png" for i in range(n)]
            if all(self.valid_for(item_schema, v) for v in made[:1]):
                return made
        return [copy.deepcopy(one) for _ in range(n)]

    def base(self) -> dict[str, Any] | None:
        """A valid payload with the required members only (completed where conditions demand)."""
        obj = self.deref(self.root)
        props = obj.get("properties") or {}
        payload: dict[str, Any] = {}
        for name in obj.get("required") or ():
            payload[name] = self.synth(props.get(name, True), binary=name in self.binary)
        if any(v is NO for v in payload.values()):
            return None
        for _ in range(4):  # conditions may ask for more members (e.g. index when action=UPSCALE)
            problems = self.validator.validate(payload)
            if not problems:
                return payload
            missing = [p.path for p in problems if p.rule in ("required", "dependentRequired")]
            added = False
            for name in missing:
                if name in props and name not in payload:
                    value = self.synth(props[name], binary=name in self.binary)
                    if value is not NO:
                        payload[name] = value
                        added = True
            if not added:
                return None
        return None

    # -- cases ------------------------------------------------------------------------------------

    def cases(self) -> list[Case]:
        base = self.base()
        if base is None:
            return []
        out = [Case(self._id("base", "valid"), base, None)]
        root = self.deref(self.root)
        self._object_cases(root, base, [], out, depth=0)
        for forbidden in self._forbidden(root):
            payload = {**base, forbidden: "x"}
            out.append(Case(self._id(forbidden, "forbidden"), payload, (forbidden, "not")))
        return out

    def _id(self, where: str, what: str) -> str:
        return f"{self.gateway}.{self.op.operation_id}.{where}:{what}"

    def _forbidden(self, root: Mapping[str, Any]) -> list[str]:
        names = []
        for item in root.get("allOf") or ():
            item = self.deref(item)
            neg = item.get("not") if isinstance(item, Mapping) else None
            if isinstance(neg, Mapping) and list(neg) == ["required"] and len(neg["required"]) == 1:
                names.append(str(neg["required"][0]))
        return names

    def _object_cases(
        self,
        obj: Mapping[str, Any],
        base: dict[str, Any],
        at: list[str | int],
        out: list[Case],
        depth: int,
    ) -> None:
        props = obj.get("properties") or {}
        required = sorted(set(obj.get("required") or ()))
        container = _get_in(base, at)
        for name in required:
            if isinstance(container, dict) and name in container:
                out.append(
                    Case(
                        self._id(format_path([*at, name]), "required"),
                        _without(base, [*at, name]),
                        (format_path([*at, name]), "required"),
                    )
                )
        if obj.get("additionalProperties") is False:
            key = [*at, "zz_unknown_member"]
            out.append(
                Case(
                    self._id(format_path(key), "unknown"),
                    _set_in(base, key, "x"),
                    (format_path(key), "additionalProperties"),
                )
            )
        for name, raw in props.items():
            s = self.deref(raw)
            if not isinstance(s, Mapping):
                continue
            keys = [*at, name]
            where = format_path(keys)
            binary = depth == 0 and name in self.binary
            value = self.synth(s, binary=binary)
            if value is NO:
                continue
            payload = _set_in(base, keys, value)
            if not self.validator.is_valid(payload):  # try the other allowed values in this context
                for other in [v for v in s.get("enum") or () if v is not None]:
                    if self.validator.is_valid(_set_in(base, keys, other)):
                        value, payload = other, _set_in(base, keys, other)
                        break
                else:
                    continue  # needs other members too (a cross-field rule): tested by hand
            out.append(Case(self._id(where, "valid"), payload, None))
            self._value_cases(s, base, keys, where, binary, out)
            if (
                depth < 2
                and (s.get("type") == "object" or "properties" in s)
                and isinstance(value, dict)
            ):
                self._object_cases(s, payload, keys, out, depth + 1)

    def _value_cases(
        self,
        s: Mapping[str, Any],
        base: dict[str, Any],
        keys: list[str | int],
        where: str,
        binary: bool,
        out: list[Case],
    ) -> None:
        def add(what: str, value: Any, rule: str | None) -> None:
            out.append(
                Case(
                    self._id(where, what),
                    _set_in(base, keys, value),
                    None if rule is None else (where, rule),
                )
            )

        free = keys[0] not in self.conditional  # its allowed values do not depend on other members
        types = s.get("type")
        types = [types] if isinstance(types, str) else list(types or [])
        if types and s.get("nullable") is not True:
            allowed = set(types)
            for name, wrong in _WRONG_VALUES:
                if name not in allowed and not (name == "integer" and "number" in allowed):
                    add(f"type-{name}", wrong, "type")
                    break
        enum = s.get("enum")
        if isinstance(enum, list) and all(isinstance(v, str) for v in enum if v is not None):
            add("enum-outside", "zz-not-an-allowed-value", "enum")
            if free:
                for i, v in enumerate(enum):
                    add(f"enum-{i}", v, None)
        if "const" in s and isinstance(s["const"], str):
            add("const-other", s["const"] + "-other", "const")
        for kw, delta, rule in (("minimum", -1, "minimum"), ("maximum", 1, "maximum")):
            bound = s.get(kw)
            if isinstance(bound, int | float) and not isinstance(bound, bool):
                add(f"{kw}-at", bound, None)
                add(f"{kw}-past", bound + delta, rule)
        for kw, delta, rule in (
            ("exclusiveMinimum", 0, "exclusiveMinimum"),
            ("exclusiveMaximum", 0, "exclusiveMaximum"),
        ):
            bound = s.get(kw)
            if isinstance(bound, int | float) and not isinstance(bound, bool):
                add(f"{kw}-at", bound + delta, rule)
        if isinstance(s.get("maxLength"), int) and s["maxLength"] <= 100_000:
            add("maxLength-at", "a" * s["maxLength"], None)
            add("maxLength-past", "a" * (s["maxLength"] + 1), "maxLength")
        if isinstance(s.get("minLength"), int) and s["minLength"] > 0:
            add("minLength-past", "a" * (s["minLength"] - 1), "minLength")
        if isinstance(s.get("pattern"), str):
            wrong = "\u0001!"
            if re.search(s["pattern"], wrong) is None:
                add("pattern-mismatch", wrong, "pattern")
        if isinstance(s.get("maxItems"), int):
            n = s["maxItems"]
            add("maxItems-at", self.items(s, n, binary=binary), None)
            add("maxItems-past", self.items(s, n + 1, binary=binary), "maxItems")
        if isinstance(s.get("minItems"), int) and s["minItems"] > 0:
            n = s["minItems"]
            add("minItems-at", self.items(s, n, binary=binary), None)
            add("minItems-past", self.items(s, n - 1, binary=binary), "minItems")
        item = self.deref(s.get("items"))
        if isinstance(item, Mapping) and isinstance(item.get("enum"), list) and not binary:
            add("items-enum-outside", ["zz-not-an-allowed-value"], "enum")
            out[-1] = Case(out[-1].id, out[-1].payload, (format_path([*keys, 0]), "enum"))


def _get_in(payload: Any, keys: Sequence[str | int]) -> Any:
    for k in keys:
        payload = payload[k]
    return payload


def _set_in(payload: dict[str, Any], keys: Sequence[str | int], value: Any) -> dict[str, Any]:
    out = copy.deepcopy(payload)
    target: Any = out
    for k in keys[:-1]:
        target = target[k]
    target[keys[-1]] = value
    return out


def _without(payload: dict[str, Any], keys: Sequence[str | int]) -> dict[str, Any]:
    out = copy.deepcopy(payload)
    target: Any = out
    for k in keys[:-1]:
        target = target[k]
    del target[keys[-1]]
    return out
