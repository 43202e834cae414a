"""What every lint check reads: the document, its operations by id, and their body schemas."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.problems import escape_pointer_token
from generator.validate import as_dict, deref, iter_operations

JSON_HINT = "json"


@dataclass(frozen=True)
class Operation:
    """One operation of the document and where it is."""

    op_id: str
    pointer: str
    data: dict[str, Any]


def _json_schemas(data: dict[str, Any], content: Any) -> list[Any]:
    out = []
    for media, entry in as_dict(content).items():
        if JSON_HINT in str(media).lower() and isinstance(entry, dict) and "schema" in entry:
            out.append(entry["schema"])
    return out


@dataclass
class SpecContext:
    """The document a lint run reads, with its operations indexed."""

    data: dict[str, Any]
    operations: dict[str, Operation] = field(default_factory=dict)

    @classmethod
    def of(cls, data: dict[str, Any]) -> SpecContext:
        """Index the operations of data by operationId."""
        ctx = cls(data)
        for path, method, op, _ in iter_operations(data):
            op_id = op.get("operationId")
            if isinstance(op_id, str):
                at = "/paths/" + escape_pointer_token(path) + "/" + method
                ctx.operations[op_id] = Operation(op_id, at, op)
        return ctx

    def responses(self, op_id: str, success: bool) -> list[Any]:
        """JSON body schemas of an operation's 2xx (success) or other (error) responses."""
        op = self.operations.get(op_id)
        if op is None:
            return []
        out: list[Any] = []
        for code, response in as_dict(op.data.get("responses")).items():
            if str(code).startswith("2") != success:
                continue
            try:
                resolved = deref(self.data, response)
            except KeyError:
                continue
            if isinstance(resolved, dict):
                out.extend(_json_schemas(self.data, resolved.get("content")))
        return out

    def events(self, op_id: str) -> list[Any]:
        """The schema of an operation's stream events (``x-stream.event``), if it declares one."""
        op = self.operations.get(op_id)
        stream = op.data.get("x-stream") if op is not None else None
        event = stream.get("event") if isinstance(stream, dict) else None
        return [event] if isinstance(event, dict) and event else []

    def request(self, op_id: str) -> list[Any]:
        """JSON schemas of an operation's request body."""
        op = self.operations.get(op_id)
        if op is None:
            return []
        try:
            body = deref(self.data, op.data.get("requestBody"))
        except KeyError:
            return []
        return _json_schemas(self.data, body.get("content")) if isinstance(body, dict) else []


__all__ = ["Operation", "SpecContext"]
