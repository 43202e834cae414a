"""The project files of a generated package: its reference (README.md) and its pyproject.toml.

A separate render step from ``render.py``: it reads the intermediate model, the runtime spec it
carries and the OpenAPI document (for documented error responses), decides every cell of the
reference here, and leaves printing to ``templates/README.md.jinja`` and
``templates/pyproject.toml.jinja``.
"""

from __future__ import annotations

import json
import shlex
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from gateway_runtime.cli.ops import operation_kind
from gateway_runtime.errors import status_error_class
from gateway_runtime.option_table import OPTIONS
from gateway_runtime.spec import GatewaySpec, base_url_env
from generator.examples import CheckViews, valid_example
from generator.model import Argument, Gateway, Operation
from generator.pymodels import ModelClass
from generator.render import _environment, planned_models
from generator.returns import Returned, output_lines, returned

__all__ = ["RUNTIME_REQUIREMENT", "render_project", "render_pyproject", "render_reference"]

RUNTIME_REQUIREMENT = "gateway-clientgen-runtime>=0.1,<0.2"


@dataclass(frozen=True)
class ParamDoc:
    """One row of an operation's parameter table."""

    name: str
    location: str
    type: str
    required: bool
    default: str
    allowed: str
    description: str


@dataclass(frozen=True)
class TaskDoc:
    """How a task-starting operation is followed to its result."""

    poll: str
    cancel: str | None
    interval: float
    timeout: float
    pending: str
    success: str
    failure: str
    canceled: str
    result: str
    result_type: str


@dataclass(frozen=True)
class OperationDoc:
    """Everything the reference says about one operation."""

    anchor: str
    call: str
    python: str
    route: str
    kind: str
    summary: str
    description: str
    params: tuple[ParamDoc, ...]
    returns: str
    returned: Returned | None
    outputs: tuple[str, ...]
    task: TaskDoc | None
    errors: tuple[tuple[str, str], ...]
    example: str
    cli_example: str
    stream_flag: str | None
    stream_event: str | None
    keywords: str = ""
    """The runtime keywords the method takes beside the document's fields."""


def _keywords(op: Operation) -> str:
    """The method's runtime keywords, by the name they have in it (``request_options`` where the
    document has a field ``options``)."""
    said = []
    if op.extra_body:
        said.append(f"`{op.keyword('extra_body')}=` (more body members, sent as given)")
    if op.is_task:
        said.append(
            f"`{op.keyword('download_to')}=` (the folder `task.download()` saves in; created and "
            "proven writable before the submit is sent)"
        )
    said.append(f"`{op.keyword('options')}=` (`RequestOptions`: timeout, retries, headers)")
    renamed = [f"`{new}` is the runtime's `{old}`" for old, new in op.renamed_keywords()]
    note = f" ({'; '.join(renamed)}: the document has a field of that name)" if renamed else ""
    return "Also takes " + ", ".join(said) + note + "."


def _one_line(text: str) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def _code(value: Any) -> str:
    return "`" + json.dumps(value, ensure_ascii=False).replace("`", "'") + "`"


def _resolve(schema: Any, shared: Mapping[str, Any], depth: int = 0) -> Mapping[str, Any]:
    """``schema`` with a local ``$ref``, ``allOf`` and a nullable ``anyOf`` followed (shallowly)."""
    if not isinstance(schema, Mapping) or depth > 20:
        return {}
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/$defs/"):
        return _resolve(shared.get(ref.rsplit("/", 1)[1]), shared, depth + 1)
    merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
    for part in schema.get("allOf") or ():
        for key, value in _resolve(part, shared, depth + 1).items():
            if key == "properties":
                merged["properties"] = {**value, **merged.get("properties", {})}
            else:
                merged.setdefault(key, value)
    options = [
        s for s in schema.get("anyOf") or schema.get("oneOf") or () if isinstance(s, Mapping)
    ]
    non_null = [s for s in options if s.get("type") != "null"]
    if len(non_null) == 1 and len(options) == 2:
        for key, value in _resolve(non_null[0], shared, depth + 1).items():
            merged.setdefault(key, value)
    return merged


def _allowed(schema: Mapping[str, Any], shared: Mapping[str, Any]) -> list[Any]:
    if "enum" in schema:
        return list(schema["enum"])
    if "const" in schema:
        return [schema["const"]]
    items = _resolve(schema.get("items"), shared)
    if schema.get("type") == "array" and "enum" in items:
        return list(items["enum"])
    consts = [s.get("const") for s in schema.get("anyOf") or () if isinstance(s, Mapping)]
    return [c for c in consts if c is not None]


