"""``clientgen lint SPEC...``: the linter's findings, warnings by default, errors with --strict.

Exit codes: 0 (clean, or warnings only), 2 when a spec cannot be read or, under ``--strict``,
has findings.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from gateway_runtime.cli import Streams
from generator.problems import SpecError


def lint_file(path: Path) -> tuple[list[Any], list[str]]:
    """(findings, problems) of one spec: problems when it cannot be read or is invalid."""
    from generator.lenient import normalize_document
    from generator.lint import lint_spec
    from generator.load import load_spec
    from generator.validate import openapi_version, validate_spec

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))
    try:
        loaded = load_spec(path)
        version = openapi_version(loaded.data)
        if version is not None:
            normalize_document(loaded, version, strict=False)
        validate_spec(loaded)
    except SpecError as exc:
        return [], [str(p) for p in exc.problems]
    return lint_spec(loaded), []


def cmd_lint(args: argparse.Namespace, io: Streams) -> int:
    """Lint each spec; print findings (text or JSON); the exit code."""
    from generator.cli import spec_path

    level = "error" if args.strict else "warning"
    failed = False
    records: list[dict[str, Any]] = []
    for text in args.specs:
        findings, problems = lint_file(spec_path(text))
        for problem in problems:
            io.err(problem)
        failed = failed or bool(problems) or (args.strict and bool(findings))
        for finding in findings:
            p = finding.problem
            if args.format == "json":
                records.append(
                    {
                        "file": p.file,
                        "line": p.line,
                        "pointer": p.pointer,
                        "level": level,
                        "rule": finding.rule,
                        "message": p.message,
                    }
                )
            else:
                io.out(finding.render(level))
        if args.format == "text" and not findings and not problems:
            io.out(f"{text}: clean")
    if args.format == "json":
        io.out(json.dumps(records, ensure_ascii=False, indent=2))
    return 2 if failed else 0


__all__ = ["cmd_lint", "lint_file"]
