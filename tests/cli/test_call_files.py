"""``clientgen call`` with local files: ``--set image_urls=@photo.png`` uploads it first."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.simulator import running

from .conftest import clientgen

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 16


def test_at_file_in_a_media_field_is_uploaded_then_sent_as_its_url(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    photo = tmp_path / "photo.png"
    photo.write_bytes(PNG)
    monkeypatch.setenv("BUBLE_API_KEY", "sk-cli-files-0123456789")
    with running("buble", record=True) as sim:
        r = clientgen(
            "call", "buble", "generations.create", "--base-url", sim.url,
            "--set", "model=google/nano-banana-pro", "--set", "prompt=a lamp",
            "--set", f"image_urls=@{photo}",
        )  # fmt: skip
        assert r.code == 0, r.err
        assert [e.operation for e in sim.log.entries] == ["uploadFile", "createGeneration"]
        sent = next(q for q in sim.requests if q.path == "/api/v1/generations").json()
        assert sent["image_urls"][0].startswith(sim.url)


def test_a_missing_at_file_is_refused_before_anything_is_sent(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("BUBLE_API_KEY", "sk-cli-files-0123456789")
    with running("buble") as sim:
        r = clientgen(
            "call", "buble", "generations.create", "--base-url", sim.url,
            "--set", "model=m", "--set", "prompt=p", "--set", f"start_frame=@{tmp_path}/no.png",
        )  # fmt: skip
        assert r.code == 1
        assert "start_frame: cannot read file" in r.err
        assert list(sim.log.entries) == []
