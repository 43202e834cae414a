"""Checks a command runs before it pays: the download folder can take the files.

``clientgen call ... --download DIR`` used to submit, wait, then fail with a raw
``PermissionError``: the task was paid for and its files not saved. The folder is now created
and probed with a real file first, so a folder that cannot be written is refused before the submit.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ._common import UsageError

__all__ = ["check_download_dir"]


def check_download_dir(directory: str, flag: str = "--download") -> Path:
    """``directory`` created if missing and proven writable; :class:`UsageError` otherwise."""
    path = Path(directory).expanduser()
    if path.exists() and not path.is_dir():
        raise UsageError(f"{flag} {directory}: exists and is not a folder; nothing was sent")
    try:
        path.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path, prefix=".clientgen-probe-"):
            pass
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise UsageError(
            f"{flag} {directory}: cannot write there ({reason}); choose a writable folder "
            "(nothing was sent)"
        ) from None
    if not os.access(path, os.W_OK | os.X_OK):
        raise UsageError(f"{flag} {directory}: not writable; nothing was sent")
    return path
