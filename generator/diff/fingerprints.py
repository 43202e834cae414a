"""Fingerprints of each operation's entry in an API surface, worked out without the surface.

``clientgen diff`` compares two documents of which most operations are usually the same. The
entry of an operation in the surface (``generator.surface``) and the models it reaches are a
function of exactly: its runtime entry and its method (arguments, return annotation) in the built
model, the named schemas its schemas reach, directly or not, and the document's schema dialect.
A fingerprint hashes all of those, so two operations with the same Python name and fingerprint
have equal entries and reach equal models: they can give no finding, and the diff works out
the surface of the others only (``generator.diff.sides``).

The named schemas are hashed once each (a document's own as they are before preparation, which
is a function of the value and the dialect; a model's copy as prepared, since it names other
models by their class names), by ``marshal`` version 0 (plain data, no back-references: equal bytes
mean equal values, key order included). The schemas a schema reaches are found by over-
approximation (every ``$ref`` string below it, as ``generator.surface_graph`` does), and a
reference cycle is hashed as one unit (its members' names and values, and the fingerprints of
what it reaches outside itself), so the fingerprint of a schema covers everything it reaches.
Where equal bytes would not mean equal entries (a ``NaN``, never equal to itself, so the full
diff reports it as changed) or a value is not plain data, there is no fingerprint (None): that
operation's surface is always worked out.
"""

from __future__ import annotations

import marshal
import re
from collections.abc import Mapping
from typing import Any

from generator.lazymap import LazyMap
from generator.model import Gateway, Operation
from generator.scc import components
from generator.surface_graph import ref_name

try:  # the built-in module: ``hashlib`` loads OpenSSL first, 18 ms of a 0.3 s diff
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - a Python built without it
    from hashlib import blake2b

__all__ = ["changed_operations", "fingerprints"]

_REF = re.compile(rb"u\x04\x00\x00\x00\$refu(....)", re.DOTALL)
"""A ``"$ref"`` key and its string value in marshal version 0 (``u``, 4-byte length, UTF-8)."""
_NAN = re.compile(rb"f\x03nan")
"""A float NaN in marshal version 0 (its repr after ``f`` and a length byte)."""

Fingerprint = bytes | None


def _plain(value: Any) -> bytes | None:
    """The marshal bytes of value, or None when they would not decide equality."""
    try:
        data = marshal.dumps(value, 0)
    except ValueError:  # not plain data, or nested too deeply
        return None
    return None if _NAN.search(data) else data


def _refs(data: bytes) -> set[str]:
    """Every ``$ref`` string in marshal bytes (more, never fewer, than the walk follows)."""
    found: set[str] = set()
    for match in _REF.finditer(data):
        start = match.end()
        size = int.from_bytes(match.group(1), "little")
        try:
            found.add(data[start : start + size].decode("utf-8"))
        except UnicodeDecodeError:  # bytes inside a string that only looked like a $ref
            continue
    return found


def _digest(*parts: bytes) -> bytes:
    hashed = blake2b(digest_size=20)
    for part in parts:
        hashed.update(len(part).to_bytes(8, "little"))
        hashed.update(part)
    return hashed.digest()


class _SchemaPrints:
    """Each named schema's fingerprint (its value and all it reaches), as the surface names them."""

    def __init__(self, gateway: Gateway) -> None:
        self.hoisted: Mapping[str, Any] = gateway.models_document["components"]["schemas"]
        self.own: Mapping[str, Any] = gateway.runtime_spec["schemas"]
        # The names the surface's schema graph resolves, a document's own schema first.
        self.names = {**dict.fromkeys(self.hoisted, False), **dict.fromkeys(self.own, True)}
        self.nodes: dict[str, tuple[bytes | None, list[str]]] = {}
        self.prints: dict[str, Fingerprint] = {}
        self.index: dict[str, int] = {}  # nodes the walks have entered

    def edges_in(self, data: bytes) -> list[str]:
        names = (ref_name(r) for r in _refs(data))
        return sorted({n for n in names if n is not None and n in self.names})

    def node(self, name: str) -> tuple[bytes | None, list[str]]:
        """The record of name (None: no fingerprint) and the names it refers to."""
        found = self.nodes.get(name)
        if found is None:
            is_own = self.names[name]
            if is_own and isinstance(self.own, LazyMap):  # prepared by a function of it alone
                value = self.own.unprepared(name)
            else:  # a model's copy names other models by class: hashed as prepared
                value = self.own[name] if is_own else self.hoisted[name]
            data = _plain(value)
            if data is None:
                found = (None, [])
            else:
                kind = b"own" if is_own else b"model"
                found = (_digest(kind, name.encode("utf-8"), data), self.edges_in(data))
            self.nodes[name] = found
        return found

    def of(self, name: str) -> Fingerprint:
        """The fingerprint of named schema name and everything it reaches."""
        if name not in self.prints:
            self._tarjan(name)
        return self.prints[name]

    def _tarjan(self, root: str) -> None:
        """Hash each component reachable from root as it closes (after all it reaches)."""
        for members in components(root, lambda name: self.node(name)[1], self.index):
            self._close(members)

    def _close(self, members: list[str]) -> None:
        inside = set(members)
        records: list[bytes] = []
        outside: set[bytes] = set()
        broken = False
        for member in sorted(members):
            record, edges = self.node(member)
            if record is None:
                broken = True
                break
            records.append(record)
            for target in edges:
                if target in inside:
                    continue
                reached = self.prints[target]
                if reached is None:
                    broken = True
                    break
                outside.add(reached)
        value = None if broken else _digest(*records, b"|", *sorted(outside))
        for member in members:
            self.prints[member] = value


def _method(operation: Operation) -> bytes | None:
    arguments = [
        (a.name, a.location, a.wire, a.required, a.annotation) for a in operation.arguments
    ]
    return _plain((operation.operation_id, operation.return_annotation, arguments))


def fingerprints(gateway: Gateway) -> dict[str, Fingerprint]:
    """Each operation's fingerprint by Python name (as ``surface_of`` keys its entries)."""
    runtime = gateway.runtime_spec
    schemas = _SchemaPrints(gateway)
    salt = str(gateway.models_document.get("openapi", "3.1")).encode("utf-8")  # the dialect
    by_id = runtime["operations"]
    out: dict[str, Fingerprint] = {}
    for resource in gateway.root.walk():
        for operation in resource.operations:
            entry = by_id[operation.operation_id]
            out[entry["python_name"]] = _operation(schemas, salt, entry, operation)
    return out


def _operation(
    schemas: _SchemaPrints, salt: bytes, entry: dict[str, Any], operation: Operation
) -> Fingerprint:
    data, method = _plain(entry), _method(operation)
    if data is None or method is None:
        return None
    roots = set(schemas.edges_in(data))
    stream = entry.get("stream")
    for named in (
        entry.get("response_model"),
        stream.get("event") if isinstance(stream, dict) else None,
    ):
        if named and str(named) in schemas.names:
            roots.add(str(named))
    reached = {schemas.of(name) for name in roots}
    if None in reached:
        return None
    return _digest(salt, data, method, *sorted(r for r in reached if r is not None))


def changed_operations(old: Mapping[str, Fingerprint], new: Mapping[str, Fingerprint]) -> set[str]:
    """The Python names whose surface entries may differ: on one side only, or not known equal."""
    names = set(old) | set(new)
    return {n for n in names if old.get(n) is None or old.get(n) != new.get(n)}
