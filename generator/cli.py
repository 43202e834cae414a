"""Command line: ``python -m generator generate|coverage|validate|tasks``.

argparse rather than typer: the subcommands ``validate`` and ``tasks`` hand their raw arguments to
their own modules, and argparse's exit code 2 for unusable arguments is the code we promise anyway.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from generator.paths import GENERATED_DIR, PROJECT, SPECS_DIR


def cmd_generate(args: argparse.Namespace) -> int:
    """Validate every spec, render all packages, then write (or compare with --check)."""
    from generator.load import spec_files
    from generator.pipeline import generate

    specs = [Path(s) for s in args.specs] or [
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


def cmd_coverage(args: argparse.Namespace) -> int:
    """Print the coverage report of the specs."""
    from generator.coverage import main as coverage_main

    return coverage_main(
        [str(s) for s in args.specs]
        + (["--json"] if args.json else [])
        + (["--summary"] if args.summary else [])
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator", description=__doc__.splitlines()[0] if __doc__ else None
    )
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("generate", help="generate typed clients from OpenAPI specs")
    gen.add_argument(
        "specs", nargs="*", metavar="SPEC", help="spec files (default: every spec in specs/)"
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
    gen.set_defaults(func=cmd_generate)
    cov = sub.add_parser(
        "coverage", help="report how completely the specs transcribe their documents"
    )
    cov.add_argument("specs", nargs="*", metavar="SPEC")
    cov.add_argument("--json", action="store_true", help="machine-readable output")
    cov.add_argument("--summary", action="store_true", help="one line per gateway")
    cov.set_defaults(func=cmd_coverage)
    sub.add_parser(
        "validate",
        help="validate a payload offline: validate GATEWAY OPERATION [FILE|-]",
        add_help=False,
    )
    sub.add_parser(
        "tasks",
        help="list and resume journaled tasks: tasks list | tasks resume ID",
        add_help=False,
    )
    return parser


def main(argv: list[str]) -> int:
    """Run the command line; return the exit code."""
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))
    if argv and argv[0] == "validate":
        from generator.validate_cmd import main as validate_main

        return validate_main(argv[1:])
    if argv and argv[0] == "tasks":
        from gateway_runtime.tasks_cli import main as tasks_main

        return tasks_main(argv[1:])
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        print("interrupted; nothing was written.", file=sys.stderr)
        return 130
    except Exception as exc:
        if os.environ.get("GENERATOR_DEBUG"):
            raise
        print(
            f"error: cannot generate: {type(exc).__name__}: {exc} (set GENERATOR_DEBUG=1 for details)",
            file=sys.stderr,
        )
        return 2
