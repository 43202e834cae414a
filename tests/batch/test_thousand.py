"""Long batches on the simulator (slow group): 1,000 image jobs with their own image counts, and
a video batch whose files and gallery players are videos."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gateway_runtime.batch import run_batch
from generated.qingbo import Qingbo
from generated.uniall import UniAll
from generator.simulator import Simulator

from .helpers import KEY, payload, results

pytestmark = pytest.mark.slow


@pytest.fixture(autouse=True)
def _journal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("GATEWAY_JOURNAL", str(tmp_path / "journal.sqlite3"))


def test_a_thousand_jobs_each_with_its_own_count_of_images(tmp_path: Path) -> None:
    jobs = tmp_path / "jobs.jsonl"
    with jobs.open("w") as handle:
        for i in range(1000):
            handle.write(json.dumps({"id": f"job-{i}", **payload(i, n=1 + i % 3)}) + "\n")
    out = tmp_path / "out"
    with Simulator("qingbo", polls=3) as sim, Qingbo(api_key=KEY, base_url=sim.url) as client:
        summary = run_batch(
            client, "tasks.create", jobs, out=out, poll_interval=0.02, progress=False
        )
        assert sim.submits("createTask") == 1000 and sim.count("getTask") == 3000
    assert summary.outcomes["succeeded"] == 1000 and summary.tasks == 1000
    for i, line in enumerate(sorted(results(out).values(), key=lambda r: r["line"])):
        assert len(line["files"]) == 1 + i % 3, line
        for name in line["files"]:
            assert (out / name).read_bytes().startswith(b"\x89PNG")
    assert (out / "index.html").read_text().count("<img ") == sum(1 + i % 3 for i in range(1000))


def test_video_jobs_save_videos_and_the_gallery_plays_them(tmp_path: Path) -> None:
    jobs = tmp_path / "jobs.jsonl"
    with jobs.open("w") as handle:
        for i in range(20):
            handle.write(
                json.dumps({"model": "viduq3p-720p", "prompt": f"shot {i}", "duration": 5}) + "\n"
            )
    out = tmp_path / "out"
    with Simulator("uniall", polls=2) as sim, UniAll(api_key=KEY, base_url=sim.url) as client:
        summary = run_batch(
            client, "video.generations.create", jobs, out=out, poll_interval=0.02, progress=False
        )
    assert summary.outcomes["succeeded"] == 20
    files = [name for line in results(out).values() for name in line["files"]]
    assert len(files) == 20 and all(name.endswith(".mp4") for name in files)
    assert all((out / name).read_bytes()[4:8] == b"ftyp" for name in files)
    page = (out / "index.html").read_text()
    assert page.count("<video controls") == 20 and "<img " not in page
