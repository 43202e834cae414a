"""The runtime's single logger, ``gateway_runtime``, with API-key redaction attached."""

from __future__ import annotations

import logging

from .redact import RedactingFilter

logger = logging.getLogger("gateway_runtime")
if not any(isinstance(f, RedactingFilter) for f in logger.filters):
    logger.addFilter(RedactingFilter())
