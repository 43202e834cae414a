"""Run an asyncio server in a daemon thread: for tests and scripts that are not async themselves.

Hand-written (a dozen lines) because the server must bind before ``start()`` returns, report a
bind failure to the caller, and shut down inside its own loop; the simulator and the test
server (tests/gateway_server.py) share it.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable
from typing import Any

__all__ = ["BackgroundLoop"]


class BackgroundLoop:
    """One event loop in one daemon thread, serving between ``start`` and ``stop``."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None

    def start(
        self, astart: Callable[[], Awaitable[Any]], astop: Callable[[], Awaitable[Any]]
    ) -> None:
        """Run ``astart()`` in the thread's loop; return once it is done (raise what it raised)."""
        ready = threading.Event()
        errors: list[BaseException] = []

        def run() -> None:
            loop = asyncio.new_event_loop()
            asyncio.set_event_loop(loop)
            self._loop = loop
            try:
                loop.run_until_complete(astart())
            except BaseException as exc:  # bind failure: reported to the starter
                errors.append(exc)
                ready.set()
                return
            ready.set()
            loop.run_forever()
            loop.run_until_complete(astop())
            loop.close()

        self._thread = threading.Thread(target=run, name=self.name, daemon=True)
        self._thread.start()
        ready.wait()
        if errors:
            raise errors[0]

    def stop(self) -> None:
        """Stop the loop (``astop()`` runs in it first); idempotent."""
        loop, thread = self._loop, self._thread
        if loop is not None and thread is not None and thread.is_alive():
            loop.call_soon_threadsafe(loop.stop)
            thread.join(timeout=10)
        self._thread = None
