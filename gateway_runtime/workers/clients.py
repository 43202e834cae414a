"""The client a worker uses for a batch: rebuilt from the batch plan, the key from its own env.

The plan names the generated module (``generated.qingbo``) or a spec path, and the base URL; the
API key is never in Redis: each worker reads it from the gateway's environment variable
(``QINGBO_API_KEY``), as every client does. One client per plan and worker process, shared by
its threads (the sync client is thread-safe).
"""

from __future__ import annotations

import importlib
import threading
from typing import Any

from ..client import SyncClient
from ..errors import GatewayClientError
from ..spec import GatewaySpec
from .plan import BatchPlan

__all__ = ["ClientCache", "spec_for"]


def spec_for(module: str | None, spec_path: str | None) -> GatewaySpec:
    """The gateway spec of a generated module (its ``load_spec()``), else of a spec file."""
    if module:
        try:
            loaded = importlib.import_module(module)
        except ImportError as exc:
            if not spec_path:
                raise GatewayClientError(f"cannot import {module}: {exc}") from None
        else:
            load = getattr(loaded, "load_spec", None)
            if callable(load):
                spec = load()
                if isinstance(spec, GatewaySpec):
                    return spec
    if spec_path:
        return GatewaySpec.load(spec_path, module=module)
    raise GatewayClientError(f"no spec for {module!r}: name a generated module or a spec path")


class ClientCache:
    """One sync client per (module, spec, base URL), built on first use."""

    def __init__(self, **options: Any) -> None:
        self.options = options
        self._clients: dict[tuple[str | None, str | None, str | None], SyncClient] = {}
        self._lock = threading.Lock()

    def get(self, plan: BatchPlan) -> SyncClient:
        """The client of a batch plan."""
        return self.client(plan.module, plan.spec_path, plan.base_url)

    def client(
        self, module: str | None, spec_path: str | None = None, base_url: str | None = None
    ) -> SyncClient:
        """The client of a generated module (or spec file) at ``base_url`` (default: the
        gateway's ``<NAME>_BASE_URL`` variable, else its spec's)."""
        key = (module, spec_path, base_url)
        with self._lock:
            if key not in self._clients:
                spec = spec_for(module, spec_path)
                self._clients[key] = SyncClient(spec, base_url=base_url, **self.options)
            return self._clients[key]

    def close(self) -> None:
        with self._lock:
            for client in self._clients.values():
                client.close()
            self._clients.clear()
