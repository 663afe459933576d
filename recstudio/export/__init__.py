"""Exports (JSON body, curl, Python requests, HTTPie) and the curl importer.

Qt-free and light to import (stdlib + recstudio.model): the CLI and the UI both call
:func:`render`, so a snippet copied from either is the same text.
"""

from recstudio.export.curl_import import CurlImport, CurlImportError, parse_curl
from recstudio.export.render import FORMATS, Format, render, render_ncs_ip
from recstudio.export.request import ExportError, ExportRequest

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
