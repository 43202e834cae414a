"""The generate command's work: each spec through load → lenient → validate → build → render.

Specs are independent, so stale ones are rendered in parallel (one process per core); everything is
formatted in one ruff call and written only when every spec succeeded. A single large spec, whose
lint and change report run in a forked process (``side``), has its rendered Python formatted while
that process works: ruff then costs the run almost nothing on a second core. A content-hash cache
(``generator.cache``) skips specs whose inputs and outputs are unchanged; ``--check`` ignores it.
"""

from __future__ import annotations

import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path

from generator import cache
from generator.collector import collector_paused
from generator.problems import Problem, SpecError, collapse


@dataclass
class Rendered:
    """What one spec produced: its package's files, the files read, warnings and problems."""

    spec: str
    package: str = ""
    files: dict[str, str] = field(default_factory=dict)
    inputs: list[str] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    report: str = ""
    formatted: set[str] = field(default_factory=set)
    """Files already formatted by ruff (beside the forked side half), left out of the last call."""


def render_spec(path: str, strict: bool, out: str = "", fork: bool = False) -> Rendered:
    """Run one spec through the pipeline; problems are collected, never raised.

    out is the folder of the packages: each package's previous surface and changelog there are
    the baseline of its version and change report (``generator.diff.release``). fork: lint and
    change report in a forked process beside rendering, for a large document (``side``).
    """
    from generator.build import build_gateway
    from generator.lenient import normalize_document
    from generator.load import load_spec
    from generator.reference import render_pyproject, render_reference
    from generator.render import render_package
    from generator.side import FORK_FROM_OPERATIONS, Side
    from generator.validate import openapi_version, validate_spec

    result = Rendered(path)
    try:
        loaded = load_spec(Path(path))
        result.inputs = sorted(str(p) for p in loaded.files)
        version = openapi_version(loaded.data)
        if version is not None:
            result.warnings = normalize_document(loaded, version, strict=strict)
        validate_spec(loaded)
        if strict:  # a lint finding is an error: nothing is built
            from generator.lint import lint_spec

            findings = lint_spec(loaded)
            if findings:
                raise SpecError([_labelled(f.problem, "error", f.rule) for f in findings])
        gateway = build_gateway(loaded)
        result.package = gateway.package
        if strict:  # the one finding that needs the built client: its checks' cost
            from generator.validation_cost import costly_operations

            costly = costly_operations(loaded, gateway.runtime_spec)
            if costly:
                raise SpecError([_labelled(f.problem, "error", f.rule) for f in costly])
        large = len(gateway.runtime_spec.get("operations") or ()) >= FORK_FROM_OPERATIONS
        with Side(loaded, gateway, out, lint=not strict, fork=fork and large) as side:
            result.files = render_package(gateway)
            result.files["README.md"] = render_reference(gateway, loaded.data)
            if side.forked:  # ruff on this half's files while the forked half still works
                from generator.write import format_files

                own = {gateway.package: result.files}
                result.files = format_files(own, {gateway.package: path})[gateway.package]
                result.formatted = set(result.files)
            done = side.result()
        result.warnings += [_labelled(f.problem, "warning", f.rule) for f in done.findings]
        result.files["pyproject.toml"] = render_pyproject(gateway, done.version)
        result.files.update(done.files)
        result.report = done.report
    except SpecError as exc:
        result.problems = exc.problems
    except RecursionError:
        result.problems = [Problem(path, None, "", "nesting too deep to generate from")]
    except Exception as exc:  # a bug of ours: say which spec, in one line, not a traceback
        if os.environ.get("GENERATOR_DEBUG"):
            raise
        detail = " ".join(str(exc).split())[:200]
        result.problems = [
            Problem(
                path,
                None,
                "",
                f"internal: cannot generate ({type(exc).__name__}: {detail}); please report "
                "(GENERATOR_DEBUG=1 shows the traceback)",
            )
        ]
    return result


