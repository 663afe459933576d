"""One entry point for every export format, so the CLI and the UI offer the same list."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from recstudio.export.curl import render_curl
from recstudio.export.httpie import render_httpie
from recstudio.export.json_format import render_json
from recstudio.export.python_requests import render_python
from recstudio.export.request import (
    ExportError,
    ExportRequest,
    PreparedRequest,
    prepare,
    prepare_ncs_ip,
)
from recstudio.model import DEFAULT_BASE_URL

Format = Literal["json", "curl", "python", "httpie"]

_RENDERERS: dict[str, Callable[[PreparedRequest], str]] = {
    "json": render_json,
    "curl": render_curl,
    "python": render_python,
    "httpie": render_httpie,
}
#: Format names in menu order.
FORMATS: tuple[str, ...] = tuple(_RENDERERS)


def _renderer(fmt: str) -> Callable[[PreparedRequest], str]:
    try:
        return _RENDERERS[fmt]
    except KeyError:
        names = ", ".join(FORMATS)
        raise ExportError(f"unknown format {fmt!r}; expected one of: {names}") from None


def render(req: ExportRequest, fmt: Format) -> str:
    """``req`` in format ``fmt``; secrets are placeholders unless ``req.reveal_secrets``."""
    renderer = _renderer(fmt)
    return renderer(prepare(req))


def render_ncs_ip(
    fmt: Format,
    base_url: str = DEFAULT_BASE_URL,
    *,
    customer_id: str | None = None,
    customer_secret: str | None = None,
    reveal_secrets: bool = False,
) -> str:
    """The NCS IP list call (reference §3.7), which is not a Cloud Recording endpoint."""
    renderer = _renderer(fmt)
    return renderer(
        prepare_ncs_ip(
            base_url,
            customer_id=customer_id,
            customer_secret=customer_secret,
            reveal_secrets=reveal_secrets,
        )
    )
