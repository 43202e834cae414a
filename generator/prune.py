"""Invalid components that nothing uses: dropped with a warning instead of refusing the document.

A document may carry a broken security scheme, schema or response that no operation refers to; it
changes nothing that is generated, so the obvious reading is to leave it out. Only the components
the meta-schema finds invalid are considered (nothing is checked twice when the document is valid),
and only those that no reference (followed from outside ``components``), ``security`` requirement
or discriminator mapping reaches.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from generator.problems import escape_pointer_token, split_pointer
from generator.validate import as_dict, iter_operations, schema_errors, walk_refs

Note = Callable[[str, str, str], None]


def _component(pointer: str) -> tuple[str, str] | None:
    tokens = split_pointer(pointer) if pointer.startswith("/") else []
    return (tokens[1], tokens[2]) if len(tokens) >= 3 and tokens[0] == "components" else None


def _mapping_refs(node: Any) -> Iterator[str]:
    """Schema references of discriminator mappings (a ``#/components/...`` ref or a bare name)."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            mapping = as_dict(current.get("discriminator")).get("mapping")
            for value in as_dict(mapping).values():
                if isinstance(value, str):
                    yield value if value.startswith("#") else "#/components/schemas/" + value
            stack.extend(v for v in current.values() if isinstance(v, dict | list))
        elif isinstance(current, list):
            stack.extend(v for v in current if isinstance(v, dict | list))


def used_components(data: dict[str, Any]) -> set[tuple[str, str]]:
    """(section, name) of every component reached from outside ``components``."""
    comps = as_dict(data.get("components"))
    used: set[tuple[str, str]] = set()
    todo: list[Any] = [v for k, v in data.items() if k != "components"]
    requirements = [
        data.get("security"),
        *(op.get("security") for _, _, op, _ in iter_operations(data)),
    ]
    for requirement in requirements:
        for entry in requirement if isinstance(requirement, list) else []:
            used.update(("securitySchemes", str(name)) for name in as_dict(entry))
    while todo:
        node = todo.pop()
        refs = [ref for _, ref in walk_refs(node, "")] + list(_mapping_refs(node))
        for ref in refs:
            found = _component(ref[1:]) if ref.startswith("#") else None
            if found is None or found in used:
                continue
            used.add(found)
            section = as_dict(comps.get(found[0]))
            if found[1] in section:
                todo.append(section[found[1]])
    return used


def drop_unused_invalid(data: dict[str, Any], version: str, note: Note) -> None:
    """Remove the invalid components nothing uses from data, noting each once."""
    invalid: dict[tuple[str, str], str] = {}
    errors = sorted(schema_errors(version, data, ()), key=lambda e: -len(e[0]))
    for pointer, message in errors:  # the deepest error of a component names its fault
        found = _component(pointer)
        if found is not None:
            invalid.setdefault(found, message)
    if not invalid:
        return
    used = used_components(data)
    comps = as_dict(data.get("components"))
    for (section, name), message in sorted(invalid.items()):
        if (section, name) in used:
            continue
        del comps[section][name]
        note(
            "unused-invalid-component",
            f"/components/{escape_pointer_token(section)}/{escape_pointer_token(name)}",
            f"not valid OpenAPI {version} ({message}) and nothing uses it; left out",
        )


__all__ = ["drop_unused_invalid", "used_components"]
