"""Tolerant reading of responses: a body that drifted from its document never loses the result.

Response models are generated from the documents, and gateways drift from them (a status word
outside the ``Literal``, ``progress: 100.5`` for an ``int``, a date string for a timestamp). A
paid result must not be lost to that, so a 2xx body is read like this:

* it fits the model → the validated model, as usual;
* it does not → the model built leniently: every field that validates is validated, nested
  models are built the same way field by field, and whatever still does not fit is kept exactly
  as received (``model_construct``). One WARNING per operation and path names what was expected
  and what came; :func:`drift_of` gives the ``(path, expected, got)`` list;
* with the client option ``strict_responses=True`` → :class:`ResponseValidationError` instead.

:func:`raw_of` always gives the body as received. Requests are not affected: they are validated
strictly before sending. pydantic is imported only when a model is read.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple, Union, get_args, get_origin

from ._logs import logger
from ._pointer import MISSING
from .errors import ResponseValidationError
from .redact import redact

if TYPE_CHECKING:
    from pydantic import BaseModel

    from .spec import GatewaySpec, OperationSpec

__all__ = ["Drift", "drift_of", "model_for", "raw_of", "read_model", "read_result"]

_RAW = "_gateway_raw"
_DRIFT = "_gateway_drift"


class Drift(NamedTuple):
    """One place where a body differs from its model: JSON-pointer ``path``, ``expected``, ``got``."""

    path: str
    expected: str
    got: Any


def _private(result: Any) -> dict[str, Any] | None:
    """Where the raw body and drift are kept: the model's private attributes (a root model's
    ``root`` when the root model itself has none)."""
    for candidate in (result, getattr(result, "root", None)):
        private = getattr(candidate, "__pydantic_private__", None)
        if isinstance(private, dict) and _RAW in private:
            return private
    return None


def drift_of(result: Any) -> tuple[Drift, ...]:
    """How the body behind ``result`` differed from its model (empty when it fitted)."""
    private = _private(result)
    return tuple(private.get(_DRIFT) or ()) if private is not None else ()


def raw_of(result: Any) -> Any:
    """The decoded body ``result`` was read from (``result`` itself when it is not a model)."""
    private = _private(result)
    return result if private is None else private[_RAW]


def model_class(parse: Any) -> type[BaseModel] | None:
    """The pydantic model behind ``parse`` (a model class or its ``model_validate``), else None."""
    owner = getattr(parse, "__self__", None) if callable(parse) else None
    if owner is not None and getattr(parse, "__name__", "") == "model_validate":
        parse = owner
    if isinstance(parse, type) and hasattr(parse, "model_construct"):
        return parse
    return None


def model_for(spec: GatewaySpec, op: OperationSpec) -> type[BaseModel] | None:
    """The generated model of ``op``'s 2xx body (``response_model`` in the spec), if any."""
    if not op.response_model or not spec.module:
        return None
    try:
        models = importlib.import_module(f"{spec.module}.models")
        cls = getattr(models, op.response_model)
    except (ImportError, AttributeError) as exc:
        logger.warning("no model %s for %s: %s", op.response_model, op.label, exc)
        return None
    return model_class(cls)


def read_result(
    parse: Callable[[Any], Any] | None,
    body: Any,
    *,
    operation: str,
    strict: bool,
    logged: set[tuple[str, str]],
) -> Any:
    """``parse(body)``, read tolerantly when ``parse`` is a pydantic model (see module doc)."""
    if parse is None:
        return body
    cls = model_class(parse)
    if cls is None:
        return parse(body)
    return read_model(cls, body, operation=operation, strict=strict, logged=logged)


def read_model(
    cls: type[BaseModel],
    body: Any,
    *,
    operation: str,
    strict: bool = False,
    logged: set[tuple[str, str]] | None = None,
) -> Any:
    """``cls`` validated from ``body``, else built leniently with the drift recorded."""
    from pydantic import ValidationError

    try:
        result: Any = cls.model_validate(body)
        drift: list[Drift] = []
    except ValidationError as exc:
        drift = _drift(exc.errors(), body)
        if strict:
            raise ResponseValidationError(
                f"{operation}: response does not fit {cls.__name__}: "
                + "; ".join(f"{d.path or '/'}: {d.expected}, got {d.got!r}" for d in drift[:5]),
                operation=operation,
                body=body,
                drift=drift,
            ) from None
        _log(drift, cls, operation, logged if logged is not None else set())
        result = _lenient(cls, body)
    _attach(result, body, drift)
    return result


def _attach(result: Any, body: Any, drift: list[Drift]) -> None:
    private = _private(result)
    if private is not None:
        private[_RAW] = body
        private[_DRIFT] = tuple(drift)


