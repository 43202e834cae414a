"""Load a spec: parse YAML/JSON with line numbers, then bundle external ``$ref`` files into one document.

Hostile input is expected: duplicate keys, recursive aliases and alias bombs, non-mapping roots,
remote references. Each becomes a ``Problem`` naming file and line; nothing raises a traceback.
Parsing is the runtime's guarded loader (``gateway_runtime.loading``), the one that also reads
payloads for ``clientgen validate``/``call``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gateway_runtime.loading import MAX_DEPTH, MAX_NODES, LoadError, parse_yaml
from generator.data_keys import NAME_MAPS, holds_data
from generator.fast_load import fast_data, fast_json, key_text
from generator.locate import line_of as locate_line
from generator.problems import (
    Place,
    Problem,
    SpecError,
    escape_pointer_token,
    spell_place,
    split_pointer,
)

__all__ = ["MAX_DEPTH", "MAX_NODES", "LoadedSpec", "SourceFile", "load_spec", "spec_files"]


@dataclass
class SourceFile:
    """One parsed file: its data and the line of every JSON pointer in it."""

    path: Path
    data: Any
    lines: dict[str, int] = field(default_factory=dict)
    display: str = ""
    text: str | None = None
    """The text, when it was read fast (no positions kept): lines are then found on demand."""
    json: bool = False
    """Whether the text is JSON read fast: the exact loader finds every line at the first ask."""

    def line_of(self, pointer: str) -> int | None:
        """The line of pointer, or of its nearest ancestor that has one."""
        if self.text is not None and self.json:
            self.lines = _exact_lines(self.text, self.display or self.path.name)
            self.text, self.json = None, False
        if self.text is not None:
            if pointer not in self.lines:
                line = locate_line(self.text, pointer)
                if line is None:
                    return None
                self.lines[pointer] = line
            return self.lines[pointer]
        while True:
            if pointer in self.lines:
                return self.lines[pointer]
            if not pointer:
                return None
            pointer = pointer.rsplit("/", 1)[0]


@dataclass
class LoadedSpec:
    """The root document with external references bundled in, plus where each part came from."""

    root: SourceFile
    data: dict[str, Any]
    files: dict[Path, SourceFile]

    @property
    def name(self) -> str:
        return self.root.display or self.root.path.name

    def problem(self, pointer: str, message: str) -> Problem:
        """A problem at pointer in the bundled document, located in the root file."""
        return Problem(self.name, self.root.line_of(pointer), pointer, message)


def parse_file(path: Path, display: str | None = None, exact: bool = False) -> SourceFile:
    """Parse one YAML or JSON file; raise SpecError with located problems when it is unusable."""
    name = display or path.name
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SpecError([Problem(name, None, "", "file not found")]) from None
    except IsADirectoryError:
        raise SpecError(
            [Problem(name, None, "", "is a directory, expected a YAML or JSON file")]
        ) from None
    except UnicodeDecodeError as exc:
        raise SpecError(
            [Problem(name, None, "", f"not UTF-8 text ({exc.reason} at byte {exc.start})")]
        ) from None
    except OSError as exc:
        raise SpecError([Problem(name, None, "", f"cannot read: {exc.strerror}")]) from None
    fast = None if exact else fast_json(text)
    if fast is not None:
        return SourceFile(path, fast, {}, name, text, json=True)
    fast = None if exact else fast_data(text)
    if fast is not None:
        return SourceFile(path, fast, {}, name, text)
    try:
        parsed = parse_yaml(text, name)
    except LoadError as exc:
        raise SpecError(
            [Problem(name, p.line, p.pointer, _spec_message(p.message)) for p in exc.problems]
        ) from None
    return SourceFile(path, parsed.data, parsed.lines, name)


def _exact_lines(text: str, name: str) -> dict[str, int]:
    """The line of every pointer of text, as the exact loader finds them ({} if it cannot)."""
    try:
        return parse_yaml(text, name).lines
    except LoadError:
        return {}


def _spec_message(message: str) -> str:
    return message + "; expected an OpenAPI object" if message == "empty document" else message


def _resolve_pointer(data: Any, pointer: str) -> Any:
    current = data
    for token in split_pointer(pointer):
        if isinstance(current, dict):
            current = current[token]
        elif isinstance(current, list):
            current = current[int(token)]
        else:
            raise KeyError(token)
    return current


class _Bundler:
    """Copies externally referenced parts into the root document and rewrites their refs.

    Schemas are hoisted into ``components/schemas`` (so names survive and recursion works); any other
    referenced object is inlined where it is used.
    """

    def __init__(self, root: SourceFile, exact: bool = False) -> None:
        self.root = root
        self.exact = exact
        """Whether referenced files are read by the exact loader (after a complex key)."""
        self.files: dict[Path, SourceFile] = {root.path.resolve(): root}
        self.problems: list[Problem] = []
        self.hoisted: dict[tuple[Path, str], str] = {}
        self.schemas: dict[str, Any] = {}
        self.taken: set[str] = set()

    def file(self, path: Path) -> SourceFile:
        key = path.resolve()
        if key not in self.files:
            try:
                display = str(path.relative_to(self.root.path.parent))
            except ValueError:
                display = str(path)
            self.files[key] = parse_file(path, display, exact=self.exact)
        return self.files[key]

    def run(self) -> dict[str, Any]:
        data = self.root.data
        assert isinstance(data, dict)
        existing = data.get("components", {}) if isinstance(data.get("components"), dict) else {}
        if isinstance(existing.get("schemas"), dict):
            self.taken.update(str(k) for k in existing["schemas"])
        bundled = self.rewrite(data, self.root, "", inlining=())
        if self.hoisted:
            comps = bundled.setdefault("components", {})
            if isinstance(comps, dict):
                target = comps.setdefault("schemas", {})
                if isinstance(target, dict):
                    for name, schema in self.schemas.items():
                        target.setdefault(name, schema)
        return bundled  # type: ignore[no-any-return]

    def rewrite(
        self,
        node: Any,
        source: SourceFile,
        pointer: Place,
        inlining: tuple[str, ...],
        names: bool = False,
    ) -> Any:
        """node with its external references bundled (names: node is a map of names); pointer
        is its place, spelt out only for a problem (most documents have no external reference).

        Keys come out as strings (a status code the fast loader read as 200 is "200"); values
        that are data (``data_keys``) are kept as they are.
        """
        if isinstance(node, list):
            return [
                self.rewrite(v, source, (pointer, str(i)), inlining)
                if type(v) is dict or type(v) is list
                else v
                for i, v in enumerate(node)
            ]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref") if not names else None
        if isinstance(ref, str) and not ref.startswith("#"):
            return self.external(ref, node, source, pointer, inlining)
        if isinstance(ref, str) and source is not self.root:
            # A local ref inside an external file points into that file.
            return self.external(
                f"{source.path.name}{ref}", node, source, pointer, inlining, same_file=True
            )
        out: dict[str, Any] = {}
        for k, v in node.items():
            key = k if type(k) is str else key_text(k)
            if (type(v) is not dict and type(v) is not list) or (not names and holds_data(key, v)):
                out[key] = v  # a scalar, or data ($ref there is a value)
                continue
            map_of_names = not names and key in NAME_MAPS and type(v) is dict
            out[key] = self.rewrite(v, source, (pointer, key), inlining, map_of_names)
        return out

    def external(
        self,
        ref: str,
        node: dict[str, Any],
        source: SourceFile,
        place: Place,
        inlining: tuple[str, ...],
        same_file: bool = False,
    ) -> Any:
        pointer = spell_place(place)
        where = Problem(source.display or source.path.name, source.line_of(pointer), pointer, "")
        file_part, _, fragment = ref.partition("#")
        if "://" in file_part or file_part.startswith("//"):
            self.problems.append(
                _with(where, f"remote $ref {ref!r} is not supported (no network); use a local file")
            )
            return {}
        target_path = source.path if same_file else (source.path.parent / file_part)
        try:
            target_file = self.file(target_path)
        except SpecError as exc:
            self.problems.extend(exc.problems)
            self.problems.append(_with(where, f"$ref {ref!r}: cannot load {file_part!r}"))
            return {}
        key = (target_path.resolve(), fragment)
        try:
            target = _resolve_pointer(target_file.data, fragment)
        except (KeyError, IndexError, ValueError):
            self.problems.append(
                _with(
                    where,
                    f"$ref {ref!r} does not resolve: nothing at {fragment or '/'} in {file_part}",
                )
            )
            return {}
        tokens = split_pointer(fragment)
        is_schema = len(tokens) == 3 and tokens[:2] == ["components", "schemas"]
        if is_schema:
            if key not in self.hoisted:
                name = self._free_schema_name(tokens[2])
                self.hoisted[key] = name
                self.schemas[name] = {}
                self.schemas[name] = self.rewrite(target, target_file, fragment, inlining)
            siblings = {k: v for k, v in node.items() if k != "$ref"}
            result: dict[str, Any] = {
                "$ref": "#/components/schemas/" + escape_pointer_token(self.hoisted[key])
            }
            result.update(siblings)
            return result
        marker = f"{key[0]}#{fragment}"
        if marker in inlining:
            self.problems.append(
                _with(where, f"$ref {ref!r} refers to itself through non-schema objects")
            )
            return {}
        return self.rewrite(target, target_file, fragment, (*inlining, marker))

    def _free_schema_name(self, wanted: str) -> str:
        name, n = wanted, 2
        while name in self.taken:
            name = f"{wanted}{n}"
            n += 1
        self.taken.add(name)
        return name


def _with(p: Problem, message: str) -> Problem:
    return Problem(p.file, p.line, p.pointer, message)


def load_spec(path: Path) -> LoadedSpec:
    """Parse the spec at path and bundle its external references; raise SpecError on problems."""
    root = parse_file(path, str(path))
    if not isinstance(root.data, dict):
        kind = type(root.data).__name__
        raise SpecError(
            [
                Problem(
                    str(path),
                    1,
                    "",
                    f"top level is a {kind}; expected an OpenAPI object (a mapping)",
                )
            ]
        )
    bundler = _Bundler(root)
    try:
        data = bundler.run()
    except ValueError:  # a complex key the fast reading kept: the exact loader says where
        root = parse_file(path, str(path), exact=True)
        bundler = _Bundler(root, exact=True)
        data = bundler.run()
    if bundler.problems:
        raise SpecError(bundler.problems)
    return LoadedSpec(root, data, bundler.files)


def spec_files(folder: Path) -> list[Path]:
    """Gateway specs of a folder (top level only; shared pieces live in subfolders)."""
    return sorted(
        p for p in folder.iterdir() if p.suffix in (".yaml", ".yml", ".json") and p.is_file()
    )
