"""Check a whole document against a JSON meta-schema (an OpenAPI document, our extension schema).

:func:`document_errors` is the reusable helper: the same compiled engine as payload validation,
errors located by JSON pointer, for callers that write their own messages (the generator adds
file and line to each pointer).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import jsonschema_rs

from .problems import SchemaError

__all__ = ["DocumentError", "document_errors"]


@dataclass(frozen=True, slots=True)
class DocumentError:
    """One place where a document breaks its meta-schema.

    ``pointer`` is the JSON pointer into the document (``""`` is the whole document),
    ``keyword`` the meta-schema keyword broken, ``schema_pointer`` where it sits in the
    meta-schema, ``message`` the engine's one-line explanation.
    """

    pointer: str
    keyword: str
    message: str
    schema_pointer: str


_CACHE: dict[int, tuple[Any, Any]] = {}


def _pointer(tokens: Any) -> str:
    return "".join("/" + str(t).replace("~", "~0").replace("/", "~1") for t in tokens)


def _refuse(uri: str) -> Any:
    raise ValueError(f"remote $ref {uri!r} is not fetched; bundle it into the meta-schema")


def _compiled(meta_schema: Mapping[str, Any] | bool, retriever: Callable[[str], Any] | None) -> Any:
    hit = _CACHE.get(id(meta_schema))
    if hit is not None and hit[0] is meta_schema and retriever is None:
        return hit[1]
    try:
        schema: Any = meta_schema
        engine = jsonschema_rs.validator_for(schema, retriever=retriever or _refuse)
    except (jsonschema_rs.ValidationError, jsonschema_rs.ReferencingError, ValueError) as exc:
        first = (str(exc).strip().splitlines() or ["?"])[0]
        raise SchemaError(f"the meta-schema cannot be compiled: {first}") from None
    if retriever is None:
        _CACHE[id(meta_schema)] = (meta_schema, engine)
    return engine


def _specific(error: Any) -> Any:
    """For anyOf/oneOf, the error of the alternative that got furthest into the document."""
    kind = error.kind
    if kind.name not in ("anyOf", "oneOfNotValid"):
        return error
    best = error
    for branch in kind.context:
        for sub in branch:
            cand = _specific(sub)
            if len(cand.instance_path) > len(best.instance_path):
                best = cand
    return best


def document_errors(
    document: Any,
    meta_schema: Mapping[str, Any] | bool,
    *,
    limit: int | None = None,
    retriever: Callable[[str], Any] | None = None,
) -> list[DocumentError]:
    """Every place ``document`` breaks ``meta_schema`` (draft from its ``$schema``), in order.

    The compiled meta-schema is cached per object, so checking many documents against one
    meta-schema compiles it once. ``limit`` stops after that many errors. Remote ``$ref``s in the
    meta-schema are refused unless ``retriever(uri)`` returns them. Raises
    :class:`~.problems.SchemaError` when the meta-schema itself is unusable.
    """
    engine = _compiled(meta_schema, retriever)
    if engine.is_valid(document):
        return []
    out: list[DocumentError] = []
    for error in engine.iter_errors(document):
        e = _specific(error)
        text = (str(e.message).strip().splitlines() or [""])[0]
        out.append(
            DocumentError(_pointer(e.instance_path), e.kind.name, text, _pointer(e.schema_path))
        )
        if limit is not None and len(out) >= limit:
            break
    return out
