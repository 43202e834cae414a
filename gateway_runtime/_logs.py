"""The runtime's single logger, ``gateway_runtime``, with API-key redaction attached.

The same redacting filter is put on httpx's and httpcore's loggers: their request lines carry
URLs, and an ``apiKey``-in-query scheme would otherwise put the key in a log line.
"""

from __future__ import annotations

import logging

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
