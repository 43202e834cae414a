"""Turn the engine's errors into problems written for people.

Each jsonschema-rs error carries the payload path, the keyword and the evaluation path through the
schema. From the evaluation path we find the schema objects the error passed through: an
``x-message`` on one of them replaces the problems it covers, a ``then``/``else`` adds the
condition that made it apply (``(when model is "x")``), a ``dependentSchemas`` its trigger, and an
``anyOf``/``oneOf`` failure is summarised from its alternatives' errors.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from .problems import (
    Problem,
    canon,
    close_match,
    format_path,
    json_type,
    num,
    plural,
    problem,
    show,
    show_list,
)
from .schema import SchemaDoc

__all__ = ["Messages"]

Keys = tuple[str | int, ...]
# Keywords that move to a member or item of the value (the rest stay at the same value).
_MEMBER = frozenset(
    "properties patternProperties additionalProperties unevaluatedProperties".split()
)
_ITEM = frozenset("items prefixItems additionalItems unevaluatedItems contains".split())
_NAMED = frozenset("properties patternProperties $defs definitions dependentSchemas".split())
_INDEXED = frozenset("allOf anyOf oneOf prefixItems".split())
_BRANCH = frozenset(("then", "else", "dependentSchemas"))
_LEAD_PATH = re.compile(r'([A-Za-z_$][\w.\[\]"$-]*):\s')


@dataclass(frozen=True, slots=True)
class _Step:
    """One schema object on an error's way: the keyword taken in it, at which payload depth."""

    schema: Any
    keyword: str
    arg: str | int | None  # member name or branch index after the keyword
    depth: int  # number of payload keys above the schema's value


_Walked = tuple[tuple[_Step, ...], Any, int]  # steps so far, the schema object reached, depth
_Trie = dict[Any, tuple["_Trie", "_Walked | None"]]  # token -> (deeper, the walk ending here)


