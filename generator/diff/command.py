"""``clientgen diff OLD NEW``: the change report of two OpenAPI documents.

Each side is a spec file, a package's committed ``surface.json`` (nothing to parse: compare an
edited spec with what was last generated), or ``git:REF:path`` read from the repository at REF
(the folder of the spec is taken from that commit, so its bundled ``$ref`` files come from the
same revision). Only the operations that may differ are described (``generator.diff.sides``);
``--full`` describes every one (the report is the same). Exit codes:
0, or 1 when ``--fail-on`` is reached; 2 for unusable input.
"""

from __future__ import annotations

import argparse
from pathlib import Path, PurePosixPath
from typing import Any

from gateway_runtime.cli import Streams
from generator.diff import diff_surfaces
from generator.diff.report import render
from generator.diff.sides import gateway_of_path, read_side, read_sides


def surface_of_path(
    path: Path, display: str | None = None, package: str | None = None
) -> dict[str, Any]:
    """The whole API surface of the OpenAPI document at path (read leniently, as generate reads).

    package names the package when the spec declares none (``x-gateway.name``); without it the
    file's stem does, so two revisions in differently named files would seem renamed.
    """
    from generator.surface import surface_of

    return surface_of(gateway_of_path(path, display, package))


def package_name(text: str) -> str:
    """The package name both sides share when their specs declare none: NEW's file stem."""
    from generator.naming import snake

    return snake(PurePosixPath(text.rsplit(":", 1)[-1]).stem, fallback="api")


def cmd_diff(args: argparse.Namespace, io: Streams) -> int:
    """Compare two specs as their callers see them; exit 1 when --fail-on is reached."""
    package = package_name(args.new)
    old, new = read_sides(args.old, args.new, package, incremental=not getattr(args, "full", False))
    report = diff_surfaces(old, new)
    title = "" if args.format == "json" else f"{args.old} → {args.new}"
    io.stdout.write(render(report, args.format, title))
    io.stdout.flush()
    if args.fail_on and report.at_least(args.fail_on):
        return 1
    return 0


__all__ = ["cmd_diff", "package_name", "read_side", "read_sides", "surface_of_path"]
