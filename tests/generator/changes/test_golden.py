"""The change report of a realistic edit of each of the five gateways, against a golden file.

Each edit is what a documentation update typically does to a spec (a field removed, a model
dropped, a new terminal status, a narrowed range, a changed default). The specs in ``specs/`` are
edited in memory, so other changes to them do not disturb the report unless they touch the same
fields; then review the new report and rewrite the goldens with ``UPDATE_GOLDEN=1``.
"""

from __future__ import annotations

import copy
import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.diff import diff_surfaces, render
from generator.diff.command import surface_of_path
from generator.load import parse_file
from generator.paths import SPECS_DIR

GOLDEN = Path(__file__).resolve().parent / "golden"
Spec = dict[str, Any]


def _resolve(spec: Spec, node: Any) -> Any:
    """node, or what its local ``$ref`` chain points at in spec."""
    while isinstance(node, dict) and str(node.get("$ref", "")).startswith("#/"):
        target: Any = spec
        for token in node["$ref"][2:].split("/"):
            target = target[token]
        node = target
    return node


def _operation(spec: Spec, op_id: str) -> Spec:
    for item in spec["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == op_id:
                return op
    raise KeyError(op_id)


def _body(spec: Spec, op_id: str) -> Spec:
    """The schema of an operation's JSON request body (followed through local references)."""
    content = _resolve(spec, _operation(spec, op_id)["requestBody"])["content"]
    media = next(v for k, v in content.items() if "json" in k)
    schema: Spec = _resolve(spec, media["schema"])
    return schema


def _reply(spec: Spec, op_id: str, *tokens: str) -> Spec:
    """The schema of a field of an operation's first 2xx JSON reply."""
    responses = _operation(spec, op_id)["responses"]
    response = _resolve(spec, next(v for k, v in responses.items() if str(k).startswith("2")))
    node = _resolve(spec, next(v for k, v in response["content"].items() if "json" in k)["schema"])
    for token in tokens:
        node = _resolve(spec, node["properties"][token])
    return node


def _buble(spec: Spec) -> None:
    _body(spec, "createGeneration")["properties"].pop("copy_protected")
    _reply(spec, "getGeneration", "data", "status")["enum"].append("expired")
    spec["x-tasks"]["generation"]["failure"].append("expired")


def _gptnb(spec: Spec) -> None:
    _body(spec, "runwayImageToVideo")["properties"]["duration"]["enum"].remove(10)
    spec["x-tasks"]["kling_text2video"]["failure"].append("expired")


def _qingbo(spec: Spec) -> None:
    schemas = spec["components"]["schemas"]
    schemas["CreateTaskRequest"]["properties"].pop("watermark")
    schemas["SeedreamModel"]["enum"].remove("seedream-4.0")
    spec["x-tasks"]["image"]["failure"].append("expired")


def _uniall(spec: Spec) -> None:
    props = _body(spec, "createVideoGeneration")["properties"]
    _resolve(spec, props["duration"])["maximum"] = 10
    props["watermark"] = {"type": "boolean", "description": "Add a watermark."}


def _uniapi(spec: Spec) -> None:
    _body(spec, "sunoSubmitMusic")["properties"]["mv"]["default"] = "chirp-v4"
    spec["x-tasks"]["suno"]["failure"].append("TIMEOUT")
    _operation(spec, "sunoFetch")["summary"] = "Fetch a Suno task (music or lyrics)"


EDITS: dict[str, Callable[[Spec], None]] = {
    "buble": _buble,
    "gptnb": _gptnb,
    "qingbo": _qingbo,
    "uniall": _uniall,
    "uniapi": _uniapi,
}


@pytest.mark.parametrize("gateway", sorted(EDITS))
def test_report_of_a_realistic_edit_matches_its_golden(tmp_path: Path, gateway: str) -> None:
    source = SPECS_DIR / f"{gateway}.yaml"
    shutil.copytree(SPECS_DIR / "common", tmp_path / "common")
    spec = copy.deepcopy(parse_file(source).data)  # read as the generator reads YAML (1.2)
    EDITS[gateway](spec)
    edited = tmp_path / f"{gateway}.json"
    edited.write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
    report = diff_surfaces(surface_of_path(source), surface_of_path(edited))
    text = render(report, "markdown", f"{gateway}: realistic edit")
    golden = GOLDEN / f"{gateway}.md"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")
