"""Content-hash cache of ``generate``: a package whose inputs and output are unchanged is not redone.

Per spec it remembers the hash of every file the spec read (itself and bundled ``$ref`` files), of
the generator (its code, schemas, templates, ruff's version) and of every file it wrote. A spec is
fresh only when all of these still match, so an edited spec, a changed template or a hand-edited
output is regenerated. Kept beside the packages as ``.generate-cache.json`` (git-ignored);
``--check`` never uses it.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Any

from generator.paths import PROJECT

CACHE_FILE = ".generate-cache.json"
FORMAT = 1


def _sha(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _generator_files() -> list[Path]:
    roots = [PROJECT / "generator", PROJECT / "templates"]
    files = sorted(
        p for root in roots for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts
    )
    # The reference's option table is read from the runtime's ClientOptions docstring.
    return [*files, PROJECT / "gateway_runtime" / "options.py"]


def _ruff_version() -> str:
    """The installed ruff's dist-info name (its version), found without importlib.metadata."""
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if name.startswith("ruff-") and name.endswith(".dist-info"):
                return name
    return ""


def generator_stamp() -> str:
    """A cheap fingerprint of the generator (names, sizes, modification times; ruff's version)."""
    digest = hashlib.sha256(_ruff_version().encode())
    for path in _generator_files():
        stat = path.stat()
        digest.update(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())
    return digest.hexdigest()


@functools.cache
def generator_hash() -> str:
    """One hash over everything that decides the output besides the specs."""
    digest = hashlib.sha256()
    for path in _generator_files():
        digest.update(str(path.relative_to(PROJECT)).encode())
        digest.update(path.read_bytes())
    digest.update(_ruff_version().encode())
    return digest.hexdigest()


def _outputs(folder: Path) -> dict[str, str | None]:
    if not folder.is_dir():
        return {}
    return {
        p.relative_to(folder).as_posix(): _sha(p)
        for p in folder.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }


class Cache:
    """The cache entries of one output folder."""

    def __init__(
        self, path: Path, out: Path, entries: dict[str, Any], stamp: list[str] | None = None
    ) -> None:
        self.path = path
        self.out = out
        self.entries = entries
        self.stamp = stamp or ["", ""]
        """[generator_stamp(), generator_hash()] when last saved: a matching stamp spares reading
        every file of the generator to hash it."""
        self._checked = False

    def generator(self) -> str:
        """generator_hash(), taken from the saved stamp when no generator file changed since
        (looked at once per cache opened: every spec of a run is judged by the same generator)."""
        if not self._checked:
            stamp = generator_stamp()
            if stamp != self.stamp[0]:
                self.stamp = [stamp, generator_hash()]
            self._checked = True
        return self.stamp[1]

    @classmethod
    def open(cls, out: Path) -> Cache:
        path = out / CACHE_FILE
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = {}
        entries = data.get("specs", {}) if data.get("format") == FORMAT else {}
        stamp = data.get("stamp") if data.get("format") == FORMAT else None
        valid = (
            isinstance(stamp, list) and len(stamp) == 2 and all(isinstance(x, str) for x in stamp)
        )
        return cls(
            path, out, entries if isinstance(entries, dict) else {}, stamp if valid else None
        )

    def fresh(self, spec: Path) -> bool:
        """Whether the package of spec on disk is what generating it now would write."""
        entry = self.entries.get(str(spec.resolve()))
        if not isinstance(entry, dict) or entry.get("generator") != self.generator():
            return False
        inputs = entry.get("inputs", {})
        if not inputs or any(_sha(Path(p)) != h for p, h in inputs.items()):
            return False
        return (
            bool(entry.get("outputs")) and _outputs(self.out / entry["package"]) == entry["outputs"]
        )

    def packages_of(self, specs: list[Path], exclude: list[Path]) -> dict[str, str]:
        """spec → package of the fresh specs (those not being regenerated)."""
        skip = {str(s.resolve()) for s in exclude}
        out = {}
        for spec in specs:
            entry = self.entries.get(str(spec.resolve()))
            if str(spec.resolve()) not in skip and isinstance(entry, dict):
                out[str(spec)] = str(entry["package"])
        return out

    def record(self, spec: Path, package: str, inputs: list[str], files: dict[str, str]) -> None:
        """Remember what spec read and wrote (call after the files are written)."""
        self.entries[str(spec.resolve())] = {
            "package": package,
            "generator": self.generator(),
            "inputs": {p: _sha(Path(p)) for p in inputs},
            "outputs": {
                rel: hashlib.sha256(text.encode()).hexdigest() for rel, text in files.items()
            },
        }

    def save(self) -> None:
        """Write the cache; a failure to write only costs speed next time."""
        try:
            tmp = self.path.with_suffix(".tmp")
            data = {"format": FORMAT, "stamp": self.stamp, "specs": self.entries}
            tmp.write_text(json.dumps(data), encoding="utf-8")
            tmp.replace(self.path)
        except OSError:
            pass


def nothing_to_do(out: Path, specs: list[Path]) -> bool:
    """Whether every package of specs in out is fresh (decided without importing the generator)."""
    state = Cache.open(out)
    return bool(specs) and all(state.fresh(spec) for spec in specs)


__all__ = ["Cache", "generator_hash", "generator_stamp", "nothing_to_do"]
