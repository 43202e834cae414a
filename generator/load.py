"""Load a spec: parse YAML/JSON with line numbers, then bundle external ``$ref`` files into one document.

Hostile input is expected: duplicate keys, recursive aliases and alias bombs, non-mapping roots,
remote references. Each becomes a ``Problem`` naming file and line; nothing raises a traceback.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.data_keys import NAME_MAPS, holds_data
from generator.fast_load import fast_data, key_text
from generator.locate import line_of as locate_line
from generator.problems import Problem, SpecError, escape_pointer_token, split_pointer

MAX_NODES = 2_000_000
MAX_DEPTH = 400


@dataclass
class SourceFile:
    """One parsed file: its data and the line of every JSON pointer in it."""

    path: Path
    data: Any
    lines: dict[str, int] = field(default_factory=dict)
    display: str = ""
    text: str | None = None
    """The text, when it was read fast (no positions kept): lines are then found on demand."""

    def line_of(self, pointer: str) -> int | None:
        """The line of pointer, or of its nearest ancestor that has one."""
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


_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[valid-type,misc]
    """Safe loader (libyaml when present); timestamps stay strings so specs round-trip to JSON."""


# Scalars are read as YAML 1.2 (core schema) reads them, as JSON does: ``1e-08`` is a number and
# ``yes``/``on``/``017`` are a string, a string and 17. PyYAML implements YAML 1.1, so its implicit
# resolvers are replaced; timestamps stay strings so specs round-trip to JSON.
_CORE_RESOLVERS: list[tuple[str, re.Pattern[str], str | list[str]]] = [
    ("tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""]),
    ("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), "tTfF"),
    (
        "tag:yaml.org,2002:int",
        re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"),
        "-+0123456789",
    ),
    (
        "tag:yaml.org,2002:float",
        re.compile(
            r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
            r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
        ),
        "-+.0123456789",
    ),
]
_Loader.yaml_implicit_resolvers = {}
for _tag, _pattern, _first in _CORE_RESOLVERS:
    for _ch in _first:
        _Loader.yaml_implicit_resolvers.setdefault(_ch, []).append((_tag, _pattern))
_Loader.yaml_implicit_resolvers.setdefault("<", []).append(
    ("tag:yaml.org,2002:merge", re.compile(r"^(?:<<)$"))
)


_STR = "tag:yaml.org,2002:str"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_MERGE = "tag:yaml.org,2002:merge"
_SPECIAL_FLOATS = {
    ".inf": float("inf"),
    "-.inf": float("-inf"),
    "+.inf": float("inf"),
    ".nan": float("nan"),
}


def _scalar(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Any:
    """The value of a scalar node, by its YAML 1.2 core schema tag (others: PyYAML's constructor)."""
    tag, value = node.tag, node.value
    if tag == _STR:
        return value
    if tag == "tag:yaml.org,2002:int":
        return int(value, 0) if value.startswith(("0o", "0x")) else int(value, 10)
    if tag == "tag:yaml.org,2002:float":
        return _SPECIAL_FLOATS.get(value.lower(), None) or float(value)
    if tag == "tag:yaml.org,2002:bool":
        return value.lower() == "true"
    if tag == "tag:yaml.org,2002:null":
        return None
    return loader.construct_object(node, deep=True)


def _build(
    loader: yaml.SafeLoader,
    root: yaml.Node,
    file: str,
    lines: dict[str, int],
    problems: list[Problem],
) -> Any:
    """Construct the document and record pointer → line, in one walk over the nodes.

    Also finds duplicate keys and refuses recursive aliases and alias bombs. One walk instead of
    PyYAML's constructor halves load time; aliases are expanded into copies (a spec is a tree).
    """
    budget = [MAX_NODES]
    on_path: set[int] = set()

    def visit(n: yaml.Node, pointer: str, depth: int) -> Any:
        budget[0] -= 1
        if budget[0] < 0:
            raise _TooLarge
        if depth > MAX_DEPTH:
            raise _TooDeep(n.start_mark.line + 1)
        if id(n) in on_path:
            raise _Recursive(n.start_mark.line + 1)
        lines.setdefault(pointer, n.start_mark.line + 1)
        if isinstance(n, yaml.ScalarNode):
            return _scalar(loader, n)
        if isinstance(n, yaml.MappingNode) and n.tag == _MAP:
            on_path.add(id(n))
            out: dict[Any, Any] = {}
            merged: list[Any] = []
            seen: dict[str, int] = {}
            for key_node, value_node in n.value:
                if key_node.tag == _MERGE:
                    merged.append(visit(value_node, pointer, depth + 1))
                    continue
                if not isinstance(key_node, yaml.ScalarNode):
                    raise yaml.constructor.ConstructorError(
                        None, None, "a mapping key must be a plain value", key_node.start_mark
                    )
                # JSON's data model: every key is a string, as written (``200:`` is "200").
                text = str(key_node.value)
                line = key_node.start_mark.line + 1
                child = pointer + "/" + escape_pointer_token(text)
                if text in seen:
                    problems.append(
                        Problem(
                            file,
                            line,
                            child,
                            f"duplicate key {text!r} (first at line {seen[text]}); keep one",
                        )
                    )
                seen[text] = line
                lines[child] = line
                out[text] = visit(value_node, child, depth + 1)
            for extra in merged:
                for mapping in extra if isinstance(extra, list) else [extra]:
                    if isinstance(mapping, dict):
                        for key, value in mapping.items():
                            out.setdefault(key, value)
            on_path.discard(id(n))
            return out
        if isinstance(n, yaml.SequenceNode) and n.tag == _SEQ:
            on_path.add(id(n))
            items = [visit(item, f"{pointer}/{i}", depth + 1) for i, item in enumerate(n.value)]
            on_path.discard(id(n))
            return items
        return loader.construct_object(n, deep=True)

    return visit(root, "", 0)


class _TooLarge(Exception):
    pass


class _TooDeep(Exception):
    def __init__(self, line: int) -> None:
        self.line = line


class _Recursive(Exception):
    def __init__(self, line: int) -> None:
        self.line = line


_SURROGATE_PAIR = re.compile(
    r"(?<!\\)((?:\\\\)*)\\u(d[89ab][0-9a-f]{2})\\u(d[c-f][0-9a-f]{2})", re.I
)


def _join_surrogate_escapes(text: str) -> str:
    """JSON text with its escaped surrogate pairs (``"\\ud83d\\ude00"``) written as the character.

    JSON spells a character beyond the BMP as two escapes (Python's ``json.dumps`` does so for
    every emoji); YAML, which reads our JSON too, refuses them one by one. Only JSON text (a
    document that opens with ``{``) is touched, and only escapes that are not themselves escaped.
    """
    if not text.lstrip("\ufeff \t\r\n").startswith("{") or "\\u" not in text:
        return text

    def joined(match: re.Match[str]) -> str:
        high, low = int(match[2], 16), int(match[3], 16)
        return match[1] + chr(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))

    return _SURROGATE_PAIR.sub(joined, text)


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
    fast = None if exact else fast_data(text)
    if fast is not None:
        return SourceFile(path, fast, {}, name, text)
    loader = _Loader(_join_surrogate_escapes(text))
    problems: list[Problem] = []
    try:
        node = loader.get_single_node()
        if node is None:
            raise SpecError([Problem(name, 1, "", "empty document; expected an OpenAPI object")])
        lines: dict[str, int] = {}
        data = _build(loader, node, name, lines, problems)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        what = " ".join(str(exc.problem or exc.context or "invalid YAML").split())
        raise SpecError([Problem(name, line, "", f"invalid YAML: {what}")]) from None
    except yaml.YAMLError as exc:
        what = " ".join(str(exc).split())
        raise SpecError([Problem(name, None, "", f"invalid YAML: {what}")]) from None
    except _TooLarge:
        raise SpecError(
            [
                Problem(
                    name, None, "", f"document expands to more than {MAX_NODES} nodes (alias bomb?)"
                )
            ]
        ) from None
    except _TooDeep as exc:
        raise SpecError(
            [Problem(name, exc.line, "", f"nesting deeper than {MAX_DEPTH} levels")]
        ) from None
    except _Recursive as exc:
        raise SpecError(
            [Problem(name, exc.line, "", "recursive YAML alias; a document must be a tree")]
        ) from None
    except RecursionError:
        raise SpecError([Problem(name, None, "", "nesting too deep to load")]) from None
    finally:
        loader.dispose()
    if problems:
        raise SpecError(problems)
    return SourceFile(path, data, lines, name)


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
        pointer: str,
        inlining: tuple[str, ...],
        names: bool = False,
    ) -> Any:
        """node with its external references bundled (names: node is a map of names).

        Keys come out as strings (a status code the fast loader read as 200 is "200"); values
        that are data (``data_keys``) are kept as they are.
        """
        if isinstance(node, list):
            return [
                self.rewrite(v, source, f"{pointer}/{i}", inlining)
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
            out[key] = self.rewrite(
                v, source, pointer + "/" + escape_pointer_token(key), inlining, map_of_names
            )
        return out

    def external(
        self,
        ref: str,
        node: dict[str, Any],
        source: SourceFile,
        pointer: str,
        inlining: tuple[str, ...],
        same_file: bool = False,
    ) -> Any:
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
