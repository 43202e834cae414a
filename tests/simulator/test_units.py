"""Small parts of the simulator: pointers with ``*``, sample values, fault dice, task steps, any spec."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from gateway_runtime.spec import TaskBinding
from generator.simulator import Faults, load_gateway, running
from generator.simulator.__main__ import main as simulator_main
from generator.simulator.faults import FaultDice
from generator.simulator.outputs import one_kind
from generator.simulator.pointers import expand, get, put
from generator.simulator.samples import Sampler
from generator.simulator.tasks import SimTask

SPECS = Path(__file__).resolve().parents[1] / "generator" / "specs"


def test_pointers_create_containers_and_expand_stars() -> None:
    doc = put({}, "/videos/0/status", "queued")
    assert doc == {"videos": [{"status": "queued"}]}
    doc = put(doc, "/data/task_id", "t1")
    assert get(doc, "/data/task_id") == (True, "t1")
    assert get(doc, "/data/missing") == (False, None)
    doc["result"] = {"images": [{"url": ""}, {"url": ""}]}
    assert expand(doc, "/result/images/*/url") == ["/result/images/0/url", "/result/images/1/url"]
    assert expand({}, "/a/*/b") == ["/a/0/b"]
    assert put("not a container", "/x", 1) == {"x": 1}


def test_sampler_prefers_fitting_examples_and_respects_bounds() -> None:
    defs = {
        "Item": {
            "type": "object",
            "required": ["n"],
            "properties": {"n": {"type": "integer", "minimum": 5}},
        }
    }
    sampler = Sampler(defs)
    assert sampler.value({"$ref": "#/$defs/Item"}) == {"n": 5}
    assert sampler.answer({"type": "string", "examples": ["hi"]}) == "hi"
    assert (
        sampler.answer({"type": "integer", "maximum": 3, "example": 10}) == 1
    )  # example does not fit
    built = sampler.value(
        {"type": "array", "minItems": 2, "items": {"type": "string", "format": "uri"}}
    )
    assert built == ["https://example.invalid/sample"] * 2
    marked = sampler.value(
        {"type": "object", "properties": {"video_url": {"type": "string"}}}, lambda n: f"<{n}>"
    )
    assert marked == {"video_url": "<video_url>"}
    assert sampler.value({"oneOf": [{"type": "null"}, {"type": "boolean"}]}) is False


def test_fault_dice_are_deterministic_and_limited() -> None:
    rolls = [
        FaultDice(Faults(fail_rate=0.5), seed=1).roll("failure", 0.5, f"t{i}") for i in range(64)
    ]
    again = [
        FaultDice(Faults(fail_rate=0.5), seed=1).roll("failure", 0.5, f"t{i}") for i in range(64)
    ]
    assert rolls == again and 16 < sum(rolls) < 48
    dice = FaultDice(Faults(limit=2), seed=0)
    assert [dice.roll("rate_limit", 1.0, str(i)) for i in range(4)] == [True, True, False, False]


def test_task_steps_walk_every_pending_status_with_rising_progress() -> None:
    binding = TaskBinding(
        name="b",
        submit=("s",),
        poll="p",
        id="/id",
        id_param="id",
        status="/status",
        success=("DONE",),
        failure=("FAILED",),
        pending=("QUEUED", "RUNNING", "UPLOADING"),
    )
    task = SimTask("t", binding, "s", "success", lifecycle=4)
    steps = [task.step() for _ in range(4)]
    assert [s[1] for s in steps] == ["QUEUED", "RUNNING", "UPLOADING", "DONE"]
    assert [s[2] for s in steps] == sorted(s[2] for s in steps) and steps[-1][2] == 100
    stuck = SimTask("u", binding, "s", "stuck", lifecycle=2)
    assert {stuck.step()[0] for _ in range(10)} == {"pending"}


def test_any_openapi_file_can_be_simulated() -> None:
    gateway = load_gateway(SPECS / "petstore.yaml")
    with running(gateway) as sim, httpx.Client(base_url=sim.url) as http:
        assert http.get("/pets").status_code == 401  # apiKey header X-API-Key, as declared
        http.headers["X-API-Key"] = "any"
        assert http.get("/pets", params={"limit": "5"}).status_code == 200
        assert http.get("/pets", params={"limit": "many"}).status_code == 422
        assert http.get("/pets/7").json()["id"] is not None


def test_unusable_spec_is_exit_2_with_one_line_per_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("openapi: 3.1.0\ninfo: {title: x}\npaths: {}\n", encoding="utf-8")
    assert simulator_main([str(bad)]) == 2
    err = capsys.readouterr().err
    assert "bad.yaml" in err and "Traceback" not in err
    assert all(line.startswith(str(bad)) or "bad.yaml" in line for line in err.splitlines())


def test_one_kind_keeps_the_first_present_place_and_its_array_mates() -> None:
    outputs = (
        {"url": "/missing/*/url"},
        {"url": "/clips/*/audio"},
        {"url": "/clips/*/video"},
        {"url": "/images/*/url"},
        {"url": "/cover"},
    )
    body = {"clips": [{"audio": "a", "video": "v"}], "images": [{"url": "i"}], "cover": "c"}
    pruned, keep = one_kind(body, outputs, lambda _: True)
    assert keep == outputs[1:3]
    assert pruned == {"clips": [{"audio": "a", "video": "v"}], "images": []}
    assert body["images"] and body["cover"] == "c"  # the original is left alone


def test_one_kind_keeps_everything_when_pruning_would_break_the_answer() -> None:
    outputs = ({"url": "/video_url"}, {"url": "/metadata/url"})
    body = {"video_url": "v", "metadata": {"url": "m"}}
    assert one_kind(body, outputs, lambda value: "url" in value["metadata"]) == (body, outputs)
    assert one_kind(body, outputs, lambda _: True)[0] == {"video_url": "v", "metadata": {}}
    assert one_kind(body, outputs[:1], lambda _: True) == (body, outputs[:1])
    assert one_kind({}, outputs, lambda _: True) == ({}, outputs)  # none present: place them all


def test_one_kind_leaves_out_the_same_file_written_another_way() -> None:
    """OpenAI images: ``url`` or ``b64_json`` in each item, not both (one image, one file)."""
    outputs = ({"url": "/data/*/url"}, {"data": "/data/*/b64_json", "media-type": "image/png"})
    body = {"data": [{"url": "u", "b64_json": "b", "revised_prompt": "p"}]}
    pruned, keep = one_kind(body, outputs, lambda _: True)
    assert keep == outputs[:1]
    assert pruned == {"data": [{"url": "u", "revised_prompt": "p"}]}
