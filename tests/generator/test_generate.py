"""The generator on small specs: output imports, is typed, deterministic, and --check notices drift."""

from __future__ import annotations

import inspect
import typing
from pathlib import Path

from tests.generator.conftest import SPECS, run_generator


def test_generates_importable_package_named_after_file(tmp_path: Path, import_generated) -> None:  # type: ignore[no-untyped-def]
    result = run_generator("generate", SPECS / "petstore.yaml", "--out", tmp_path)
    assert result.code == 0, result.err
    assert sorted(p.name for p in (tmp_path / "petstore").iterdir()) == [
        "CHANGELOG.md",
        "README.md",
        "__init__.py",
        "client.py",
        "models.py",
        "py.typed",
        "pyproject.toml",
        "spec.json",
        "surface.json",
    ]
    pkg = import_generated(tmp_path, "petstore")
    client = pkg.Petstore(api_key="k", base_url="http://127.0.0.1:9")
    assert callable(client.pets.show_pet_by_id)
    sig = inspect.signature(pkg.client.PetsResource.create_pets)
    assert [p.kind for p in sig.parameters.values()][1:] == [inspect.Parameter.KEYWORD_ONLY] * (
        len(sig.parameters) - 1
    )
    assert {"id", "name", "tag", "class_", "extra_body", "options"} <= set(sig.parameters)
    hints = typing.get_type_hints(pkg.client.PetsResource.show_pet_by_id, vars(pkg.client))
    assert hints["return"] is pkg.models.Pet
    assert pkg.models.Pet.model_validate({"id": 1, "name": "x", "class": "it's"}).class_ == "it's"
    # The description (with triple quotes and a backslash) survives as an escaped docstring.
    models_source = (tmp_path / "petstore" / "models.py").read_text(encoding="utf-8")
    assert 'Name with \\"\\"\\" quotes and \\\\ backslash' in models_source


def test_output_is_deterministic(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    assert (
        run_generator(
            "generate", SPECS / "petstore.yaml", SPECS / "hostile.yaml", "--out", first
        ).code
        == 0
    )
    assert (
        run_generator(
            "generate", SPECS / "petstore.yaml", SPECS / "hostile.yaml", "--out", second
        ).code
        == 0
    )
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    for rel in files:
        assert (first / rel).read_bytes() == (second / rel).read_bytes(), rel


def test_check_reports_drift(tmp_path: Path) -> None:
    assert run_generator("generate", SPECS / "petstore.yaml", "--out", tmp_path).code == 0
    assert (
        run_generator("generate", SPECS / "petstore.yaml", "--out", tmp_path, "--check").code == 0
    )
    client = tmp_path / "petstore" / "client.py"
    client.write_text(client.read_text() + "\n# edited by hand\n")
    result = run_generator("generate", SPECS / "petstore.yaml", "--out", tmp_path, "--check")
    assert result.code == 1
    assert "petstore/client.py" in result.err


def test_hostile_names_and_text_cannot_break_or_inject(tmp_path: Path, import_generated) -> None:  # type: ignore[no-untyped-def]
    result = run_generator("generate", SPECS / "hostile.yaml", "--out", tmp_path)
    assert result.code == 0, result.err
    marker = tmp_path / "hostile" / "pwned"
    pkg = import_generated(tmp_path, "hostile")
    assert not marker.exists()
    resource = pkg.client.ClassResource
    methods = {name for name in vars(resource) if not name.startswith("_")}
    assert {"import_", "import_2", "获取_任务", "def_"} <= methods, methods
    sig = inspect.signature(resource.import_)
    assert {
        "class_",
        "from_",
        "a_b",
        "a_b_2",
        "名字",
        "self_2",
        "options",
        "request_options",
    } <= set(sig.parameters)
    doc = resource.import_.__doc__ or ""
    assert '"""' in doc and "{{ evil }}" in doc and "\\" in doc
    mode = typing.get_type_hints(resource.import_, vars(pkg.client))["mode"]
    literal = next(a for a in typing.get_args(mode) if typing.get_origin(a) is typing.Literal)
    assert set(typing.get_args(literal)) == {'it\'s "quoted"', "back\\slash", "new\nline"}
    spec = pkg.load_spec()
    assert spec is not None


def test_external_refs_are_bundled(tmp_path: Path, import_generated) -> None:  # type: ignore[no-untyped-def]
    result = run_generator("generate", SPECS / "with_refs" / "main.yaml", "--out", tmp_path)
    assert result.code == 0, result.err
    pkg = import_generated(tmp_path, "main")
    assert pkg.models.Shared.model_validate({"id": "1", "child": {"n": 2}}).child.n == 2
