"""Mutually recursive schemas: flattened once as surface models, their changes told where met."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.diff.command import surface_of_path
from tests.generator.changes.base import base, report_of, schemas, write


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _tree() -> dict[str, Any]:
    """The base spec with a Node/Branch cycle sent in requests and read in replies."""
    spec = base()
    table = schemas(spec)
    table["Node"] = {
        "type": "object",
        "required": ["name"],
        "properties": {
            "name": {"type": "string"},
            "kids": {"type": "array", "items": _ref("Branch")},
        },
    }
    table["Branch"] = {
        "type": "object",
        "properties": {
            "label": {"type": "string", "enum": ["left", "right"]},
            "weight": {"type": "number", "minimum": 0},
            "node": _ref("Node"),
        },
    }
    table["CreateRequest"]["properties"]["tree"] = _ref("Node")
    table["ModelList"]["properties"]["tree"] = _ref("Node")
    return spec


def _branch(spec: dict[str, Any]) -> dict[str, Any]:
    props: dict[str, Any] = schemas(spec)["Branch"]["properties"]
    return props


def test_a_cycle_of_schemas_is_one_model_each_and_fields_stop_at_a_mark(tmp_path: Path) -> None:
    surface = surface_of_path(write(tmp_path, "tree", _tree()))
    models = surface["models"]
    assert set(models) == {"Node", "Branch"}
    assert models["Node"]["$.kids[]"]["recursive"] == "Branch"
    assert models["Branch"]["$.label"]["enum"] == ["left", "right"]
    assert models["Branch"]["$.node"]["recursive"] == "Node"
    reply = surface["operations"]["models.list"]["response"]
    assert reply["tree"]["recursive"] == "Node"
    assert not any(path.startswith("tree.") for path in reply)


def test_a_spec_without_mutual_recursion_has_no_models(tmp_path: Path) -> None:
    assert "models" not in surface_of_path(write(tmp_path, "plain", base()))


def test_a_change_inside_a_cycle_is_reported_at_the_shortest_field_reaching_it(
    tmp_path: Path,
) -> None:
    new = _tree()
    _branch(new)["label"]["enum"].append("middle")
    _branch(new)["weight"]["minimum"] = 1
    report = report_of(tmp_path, _tree(), new)
    said = {(f.id, f.operation, f.path, f.level) for f in report.findings}
    assert (
        "response-enum-value-added",
        "models.list",
        "tree.kids[].label",
        "may-break",
    ) in said
    assert ("request-enum-value-added", "tasks.create", "tree.kids[].label", "compatible") in said
    assert (
        "request-constraint-tightened",
        "tasks.create",
        "tree.kids[].weight",
        "breaking",
    ) in said
    worded = [f.message for f in report.findings if f.id == "response-enum-value-added"]
    assert any("`tree.kids[].label`" in m and "'middle'" in m for m in worded), worded
    assert len(report.findings) == len(said)  # each said once


def test_a_field_that_now_names_another_model_is_compared_with_it(tmp_path: Path) -> None:
    old, new = _tree(), _tree()
    for spec in (old, new):
        schemas(spec)["Leaf"] = {
            "type": "object",
            "properties": {"colour": {"type": "string"}, "up": _ref("Node")},
        }
        schemas(spec)["Node"]["properties"]["leaf"] = _ref("Leaf")
    schemas(new)["ModelList"]["properties"]["tree"] = _ref("Leaf")
    report = report_of(tmp_path, old, new)
    said = {(f.id, f.operation, f.path) for f in report.findings}
    assert ("response-field-added", "models.list", "tree.colour") in said
    assert ("response-field-removed", "models.list", "tree.kids") in said


def test_identical_recursive_specs_give_no_findings(tmp_path: Path) -> None:
    assert report_of(tmp_path, _tree(), _tree()).findings == ()
