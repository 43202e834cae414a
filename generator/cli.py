"""The generator's commands of ``clientgen``: ``generate``, ``coverage``, ``simulate``, ``diff``,
``lint``.

The command line itself lives in ``gateway_runtime.cli`` (so installed clients have ``call``,
``tasks``, ``ops``, ``docs`` and ``validate`` without the generator); this distribution adds its
commands through the entry point group ``clientgen.commands`` (:func:`register`) and reads
OpenAPI documents named as gateways through ``clientgen.openapi`` (:func:`read_openapi`).
``python -m generator ARGS`` is ``clientgen ARGS``.
"""

from __future__ import annotations

import argparse
import difflib
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from gateway_runtime.cli import Streams, UsageError, add_command
from gateway_runtime.cli import main as clientgen_main
from generator.paths import GENERATED_DIR, PROJECT, SPECS_DIR
from generator.problems import SpecError

__all__ = ["main", "read_openapi", "register", "spec_path"]


def spec_path(text: str) -> Path:
    """A spec named on the command line: a path, or a name in specs/ (``qingbo``)."""
    path = Path(text)
    if path.exists() or "/" in text or "\\" in text or path.suffix:
        return path  # a path: the loader reports a missing file with the usual problem line
    for suffix in (".yaml", ".yml", ".json"):
        candidate = SPECS_DIR / f"{text}{suffix}"
        if candidate.is_file():
            return candidate.relative_to(PROJECT) if Path.cwd() == PROJECT else candidate
    known = sorted(p.stem for p in SPECS_DIR.glob("*.yaml"))
    close = difflib.get_close_matches(text, known, n=3, cutoff=0.4)
    hint = f"; did you mean {', '.join(close)}?" if close else f"; specs: {', '.join(known)}"
    raise UsageError(f"{text}: no such spec file or gateway name{hint}", close)


def cmd_generate(args: argparse.Namespace, io: Streams) -> int:
    """Validate every spec, render all packages, then write (or compare with --check)."""
    del io  # generate prints through print(): its output is only ever for a person
    from generator.paths import spec_files
    from generator.pipeline import generate

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))
    specs = [spec_path(s) for s in args.specs] or [
        p.relative_to(PROJECT) if Path.cwd() == PROJECT else p for p in spec_files(SPECS_DIR)
    ]
    out = Path(args.out) if args.out else GENERATED_DIR
    return generate(
        specs,
        out,
        check=args.check,
        strict=args.strict,
        init_root=out.resolve() == GENERATED_DIR.resolve(),
    )


def cmd_coverage(args: argparse.Namespace, io: Streams) -> int:
    """Print the coverage report of the specs."""
    del io
    from generator.coverage import main as coverage_main

    return coverage_main(
        [str(spec_path(s)) for s in args.specs]
        + (["--json"] if args.json else [])
        + (["--summary"] if args.summary else [])
    )


def read_openapi(path: Path) -> tuple[dict[str, Any], Callable[[], str]]:
    """The runtime spec and the reference of an OpenAPI document (for ``clientgen ops spec.yaml``)."""
    from generator.build import build_gateway
    from generator.lenient import normalize_document
    from generator.load import load_spec
    from generator.reference import render_reference
    from generator.validate import openapi_version, validate_spec

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))
    try:
        loaded = load_spec(path)
        version = openapi_version(loaded.data)
        if version is not None:
            normalize_document(loaded, version, strict=False)  # read leniently, as generate does
        validate_spec(loaded)
        gateway = build_gateway(loaded)
    except SpecError as exc:
        lines = [str(p) for p in exc.problems]
        raise UsageError(f"{path}: unusable spec: " + " | ".join(lines)) from None
    return gateway.runtime_spec, lambda: render_reference(gateway, loaded.data)


def cmd_simulate(args: argparse.Namespace, io: Streams) -> int:
    """Run the local gateway simulator (``generator/simulator``) until interrupted."""
    del io  # the simulator announces its URL and requests on stdout itself
    from generator.simulator.__main__ import main as simulator_main

    return simulator_main(args.simulator_args)


