"""A read-only mapping whose values are prepared from raw ones on first use, then kept.

A 3 MB document has thousands of schemas; rendering a package reads them all, but its API surface
(``generator.surface``, what ``clientgen diff`` compares) only those its operations reach, about a
third on OpenAI's document. The raw values must not change once the mapping is made (the schemas
of a built model do not), so a late preparation gives what an early one would have.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

__all__ = ["LazyMap"]


class LazyMap(Mapping[str, Any]):
    """``{name: prepare(raw[name])}`` worked out per name when read; ``ready`` values as they are
    (they take precedence). Iteration keeps the order of raw, then of ready's other names."""

    def __init__(
        self,
        raw: Mapping[str, Any],
        prepare: Callable[[Any], Any],
        ready: Mapping[str, Any] | None = None,
    ) -> None:
        self._raw = raw
        self._prepare = prepare
        self._ready = dict(ready or {})
        self._names = list(dict.fromkeys([*raw, *self._ready]))
        self._done: dict[str, Any] = {}

    def __getitem__(self, name: str) -> Any:
        if name in self._ready:
            return self._ready[name]
        if name not in self._done:
            self._done[name] = self._prepare(self._raw[name])
        return self._done[name]

    def unprepared(self, name: str) -> Any:
        """The value of name before preparation (a ready value as it is): what ``clientgen
        diff`` fingerprints, since the same raw value always prepares to the same value."""
        return self._ready[name] if name in self._ready else self._raw[name]

    def __contains__(self, name: object) -> bool:
        return name in self._ready or name in self._raw

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)
