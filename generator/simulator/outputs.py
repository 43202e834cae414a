"""Which of a binding's declared outputs one answer carries.

The ``outputs`` of an ``x-tasks`` binding (or an operation's ``x-outputs``) list every place a
finished task's files may be: Qingbo's ``result.images``, ``result.videos`` and
``result.audios``, UniAll's ``video_url`` or ``metadata.url``. A real task fills one of them (an
image task has no video), so the simulator keeps the first declared place the answer has, with
the places of the same kind that share its array (a Suno clip's ``audio_url`` and ``video_url``),
and empties the others; in the same array, a place of the other kind is the same file written
another way (OpenAI images' ``b64_json`` beside ``url``) and is left out of each item. A download
then saves what the gateway would have returned, once.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from typing import Any

from . import pointers
from .meaning import MAX_COUNT, Kind, kind_of

__all__ = ["grow", "item_kind", "one_kind"]

Item = Mapping[str, Any]


def _target(item: Item) -> str | None:
    target = item.get("url", item.get("data"))
    return target if isinstance(target, str) else None


def _array(pointer: str) -> str | None:
    """The pointer of the array its first ``*`` runs through (``None``: no ``*``)."""
    parts = pointer.split("/")
    return "/".join(parts[: parts.index("*")]) if "*" in parts else None


def _present(body: Any, pointer: str) -> bool:
    array = _array(pointer)
    if array is None:
        return pointers.get(body, pointer)[0]
    found, value = pointers.get(body, array)
    return bool(array) and found and isinstance(value, list) and bool(value)


def _drop(body: Any, pointer: str) -> None:
    """Empty the array an output runs through, or remove its field."""
    array = _array(pointer)
    if array is not None:
        found, value = pointers.get(body, array)
        if array and found and isinstance(value, list):
            value.clear()
        return
    parent, _, leaf = pointer.rpartition("/")
    found, node = pointers.get(body, parent)
    if found and isinstance(node, dict):
        node.pop(pointers.tokens("/" + leaf)[0], None)


def _drop_member(body: Any, pointer: str) -> None:
    """Remove the pointed member from every array item (``/data/*/b64_json``)."""
    for at in pointers.expand(body, pointer):
        parent, _, leaf = at.rpartition("/")
        found, node = pointers.get(body, parent)
        if found and isinstance(node, dict):
            node.pop(pointers.tokens("/" + leaf)[0], None)


def item_kind(item: Item) -> Kind | None:
    """The media kind of a declared output: its media type, else the words of its pointer."""
    declared = item.get("media-type")
    return kind_of(declared if isinstance(declared, str) else None, _target(item))


def one_kind(
    body: Any,
    outputs: tuple[Item, ...],
    valid: Callable[[Any], bool],
    prefer: Kind | None = None,
) -> tuple[Any, tuple[Item, ...]]:
    """``body`` without the outputs a task would not carry, and the outputs to fill.

    The place kept is the first one present of the ``prefer`` kind (what the request's mode or
    model makes), else the first one present. Keeps everything when fewer than two places are
    declared, when none is in the body, or when removing the others would make the answer
    invalid (``valid``: the response schema check).
    """
    targets = [(item, _target(item)) for item in outputs]
    declared = [(item, t) for item, t in targets if t is not None]
    if len(declared) < 2:
        return body, outputs
    present = [(item, t) for item, t in declared if _present(body, t)]
    preferred = [(i, t) for i, t in present if prefer is not None and item_kind(i) == prefer]
    chosen = next(iter(preferred or present), None)
    if chosen is None:
        return body, outputs
    array = _array(chosen[1])
    kind = "url" in chosen[0]
    keep = tuple(
        item
        for item, t in declared
        if item is chosen[0]
        or (array is not None and _array(t) == array and ("url" in item) == kind)
    )
    pruned = copy.deepcopy(body)
    for item, t in declared:
        if any(item is k for k in keep):
            continue
        if array is not None and _array(t) == array:  # the same file another way (b64 for URL)
            _drop_member(pruned, t)
        else:
            _drop(pruned, t)
    return (pruned, keep) if valid(pruned) else (body, outputs)


def grow(body: Any, outputs: tuple[Item, ...], count: int) -> Any:
    """``body`` with each array the outputs run through holding ``count`` items (``n: 4``: four
    images), copies of its first item; arrays without items and single places stay as they are."""
    count = max(1, min(MAX_COUNT, count))
    done: set[str] = set()
    for item in outputs:
        target = _target(item)
        array = _array(target) if target is not None else None
        if not array or array in done:
            continue
        done.add(array)
        found, value = pointers.get(body, array)
        if found and isinstance(value, list) and value:
            value[:] = [value[0], *(copy.deepcopy(value[0]) for _ in range(count - 1))]
    return body