def _labelled(problem: Problem, level: str, rule: str) -> Problem:
    """A lint finding as a problem line: ``warning: message [rule]``."""
    message = f"{level}: {problem.message} [{rule}]"
    return Problem(problem.file, problem.line, problem.pointer, message)


def _render_all(paths: list[str], strict: bool, out: str) -> list[Rendered]:
    workers = min(len(paths), os.cpu_count() or 1)
    if workers < 2:  # one spec: its two halves may still overlap (``side``)
        fork = len(paths) == 1 and (os.cpu_count() or 1) > 1
        return [render_spec(p, strict, out, fork) for p in paths]
    # Heavy imports happen once, before forking; each worker then renders specs independently.
    import generator.build
    import generator.render
    import generator.validate  # noqa: F401

    with ProcessPoolExecutor(workers, mp_context=get_context("fork")) as pool:
        return list(pool.map(render_spec, paths, [strict] * len(paths), [out] * len(paths)))


def _print_problems(problems: list[Problem]) -> None:
    for line in collapse(problems):
        print(line, file=sys.stderr)
    print(f"{len(problems)} problem(s); nothing was written.", file=sys.stderr)


def generate(specs: list[Path], out: Path, *, check: bool, strict: bool, init_root: bool) -> int:
    """Generate (or with check, compare) the packages of specs in out; the exit code."""
    with collector_paused():  # millions of long-lived objects, no cycles worth the passes
        return _generate(specs, out, check=check, strict=strict, init_root=init_root)


def _generate(specs: list[Path], out: Path, *, check: bool, strict: bool, init_root: bool) -> int:
    started = time.perf_counter()
    state = cache.Cache.open(out)
    stale = [s for s in specs if check or strict or not state.fresh(s)]
    if not stale:
        print(f"{len(specs)} package(s) up to date in {out} (inputs unchanged)")
        return 0
    results = _render_all([str(s) for s in stale], strict, str(out))
    problems: list[Problem] = []
    origins: dict[str, str] = {p: s for s, p in state.packages_of(specs, exclude=stale).items()}
    rendered: dict[str, dict[str, str]] = {}
    for result in results:
        for warning in result.warnings:
            print(str(warning), file=sys.stderr)
        problems.extend(result.problems)
        if result.problems:
            continue
        if result.package in origins:
            problems.append(
                Problem(
                    result.spec,
                    None,
                    "/x-gateway/name",
                    f"package name {result.package!r} is also produced by "
                    f"{origins[result.package]}; rename one",
                )
            )
            continue
        origins[result.package] = result.spec
        rendered[result.package] = result.files
    if problems:
        _print_problems(problems)
        return 2
    from generator.write import differences, format_files, write_packages

    done = {r.package: r.formatted for r in results if r.package in rendered}
    try:
        pending = {
            package: {rel: text for rel, text in files.items() if rel not in done[package]}
            for package, files in rendered.items()
        }
        fresh = format_files(pending, origins)
        formatted = {package: {**files, **fresh[package]} for package, files in rendered.items()}
    except SpecError as exc:
        _print_problems(exc.problems)
        return 2
    if check:
        changed = differences(out, formatted)
        for rel in changed:
            print(f"out of date: {out / rel}", file=sys.stderr)
        if changed:
            print("generated code differs from the specs; run `make generate`.", file=sys.stderr)
            return 1
        print(f"{len(formatted)} package(s) up to date in {out}")
        return 0
    write_packages(out, formatted, init_root=init_root)
    for result in results:
        if result.report:
            print(result.report, end="")
    for result in results:
        state.record(Path(result.spec), result.package, result.inputs, formatted[result.package])
    state.save()
    elapsed = time.perf_counter() - started
    for package in sorted(formatted):
        print(f"wrote {out / package} ({len(formatted[package])} files) from {origins[package]}")
    print(f"generated {len(formatted)} package(s) in {elapsed:.2f} s")
    return 0


__all__ = ["Rendered", "generate", "render_spec"]
