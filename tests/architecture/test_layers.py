"""The runtime imports only downward (per ``layers.LAYERS``) and its module graph has no cycle."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from .layers import LAYERS

PACKAGE = "gateway_runtime"
ROOT = Path(__file__).resolve().parents[2] / PACKAGE


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
    if parts[-1] == "__init__" and len(parts) > 1:
        parts.pop()
    return ".".join(parts)


MODULES: dict[str, Path] = {_module_name(p): p for p in sorted(ROOT.rglob("*.py"))}


def _is_package(name: str) -> bool:
    return MODULES[name].name == "__init__.py"


def _resolve(importer: str, node: ast.ImportFrom | ast.Import) -> list[str]:
    """The runtime modules one import statement loads (a submodule when one is named)."""
    if isinstance(node, ast.Import):
        return [a.name for a in node.names if a.name.split(".")[0] == PACKAGE]
    if node.level:
        base = importer.split(".")
        if not _is_package(importer):
            base.pop()
        base = base[: len(base) - (node.level - 1)]
        target = ".".join([*base, *(node.module.split(".") if node.module else [])])
    else:
        target = node.module or ""
    if target.split(".")[0] != PACKAGE:
        return []
    found = []
    for alias in node.names:
        sub = f"{target}.{alias.name}"
        found.append(sub if sub in MODULES else target)
    return found


def _imports(name: str) -> set[str]:
    tree = ast.parse(MODULES[name].read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):  # every import: top level, in functions, under TYPE_CHECKING
        if isinstance(node, ast.Import | ast.ImportFrom):
            found.update(t for t in _resolve(name, node) if t in MODULES and t != name)
    return found


def _layer(name: str) -> int:
    """Index into LAYERS of a runtime module, by its first name below the package."""
    rest = name.split(".")[1:]
    key = rest[0] if rest else "__init__"
    for index, (_, members) in enumerate(LAYERS):
        if key in members:
            return index
    raise LookupError(name)


GRAPH = {name: _imports(name) for name in MODULES}


def test_every_runtime_module_is_placed_in_a_layer() -> None:
    unplaced = []
    for name in MODULES:
        try:
            _layer(name)
        except LookupError:
            unplaced.append(name)
    assert not unplaced, f"place these modules in tests/architecture/layers.py: {unplaced}"


def test_no_module_imports_from_a_layer_above_it() -> None:
    upward = []
    for name, targets in GRAPH.items():
        for target in sorted(targets):
            if _layer(target) > _layer(name):
                upward.append(
                    f"{name} ({LAYERS[_layer(name)][0]}) imports {target} ({LAYERS[_layer(target)][0]})"
                )
    assert not upward, "imports from a higher layer:\n" + "\n".join(upward)


def _cycle() -> list[str] | None:
    """One import cycle among runtime modules, or None (iterative depth-first search)."""
    state: dict[str, int] = {}  # 1 on the stack, 2 finished
    for start in sorted(GRAPH):
        if start in state:
            continue
        stack = [(start, iter(sorted(GRAPH[start])))]
        path = [start]
        state[start] = 1
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                stack.pop()
                path.pop()
                state[node] = 2
            elif state.get(child) == 1:
                return [*path[path.index(child) :], child]
            elif child not in state:
                state[child] = 1
                path.append(child)
                stack.append((child, iter(sorted(GRAPH[child]))))
    return None


def test_runtime_modules_import_each_other_in_no_cycle() -> None:
    """A package's ``__init__`` counts as a module, so a submodule may not import its own package."""
    cycle = _cycle()
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("from .tasks import TaskState", {"gateway_runtime.tasks"}),
        ("from . import _pointer", {"gateway_runtime._pointer"}),
        ("if TYPE_CHECKING:\n    from .client import SyncClient", {"gateway_runtime.client"}),
        (
            "def f():\n    from .validation.engine import MAX_DEPTH",
            {"gateway_runtime.validation.engine"},
        ),
        ("import gateway_runtime.spec", {"gateway_runtime.spec"}),
        ("import httpx", set()),
    ],
)
def test_the_checker_sees_imports_wherever_they_stand(source: str, expected: set[str]) -> None:
    """The checker itself: an import hidden in a function or TYPE_CHECKING block is still one."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import | ast.ImportFrom):
            found.update(_resolve("gateway_runtime.errors", node))
    assert found == expected
