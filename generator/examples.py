"""Reference examples that pass the clients' own validation.

An example starts from the required arguments (each the spec's example, default, first allowed
value or a typed placeholder) and is then checked with ``gateway_runtime.validation``: a field a
rule makes required (Midjourney ``change`` needs ``index`` for ``UPSCALE``) is added, a value
outside its allowed set is replaced by the first allowed one, until the example validates.

Only problems of the arguments themselves lead to a fix (a missing argument, a value outside its
allowed set), so the check validates against a bounded *view* of the payload schema
(:class:`CheckViews`): what applies to the payload object and to each of its members, with
``$ref``s inlined, and nothing of the members' own members. Each named schema's view is made once
per spec and shared by every operation that reaches it, and every view has a size budget: the
check costs the same per operation however large or recursive the schema graph behind it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from gateway_runtime.spec import OperationSpec
from gateway_runtime.validation import Problem, compile_validator
from generator.model import Argument

__all__ = ["CheckViews", "payload_of", "valid_example"]

_ROUNDS = 8
_BUDGET = 300
"""Schema nodes in one operation's view, at most (the largest in OpenAI's spec: 135); beyond
it, a subschema accepts anything."""
_TOTAL = 200_000
"""Schema nodes of all the views of one spec: a spec of many operations gets smaller views."""
_MEMBER_BUDGET = 100
"""Schema nodes in the view of one named schema used as a member."""
_DEPTH = 24
"""Nesting of subschemas in a view (the engine refuses deep ones; real payloads stay far below)."""
_CROSS_FIELD = frozenset({"if", "dependentRequired", "dependentSchemas", "oneOf", "anyOf", "not"})
_CHECKED = frozenset({"minItems", "minLength", "pattern", "contentMediaType", "minimum"})
_IN_PLACE = frozenset({"allOf", "anyOf", "oneOf", "not", "if", "then", "else", "dependentSchemas"})
"""Keywords whose subschemas apply to the same value (followed at every level of the view)."""
_MEMBERS = frozenset(
    {
        "properties",
        "patternProperties",
        "additionalProperties",
        "unevaluatedProperties",
        "propertyNames",
        "items",
        "prefixItems",
        "additionalItems",
        "unevaluatedItems",
        "contains",
    }
)
"""Keywords whose subschemas apply to members (followed below the payload object only)."""
_MAPS = frozenset({"properties", "patternProperties", "dependentSchemas"})
"""Keywords whose value maps names to subschemas (the others hold one subschema or a list)."""
_DROPPED = frozenset({"$defs", "definitions", "contentSchema"})
_DATA = frozenset({"enum", "const", "examples", "example", "default"})
_DEFS = "#/$defs/"


class CheckViews:
    """The bounded views of one spec's payload schemas (``#/$defs/Name`` resolved in defs).

    ``view(schema)`` is the payload schema with ``$ref``s inlined: the keywords that apply to the
    payload and, through ``properties``/``items``/..., to its members; a member's own members
    are left out. A named schema reached as a member is viewed once and reused.
    """

    def __init__(self, defs: Mapping[str, Any], operations: int = 1) -> None:
        self.defs = defs
        self.budget = max(30, min(_BUDGET, _TOTAL // max(1, operations)))
        self._members: dict[str, tuple[Any, int]] = {}
        self._pending: set[str] = set()

    def view(self, schema: Any) -> Any:
        """The view of a payload schema (``True`` where the budget ran out)."""
        return _Walk(self, self.budget).schema(schema, member=False, refs=())

    def member(self, name: str) -> tuple[Any, int]:
        """(view, size) of the named schema as a member value (computed once)."""
        hit = self._members.get(name)
        if hit is not None:
            return hit
        if name in self._pending or name not in self.defs:
            return True, 1  # a member that is itself through allOf/oneOf...: accept it
        self._pending.add(name)
        walk = _Walk(self, _MEMBER_BUDGET)
        found = walk.schema(self.defs[name], member=True, refs=(name,))
        self._pending.discard(name)
        self._members[name] = (found, max(1, _MEMBER_BUDGET - walk.left))
        return self._members[name]


class _Walk:
    """One view being made, with what is left of its budget."""

    def __init__(self, views: CheckViews, budget: int) -> None:
        self.views = views
        self.left = budget
        self.depth = 0

    def schema(self, node: Any, member: bool, refs: tuple[str, ...]) -> Any:
        if not isinstance(node, Mapping):
            return node  # true/false (or not a schema: the engine says so)
        self.left -= 1
        if self.left < 0 or self.depth >= _DEPTH:
            return True
        self.depth += 1
        try:
            return self._keywords(node, member, refs)
        finally:
            self.depth -= 1

    def _keywords(self, node: Mapping[str, Any], member: bool, refs: tuple[str, ...]) -> Any:
        out: dict[str, Any] = {}
        inlined: list[Any] = []
        for key, value in node.items():
            if key == "$ref":
                inlined.append(self.ref(value, member, refs))
            elif key in _DROPPED:
                continue
            elif key in _IN_PLACE:
                out[key] = self.sub(key, value, member, refs)
            elif key in _MEMBERS:
                if not member:
                    out[key] = self.sub(key, value, True, ())
            else:
                out[key] = value
        if inlined:  # $ref beside other keywords applies as an allOf member does
            out["allOf"] = [*(out.get("allOf") or ()), *inlined]
        return out

    def sub(self, key: str, value: Any, member: bool, refs: tuple[str, ...]) -> Any:
        """A keyword's value: one subschema, a list of them or a map of them."""
        if isinstance(value, list):
            return [self.schema(v, member, refs) for v in value]
        if key in _MAPS and isinstance(value, Mapping):
            return {k: self.schema(v, member, refs) for k, v in value.items()}
        return self.schema(value, member, refs)

    def ref(self, ref: Any, member: bool, refs: tuple[str, ...]) -> Any:
        if not isinstance(ref, str) or not ref.startswith(_DEFS):
            return True  # not one of the spec's named schemas: not checked here
        name = ref[len(_DEFS) :].replace("~1", "/").replace("~0", "~")
        if member and not refs:  # a member's value: its shared view
            found, size = self.views.member(name)
            self.left -= size
            return found if self.left >= 0 else True
        if name in refs or name not in self.views.defs:
            return True  # reaches itself without a member between: accept
        return self.schema(self.views.defs[name], member, (*refs, name))


