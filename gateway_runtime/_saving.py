"""Output files on disk: collision-free names, atomic writes, and proof of what a file holds.

* A file is named ``<readable>-<hash>-<index><ext>``: ``readable`` is the task id (or chosen
  name) with characters file systems cannot hold replaced and cut to 64 characters, ``hash``
  the first 12 hex digits of the SHA-256 of the exact id, so ``job:1`` and ``job/1`` never share
  a file and a 300-character id still makes a short name. A name chosen by the caller that is
  already a safe, short file name is used as it is.
* A file is written under a temporary ``.part`` name and renamed when complete, so a file with
  the final name is never partial.
* Beside each file a hidden record ``.<stem>.json`` says which name (task id), output index and
  source (SHA-256 of the URL, or of the data) and how many bytes it holds; a file counts as
  "already saved" only when its record says so and its size matches.
* Every file-system failure is a :class:`DownloadError` naming the path.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import uuid
from pathlib import Path
from typing import Any

from .errors import DownloadError

__all__ = [
    "PartFile",
    "check_folder",
    "fingerprint",
    "make_folder",
    "record_saved",
    "saved_file",
    "stem_for",
]

_READABLE = 64
_HASH = 12


def _fs_error(what: str, path: Path, exc: OSError) -> DownloadError:
    reason = exc.strerror or type(exc).__name__
    return DownloadError(f"cannot {what} {str(path)!r}: {reason}")


def fingerprint(text: str | bytes) -> str:
    """SHA-256 hex digest of ``text`` (a URL or data), as recorded beside a file."""
    data = text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).hexdigest()


def stem_for(name: str, *, always_hash: bool) -> str:
    """The file stem for ``name``: readable part plus a short hash of the exact name."""
    readable = re.sub(r"[^\w.-]", "_", name, flags=re.ASCII).strip("._")[:_READABLE] or "output"
    if not always_hash and readable == name:
        return readable
    return f"{readable}-{fingerprint(name)[:_HASH]}"


def make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _fs_error("create the folder", folder, exc) from None


def check_folder(directory: str | os.PathLike[str], what: str = "download_to") -> Path:
    """``directory`` created if missing and proven writable with a real file, before any money
    goes (a submit's ``download_to=``, ``clientgen call --download``); else a
    :class:`DownloadError` naming the folder and why, saying that nothing was sent.

    The files themselves are named after the task id (``stem_for``), unknown before the submit
    and never shared between two tasks, so a free folder is all that can be proven beforehand.
    """
    path = Path(directory).expanduser()
    shown = f"{what} {str(directory)!r}"
    if path.exists() and not path.is_dir():
        raise DownloadError(f"{shown}: exists and is not a folder; nothing was sent")
    try:
        path.mkdir(parents=True, exist_ok=True)
        probe = PartFile(path / ".clientgen-probe")
        probe.abort()
    except (OSError, DownloadError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise DownloadError(
            f"{shown}: cannot write there ({reason}); choose a writable folder (nothing was sent)"
        ) from None
    if not os.access(path, os.W_OK | os.X_OK):
        raise DownloadError(f"{shown}: not writable; nothing was sent")
    return path


def _record_path(folder: Path, stem: str) -> Path:
    return folder / f".{stem}.json"


def saved_file(folder: Path, stem: str, name: str, index: int, source: str) -> Path | None:
    """The complete file for (``name``, ``index``, ``source``) if its record proves it."""
    try:
        record: Any = json.loads(_record_path(folder, stem).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(record, dict):
        return None
    wanted = {"name": name, "output": index, "source": source}
    if any(record.get(k) != v for k, v in wanted.items()):
        return None
    file_name = record.get("file")
    if not isinstance(file_name, str) or "/" in file_name or not file_name.startswith(stem):
        return None
    path = folder / file_name
    try:
        return path if path.is_file() and path.stat().st_size == record.get("size") else None
    except OSError:
        return None


def record_saved(path: Path, stem: str, name: str, index: int, source: str, size: int) -> None:
    """Write the record proving ``path`` holds output ``index`` of ``name`` from ``source``."""
    record = {"name": name, "output": index, "source": source, "file": path.name, "size": size}
    target = _record_path(path.parent, stem)
    part = PartFile(target)
    try:
        part.write(json.dumps(record, ensure_ascii=False).encode("utf-8", "surrogatepass"))
        part.commit()
    except BaseException:
        part.abort()
        raise


class PartFile:
    """A file written under a temporary name; :meth:`commit` renames it into place."""

    def __init__(self, final: Path) -> None:
        self.final = final
        self.temp = final.with_name(f".{final.name}.{uuid.uuid4().hex[:8]}.part")
        self.size = 0
        try:
            self.handle = open(self.temp, "wb")  # closed in commit/abort
        except OSError as exc:
            raise _fs_error("create", self.temp, exc) from None

    def write(self, chunk: bytes) -> None:
        try:
            self.handle.write(chunk)
        except OSError as exc:
            raise _fs_error("write", self.temp, exc) from None
        self.size += len(chunk)

    def commit(self) -> Path:
        try:
            self.handle.flush()
            os.fsync(self.handle.fileno())
            self.handle.close()
        except OSError as exc:
            raise _fs_error("write", self.temp, exc) from None
        try:
            os.replace(self.temp, self.final)
        except OSError as exc:
            raise _fs_error("rename the finished file to", self.final, exc) from None
        return self.final

    def abort(self) -> None:
        try:
            self.handle.close()
        except OSError:
            pass
        try:
            self.temp.unlink(missing_ok=True)
        except OSError:
            pass  # the temporary name never counts as a saved file
