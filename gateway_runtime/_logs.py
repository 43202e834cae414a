"""The runtime's single logger, ``gateway_runtime``, with API-key redaction attached.

The same redacting filter is put on httpx's and httpcore's loggers: their request lines carry
URLs, and an ``apiKey``-in-query scheme would otherwise put the key in a log line.

``GATEWAY_LOG=info`` (or ``debug``) in the environment prints the runtime's log to stderr
without any code (``debug`` adds httpx's request lines), like openai-python's ``OPENAI_LOG``.
"""

from __future__ import annotations

import logging
import os

from .redact import RedactingFilter

logger = logging.getLogger("gateway_runtime")

for _name in (
    "gateway_runtime",
    "httpx",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.proxy",
):
    _target = logging.getLogger(_name)
    if not any(isinstance(f, RedactingFilter) for f in _target.filters):
        _target.addFilter(RedactingFilter())


def configure_from_env(value: str | None = None) -> None:
    """Attach a stderr handler at the level named by ``GATEWAY_LOG`` (info|debug), once."""
    level_name = (os.environ.get("GATEWAY_LOG", "") if value is None else value).strip().upper()
    if level_name not in ("INFO", "DEBUG"):
        return
    level = getattr(logging, level_name)
    names = ("gateway_runtime", "httpx") if level == logging.DEBUG else ("gateway_runtime",)
    for name in names:
        target = logging.getLogger(name)
        target.setLevel(level)
        if not any(getattr(h, "_gateway_log", False) for h in target.handlers):
            handler = logging.StreamHandler()
            handler.setFormatter(
                logging.Formatter("[%(asctime)s %(levelname)s %(name)s] %(message)s")
            )
            handler.addFilter(RedactingFilter())
            handler._gateway_log = True  # type: ignore[attr-defined]
            target.addHandler(handler)


configure_from_env()
