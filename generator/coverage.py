"""Coverage report: per gateway, every endpoint its document names, how completely the spec has it.

Operations carry ``x-coverage`` (full, partial, named-only), ``x-source``, ``x-conflicts`` and
``x-inferred``; endpoints a document names without usable detail are in ``x-catalog``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from generator.load import load_spec, spec_files
from generator.paths import SPECS_DIR
from generator.problems import SpecError
from generator.validate import iter_operations

STATES = ("full", "partial", "named-only")


@dataclass
class Entry:
    """One endpoint of a gateway document."""

    name: str
    method: str
    path: str
    state: str
    sources: list[str]
    conflicts: list[str] = field(default_factory=list)
    inferred: list[str] = field(default_factory=list)
    in_client: bool = True


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [str(v) for v in value]
    return [str(value)]


def entries_of(data: dict[str, Any]) -> list[Entry]:
    """Operations and catalogued endpoints of one bundled spec."""
    out: list[Entry] = []
    for path, method, op, _ in iter_operations(data):
        out.append(
            Entry(
                name=str(
                    op.get("x-python-name") or op.get("operationId") or f"{method.upper()} {path}"
                ),
                method=method.upper(),
                path=path,
                state=str(op.get("x-coverage", "full" if op.get("x-source") else "unknown")),
                sources=_as_list(op.get("x-source")),
                conflicts=_as_list(op.get("x-conflicts")),
                inferred=_as_list(op.get("x-inferred")),
            )
        )
    for item in data.get("x-catalog") or []:
        if isinstance(item, dict):
            out.append(
                Entry(
                    name=str(item.get("name")),
                    method=str(item.get("method", "?")),
                    path=str(item.get("path", "unknown")),
                    state=str(item.get("state", "named-only")),
                    sources=_as_list(item.get("source")),
                    conflicts=[],
                    inferred=_as_list(item.get("note")),
                    in_client=False,
                )
            )
    return out


MENU_KINDS = ("endpoint", "example", "scenario", "page")


def menu_of(data: dict[str, Any]) -> dict[str, Any]:
    """How the document's menu entries are classified (``x-menu`` of operations, ``kind`` in ``x-catalog``).

    A menu entry an operation lists as ``endpoint`` is typed; a catalogue entry of kind ``endpoint`` is a
    named endpoint without a typed call. One entry listed by several operations (a shared query page)
    counts once.
    """
    kinds: dict[str, str] = {}
    for _, _, op, _ in iter_operations(data):
        for item in op.get("x-menu") or []:
            name, kind = (
                (item, "endpoint")
                if isinstance(item, str)
                else (item["name"], item.get("kind", "endpoint"))
            )
            kinds.setdefault(name, kind)
    untyped: Counter[str] = Counter()
    for item in data.get("x-catalog") or []:
        if isinstance(item, dict) and "kind" in item:
            untyped[str(item["kind"])] += 1
    typed = Counter(kinds.values())
    endpoints = typed["endpoint"] + untyped["endpoint"]
    return {
        "entries": sum(typed.values()) + sum(untyped.values()),
        **{k: typed[k] + untyped[k] for k in MENU_KINDS},
        "endpoints_typed": typed["endpoint"],
        "endpoints_catalogued": untyped["endpoint"],
        "typed_percent": round(100 * typed["endpoint"] / endpoints, 1) if endpoints else None,
    }


def report(specs: list[Path]) -> dict[str, Any]:
    """Coverage of every spec, keyed by gateway name."""
    result: dict[str, Any] = {}
    for path in specs:
        loaded = load_spec(path)
        data = loaded.data
        name = str((data.get("x-gateway") or {}).get("name") or path.stem)
        entries = entries_of(data)
        totals = Counter(e.state for e in entries)
        result[name] = {
            "spec": str(path),
            "endpoints": [asdict(e) for e in entries],
            "totals": {
                **{s: totals.get(s, 0) for s in STATES},
                "all": len(entries),
                "conflicts": sum(len(e.conflicts) for e in entries),
                "inferred": sum(len(e.inferred) for e in entries),
            },
            "menu": menu_of(data),
        }
    return result


def _print_text(result: dict[str, Any], summary: bool) -> None:
    for name, gw in result.items():
        t = gw["totals"]
        m = gw.get("menu") or {}
        menu = (
            f"; menu: {m['entries']} entries, {m['endpoint']} endpoints ({m['endpoints_typed']} typed, "
            f"{m['endpoints_catalogued']} catalogued: {m['typed_percent']}% typed), {m['example']} examples, "
            f"{m['scenario']} scenarios, {m['page']} pages"
            if m.get("entries")
            else ""
        )
        print(
            f"{name}: {t['all']} endpoints: {t['full']} full, {t['partial']} partial, "
            f"{t['named-only']} named only; {t['conflicts']} conflicts, {t['inferred']} inferences recorded"
            + menu
        )
        if summary:
            continue
        for e in gw["endpoints"]:
            print(
                f"  [{e['state']:<10}] {e['method']:<6} {e['path']}  ({e['name']})  sources: {', '.join(e['sources']) or 'none'}"
            )
            for c in e["conflicts"]:
                print(f"      conflict: {c}")
        print()


def main(argv: list[str]) -> int:
    """``python -m generator coverage [SPEC ...] [--json] [--summary]``."""
    parser = argparse.ArgumentParser(prog="python -m generator coverage")
    parser.add_argument("specs", nargs="*")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--summary", action="store_true")
    args = parser.parse_args(argv)
    specs = [Path(s) for s in args.specs] or spec_files(SPECS_DIR)
    try:
        result = report(specs)
    except SpecError as exc:
        for problem in exc.problems:
            print(str(problem), file=sys.stderr)
        return 2
    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        _print_text(result, args.summary)
    return 0
