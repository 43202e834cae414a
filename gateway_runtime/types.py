"""Small types shared by generated code and the runtime: the "not given" sentinel and file inputs.

Written by the generator's owner: generated methods default optional arguments to ``NOT_GIVEN`` so
that "leave the field out" differs from "send null", and pass their arguments through
``to_jsonable`` so pydantic models, lists and dicts all become plain JSON values.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import IO, Any, Final, Literal

FileInput = str | bytes | IO[bytes] | os.PathLike[str] | tuple[str, bytes | IO[bytes], str]
"""A local file: a path (``str`` or ``Path``), bytes, a binary file, or (name, content, type).

In a binary (multipart) field a ``str`` is always a path; in a media-URL field a ``str`` is a URL
and the other forms are uploaded first (see ``gateway_runtime/uploads.py``)."""


class NotGiven:
    """Marks an argument the caller did not pass; such fields are left out of the request."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()


_MAX_DEPTH = 300  # as gateway_runtime.validation.MAX_DEPTH (not imported: it loads the engine)


def to_jsonable(value: Any, depth: int = 0) -> Any:
    """Turn pydantic models (by alias, unset fields left out) and containers into JSON values.

    File-like values (bytes, paths, file objects, tuples) are passed through untouched for multipart.
    Nesting deeper than 300 levels is refused as a payload problem (JSON encoding would overflow),
    whether or not the client validates.
    """
    if depth > _MAX_DEPTH:
        from .validation import PayloadValidationError
        from .validation.problems import problem

        detail = f"nested more than {_MAX_DEPTH} levels deep; too deep to send as JSON"
        raise PayloadValidationError([problem((), "depth", detail)])
    dump = getattr(value, "model_dump", None)
    if dump is not None and not isinstance(value, type):
        # A pydantic model; duck-typed so importing a client does not import pydantic yet.
        return dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, Mapping):
        return {str(k): to_jsonable(v, depth + 1) for k, v in value.items() if v is not NOT_GIVEN}
    if isinstance(value, list):
        return [to_jsonable(v, depth + 1) for v in value]
    return value


def given(items: Mapping[str, Any], extra: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Keep the entries whose value was given, converted to JSON values.

    ``extra`` adds fields the spec allows but does not name (e.g. model-specific parameters); the
    named arguments win when both give the same field.
    """
    out = {str(k): to_jsonable(v) for k, v in (extra or {}).items() if v is not NOT_GIVEN}
    out.update({k: to_jsonable(v) for k, v in items.items() if v is not NOT_GIVEN})
    return out
