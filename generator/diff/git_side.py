"""A ``git:REF:path`` side of ``clientgen diff``: the spec's folder as it was at REF.

subprocess and tarfile are imported only for such a side: a diff of two files does without.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from gateway_runtime.cli import UsageError

GIT_PREFIX = "git:"

__all__ = ["GIT_PREFIX", "checkout_spec"]


def _git_root() -> Path:
    import subprocess

    done = subprocess.run(
        ["git", "rev-parse", "--show-toplevel"], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise UsageError("git:REF:path needs a git repository here (git rev-parse failed)")
    return Path(done.stdout.strip())


def checkout_spec(text: str, into: Path) -> Path:
    """Extract the folder of a ``git:REF:path`` spec at REF into a folder; the spec's new path."""
    import io
    import subprocess
    import tarfile

    body = text[len(GIT_PREFIX) :]
    ref, sep, rel = body.partition(":")
    if not sep or not ref or not rel:
        raise UsageError(f"{text}: expected git:REF:path, e.g. git:HEAD~1:specs/qingbo.yaml")
    root = _git_root()
    target = (Path.cwd() / rel).resolve()
    try:
        rel_path = PurePosixPath(target.relative_to(root).as_posix())
    except ValueError:
        raise UsageError(f"{text}: {rel} is outside the repository {root}") from None
    folder = str(rel_path.parent) if str(rel_path.parent) != "." else "."
    done = subprocess.run(
        ["git", "-C", str(root), "archive", "--format=tar", ref, "--", folder],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        reason = done.stderr.decode(errors="replace").strip().splitlines()[-1:] or ["failed"]
        raise UsageError(f"{text}: git cannot read {folder} at {ref}: {reason[0]}")
    with tarfile.open(fileobj=io.BytesIO(done.stdout)) as archive:
        archive.extractall(into, filter="data")
    path = into / rel_path
    if not path.is_file():
        raise UsageError(f"{text}: no file {rel_path} at {ref}")
    return path