def _breakable(view: Any) -> bool:
    """Whether the view has anything a required-fields example can break (cross-field rules,
    lower bounds, patterns, JSON strings): compiling a validator costs milliseconds, so plain
    schemas skip it (the reference test validates every example anyway)."""
    stack = [view]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, Mapping):
            if _CROSS_FIELD & node.keys() or _CHECKED & node.keys():
                return True
            stack.extend(v for k, v in node.items() if k not in _DATA)
    return False


def payload_of(
    op: OperationSpec, arguments: list[tuple[Argument, Any]], whole: Argument | None
) -> tuple[Any, dict[str, Any]]:
    """(body or parameter payload, parameters by wire name) of example argument values."""
    params = {a.wire: v for a, v in arguments if a.location in ("path", "query", "header")}
    if op.body is None:
        return dict(params), params
    for a, v in arguments:
        if a is whole:
            return v, params
    return {a.wire: v for a, v in arguments if a.location == "body" and a.wire}, params


class _Check:
    """The validators of one operation's example: its payload view, its parameters' view."""

    def __init__(self, op: OperationSpec, views: CheckViews, payload_view: Any) -> None:
        body = op.body
        binary = frozenset(body.binary_fields or ()) if body is not None else frozenset()
        self.op = op
        self.payload = compile_validator(
            payload_view or True, op.rules or (), binary_fields=binary, direction="request"
        )
        params = op.parameters_schema
        self.parameters = (
            compile_validator(views.view(params))
            if body is not None and params and params.get("properties")
            else None
        )

    def problems(self, arguments: list[tuple[Argument, Any]], whole: Argument | None) -> list[Any]:
        payload, params = payload_of(self.op, arguments, whole)
        found: list[Problem] = list(self.payload.validate(payload))
        if self.parameters is not None:
            found += self.parameters.validate(dict(params))
        return found


def valid_example(
    op: OperationSpec,
    arguments: list[Argument],
    whole: Argument | None,
    value_for: Callable[[Argument], Any],
    views: CheckViews | None = None,
) -> list[tuple[Argument, Any]]:
    """Example values for the required arguments, completed until the payload validates (or no
    further fix is known: the example is then as good as the document allows).

    views: the spec's shared views (one per spec spares viewing a named schema again per
    operation); made from the operation's ``$defs`` when not given.
    """
    chosen: dict[str, Any] = {a.name: value_for(a) for a in arguments if a.required}
    views = views or CheckViews(op.payload_schema.get("$defs") or {})
    view = views.view(op.payload_schema)
    if not op.rules and not _breakable(view):
        return [(a, chosen[a.name]) for a in arguments if a.name in chosen]
    check = _Check(op, views, view)
    by_wire: Mapping[str, Argument] = {a.wire: a for a in arguments if a.wire}
    for _ in range(_ROUNDS):
        current = [(a, chosen[a.name]) for a in arguments if a.name in chosen]
        problems = check.problems(current, whole)
        changed = False
        for problem in problems:
            top = str(problem.path).split(".", 1)[0].split("[", 1)[0]
            arg = by_wire.get(top)
            if arg is None:
                continue
            if problem.rule == "required" and arg.name not in chosen:
                chosen[arg.name] = value_for(arg)
                changed = True
            elif (
                problem.path == top
                and isinstance(problem.allowed, list)
                and problem.allowed
                and chosen.get(arg.name) != problem.allowed[0]
                and problem.rule in ("enum", "const")
            ):
                chosen[arg.name] = problem.allowed[0]
                changed = True
        if not changed:
            break
    return [(a, chosen[a.name]) for a in arguments if a.name in chosen]
