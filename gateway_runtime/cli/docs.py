"""``clientgen docs GATEWAY``: print the gateway's reference (its generated README.md)."""

from __future__ import annotations

import argparse
from typing import Any

from ._common import EXIT_OK, Streams, add_command
from .gateways import resolve_gateway

__all__ = ["register"]


def run(args: argparse.Namespace, io: Streams) -> int:
    io.stdout.write(resolve_gateway(args.gateway).reference())
    return EXIT_OK


def register(sub: Any) -> None:
    p = add_command(
        sub,
        "docs",
        help="print a gateway's reference",
        description="Print the reference of GATEWAY (markdown, as in generated/<name>/README.md): "
        "every operation with its Python call, parameters, tasks, errors and an example.",
        run=run,
    )
    p.add_argument("gateway", metavar="GATEWAY", help="gateway name or spec path")