class Messages:
    """Renders the errors of one validation (``doc`` is what the engine compiled)."""

    def __init__(
        self,
        doc: SchemaDoc,
        payload: Any,
        submap: Callable[[], Any] | None = None,
        start: Any = None,
        prefix: Keys = (),
        memo: bool = True,
    ) -> None:
        self.doc = doc
        self.payload = payload
        self.submap = submap
        self.start = doc.root if start is None else start  # where evaluation paths begin
        self.prefix = prefix  # payload keys above ``payload`` (a JSON string's content)
        # Walks already taken, by token: an anyOf's errors repeat the path down to it (once per
        # alternative, nested anyOfs once per path), so each error walks only its own tail.
        self._walks: _Trie | None = {} if memo else None

    # -- walking the evaluation path ----------------------------------------------------------

    def walk(self, evaluation_path: Sequence[Any]) -> list[_Step]:
        """The schema objects on an error's evaluation path (shared prefixes walked once)."""
        toks = list(evaluation_path)
        trie = self._walks
        if trie is None:
            return list(self._walk(toks, 0, (), self.start, len(self.prefix), None))
        cursors = [trie]
        found: tuple[int, _Walked] = (0, ((), self.start, len(self.prefix)))
        for tok in toks:
            entry = cursors[-1].get(tok)
            if entry is None:
                break
            cursors.append(entry[0])
            if entry[1] is not None:
                found = (len(cursors) - 1, entry[1])
        i, (steps, node, depth) = found
        return list(self._walk(toks, i, steps, node, depth, cursors[: i + 1]))

    def _walk(
        self,
        toks: list[Any],
        i: int,
        done: tuple[_Step, ...],
        node: Any,
        depth: int,
        cursors: list[_Trie] | None,
    ) -> tuple[_Step, ...]:
        """Continue a walk at token ``i``; record each step's end in the trie (``cursors``)."""
        steps = list(done)
        while i < len(toks) and isinstance(node, Mapping):
            before = i
            node, i, depth = self._step(toks, i, node, depth, steps)
            if cursors is not None:
                for k in range(before, i):
                    entry = cursors[k].get(toks[k])
                    if entry is None:
                        entry = cursors[k][toks[k]] = ({}, None)
                    cursors.append(entry[0])
                if i < len(toks):  # at the end, a step may have taken fewer tokens than later
                    cursors[i - 1][toks[i - 1]] = (cursors[i], (tuple(steps), node, depth))
        return tuple(steps)

    def _step(
        self, toks: list[Any], i: int, node: Mapping[str, Any], depth: int, steps: list[_Step]
    ) -> tuple[Any, int, int]:
        """One step of a walk: (the next schema object, the next token, payload depth)."""
        kw = str(toks[i])
        if kw in ("$ref", "$dynamicRef", "$recursiveRef"):
            steps.append(_Step(node, kw, None, depth))
            target = self.doc.resolve(str(node.get(kw, "")))
            return target, i + 1, depth  # None (unresolvable) ends the walk
        arg: str | int | None = None
        child: Any = None
        if (kw in _NAMED or kw in _INDEXED) and i + 1 < len(toks):
            arg = toks[i + 1]
            container = node.get(kw)
            if isinstance(container, Mapping):
                child = container.get(str(arg))
            elif isinstance(container, list) and str(arg).isdigit():
                child = container[int(arg)] if int(arg) < len(container) else None
            i += 2
        else:
            child = node.get(kw)
            if kw == "items" and isinstance(child, list) and i + 1 < len(toks):
                arg = toks[i + 1]
                child = child[int(arg)] if str(arg).isdigit() else None
                i += 1
            i += 1
        steps.append(_Step(node, kw, arg, depth))
        if kw in _MEMBER or kw in _ITEM or kw == "propertyNames":
            depth += 1
        return child, i, depth

    def keys(self, instance_path: Sequence[Any]) -> Keys:
        """The payload keys of an engine path (members named like numbers stay strings)."""
        out: list[str | int] = list(self.prefix)
        cur = self.payload
        for tok in instance_path:
            if isinstance(cur, Mapping):
                key: str | int = str(tok)
                cur = cur.get(key)
            elif isinstance(cur, list | tuple) and isinstance(tok, int) and tok < len(cur):
                key = tok
                cur = cur[tok]
            else:
                key, cur = tok, None
            out.append(key)
        return tuple(out)

    # -- rendering -------------------------------------------------------------------------

    def problems(self, errors: Iterable[Any], floor: int = 0) -> list[Problem]:
        """Problems for ``errors``; ``floor`` skips the steps an enclosing anyOf already took."""
        out: list[Problem] = []
        groups: dict[tuple[int, Keys], list[Any]] = {}
        walked = [(e, self.keys(e.instance_path), self.walk(e.evaluation_path)) for e in errors]
        # A wrong type is one problem, not a cascade of enum/length problems of the same schema.
        typed = {
            (keys, id(steps[-1].schema))
            for e, keys, steps in walked
            if steps and type(e.kind).__name__ == "Type"
        }
        for e, keys, steps in walked:
            if typed and steps and type(e.kind).__name__ != "Type":
                if (keys, id(steps[-1].schema)) in typed:
                    continue
            found = self._leaf(e, keys, steps)
            if not found:
                continue
            cover = self._covering_message(steps, floor)
            if cover is None:
                out.extend(self._conditions(found, steps, floor, len(steps), keys))
                continue
            at = keys[: steps[cover].depth]
            slot = groups.get((id(steps[cover].schema), at))
            if slot is None:
                entry: list[Any] = [steps, at, [], cover]
                groups[(id(steps[cover].schema), at)] = entry
                out.append(Problem("", "", ""))  # keeps order; replaced below
                entry.append(len(out) - 1)
                slot = entry
            slot[2].extend(found)
        for steps, at, found, cover, index in groups.values():
            message = str(steps[cover].schema["x-message"])
            merged = _collapse(
                message,
                _value_at(self.payload, at[len(self.prefix) :]),
                at,
                found,
                steps[cover - 1].keyword in _BRANCH if cover else False,
            )
            out[index] = self._conditions([merged], steps, floor, cover, at)[0]
        return out

    def _covering_message(self, steps: list[_Step], floor: int) -> int | None:
        """Index of the innermost schema whose ``x-message`` covers this error."""
        for j in range(len(steps) - 1, floor - 1, -1):
            s = steps[j]
            if not (isinstance(s.schema, Mapping) and s.schema.get("x-message")):
                continue
            if not isinstance(s.schema.get("x-message"), str):
                continue
            via_branch = j > 0 and steps[j - 1].keyword in _BRANCH
            if via_branch or not (s.keyword in _MEMBER or s.keyword in _ITEM):
                return j
        return None

    def _conditions(
        self, found: list[Problem], steps: list[_Step], floor: int, upto: int, keys: Keys
    ) -> list[Problem]:
        """Add why a ``then``/``else``/``dependentSchemas`` applied, innermost first."""
        suffix = ""
        for j in range(min(upto, len(steps)) - 1, floor - 1, -1):
            s = steps[j]
            if s.keyword in ("then", "else") and isinstance(s.schema, Mapping):
                desc = self.doc.describe_condition(s.schema.get("if"))
                if desc is not None:
                    suffix += f" (when {desc})" if s.keyword == "then" else f" (unless {desc})"
            elif s.keyword == "dependentSchemas" and s.arg is not None:
                suffix += f" (because {format_path([str(s.arg)])} is given)"
        if not suffix:
            return found
        return [replace(p, message=p.message + suffix) for p in found]

    def _leaf(self, e: Any, keys: Keys, steps: list[_Step]) -> list[Problem]:
        kind = e.kind
        node = steps[-1].schema if steps else {}
        node = node if isinstance(node, Mapping) else {}
        render = _RENDER.get(type(kind).__name__)
        if render is not None:
            return render(self, e, kind, keys, node)
        return [problem(keys, str(kind.name), str(e.message))]

    # -- keyword by keyword -------------------------------------------------------------------

    def _type(self, e: Any, kind: Any, keys: Keys, node: Mapping[str, Any]) -> list[Problem]:
        raw = node.get("type", list(kind.types))
        names = [raw] if isinstance(raw, str) else [str(t) for t in raw]
        return [type_problem(keys, names, e.instance)]

    def _enum(self, e: Any, kind: Any, keys: Keys, node: Mapping[str, Any]) -> list[Problem]:
        values = list(node.get("enum", kind.options))
        value = e.instance
        detail = f"{show(value)} is not one of {show_list(values)}"
        if isinstance(value, str):
            close = close_match(value, [v for v in values if isinstance(v, str)])
            if close is not None:
                detail += f" (did you mean {show(close)}?)"
        return [problem(keys, "enum", detail, values)]

    def _const(self, e: Any, kind: Any, keys: Keys, node: Mapping[str, Any]) -> list[Problem]:
        const = node.get("const", kind.expected_value)
        detail = f"must be {show(const)}, got {show(e.instance)}"
        return [problem(keys, "const", detail, [const])]

    def _bound(self, e: Any, kind: Any, keys: Keys, node: Mapping[str, Any]) -> list[Problem]:
        rule = str(kind.name)
        v, limit = num(e.instance), num(node.get(rule, kind.limit))
        lo, hi = node.get("minimum"), node.get("maximum")
        if _is_number(lo) and _is_number(hi):
            allowed = f"{num(lo)} to {num(hi)}"
        else:
            parts = [
                f">= {num(lo)}" if _is_number(lo) else "",
                f"> {num(node['exclusiveMinimum'])}" if "exclusiveMinimum" in node else "",
                f"<= {num(hi)}" if _is_number(hi) else "",
                f"< {num(node['exclusiveMaximum'])}" if "exclusiveMaximum" in node else "",
            ]
            allowed = " and ".join(p for p in parts if p)
        detail = {
            "minimum": f"{v} is less than the minimum {limit}",
            "maximum": f"{v} is greater than the maximum {limit}",
            "exclusiveMinimum": f"{v} must be greater than {limit}",
            "exclusiveMaximum": f"{v} must be less than {limit}",
        }[rule]
        return [problem(keys, rule, detail, allowed)]

    def _multiple(self, e: Any, kind: Any, keys: Keys, node: Mapping[str, Any]) -> list[Problem]:
        m = num(node.get("multipleOf", kind.multiple_of))
        detail = f"{num(e.instance)} is not a multiple of {m}"
        return [problem(keys, "multipleOf", detail, f"a multiple of {m}")]

    def _size(self, e: Any, kind: Any, keys: Keys, node: Mapping[str, Any]) -> list[Problem]:
        rule = str(kind.name)
        word, many = _SIZE_WORDS[rule[3:]]
        n, limit = len(e.instance), int(node.get(rule, kind.limit))
        if rule.startswith("min"):
            detail = f"{plural(n, word, many)}, at least {limit} required"
            allowed = f"at least {plural(limit, word, many)}"
        else:
            detail = f"{plural(n, word, many)}, at most {limit} allowed"
            allowed = f"at most {plural(limit, word, many)}"
        return [problem(keys, rule, detail, allowed)]

    def _pattern(self, e: Any, kind: Any, keys: Keys, node: Mapping[str, Any]) -> list[Problem]:
        pattern = str(node.get("pattern", kind.pattern))
        detail = f"{show(e.instance)} does not match the pattern {pattern}"
        return [problem(keys, "pattern", detail, f"matching {pattern}")]

    def _regex_failed(
        self, e: Any, kind: Any, keys: Keys, node: Mapping[str, Any]
    ) -> list[Problem]:
        pattern = str(node.get("pattern", ""))
        detail = f"{show(e.instance)} could not be checked against the pattern {pattern}"
        return [problem(keys, "pattern", detail, f"matching {pattern}")]

    def _unique(self, e: Any, kind: Any, keys: Keys, node: Mapping[str, Any]) -> list[Problem]:
        items = e.instance
        plain = all(type(x) is str or type(x) is int or type(x) is float for x in items)
        seen: dict[Any, int] = {}
        for i, key in enumerate(items if plain else map(canon, items)):
            first = seen.setdefault(key, i)
            if first != i:
                detail = f"items {first} and {i} are both {show(items[i])}; items must be unique"
                return [problem(keys, "uniqueItems", detail, "unique items")]
        return [problem(keys, "uniqueItems", "items must be unique", "unique items")]

    def _contains(self, e: Any, kind: Any, keys: Keys, node: Mapping[str, Any]) -> list[Problem]:
        lo = node.get("minContains", 1)
        hi = node.get("maxContains")
        n = self._count_contained(e, node)
        if hi is not None and n is not None and n > hi:
            detail = f"{plural(n, 'item')} match what it may contain, at most {num(hi)} allowed"
            return [problem(keys, "maxContains", detail, f"at most {num(hi)} matching")]
        rule = "contains" if lo == 1 else "minContains"
        got = plural(n, "item") if n is not None else "too few items"
        detail = f"{got} match what it must contain, at least {num(lo)} required"
        return [problem(keys, rule, detail, f"at least {num(lo)} matching")]

    def _count_contained(self, e: Any, node: Mapping[str, Any]) -> int | None:
        """How many items match ``contains`` (its own validator, from the engine's map)."""
        if self.submap is None or not isinstance(e.instance, list | tuple):
            return None
        pointer = "".join("/" + _escape(t) for t in list(e.schema_path)[:-1])
        sub = self.submap().get(f"#{pointer}/contains")
        if sub is None:
            return None
        return sum(1 for item in e.instance if sub.is_valid(item))

    def _required(self, e: Any, kind: Any, keys: Keys, node: Mapping[str, Any]) -> list[Problem]:
        missing = str(kind.property)
        if e.schema_path and str(e.schema_path[-1]) == "dependentRequired":
            deps = node.get("dependentRequired") or {}
            value = e.instance if isinstance(e.instance, Mapping) else {}
            for trigger, needed in deps.items():
                if trigger in value and missing in needed:
                    gone = [n for n in needed if n not in value]
                    if gone[0] != missing:
                        return []  # reported with the first missing one
                    need = " and ".join(format_path([m]) for m in gone)
                    return [problem((*keys, trigger), "dependentRequired", f"needs {need}", gone)]
        return [problem((*keys, missing), "required", "required")]

    def _extra(self, e: Any, kind: Any, keys: Keys, node: Mapping[str, Any]) -> list[Problem]:
        rule = str(kind.name)
        if rule == "unevaluatedProperties":
            names = sorted(self.doc.declared_properties(node))
        else:
            props = node.get("properties")
            names = sorted(props) if isinstance(props, Mapping) else []
        out = []
        for key in kind.unexpected:
            detail = "not allowed here"
            close = close_match(str(key), names)
            if close is not None:
                detail += f" (did you mean {show(close)}?)"
            elif names:
                detail += "; known fields: " + ", ".join(names[:20])
                detail += ", …" if len(names) > 20 else ""
            out.append(problem((*keys, str(key)), rule, detail, names))
        return out

    def _false(self, e: Any, kind: Any, keys: Keys, node: Mapping[str, Any]) -> list[Problem]:
        return [problem(keys, "false", "not allowed")]

    def _names(self, e: Any, kind: Any, keys: Keys, node: Mapping[str, Any]) -> list[Problem]:
        inner = kind.error
        key = str(inner.instance)
        sub = self._leaf(inner, (*keys, key), self.walk(e.evaluation_path))
        out = []
        for q in sub:
            head = q.path + ": "
            rest = q.message[len(head) :] if q.message.startswith(head) else q.message
            msg = f"{head}field name {rest}"
            out.append(replace(q, rule=f"propertyNames/{q.rule}", message=msg))
        return out

    def _not(self, e: Any, kind: Any, keys: Keys, node: Mapping[str, Any]) -> list[Problem]:
        groups = self.doc.not_groups(node.get("not"))
        value = e.instance
        if groups is not None and isinstance(value, Mapping):
            out = []
            for group in groups:
                if all(k in value for k in group):
                    if len(group) == 1:
                        detail = "not allowed"
                    else:
                        detail = "not allowed together with " + ", ".join(
                            format_path([k]) for k in group[:-1]
                        )
                    out.append(problem((*keys, group[-1]), "not", detail))
            if out:
                return out
        return [problem(keys, "not", f"{show(value)} is not allowed here")]

    def _one_of_many(self, e: Any, kind: Any, keys: Keys, node: Mapping[str, Any]) -> list[Problem]:
        passed = [i for i, errs in enumerate(kind.context) if not errs]
        which = ", ".join(f"#{i + 1}" for i in passed)
        detail = f"matches {len(passed)} alternatives ({which}); exactly one allowed"
        return [problem(keys, "oneOf", detail)]

    def _alternatives(
        self, e: Any, kind: Any, keys: Keys, node: Mapping[str, Any]
    ) -> list[Problem]:
        word = "anyOf" if type(kind).__name__ == "AnyOf" else "oneOf"
        floor = len(self.walk(e.evaluation_path))
        results = [self.problems(errs, floor) for errs in kind.context]
        raw = node.get(word)
        branches: list[Any] = raw if isinstance(raw, list) else []
        disc = self.doc.discriminator(branches)
        return summarize(word, e.instance, keys, results, disc)


