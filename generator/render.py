"""Render a gateway's intermediate model into source text: pydantic models, client, spec.json.

Models come from datamodel-code-generator; client code from the Jinja templates in ``templates/``.
Text from specs reaches Python source only through ``repr`` (string literals) and ``docstring``
(escaped triple-quoted literals), so no description, default or enum value can break the output.
"""

from __future__ import annotations

import ast
import functools
import json
import warnings
from pathlib import Path
from typing import Any

import jinja2

from generator.model import Gateway
from generator.problems import Problem, SpecError

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


def docstring_literal(text: str, indent: str = "        ") -> str:
    """A triple-quoted literal whose content is text, safe for any input."""
    escaped = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    escaped = "".join(c if c in "\n\t" or c.isprintable() else f"\\u{ord(c):04x}" for c in escaped)
    if escaped.endswith('"'):
        escaped += " "
    lines = escaped.split("\n")
    body = "\n".join([lines[0]] + [(indent + line) if line.strip() else "" for line in lines[1:]])
    tail = f"\n{indent}" if len(lines) > 1 else ""
    return f'"""{body}{tail}"""'


@functools.cache
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=False,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["pyrepr"] = repr
    env.filters["docstring"] = docstring_literal
    return env


def render_models(gateway: Gateway) -> str:
    """Pydantic v2 models of every schema, through datamodel-code-generator."""
    schemas = gateway.models_document["components"]["schemas"]
    if not schemas:
        return docstring_literal(f"Models of {gateway.title}: the spec declares none.", "") + "\n"
    from datamodel_code_generator import generate
    from datamodel_code_generator.enums import DataModelType, InputFileType
    from datamodel_code_generator.format import PythonVersion
    from datamodel_code_generator.parser import LiteralType

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            output = generate(
                json.dumps(gateway.models_document, ensure_ascii=False),
                input_file_type=InputFileType.OpenAPI,
                output_model_type=DataModelType.PydanticV2BaseModel,
                target_python_version=PythonVersion.PY_311,
                enum_field_as_literal=LiteralType.All,
                disable_timestamp=True,
                use_standard_collections=True,
                use_union_operator=True,
                field_constraints=True,
                use_schema_description=True,
                use_field_description=True,
                use_double_quotes=True,
                collapse_root_models=True,
                base_class="gateway_runtime.model_base.GatewayModel",
                formatters=[],
                class_name=None,
            )
    except Exception as exc:  # datamodel-code-generator raises many kinds; report, don't crash
        message = " ".join(str(exc).split())[:300] or type(exc).__name__
        raise SpecError(
            [
                Problem(
                    gateway.source_file,
                    None,
                    "/components/schemas",
                    f"cannot generate models: {message}",
                )
            ]
        ) from None
    text = str(output)
    text = text.replace("#   filename:  <stdin>\n", "").replace("#   filename:  <dict>\n", "")
    header = (
        docstring_literal(
            f"Pydantic models of {gateway.title}, generated from {gateway.source_file}; do not edit.",
            "",
        )
        + "\n\n"
    )
    return header + text


def check_model_names(gateway: Gateway, models_source: str) -> None:
    """Every class the client refers to must exist in the models module."""
    defined = {n.name for n in ast.parse(models_source).body if isinstance(n, ast.ClassDef)}
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
    models = render_models(gateway)
    check_model_names(gateway, models)
    context: dict[str, Any] = {"gw": gateway}
    return {
        "__init__.py": env.get_template("package_init.py.jinja").render(context),
        "client.py": env.get_template("client.py.jinja").render(context),
        "models.py": models,
        "py.typed": "",
        "spec.json": json.dumps(gateway.runtime_spec, ensure_ascii=False, indent=1, sort_keys=False)
        + "\n",
    }
