"""Real documents that AI services publish (../shared/real-specs, tests/data/real-specs): each
generates in full.

Slow (about a minute with mypy): marked ``slow``, run by ``make test-slow`` and CI, not ``make test``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.generator.checks import (
    assert_every_operation_is_a_method,
    assert_models_validate_samples,
    assert_mypy_strict_clean,
)
from tests.generator.conftest import run_generator
from tests.shared_data import shared_folder

REAL_SPECS = shared_folder("real-specs")
OWN_SPECS = Path(__file__).resolve().parents[1] / "data" / "real-specs"
"""Documents this repository keeps itself (sources and licences in its SOURCE.md)."""

pytestmark = pytest.mark.slow

DOCUMENTS = {
    "openai.yaml": "openai",
    "tgi.json": "tgi",
    "mistral.yaml": "mistral",
    "tei-embeddings.json": "tei_embeddings",
}
EXPECTED_WARNINGS = {
    "openai.yaml": [
        "exclusiveMinimum: true is OpenAPI 3.0 style",
        "$recursiveRef is draft 2019-09",
    ],
    "tgi.json": ["exclusiveMinimum: 0 is JSON Schema 2020-12 style"],
    "mistral.yaml": [],
    "tei-embeddings.json": [],
}


@pytest.mark.parametrize("document", sorted(DOCUMENTS))
def test_real_document_generates_in_full(
    document: str,
    tmp_path: Path,
    import_generated,  # type: ignore[no-untyped-def]
) -> None:
    spec = OWN_SPECS / document if (OWN_SPECS / document).is_file() else REAL_SPECS / document
    assert spec.is_file(), f"missing real document {spec}"
    result = run_generator("generate", spec, "--out", tmp_path)
    assert result.code == 0, result.err
    for expected in EXPECTED_WARNINGS[document]:
        assert expected in result.err
    package = DOCUMENTS[document]
    pkg = import_generated(tmp_path, package)
    __import__(f"{package}.models")
    assert_every_operation_is_a_method(pkg, spec)
    assert assert_models_validate_samples(pkg, spec) > 0
    assert_mypy_strict_clean(tmp_path / package)


def test_strict_refuses_the_deviations(tmp_path: Path) -> None:
    result = run_generator("generate", REAL_SPECS / "tgi.json", "--strict", "--out", tmp_path)
    assert result.code == 2
    assert "9 problem(s); nothing was written." in result.err
    assert not any(tmp_path.iterdir())
