"""Render a gateway's intermediate model into source text: pydantic models, client, spec.json.

Models are decided in ``pymodels`` and clients in ``build``; both print through ``templates/``.
Text from specs reaches Python source only through ``repr`` (string literals) and ``docstring``
(escaped triple-quoted literals), so no description, default or enum value can break the output.
"""

from __future__ import annotations

import functools
import hashlib
import json
from pathlib import Path
from typing import Any

import jinja2
import jinja2.bccache

from generator.model import Gateway
from generator.naming import RESERVED_CLASS_NAMES
from generator.normalize import normalize_schema
from generator.problems import Problem, SpecError
from generator.pymodels import ModelsModule, plan_models
from generator.unshadow import qualify

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


def docstring_literal(text: str, indent: str = "        ") -> str:
    """A triple-quoted literal whose content is text, safe for any input."""
    escaped = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    if not escaped.replace("\n", "").replace("\t", "").isprintable():
        escaped = "".join(
            c if c in "\n\t" or c.isprintable() else f"\\u{ord(c):04x}" for c in escaped
        )
    if escaped.endswith('"'):
        escaped += " "
    lines = escaped.split("\n")
    body = "\n".join([lines[0]] + [(indent + line) if line.strip() else "" for line in lines[1:]])
    tail = f"\n{indent}" if len(lines) > 1 else ""
    return f'"""{body}{tail}"""'


# How templates are read: part of the compiled code's cache key (jinja keys it by file and source).
_SYNTAX: dict[str, Any] = {
    "autoescape": False,
    "keep_trailing_newline": True,
    "trim_blocks": True,
    "lstrip_blocks": True,
}


class _CompiledTemplates(jinja2.FileSystemBytecodeCache):
    """Templates compiled once per user and source (jinja's private folder in the temp dir), not
    on every run (~45 ms of a run's main path); a cache that cannot be read or written is skipped."""

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except OSError:
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass


def compiled_templates(directory: str | None = None) -> jinja2.BytecodeCache | None:
    """The cache of compiled templates in directory (default: jinja's private temp folder)."""
    settings = json.dumps(_SYNTAX, sort_keys=True) + jinja2.__version__
    key = hashlib.sha256(settings.encode()).hexdigest()[:12]
    try:
        return _CompiledTemplates(directory, pattern=f"__clientgen_{key}_%s.cache")
    except (OSError, RuntimeError):  # no private temp folder to be had: compile every run
        return None


@functools.cache
def _environment() -> jinja2.Environment:
    return template_environment(compiled_templates())


def template_environment(
    cache: jinja2.BytecodeCache | None, folder: Path = TEMPLATES
) -> jinja2.Environment:
    """The templates in folder as the generator reads them, their compiled code kept in cache."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(folder)),
        undefined=jinja2.StrictUndefined,
        bytecode_cache=cache,
        **_SYNTAX,
    )
    env.filters["pyrepr"] = repr
    env.filters["docstring"] = docstring_literal
    env.filters["q"] = lambda annotation, op: qualify(str(annotation), op.shadowed)
    return env


def planned_models(gateway: Gateway) -> ModelsModule | None:
    """The model classes of a gateway (``None``: it declares no schemas); planned once."""
    key = id(gateway)
    cached = _PLANNED.get(key)
    if cached is not None and cached[0] is gateway:
        return cached[1]
    document = gateway.models_document
    version = "3.0" if str(document.get("openapi", "")).startswith("3.0") else "3.1"
    schemas = {
        name: normalize_schema(schema, version)
        for name, schema in document["components"]["schemas"].items()
    }
    models = plan_models(schemas, set(RESERVED_CLASS_NAMES)) if schemas else None
    _PLANNED.clear()  # one gateway at a time: models.py and its README
    _PLANNED[key] = (gateway, models)
    return models


_PLANNED: dict[int, tuple[Gateway, ModelsModule | None]] = {}


def render_models(gateway: Gateway) -> tuple[str, set[str]]:
    """Pydantic v2 models of every schema (decided in ``pymodels``, printed by a template).

    Returns the source and the names of the classes it defines.
    """
    models = planned_models(gateway)
    if models is None:
        text = docstring_literal(f"Models of {gateway.title}: the spec declares none.", "")
        return text + "\n", set()
    template = _environment().get_template("models.py.jinja")
    return template.render({"gw": gateway, "models": models}), {c.name for c in models.classes}


def check_model_names(gateway: Gateway, defined: set[str]) -> None:
    """Every class the client refers to must exist in the models module."""
    missing = sorted(gateway.model_names - defined)
    if missing:
        raise SpecError(
            [
                Problem(
                    gateway.source_file,
                    None,
                    "/components/schemas",
                    f"internal: model classes {missing} were not generated (please report)",
                )
            ]
        )


def render_package(gateway: Gateway) -> dict[str, str]:
    """All files of the generated package, by relative path (unformatted)."""
    env = _environment()
    models, defined = render_models(gateway)
    check_model_names(gateway, defined)
    context: dict[str, Any] = {"gw": gateway}
    return {
        "__init__.py": env.get_template("package_init.py.jinja").render(context),
        "client.py": env.get_template("client.py.jinja").render(context),
        "models.py": models,
        "py.typed": "",
        # No indent: with one, json falls back to its pure-Python encoder (5x slower on big specs).
        "spec.json": json.dumps(gateway.runtime_spec, ensure_ascii=False, separators=(",", ":"))
        + "\n",
    }
