"""``clientgen diff OLD NEW``: the change report of two OpenAPI documents.

Each side is a spec file, a package's committed ``surface.json`` (nothing to parse: compare an
edited spec with what was last generated), or ``git:REF:path`` read from the repository at REF
(the folder of the spec is taken from that commit, so its bundled ``$ref`` files come from the
same revision). Exit codes:
0, or 1 when ``--fail-on`` is reached; 2 for unusable input.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path, PurePosixPath
from typing import Any

from gateway_runtime.cli import Streams, UsageError
from generator.diff import diff_surfaces
from generator.diff.git_side import GIT_PREFIX, checkout_spec
from generator.diff.report import render
from generator.problems import SpecError


def surface_of_path(
    path: Path, display: str | None = None, package: str | None = None
) -> dict[str, Any]:
    """The API surface of the OpenAPI document at path (read leniently, as generate reads).

    package names the package when the spec declares none (``x-gateway.name``); without it the
    file's stem does, so two revisions in differently named files would seem renamed.
    """
    from generator.build import build_gateway
    from generator.lenient import find_deviations
    from generator.load import load_spec
    from generator.surface import surface_of
    from generator.validate import openapi_version, validate_spec

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))
    name = display or str(path)
    try:
        loaded = load_spec(path)
        version = openapi_version(loaded.data)
        if version is not None:  # read as generate reads; its warnings are generate's to print
            find_deviations(loaded.data, version)
        validate_spec(loaded)
        declared = (loaded.data.get("x-gateway") or {}).get("name")
        gateway = build_gateway(loaded, None if declared else package, surface_only=True)
        return surface_of(gateway)
    except SpecError as exc:
        shown = [str(p) for p in exc.problems[:5]]
        more = f" (and {len(exc.problems) - 5} more)" if len(exc.problems) > 5 else ""
        raise UsageError(f"{name}: unusable spec: " + " | ".join(shown) + more) from None


def read_side(text: str, package: str | None = None) -> dict[str, Any]:
    """The surface of one side of a diff: a file, or ``git:REF:path``."""
    if text.startswith(GIT_PREFIX):
        import tempfile

        with tempfile.TemporaryDirectory(prefix="clientgen-diff-") as tmp:
            checked_out = checkout_spec(text, Path(tmp))
            snapshot = _snapshot(checked_out)
            if snapshot is not None:
                return snapshot
            return surface_of_path(checked_out, text, package)
    path = Path(text)
    if not path.is_file():
        raise UsageError(f"{text}: no such file (or use git:REF:path)")
    snapshot = _snapshot(path)
    return snapshot if snapshot is not None else surface_of_path(path, package=package)


def _snapshot(path: Path) -> dict[str, Any] | None:
    """A committed ``surface.json`` given as a side (no document to read), else None."""
    from generator.surface import FORMAT, SURFACE_FILE

    if path.name != SURFACE_FILE:
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise UsageError(f"{path}: not a surface snapshot (invalid JSON)") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT or "operations" not in data:
        raise UsageError(f"{path}: not a surface snapshot of format {FORMAT}; regenerate it")
    return data


def _cores() -> int:
    """The cores this process may run on (its affinity: a container may allow fewer than exist)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # no affinity on this system (macOS, Windows)
        return os.cpu_count() or 1


def _is_snapshot(text: str) -> bool:
    """Whether a side names a committed ``surface.json`` file (read without parsing a spec)."""
    from generator.surface import SURFACE_FILE

    return not text.startswith(GIT_PREFIX) and Path(text).name == SURFACE_FILE


def read_sides(old: str, new: str, package: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """Both surfaces, read side by side (OLD in a forked child) when there are two cores.

    Reading a document (parse, validate, build, surface) is most of a diff's time; the two sides
    are independent, so on two cores the wall time is about that of one side. OLD's problems are
    reported first, as when the sides are read in sequence. The cyclic garbage collector pauses
    meanwhile: a 3 MB document makes millions of objects and no cycles worth finding, and its
    passes over them cost about a tenth of the reading.
    """
    from generator.collector import collector_paused

    with collector_paused():
        return _read_sides(old, new, package)


def _read_sides(old: str, new: str, package: str) -> tuple[dict[str, Any], dict[str, Any]]:
    if _cores() < 2 or _is_snapshot(old) or _is_snapshot(new):
        return read_side(old, package), read_side(new, package)  # a snapshot is read at once
    from generator.forked import Forked

    # Forked before the reader's modules are imported: both processes import them at once
    # (on two cores that is less wall time than importing first, for a little more CPU).
    first = Forked(read_side, old, package)
    try:
        second = read_side(new, package)
    except Exception:
        first.result()  # OLD's own problem, if it has one, is the one to report
        raise
    except BaseException:  # interrupted: the child was too
        first.close()
        raise
    return first.result(), second


def package_name(text: str) -> str:
    """The package name both sides share when their specs declare none: NEW's file stem."""
    from generator.naming import snake

    return snake(PurePosixPath(text.rsplit(":", 1)[-1]).stem, fallback="api")


def cmd_diff(args: argparse.Namespace, io: Streams) -> int:
    """Compare two specs as their callers see them; exit 1 when --fail-on is reached."""
    package = package_name(args.new)
    old, new = read_sides(args.old, args.new, package)
    report = diff_surfaces(old, new)
    title = "" if args.format == "json" else f"{args.old} → {args.new}"
    io.stdout.write(render(report, args.format, title))
    io.stdout.flush()
    if args.fail_on and report.at_least(args.fail_on):
        return 1
    return 0


__all__ = ["cmd_diff", "package_name", "read_side", "read_sides", "surface_of_path"]
