"""``clientgen``: the one command line of gateway-clientgen (also ``python -m generator``).

One module per command. This runtime distribution holds the commands a client user needs
(``ops``, ``call``, ``validate``, ``tasks``, ``docs``); the generator distribution adds
``generate`` and ``coverage`` through the entry point group ``clientgen.commands``, so installing
a client never pulls in the generator and the runtime never imports it.

argparse rather than click/typer: it is in the standard library (the runtime's dependencies stay
httpx and pydantic) and its exit code 2 for bad arguments is the code we promise anyway.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Collection, Sequence
from typing import IO, TYPE_CHECKING, Any

from ._common import (
    EXIT_CODES_HELP,
    EXIT_OK,
    EXIT_USAGE,
    OneLineParser,
    Streams,
    UsageError,
    add_command,
)

if TYPE_CHECKING:
    from importlib.metadata import EntryPoint

__all__ = ["Streams", "UsageError", "add_command", "build_parser", "main"]

_BUILTIN = ("ops", "call", "validate", "tasks", "batch", "docs", "workers", "queued")
"""The built-in command modules, in order (queued plugs into batch). Each is imported only when
the parser needs it: the client behind ``call`` brings httpx and more, which a generator command
such as ``diff`` never uses."""
_GENERATOR_COMMANDS = ("generate", "coverage", "simulate")  # registered by the generator


Register = Callable[[Any], None]
"""What adds a distribution's commands to the subparsers (the ``clientgen.commands`` entry)."""


def _plugins() -> list[EntryPoint]:
    """The installed ``clientgen.commands`` entry points, by name (looked up once per run)."""
    from importlib.metadata import entry_points  # about 20 ms: only when needed

    return sorted(entry_points(group="clientgen.commands"), key=lambda e: e.name)


def _command_names(parser: argparse.ArgumentParser) -> Collection[str]:
    """The commands ``parser`` was built with (what its subparsers accept)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action.choices.keys()
    return ()


def build_parser(
    prog: str = "clientgen", command: str | None = None, own: Register | None = None
) -> argparse.ArgumentParser:
    """The whole command line: built-in commands plus those registered by other distributions.

    command names the command about to run: when another distribution registers it, the
    built-in commands are left out (their modules are not imported), so ``clientgen diff``
    starts as fast as the generator's own code allows. own: the caller's own commands
    (``python -m generator`` passes the generator's), added first; when they hold command,
    the installed distributions are not even looked up.
    """
    parser = OneLineParser(
        prog=prog,
        description="Typed clients for AI generation gateways: generate, inspect, call, resume.",
        epilog="A GATEWAY is a name (qingbo) or a path (a spec.json, a generated package folder,\n"
        "or an OpenAPI document such as specs/qingbo.yaml).\n\n" + EXIT_CODES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    if own is not None:
        own(sub)
        if command is not None and command in sub.choices:
            return parser
    for plugin in _plugins():  # the generator's commands, when it is installed
        if own is None or plugin.value != f"{own.__module__}:{own.__qualname__}":
            plugin.load()(sub)
    if command is None or command not in sub.choices:
        for name in _BUILTIN:
            importlib.import_module(f"{__name__}.{name}").register(sub)
    return parser


def main(
    argv: Sequence[str] | None = None,
    *,
    prog: str = "clientgen",
    stdin: IO[str] | None = None,
    stdout: IO[str] | None = None,
    stderr: IO[str] | None = None,
    own: Register | None = None,
) -> int:
    """Run the command line on ``argv`` (default ``sys.argv[1:]``); return the exit code.

    own: the caller's own commands (see :func:`build_parser`).
    """
    io = Streams(
        stdin if stdin is not None else sys.stdin,
        stdout if stdout is not None else sys.stdout,
        stderr if stderr is not None else sys.stderr,
    )
    args_list = list(sys.argv[1:] if argv is None else argv)
    command = "clientgen"
    try:
        parser = build_parser(prog, args_list[0] if args_list else None, own)
        # Missing when no installed distribution registered it (the parser's lookup says so).
        if (
            args_list
            and args_list[0] in _GENERATOR_COMMANDS
            and args_list[0] not in _command_names(parser)
        ):
            raise UsageError(
                f"'{args_list[0]}' comes with the generator, which this installation lacks (it has"
                f" the runtime only: {', '.join(_BUILTIN)});"
                " run it from a gateway-clientgen checkout after 'make generate'"
            )
        args = parser.parse_args(args_list)
        command = args.command
        return int(args.run(args, io))
    except SystemExit as exc:  # --help
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    except BrokenPipeError:  # the reader left early (clientgen ops gptnb | head): not an error
        if io.stdout is sys.stdout:  # nothing more reaches it, not even the flush at exit
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except UsageError as exc:
        io.err(f"error: {exc}")
        return EXIT_USAGE
    except KeyboardInterrupt:
        io.err("interrupted")
        return 130
    except RecursionError:
        io.err("error: input is nested too deeply")
        return EXIT_USAGE
    except Exception as exc:  # never a traceback for a user; CLIENTGEN_DEBUG=1 shows it
        if os.environ.get("CLIENTGEN_DEBUG") or os.environ.get("GENERATOR_DEBUG"):
            raise
        io.err(f"error: {command}: {type(exc).__name__}: {exc} (set CLIENTGEN_DEBUG=1 for details)")
        return EXIT_USAGE


def console() -> None:
    """Entry point of the ``clientgen`` console script."""
    sys.exit(main())
