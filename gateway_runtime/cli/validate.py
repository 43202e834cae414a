"""``clientgen validate GATEWAY OPERATION [FILE|-] [--json]``: check a payload offline.

GATEWAY is named as for every command (see ``gateways.py``): a gateway name (``qingbo``), a
``spec.json``, a generated package folder or an OpenAPI document. OPERATION is an operation id, a
client method name (``tasks.create``) or ``"METHOD /path"`` as the document writes it. The payload
is JSON (or YAML, when PyYAML is installed) from FILE or stdin. For multipart operations, string
values of binary fields are file paths.

Exit status: 0 valid, 1 invalid (one problem per line), 2 unusable input (one line on stderr).
"""

from __future__ import annotations

import argparse
import difflib
import functools
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from gateway_runtime.validation import (
    Problem,
    SchemaError,
    UnknownOperationError,
    format_path,
    operation_validator,
    resolve_operation,
)

from ._common import Streams, UsageError, add_command, json_error, read_text
from .gateways import resolve_gateway

__all__ = ["load_gateway", "parse_payload", "register", "resolve_files"]

EXIT_VALID = 0
EXIT_INVALID = 1
EXIT_UNUSABLE = 2


# ---------------------------------------------------------------------------------------------
# spec.json, read directly (the file is the contract; see docs/runtime-spec.md)
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Body:
    media_type: str
    binary_fields: tuple[str, ...]


@dataclass(frozen=True)
class _Operation:
    operation_id: str
    python_name: str | None
    method: str
    path: str
    payload_schema: Mapping[str, Any]
    rules: tuple[Mapping[str, Any], ...]
    body: _Body | None


@dataclass(frozen=True)
class _Gateway:
    name: str
    operations: Mapping[str, _Operation] = field(default_factory=dict)


def _parse_spec(data: Any, where: Path) -> _Gateway:
    if not isinstance(data, Mapping) or not isinstance(data.get("operations"), Mapping):
        raise UsageError(f"{where}: not a runtime spec (no 'operations' object)")
    shared = data.get("schemas")  # component schemas, stored once; '#/$defs/X' resolves in them
    ops: dict[str, _Operation] = {}
    for op_id, raw in data["operations"].items():
        if not isinstance(raw, Mapping):
            raise UsageError(f"{where}: operation {op_id!r} is not an object")
        body_raw = raw.get("body")
        body = None
        if isinstance(body_raw, Mapping):
            body = _Body(
                str(body_raw.get("media_type") or "application/json"),
                tuple(str(f) for f in body_raw.get("binary_fields") or ()),
            )
        schema = raw.get("payload_schema")
        if isinstance(schema, Mapping) and isinstance(shared, Mapping) and "$defs" not in schema:
            schema = {**schema, "$defs": shared}
        ops[str(op_id)] = _Operation(
            operation_id=str(raw.get("operation_id") or op_id),
            python_name=None if raw.get("python_name") is None else str(raw["python_name"]),
            method=str(raw.get("method", "")).upper(),
            path=str(raw.get("path", "")),
            payload_schema=schema if isinstance(schema, Mapping) else {},
            rules=tuple(r for r in raw.get("rules") or () if isinstance(r, Mapping)),
            body=body,
        )
    return _Gateway(str(data.get("name") or where.parent.name), ops)


def _spec_path(gateway: str, generated: Path) -> Path:
    """``--generated DIR``: the gateway's ``DIR/<name>/spec.json`` (or a spec.json path)."""
    direct = Path(gateway)
    if gateway.endswith(".json") and direct.is_file():
        return direct
    candidate = generated / gateway / "spec.json"
    if candidate.is_file():
        return candidate
    known = (
        sorted(p.parent.name for p in generated.glob("*/spec.json")) if generated.is_dir() else []
    )
    close = difflib.get_close_matches(gateway, known, n=3, cutoff=0.4)
    msg = f"unknown gateway {gateway!r}"
    if close:
        msg += "; did you mean " + ", ".join(repr(c) for c in close) + "?"
    elif known:
        msg += "; known gateways: " + ", ".join(known)
    else:
        msg += (
            f" (no {generated}/<name>/spec.json found; run `clientgen generate --out {generated}`)"
        )
    raise UsageError(msg, close)


def load_gateway(gateway: str, generated: Path | None = None) -> _Gateway:
    """Read ``spec.json`` of a gateway by name (or path); :class:`UsageError` if impossible."""
    if generated is None:
        found = resolve_gateway(gateway)
        return _parse_spec(found.data, found.spec_path or Path(gateway))
    path = _spec_path(gateway, generated)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise UsageError(f"{path}: cannot read runtime spec: {exc}") from None
    return _parse_spec(data, path)


# ---------------------------------------------------------------------------------------------
# Payload input
# ---------------------------------------------------------------------------------------------


