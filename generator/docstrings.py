"""Docstrings of generated methods, from an operation's summary, description and arguments."""

from __future__ import annotations

from typing import Any

from generator.model import Argument


def one_line(text: Any) -> str:
    if not isinstance(text, str):
        return ""
    return " ".join(text.split())


def method_docstring(
    op: dict[str, Any], arguments: list[Argument], whole: Argument | None, method: str, path: str
) -> str:
    lines: list[str] = []
    summary = one_line(op.get("summary"))
    lines.append(summary or f"``{method.upper()} {path}``")
    if summary:
        lines.append("")
        lines.append(f"``{method.upper()} {path}``")
    description = op.get("description")
    if isinstance(description, str) and description.strip():
        lines.append("")
        lines.extend(line.rstrip() for line in description.strip().splitlines())
    documented = [a for a in arguments if a.description] + (
        [whole] if whole and whole.description else []
    )
    if documented:
        lines.append("")
        lines.append("Args:")
        for arg in documented:
            lines.append(f"    {arg.name}: {arg.description}")
    if op.get("deprecated") is True:
        lines.append("")
        lines.append("Deprecated.")
    return "\n".join(lines)


__all__ = ["method_docstring", "one_line"]
