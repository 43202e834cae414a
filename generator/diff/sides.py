"""The two sides of ``clientgen diff``: each read as far as its built model, then described.

A side is a spec file, ``git:REF:path`` (the spec's folder as it was at REF) or a package's
committed ``surface.json`` (nothing to parse). Reading a document (parse, validate, build) and
describing it (its API surface) are nearly all of a diff's cost. Both documents are read whole,
so a document the generator refuses is refused here the same way, with the same problem; then
each operation's fingerprint (``generator.diff.fingerprints``) is compared across the sides, and
only the operations not proved the same are described: the others can give no finding, so the
report is the one the whole surfaces give. OLD is read in a forked child while this process
reads NEW; only fingerprints, names and the described surface cross between them.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gateway_runtime.cli import UsageError
from generator.diff.git_side import GIT_PREFIX, checkout_spec
from generator.problems import SpecError

if TYPE_CHECKING:
    from generator.diff.fingerprints import Fingerprint
    from generator.model import Gateway

__all__ = ["Side", "gateway_of_path", "open_side", "read_side", "read_sides"]

Prints = dict[str, "Fingerprint"]


def gateway_of_path(path: Path, display: str | None = None, package: str | None = None) -> Gateway:
    """The model of the OpenAPI document at path (read leniently, as generate reads), built
    for its surface only.

    package names the package when the spec declares none (``x-gateway.name``); without it the
    file's stem does, so two revisions in differently named files would seem renamed.
    """
    from generator.build import build_gateway
    from generator.lenient import find_deviations
    from generator.load import load_spec
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
        return build_gateway(loaded, None if declared else package, surface_only=True)
    except SpecError as exc:
        shown = [str(p) for p in exc.problems[:5]]
        more = f" (and {len(exc.problems) - 5} more)" if len(exc.problems) > 5 else ""
        raise UsageError(f"{name}: unusable spec: " + " | ".join(shown) + more) from None


@dataclass
class Side:
    """One side, read: a built model, or a committed surface (which has no fingerprints)."""

    gateway: Gateway | None = None
    snapshot: dict[str, Any] | None = None

    def fingerprints(self) -> Prints | None:
        """Each operation's fingerprint by Python name (None for a snapshot)."""
        if self.gateway is None:
            return None
        from generator.diff.fingerprints import fingerprints

        return fingerprints(self.gateway)

    def surface(self, only: set[str] | None = None) -> dict[str, Any]:
        """The surface, describing only the operations named in only (None: all)."""
        if self.snapshot is not None:
            return self.snapshot
        assert self.gateway is not None
        from generator.surface import surface_of

        return surface_of(self.gateway, only=only)


def open_side(text: str, package: str | None = None) -> Side:
    """One side of a diff, read: a file, ``git:REF:path`` or a committed ``surface.json``."""
    if text.startswith(GIT_PREFIX):
        import tempfile

        with tempfile.TemporaryDirectory(prefix="clientgen-diff-") as tmp:
            checked_out = checkout_spec(text, Path(tmp))
            snapshot = _snapshot(checked_out)
            if snapshot is not None:
                return Side(snapshot=snapshot)
            return Side(gateway_of_path(checked_out, text, package))
    path = Path(text)
    if not path.is_file():
        raise UsageError(f"{text}: no such file (or use git:REF:path)")
    snapshot = _snapshot(path)
    return (
        Side(snapshot=snapshot)
        if snapshot is not None
        else Side(gateway_of_path(path, None, package))
    )


def read_side(text: str, package: str | None = None) -> dict[str, Any]:
    """The whole surface of one side of a diff."""
    return open_side(text, package).surface()


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


def _only(old: Prints | None, new: Prints | None) -> set[str] | None:
    """The operations to describe: those not proved the same (None: all of them, when a side
    has no fingerprints, being a snapshot, or the diff is asked to be full)."""
    if old is None or new is None:
        return None
    from generator.diff.fingerprints import changed_operations

    return changed_operations(old, new)


def read_sides(
    old: str, new: str, package: str, *, incremental: bool = True
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Both surfaces, each describing the operations that may differ (all, when not
    incremental); OLD is read in a forked child when there are two cores.

    On two cores the wall time is about that of one side. OLD's problems are reported first,
    as when the sides are read in sequence. The cyclic garbage collector pauses meanwhile: a
    3 MB document makes millions of objects and no cycles worth finding, and its passes over
    them cost about a tenth of the reading.
    """
    from generator.collector import collector_paused

    with collector_paused():
        return _read_sides(old, new, package, incremental)


def _read_sides(
    old: str, new: str, package: str, incremental: bool
) -> tuple[dict[str, Any], dict[str, Any]]:
    if _cores() < 2 or _is_snapshot(old) or _is_snapshot(new):
        first, second = open_side(old, package), open_side(new, package)
        prints = (first.fingerprints(), second.fingerprints()) if incremental else (None, None)
        only = _only(*prints)
        return first.surface(only), second.surface(only)
    from generator.forked import Dialogue

    _import_readers()
    child: Dialogue[Side, set[str] | None, dict[str, Any]] = Dialogue(
        _read_first, _describe, old, package, incremental
    )
    try:
        second = open_side(new, package)
    except Exception:
        try:
            child.message()  # OLD's own problem, if it has one, is the one to report
        finally:
            child.close()
        raise
    except BaseException:  # interrupted: the child was too
        child.close()
        raise
    try:  # NEW's fingerprints while the child works out OLD's
        new_prints = second.fingerprints() if incremental else None
    except BaseException:
        child.close()
        raise
    old_prints: Prints | None = child.message()
    try:
        only = _only(old_prints, new_prints)
        child.answer(only)  # the child describes OLD while this process describes NEW
        new_surface = second.surface(only)
    except BaseException:  # the child, waiting or working, is ended (it sees no reply)
        child.close()
        raise
    return child.result(), new_surface


def _import_readers() -> None:
    """The modules that read a side, imported once before the fork rather than in both
    processes: on the shared two-core machine, 0.02 s less of wall and CPU time a diff (interleaved
    runs at load 1.5-2.3; the two processes importing at once were thought faster when idle)."""
    import generator.build
    import generator.diff.fingerprints
    import generator.lenient
    import generator.load
    import generator.surface
    import generator.validate  # noqa: F401


def _read_first(text: str, package: str, incremental: bool) -> tuple[Side, Prints | None]:
    """In the child: OLD read, and its fingerprints for the parent."""
    side = open_side(text, package)
    return side, side.fingerprints() if incremental else None


def _describe(side: Side, only: set[str] | None) -> dict[str, Any]:
    """In the child: OLD's surface of the operations the parent named."""
    return side.surface(only)
