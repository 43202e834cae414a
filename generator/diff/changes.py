"""The difference of two API surfaces as data: one ``Change`` per thing that differs.

Nothing here judges a change; ``generator.diff.rules`` classifies them. Operations are matched by
their Python name, then (for renames) by operationId, then by method and path; fields by their
dotted path; request and response directions are kept apart.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from generator.diff.models import compare_models
from generator.surface_walk import CONSTRAINTS

# Numeric bounds: for each, whether a larger new value makes the field stricter.
_LOWER_BOUNDS = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")
_UPPER_BOUNDS = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")
_TASK_WORDS = ("pending", "success", "failure", "canceled")
_TASK_TIMING = ("poll_interval", "timeout")


@dataclass(frozen=True)
class Change:
    """One difference: what kind, where (operation, direction, path), and the old and new value."""

    kind: str
    operation: str = ""
    direction: str = ""
    path: str = ""
    old: Any = None
    new: Any = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


def _key(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


class _Differ:
    """Walks two surfaces side by side and collects changes."""

    def __init__(self) -> None:
        self.changes: list[Change] = []
        self.seen: set[str] = set()

    def add(self, kind: str, **kw: Any) -> None:
        change = Change(kind, **kw)
        seen = _key([kind, change.operation, change.direction, change.path, change.old, change.new])
        if seen not in self.seen:  # a model's change may also show at a field marking it
            self.seen.add(seen)
            self.changes.append(change)

    def run(self, old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
        for key in ("client", "base_url", "spec_version"):
            if old.get(key) != new.get(key):
                self.add(key.replace("_", "-") + "-changed", old=old.get(key), new=new.get(key))
        for key in ("title", "description"):
            if old.get(key) != new.get(key):
                self.add("docs-changed", path=key, old=old.get(key), new=new.get(key))
        self.auth(old.get("auth") or {}, new.get("auth") or {})
        self.envelopes(old.get("error_envelopes") or {}, new.get("error_envelopes") or {})
        self.operations(old.get("operations") or {}, new.get("operations") or {})
        self.tasks(old.get("tasks") or {}, new.get("tasks") or {})
        compare_models(old, new, self.fields)
        return self.changes

    def auth(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        if old.get("api_key_env") != new.get("api_key_env"):
            self.add("api-key-env-changed", old=old.get("api_key_env"), new=new.get("api_key_env"))
        for key in ("security", "schemes"):
            if _key(old.get(key)) != _key(new.get(key)):
                self.add("auth-changed", path=key, old=old.get(key), new=new.get(key))

    def envelopes(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        for name in sorted(set(old) | set(new)):
            if _key(old.get(name)) != _key(new.get(name)):
                self.add("envelope-changed", path=name, old=old.get(name), new=new.get(name))

    def operations(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        gone = {k: v for k, v in old.items() if k not in new}
        came = {k: v for k, v in new.items() if k not in old}
        for matcher in (
            lambda o: o["operation_id"],
            lambda o: (o["method"], o["path"]),
        ):
            index = {matcher(v): k for k, v in came.items()}
            for name, op in sorted(gone.items()):
                target = index.get(matcher(op))
                if target is None or target not in came:
                    continue
                self.add("operation-renamed", operation=target, old=name, new=target)
                self.operation(target, op, came.pop(target))
                del gone[name]
        for name in sorted(gone):
            self.add("operation-removed", operation=name, old=gone[name]["path"])
        for name in sorted(came):
            op = came[name]
            self.add("operation-added", operation=name, new=f"{op['method']} {op['path']}")
        for name in sorted(set(old) & set(new)):
            if old[name] != new[name]:  # most operations are untouched: one deep comparison
                self.operation(name, old[name], new[name])

    def operation(self, name: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        where = {"operation": name}
        if (old["method"], old["path"]) != (new["method"], new["path"]):
            self.add(
                "operation-moved",
                **where,
                old=f"{old['method']} {old['path']}",
                new=f"{new['method']} {new['path']}",
            )
        for key in ("summary", "description"):
            if old.get(key) != new.get(key):
                self.add("docs-changed", **where, path=key, old=old.get(key), new=new.get(key))
        for key in ("returns", "task", "stream", "idempotent", "security", "error_envelopes"):
            if _key(old.get(key)) != _key(new.get(key)):
                self.add(
                    f"{key.replace('_', '-')}-changed", **where, old=old.get(key), new=new.get(key)
                )
        if _key(old.get("outputs")) != _key(new.get("outputs")):
            self.add("outputs-changed", **where, old=old.get("outputs"), new=new.get("outputs"))
        wires = self.arguments(name, old.get("arguments") or {}, new.get("arguments") or {})
        self.fields(name, "request", old.get("request") or {}, new.get("request") or {}, wires)
        self.fields(name, "response", old.get("response") or {}, new.get("response") or {}, {})
        self.fields(name, "event", old.get("events") or {}, new.get("events") or {}, {})

    def arguments(self, op: str, old: dict[str, Any], new: dict[str, Any]) -> dict[str, str]:
        """Changes to the method's signature; returns wire name → argument for the fields."""
        by_wire_old = {(a["in"], a["wire"]): n for n, a in old.items()}
        by_wire_new = {(a["in"], a["wire"]): n for n, a in new.items()}
        for wire, name in sorted(by_wire_old.items()):
            renamed = by_wire_new.get(wire)
            if renamed is not None and renamed != name:
                self.add(
                    "argument-renamed",
                    operation=op,
                    direction="request",
                    path=name,
                    old=name,
                    new=renamed,
                )
        renamed_old = {n for w, n in by_wire_old.items() if by_wire_new.get(w, n) != n}
        renamed_new = {by_wire_new[w] for w, n in by_wire_old.items() if by_wire_new.get(w, n) != n}
        for arg in sorted(set(old) - set(new) - renamed_old):
            self.add("argument-removed", operation=op, direction="request", path=arg, old=old[arg])
        for arg in sorted(set(new) - set(old) - renamed_new):
            self.add("argument-added", operation=op, direction="request", path=arg, new=new[arg])
        for arg in sorted(set(old) & set(new)):
            if old[arg]["required"] != new[arg]["required"]:
                kind = "argument-required" if new[arg]["required"] else "argument-optional"
                self.add(kind, operation=op, direction="request", path=arg)
            if old[arg]["in"] != new[arg]["in"]:
                self.add(
                    "argument-moved",
                    operation=op,
                    direction="request",
                    path=arg,
                    old=old[arg]["in"],
                    new=new[arg]["in"],
                )
        return {a["wire"]: n for n, a in new.items()} | {
            a["wire"]: n for n, a in old.items() if n not in new
        }

    def fields(
        self,
        op: str,
        direction: str,
        old: dict[str, Any],
        new: dict[str, Any],
        arguments: dict[str, str],
    ) -> None:
        def here(path: str) -> dict[str, Any]:
            return {
                "operation": op,
                "direction": direction,
                "path": path,
                "extra": {"arguments": arguments},
            }

        def is_argument(path: str, facts: dict[str, Any]) -> bool:
            return direction == "request" and "in" in facts

        for path in sorted(set(old) - set(new)):
            if not is_argument(path, old[path]) and _parent(path) not in set(old) - set(new):
                self.add("field-removed", **here(path), old=old[path])
        for path in sorted(set(new) - set(old)):
            if not is_argument(path, new[path]) and _parent(path) not in set(new) - set(old):
                self.add("field-added", **here(path), new=new[path])
        for path in sorted(set(old) & set(new)):
            if old[path] != new[path]:
                self.facts(here(path), old[path], new[path], is_argument(path, new[path]))

    def facts(
        self, here: dict[str, Any], old: dict[str, Any], new: dict[str, Any], argument: bool
    ) -> None:
        if old["required"] != new["required"] and not argument:
            self.add("field-required" if new["required"] else "field-optional", **here)
        old_t, new_t = set(old["type"]), set(new["type"])
        if old_t != new_t:
            if "any" in old_t or (new_t < old_t):
                kind = "type-narrowed"
            elif (
                "any" in new_t or (new_t > old_t) or (old_t == {"integer"} and new_t == {"number"})
            ):
                kind = "type-widened"
            else:
                kind = "type-changed"
            self.add(kind, **here, old=sorted(old_t), new=sorted(new_t))
        old_e, new_e = old.get("enum"), new.get("enum")
        if old_e is not None and new_e is not None:
            old_k, new_k = {_key(v): v for v in old_e}, {_key(v): v for v in new_e}
            added = [new_k[k] for k in sorted(set(new_k) - set(old_k))]
            removed = [old_k[k] for k in sorted(set(old_k) - set(new_k))]
            if added:
                self.add("enum-added", **here, new=added)
            if removed:
                self.add("enum-removed", **here, old=removed)
        elif old_e is None and new_e is not None:
            self.add("enum-introduced", **here, new=new_e)
        elif old_e is not None and new_e is None:
            self.add("enum-dropped", **here, old=old_e)
        if _key(old.get("default")) != _key(new.get("default")):
            self.add("default-changed", **here, old=old.get("default"), new=new.get("default"))
        for key in CONSTRAINTS:
            before, after = old.get(key), new.get(key)
            if before == after:
                continue
            stricter = _stricter(key, before, after)
            if stricter is None:
                kind = "constraint-changed"
            else:
                kind = "constraint-tightened" if stricter else "constraint-loosened"
            at = {**here, "extra": {**here["extra"], "keyword": key}}
            self.add(kind, **at, old=before, new=after)
        if old.get("description") != new.get("description"):
            self.add("docs-changed", **here, old=old.get("description"), new=new.get("description"))

    def tasks(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        for name in sorted(set(old) - set(new)):
            self.add("task-removed", path=name, old=old[name].get("submit"))
        for name in sorted(set(new) - set(old)):
            self.add("task-added", path=name, new=new[name].get("submit"))
        for name in sorted(set(old) & set(new)):
            before, after = old[name], new[name]
            for word_kind in _TASK_WORDS:
                was, now = before.get(word_kind) or [], after.get(word_kind) or []
                for word in [w for w in now if w not in was]:
                    moved = next((k for k in _TASK_WORDS if word in (before.get(k) or [])), None)
                    self.add(
                        "status-added", path=name, new=word, extra={"as": word_kind, "was": moved}
                    )
                for word in [w for w in was if w not in now]:
                    if not any(word in (after.get(k) or []) for k in _TASK_WORDS):
                        self.add("status-removed", path=name, old=word, extra={"as": word_kind})
            for key in sorted(set(before) | set(after)):
                if key in _TASK_WORDS or _key(before.get(key)) == _key(after.get(key)):
                    continue
                kind = "task-timing-changed" if key in _TASK_TIMING else "task-binding-changed"
                self.add(
                    kind, path=name, old=before.get(key), new=after.get(key), extra={"key": key}
                )


def _parent(path: str) -> str:
    """The dotted path of the field containing path ('' at the top)."""
    if path.endswith(("[]", "{}")):
        return path[:-2]
    cut = path.rfind(".")
    return path[:cut] if cut >= 0 else ""


def _stricter(key: str, before: Any, after: Any) -> bool | None:
    """Whether a constraint keyword's change makes the field stricter (None: neither says)."""
    if key in _LOWER_BOUNDS or key in _UPPER_BOUNDS:
        if before is None:
            return True
        if after is None:
            return False
        if not isinstance(before, int | float) or not isinstance(after, int | float):
            return None
        return after > before if key in _LOWER_BOUNDS else after < before
    if key == "uniqueItems":
        return bool(after)
    if before is None:
        return True
    if after is None:
        return False
    return None


def compute_changes(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every difference between two surfaces (``generator.surface``), in a stable order."""
    return _Differ().run(old, new)


__all__ = ["Change", "compute_changes"]
