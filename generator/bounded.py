"""Bounded walks over schemas that refer to each other: each schema is worked out once.

Schemas form a graph (``$ref`` cycles, the same schema reached through many ``allOf``/``oneOf``
branches). Walking it as a tree costs time exponential in its depth; a ``OncePerSchema`` remembers
the answer per schema object and answers a schema reached again while it is still being worked out
(a cycle) with a stand-in, so every walk is linear in the size of the document.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class OncePerSchema(Generic[T]):
    """Answers per schema, computed once; ``on_cycle`` while the schema's own answer is pending."""

    def __init__(self, on_cycle: Callable[[], T]) -> None:
        self.on_cycle = on_cycle
        self.done: dict[int, tuple[object, T]] = {}
        self.pending: set[int] = set()

    def get(self, schema: object, compute: Callable[[], T]) -> T:
        """The answer for schema (by identity: equal copies are distinct), computed on first use.

        The schema is kept alive with its answer, so its ``id`` is never reused for another.
        """
        key = id(schema)
        if key in self.done:
            return self.done[key][1]
        if key in self.pending:
            return self.on_cycle()
        self.pending.add(key)
        try:
            answer = compute()
        finally:
            self.pending.discard(key)
        self.done[key] = (schema, answer)
        return answer


__all__ = ["OncePerSchema"]