_SIZE_WORDS = {
    "Length": ("character", None),
    "Items": ("item", None),
    "Properties": ("property", "properties"),
}

_Render = Callable[[Messages, Any, Any, Keys, Mapping[str, Any]], list[Problem]]
_RENDER: dict[str, _Render] = {
    "Type": Messages._type,
    "Enum": Messages._enum,
    "Constant": Messages._const,
    "Minimum": Messages._bound,
    "Maximum": Messages._bound,
    "ExclusiveMinimum": Messages._bound,
    "ExclusiveMaximum": Messages._bound,
    "MultipleOf": Messages._multiple,
    "MinLength": Messages._size,
    "MaxLength": Messages._size,
    "MinItems": Messages._size,
    "MaxItems": Messages._size,
    "MinProperties": Messages._size,
    "MaxProperties": Messages._size,
    "Pattern": Messages._pattern,
    "BacktrackLimitExceeded": Messages._regex_failed,
    "RegexEngineFailure": Messages._regex_failed,
    "UniqueItems": Messages._unique,
    "Contains": Messages._contains,
    "Required": Messages._required,
    "AdditionalProperties": Messages._extra,
    "UnevaluatedProperties": Messages._extra,
    "FalseSchema": Messages._false,
    "PropertyNames": Messages._names,
    "Not": Messages._not,
    "OneOfMultipleValid": Messages._one_of_many,
    "AnyOf": Messages._alternatives,
    "OneOfNotValid": Messages._alternatives,
}


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def type_problem(keys: Sequence[str | int], type_names: Sequence[str], value: Any) -> Problem:
    names = [t for t in type_names if t != "null"] + (["null"] if "null" in type_names else [])
    shown = "" if value is None or isinstance(value, Mapping | list | tuple) else " " + show(value)
    detail = f"expected {' or '.join(names)}, got {json_type(value)}{shown}"
    return problem(keys, "type", detail, names)


