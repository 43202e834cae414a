"""``clientgen validate GATEWAY OPERATION [FILE|-] [--json]``: check a payload offline.

GATEWAY is named as for every command (see ``gateways.py``): a gateway name (``qingbo``), a
``spec.json``, a generated package folder or an OpenAPI document. OPERATION is an operation id, a
client method name (``tasks.create``) or ``"METHOD /path"`` as the document writes it. The payload
is JSON (or YAML, when PyYAML is installed) from FILE or stdin. For multipart operations, string
values of binary fields are file paths.

Unknown members that look like a typo of a declared one (``watermak``) are printed as warnings
(``warning: ...``); they do not make the payload invalid unless ``--strict`` is given.

Exit status: 0 valid, 1 invalid (one problem per line; or warnings under ``--strict``), 2 unusable
input (one line on stderr).
"""

from __future__ import annotations

import argparse
import difflib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from gateway_runtime.loading import LoadError, parse_json, parse_payload_text
from gateway_runtime.validation import (
    Problem,
    SchemaError,
    UnknownOperationError,
    format_path,
    operation_validator,
    resolve_operation,
)

from ._common import Streams, UsageError, add_command, read_text
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
        data = parse_json(path.read_text(encoding="utf-8"), str(path))
    except LoadError as exc:
        raise UsageError(str(exc)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: cannot read runtime spec: {exc}") from None
    return _parse_spec(data, path)


# ---------------------------------------------------------------------------------------------
# Payload input
# ---------------------------------------------------------------------------------------------


def parse_payload(text: str, source: str) -> Any:
    """Decode JSON, else YAML, through the guarded loader (alias bombs, depth, duplicate keys);
    :class:`UsageError` when it is neither (or empty)."""
    try:
        return parse_payload_text(text, source)
    except LoadError as exc:
        raise UsageError(str(exc)) from None


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
        "--strict", action="store_true", help="warnings (likely typos in member names) fail too"
    )
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
        report = validator.report(payload)
        problems = file_problems + report.problems
        warnings = report.warnings
    except UsageError as exc:
        stderr.write(f"error: {exc}\n")
        if as_json:
            _emit_json(stdout, {"valid": None, "error": str(exc), "suggestions": exc.suggestions})
        return EXIT_UNUSABLE
    except RecursionError:
        stderr.write("error: payload is nested too deeply to validate\n")
        return EXIT_UNUSABLE

    failed = bool(problems) or (args.strict and bool(warnings))
    if as_json:
        _emit_json(
            stdout,
            {
                "valid": not failed,
                "gateway": gateway.name,
                "operation": op.operation_id,
                "problems": [p.to_dict() for p in problems],
                "warnings": [w.to_dict() for w in warnings],
            },
        )
    else:
        for p in problems:
            stdout.write(p.message + "\n")
        for w in warnings:
            stdout.write(f"warning: {w.message}\n")
        if problems:
            n = len(problems)
            stderr.write(f"{op.operation_id}: {n} problem{'s' if n != 1 else ''}\n")
        elif failed:
            n = len(warnings)
            stderr.write(f"{op.operation_id}: {n} warning{'s' if n != 1 else ''} (--strict)\n")
        else:
            extra = (
                f" ({len(warnings)} warning{'s' if len(warnings) != 1 else ''})" if warnings else ""
            )
            stdout.write(f"{op.operation_id}: valid{extra}\n")
    return EXIT_INVALID if failed else EXIT_VALID
