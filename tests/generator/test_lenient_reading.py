"""Documents users expect to read (issue 24): the obvious reading with one warning each, an error
with --strict; errors that remain name the key at fault and collapse when repeated; and names the
generated code gives never shadow what its own annotations use.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.generator.checks import (
    assert_every_operation_is_a_method,
    assert_models_validate_samples,
    assert_mypy_strict_clean,
)
from tests.generator.conftest import SPECS, run_generator

LENIENT = SPECS / "lenient" / "lenient.yaml"
SHADOWING = SPECS / "shadowing" / "shadowing.yaml"

WARNINGS = [
    "lenient.yaml:20: at /paths/~1pets/post/operationId warning: operationId 'listPets' is also at "
    "/paths/~1pets/get; read as 'listPets_post'",
    "lenient.yaml:27: at /paths/~1pets/query warning: 'query' is an OpenAPI 3.2 method, not 3.1; "
    "its operation is skipped",
    "lenient.yaml:38: at /components/schemas/Pet/properties/kind/oneOf warning: oneOf is empty",
    "lenient.yaml:41: at /components/schemas/Unused/anyOf warning: anyOf is empty",
    "lenient.yaml:42: at /components/schemas/BadUnused warning: not valid OpenAPI 3.1 ('objekt' is "
    "not one of",
    "lenient.yaml:45: at /components/securitySchemes/bad warning: not valid OpenAPI 3.1 ('magic' is "
    "not one of ['apiKey', 'http', 'mutualTLS', 'oauth2', 'openIdConnect']) and nothing uses it; "
    "left out",
    "lenient.yaml:48: at /components/securitySchemes/bad2 warning: not valid OpenAPI 3.1 ('magic2'",
]


def test_obvious_readings_generate_with_one_warning_each(tmp_path: Path, import_generated) -> None:  # type: ignore[no-untyped-def]
    result = run_generator("generate", LENIENT, "--out", tmp_path)
    assert result.code == 0, result.err
    warnings = [line for line in result.err.splitlines() if "warning:" in line]
    assert len(warnings) == len(WARNINGS), result.err
    for expected in WARNINGS:
        assert any(expected in line for line in warnings), expected
    assert "$ref" not in result.err  # references inside x-samples and example are data
    pkg = import_generated(tmp_path, "lenient")
    client = pkg.Lenient(api_key="k", base_url="http://127.0.0.1:9")
    assert callable(client.default.list_pets) and callable(client.default.list_pets_post)
    assert sorted(pkg.load_spec().operations) == ["listPets", "listPets_post"]
    assert not hasattr(pkg.models, "BadUnused")
    assert pkg.models.Pet.model_validate({"kind": 1, "name": "n"}).kind == 1


def test_strict_keeps_each_an_error(tmp_path: Path) -> None:
    result = run_generator("generate", LENIENT, "--strict", "--out", tmp_path)
    assert result.code == 2
    for expected in WARNINGS:
        assert expected.replace("warning: ", "") in result.err, expected
    assert "7 problem(s); nothing was written." in result.err
    assert not any(tmp_path.iterdir())


def test_errors_name_the_key_and_collapse(tmp_path: Path) -> None:
    paths = "".join(
        f"  /p{i}:\n    get:\n      responses:\n        '200':\n          description: ok\n"
        f"          content: {{application/json: {{schema: {{type: strin}}}}}}\n"
        for i in range(40)
    )
    spec = tmp_path / "bad.yaml"
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: Bad, version: '1'}\nsecurity: [{bad: []}]\npaths:\n"
        + paths
        + "components:\n  securitySchemes:\n    bad: {type: magic, in: header}\n",
        encoding="utf-8",
    )
    result = run_generator("generate", spec.name, "--out", tmp_path / "out", cwd=tmp_path)
    assert result.code == 2
    lines = result.err.splitlines()
    assert lines[-1] == "41 problem(s); nothing was written."
    assert len(lines) == 6, result.err  # three in full, a count, the scheme, the total
    assert "... and 37 more problem(s) like the 3 above" in lines
    assert any(
        line.endswith(
            "at /components/securitySchemes/bad/type not valid OpenAPI 3.1: 'magic' is not one "
            "of ['apiKey', 'http', 'mutualTLS', 'oauth2', 'openIdConnect']"
        )
        for line in lines
    )
    assert "'in' was unexpected" not in result.err  # a consequence of the wrong type


@pytest.fixture(scope="module")
def shadowing(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("shadowing")
    result = run_generator("generate", SHADOWING, "--out", out)
    assert result.code == 0, result.err
    return out


def test_names_like_builtins_and_types_type_check(shadowing: Path, import_generated) -> None:  # type: ignore[no-untyped-def]
    pkg = import_generated(shadowing, "shadowing")
    assert_every_operation_is_a_method(pkg, SHADOWING)
    assert assert_models_validate_samples(pkg, SHADOWING) >= 4
    client = pkg.Shadowing(api_key="k", base_url="http://127.0.0.1:9")
    assert callable(client.list.list) and callable(client.str.dict)  # names kept, as users expect
    assert_mypy_strict_clean(shadowing / "shadowing")
