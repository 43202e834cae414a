"""``generator.forked``: a function in a forked child, its value or exception shipped back."""

from __future__ import annotations

import os

import pytest

from gateway_runtime.cli import UsageError
from generator.forked import Dialogue, Forked


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


def _first(n: int) -> tuple[dict[str, int], dict[str, int]]:
    state = {"n": n, "pid": os.getpid()}
    return state, {"n": n * 2, "pid": os.getpid()}


def _second(state: dict[str, int], reply: set[str] | None) -> dict[str, object]:
    return {"state": state, "reply": sorted(reply) if reply is not None else None}


def test_a_dialogue_keeps_its_state_in_the_child_between_the_steps() -> None:
    dialogue: Dialogue[dict[str, int], set[str] | None, dict[str, object]] = Dialogue(
        _first, _second, 5
    )
    message = dialogue.message()
    assert message["n"] == 10
    assert message["pid"] != os.getpid()
    dialogue.answer({"b", "a"})
    result = dialogue.result()
    assert result["reply"] == ["a", "b"]
    assert result["state"] == {"n": 5, "pid": message["pid"]}  # the same child, its own state


def _broken_first(name: str) -> tuple[dict[str, int], None]:
    raise UsageError("old.yaml: unusable spec")


def test_a_dialogue_whose_first_step_fails_raises_at_message() -> None:
    dialogue: Dialogue[dict[str, int], None, object] = Dialogue(_broken_first, _second, "x")
    with pytest.raises(UsageError, match=r"old\.yaml: unusable spec"):
        dialogue.message()


def test_a_dialogue_closed_before_its_reply_ends_its_child() -> None:
    dialogue: Dialogue[dict[str, int], None, object] = Dialogue(_first, _second, 1)
    assert dialogue.message()["n"] == 2
    dialogue.close()  # returns: the child saw no reply and left


def test_a_dialogue_without_fork_runs_both_steps_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(os, "fork")
    dialogue: Dialogue[dict[str, int], set[str] | None, dict[str, object]] = Dialogue(
        _first, _second, 3
    )
    assert dialogue.message()["pid"] == os.getpid()
    dialogue.answer(None)
    assert dialogue.result()["reply"] is None
