"""Generated clients need only httpx, pydantic and gateway_runtime at run time."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

GENERATOR_ONLY = (
    "jinja2",
    "yaml",
    "jsonschema",
    "datamodel_code_generator",
    "generator",
    "openapi_spec_validator",
    "ruff",
)


def test_generated_clients_import_no_generator_dependency() -> None:
    code = (
        "import sys, json\n"
        "import generated.buble, generated.gptnb, generated.qingbo, generated.uniall, generated.uniapi\n"
        "c = generated.qingbo.Qingbo(api_key='k', journal=False)\n"
        "generated.qingbo.validate('tasks.create', {'model': 'seedream-5.0', 'prompt': 'x'})\n"
        "generated.qingbo.models.TaskObject.model_validate({'task_id': 't', 'status': 'queued'})\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    loaded = set(json.loads(out))
    offenders = sorted(m for m in loaded if m.split(".")[0] in GENERATOR_ONLY)
    assert offenders == []
    assert {"httpx", "pydantic", "gateway_runtime"} <= {m.split(".")[0] for m in loaded}


def test_importing_a_client_defers_pydantic_models_until_first_use() -> None:
    code = (
        "import sys\n"
        "import generated.qingbo\n"
        "assert 'pydantic' not in sys.modules, 'models should load on first use'\n"
        "generated.qingbo.models.TaskObject.model_validate({'task_id': 't', 'status': 'queued'})\n"
        "assert 'pydantic' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


RENDERING_OR_CALLING = ("httpx", "rich", "jinja2", "pydantic", "gateway_runtime.client")
"""Modules a change report never needs: the client and its transport, progress bars, templates."""


def test_clientgen_diff_reads_specs_without_the_client_or_the_templates() -> None:
    """``clientgen diff`` (and ``python -m generator diff``) starts light: a report in CI should
    cost parsing the two documents, not importing httpx, rich, pydantic and Jinja as well."""
    code = (
        "import io, json, sys\n"
        "from gateway_runtime.cli import main\n"
        "from generator.diff.command import read_side\n"
        "read_side('specs/qingbo.yaml', 'qingbo')  # in this process (diff forks for two sides)\n"
        "out = io.StringIO()\n"
        "code = main(['diff', 'specs/qingbo.yaml', 'specs/uniall.yaml'], stdout=out)\n"
        "assert code == 0, code\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root
    ).stdout
    loaded = set(json.loads(out))
    heavy = sorted(
        m for m in loaded for h in RENDERING_OR_CALLING if m == h or m.startswith(h + ".")
    )
    assert heavy == []
    assert "generator.diff.command" in loaded
