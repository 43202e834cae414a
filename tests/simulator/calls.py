"""Call any operation of a generated client with a valid sample request from the simulator."""

from __future__ import annotations

import importlib
from typing import Any

from generator.simulator import Gateway

KEY = "sk-sim-SECRET-0123456789"
GATEWAYS = {
    "qingbo": ("Qingbo", "AsyncQingbo"),
    "uniall": ("UniAll", "AsyncUniAll"),
    "uniapi": ("UniAPI", "AsyncUniAPI"),
    "gptnb": ("GPTNB", "AsyncGPTNB"),
    "buble": ("Buble", "AsyncBuble"),
}


def client_class(gateway: str, *, asynchronous: bool = False) -> Any:
    module = importlib.import_module(f"generated.{gateway}")
    return getattr(module, GATEWAYS[gateway][1 if asynchronous else 0])


def method(client: Any, gateway: Gateway, operation_id: str) -> Any:
    """The generated method of ``operation_id`` on ``client`` (by its dotted python name)."""
    target = client
    for part in str(gateway.op(operation_id).python_name).split("."):
        target = getattr(target, part)
    return target


def kwargs(gateway: Gateway, operation_id: str) -> dict[str, Any]:
    """Keyword arguments of the generated method for the simulator's sample request."""
    body, parameters = gateway.sample_request(operation_id)
    op = gateway.op(operation_id)
    if isinstance(body, dict) and op.body is not None:  # a file field takes a file, not text
        for name in op.body.binary_fields:
            if isinstance(body.get(name), str):
                body = {**body, name: (f"{name}.bin", b"sample bytes", "application/octet-stream")}
    raw = gateway.runtime["operations"][operation_id]
    out: dict[str, Any] = {}
    for param in op.parameters:
        if param.name in parameters:
            out[param.python_name or param.name] = parameters[param.name]
    body_info = raw.get("body") or {}
    if body is not None:
        whole = body_info.get("whole_body_argument")
        if whole:
            out[whole] = body
        else:
            fields = body_info.get("fields") or {}
            extra = {k: v for k, v in body.items() if k not in fields}
            out.update({fields[k]: v for k, v in body.items() if k in fields})
            if extra:  # the runtime keyword, request_-prefixed past a field of its name
                keyword = "extra_body"
                while keyword in out or keyword in fields.values():
                    keyword = "request_" + keyword
                out[keyword] = extra
    return out


def served_urls(value: Any, base: str) -> list[str]:
    """Every string in ``value`` that points at the simulator."""
    if isinstance(value, str):
        return [value] if value.startswith(base) else []
    if isinstance(value, dict):
        return [u for v in value.values() for u in served_urls(v, base)]
    if isinstance(value, list):
        return [u for v in value for u in served_urls(v, base)]
    return []
