"""Exports (JSON body, curl, Python requests, HTTPie) and the curl importer.

Qt-free and light to import (stdlib + recstudio.model): the CLI and the UI both call
:func:`render`, so a snippet copied from either is the same text. The curl importer loads on
first use, so ``recstudio validate`` (whose command lives in this package) does not import
the curl parser it never calls (issue 12).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# ``render`` is also a submodule's name: importing it must rebind the function here
from recstudio.export.render import FORMATS, Format, render, render_ncs_ip
from recstudio.export.request import ExportError, ExportRequest

if TYPE_CHECKING:
    from recstudio.export.curl_import import CurlImport, CurlImportError, parse_curl

_HOME = {"CurlImport": "curl_import", "CurlImportError": "curl_import", "parse_curl": "curl_import"}


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{home}"), name)


__all__ = [
    "FORMATS",
    "CurlImport",
    "CurlImportError",
    "ExportError",
    "ExportRequest",
    "Format",
    "parse_curl",
    "render",
    "render_ncs_ip",
]
