"""Annotations of a class whose methods are named like builtins: ``list`` there is the method.

A resource with a method ``list`` (``client.files.list()``) keeps that name, as users expect; inside
its class body, though, ``list[...]`` in a later signature would name the method (mypy: "not valid
as a type"). Those annotations say ``builtins.list`` instead. Model fields are handled where
models are planned (``pymodels._unshadow``), model class names never clash (they are PascalCase).
"""

from __future__ import annotations

import builtins
import re

BUILTIN_NAMES = frozenset(name for name in dir(builtins) if not name.startswith("_"))
_TOKEN = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|(?<![\w.])[A-Za-z_]\w*")
"""A quoted literal (its words are no names) or an identifier not after a dot."""


def shadowed_builtins(method_names: set[str]) -> frozenset[str]:
    """The builtin names that methods of one class take."""
    return frozenset(method_names & BUILTIN_NAMES)


def qualify(annotation: str, shadowed: frozenset[str]) -> str:
    """annotation with each name in shadowed written ``builtins.name``."""
    if not shadowed:
        return annotation

    def one(match: re.Match[str]) -> str:
        word = match[0]
        return f"builtins.{word}" if word in shadowed else word

    return _TOKEN.sub(one, annotation)


__all__ = ["BUILTIN_NAMES", "qualify", "shadowed_builtins"]
