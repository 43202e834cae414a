"""The coverage report names every endpoint of every gateway with its state and provenance."""

from __future__ import annotations

import json

from tests.generator.conftest import run_generator


def test_coverage_report_covers_all_gateways() -> None:
    result = run_generator("coverage", "--json")
    assert result.code == 0, result.err
    report = json.loads(result.out)
    assert set(report) == {"buble", "gptnb", "qingbo", "uniall", "uniapi"}
    for name, gateway in report.items():
        totals = gateway["totals"]
        assert totals["all"] == len(gateway["endpoints"]) > 0
        assert totals["full"] + totals["partial"] + totals["named-only"] == totals["all"], name
        for endpoint in gateway["endpoints"]:
            assert endpoint["sources"], (name, endpoint["name"])
    qingbo = {e["path"] for e in report["qingbo"]["endpoints"]}
    assert {
        "/v1/tasks",
        "/v1/tasks/{task_id}",
        "/v1/tasks/{task_id}/cancel",
        "/v1/tasks/sync",
    } <= qingbo
    assert any(e["state"] == "named-only" for e in report["gptnb"]["endpoints"])


def test_coverage_summary_is_one_line_per_gateway() -> None:
    result = run_generator("coverage", "--summary")
    assert result.code == 0
    assert len(result.out.strip().splitlines()) == 5
