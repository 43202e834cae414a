"""Checks a command runs before it pays: the download folder can take the files.

``clientgen call ... --download DIR`` used to submit, wait, then fail with a raw
``PermissionError``: the task was paid for and its files not saved. The folder is now created
and probed with a real file first, so a folder that cannot be written is refused before the submit.
"""

from __future__ import annotations

from pathlib import Path

from .._saving import check_folder
from ..errors import DownloadError
from ._common import UsageError

__all__ = ["check_download_dir"]


def check_download_dir(directory: str, flag: str = "--download") -> Path:
    """``directory`` created if missing and proven writable; :class:`UsageError` otherwise."""
    try:
        return check_folder(directory, flag)
    except DownloadError as exc:
        raise UsageError(str(exc)) from None
