"""Where output files may be fetched from: http(s) only, public addresses by default.

An output URL comes from the gateway (or from a host it redirects to), so it may point at the
caller's own network: a cloud metadata address (``169.254.169.254``), ``localhost``, a private
range. Before every hop of a fetch the host is resolved (through a resolver hook tests replace)
and every address it resolves to must be *public*, or of a kind the gateway's own address has
(a simulator on ``127.0.0.1`` may hand out ``127.0.0.1`` URLs), or the host must be listed in the
client's ``trusted_output_hosts``. The fetch then connects to the address that was checked, so a
second look-up cannot answer differently (DNS rebinding). The decisions are sans-I/O; the
look-up is the flow action :class:`~._flow.Resolve`.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Sequence

import httpx

from ._flow import Flow, Resolve, Resolver

__all__ = ["HostRefused", "address_kind", "checked_address_flow", "default_resolver", "pin"]

_SCHEMES = ("http", "https")


class HostRefused(Exception):
    """An output URL the policy refuses (scheme or address); the text says why."""


def default_resolver(host: str, port: int) -> list[str]:
    """The addresses ``host`` resolves to (``socket.getaddrinfo``), in the order given."""
    found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in found))


def address_kind(address: str) -> str:
    """``public``, ``loopback``, ``link-local``, ``multicast`` or ``private`` (all else)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip.is_loopback:
        return "loopback"
    if ip.is_link_local:
        return "link-local"
    if ip.is_multicast:
        return "multicast"
    return "public" if ip.is_global else "private"


def _port(url: httpx.URL) -> int:
    return url.port or (443 if url.scheme == "https" else 80)


def _literal(host: str) -> str | None:
    try:
        return str(ipaddress.ip_address(host))
    except ValueError:
        return None


def _lookup(
    host: str, port: int, resolver: Resolver, timeout: float | None = None
) -> Flow[list[str]]:
    literal = _literal(host)
    if literal is not None:
        return [literal]
    try:
        found: list[str] = yield Resolve(host, port, resolver, timeout)
    except OSError as exc:
        raise HostRefused(f"host {host!r} could not be resolved: {exc}") from None
    if not found:
        raise HostRefused(f"host {host!r} resolved to no address")
    return found


def gateway_kinds_flow(
    base_url: str, resolver: Resolver, timeout: float | None = None
) -> Flow[frozenset[str]]:
    """The kinds of address the gateway's own host has (those are allowed for outputs too)."""
    url = httpx.URL(base_url)
    if not url.host:
        return frozenset()
    try:
        addresses = yield from _lookup(url.host, _port(url), resolver, timeout)
    except HostRefused:
        return frozenset()
    return frozenset(address_kind(a) for a in addresses) - {"public"}


def checked_address_flow(
    url: httpx.URL,
    *,
    allowed_hosts: Sequence[str],
    gateway_kinds: frozenset[str],
    resolver: Resolver,
    timeout: float | None = None,
) -> Flow[str | None]:
    """The address to connect to for ``url``, or :class:`HostRefused`.

    ``None`` means "connect as usual": the host is allowed by name (``trusted_output_hosts``).
    """
    if url.scheme not in _SCHEMES:
        raise HostRefused(f"scheme {url.scheme or 'none'!r} is not fetched (only http and https)")
    host = url.host
    if not host:
        raise HostRefused("the URL names no host")
    allowed = {h.lower() for h in allowed_hosts}
    if "*" in allowed or host.lower() in allowed:
        return None
    addresses = yield from _lookup(host, _port(url), resolver, timeout)
    for address in addresses:
        kind = address_kind(address)
        if kind != "public" and kind not in gateway_kinds:
            raise HostRefused(
                f"host {host!r} resolves to {address} ({kind}); outputs are fetched only from "
                f"public addresses unless the host is in the client's trusted_output_hosts"
            )
    return addresses[0]


def pin(request: httpx.Request, address: str | None) -> httpx.Request:
    """``request`` sent to ``address`` (TLS still checks the original host name)."""
    if address is None or _literal(request.url.host) is not None:
        return request
    url = request.url
    request.headers["Host"] = url.netloc.decode("ascii")
    if url.scheme == "https":
        request.extensions["sni_hostname"] = url.host
    request.url = url.copy_with(host=address)
    return request
