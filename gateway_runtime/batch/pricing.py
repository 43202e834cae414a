"""Prices of jobs, from a price table the user passes (``--prices prices.yaml``) or the
operation's ``x-pricing`` extension (docs/extensions.md); both have this shape::

    currency: credits            # a label for displays
    model-field: model           # payload member naming the model (default "model")
    count-field: n               # payload member multiplying the price (outputs per task)
    default: 0.02                # price of a job no entry below matches
    models:
      flux-schnell: 0.003        # a flat price per task
      kling-v2:
        price: 0.35              # price when no parameter below matches
        by:                      # per parameter value; the first parameter present decides
          duration: {"5": 0.35, "10": 0.70}
    reported: [/cost_credits]    # where a finished task states what it cost (JSON pointers)

A job no entry prices has an unknown price (``None``); ``--max-cost`` then refuses to start
unless ``--unknown-price X`` says how to count it.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .. import _pointer
from .errors import BatchInputError

__all__ = ["PriceTable", "load_prices"]

_REPORTED = ("cost_credits", "cost", "credits", "credits_used", "price")


def _number(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise BatchInputError(f"{where}: expected a price (a number), found {value!r}")
    if value < 0:
        raise BatchInputError(f"{where}: a price cannot be negative ({value})")
    return float(value)


class PriceTable:
    """A checked price table; :meth:`price` prices one payload."""

    def __init__(self, data: Mapping[str, Any], source: str) -> None:
        if not isinstance(data, Mapping):
            raise BatchInputError(f"{source}: expected a mapping (models, default, ...)")
        known = {"currency", "model-field", "count-field", "default", "models", "reported"}
        unknown = sorted(set(map(str, data)) - known)
        if unknown:
            raise BatchInputError(
                f"{source}: unknown key(s) {', '.join(unknown)} (known: {', '.join(sorted(known))})"
            )
        self.source = source
        self.currency = str(data.get("currency") or "")
        self.model_field = str(data.get("model-field") or "model")
        self.count_field = data.get("count-field")
        self.default = (
            None if data.get("default") is None else _number(data["default"], f"{source}: default")
        )
        models = data.get("models") or {}
        if not isinstance(models, Mapping):
            raise BatchInputError(f"{source}: models: expected a mapping of model name to price")
        self.models: dict[str, tuple[float | None, list[tuple[str, dict[str, float]]]]] = {}
        for name, entry in models.items():
            self.models[str(name)] = self._entry(entry, f"{source}: models.{name}")
        reported = data.get("reported")
        self.reported = tuple(str(p) for p in reported) if isinstance(reported, list) else ()

    @staticmethod
    def _entry(entry: Any, where: str) -> tuple[float | None, list[tuple[str, dict[str, float]]]]:
        if not isinstance(entry, Mapping):
            return _number(entry, where), []
        base = None if entry.get("price") is None else _number(entry["price"], f"{where}.price")
        by = entry.get("by") or {}
        if not isinstance(by, Mapping):
            raise BatchInputError(f"{where}.by: expected parameter → {{value: price}}")
        tables = []
        for param, table in by.items():
            if not isinstance(table, Mapping):
                raise BatchInputError(f"{where}.by.{param}: expected {{value: price}}")
            tables.append(
                (
                    str(param),
                    {str(k): _number(v, f"{where}.by.{param}.{k}") for k, v in table.items()},
                )
            )
        return base, tables

    def price(self, payload: Mapping[str, Any]) -> float | None:
        """What one task of ``payload`` costs, or ``None`` when the table does not say."""
        model = payload.get(self.model_field)
        entry = self.models.get(str(model)) if model is not None else None
        price: float | None = self.default
        if entry is not None:
            base, tables = entry
            price = base
            for param, table in tables:
                if param in payload:
                    value = payload[param]
                    key = json.dumps(value) if not isinstance(value, str) else value
                    if key in table:
                        price = table[key]
                        break
        if price is None:
            return None
        count = payload.get(str(self.count_field)) if self.count_field else None
        if isinstance(count, int) and not isinstance(count, bool) and count > 1:
            price *= count
        return price


def load_prices(path: str | os.PathLike[str]) -> PriceTable:
    """Read a YAML (or JSON) price table; :class:`BatchInputError` naming what is wrong."""
    source = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise BatchInputError(
            f"{source}: cannot read the price table: {exc.strerror or exc}"
        ) from None
    except UnicodeDecodeError:
        raise BatchInputError(f"{source}: not a UTF-8 text file") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        try:
            import yaml
        except ImportError:
            raise BatchInputError(
                f"{source}: not JSON, and reading YAML needs PyYAML (pip install pyyaml)"
            ) from None
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f":{mark.line + 1}" if mark is not None else ""
            raise BatchInputError(
                f"{source}{where}: not valid YAML: {getattr(exc, 'problem', exc)}"
            ) from None
    return PriceTable(data, source)


def reported_cost(raw: Any, table: PriceTable | None) -> float | None:
    """The cost a finished task's body states (``reported`` pointers, else common names)."""
    pointers = table.reported if table is not None and table.reported else ()
    candidates = [_pointer.resolve(raw, p) for p in pointers]
    if not pointers and isinstance(raw, Mapping):
        for holder in (raw, raw.get("data")):
            if isinstance(holder, Mapping):
                candidates += [holder.get(name) for name in _REPORTED]
    for value in candidates:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
    return None