def register(sub: Any) -> None:
    """Add ``generate``, ``coverage`` and ``simulate`` to the ``clientgen`` command line."""
    gen = add_command(
        sub,
        "generate",
        help="generate typed clients from OpenAPI specs",
        description="Generate one installable client package per spec (a folder with "
        "pyproject.toml, README.md reference, client, models and spec.json).",
        run=cmd_generate,
    )
    gen.add_argument(
        "specs",
        nargs="*",
        metavar="SPEC",
        help="spec files or names in specs/ (default: every spec in specs/)",
    )
    gen.add_argument("--out", metavar="DIR", help="output folder (default: generated/)")
    gen.add_argument(
        "--check",
        action="store_true",
        help="exit 1 when the output on disk is not what would be generated",
    )
    gen.add_argument(
        "--strict",
        action="store_true",
        help="refuse every deviation from OpenAPI (default: normalise common ones with a warning)",
    )
    cov = add_command(
        sub,
        "coverage",
        help="report how completely the specs transcribe their documents",
        description="Report, per endpoint of each document, how completely the spec transcribes it.",
        run=cmd_coverage,
    )
    cov.add_argument("specs", nargs="*", metavar="SPEC", help="spec files or names in specs/")
    cov.add_argument("--json", action="store_true", help="machine-readable output")
    cov.add_argument("--summary", action="store_true", help="one line per gateway")
    sim = add_command(
        sub,
        "simulate",
        help="serve a gateway's whole spec on 127.0.0.1 (no key, no network)",
        description="The local gateway simulator (docs/simulator.md): "
        "clientgen simulate GATEWAY [--port N] [--seed S] [--fail-rate R] ... "
        "(`clientgen simulate GATEWAY --help` lists every option).",
        run=cmd_simulate,
    )
    # The simulator parses its own options; they pass through untouched (and it is imported
    # only when it runs, so other commands do not pay for it).
    sim.add_argument("simulator_args", nargs=argparse.REMAINDER, metavar="GATEWAY [OPTIONS]")
    _register_diff(sub)
    _register_lint(sub)


def cmd_diff(args: argparse.Namespace, io: Streams) -> int:
    """``clientgen diff`` (``generator/diff/command.py``; imported only when it runs)."""
    from generator.diff.command import cmd_diff as run

    return run(args, io)


def cmd_lint(args: argparse.Namespace, io: Streams) -> int:
    """``clientgen lint`` (``generator/lint/command.py``; imported only when it runs)."""
    from generator.lint.command import cmd_lint as run

    return run(args, io)


def _register_diff(sub: Any) -> None:
    cmd = add_command(
        sub,
        "diff",
        help="what changed between two specs, in callers' terms",
        description="Compare two OpenAPI documents (files or git:REF:path) as the generated "
        "clients' callers see them; each change is breaking, may-break, compatible or "
        "documentation (docs/changes.md).",
        run=cmd_diff,
    )
    cmd.add_argument("old", metavar="OLD", help="the old spec: a file or git:REF:path")
    cmd.add_argument("new", metavar="NEW", help="the new spec: a file or git:REF:path")
    cmd.add_argument(
        "--format", choices=("text", "json", "markdown"), default="text", help="output format"
    )
    cmd.add_argument(
        "--fail-on",
        choices=("breaking", "may-break"),
        help="exit 1 when a change at this level (or worse) is found",
    )
    cmd.add_argument(
        "--full",
        action="store_true",
        help="describe every operation, not only those that may differ (the same report, "
        "slower; a check of the incremental diff)",
    )


def _register_lint(sub: Any) -> None:
    cmd = add_command(
        sub,
        "lint",
        help="find what a valid spec still gets wrong (also run by generate)",
        description="Lint specs: unknown x- keys of our namespace, pointers of x-tasks, "
        "x-outputs and error envelopes that name no field, undeclared source ids, examples "
        "that fail their schema, task status words repeated or missing. Each finding has "
        "file, line and JSON pointer; warnings, or errors (exit 2) with --strict "
        "(docs/changes.md).",
        run=cmd_lint,
    )
    cmd.add_argument("specs", nargs="+", metavar="SPEC", help="spec files or names in specs/")
    cmd.add_argument("--strict", action="store_true", help="findings are errors (exit 2)")
    cmd.add_argument("--format", choices=("text", "json"), default="text", help="output format")


def main(argv: Sequence[str]) -> int:
    """``python -m generator ARGS``: the ``clientgen`` command line."""
    return clientgen_main(list(argv), prog="python -m generator", own=register)
