"""Reference examples that pass the clients' own validation.

An example starts from the required arguments (each the spec's example, default, first allowed
value or a typed placeholder) and is then checked with ``gateway_runtime.validation``: a field a
rule makes required (Midjourney ``change`` needs ``index`` for ``UPSCALE``) is added, a value
outside its allowed set is replaced by the first allowed one, until the example validates.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from gateway_runtime.spec import OperationSpec
from gateway_runtime.validation import validate_operation_parameters, validate_operation_payload
from generator.model import Argument

__all__ = ["payload_of", "valid_example"]

_ROUNDS = 8
# A payload reaching more named schemas than this is not checked: compiling its validator can
# take minutes and gigabytes on adversarial graphs (a 300-long oneOf chain: 10 GB), and the
# reference would then cost more than the client. Published AI specs stay well below it.
_MAX_DEFS = 256
_CROSS_FIELD = frozenset({"if", "dependentRequired", "dependentSchemas", "oneOf", "anyOf", "not"})
_CHECKED = frozenset({"minItems", "minLength", "pattern", "contentMediaType", "minimum"})


def _needs_check(op: OperationSpec) -> bool:
    """Whether the payload schema has anything a required-fields example can break (cross-field
    rules, lower bounds, patterns, JSON strings): compiling a validator costs tens of ms, so
    plain schemas skip it (the reference test validates every example anyway), and so do
    payloads reaching more than ``_MAX_DEFS`` named schemas."""
    if op.rules:
        return True
    defs = op.payload_schema.get("$defs") or {}
    stack: list[object] = [{k: v for k, v in op.payload_schema.items() if k != "$defs"}]
    seen: set[str] = set()
    breakable = False
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, dict):
            breakable = breakable or bool(_CROSS_FIELD & node.keys() or _CHECKED & node.keys())
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/$defs/"):
                name = ref.rsplit("/", 1)[-1]
                if name not in seen:
                    seen.add(name)
                    if len(seen) > _MAX_DEFS:
                        return False
                    stack.append(defs.get(name))
            stack.extend(v for k, v in node.items() if k != "$ref")
    return breakable


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


def problems_of(
    op: OperationSpec, arguments: list[tuple[Argument, Any]], whole: Argument | None
) -> list[Any]:
    payload, params = payload_of(op, arguments, whole)
    found = list(validate_operation_payload(op, payload))
    if op.body is not None:
        found += validate_operation_parameters(op, params)
    return found


def valid_example(
    op: OperationSpec,
    arguments: list[Argument],
    whole: Argument | None,
    value_for: Callable[[Argument], Any],
) -> list[tuple[Argument, Any]]:
    """Example values for the required arguments, completed until the payload validates (or no
    further fix is known: the example is then as good as the document allows)."""
    chosen: dict[str, Any] = {a.name: value_for(a) for a in arguments if a.required}
    if not _needs_check(op):
        return [(a, chosen[a.name]) for a in arguments if a.name in chosen]
    by_wire: Mapping[str, Argument] = {a.wire: a for a in arguments if a.wire}
    for _ in range(_ROUNDS):
        current = [(a, chosen[a.name]) for a in arguments if a.name in chosen]
        problems = problems_of(op, current, whole)
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
