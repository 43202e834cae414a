"""What every command shares: exit codes, the usage error, streams, reading input, JSON output."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, NoReturn

from ..redact import redact

__all__ = [
    "EXIT_CODES_HELP",
    "EXIT_FAILED",
    "EXIT_GATEWAY",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_USAGE",
    "OneLineParser",
    "Streams",
    "UsageError",
    "add_command",
    "emit_json",
    "read_text",
]

EXIT_OK = 0
EXIT_FAILED = 1  # invalid payload, failed or canceled task
EXIT_USAGE = 2  # unusable input or usage error (argparse uses 2 as well)
EXIT_GATEWAY = 3  # gateway or network error, or the wait ran out (the task stays resumable)
EXIT_INTERRUPTED = 130  # Ctrl-C (128 + SIGINT, as shells report it)

EXIT_CODES_HELP = """exit codes (the same for every command):
  0  success (an empty task journal is not an error)
  1  invalid payload, or the task failed or was canceled
  2  unusable input or usage error (bad arguments, unknown gateway or operation, unreadable file)
  3  gateway or network error, or --wait/--timeout ran out (the task is journaled: tasks resume ID)
  130 interrupted"""


class UsageError(Exception):
    """Unusable input: printed as one line on stderr, exit status 2."""

    def __init__(self, message: str, suggestions: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.suggestions = list(suggestions)


class OneLineParser(argparse.ArgumentParser):
    """argparse with its errors as one :class:`UsageError` line (exit 2), usage appended."""

    def error(self, message: str) -> NoReturn:
        usage = " ".join(self.format_usage().split()).removeprefix("usage: ")
        raise UsageError(f"{message} (usage: {usage})")


@dataclass
class Streams:
    """The three standard streams, replaceable in tests."""

    stdin: IO[str] = field(default_factory=lambda: sys.stdin)
    stdout: IO[str] = field(default_factory=lambda: sys.stdout)
    stderr: IO[str] = field(default_factory=lambda: sys.stderr)

    def err(self, text: str) -> None:
        self.stderr.write(text + "\n")
        self.stderr.flush()

    def out(self, text: str) -> None:
        self.stdout.write(text + "\n")


def _is_terminal(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def read_text(file: str, io: Streams, what: str = "payload") -> tuple[str, str]:
    """Text of ``file`` (``-`` = stdin, announced on stderr at a terminal) and its display name."""
    if file == "-":
        if _is_terminal(io.stdin):
            io.err(f"reading the {what} from standard input (JSON; end with Ctrl-D)...")
        try:
            return io.stdin.read(), "<stdin>"
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"<stdin>: cannot read: {exc}") from None
    path = Path(file)
    try:
        return path.read_text(encoding="utf-8"), file
    except FileNotFoundError:
        raise UsageError(f"{file}: no such file") from None
    except IsADirectoryError:
        raise UsageError(f"{file}: is a directory") from None
    except UnicodeDecodeError:
        raise UsageError(f"{file}: not a UTF-8 text file") from None
    except OSError as exc:
        raise UsageError(f"{file}: cannot read: {exc.strerror or exc}") from None


def json_error(source: str, exc: json.JSONDecodeError) -> UsageError:
    """A usage error naming the line and column of invalid JSON (and full-width punctuation)."""
    from ..jsonhint import full_width_hint

    hint = full_width_hint(exc.doc, exc.pos) if isinstance(exc.doc, str) else ""
    return UsageError(
        f"{source}: invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}{hint}"
    )


def emit_json(stream: IO[str], data: Any) -> None:
    """One JSON document (secrets redacted), for scripts."""
    stream.write(redact(json.dumps(data, ensure_ascii=False, indent=2, default=str)) + "\n")


Run = Callable[[argparse.Namespace, Streams], int]


def add_command(
    sub: Any, name: str, *, help: str, description: str, run: Run
) -> argparse.ArgumentParser:
    """A subcommand parser with the shared exit-code help; ``run(args, streams)`` is its body."""
    parser: argparse.ArgumentParser = sub.add_parser(
        name,
        help=help,
        description=description,
        epilog=EXIT_CODES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.set_defaults(run=run)
    return parser
