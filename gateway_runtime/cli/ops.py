"""``clientgen ops GATEWAY``: every operation with its Python method, HTTP route, kind and summary."""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from typing import Any

from ._common import EXIT_OK, Streams, add_command, emit_json
from .gateways import resolve_gateway

__all__ = ["operation_kind", "operation_rows", "register"]


def operation_kind(op: Mapping[str, Any]) -> str:
    """``task`` (starts a task to wait for), ``stream`` (always streams), ``call/stream``
    (streams when its flag, e.g. ``stream``, is true) or ``call``."""
    if op.get("task"):
        return "task"
    stream = op.get("stream")
    if isinstance(stream, Mapping):
        return "call/stream" if stream.get("flag") else "stream"
    if str(op.get("response_media_type") or "").startswith("text/event-stream"):
        return "stream"
    return "call"


def operation_rows(data: Mapping[str, Any]) -> list[dict[str, str]]:
    """One row per operation of a runtime spec, in spec order."""
    rows = []
    for op_id, op in (data.get("operations") or {}).items():
        rows.append(
            {
                "operation_id": str(op.get("operation_id") or op_id),
                "python": str(op.get("python_name") or op_id),
                "route": f"{str(op.get('method', '')).upper()} {op.get('path', '')}",
                "kind": operation_kind(op),
                "summary": " ".join(str(op.get("summary") or "").split()),
            }
        )
    return rows


def run(args: argparse.Namespace, io: Streams) -> int:
    gateway = resolve_gateway(args.gateway)
    rows = operation_rows(gateway.data)
    if args.output == "json":
        emit_json(io.stdout, {"gateway": gateway.name, "operations": rows})
        return EXIT_OK
    table = [("METHOD", "ROUTE", "KIND", "SUMMARY")]
    table += [(f"client.{r['python']}", r["route"], r["kind"], r["summary"]) for r in rows]
    widths = [max(len(row[i]) for row in table) for i in range(3)]
    for row in table:
        cells = [cell.ljust(w) for cell, w in zip(row[:3], widths, strict=True)]
        io.out("  ".join([*cells, row[3]]).rstrip())
    return EXIT_OK


def register(sub: Any) -> None:
    p = add_command(
        sub,
        "ops",
        help="list a gateway's operations",
        description="List every operation of GATEWAY: Python method, METHOD /path, whether it "
        "starts a task or streams, and its summary.",
        run=run,
    )
    p.add_argument("gateway", metavar="GATEWAY", help="gateway name or spec path")
    p.add_argument("--output", choices=("text", "json"), default="text", help="output format")