def _log(drift: list[Drift], cls: type, operation: str, logged: set[tuple[str, str]]) -> None:
    for d in drift:
        if (operation, d.path) in logged:
            continue
        logged.add((operation, d.path))
        logger.warning(
            "%s: response drifted from the document at %s (%s): expected %s, got %s; kept as "
            "received",
            operation,
            d.path or "/",
            cls.__name__,
            d.expected,
            redact(repr(d.got))[:200],
        )


def _drift(errors: Iterable[Mapping[str, Any]], body: Any) -> list[Drift]:
    """Errors as ``(path, expected, got)``; union-member tags in locations are dropped."""
    merged: dict[str, Drift] = {}
    for err in errors:
        node, parts = body, []
        for part in err.get("loc", ()):
            if isinstance(node, Mapping) and isinstance(part, str) and part in node:
                node = node[part]
            elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
                node = node[part]
            elif err.get("type") == "missing" and part == err["loc"][-1]:
                node = MISSING
            else:
                continue  # a union member's tag, not a place in the body
            parts.append(str(part).replace("~", "~0").replace("/", "~1"))
        path = "".join("/" + p for p in parts)
        expected = str(err.get("msg", "a different value"))
        if path in merged:
            if expected not in merged[path].expected:
                merged[path] = merged[path]._replace(
                    expected=f"{merged[path].expected} or {expected}"
                )
        else:
            merged[path] = Drift(path, expected, node)
    return list(merged.values())


# -- lenient construction ------------------------------------------------------------------


def _complete(cls: type[BaseModel]) -> type[BaseModel]:
    if not getattr(cls, "__pydantic_complete__", True):
        cls.model_rebuild()
    return cls


@functools.lru_cache(maxsize=1024)
def _adapter(cls: type[BaseModel], name: str) -> Any:
    from pydantic import TypeAdapter

    return TypeAdapter(cls.model_fields[name].rebuild_annotation())


def _object_model(candidate: Any) -> bool:
    return model_class(candidate) is not None and not getattr(
        candidate, "__pydantic_root_model__", False
    )


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    """Object models an annotation may hold directly (``M``, ``M | None``, ``A | B``); root
    models are left out: a value that does not fit one is kept as received."""
    if _object_model(annotation):
        return [annotation]
    if get_origin(annotation) in (Union, type(int | str)):
        return [a for a in get_args(annotation) if _object_model(a)]
    return []


def _list_item(annotation: Any) -> Any:
    """The item type of ``list[X]`` (``list[X] | None`` too), else None."""
    for candidate in (annotation, *get_args(annotation)):
        if get_origin(candidate) is list and get_args(candidate):
            return get_args(candidate)[0]
    return None


def _lenient(cls: type[BaseModel], data: Any) -> Any:
    """``cls`` built from ``data`` keeping what does not fit; non-objects are kept as they are."""
    cls = _complete(cls)
    fields = cls.model_fields
    if "root" in fields and getattr(cls, "__pydantic_root_model__", False):
        return cls.model_construct(root=_value(fields["root"].annotation, data, cls, "root"))
    if not isinstance(data, Mapping):
        return data
    by_wire = {(f.alias or name): name for name, f in fields.items()}
    values: dict[str, Any] = {}
    for key, raw in data.items():
        name = by_wire.get(key, key if key in fields else None)
        if name is None:
            if key != "_fields_set":  # model_construct's own parameter
                values[str(key)] = raw  # kept when the model allows extra fields
            continue
        values[name] = _value(fields[name].annotation, raw, cls, name)
    return cls.model_construct(_fields_set={n for n in values if n in fields}, **values)


def _value(annotation: Any, raw: Any, owner: type[BaseModel] | None, name: str | None) -> Any:
    from pydantic import TypeAdapter, ValidationError

    try:
        if owner is not None and name is not None:
            return _adapter(owner, name).validate_python(raw)
        return TypeAdapter(annotation).validate_python(raw)
    except ValidationError as exc:
        errors = exc.error_count()
    models = _models_in(annotation)
    if models and isinstance(raw, Mapping):
        return _lenient(_closest(models, raw, errors), raw)
    item = _list_item(annotation)
    if item is not None and isinstance(raw, list):
        return [_value(item, v, None, None) for v in raw]
    return raw


def _closest(models: list[type[BaseModel]], raw: Any, default: int) -> type[BaseModel]:
    """The union member whose validation of ``raw`` fails in the fewest places."""
    from pydantic import ValidationError

    best, fewest = models[0], default + 1
    for cls in models:
        try:
            _complete(cls).model_validate(raw)
            return cls
        except ValidationError as exc:
            if exc.error_count() < fewest:
                best, fewest = cls, exc.error_count()
    return best
