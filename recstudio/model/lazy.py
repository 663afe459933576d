"""PEP 562 ``__getattr__`` for a package that names what its submodules define.

A package's ``__init__`` that imports its submodules makes every ``import pkg.commands``
pay for all of them; ``recstudio --help`` imports each package's commands (issue 12).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def lazy_getattr(namespace: dict[str, Any], homes: Mapping[str, str]) -> Callable[[str], Any]:
    """``__getattr__`` resolving ``name`` from the module ``homes[name]`` on first use and
    keeping it in ``namespace`` (the package's globals), so later reads are plain."""
    package = namespace["__name__"]

    def getattr_(name: str) -> Any:
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(home), name)
        namespace[name] = value
        return value

    return getattr_
