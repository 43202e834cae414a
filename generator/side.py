"""The lint and the change report of a spec, worked out in a forked process beside rendering.

After the model is built, generation has two independent halves of about equal cost on a large
document: rendering the package and its reference, and linting the document plus the change
report (the surface of the new package, its diff against the previous one, the version). With a
second core the halves overlap (OpenAI's spec: about 0.5 s of 2 s). The child is forked after
the build, so it reads the same loaded document and model without copying them; what it
returns (findings, version, files, report) is small. Small documents, ``--strict`` (whose lint
errors stop the run before anything is built) and several specs at once (already one process
per spec) run both halves here, in sequence.
"""

from __future__ import annotations

from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.load import LoadedSpec
from generator.model import Gateway

if TYPE_CHECKING:
    from generator.lint import LintFinding

__all__ = ["FORK_FROM_OPERATIONS", "Side", "SideResult", "side_work"]

FORK_FROM_OPERATIONS = 60
"""Operations from which the side half is forked (below, a fork costs more than it saves)."""


@dataclass
class SideResult:
    """Lint findings, the package's next version, its surface and changelog files, the report."""

    findings: list[LintFinding]
    version: str
    files: dict[str, str]
    report: str


def side_work(loaded: LoadedSpec, gateway: Gateway, out: str, lint: bool = True) -> SideResult:
    """Lint the document (unless lint is False) and plan the package's release in out.

    Its modules are imported here, in the forked process when there is one, not before the fork
    on the way every run waits for.
    """
    from generator.diff.release import plan_release
    from generator.lint import lint_spec
    from generator.surface import surface_of
    from generator.validation_cost import costly_operations

    findings = lint_spec(loaded) + costly_operations(loaded, gateway.runtime_spec) if lint else []
    release = plan_release(Path(out) / gateway.package, surface_of(gateway), gateway.source_file)
    return SideResult(
        findings, release.version, release.files, report_text(gateway.package, release)
    )


def report_text(package: str, release: Any) -> str:
    """What a regeneration changed for callers of package ('' when nothing did)."""
    from generator.diff.report import render

    if release.report is None:
        return f"{package} {release.version}: first generation\n"
    if release.report.level is None:
        return ""
    text = render(release.report, "text", f"{package} {release.version}")
    return text + (f"  note: {release.note}\n" if release.note else "")


_FORKED: tuple[LoadedSpec, Gateway, str, bool] | None = None
"""What the forked child works on (set just before the fork; inherited, never pickled)."""


def _forked_work() -> SideResult:
    assert _FORKED is not None
    return side_work(*_FORKED)


class Side:
    """``side_work`` under way: in a forked process when fork is True, else done at ``result``."""

    def __init__(
        self, loaded: LoadedSpec, gateway: Gateway, out: str, *, lint: bool, fork: bool
    ) -> None:
        global _FORKED
        self._args = (loaded, gateway, out, lint)
        self._pool: ProcessPoolExecutor | None = None
        self._future: Future[SideResult] | None = None
        if fork:
            _FORKED = self._args
            try:
                self._pool = ProcessPoolExecutor(1, mp_context=get_context("fork"))
                self._future = self._pool.submit(_forked_work)
            except OSError:  # no process to be had: the same work, in sequence
                self.close()
            finally:
                _FORKED = None

    @property
    def forked(self) -> bool:
        """Whether the side half is under way in a forked process (else it runs at ``result``)."""
        return self._future is not None

    def result(self) -> SideResult:
        """The side half's result (its exceptions are raised here)."""
        try:
            if self._future is not None:
                return self._future.result()
            return side_work(*self._args)
        finally:
            self.close()

    def close(self) -> None:
        """Stop the forked process (if any) without waiting for work not yet taken."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
        self._pool, self._future = None, None

    def __enter__(self) -> Side:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
