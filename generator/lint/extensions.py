"""``x-`` keys that look like ours but are not: a typo silently turns a declaration off.

Keys of other vendors (``x-logo``, ``x-oaiMeta``) are left alone; a key close to one of ours
(``x-task`` for ``x-tasks``) or placed where ours is not read is reported with a suggestion.
"""

from __future__ import annotations

import difflib
import functools
from collections.abc import Iterator
from typing import Any

from generator.lint.context import SpecContext
from generator.problems import escape_pointer_token

Found = tuple[str, str, str]
DOCUMENT_KEYS = (
    "x-gateway",
    "x-error-envelopes",
    "x-default-error-envelopes",
    "x-tasks",
    "x-catalog",
)
OPERATION_KEYS = (
    "x-source",
    "x-coverage",
    "x-inferred",
    "x-conflicts",
    "x-python-name",
    "x-error-envelopes",
    "x-idempotent",
    "x-idempotency-header",
    "x-rules",
    "x-stream",
    "x-outputs",
    "x-menu",
)
SCHEMA_KEYS = ("x-message", "x-warn")
OURS = frozenset(DOCUMENT_KEYS + OPERATION_KEYS + SCHEMA_KEYS)
CUTOFF = 0.8
MAX_NODES = 200_000


@functools.lru_cache(maxsize=1024)  # documents repeat their own x- keys thousands of times
def _suggest(key: str, among: tuple[str, ...] | frozenset[str]) -> str | None:
    close = difflib.get_close_matches(key.lower(), sorted(among), n=1, cutoff=CUTOFF)
    return close[0] if close else None


def _walk(node: Any, pointer: str, budget: list[int]) -> Iterator[tuple[str, str]]:
    """(pointer, key) of every ``x-`` key in the document, depth first."""
    stack = [(node, pointer)]
    while stack and budget[0] > 0:
        current, at = stack.pop()
        budget[0] -= 1
        if isinstance(current, dict):
            for key, value in current.items():
                child = f"{at}/{escape_pointer_token(str(key))}"
                if isinstance(key, str) and key.startswith("x-"):
                    yield child, key
                    continue  # the inside of an extension is checked by its own schema
                stack.append((value, child))
        elif isinstance(current, list):
            stack.extend((v, f"{at}/{i}") for i, v in enumerate(current))


def check(ctx: SpecContext) -> Iterator[Found]:
    """Unknown keys of our namespace, each with the key it probably meant."""
    op_pointers = {op.pointer for op in ctx.operations.values()}
    for pointer, key in _walk(ctx.data, "", [MAX_NODES]):
        parent = pointer.rsplit("/", 1)[0]
        if parent == "":
            allowed: tuple[str, ...] = DOCUMENT_KEYS
        elif parent in op_pointers:
            allowed = OPERATION_KEYS
        else:
            allowed = SCHEMA_KEYS
        if key in allowed:
            continue
        if key in OURS:
            place = (
                "the document"
                if parent == ""
                else "an operation"
                if parent in op_pointers
                else "a schema"
            )
            yield (
                "extension-misplaced",
                pointer,
                f"{key} is not read in {place} (it belongs elsewhere); it has no effect here",
            )
            continue
        meant = _suggest(key, allowed) or _suggest(key, OURS)
        if meant is not None:
            yield ("extension-unknown", pointer, f"unknown extension {key}; did you mean {meant}?")


__all__ = ["OURS", "check"]
