"""Credentials from the spec's security schemes.

The operation's ``security`` (else the document's) is a list of alternatives, each a list of
scheme names. The first alternative whose schemes the runtime can apply is used:
``http``/``bearer`` → ``Authorization: Bearer <key>``, ``http``/``basic`` → key sent as
``user:password``, ``apiKey`` → header, query parameter or cookie named by the scheme. An empty
alternative (or ``security: []``) means no credentials are needed.
"""

from __future__ import annotations

import base64
import os

from .errors import MissingAPIKeyError
from .spec import GatewaySpec, OperationSpec, SecurityScheme

__all__ = ["Credentials", "apply_scheme", "credentials_for", "resolve_api_key"]


class Credentials:
    """Where the key goes for one request: headers, query parameters and cookies."""

    __slots__ = ("cookies", "headers", "query")

    def __init__(self) -> None:
        self.headers: dict[str, str] = {}
        self.query: dict[str, str] = {}
        self.cookies: dict[str, str] = {}


def resolve_api_key(spec: GatewaySpec, api_key: str | None) -> str | None:
    """The explicit key, else the value of ``spec.api_key_env`` in the environment."""
    if api_key:
        return api_key
    if spec.api_key_env:
        return os.environ.get(spec.api_key_env) or None
    return None


def _supported(scheme: SecurityScheme | None) -> bool:
    if scheme is None:
        return False
    if scheme.type == "http":
        return (scheme.scheme or "").lower() in ("bearer", "basic")
    if scheme.type == "apiKey":
        return scheme.location in ("header", "query", "cookie") and bool(scheme.param_name)
    return False


def apply_scheme(scheme: SecurityScheme, key: str, creds: Credentials) -> None:
    """Put ``key`` where ``scheme`` says."""
    if scheme.type == "http":
        if (scheme.scheme or "").lower() == "basic":
            token = base64.b64encode(key.encode()).decode()
            creds.headers["Authorization"] = f"Basic {token}"
        else:
            creds.headers["Authorization"] = f"Bearer {key}"
        return
    name = scheme.param_name or ""
    if scheme.location == "header":
        creds.headers[name] = key
    elif scheme.location == "query":
        creds.query[name] = key
    else:
        creds.cookies[name] = key


def credentials_for(spec: GatewaySpec, op: OperationSpec, api_key: str | None) -> Credentials:
    """Credentials for ``op``; raises :class:`MissingAPIKeyError` if a key is needed but absent."""
    creds = Credentials()
    alternatives = spec.security if op.security is None else op.security
    if not alternatives:
        return creds
    usable = [
        alt for alt in alternatives if all(_supported(spec.security_schemes.get(n)) for n in alt)
    ]
    if any(len(alt) == 0 for alt in usable) and not api_key:
        return creds  # auth is optional for this operation
    chosen = next((alt for alt in usable if alt), None)
    if chosen is None:
        if any(len(alt) == 0 for alt in usable):
            return creds
        names = ", ".join(" + ".join(alt) for alt in alternatives)
        raise MissingAPIKeyError(
            f"{op.label} needs security the runtime cannot apply: {names}",
            operation=op.operation_id,
        )
    if not api_key:
        env = f" or set {spec.api_key_env}" if spec.api_key_env else ""
        raise MissingAPIKeyError(
            f"{op.label} needs an API key: pass api_key=...{env}",
            operation=op.operation_id,
        )
    for name in chosen:
        apply_scheme(spec.security_schemes[name], api_key, creds)
    return creds
