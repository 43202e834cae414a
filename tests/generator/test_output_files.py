"""What the generator writes: world-readable packages, and names Python tells apart."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from tests.generator.conftest import PROJECT, SPECS

NFC = unicodedata.normalize("NFC", "café")
NFD = unicodedata.normalize("NFD", "café")


def _generate(spec: Path, out: Path, umask: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "generate", str(spec), "--out", str(out)],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        preexec_fn=lambda: os.umask(umask),
    )


def test_packages_are_world_readable_whatever_the_umask(tmp_path: Path) -> None:
    out = tmp_path / "out"
    done = _generate(SPECS / "petstore.yaml", out, 0o077)
    assert done.returncode == 0, done.stderr
    paths = [out, *out.rglob("*")]
    folders = [p for p in paths if p.is_dir() and "__pycache__" not in p.parts]
    files = [p for p in paths if p.is_file() and p.name != ".generate-cache.json"]
    assert len(folders) >= 2 and len(files) >= 5
    assert {oct(stat.S_IMODE(p.stat().st_mode)) for p in folders} == {"0o755"}
    assert {oct(stat.S_IMODE(p.stat().st_mode)) for p in files} == {"0o644"}


def _normal_forms_spec(folder: Path) -> Path:
    order = {
        "type": "object",
        "properties": {NFC: {"type": "string"}, NFD: {"type": "integer"}},
    }
    body = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Order"}}}}
    doc = {
        "openapi": "3.1.0",
        "info": {"title": "Forms", "version": "1"},
        "paths": {
            "/order": {
                "post": {
                    "operationId": "placeOrder",
                    "requestBody": body,
                    "responses": {"200": {"description": "ok", **body}},
                }
            }
        },
        "components": {"schemas": {"Order": order}},
    }
    path = folder / "forms.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_properties_differing_in_normal_form_get_distinct_fields(
    tmp_path: Path,
    import_generated,  # type: ignore[no-untyped-def]
) -> None:
    assert NFC != NFD
    out = tmp_path / "out"
    done = _generate(_normal_forms_spec(tmp_path), out, 0o022)
    assert done.returncode == 0, done.stderr
    pkg = import_generated(out, "forms")
    order = pkg.models.Order.model_validate({NFC: "espresso", NFD: 2})
    fields = pkg.models.Order.model_fields
    assert len(fields) == 2
    assert sorted(f.alias or n for n, f in fields.items()) == sorted([NFC, NFD])
    assert order.model_dump(by_alias=True) == {NFC: "espresso", NFD: 2}


def test_each_file_is_chosen_for_formatting_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whether ruff formats a file is decided once per file (a Markdown file is searched for
    fences each time it is asked), and only the chosen files come back formatted."""
    from generator import write

    asked: list[str] = []
    decide = write._formatted

    def counted(rel: str, text: str) -> bool:
        asked.append(rel)
        return decide(rel, text)

    monkeypatch.setattr(write, "_formatted", counted)
    files = {
        "pkg": {
            "client.py": "x=1\n",
            "README.md": "# pkg\n\n```python\ny=2\n```\n",
            "CHANGELOG.md": "# changes\n",
            "spec.json": '{"a":1}',
        }
    }
    out = write.format_files(files)
    assert sorted(asked) == sorted(files["pkg"])
    assert out["pkg"]["client.py"] == "x = 1\n"
    assert "y = 2" in out["pkg"]["README.md"]
    assert out["pkg"]["spec.json"] == '{"a":1}' and out["pkg"]["CHANGELOG.md"] == "# changes\n"
