"""Base class of every generated pydantic model.

``defer_build`` postpones building each model's validator until it is first used, so importing a
generated client stays cheap however many schemas its gateway has. Fields have Pythonic
snake_case names with the wire name as alias (``image_url`` for ``imageUrl``): models are built
from either name, read by either (``task.image_url`` and ``task.imageUrl``; type checkers see
the Python name only) and dump to the wire names, as the gateway wrote them. Field names never
shadow pydantic's own members (the generator keeps a fixed list), so its protected namespaces,
which would warn about a field such as ``model_name``, are switched off. A model read from a
response keeps the body it came from (:attr:`GatewayModel.model_raw`) and, when the body drifted
from the document, where (:attr:`GatewayModel.model_drift`; see ``gateway_runtime.lenient``). A
model returned by a call also reads that call's ``headers``, ``status_code`` and ``request_id``
(``gateway_runtime.raw``), unless it has fields of those names.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, PrivateAttr

_HTTP = frozenset({"headers", "status_code", "request_id"})
_WIRE_NAMES: weakref.WeakKeyDictionary[type, dict[str, str]] = weakref.WeakKeyDictionary()


def wire_names(cls: type[BaseModel]) -> dict[str, str]:
    """``{wire name: Python name}`` of a model's fields whose names differ (built once per class)."""
    found = _WIRE_NAMES.get(cls)
    if found is None:
        found = {
            f.alias: name
            for name, f in cls.model_fields.items()
            if f.alias is not None and f.alias != name
        }
        _WIRE_NAMES[cls] = found
    return found


def _private(model: BaseModel) -> dict[str, Any]:
    """The model's private values (``{}`` while it is being built or unpickled)."""
    try:
        found = object.__getattribute__(model, "__pydantic_private__")
    except AttributeError:
        return {}
    return found if isinstance(found, dict) else {}


class GatewayModel(BaseModel):
    """Pydantic base of generated models (lazy validators; Python or wire names, wire on dump)."""

    model_config = ConfigDict(
        defer_build=True,
        validate_by_name=True,
        validate_by_alias=True,
        serialize_by_alias=True,
        protected_namespaces=(),
    )

    _gateway_raw: Any = PrivateAttr(default=None)
    _gateway_http: Any = PrivateAttr(default=None)  # raw.ResponseInfo of the call
    _gateway_drift: tuple[Any, ...] = PrivateAttr(default=())

    @property
    def model_raw(self) -> Any:
        """The decoded response body this model was read from (``None`` if built in code)."""
        return self._gateway_raw

    @property
    def model_drift(self) -> tuple[Any, ...]:
        """``(path, expected, got)`` for every place the body did not fit the model."""
        return self._gateway_drift

    if not TYPE_CHECKING:  # type checkers see the Python names only

        def __getattr__(self, name: str) -> Any:
            """A field by its wire name (``task.imageUrl`` reads ``task.image_url``)."""
            try:
                return super().__getattr__(name)
            except AttributeError:
                python_name = wire_names(type(self)).get(name)
                if python_name is not None:
                    return getattr(self, python_name)
                http = _private(self).get("_gateway_http") if name in _HTTP else None
                if http is None:
                    raise
                return getattr(http, name)  # headers / status_code / request_id of the call
