"""Generation pauses the cyclic garbage collector and gives it back as it found it."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from generator import pipeline
from generator.collector import collector_paused


def test_paused_inside_restored_after_even_on_error() -> None:
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collector_paused():
        assert not gc.isenabled()
        raise RuntimeError("boom")
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # it was off before: it stays off
    finally:
        gc.enable()


def test_generate_runs_without_the_collector(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[bool] = []
    render_all = pipeline._render_all

    def spy(paths: list[str], strict: bool, out: str) -> list[pipeline.Rendered]:
        seen.append(gc.isenabled())
        return render_all(paths, strict, out)

    monkeypatch.setattr(pipeline, "_render_all", spy)
    spec = Path(__file__).resolve().parents[2] / "specs" / "qingbo.yaml"
    code = pipeline.generate([spec], tmp_path / "out", check=False, strict=False, init_root=False)
    assert code == 0 and seen == [False]
    assert gc.isenabled()
