"""The generator's commands of ``clientgen``: ``generate``, ``coverage`` and ``simulate``.

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
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from gateway_runtime.cli import Streams, UsageError, add_command
from gateway_runtime.cli import main as clientgen_main
from generator.paths import GENERATED_DIR, PROJECT, SPECS_DIR
from generator.problems import Problem, SpecError

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


def _print_problems(problems: list[Problem]) -> None:
    for problem in problems:
        print(str(problem), file=sys.stderr)
    print(f"{len(problems)} problem(s); nothing was written.", file=sys.stderr)


def cmd_generate(args: argparse.Namespace, io: Streams) -> int:
    """Validate every spec, render all packages, then write (or compare with --check)."""
    del io  # generate prints through print(): its output is only ever for a person
    from generator.build import build_gateway
    from generator.load import load_spec, spec_files
    from generator.reference import render_project
    from generator.render import render_package
    from generator.validate import validate_spec
    from generator.write import differences, format_files, write_packages

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))
    started = time.perf_counter()
    specs = [spec_path(s) for s in args.specs] or [
        p.relative_to(PROJECT) if Path.cwd() == PROJECT else p for p in spec_files(SPECS_DIR)
    ]
    out = Path(args.out) if args.out else GENERATED_DIR
    problems: list[Problem] = []
    rendered: dict[str, dict[str, str]] = {}
    origins: dict[str, str] = {}
    for path in specs:
        try:
            loaded = load_spec(path)
            validate_spec(loaded)
            gateway = build_gateway(loaded)
            if gateway.package in origins:
                problems.append(
                    Problem(
                        str(path),
                        None,
                        "/x-gateway/name",
                        f"package name {gateway.package!r} is also produced by {origins[gateway.package]}; rename one",
                    )
                )
                continue
            origins[gateway.package] = str(path)
            rendered[gateway.package] = render_package(gateway)
            rendered[gateway.package].update(render_project(gateway, loaded.data))
        except SpecError as exc:
            problems.extend(exc.problems)
        except RecursionError:
            problems.append(Problem(str(path), None, "", "nesting too deep to generate from"))
    if problems:
        _print_problems(problems)
        return 2
    formatted = format_files(rendered)
    if args.check:
        changed = differences(out, formatted)
        for rel in changed:
            print(f"out of date: {out / rel}", file=sys.stderr)
        if changed:
            print("generated code differs from the specs; run `make generate`.", file=sys.stderr)
            return 1
        print(f"{len(formatted)} package(s) up to date in {out}")
        return 0
    write_packages(out, formatted, init_root=(out.resolve() == GENERATED_DIR.resolve()))
    elapsed = time.perf_counter() - started
    for package in sorted(formatted):
        print(f"wrote {out / package} ({len(formatted[package])} files) from {origins[package]}")
    print(f"generated {len(formatted)} package(s) in {elapsed:.2f} s")
    return 0


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
    from generator.load import load_spec
    from generator.reference import render_reference
    from generator.validate import validate_spec

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))
    try:
        loaded = load_spec(path)
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


def main(argv: Sequence[str]) -> int:
    """``python -m generator ARGS``: the ``clientgen`` command line."""
    return clientgen_main(list(argv), prog="python -m generator")
