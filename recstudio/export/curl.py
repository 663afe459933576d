"""curl command line, the lingua franca of API docs and bug reports."""

from __future__ import annotations

from recstudio.export.request import PreparedRequest
from recstudio.export.shell import auth_argument, join_lines, sh_quote


def render_curl(prepared: PreparedRequest) -> str:
    """``curl -X METHOD 'URL' -H … -u … [--data-raw '…']``.

    ``--data-raw`` (not ``-d``) so a body starting with ``@`` is never read as a file name;
    the Content-Type is spelled exactly as Agora requires (reference §1.2, code 8).
    """
    parts = [
        f"curl -X {prepared.method} {sh_quote(prepared.url)}",
        f"-H {sh_quote('Content-Type: ' + prepared.content_type)}",
        f"-u {auth_argument(prepared)}",
    ]
    text = prepared.body_text
    if text is not None:
        parts.append(f"--data-raw {sh_quote(text)}")
    return join_lines(parts)
