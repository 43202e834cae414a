"""Import a module on first use, so importing a generated client does not build every model.

Generated methods touch their models only when they parse a response; with
``importlib.util.LazyLoader`` the models module is created at import time but executed on first
attribute access. This keeps ``import generated.<gateway>`` near the cost of httpx and pydantic.
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType


def lazy_module(name: str) -> ModuleType:
    """The module called name, executed on first attribute access (already loaded: as is)."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ImportError(f"no module named {name!r}", name=name)
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    return module