def summarize(
    kind: str,
    value: Any,
    keys: Keys,
    results: list[list[Problem]],
    disc: tuple[str, dict[Any, list[int]], list[Any]] | None,
) -> list[Problem]:
    """What to show when no alternative of anyOf/oneOf matched.

    A discriminating member (const/enum in every alternative) picks the alternative; if all fail
    only on type, one type problem lists every type; otherwise the closest alternatives are shown.
    """
    candidates = [i for i in range(len(results)) if results[i]] or list(range(len(results)))
    if not results:
        return [problem(keys, kind, "matches no alternative")]
    if disc is not None and isinstance(value, Mapping) and disc[0] in value:
        key, table, allowed = disc
        hit = table.get(canon(value[key]))
        if hit is None:
            detail = f"{show(value[key])} is not one of {show_list(allowed)}"
            return [problem((*keys, key), kind, detail, allowed)]
        candidates = [i for i in hit if i < len(results)] or candidates
    here = format_path(keys)

    def wrong_type(i: int) -> bool:
        return any(q.rule == "type" and q.path == here for q in results[i])

    if all(wrong_type(i) and len(results[i]) == 1 for i in candidates):
        names: list[str] = []
        for i in candidates:
            names += [t for t in results[i][0].allowed or () if t not in names]
        return [type_problem(keys, names, value)]
    fitting = [i for i in candidates if not wrong_type(i)] or candidates
    firsts = [results[i][0] for i in fitting if results[i]]
    if len(fitting) > 1 and all(len(results[i]) == 1 for i in fitting):
        if all(q.path == firsts[0].path for q in firsts):
            # Each alternative fails once at the same place: say what each would take.
            head = firsts[0].path + ": "
            # alternatives that fail the same way (a shared schema reached twice) said once
            said = {q.message.removeprefix(head): q.allowed for q in firsts}
            merged = Problem(firsts[0].path, kind, head + "; or ".join(said), list(said.values()))
            return [merged]
    best = results[min(fitting, key=lambda i: len(results[i]))]
    return best or [problem(keys, kind, "matches no alternative")]


