"""The per-gateway reference (generated/<name>/README.md): complete, runnable examples, in the drift check."""

from __future__ import annotations

import ast
import json
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import run_generator

PROJECT = Path(__file__).resolve().parents[2]
GATEWAYS = ("buble", "gptnb", "qingbo", "uniall", "uniapi")


def _sections(readme: str) -> dict[str, str]:
    """Operation id -> its section of the reference."""
    parts = re.split(r'<a id="op-([^"]+)"></a>\n', readme)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


@pytest.mark.parametrize("gateway", GATEWAYS)
def test_every_operation_is_documented(gateway: str) -> None:
    folder = PROJECT / "generated" / gateway
    readme = (folder / "README.md").read_text("utf-8")
    spec = json.loads((folder / "spec.json").read_text("utf-8"))
    sections = _sections(readme)
    assert list(sections) == list(spec["operations"])
    if spec["api_key_env"]:
        assert f"${spec['api_key_env']}" in readme
    assert f"{gateway.upper()}_BASE_URL" in readme
    for op_id, op in spec["operations"].items():
        text = sections[op_id]
        assert text.startswith(f"### `client.{op['python_name']}(...)`"), text[:200]
        assert f"`{op['method']} {op['path']}`" in text
        for param in op["parameters"]:
            assert f"| `{param['python_name']}` |" in text, (op_id, param["name"])
        for field in (op["body"] or {}).get("fields") or {}:
            assert f"| `{field}` |" in text or "whole_body" in json.dumps(op["body"]), (
                op_id,
                field,
            )
        assert "Errors:" in text and "PayloadValidationError" in text
        code = text.split("```python\n", 1)[1].split("```", 1)[0]
        ast.parse(code)  # the example is valid Python
        assert f"client.{op['python_name']}(" in code
        if op["task"]:
            binding = spec["tasks"][op["task"]]
            assert f"every {float(binding['poll_interval'])} s" in text
            for status in binding["success"] + binding["failure"] + binding["pending"]:
                assert f"`{status}`" in text
            assert "task.wait()" in code
        assert f"clientgen call {gateway} {op['python_name']}" in text


def test_parameter_rows_give_type_required_default_allowed_values() -> None:
    readme = (PROJECT / "generated" / "qingbo" / "README.md").read_text("utf-8")
    create = _sections(readme)["createTask"]
    size = next(line for line in create.splitlines() if line.startswith("| `size` |"))
    cells = [c.strip() for c in size.split(" | ")]
    assert cells[1:5] == ["body", cells[2], "no", '`"1:1"`']
    assert '`"16:9"`' in cells[5] and "寬高比" in cells[6]
    assert "| `model` | body |" in create and "| yes |" in create
    assert "HTTP 401" in create and "AuthenticationError" in create


def test_the_reference_is_in_the_drift_check(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run_generator("generate", "qingbo", "--out", out).code == 0
    assert {"README.md", "pyproject.toml"} <= {p.name for p in (out / "qingbo").iterdir()}
    readme = out / "qingbo" / "README.md"
    readme.write_text(readme.read_text("utf-8") + "edited\n", "utf-8")
    check = run_generator("generate", "qingbo", "--out", out, "--check")
    assert check.code == 1 and "qingbo/README.md" in check.err


def test_every_client_option_is_documented() -> None:
    from gateway_runtime.options import ClientOptions
    from generator.reference import client_options

    assert [name for name, _ in client_options()] == list(ClientOptions.__annotations__)
    assert all(meaning for _, meaning in client_options())  # each has its docstring line
    readme = (PROJECT / "generated" / "uniall" / "README.md").read_text("utf-8")
    for name in ClientOptions.__annotations__:
        assert f"| `{name}` |" in readme


@pytest.mark.parametrize("gateway", GATEWAYS)
def test_examples_are_commands_a_user_can_run(gateway: str) -> None:
    """Every ``--set`` names a field, a whole-body argument comes from ``--json`` (UniAPI's
    custom_video.create once printed ``--set =...`` and ``body="..."`` for a JSON object), and
    placeholders pass validation where the schema can tell (``base64Array=[]`` did not)."""
    text = (PROJECT / "generated" / gateway / "README.md").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.startswith("clientgen call "):
            for arg in shlex.split(line)[4:]:
                assert not arg.startswith("="), line
    for block in re.findall(r"```python\n(.*?)```", text, re.S):
        ast.parse(block)
    if gateway == "uniapi":
        assert "custom_video.create --set model=veo-2 --json body.json --wait" in text
        assert 'custom_video.create(model="veo-2", body={})' in text
        # arrays with their minimum of items, objects with their required members
        assert 'midjourney.blend(base64_array=["...", "..."])' in text
        assert 'ideogram.generate(image_request={"prompt": "..."})' in text


def test_the_option_table_is_read_without_httpx() -> None:
    """The reference prints the client options from plain data: generating imports no httpx,
    click or rich (about 0.1 s), and the runtime's ClientOptions declares the same options."""
    code = (
        "import sys; import generator.reference as r; r.client_options(); "
        "print(sorted({'httpx', 'click', 'rich'} & set(sys.modules)))"
    )
    found = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=PROJECT
    )
    assert found.stdout.strip() == "[]"
    from gateway_runtime.option_table import OPTIONS
    from gateway_runtime.options import DEFAULT_LIMITS, DEFAULT_TIMEOUT, ClientOptions

    assert [o.name for o in OPTIONS] == list(ClientOptions.__annotations__)
    assert all(f"``{o.name}``: " in (ClientOptions.__doc__ or "") for o in OPTIONS)
    defaults = {o.name: o.default for o in OPTIONS}
    assert DEFAULT_TIMEOUT.read == defaults["timeout"] and DEFAULT_TIMEOUT.connect == 10.0
    assert DEFAULT_LIMITS.max_connections == defaults["max_concurrency"]


def test_the_option_table_defaults_are_what_leaving_an_option_out_means() -> None:
    """Each option given its table default builds the client that leaving it out builds."""
    from gateway_runtime._core import ClientCore
    from gateway_runtime.option_table import OPTIONS
    from gateway_runtime.spec import GatewaySpec

    spec = GatewaySpec.load(PROJECT / "generated" / "qingbo" / "spec.json")
    given = {o.name: o.default for o in OPTIONS if o.default is not None}
    given.pop("max_concurrency")  # the async client's, not the core's (see DEFAULT_LIMITS above)
    keys = {"api_key": "k", "journal": False}
    plain = ClientCore(spec, keys)  # type: ignore[arg-type]
    explicit = ClientCore(spec, {**keys, **given})  # type: ignore[arg-type]
    for attribute in (
        "timeout", "call_timeout", "validate", "max_poll_failures", "max_unknown_polls",
        "max_response_bytes", "max_binary_bytes", "max_event_bytes", "strict_responses",
    ):  # fmt: skip
        assert getattr(plain, attribute) == getattr(explicit, attribute), attribute
    assert plain.policy == explicit.policy
