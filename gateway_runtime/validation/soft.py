"""``x-warn``: constraints whose failure is a warning, not a problem (the payload is sent anyway).

A document often says less than a rule: "currently only veo-2" describes today, not what the
gateway will refuse tomorrow, and two readings of one document may disagree. The spec then writes
the constraint under ``x-warn`` (``{"type": "string", "x-warn": {"enum": ["veo-2"],
"x-message": "…"}}``): a value outside it is logged as a warning and sent as the caller wrote it
(strict clients refuse it, as they refuse typos).

:func:`soften` turns every ``x-warn`` into an ``allOf`` member of a copy of the schema and records
where it put it; :class:`SoftCheck` runs that copy on payloads the real schema accepts and reports
each failed ``x-warn`` once per value, with its ``x-message``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .problems import Problem, format_path, problem, show

__all__ = ["SoftCheck", "soften"]


def _escape(key: Any) -> str:
    return str(key).replace("~", "~0").replace("/", "~1")


def soften(schema: Any) -> tuple[Any, dict[str, str | None]]:
    """A copy of ``schema`` with each ``x-warn`` enforced, and each one's pointer -> ``x-message``."""
    sites: dict[str, str | None] = {}

    def walk(node: Any, pointer: str) -> Any:
        if isinstance(node, list):
            return [walk(v, f"{pointer}/{i}") for i, v in enumerate(node)]
        if not isinstance(node, Mapping):
            return node
        out = {k: walk(v, f"{pointer}/{_escape(k)}") for k, v in node.items() if k != "x-warn"}
        warn = node.get("x-warn")
        if isinstance(warn, Mapping | bool):
            members = list(out.get("allOf") or [])
            site = f"{pointer}/allOf/{len(members)}"
            message = warn.get("x-message") if isinstance(warn, Mapping) else None
            sites[site] = str(message) if isinstance(message, str) else None
            out["allOf"] = [*members, walk(warn, site)]
        return out

    return walk(schema, ""), sites


@dataclass(frozen=True, slots=True)
class SoftCheck:
    """The compiled ``soften`` copy of a schema and the sites of its ``x-warn`` constraints."""

    engine: Any
    sites: Mapping[str, str | None]

    def warnings(self, instance: Any, keys_of: Any) -> list[Problem]:
        """One warning per failed ``x-warn`` and value; ``keys_of`` maps engine paths to keys."""
        try:
            errors = list(self.engine.iter_errors(instance))
        except (ValueError, RecursionError):
            return []
        out: list[Problem] = []
        seen: set[tuple[str, tuple[Any, ...]]] = set()
        for error in errors:
            where = "".join("/" + _escape(t) for t in error.schema_path)
            site = next((s for s in self.sites if where == s or where.startswith(s + "/")), None)
            if site is None:
                continue
            keys = tuple(keys_of(error.instance_path))
            if (site, keys) in seen:
                continue
            seen.add((site, keys))
            out.append(_warning(keys, self.sites[site], error.instance))
        return out


def _warning(keys: tuple[Any, ...], message: str | None, value: Any) -> Problem:
    """The warning of one failed ``x-warn``; a message ``"field: …"`` is reported at that field."""
    if not message:
        return problem(
            keys, "x-warn", f"{show(value)} is outside what the document lists; sent as given"
        )
    field, sep, rest = message.partition(": ")
    if sep and field and " " not in field:
        if not keys:
            return problem((field,), "x-warn", f"{rest} (sent as given)")
        if format_path(keys) == field:
            return problem(keys, "x-warn", f"{rest} (sent as given)")
    return problem(keys, "x-warn", f"{message} (sent as given)")
