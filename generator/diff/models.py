"""Changes inside the models of a surface (mutually recursive schemas), told where callers meet them.

An operation's fields stop at a model with a mark (``"recursive": name``); the model's own fields
are in the surface's ``models``, flattened once (``generator.surface_walk``). A model that differs
between the two surfaces is compared once, and its changes are reported for every operation and
direction that reaches it, at the shortest field path that does (found by one backward search
from the model over the marks, so a large recursive cluster costs its size, not its paths).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from typing import Any

from generator.surface_walk import MODEL_ROOT, join, marks

Fields = dict[str, dict[str, Any]]
Compare = Callable[[str, str, Fields, Fields, dict[str, str]], None]
DIRECTIONS = (("request", "request"), ("response", "response"), ("event", "events"))


def _marks(fields: Fields) -> Iterator[tuple[str, str]]:
    for path, facts in fields.items():
        for name in marks(facts):
            yield path, name


def _routes(model: str, models: dict[str, Fields]) -> dict[str, str]:
    """For each model that reaches ``model``, the shortest path from its root (``$.a.b``)."""
    back: dict[str, list[tuple[str, str]]] = {}
    for name in sorted(models):
        for rel, target in _marks(models[name]):
            back.setdefault(target, []).append((name, rel))
    route = {model: MODEL_ROOT}
    queue = deque([model])
    while queue:
        here = queue.popleft()
        for name, rel in back.get(here, []):
            if name not in route:
                route[name] = rel + route[here][len(MODEL_ROOT) :]
                queue.append(name)
    return route


def _placed(fields: Fields, at: str) -> Fields:
    return {join(at, rel): facts for rel, facts in fields.items()}


def compare_models(old: dict[str, Any], new: dict[str, Any], compare: Compare) -> None:
    """Report each changed model's differences (through compare, as operation fields) wherever
    an operation present in both surfaces reaches it, and those of marks that changed model."""
    old_models: dict[str, Fields] = old.get("models") or {}
    new_models: dict[str, Fields] = new.get("models") or {}
    old_ops, new_ops = old.get("operations") or {}, new.get("operations") or {}
    shared_ops = sorted(set(old_ops) & set(new_ops))
    changed = sorted(n for n in set(old_models) & set(new_models) if old_models[n] != new_models[n])
    both = {**old_models, **new_models}
    for op in shared_ops:
        wires = {a["wire"]: n for n, a in (new_ops[op].get("arguments") or {}).items()}
        for direction, key in DIRECTIONS:
            before, after = old_ops[op].get(key) or {}, new_ops[op].get(key) or {}
            _retargeted(op, direction, before, after, old_models, new_models, compare, wires)
    for model in changed:
        route = _routes(model, both)
        old_fields, new_fields = old_models[model], new_models[model]
        for op in shared_ops:
            wires = {a["wire"]: n for n, a in (new_ops[op].get("arguments") or {}).items()}
            for direction, key in DIRECTIONS:
                found = [
                    join(path, route[name])
                    for path, name in _marks(new_ops[op].get(key) or {})
                    if name in route
                ]
                if not found:
                    continue
                at = min(found, key=lambda p: (len(p), p))
                compare(op, direction, _placed(old_fields, at), _placed(new_fields, at), wires)
                _retargeted(
                    op,
                    direction,
                    _placed(old_fields, at),
                    _placed(new_fields, at),
                    old_models,
                    new_models,
                    compare,
                    wires,
                )


def _retargeted(
    op: str,
    direction: str,
    before: Fields,
    after: Fields,
    old_models: dict[str, Fields],
    new_models: dict[str, Fields],
    compare: Compare,
    wires: dict[str, str],
) -> None:
    """A mark that now names another model: the two models' fields compared at that field."""
    for path in sorted(set(before) & set(after)):
        was, now = marks(before[path]), marks(after[path])
        if was == now or len(was) != 1 or len(now) != 1:
            continue
        old_fields, new_fields = old_models.get(was[0]), new_models.get(now[0])
        if old_fields is not None and new_fields is not None:
            compare(op, direction, _placed(old_fields, path), _placed(new_fields, path), wires)


__all__ = ["compare_models"]