@functools.cache
def _yaml_loader() -> Any:
    """A safe YAML loader with YAML 1.2 core scalars: ``16:9`` stays a string, ``no`` too."""
    import re

    import yaml

    class Loader(yaml.SafeLoader):
        pass

    Loader.yaml_implicit_resolvers = {}
    resolvers = [
        ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
        ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
        ("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", "-+0123456789"),
        (
            "tag:yaml.org,2002:float",
            r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
            r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
            "-+0123456789.",
        ),
    ]
    for tag, rx, first in resolvers:
        Loader.add_implicit_resolver(tag, re.compile(rx), list(first))

    def construct_int(loader: Any, node: Any) -> int:
        text = str(loader.construct_scalar(node))
        return int(text, 0) if text[:2] in ("0o", "0x") else int(text)

    Loader.add_constructor("tag:yaml.org,2002:int", construct_int)
    return Loader


def parse_payload(text: str, source: str) -> Any:
    """Decode JSON, else YAML; :class:`UsageError` when it is neither (or empty)."""
    if not text.strip():
        raise UsageError(f"{source}: empty input (expected a JSON or YAML payload)")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        bad_json = exc
    # A .json file, or text that starts like JSON, is JSON: report where JSON broke.
    looks_json = source.endswith(".json") or text.lstrip()[:1] in ("{", "[", '"')
    if looks_json:
        raise json_error(source, bad_json)
    try:
        import yaml
    except ImportError:  # PyYAML is optional for the runtime: without it, JSON only
        raise json_error(source, bad_json) from None
    try:
        data = yaml.load(text, Loader=_yaml_loader())  # a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        raise UsageError(f"{source}: neither JSON nor YAML (YAML error{where})") from None
    if not isinstance(data, Mapping | list):
        raise UsageError(f"{source}: neither a JSON nor a YAML document (got plain text)")
    return data


def _file_problem(field_path: str, value: str, reason: str) -> Problem:
    return Problem(
        field_path, "file", f"{field_path}: {reason}: {value}", "path of an existing file"
    )


def resolve_files(payload: Any, binary_fields: Sequence[str]) -> tuple[Any, list[Problem]]:
    """Turn string values of multipart binary fields into ``Path``s; report missing files."""
    if not isinstance(payload, Mapping) or not binary_fields:
        return payload, []
    out = dict(payload)
    problems: list[Problem] = []

    def one(value: Any, where: str) -> Any:
        if not isinstance(value, str):
            return value
        p = Path(value).expanduser()
        if p.is_file():
            return p
        problems.append(
            _file_problem(where, value, "is a directory" if p.is_dir() else "no such file")
        )
        return p

    for name in binary_fields:
        if name not in out:
            continue
        value = out[name]
        label = format_path([name])
        if isinstance(value, list):
            out[name] = [one(v, f"{label}[{i}]") for i, v in enumerate(value)]
        else:
            out[name] = one(value, label)
    return out, problems


# ---------------------------------------------------------------------------------------------
# Command
# ---------------------------------------------------------------------------------------------


def register(sub: Any) -> None:
    p = add_command(
        sub,
        "validate",
        help="validate a payload offline",
        description="Validate a payload against a gateway operation, offline.",
        run=run,
    )
    p.add_argument("gateway", help="gateway name (e.g. qingbo) or spec path")
    p.add_argument(
        "operation", help='operation id, client method (tasks.create) or "POST /v1/tasks"'
    )
    p.add_argument("file", nargs="?", default="-", help="JSON or YAML payload file; - for stdin")
    p.add_argument("--json", action="store_true", help="machine-readable output on stdout")
    p.add_argument(
        "--generated",
        type=Path,
        default=None,
        help="directory holding <gateway>/spec.json (default: the generated package)",
    )


def _emit_json(stream: IO[str], data: Mapping[str, Any]) -> None:
    stream.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def run(args: argparse.Namespace, io: Streams) -> int:
    """Validate the payload; print problems; return the exit status."""
    stdout, stderr = io.stdout, io.stderr
    as_json = bool(args.json)
    try:
        gateway = load_gateway(args.gateway, args.generated)
        try:
            op = resolve_operation(gateway, args.operation)
        except UnknownOperationError as exc:
            raise UsageError(str(exc), exc.suggestions) from None
        text, source = read_text(args.file, io)
        payload = parse_payload(text, source)
        binary = op.body.binary_fields if op.body is not None else ()
        payload, file_problems = resolve_files(payload, binary)
        try:
            validator = operation_validator(op)
        except SchemaError as exc:
            raise UsageError(
                f"{gateway.name}: the payload schema of {op.operation_id} is broken: {exc}"
            ) from None
        problems = file_problems + validator.validate(payload)
    except UsageError as exc:
        stderr.write(f"error: {exc}\n")
        if as_json:
            _emit_json(stdout, {"valid": None, "error": str(exc), "suggestions": exc.suggestions})
        return EXIT_UNUSABLE
    except RecursionError:
        stderr.write("error: payload is nested too deeply to validate\n")
        return EXIT_UNUSABLE

    if as_json:
        _emit_json(
            stdout,
            {
                "valid": not problems,
                "gateway": gateway.name,
                "operation": op.operation_id,
                "problems": [p.to_dict() for p in problems],
            },
        )
    else:
        for p in problems:
            stdout.write(p.message + "\n")
        if problems:
            n = len(problems)
            stderr.write(f"{op.operation_id}: {n} problem{'s' if n != 1 else ''}\n")
        else:
            stdout.write(f"{op.operation_id}: valid\n")
    return EXIT_INVALID if problems else EXIT_VALID
