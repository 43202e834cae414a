"""Import a module on first use, so importing a generated client does not build every model.

Generated methods touch their models only when they parse a response; :func:`lazy_module`
creates the models module at import time and executes it on first attribute access — once,
under a lock, so a client shared by many threads works from its first call. (The standard
library's ``importlib.util.LazyLoader`` has no such lock before Python 3.12: threads that
arrive while another one runs the module see it half built and get ``AttributeError``.) This
keeps ``import generated.<gateway>`` near the cost of httpx and pydantic.
"""

from __future__ import annotations

import importlib.util
import sys
import threading
from importlib.abc import Loader
from types import ModuleType
from typing import Any

__all__ = ["lazy_module"]

_create_lock = threading.Lock()


class _LazyModule(ModuleType):
    """A module whose code runs on the first lookup of a name it does not have yet.

    The first thread runs it under the module's lock; the others wait for it, then read the
    finished module. The running thread itself (the module importing parts of itself) sees
    the module as built so far, as a normal import would show it.
    """

    def __getattr__(self, name: str) -> Any:
        state = self.__dict__
        lock: threading.RLock | None = state.get("__lazy_lock__")
        if lock is None:  # built meanwhile by another thread: look again, as a plain module
            if isinstance(self, _LazyModule):
                raise AttributeError(f"module {self.__name__!r} has no attribute {name!r}")
            return getattr(self, name)
        with lock:
            if state.get("__lazy_lock__") is lock and not state.get("__lazy_running__"):
                _execute(self, state)
        if isinstance(self, _LazyModule) and name not in state:  # half built (same thread)
            raise AttributeError(f"module {self.__name__!r} has no attribute {name!r}")
        return getattr(self, name)


def _execute(module: ModuleType, state: dict[str, Any]) -> None:
    """Run the module's code once; on failure the next lookup tries again (and raises again)."""
    loader: Loader = state["__lazy_loader__"]
    state["__lazy_running__"] = True
    try:
        loader.exec_module(module)
    except BaseException:
        state["__lazy_running__"] = False
        raise
    module.__class__ = ModuleType  # a plain module from now on: no lookup pays for laziness
    for key in ("__lazy_running__", "__lazy_loader__", "__lazy_lock__"):
        state.pop(key, None)


def lazy_module(name: str) -> ModuleType:
    """The module called name, executed on first attribute access (already loaded: as is)."""
    with _create_lock:
        if name in sys.modules:
            return sys.modules[name]
        spec = importlib.util.find_spec(name)
        if spec is None or spec.loader is None:
            raise ImportError(f"no module named {name!r}", name=name)
        module = importlib.util.module_from_spec(spec)
        module.__dict__["__lazy_loader__"] = spec.loader
        module.__dict__["__lazy_lock__"] = threading.RLock()
        module.__class__ = _LazyModule
        sys.modules[name] = module
        return module
