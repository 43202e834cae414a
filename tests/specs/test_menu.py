"""Every entry of GPTNB's menu (doc-001) is classified exactly once: an operation's ``x-menu`` or ``x-catalog``."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from generator.coverage import menu_of
from generator.load import load_spec
from generator.validate import iter_operations
from tests.shared_data import shared_folder

PROJECT = Path(__file__).resolve().parents[2]
BULLET = re.compile(r"^( *)• (.*)$")


def menu_leaves(text: str) -> list[str]:
    """Leaf entries of an apifox menu export, as ``A / B / C`` paths below the root heading."""
    items: list[tuple[int, str]] = []
    started = False
    for line in text.split("\n"):
        if line.strip() == "1. 统一格式":
            if started:
                break  # the page body starts with the same heading
            started = True
            continue
        match = BULLET.match(line) if started else None
        if match:
            items.append((len(match.group(1)) // 2, match.group(2).strip()))
    leaves: list[str] = []
    stack: list[str] = []
    for i, (depth, name) in enumerate(items):
        stack = [*stack[: depth - 1], name]
        if i + 1 == len(items) or items[i + 1][0] <= depth:
            leaves.append(" / ".join(stack))
    return leaves


@pytest.fixture(scope="module")
def gptnb() -> dict[str, Any]:
    return load_spec(PROJECT / "specs" / "gptnb.yaml").data


@pytest.fixture(scope="module")
def leaves() -> list[str]:
    (doc,) = shared_folder("seeds").glob("001_*.txt")
    return menu_leaves(doc.read_text(encoding="utf-8"))


def _menu_names(data: dict[str, Any]) -> tuple[Counter[str], dict[str, str]]:
    """Classified names (an entry several operations share counts once) and each name's kind."""
    kinds: dict[str, str] = {}
    for _, _, op, _ in iter_operations(data):
        for item in op.get("x-menu") or []:
            name = item if isinstance(item, str) else item["name"]
            kinds[name] = "endpoint" if isinstance(item, str) else item.get("kind", "endpoint")
    names = Counter(list(kinds))
    for entry in data["x-catalog"]:
        names[entry["name"]] += 1
        kinds.setdefault(entry["name"], entry["kind"])
    return names, kinds


def test_the_menu_parser_reads_the_export(leaves: list[str]) -> None:
    assert len(leaves) == 181
    assert leaves[0] == "发出请求"
    assert "视频接口 / Veo / 统一格式 / 提交视频垫图异步任务" in leaves
    assert leaves[-1] == "帮助中心 / 常见问题及解决办法"


def test_every_menu_entry_is_classified_exactly_once(
    gptnb: dict[str, Any], leaves: list[str]
) -> None:
    names, _ = _menu_names(gptnb)
    assert names - Counter(leaves) == Counter(), "classified names the menu does not have"
    assert Counter(leaves) - names == Counter(), "menu entries nobody classifies"


def test_catalogue_entries_say_what_they_are(gptnb: dict[str, Any]) -> None:
    _, kinds = _menu_names(gptnb)
    for entry in gptnb["x-catalog"]:
        assert entry["kind"] in ("endpoint", "example", "scenario", "page"), entry["name"]
        assert entry.get("note"), f"{entry['name']}: a catalogue entry says why it is not typed"
        if "of" in entry:
            assert entry["kind"] in ("example", "scenario"), entry["name"]
            assert kinds.get(entry["of"]) == "endpoint", f"{entry['name']}: of {entry['of']!r}"


def test_coverage_counts_the_menu(gptnb: dict[str, Any], leaves: list[str]) -> None:
    menu = menu_of(gptnb)
    assert menu["entries"] == len(set(leaves)) + sum(n - 1 for n in Counter(leaves).values())
    endpoints = menu["endpoints_typed"] + menu["endpoints_catalogued"]
    assert menu["endpoint"] == endpoints
    assert menu["typed_percent"] == round(100 * menu["endpoints_typed"] / endpoints, 1)
    typed = {
        (item if isinstance(item, str) else item["name"])
        for _, _, op, _ in iter_operations(gptnb)
        for item in op.get("x-menu") or []
        if isinstance(item, str) or item.get("kind", "endpoint") == "endpoint"
    }
    assert menu["endpoints_typed"] == len(typed)
