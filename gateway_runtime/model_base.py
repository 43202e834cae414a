"""Base class of every generated pydantic model.

``defer_build`` postpones building each model's validator until it is first used, so importing a
generated client stays cheap however many schemas its gateway has. ``populate_by_name`` lets
callers construct models with Python field names as well as wire aliases.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class GatewayModel(BaseModel):
    """Pydantic base of generated models (lazy validators, names or aliases accepted)."""

    model_config = ConfigDict(defer_build=True, populate_by_name=True)