_BOUNDS = (
    ("minimum", "≥ {}"),
    ("exclusiveMinimum", "> {}"),
    ("maximum", "≤ {}"),
    ("exclusiveMaximum", "< {}"),
    ("minLength", "at least {} characters"),
    ("maxLength", "at most {} characters"),
    ("minItems", "at least {} items"),
    ("maxItems", "at most {} items"),
    ("pattern", "matches `{}`"),
)


def _bounds(schema: Mapping[str, Any]) -> list[str]:
    """Range, length and pattern constraints in words (numbers as JSON writes them)."""
    out = []
    for key, words in _BOUNDS:
        value = schema.get(key)
        if value is not None and not isinstance(value, bool):
            out.append(words.format(str(value).replace("`", "'").replace("|", "\\|")))
    return out


def _field_schemas(gateway: Gateway, op_data: Mapping[str, Any]) -> dict[tuple[str, str], Any]:
    """(location, wire name) -> resolved schema, for the body fields and the parameters."""
    shared = gateway.runtime_spec.get("schemas") or {}
    out: dict[tuple[str, str], Any] = {}
    body = _resolve(op_data.get("payload_schema"), shared)
    for name, schema in (body.get("properties") or {}).items():
        out[("body", str(name))] = _resolve(schema, shared)
    for param in op_data.get("parameters") or ():
        out[(str(param.get("in")), str(param.get("name")))] = _resolve(param.get("schema"), shared)
    return out


def _param(arg: Argument, schema: Mapping[str, Any], shared: Mapping[str, Any]) -> ParamDoc:
    allowed = _allowed(schema, shared)
    values = ", ".join(_code(v) for v in allowed[:30]) + (" …" if len(allowed) > 30 else "")
    return ParamDoc(
        name=arg.name,
        location=arg.location if arg.wire in (arg.name, "") else f"{arg.location} `{arg.wire}`",
        type=arg.annotation.replace("_models.", "models.").replace("|", "\\|"),
        required=arg.required,
        default=_code(schema["default"]) if "default" in schema else "",
        allowed="; ".join([v for v in [values] if v] + _bounds(schema)),
        description=_one_line(arg.description),
    )


def _example_value(schema: Mapping[str, Any], shared: Mapping[str, Any], depth: int = 0) -> Any:
    """An example for a required argument: the spec's example or default, an allowed value, else
    a placeholder of the right type (arrays with their minimum of items, objects with their
    required members, so the example passes validation where the schema alone can tell)."""
    examples = schema.get("examples")
    if isinstance(examples, list) and examples:
        return examples[0]
    if schema.get("contentMediaType") == "application/json" and depth < 5:  # a JSON string
        inner = _resolve(schema.get("contentSchema"), shared)
        return json.dumps(_example_value(inner, shared, depth + 1), ensure_ascii=False)
    if schema.get("format") == "binary":
        return "path/to/file"  # a str given to a file field is a path
    for key in ("example", "default"):
        if key in schema:
            return schema[key]
    allowed = _allowed(schema, shared)
    if allowed:
        return [allowed[0]] if schema.get("type") == "array" else allowed[0]
    kind = schema.get("type")
    if kind == "array" and depth < 5:
        count = int(schema.get("minItems") or 0)
        item = _example_value(_resolve(schema.get("items"), shared), shared, depth + 1)
        return [item] * count
    if kind == "object" and depth < 5:
        props = schema.get("properties") or {}
        return {
            str(name): _example_value(_resolve(props.get(name), shared), shared, depth + 1)
            for name in schema.get("required") or ()
        }
    return {"integer": 1, "number": 1.0, "boolean": True}.get(str(kind), "...")


