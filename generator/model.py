"""Intermediate model: everything the templates need, already decided (names, types, docstrings).

Templates only loop over these objects and print their fields; any decision lives in build.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from generator.naming import RUNTIME_KEYWORDS
from generator.pytypes import optional_annotation
from generator.streams import StreamForm

Location = Literal["path", "query", "header", "cookie", "body"]


@dataclass(frozen=True)
class Argument:
    """One keyword argument of a generated method."""

    name: str
    wire: str
    location: Location
    annotation: str
    required: bool
    description: str

    @property
    def signature_annotation(self) -> str:
        """The annotation in the method signature (optional ones also take NOT_GIVEN)."""
        return self.annotation if self.required else optional_annotation(self.annotation)


@dataclass(frozen=True)
class Operation:
    """One generated method (sync and async share it)."""

    operation_id: str
    method_name: str
    http_method: str
    path: str
    docstring: str
    arguments: tuple[Argument, ...]
    has_body: bool
    extra_body: bool
    whole_body: Argument | None
    return_annotation: str
    parse_expr: str | None
    is_task: bool
    stream: StreamForm | None = None
    shadowed: frozenset[str] = frozenset()
    """Builtin names that methods of this method's class take (``unshadow``): qualified here."""

    def keyword(self, name: str) -> str:
        """The method's name for runtime keyword ``name`` (``options``): ``request_options``
        where a field of the document already is ``options`` (the field keeps its name)."""
        taken = {a.name for a in self.arguments}
        if self.whole_body is not None:
            taken.add(self.whole_body.name)
        while name in taken:
            name = "request_" + name
        return name

    def renamed_keywords(self) -> list[tuple[str, str]]:
        """``(keyword, name in this method)`` of the runtime keywords a field displaced."""
        wanted = [k for k in RUNTIME_KEYWORDS if k != "download_to" or self.is_task]
        return [(k, self.keyword(k)) for k in wanted if self.keyword(k) != k]

    @property
    def full_docstring(self) -> str:
        """The docstring, with a note naming any runtime keyword a field displaced."""
        renamed = self.renamed_keywords()
        if not renamed:
            return self.docstring
        said = "; ".join(f"``{new}`` is the runtime's ``{old}``" for old, new in renamed)
        return f"{self.docstring}\n\nKeywords: {said} (the document has a field named so)."

    def located(self, location: Location) -> tuple[Argument, ...]:
        """Arguments sent in one part of the request."""
        return tuple(a for a in self.arguments if a.location == location)


@dataclass
class Resource:
    """A group of methods reached as an attribute path, e.g. ``client.audio.transcriptions``."""

    attribute: str
    class_name: str
    dotted: str = ""
    children: list[Resource] = field(default_factory=list)
    operations: list[Operation] = field(default_factory=list)

    def walk(self) -> list[Resource]:
        """This resource and all below it, children first (classes must exist before use)."""
        out: list[Resource] = []
        for child in self.children:
            out.extend(child.walk())
        out.append(self)
        return out


@dataclass(frozen=True)
class Gateway:
    """A whole generated package."""

    package: str
    client_class: str
    async_client_class: str
    title: str
    description: str
    source_file: str
    root: Resource
    model_names: frozenset[str]
    models_document: dict[str, Any]
    runtime_spec: dict[str, Any]

    @property
    def qualifies_builtins(self) -> bool:
        """Whether some method is named like a builtin (the client then imports ``builtins``)."""
        return any(op.shadowed for res in self.root.walk() for op in res.operations)

    @property
    def has_upload(self) -> bool:
        """Whether the client gets ``upload(file)``: the spec declares ``x-upload`` and no
        top-level resource or method is already called ``upload``."""
        taken = {c.attribute for c in self.root.children}
        taken |= {op.method_name for op in self.root.operations}
        return bool(self.runtime_spec.get("upload")) and "upload" not in taken

    @property
    def has_streams(self) -> bool:
        """Whether any method streams (the client then imports the stream types)."""
        return any(op.stream for res in self.root.walk() for op in res.operations)
