"""Naming a gateway on the command line: the same rule for every command.

A gateway is named by

* its name: the generated package ``generated.<name>`` (this repository), an installed client
  package ``<name>`` (``pip install generated/<name>``), or ``./generated/<name>``, found by
  its ``spec.json``;
* a path: a ``spec.json``, a generated package folder holding one, or an OpenAPI document
  (``specs/qingbo.yaml``). An OpenAPI document needs the generator (``gateway-clientgen``),
  which registers a reader under the entry point group ``clientgen.openapi``; the runtime never
  imports the generator itself.
"""

from __future__ import annotations

import difflib
import importlib.util
import sys
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

from ..loading import LoadError, parse_json
from ._common import UsageError

__all__ = ["ResolvedGateway", "known_gateways", "looks_like_path", "resolve_gateway"]

OPENAPI_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class ResolvedGateway:
    """A gateway found from its command-line name: the decoded runtime spec and where it is."""

    name: str
    data: Mapping[str, Any]
    spec_path: Path | None  # the spec.json file (None when built from an OpenAPI document)
    module: str | None  # the importable package, when there is one
    reference: Callable[[], str]  # the markdown reference (generated/<name>/README.md)


def _package_dirs(name: str) -> Iterator[tuple[str, Path]]:
    """(module, folder) of the packages ``generated.<name>`` and ``<name>`` that exist."""
    for module in (f"generated.{name}", name):
        try:
            found = importlib.util.find_spec(module)
        except (ImportError, ValueError):
            continue
        if found is not None and found.submodule_search_locations:
            for location in found.submodule_search_locations:
                yield module, Path(location)


def known_gateways() -> list[str]:
    """Names of gateways with a ``spec.json``: generated ones and installed client packages."""
    names: set[str] = set()
    folders = [Path(p) for p in sys.path if p] + [Path.cwd()]
    folders.extend(folder for _, folder in _package_dirs("generated"))
    for folder in folders:
        try:
            names.update(p.parent.name for p in folder.glob("*/spec.json"))
        except OSError:
            continue
    return sorted(names)


def _read_reference(folder: Path) -> Callable[[], str]:
    def read() -> str:
        readme = folder / "README.md"
        try:
            return readme.read_text(encoding="utf-8")
        except OSError:
            raise UsageError(
                f"{folder}: no README.md reference beside spec.json (regenerate the client)"
            ) from None

    return read


def _load_json(path: Path) -> Any:
    try:
        return parse_json(path.read_text(encoding="utf-8"), str(path))
    except LoadError as exc:
        raise UsageError(str(exc)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: cannot read: {exc}") from None


def _from_spec_file(path: Path, module: str | None) -> ResolvedGateway:
    data = _load_json(path)
    if isinstance(data, Mapping) and "openapi" in data:
        return _from_openapi(path)
    if not isinstance(data, Mapping) or not isinstance(data.get("operations"), Mapping):
        raise UsageError(f"{path}: not a runtime spec (no 'operations' object)")
    name = str(data.get("name") or path.parent.name)
    return ResolvedGateway(name, data, path, module, _read_reference(path.parent))


def _from_openapi(path: Path) -> ResolvedGateway:
    readers = entry_points(group="clientgen.openapi")
    if not readers:
        raise UsageError(
            f"{path}: reading an OpenAPI document needs the generator (gateway-clientgen); "
            "name a generated gateway or its spec.json instead"
        )
    reader = next(iter(readers)).load()
    spec, reference = reader(path)  # raises UsageError naming every problem of the document
    return ResolvedGateway(str(spec["name"]), spec, None, None, reference)


def looks_like_path(text: str) -> bool:
    return "/" in text or "\\" in text or text.endswith((".json", *OPENAPI_SUFFIXES))


def resolve_gateway(text: str) -> ResolvedGateway:
    """Find the gateway ``text`` names; :class:`UsageError` with close names if none."""
    path = Path(text).expanduser()
    if path.is_dir() and (path / "spec.json").is_file():
        return _from_spec_file(path / "spec.json", None)
    if path.is_file():
        if path.suffix in OPENAPI_SUFFIXES:
            return _from_openapi(path)
        return _from_spec_file(path, None)
    if looks_like_path(text):
        raise UsageError(
            f"{text}: no such file (expected a gateway name, spec.json or OpenAPI file)"
        )
    if text.isidentifier():
        for module, folder in _package_dirs(text):
            if (folder / "spec.json").is_file():
                return _from_spec_file(folder / "spec.json", module)
        local = Path.cwd() / "generated" / text / "spec.json"  # generate --out generated
        if local.is_file():
            return _from_spec_file(local, None)
    known = known_gateways()
    close = difflib.get_close_matches(text, known, n=3, cutoff=0.4)
    message = f"unknown gateway {text!r}"
    if close:
        message += "; did you mean " + ", ".join(repr(c) for c in close) + "?"
    elif known:
        message += "; known gateways: " + ", ".join(known)
    else:
        message += " (no generated client found: run `clientgen generate` or install a client)"
    raise UsageError(message, close)
