"""Error bodies in the gateway's own envelopes, and success bodies that match none of them."""

from __future__ import annotations

from typing import Any

from gateway_runtime.spec import ErrorEnvelope, GatewaySpec, OperationSpec

from . import pointers

__all__ = ["envelopes_for", "error_body", "not_an_error"]


def envelopes_for(spec: GatewaySpec, op: OperationSpec | None) -> tuple[ErrorEnvelope, ...]:
    """The operation's envelopes, else the document's default (else all declared)."""
    if op is not None:
        found = spec.envelopes_for(op)
        if found:
            return found
    names = spec.default_error_envelopes or tuple(spec.error_envelopes)
    return tuple(spec.error_envelopes[n] for n in names if n in spec.error_envelopes)


def error_body(envelope: ErrorEnvelope | None, code: str, message: str, status: int) -> Any:
    """A body the envelope detects, carrying ``code`` and ``message`` at its pointers.

    Envelopes whose success codes are numbers (Midjourney's ``code: 1``) get the HTTP status as
    their code.
    """
    if envelope is None:
        return {"error": {"code": code, "message": message}}
    wire_code: Any = code
    if envelope.ok_values and all(isinstance(v, int) for v in envelope.ok_values):
        wire_code = status if status not in envelope.ok_values else 4
    doc: Any = {}
    doc = pointers.put(doc, envelope.detect, message)
    if envelope.message:
        doc = pointers.put(doc, envelope.message, message)
    if envelope.code:
        doc = pointers.put(doc, envelope.code, wire_code)
    if envelope.type:
        doc = pointers.put(doc, envelope.type, "simulator_error")
    return doc


def not_an_error(envelopes: tuple[ErrorEnvelope, ...], body: Any) -> Any:
    """``body`` changed so that no envelope takes it for an error (``ok-values`` or field removed)."""
    for env in envelopes:
        found, value = pointers.get(body, env.detect)
        if not found or value is None:
            continue
        if env.ok_values and env.code:
            body = pointers.put(body, env.code, env.ok_values[0])
        elif env.in_success:
            parent, _, last = env.detect.rpartition("/")
            ok, node = pointers.get(body, parent)
            if ok and isinstance(node, dict):
                node.pop(pointers.tokens("/" + last)[0], None)
    return body
