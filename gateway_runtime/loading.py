"""The one guarded reader of JSON and YAML documents: payloads, runtime specs, OpenAPI specs.

Hostile input is expected: alias bombs (a 400-byte YAML that expands to billions of nodes),
recursive aliases, documents nested thousands deep, duplicate keys, non-JSON scalars. Each is
a :class:`LoadError` naming the source, line and JSON pointer; nothing raises a traceback and
nothing expands before it is counted. ``clientgen validate``/``call`` and the generator
(``generator/load.py``) all read through here.

YAML is read as YAML 1.2's core schema reads it, as JSON does: ``1e-08`` is a number and
``yes``/``on``/``017`` are a string, a string and 17; timestamps stay strings so documents
round-trip to JSON. PyYAML is optional for the runtime: without it only JSON is read.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from .errors import GatewayClientError

__all__ = [
    "MAX_DEPTH",
    "MAX_NODES",
    "LoadError",
    "LoadProblem",
    "Parsed",
    "deeper_than",
    "parse_json",
    "parse_payload_text",
    "parse_yaml",
]

MAX_NODES = 2_000_000
"""Most nodes a YAML document may expand to (aliases counted at every use)."""
MAX_DEPTH = 400
"""Deepest nesting of containers a document may have."""


class LoadProblem(NamedTuple):
    """One thing wrong with a document: ``line`` and ``column`` (1-based, if known), JSON
    ``pointer``, text."""

    line: int | None
    pointer: str
    message: str
    column: int | None = None


class LoadError(GatewayClientError, ValueError):
    """A document that cannot be read: ``source`` names it, ``problems`` say where and why."""

    def __init__(self, source: str, problems: list[LoadProblem]) -> None:
        self.source = source
        self.problems = list(problems)
        first = self.problems[0] if self.problems else LoadProblem(None, "", "unreadable")
        where = f"{source}:{first.line}" if first.line else source
        more = f" (and {len(self.problems) - 1} more)" if len(self.problems) > 1 else ""
        super().__init__(f"{where}: {first.message}{more}")


@dataclass
class Parsed:
    """A parsed document and the line of every JSON pointer in it."""

    data: Any
    lines: dict[str, int] = field(default_factory=dict)


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def deeper_than(value: Any, limit: int) -> bool:
    """Whether containers nest more than ``limit`` levels (iterative: no recursion limit)."""
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        node, depth = stack.pop()
        if depth > limit:
            return True
        if isinstance(node, Mapping):
            stack.extend((v, depth + 1) for v in node.values() if isinstance(v, Mapping | list))
        elif isinstance(node, list | tuple):
            stack.extend((v, depth + 1) for v in node if isinstance(v, Mapping | list | tuple))
    return False


def parse_json(text: str, source: str) -> Any:
    """Decode JSON text, refusing nesting beyond :data:`MAX_DEPTH` (:class:`LoadError`)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        from .jsonhint import full_width_hint

        where = f"at line {exc.lineno}, column {exc.colno}"
        message = f"invalid JSON {where}: {exc.msg}{full_width_hint(text, exc.pos)}"
        raise LoadError(source, [LoadProblem(exc.lineno, "", message, exc.colno)]) from None
    except RecursionError:
        data = None
        too_deep = True
    else:
        too_deep = deeper_than(data, MAX_DEPTH)
    if too_deep:
        raise LoadError(source, [LoadProblem(None, "", f"nesting deeper than {MAX_DEPTH} levels")])
    return data


# -- YAML ---------------------------------------------------------------------------------------

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


@functools.cache
def _loader_class() -> Any:
    """A safe loader (libyaml when present) with YAML 1.2 core scalars."""
    import yaml

    base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class Loader(base):  # type: ignore[misc]
        pass

    Loader.yaml_implicit_resolvers = {}
    for tag, pattern, first in _CORE_RESOLVERS:
        for ch in first:
            Loader.yaml_implicit_resolvers.setdefault(ch, []).append((tag, pattern))
    Loader.yaml_implicit_resolvers.setdefault("<", []).append((_MERGE, re.compile(r"^(?:<<)$")))
    return Loader


def _scalar(loader: Any, node: Any) -> Any:
    """The value of a scalar node, by its YAML 1.2 core schema tag (others: PyYAML's constructor)."""
    tag, value = node.tag, node.value
    if tag == _STR:
        return value
    if tag == "tag:yaml.org,2002:int":
        return int(value, 0) if value.startswith(("0o", "0x")) else int(value, 10)
    if tag == "tag:yaml.org,2002:float":
        special = _SPECIAL_FLOATS.get(value.lower())
        return float(value) if special is None else special
    if tag == "tag:yaml.org,2002:bool":
        return value.lower() == "true"
    if tag == "tag:yaml.org,2002:null":
        return None
    return loader.construct_object(node, deep=True)


class _Stop(Exception):
    """Why a walk stopped: a located problem."""

    def __init__(self, line: int | None, message: str) -> None:
        self.line = line
        self.message = message


