"""Random edits of an OpenAPI document, one of each kind the change report knows, by seed.

For the property test of the incremental diff (``test_incremental.py``): each edit is chosen
and placed by a ``random.Random``, so a seed names one sequence of edits exactly.
"""

from __future__ import annotations

import copy
import random
from collections.abc import Callable, Iterator
from typing import Any

METHODS = ("get", "put", "post", "delete", "patch")

Spec = dict[str, Any]


def _objects(node: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Every schema with properties below node (components and inline ones alike)."""
    if depth > 40:
        return
    if isinstance(node, dict):
        if isinstance(node.get("properties"), dict):
            yield node
        for key, value in node.items():
            if key not in ("example", "examples", "default", "enum", "const"):
                yield from _objects(value, depth + 1)
    elif isinstance(node, list):
        for value in node:
            yield from _objects(value, depth + 1)


def _operations(spec: Spec) -> list[tuple[str, str]]:
    return [
        (path, method)
        for path, item in (spec.get("paths") or {}).items()
        if isinstance(item, dict)
        for method in item
        if method in METHODS and isinstance(item[method], dict)
    ]


def _schemas(spec: Spec) -> dict[str, Any]:
    found: dict[str, Any] = spec.setdefault("components", {}).setdefault("schemas", {})
    return found


def _pick_field(rng: random.Random, spec: Spec) -> tuple[dict[str, Any], str] | None:
    objects = [o for o in _objects(spec.get("paths")) if o["properties"]]
    objects += [o for o in _objects(_schemas(spec)) if o["properties"]]
    if not objects:
        return None
    node = rng.choice(objects)
    return node, rng.choice(sorted(node["properties"]))


def remove_field(rng: random.Random, spec: Spec) -> None:
    picked = _pick_field(rng, spec)
    if picked:
        node, name = picked
        node["properties"].pop(name)
        if isinstance(node.get("required"), list) and name in node["required"]:
            node["required"].remove(name)
            if not node["required"]:
                node.pop("required")


def add_field(rng: random.Random, spec: Spec) -> None:
    picked = _pick_field(rng, spec)
    if picked:
        node, _ = picked
        name = f"added_{rng.randrange(1000)}"
        node["properties"][name] = {"type": rng.choice(["string", "integer", "boolean"])}
        if rng.random() < 0.5:
            node.setdefault("required", []).append(name)


def toggle_required(rng: random.Random, spec: Spec) -> None:
    picked = _pick_field(rng, spec)
    if picked:
        node, name = picked
        required = node.setdefault("required", [])
        if name in required:
            required.remove(name)
        else:
            required.append(name)


def _leaf(rng: random.Random, spec: Spec) -> dict[str, Any] | None:
    picked = _pick_field(rng, spec)
    if not picked:
        return None
    node, name = picked
    value = node["properties"][name]
    return value if isinstance(value, dict) and "$ref" not in value else None


def change_type(rng: random.Random, spec: Spec) -> None:
    leaf = _leaf(rng, spec)
    if leaf is not None:
        leaf["type"] = rng.choice(["string", "integer", "number", ["string", "null"]])


def change_enum(rng: random.Random, spec: Spec) -> None:
    leaf = _leaf(rng, spec)
    if leaf is None:
        return
    values = leaf.get("enum")
    if isinstance(values, list) and values and rng.random() < 0.5:
        values.pop(rng.randrange(len(values)))
        if not values:
            leaf.pop("enum")
    else:
        leaf["type"] = "string"
        leaf["enum"] = [*(v for v in values or [] if isinstance(v, str)), f"v{rng.randrange(99)}"]


def change_default(rng: random.Random, spec: Spec) -> None:
    leaf = _leaf(rng, spec)
    if leaf is not None:
        leaf["type"] = "integer"
        leaf.pop("enum", None)
        leaf["default"] = rng.randrange(10)


def change_constraint(rng: random.Random, spec: Spec) -> None:
    leaf = _leaf(rng, spec)
    if leaf is not None:
        leaf["type"] = "string"
        leaf.pop("enum", None)
        leaf.pop("default", None)
        leaf[rng.choice(["maxLength", "minLength"])] = rng.randrange(1, 50)


def change_docs(rng: random.Random, spec: Spec) -> None:
    ops = _operations(spec)
    if rng.random() < 0.3 or not ops:
        spec.setdefault("info", {})["description"] = f"Edited {rng.randrange(99)}."
        return
    path, method = rng.choice(ops)
    spec["paths"][path][method]["summary"] = f"Summary {rng.randrange(99)}"


def remove_operation(rng: random.Random, spec: Spec) -> None:
    ops = [
        o
        for o in _operations(spec)
        if not _tasked(spec, spec["paths"][o[0]][o[1]].get("operationId"))
    ]
    if len(ops) > 1:
        path, method = rng.choice(ops)
        spec["paths"][path].pop(method)
        if not any(m in METHODS for m in spec["paths"][path]):
            spec["paths"].pop(path)


def add_operation(rng: random.Random, spec: Spec) -> None:
    """A copy of an operation at a new path: its method name collides with the original's (or
    keeps the original's operationId, which the builder then numbers)."""
    ops = _operations(spec)
    if not ops:
        return
    path, method = rng.choice(ops)
    op = copy.deepcopy(spec["paths"][path][method])
    op.pop("x-python-name", None)
    if rng.random() < 0.7 and isinstance(op.get("operationId"), str):
        op["operationId"] += "_copy" if rng.random() < 0.5 else ""
    item = {k: v for k, v in spec["paths"][path].items() if k not in METHODS}
    spec["paths"][f"/added{rng.randrange(1000)}{path}"] = {**copy.deepcopy(item), method: op}
    _drop_task_duplicates(spec)


def _drop_task_duplicates(spec: Spec) -> None:
    """A task whose submit operation became ambiguous is left out (the generator refuses it)."""
    ids = [spec["paths"][p][m].get("operationId") for p, m in _operations(spec)]
    tasks = spec.get("x-tasks") or {}
    for name in list(tasks):
        named = [*tasks[name].get("submit", []), tasks[name].get("poll")]
        if any(ids.count(i) > 1 for i in named):
            tasks.pop(name)


def rename_operation(rng: random.Random, spec: Spec) -> None:
    ops = _operations(spec)
    if ops:
        path, method = rng.choice(ops)
        op = spec["paths"][path][method]
        if isinstance(op.get("x-python-name"), str) and rng.random() < 0.5:
            op["x-python-name"] += "_renamed"
        elif isinstance(op.get("operationId"), str) and not _tasked(spec, op["operationId"]):
            op["operationId"] += "Renamed"


def _tasked(spec: Spec, op_id: Any) -> bool:
    return any(
        op_id in [*b.get("submit", []), b.get("poll"), b.get("cancel")]
        for b in (spec.get("x-tasks") or {}).values()
    )


def move_operation(rng: random.Random, spec: Spec) -> None:
    ops = _operations(spec)
    if ops:
        path, method = rng.choice(ops)
        op = spec["paths"][path].pop(method)
        item = {k: v for k, v in spec["paths"][path].items() if k not in METHODS}
        if not any(m in METHODS for m in spec["paths"][path]):
            spec["paths"].pop(path)
        spec["paths"][f"/v9{path}"] = {**copy.deepcopy(item), method: op}


def retag(rng: random.Random, spec: Spec) -> None:
    ops = _operations(spec)
    if ops:
        path, method = rng.choice(ops)
        op = spec["paths"][path][method]
        op.pop("x-python-name", None)
        op["tags"] = [rng.choice(["Alpha", "beta", "default", "Audio"])]


def swap_operations(rng: random.Random, spec: Spec) -> None:
    """The first two paths in the other order: method names are claimed in document order."""
    paths = list((spec.get("paths") or {}).items())
    if len(paths) > 1:
        i = rng.randrange(len(paths) - 1)
        paths[i], paths[i + 1] = paths[i + 1], paths[i]
        spec["paths"] = dict(paths)


def change_shared_component(rng: random.Random, spec: Spec) -> None:
    """The most referenced component schema gets a new required field."""
    schemas = _schemas(spec)
    text = repr(spec.get("paths")) + repr(schemas)
    counted = sorted(
        (text.count(f"'#/components/schemas/{n}'"), n) for n in schemas if isinstance(n, str)
    )
    if counted:
        name = counted[-1][1] if rng.random() < 0.7 else rng.choice(counted)[1]
        node = schemas[name]
        if isinstance(node, dict):
            node.setdefault("properties", {})["shared_extra"] = {"type": "string"}
            node["type"] = "object"


def colliding_component(rng: random.Random, spec: Spec) -> None:
    """A component whose class name collides with an existing one's (numbered classes shift),
    inserted before it."""
    schemas = _schemas(spec)
    if not schemas:
        return
    name = rng.choice(sorted(str(n) for n in schemas))
    twin = name.lower() if name != name.lower() else name.upper()
    entries = list(schemas.items())
    entries.insert(rng.randrange(len(entries) + 1), (twin + "_", {"type": "object"}))
    entries.insert(0, (twin, {"type": "object", "properties": {"x": {"type": "string"}}}))
    schemas.clear()
    schemas.update(entries)


def make_cycle(rng: random.Random, spec: Spec) -> None:
    """Two component schemas made to refer to each other (mutual recursion: a model)."""
    schemas = _schemas(spec)
    names = sorted(n for n, s in schemas.items() if isinstance(s, dict) and isinstance(n, str))
    if len(names) < 2:
        return
    first, second = rng.sample(names, 2)
    for here, there in ((first, second), (second, first)):
        node = schemas[here]
        node.setdefault("properties", {})[f"to_{there}"] = {"$ref": f"#/components/schemas/{there}"}
        node["type"] = "object"


def retarget_response(rng: random.Random, spec: Spec) -> None:
    ops = _operations(spec)
    names = sorted(n for n in _schemas(spec) if isinstance(n, str))
    if not ops or not names:
        return
    path, method = rng.choice(ops)
    op = spec["paths"][path][method]
    op["responses"] = {
        "200": {
            "description": "ok",
            "content": {
                "application/json": {
                    "schema": {"$ref": f"#/components/schemas/{rng.choice(names)}"}
                }
            },
        }
    }


def change_document(rng: random.Random, spec: Spec) -> None:
    """A document-level part: servers, security, the title, the version, a task's words."""
    choice = rng.randrange(5)
    if choice == 0:
        spec["servers"] = [{"url": f"https://edited{rng.randrange(9)}.example.test"}]
    elif choice == 1:
        spec["security"] = []
    elif choice == 2:
        spec.setdefault("info", {})["title"] = "Edited title"
    elif choice == 3:
        spec.setdefault("info", {})["version"] = f"9.{rng.randrange(9)}.0"
    else:
        for binding in (spec.get("x-tasks") or {}).values():
            binding["pending"] = [*binding.get("pending", []), "edited"]
            binding["poll-interval"] = rng.choice([1, 3, 5])


EDITS: tuple[Callable[[random.Random, Spec], None], ...] = (
    remove_field,
    add_field,
    toggle_required,
    change_type,
    change_enum,
    change_default,
    change_constraint,
    change_docs,
    remove_operation,
    add_operation,
    rename_operation,
    move_operation,
    retag,
    swap_operations,
    change_shared_component,
    colliding_component,
    make_cycle,
    retarget_response,
    change_document,
)


def edited(spec: Spec, seed: int, count: int) -> tuple[Spec, list[str]]:
    """A copy of spec with count random edits (and their names), the same for the same seed."""
    rng = random.Random(seed)
    out = copy.deepcopy(spec)
    done: list[str] = []
    for _ in range(count):
        edit = rng.choice(EDITS)
        edit(rng, out)
        done.append(edit.__name__)
    return out, done
