"""The spec linter: what a valid spec can still get wrong, each finding located.

``validate`` refuses what cannot be generated; the linter reports what generates but misleads:
unknown ``x-`` keys of our namespace (``extensions``), pointers that name no field of the schema
they point into (``pointers``), undeclared source ids (``sources``), examples failing their
schema (``examples``), task status words in two lists or missing (``statuses``). Each finding has
a rule id, file, line and JSON pointer; they are warnings, errors under ``--strict``.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.lint import examples, extensions, pointers, sources, statuses
from generator.lint.context import SpecContext
from generator.load import LoadedSpec
from generator.problems import Problem

CHECKS = (extensions.check, sources.check, pointers.check, statuses.check, examples.check)


@dataclass(frozen=True, order=True)
class LintFinding:
    """One finding: where (a Problem: file, line, pointer, message) and which rule."""

    problem: Problem
    rule: str

    def render(self, level: str) -> str:
        """``file:line: at /pointer warning: message [rule]``."""
        p = self.problem
        labelled = Problem(p.file, p.line, p.pointer, f"{level}: {p.message} [{self.rule}]")
        return str(labelled)


def lint_spec(loaded: LoadedSpec) -> list[LintFinding]:
    """Every finding of a loaded, valid spec, in file order."""
    ctx = SpecContext.of(loaded.data)
    found = {
        LintFinding(loaded.problem(pointer, message), rule)
        for check in CHECKS
        for rule, pointer, message in check(ctx)
    }
    return sorted(
        found, key=lambda f: (f.problem.line or 0, f.problem.pointer, f.rule, f.problem.message)
    )


__all__ = ["CHECKS", "LintFinding", "lint_spec"]
