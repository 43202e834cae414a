"""``surface.json`` is written byte for byte as ``json.dumps(indent=1, sort_keys=True)`` writes it.

``generator.surface.dumps`` lays the C encoder's one-line output out with ``msgspec`` for speed;
committed snapshots must not change because of that, whatever the values (escapes, non-ASCII,
line separators, big integers, floats in exponent form, NaN, empty and nested containers).
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.surface import dumps

SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(alphabet=st.characters(codec="utf-8"), max_size=20)
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.text(alphabet=st.characters(codec="utf-8"), max_size=8), inner, max_size=4
        )
    ),
    max_leaves=30,
)


def _reference(surface: dict[str, Any]) -> str:
    return json.dumps(surface, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


@settings(max_examples=300)
@given(st.dictionaries(st.text(max_size=8), VALUES, max_size=6))
def test_dumps_is_json_with_indent_1_byte_for_byte(surface: dict[str, Any]) -> None:
    assert dumps(surface) == _reference(surface)


def test_awkward_values_are_written_as_json_writes_them() -> None:
    surface = {
        "z": [{}, [], [[]], {"a": {}}],
        "text": 'quote " backslash \\ newline \n tab \t nul \x00 del \x7f ls \u2028 é 漢 😀',
        "numbers": [0, -0.0, 1e-05, 1e20, 1.5e300, 12345678901234567890123, -7],
        "flags": [True, False, None],
    }
    assert dumps(surface) == _reference(surface)
    assert dumps({"nan": float("nan"), "inf": float("-inf")}) == _reference(
        {"nan": float("nan"), "inf": float("-inf")}
    )