def _collapse(message: str, value: Any, at: Keys, problems: list[Problem], branch: bool) -> Problem:
    """One problem carrying an ``x-message`` in place of a subschema's own problems.

    A message starting with ``name: `` where ``name`` is a member of the value (or the path of an
    underlying problem) is placed there; otherwise it is put after the first problem's path. The
    message of a ``then``/``else`` branch goes where its first failure is (the field to change).
    """
    first = problems[0]
    if len(problems) > 1 and all(p.rule == "required" for p in problems):
        message += " (missing: " + ", ".join(p.path for p in problems) + ")"
    lead = _LEAD_PATH.match(message)
    if branch and first.path != format_path(at):
        text = message[lead.end() :] if lead else message
        return Problem(first.path, first.rule, f"{first.path}: {text}", first.allowed)
    if lead:
        token, rest = lead.group(1), message[lead.end() :]
        if isinstance(value, Mapping) and token in value:
            target = format_path((*at, token))
            return Problem(target, first.rule, f"{target}: {rest}", first.allowed)
        here = [format_path(at)] if at and at[-1] == token else []
        for target in here + [p.path for p in problems]:
            if target == token or target.endswith("." + token):
                return Problem(target, first.rule, f"{target}: {rest}", first.allowed)
    return Problem(first.path, first.rule, f"{first.path}: {message}", first.allowed)


def _escape(token: Any) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")


def _value_at(payload: Any, keys: Keys) -> Any:
    cur = payload
    for k in keys:
        if isinstance(cur, Mapping) and k in cur:
            cur = cur[k]
        elif isinstance(cur, list | tuple) and isinstance(k, int) and k < len(cur):
            cur = cur[k]
        else:
            return None
    return cur
