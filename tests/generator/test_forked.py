"""``generator.forked``: a function in a forked child, its value or exception shipped back."""

from __future__ import annotations

import os

import pytest

from gateway_runtime.cli import UsageError
from generator.forked import Forked


def _surface(n: int) -> dict[str, object]:
    return {"operations": {"x": {"type": ["string"], "n": n, "pid": os.getpid()}}, "f": 1.5}


def _broken(name: str) -> dict[str, object]:
    raise UsageError(f"{name}: unusable spec")


class _NotPlain:
    """A value marshal cannot carry (it travels by pickle)."""


def _not_plain() -> _NotPlain:
    return _NotPlain()


def _dies() -> None:
    os._exit(3)


def test_a_plain_value_comes_back_from_another_process() -> None:
    value = Forked(_surface, 7).result()
    assert value["f"] == 1.5
    operations = value["operations"]
    assert isinstance(operations, dict)
    assert operations["x"]["n"] == 7
    assert operations["x"]["pid"] != os.getpid()  # it really ran in the child


def test_an_exception_in_the_child_is_raised_by_result() -> None:
    with pytest.raises(UsageError, match=r"old\.yaml: unusable spec"):
        Forked(_broken, "old.yaml").result()


def test_a_value_that_is_not_plain_data_travels_by_pickle() -> None:
    assert isinstance(Forked(_not_plain).result(), _NotPlain)


def test_a_child_that_dies_without_answering_is_an_error_not_a_hang() -> None:
    with pytest.raises(RuntimeError, match="without an answer"):
        Forked(_dies).result()


def test_closed_without_reading_the_answer() -> None:
    forked = Forked(_surface, 1)
    forked.close()
    with pytest.raises(RuntimeError, match="closed"):
        forked.result()
