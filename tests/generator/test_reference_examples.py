"""Every example in the generated references validates, and each operation says what comes back.

The Python examples are read back from ``generated/<name>/README.md`` (the text users copy),
their keyword arguments mapped to the wire payload the client would send, and checked with the
clients' own validator.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

import pytest

from gateway_runtime.spec import GatewaySpec
from gateway_runtime.validation import validate_operation_parameters, validate_operation_payload

GENERATED = Path(__file__).resolve().parents[2] / "generated"
GATEWAYS = sorted(p.name for p in GENERATED.iterdir() if (p / "spec.json").is_file())
_BLOCK = re.compile(r"```python\n(.*?)```", re.S)


def _calls(readme: str) -> list[tuple[str, dict[str, Any]]]:
    """(dotted method after ``client.``, literal keyword arguments) of every example call."""
    found = []
    for block in _BLOCK.findall(readme):
        for node in ast.walk(ast.parse(block)):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            parts: list[str] = []
            target: ast.expr = node.func
            while isinstance(target, ast.Attribute):
                parts.append(target.attr)
                target = target.value
            if isinstance(target, ast.Name) and target.id == "client":
                kwargs = {k.arg: ast.literal_eval(k.value) for k in node.keywords if k.arg}
                found.append((".".join(reversed(parts)), kwargs))
    return found


@pytest.mark.parametrize("gateway", GATEWAYS)
def test_every_reference_example_validates(gateway: str) -> None:
    spec = GatewaySpec.load(GENERATED / gateway / "spec.json")
    raw = (GENERATED / gateway / "spec.json").read_text(encoding="utf-8")
    import json

    data = json.loads(raw)
    by_python = {op.python_name: op for op in spec.operations.values()}
    calls = _calls((GENERATED / gateway / "README.md").read_text(encoding="utf-8"))
    checked = 0
    failures = []
    for name, kwargs in calls:
        op = by_python.get(name)
        if op is None:
            continue
        body_info = data["operations"][op.operation_id].get("body") or {}
        to_wire = {py: wire for wire, py in (body_info.get("fields") or {}).items()}
        params = {p.python_name or p.name: p for p in op.parameters}
        parameters = {params[k].name: v for k, v in kwargs.items() if k in params}
        whole = body_info.get("whole_body_argument")
        if op.body is None:
            payload: Any = parameters
        elif whole and whole in kwargs:
            payload = kwargs[whole]
        else:
            payload = {to_wire[k]: v for k, v in kwargs.items() if k in to_wire}
        problems = [str(p) for p in validate_operation_payload(op, payload)]
        if op.body is not None:
            problems += [str(p) for p in validate_operation_parameters(op, parameters)]
        if problems:
            failures.append(f"{name}({kwargs}): {problems}")
        checked += 1
    assert checked >= len(spec.operations) // 2, "the examples were not found"
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("gateway", GATEWAYS)
def test_each_operation_says_what_comes_back(gateway: str) -> None:
    readme = (GENERATED / gateway / "README.md").read_text(encoding="utf-8")
    sections = readme.split('<a id="op-')[1:]
    typed = [s for s in sections if "Returns `models." in s or "Returns `Task[models." in s]
    assert typed
    for section in typed:
        head = section.split("\n", 1)[0]
        assert "| attribute | type | description |" in section or "(`.root`)" in section, head


def test_the_midjourney_change_example_has_its_index() -> None:
    readme = (GENERATED / "uniapi" / "README.md").read_text(encoding="utf-8")
    assert 'client.midjourney.change(action="UPSCALE", task_id="...", index=1)' in readme
    assert "| `image_url` (`imageUrl`) | `str \\| None` |" in readme  # Python name, wire name
    assert "Output files (`task.outputs`, `task.download(dir)`): `/imageUrl` (URL)." in readme
