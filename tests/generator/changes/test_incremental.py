"""The incremental diff (only operations not proved the same are described) gives byte for byte
the report of the full diff, in every format, for random edits of every kind the report knows.

Deterministic: each case is a seed (``edits.edited``). The documents are our five specs (bundled)
and a small one made to be hard: shared components, class names that collide, a reference
cycle, method names that collide, inline bodies hoisted under derived names, a task binding.
"""

from __future__ import annotations

import copy
import random
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from gateway_runtime.cli import UsageError
from generator.diff import diff_surfaces, render
from generator.diff.report import FORMATS
from generator.diff.sides import Side, open_side, read_sides
from generator.load import load_spec
from tests.generator.changes.edits import EDITS, edited

PROJECT = Path(__file__).resolve().parents[3]
SPECS = sorted((PROJECT / "specs").glob("*.yaml"))
SEEDS = range(8)


def _object(**props: Any) -> dict[str, Any]:
    return {"type": "object", "properties": props}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


def _op(op_id: str, tag: str, reply: dict[str, Any], body: Any = None) -> dict[str, Any]:
    op: dict[str, Any] = {
        "operationId": op_id,
        "tags": [tag],
        "responses": {"200": {"description": "ok", **_json(reply)}},
    }
    if body is not None:
        op["requestBody"] = {"required": True, **_json(body)}
    return op


SYNTHETIC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Hard cases", "version": "1.0.0"},
    "servers": [{"url": "https://api.example.test"}],
    "x-gateway": {"name": "hard"},
    "security": [{"bearer": []}],
    "x-tasks": {
        "job": {
            "submit": ["createJob"],
            "poll": "getJob",
            "id": "/id",
            "id-param": "job_id",
            "status": "/status",
            "success": ["done"],
            "failure": ["failed"],
            "pending": ["queued"],
        }
    },
    "components": {
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        "schemas": {
            "Shared": _object(id={"type": "string"}, note={"type": "string", "nullable": True}),
            "shared": _object(other={"type": "integer"}),
            "Node": _object(
                value={"type": "string"}, edges={"type": "array", "items": _ref("Edge")}
            ),
            "Edge": _object(target=_ref("Node"), weight={"type": "number", "maximum": 1}),
            "Job": {
                "type": "object",
                "required": ["id", "status"],
                "properties": {
                    "id": {"type": "string"},
                    "status": {"type": "string", "enum": ["queued", "done", "failed"]},
                    "owner": _ref("Shared"),
                },
            },
            "Self": _object(child=_ref("Self"), name={"type": "string", "default": "x"}),
        },
    },
    "paths": {
        "/jobs": {
            "post": _op("createJob", "jobs", _ref("Job"), _object(prompt={"type": "string"})),
            "get": _op("listJobs", "jobs", {"type": "array", "items": _ref("Job")}),
        },
        "/jobs/{job_id}": {
            "parameters": [
                {"name": "job_id", "in": "path", "required": True, "schema": {"type": "string"}}
            ],
            "get": _op("getJob", "jobs", _ref("Job")),
        },
        "/create": {"post": _op("create", "jobs", _object(a=_ref("Shared")), _object(b={}))},
        "/create-request": {
            "post": _op("createRequest", "jobs", _object(c={"type": "string"}), _object(d={}))
        },
        "/create_job": {"put": _op("create_job", "jobs", _ref("shared"))},
        "/graph": {"get": _op("getGraph", "graph", _ref("Node"), _ref("Edge"))},
        "/self": {"get": _op("getSelf", "graph", _ref("Self"))},
        "/list": {"get": _op("list", "graph", {"type": "array", "items": _ref("Shared")})},
    },
}


