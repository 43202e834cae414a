"""One way for every benchmark to print a figure beside its target, marked met or missed."""

from __future__ import annotations

import operator
from collections.abc import Callable

_COMPARE: dict[str, Callable[[float, float], bool]] = {
    "<=": operator.le,
    ">=": operator.ge,
}


def figure(label: str, value: float, unit: str, op: str, target: float) -> bool:
    """Print `label: value unit (target op target unit) met|MISSED` and return whether it was met."""
    met = _COMPARE[op](value, target)
    mark = "met" if met else "MISSED"
    print(f"  {label}: {value:,.3g} {unit} (target {op} {target:,.3g} {unit}) {mark}", flush=True)
    return met


def note(label: str, text: str) -> None:
    """Print a figure that has no target (a comparison, a ratio, a size)."""
    print(f"  {label}: {text}", flush=True)
