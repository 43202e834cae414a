"""Templates are compiled once and kept (``generator.render.compiled_templates``): a later run
loads the compiled code instead of parsing again, an edited template is compiled anew (never a
stale one rendered), and a cache that cannot be used costs a compile, never a failure."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest

from generator.render import compiled_templates, template_environment


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "templates"
    folder.mkdir()
    source = "{% for x in xs %}\n  {{ x | pyrepr }}\n{% endfor %}\n# {{ version }}\n"
    (folder / "t.jinja").write_text(source, encoding="utf-8")
    return folder


def _render(folder: Path, cache: Path) -> str:
    env = template_environment(compiled_templates(str(cache)), folder)
    return env.get_template("t.jinja").render({"xs": ["a", 1], "version": "1.2.3"})


def test_a_compiled_template_is_loaded_not_parsed_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, cache = _folder(tmp_path), tmp_path / "cache"
    cache.mkdir()
    first = _render(folder, cache)
    assert first == "  'a'\n  1\n# 1.2.3\n"  # read as the generator reads templates
    assert len(list(cache.iterdir())) == 1

    def no_parsing(*args: object, **kwargs: object) -> None:
        raise AssertionError("parsed again")

    monkeypatch.setattr(jinja2.Environment, "_parse", no_parsing)
    assert _render(folder, cache) == first  # a fresh environment, as in the next run
    monkeypatch.undo()
    template = folder / "t.jinja"
    template.write_text(template.read_text(encoding="utf-8") + "edited\n", encoding="utf-8")
    assert _render(folder, cache) == first + "edited\n"


def test_a_cache_that_cannot_be_used_only_costs_a_compile(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("", encoding="utf-8")
    assert _render(folder, not_a_folder).endswith("# 1.2.3\n")
