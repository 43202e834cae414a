"""Reading a request as the spec declares it: route, auth, body and parameters (typed)."""

from __future__ import annotations

import email.parser
import email.policy
import json
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qs, unquote

from gateway_runtime.spec import GatewaySpec, OperationSpec

from .samples import Sampler
from .transport import Request

__all__ = ["Inbound", "Route"]


class Route:
    """An operation's method and path template, matched against request paths."""

    def __init__(self, op: OperationSpec) -> None:
        self.op = op
        parts = re.split(r"(\{[^}/]+\})", op.path)
        regex = "".join(
            f"(?P<p{i}>[^/]+)" if p.startswith("{") else re.escape(p) for i, p in enumerate(parts)
        )
        self.names = {f"p{i}": p[1:-1] for i, p in enumerate(parts) if p.startswith("{")}
        self.regex = re.compile(f"^{regex}/?$")

    def match(self, path: str) -> dict[str, str] | None:
        m = self.regex.match(path)
        if m is None:
            return None
        return {self.names[k]: unquote(v) for k, v in m.groupdict().items()}


class Inbound:
    """Reads requests for one gateway's operations."""

    def __init__(self, spec: GatewaySpec, sampler: Sampler, api_key: str | None = None) -> None:
        self.spec = spec
        self.sampler = sampler
        self.api_key = api_key  # None: any non-empty key is accepted
        routes = [Route(op) for op in spec.operations.values()]
        # Literal paths win over templated ones (/v1/tasks/batch before /v1/tasks/{id}).
        self.routes = sorted(routes, key=lambda r: (len(r.names), -len(r.op.path)))

    def route(self, request: Request) -> tuple[Route | None, dict[str, str]]:
        """The operation's route and path parameters, or ``(None, {})``."""
        for route in self.routes:
            if route.op.method != request.method:
                continue
            params = route.match(request.path)
            if params is not None:
                return route, params
        return None, {}

    def authorized(self, op: OperationSpec, request: Request) -> bool:
        """Whether the request carries a key for one of the operation's security alternatives."""
        alternatives = self.spec.security if op.security is None else op.security
        if not alternatives:
            return True
        return any(all(self._has(name, request) for name in alt) for alt in alternatives)

    def presented(self, op: OperationSpec, request: Request) -> bool:
        """Whether the request carries any key at all (a 401 then says "invalid", not "missing")."""
        alternatives = self.spec.security if op.security is None else op.security
        return any(self._key(name, request) for alt in alternatives for name in alt)

    def _has(self, scheme_name: str, request: Request) -> bool:
        scheme = self.spec.security_schemes.get(scheme_name)
        if scheme is None:
            return True
        key = self._key(scheme_name, request)
        if not key:
            return False
        return self.api_key is None or key == self.api_key

    def _key(self, scheme_name: str, request: Request) -> str:
        """The key the request carries for a scheme (``""``: none)."""
        scheme = self.spec.security_schemes.get(scheme_name)
        if scheme is None:
            return ""
        if scheme.type == "http":
            prefix = (scheme.scheme or "bearer").lower() + " "
            value = request.headers.get("authorization", "")
            return value[len(prefix) :].strip() if value.lower().startswith(prefix) else ""
        if scheme.type == "apiKey" and scheme.param_name:
            name = scheme.param_name
            if scheme.location == "query":
                return request.query.get(name, [""])[0].strip()
            if scheme.location == "cookie":
                for part in request.headers.get("cookie", "").split(";"):
                    k, _, v = part.strip().partition("=")
                    if k == name:
                        return v.strip()
                return ""
            return request.headers.get(name.lower(), "").strip()
        return ""

    def body(self, op: OperationSpec, request: Request) -> Any:
        """The decoded body (JSON, form or multipart); ``ValueError`` when it cannot be read."""
        spec = op.body
        if spec is None:
            return None
        if not request.body:
            return {} if spec.required else None
        ctype = request.headers.get("content-type", "")
        if "json" in ctype or (spec.is_json and not ctype):
            try:
                return json.loads(request.body)
            except ValueError as exc:
                raise ValueError(f"body is not JSON: {exc}") from None
        if ctype.startswith("application/x-www-form-urlencoded"):
            form = parse_qs(request.body.decode("utf-8", "replace"), keep_blank_values=True)
            return {
                k: _coerce(v[0] if len(v) == 1 else v, self._prop(op, k)) for k, v in form.items()
            }
        if ctype.startswith("multipart/"):
            return self._multipart(op, ctype, request.body)
        raise ValueError(f"unsupported content type {ctype!r}; expected {spec.media_type}")

    def _prop(self, op: OperationSpec, name: str) -> Mapping[str, Any]:
        """The (dereferenced) schema of body field ``name``."""
        root = self.sampler.deref(op.payload_schema or {})
        props = root.get("properties") if isinstance(root, Mapping) else None
        sub = self.sampler.deref((props or {}).get(name))
        return sub if isinstance(sub, Mapping) else {}

    def _multipart(self, op: OperationSpec, ctype: str, raw: bytes) -> dict[str, Any]:
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
            b"Content-Type: " + ctype.encode("latin-1") + b"\r\n\r\n" + raw
        )
        out: dict[str, Any] = {}
        binary = set(op.body.binary_fields if op.body else ())
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            if not isinstance(name, str):
                continue
            payload = part.get_payload(decode=True)
            data = payload if isinstance(payload, bytes) else b""
            value: Any = (
                data
                if name in binary or part.get_filename()
                else _coerce(data.decode("utf-8", "replace"), self._prop(op, name))
            )
            if name in out:
                prev = out[name]
                out[name] = [*prev, value] if isinstance(prev, list) else [prev, value]
            else:
                out[name] = value
        for name in binary:
            if (
                name in out
                and self._prop(op, name).get("type") == "array"
                and not isinstance(out[name], list)
            ):
                out[name] = [out[name]]
        return out

    def parameters(
        self, op: OperationSpec, request: Request, path: Mapping[str, str]
    ) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for param in op.parameters:
            raw: Any
            if param.location == "path" and param.name in path:
                raw = path[param.name]
            elif param.location == "query" and param.name in request.query:
                values = request.query[param.name]
                raw = values if param.schema.get("type") == "array" else values[0]
            elif param.location == "header" and param.name.lower() in request.headers:
                raw = request.headers[param.name.lower()]
            else:
                continue
            out[param.name] = _coerce(raw, param.schema)
        return out


def _types(schema: Mapping[str, Any]) -> set[str]:
    t = schema.get("type")
    found = set(t) if isinstance(t, list) else {t} if isinstance(t, str) else set()
    for key in ("anyOf", "oneOf"):
        for branch in schema.get(key) or ():
            if isinstance(branch, Mapping):
                found |= _types(branch)
    return found


def _coerce(raw: Any, schema: Mapping[str, Any]) -> Any:
    """A query/form/path string as the type its schema declares (``"5"`` → 5 for an integer)."""
    if isinstance(raw, list):
        sub = schema.get("items")
        items: Mapping[str, Any] = sub if isinstance(sub, Mapping) else {}
        return [_coerce(v, items) for v in raw]
    if not isinstance(raw, str):
        return raw
    types = _types(schema)
    if "string" in types:
        return raw
    if "integer" in types and re.fullmatch(r"-?\d+", raw):
        return int(raw)
    if "number" in types:
        try:
            return float(raw)
        except ValueError:
            return raw
    if "boolean" in types and raw.lower() in ("true", "false"):
        return raw.lower() == "true"
    if types & {"object", "array"}:
        try:
            return json.loads(raw)
        except ValueError:
            return raw
    return raw
