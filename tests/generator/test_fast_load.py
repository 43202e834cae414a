"""The fast reading (yaml-rs, lines found on demand) gives the exact loader's data and lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import load
from generator.fast_load import fast_data, fast_json
from generator.locate import line_of
from generator.problems import SpecError
from tests.generator.conftest import PROJECT, SPECS
from tests.shared_data import shared_folder

DOCUMENTS = [
    *sorted((PROJECT / "specs").glob("*.yaml")),
    *sorted(SPECS.glob("*/*.yaml")),
    *sorted((PROJECT / "tests" / "data" / "real-specs").glob("*.json")),
    shared_folder("real-specs") / "mistral.yaml",
    shared_folder("real-specs") / "tgi.json",
]


def exact(path: Path, monkeypatch: pytest.MonkeyPatch) -> load.SourceFile:
    with monkeypatch.context() as patch:
        patch.setattr(load, "fast_data", lambda text: None)
        return load.parse_file(path)


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_fast_reading_gives_the_exact_data_and_lines(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reference = exact(path, monkeypatch)
    fast = load.parse_file(path)
    assert load.load_spec(path).data == load._Bundler(reference).run()
    if fast.text is None:
        return  # read by the exact loader (aliases...): nothing more to compare
    pointers = list(reference.lines.items())
    sample = pointers[:: max(1, len(pointers) // 400)]
    if fast.json:  # JSON read fast: the exact loader finds the lines at the first ask
        assert [fast.line_of(p) for p, _ in sample] == [n for _, n in sample]
        return
    wrong = [(p, n, line_of(fast.text, p)) for p, n in sample if line_of(fast.text, p) != n]
    assert len(wrong) <= len(sample) // 50, wrong[:5]  # an ancestor's line at worst


@pytest.mark.parametrize(
    "text",
    [
        "a: &x [1]\nb: *x\n",
        "base: &b {x: 1}\nd:\n  <<: *b\n",
        "a: !!binary aGVsbG8=\n",
        "a: 1_000\n",
        "a: 1\n---\nb: 2\n",
        "a: 1\na: 2\n",
        "- a\n",
        "x-a:\n  ? [a, b]\n  : 1\n",
    ],
)
def test_what_only_the_exact_loader_may_read_goes_to_it(text: str) -> None:
    assert fast_data(text) is None


@pytest.mark.parametrize(
    "text",
    [
        '{"a": 1, "a": 2}',
        '{"a": NaN}',
        '{"a": "\\ud800"}',
        '{"a": "x\ty"}',
        '{"a": 1,}',
        "[1]",
        '{"a": ' * 500 + "1" + "}" * 500,
    ],
)
def test_json_the_exact_loader_reads_differently_goes_to_it(text: str) -> None:
    assert fast_json(text) is None


def test_json_is_read_fast_with_pairs_of_escapes(tmp_path: Path) -> None:
    spec = tmp_path / "doc.json"
    spec.write_text('{\n "openapi": "3.1.0",\n "x": "\\ud83d\\ude00"\n}', encoding="utf-8")
    fast = load.parse_file(spec)
    assert fast.json and fast.data == {"openapi": "3.1.0", "x": "\U0001f600"}
    assert fast.line_of("/x") == 3


def test_status_code_keys_are_strings(tmp_path: Path) -> None:
    spec = tmp_path / "codes.yaml"
    spec.write_text("openapi: 3.1.0\nresponses:\n  200: {description: ok}\n", encoding="utf-8")
    assert load.parse_file(spec).text is not None  # read fast
    assert load.load_spec(spec).data["responses"] == {"200": {"description": "ok"}}


def test_lines_of_block_yaml() -> None:
    text = "a:\n  b:\n    - x: 1\n      y: [2]\n    - z\n  c: 'q'\n"
    assert [line_of(text, p) for p in ("/a", "/a/b/0", "/a/b/0/y", "/a/b/1", "/a/c")] == [
        1,
        3,
        4,
        5,
        6,
    ]
    assert line_of(text, "/a/b/0/y/0") == 4  # flow style: the line of the deepest ancestor


def test_a_complex_key_is_refused_by_the_exact_loader_with_its_line(tmp_path: Path) -> None:
    spec = tmp_path / "complex.yaml"
    spec.write_text("openapi: 3.1.0\ninfo: {[a, b]: 1}\n", encoding="utf-8")
    with pytest.raises(SpecError) as caught:
        load.load_spec(spec)
    assert "complex.yaml:2" in str(caught.value)
