"""Base class of every generated pydantic model.

``defer_build`` postpones building each model's validator until it is first used, so importing a
generated client stays cheap however many schemas its gateway has. ``populate_by_name`` lets
callers construct models with Python field names as well as wire aliases. Field names never shadow
``model_*`` attributes (the generator appends ``_``), so pydantic's protected namespaces, which
would warn about a field such as ``model_dump_``, are switched off. A model read from a
response keeps the body it came from (:attr:`GatewayModel.model_raw`) and, when the body drifted
from the document, where (:attr:`GatewayModel.model_drift`; see ``gateway_runtime.lenient``).
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, PrivateAttr


class GatewayModel(BaseModel):
    """Pydantic base of generated models (lazy validators, names or aliases accepted)."""

    model_config = ConfigDict(defer_build=True, populate_by_name=True, protected_namespaces=())

    _gateway_raw: Any = PrivateAttr(default=None)
    _gateway_drift: tuple[Any, ...] = PrivateAttr(default=())

    @property
    def model_raw(self) -> Any:
        """The decoded response body this model was read from (``None`` if built in code)."""
        return self._gateway_raw

    @property
    def model_drift(self) -> tuple[Any, ...]:
        """``(path, expected, got)`` for every place the body did not fit the model."""
        return self._gateway_drift