def _py_literal(value: Any) -> str:
    """Python source for a JSON value, strings in double quotes (as ruff would write them)."""
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(_py_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return (
            "{" + ", ".join(f"{_py_literal(k)}: {_py_literal(v)}" for k, v in value.items()) + "}"
        )
    return repr(value)


def _cli_value(key: str, value: Any) -> str:
    if isinstance(value, str):
        try:
            json.loads(value)
        except ValueError:
            return shlex.quote(f"{key}={value}")
    return shlex.quote(f"{key}={json.dumps(value, ensure_ascii=False)}")


def _task(gateway: Gateway, op: Operation, op_data: Mapping[str, Any]) -> TaskDoc | None:
    if not op.is_task:
        return None
    tasks = gateway.runtime_spec.get("tasks") or {}
    binding = tasks.get(op_data.get("task")) or next(
        (b for b in tasks.values() if op.operation_id in (b.get("submit") or ())), None
    )
    if binding is None:
        return None
    operations = gateway.runtime_spec.get("operations") or {}

    def method(op_id: Any) -> str:
        data = operations.get(op_id) or {}
        return f"client.{data.get('python_name') or op_id}"

    def statuses(key: str) -> str:
        return ", ".join(f"`{s}`" for s in binding.get(key) or ()) or "—"

    return TaskDoc(
        poll=method(binding.get("poll")),
        cancel=method(binding["cancel"]) if binding.get("cancel") else None,
        interval=float(binding.get("poll_interval") or 2.0),
        timeout=float(binding.get("timeout") or 600.0),
        pending=statuses("pending"),
        success=statuses("success"),
        failure=statuses("failure"),
        canceled=statuses("canceled"),
        result=str(binding.get("result") or "the whole poll response"),
        result_type=op.return_annotation.replace("_models.", "models."),
    )


def _follow(document: Mapping[str, Any], node: Any) -> Any:
    """``node`` with local ``$ref``s of the (bundled) OpenAPI document followed."""
    for _ in range(10):
        ref = node.get("$ref") if isinstance(node, Mapping) else None
        if not isinstance(ref, str) or not ref.startswith("#/"):
            return node
        target: Any = document
        for token in ref[2:].split("/"):
            token = token.replace("~1", "/").replace("~0", "~")
            target = target.get(token) if isinstance(target, Mapping) else None
        node = target
    return node


def _errors(
    op: Operation, document: Mapping[str, Any], is_task: bool, envelope: str
) -> tuple[tuple[str, str], ...]:
    """(exception, when) pairs: documented error statuses first, then what the runtime adds."""
    item = (document.get("paths") or {}).get(op.path) or {}
    responses = (item.get(op.http_method.lower()) or {}).get("responses") or {}
    rows: list[tuple[str, str]] = [
        ("PayloadValidationError", "the payload breaks the spec (raised before anything is sent)")
    ]
    for code, response in responses.items():
        text = str(code)
        if not text[:1].isdigit() or text.startswith(("1", "2", "3")):
            continue
        response = _follow(document, response)
        description = response.get("description", "") if isinstance(response, Mapping) else ""
        status = int(text[:3].replace("X", "0")) if text[:3].replace("X", "").isdigit() else 500
        rows.append((status_error_class(status).__name__, f"HTTP {text}: {_one_line(description)}"))
    rows.append(
        (
            "APIStatusError",
            "any error status (subclasses by status: 400 BadRequestError, 401 AuthenticationError, "
            "403 PermissionDeniedError, 404 NotFoundError, 409 ConflictError, "
            "422 UnprocessableEntityError, 429 RateLimitError, 5xx InternalServerError)" + envelope,
        )
    )
    rows.append(
        ("APIConnectionError / APITimeoutError", "the gateway could not be reached in time")
    )
    if is_task:
        rows.append(
            ("TaskFailedError / TaskCanceledError", "`wait()`: the task ended without a result")
        )
        rows.append(
            ("DeadlineExceededError", "`wait()`: the task is still running at the deadline")
        )
    return tuple(rows)


def _envelope(gateway: Gateway, op_data: Mapping[str, Any]) -> str:
    """Where the gateway's own error code and message are read, for the errors list."""
    names = op_data.get("error_envelopes") or gateway.runtime_spec.get("default_error_envelopes")
    envelopes = gateway.runtime_spec.get("error_envelopes") or {}
    found = [envelopes[n] for n in names or () if n in envelopes]
    if not found:
        return ""
    first = found[0]
    parts = [f"{k} at `{first[k]}`" for k in ("code", "message") if first.get(k)]
    return (
        "; the gateway's " + " and ".join(parts) + " become `.code` and `.message`" if parts else ""
    )


def _operation(
    gateway: Gateway,
    op: Operation,
    document: Mapping[str, Any],
    spec: GatewaySpec,
    classes: Mapping[str, ModelClass],
    views: CheckViews,
) -> OperationDoc:
    op_data = (gateway.runtime_spec.get("operations") or {}).get(op.operation_id) or {}
    runtime_op = spec.operation(op.operation_id)
    shared = gateway.runtime_spec.get("schemas") or {}
    schemas = _field_schemas(gateway, op_data)
    arguments = [*op.arguments, *([op.whole_body] if op.whole_body else [])]
    params = tuple(
        _param(a, schemas.get(("body" if a is op.whole_body else a.location, a.wire), {}), shared)
        for a in arguments
    )
    python = str(op_data.get("python_name") or op.method_name)
    kind = operation_kind(op_data) if not op.is_task else "task"
    stream = op_data.get("stream") if isinstance(op_data.get("stream"), Mapping) else None
    whole = _resolve(op_data.get("payload_schema"), shared)  # the whole-body argument's

    def value_for(a: Argument) -> Any:
        schema = whole if a is op.whole_body else schemas.get((a.location, a.wire), {})
        return _example_value(schema, shared)

    example = valid_example(runtime_op, arguments, op.whole_body, value_for, views)
    values = {a.name: v for a, v in example}
    call_args = ", ".join(f"{k}={_py_literal(v)}" for k, v in values.items())
    client_var = "client"
    lines = [
        f"from {gateway.package} import {gateway.client_class}",
        "",
        f"{client_var} = {gateway.client_class}()",
    ]
    if op.is_task:
        lines += [f"task = {client_var}.{python}({call_args})", "result = task.wait()"]
    else:
        lines += [f"result = {client_var}.{python}({call_args})"]
    wire = {a.name: a.wire for a in arguments}
    cli = ["clientgen", "call", gateway.package, python]
    cli += [f"--set {_cli_value(wire[k], v)}" for k, v in values.items() if wire[k]]
    if op.whole_body is not None and op.whole_body.required:
        cli.append("--json body.json")  # the whole body is a file (or - for stdin), not --set
    if op.is_task:
        cli.append("--wait")
    if kind == "call/stream":
        cli.append("--stream")
    returns = op.return_annotation.replace("_models.", "models.")
    return OperationDoc(
        anchor=f"op-{op.operation_id}",
        call=f"client.{python}(...)",
        python=python,
        route=f"{op.http_method.upper()} {op.path}",
        kind=kind,
        summary=_one_line(op_data.get("summary") or ""),
        description=str(op_data.get("description") or "").strip(),
        params=params,
        returns=f"Task[{returns}]" if op.is_task else returns,
        returned=returned(op.return_annotation, classes),
        outputs=tuple(
            output_lines((gateway.runtime_spec.get("tasks") or {}).get(runtime_op.task or ""))
            if op.is_task
            else output_lines({"outputs": op_data.get("outputs") or ()})
        ),
        task=_task(gateway, op, op_data),
        errors=_errors(op, document, op.is_task, _envelope(gateway, op_data)),
        example="\n".join(lines),
        cli_example=" ".join(cli),
        stream_flag=str(stream["flag"]) if stream and stream.get("flag") else None,
        stream_event=f"models.{stream['event']}" if stream and stream.get("event") else None,
        keywords=_keywords(op),
    )


def _operations_in_spec_order(gateway: Gateway) -> list[Operation]:
    found = {op.operation_id: op for res in gateway.root.walk() for op in res.operations}
    order = list((gateway.runtime_spec.get("operations") or {}).keys())
    return [found[i] for i in order if i in found] + [
        op for i, op in found.items() if i not in order
    ]


def client_options() -> tuple[tuple[str, str], ...]:
    """(name, meaning) of every client option, from the runtime's option table (one truth;
    plain data, so generating never imports httpx)."""
    return tuple((o.name, _one_line(o.doc).replace("``", "`")) for o in OPTIONS)


def render_reference(gateway: Gateway, document: Mapping[str, Any]) -> str:
    """The markdown reference of a gateway (``generated/<name>/README.md``)."""
    spec = gateway.runtime_spec
    runtime = GatewaySpec.from_dict(spec)
    planned = planned_models(gateway)
    classes = {c.name: c for c in planned.classes} if planned is not None else {}
    operations = _operations_in_spec_order(gateway)
    # One set of schema views for every operation's example check (each named schema viewed once).
    views = CheckViews(spec.get("schemas") or {}, len(operations))
    context = {
        "gw": gateway,
        "ops": [_operation(gateway, op, document, runtime, classes, views) for op in operations],
        "api_key_env": spec.get("api_key_env"),
        "base_url": spec.get("base_url") or "",
        "base_url_env": base_url_env(str(spec.get("name") or gateway.package)),
        "distribution": distribution_name(gateway.package),
        "summary": str(gateway.description).strip().split("\n\n", 1)[0].strip(),
        "options": [o for o in client_options() if o[0] not in ("api_key", "base_url")],
    }
    return _environment().get_template("README.md.jinja").render(context)


def distribution_name(package: str) -> str:
    """The pip name of a generated client project: ``gateway-client-qingbo``."""
    return "gateway-client-" + package.replace("_", "-")


def render_pyproject(gateway: Gateway, version: str = "0.1.0") -> str:
    """``pyproject.toml`` of a generated package (version: its semantic version)."""
    return (
        _environment()
        .get_template("pyproject.toml.jinja")
        .render(
            {
                "gw": gateway,
                "version": version,
                "distribution": distribution_name(gateway.package),
                "runtime": RUNTIME_REQUIREMENT,
                "description": f"Typed client of {_one_line(gateway.title)}, generated by gateway-clientgen",
            }
        )
    )


def render_project(
    gateway: Gateway, document: Mapping[str, Any], version: str = "0.1.0"
) -> dict[str, str]:
    """``README.md`` and ``pyproject.toml`` of a generated package (it is an installable project).

    version is the package's semantic version (``generator.diff.release`` decides it).
    """
    return {
        "README.md": render_reference(gateway, document),
        "pyproject.toml": render_pyproject(gateway, version),
    }
