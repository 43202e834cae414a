"""Generated clients need only httpx, pydantic and gateway_runtime at run time."""

from __future__ import annotations

import json
import subprocess
import sys

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