def _write(folder: Path, name: str, spec: dict[str, Any]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.yaml"
    path.write_text(yaml.safe_dump(spec, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _documents() -> list[tuple[str, dict[str, Any]]]:
    return [(p.stem, load_spec(p).data) for p in SPECS] + [("hard", copy.deepcopy(SYNTHETIC))]


def _texts(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    report = diff_surfaces(old, new)
    return [render(report, fmt, "old → new") for fmt in FORMATS]


def _both(old: Side, new: Side) -> tuple[list[str], list[str], int, int]:
    """The full and the incremental reports, how many operations the incremental one described
    and how many there are."""
    from generator.diff.sides import _only

    full = _texts(old.surface(), new.surface())
    only = _only(old.fingerprints(), new.fingerprints())
    assert only is not None
    incremental = _texts(old.surface(only), new.surface(only))
    everything = set(old.surface()["operations"]) | set(new.surface()["operations"])
    return full, incremental, len(only & everything), len(everything)


@pytest.mark.parametrize("name,spec", _documents(), ids=lambda v: v if isinstance(v, str) else "")
def test_the_incremental_report_is_the_full_one(
    name: str, spec: dict[str, Any], tmp_path: Path
) -> None:
    old_path = _write(tmp_path / "old", name, spec)
    old = open_side(str(old_path), name)
    skipped_somewhere = False
    for seed in SEEDS:
        new_spec, edits = edited(spec, seed, 1 + seed % 4)
        new_path = _write(tmp_path / f"new{seed}", name, new_spec)
        try:
            new = open_side(str(new_path), name)
        except UsageError:  # an edit the generator refuses: refused with or without --full
            continue
        full, incremental, described, total = _both(old, new)
        assert incremental == full, f"seed {seed}: {edits}"
        skipped_somewhere |= described < total
    assert skipped_somewhere  # the incremental diff did leave operations out


def test_every_kind_of_edit_alone_on_the_hard_document(tmp_path: Path) -> None:
    old_path = _write(tmp_path / "old", "hard", SYNTHETIC)
    old = open_side(str(old_path), "hard")
    compared = 0
    for i, edit in enumerate(EDITS):
        for seed in range(3):
            new_spec = copy.deepcopy(SYNTHETIC)
            edit(random.Random(seed), new_spec)
            try:
                new = open_side(str(_write(tmp_path / f"{i}-{seed}", "hard", new_spec)), "hard")
            except UsageError:  # refused with or without --full (the same function reads it)
                continue
            compared += 1
            full, incremental, _, _ = _both(old, new)
            assert incremental == full, f"{edit.__name__}, seed {seed}"
    assert compared >= 2 * len(EDITS)


@pytest.mark.parametrize("cores", [1, 2])
def test_the_command_path_gives_the_full_report(
    cores: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """read_sides itself (OLD in a forked child on two cores, in sequence on one)."""
    import generator.diff.sides as sides

    monkeypatch.setattr(sides, "_cores", lambda: cores)
    old_path = str(_write(tmp_path / "old", "hard", SYNTHETIC))
    for seed in range(4):
        new_spec, edits = edited(SYNTHETIC, 100 + seed, 3)
        new_path = str(_write(tmp_path / f"new{seed}", "hard", new_spec))
        full = _texts(*read_sides(old_path, new_path, "hard", incremental=False))
        assert _texts(*read_sides(old_path, new_path, "hard")) == full, edits


def test_a_refused_document_is_refused_the_same_way(tmp_path: Path) -> None:
    """A problem in an operation that did not change still stops the diff (exit 2, where)."""
    broken = copy.deepcopy(SYNTHETIC)
    broken["paths"]["/self"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] = (
        _ref("Missing")
    )
    old_path = str(_write(tmp_path / "old", "hard", broken))
    new_path = str(_write(tmp_path / "new", "hard", broken))
    messages = []
    for incremental in (True, False):
        with pytest.raises(UsageError) as caught:
            read_sides(old_path, new_path, "hard", incremental=incremental)
        messages.append(str(caught.value))
    assert messages[0] == messages[1]
    assert "Missing" in messages[0]
    assert re.search(r"/old/hard\.yaml: unusable spec: \S+/old/hard\.yaml:\d+: ", messages[0])