def _count(root: Any) -> int:
    """Nodes ``root`` expands to, aliases counted at every use, computed once per node (so a
    bomb is refused before anything is built); refuses recursive aliases."""
    sizes: dict[int, int] = {}
    on_path: set[int] = set()
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, finished = stack.pop()
        key = id(node)
        if finished:
            on_path.discard(key)
            total = 1 + sum(sizes[id(child)] for child in _children(node))
            if total > MAX_NODES:
                raise _Stop(None, f"document expands to more than {MAX_NODES} nodes (alias bomb?)")
            sizes[key] = total
            continue
        if key in sizes:
            continue
        if key in on_path:
            raise _Stop(node.start_mark.line + 1, "recursive YAML alias; a document must be a tree")
        on_path.add(key)
        stack.append((node, True))
        stack.extend((child, False) for child in _children(node) if id(child) not in sizes)
    return sizes[id(root)]


def _children(node: Any) -> list[Any]:
    value = node.value
    if not isinstance(value, list):
        return []
    if value and isinstance(value[0], tuple):  # a mapping: (key, value) pairs
        return [part for pair in value for part in pair]
    return value


def _build(loader: Any, root: Any, lines: dict[str, int], problems: list[LoadProblem]) -> Any:
    """Construct the document and record pointer → line, in one walk over the nodes.

    Also finds duplicate keys and refuses recursive aliases and alias bombs. One walk instead of
    PyYAML's constructor halves load time; aliases are expanded into copies (a document is a
    tree) and every copy counts against :data:`MAX_NODES` before it is made.
    """
    import yaml

    budget = [MAX_NODES]
    on_path: set[int] = set()

    def visit(n: Any, pointer: str, depth: int) -> Any:
        budget[0] -= 1
        if budget[0] < 0:
            raise _Stop(None, f"document expands to more than {MAX_NODES} nodes (alias bomb?)")
        if depth > MAX_DEPTH:
            raise _Stop(n.start_mark.line + 1, f"nesting deeper than {MAX_DEPTH} levels")
        if id(n) in on_path:
            raise _Stop(n.start_mark.line + 1, "recursive YAML alias; a document must be a tree")
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
                child = pointer + "/" + _escape(text)
                if text in seen:
                    problems.append(
                        LoadProblem(
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


def parse_yaml(text: str, source: str) -> Parsed:
    """Parse YAML (or JSON) text into data and a line map; :class:`LoadError` when unusable.

    Raises :class:`ImportError` when PyYAML is not installed.
    """
    import yaml

    loader = _loader_class()(_join_surrogate_escapes(text))
    problems: list[LoadProblem] = []
    try:
        node = loader.get_single_node()
        if node is None:
            raise _Stop(1, "empty document")
        if "&" in text:  # anchors, so maybe aliases: size the expansion before building it
            _count(node)
        lines: dict[str, int] = {}
        data = _build(loader, node, lines, problems)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        what = " ".join(str(exc.problem or exc.context or "invalid YAML").split())
        line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
        if "nesting depth" in what:  # libyaml's own limit, far past ours
            raise LoadError(
                source, [LoadProblem(line, "", f"nesting deeper than {MAX_DEPTH} levels", column)]
            ) from None
        raise LoadError(source, [LoadProblem(line, "", f"invalid YAML: {what}", column)]) from None
    except yaml.YAMLError as exc:
        what = " ".join(str(exc).split())
        raise LoadError(source, [LoadProblem(None, "", f"invalid YAML: {what}")]) from None
    except _Stop as exc:
        raise LoadError(source, [LoadProblem(exc.line, "", exc.message)]) from None
    except RecursionError:
        raise LoadError(source, [LoadProblem(None, "", "nesting too deep to load")]) from None
    finally:
        loader.dispose()
    if problems:
        raise LoadError(source, problems)
    return Parsed(data, lines)


def parse_payload_text(text: str, source: str) -> Any:
    """A payload: JSON, else YAML (when PyYAML is installed); :class:`LoadError` when neither.

    Text that looks like JSON (a ``.json`` source, or opening with ``{``, ``[`` or ``"``) is
    JSON only, so its error names where JSON broke.
    """
    if not text.strip():
        raise LoadError(
            source, [LoadProblem(None, "", "empty input (expected a JSON or YAML payload)")]
        )
    try:
        return parse_json(text, source)
    except LoadError as exc:
        bad_json = exc
    looks_json = source.endswith(".json") or text.lstrip()[:1] in ("{", "[", '"')
    if looks_json or not bad_json.problems[0].message.startswith("invalid JSON"):
        raise bad_json
    try:
        parsed = parse_yaml(text, source)
    except ImportError:  # PyYAML is optional for the runtime: without it, JSON only
        raise bad_json from None
    except LoadError as exc:
        first = exc.problems[0]
        if first.message.startswith("invalid YAML"):
            where = f" at line {first.line}, column {first.column}" if first.line else ""
            message = f"neither JSON nor YAML (YAML error{where})"
            raise LoadError(source, [LoadProblem(None, "", message)]) from None
        raise
    if not isinstance(parsed.data, dict | list):  # any text is a YAML scalar
        raise LoadError(
            source, [LoadProblem(None, "", "neither a JSON nor a YAML document (got plain text)")]
        )
    return parsed.data
