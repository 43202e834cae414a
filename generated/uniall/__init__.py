"""UniAll — Vidu 视频任务 (创建视频任务(旧) / create video task, old): typed client generated from uniall.yaml by gateway-clientgen; do not edit.

Usage::

    from uniall import UniAll, AsyncUniAll

    client = UniAll()  # api_key from $UNIALL_API_KEY

Every call is validated against the spec before it is sent; ``validate(operation, payload)``
returns all problems of a payload without sending anything.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from gateway_runtime.lazy import lazy_module

from .client import AsyncUniAll, UniAll, load_spec

if TYPE_CHECKING:
    from gateway_runtime.validation import Problem

    from . import models
else:
    models = lazy_module(f"{__name__}.models")  # built on first use: keeps the import cheap

__all__ = ["AsyncUniAll", "UniAll", "load_spec", "models", "validate"]


def validate(operation: str, payload: Any) -> list[Problem]:
    """All problems of payload for operation (operation id, method name, or "METHOD /path"); no network."""
    from gateway_runtime.validation import validate as _validate

    return _validate(load_spec(), operation, payload)
