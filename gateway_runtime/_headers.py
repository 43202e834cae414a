"""Merging a request's headers from every source: one value per name, whatever the case.

HTTP header names are case-insensitive, so ``{"authorization": ...}`` from the caller and the
runtime's ``Authorization`` are the same header: a later source replaces an earlier one (and
its spelling), it never adds a second value. Precedence, lowest first:

1. what the runtime computes (``Accept``, ``Accept-Encoding``, ``User-Agent``);
2. the client's ``default_headers``;
3. the operation's header parameters;
4. the body's own (``Content-Type`` with a multipart boundary);
5. the idempotency key, when no earlier source set that header;
6. the client's credential (its header, and its cookies added to ``Cookie``): the key the
   client was given is the one sent, whatever ``default_headers`` or parameters say;
7. ``RequestOptions.extra_headers``: the caller's deliberate per-call override, credential
   included (then only the caller's value is sent).
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["merge_headers"]


class _Merged:
    """Headers keyed by lower-case name, keeping the spelling of the source that set each."""

    def __init__(self) -> None:
        self._items: dict[str, tuple[str, str]] = {}

    def set(self, headers: Mapping[str, str]) -> None:
        for name, value in headers.items():
            self._items[name.lower()] = (name, str(value))

    def get(self, name: str) -> str | None:
        found = self._items.get(name.lower())
        return None if found is None else found[1]

    def as_dict(self) -> dict[str, str]:
        return dict(self._items.values())


def _cookie_header(existing: str | None, cookies: Mapping[str, str]) -> str:
    """``existing`` with ``cookies`` added, each replacing a cookie of the same name."""
    kept = [
        part.strip()
        for part in (existing or "").split(";")
        if part.strip() and part.split("=", 1)[0].strip() not in cookies
    ]
    return "; ".join([*kept, *(f"{k}={v}" for k, v in cookies.items())])


def merge_headers(
    *,
    computed: Mapping[str, str],
    defaults: Mapping[str, str],
    parameters: Mapping[str, str],
    body: Mapping[str, str],
    idempotency: tuple[str, str] | None,
    credentials: Mapping[str, str],
    cookies: Mapping[str, str],
    extra: Mapping[str, str],
) -> dict[str, str]:
    """The request's headers, merged in the precedence the module docstring gives."""
    merged = _Merged()
    for layer in (computed, defaults, parameters, body):
        merged.set(layer)
    if idempotency is not None and merged.get(idempotency[0]) is None:
        if not any(name.lower() == idempotency[0].lower() for name in extra):
            merged.set({idempotency[0]: idempotency[1]})
    merged.set(credentials)
    if cookies:
        merged.set({"Cookie": _cookie_header(merged.get("Cookie"), cookies)})
    merged.set(extra)
    return merged.as_dict()
