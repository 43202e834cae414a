"""Completion callbacks the simulator sends, like Qingbo and midjourney-proxy do.

A submit whose body carries the operation's ``x-callback`` field gets, once its task ends (after
``task_seconds``, without waiting for polls), one POST of the poll answer to that URL. Only
loopback addresses are called (an IP literal in 127.0.0.0/8 or ``localhost``, no DNS); any other
URL is recorded as refused and never connected to, so no test traffic leaves the machine.
"""

from __future__ import annotations

import asyncio
import ipaddress
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx

__all__ = ["CallbackSender", "Delivery", "loopback_url"]


@dataclass(frozen=True, slots=True)
class Delivery:
    """One callback: where, for which task, and the answer's status (or why none)."""

    url: str
    task_id: str
    status: int | None
    error: str | None = None


def loopback_url(url: str) -> bool:
    """Whether ``url`` is http(s) to 127.0.0.0/8, ::1 or ``localhost`` (checked without DNS)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return False
    if parts.hostname == "localhost":
        return True
    try:
        return ipaddress.ip_address(parts.hostname).is_loopback
    except ValueError:
        return False


class CallbackSender:
    """Schedules and sends callbacks from the simulator's event loop; keeps every delivery."""

    def __init__(self) -> None:
        self.deliveries: list[Delivery] = []
        self._queued: list[tuple[str, str, float, Callable[[], Any]]] = []
        self._running: set[asyncio.Task[None]] = set()

    def schedule(self, url: str, task_id: str, delay: float, body: Callable[[], Any]) -> None:
        """Send ``body()`` (built when sent: the task's answer then) to ``url`` after ``delay``."""
        self._queued.append((url, task_id, delay, body))

    def flush(self) -> None:
        """Start what ``schedule`` queued (called from the loop after each request)."""
        queued, self._queued = self._queued, []
        for url, task_id, delay, body in queued:
            task = asyncio.get_running_loop().create_task(self._send(url, task_id, delay, body))
            self._running.add(task)
            task.add_done_callback(self._running.discard)

    async def _send(self, url: str, task_id: str, delay: float, body: Callable[[], Any]) -> None:
        if not loopback_url(url):
            self.deliveries.append(Delivery(url, task_id, None, "refused: not a loopback URL"))
            return
        await asyncio.sleep(delay)
        data = json.dumps(body(), ensure_ascii=False).encode()
        headers = {"content-type": "application/json", "user-agent": "gateway-simulator"}
        try:
            async with httpx.AsyncClient(trust_env=False, timeout=10.0) as http:
                reply = await http.post(url, content=data, headers=headers)
            self.deliveries.append(Delivery(url, task_id, reply.status_code))
        except httpx.HTTPError as exc:
            self.deliveries.append(Delivery(url, task_id, None, f"{type(exc).__name__}: {exc}"))
