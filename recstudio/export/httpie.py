"""HTTPie command line.

The body goes through ``--raw`` (HTTPie ≥ 2.5) rather than ``key=value`` items or a
here-string: items would re-serialise the JSON (order, number spelling), and ``<<<`` appends
a newline and is bash-only. ``--raw`` sends the text exactly as exported. ``--ignore-stdin``
keeps HTTPie from waiting on (or mixing in) stdin when run from a script or CI.
Flags come before METHOD URL ITEM, the order HTTPie's synopsis documents.
"""

from __future__ import annotations

from recstudio.export.request import PreparedRequest
from recstudio.export.shell import auth_argument, join_lines, sh_quote


def render_httpie(prepared: PreparedRequest) -> str:
    parts = ["http --ignore-stdin", f"--auth {auth_argument(prepared)}"]
    text = prepared.body_text
    if text is not None:
        parts.append(f"--raw {sh_quote(text)}")
    parts.append(f"{prepared.method} {sh_quote(prepared.url)}")
    parts.append(sh_quote("Content-Type:" + prepared.content_type))
    return join_lines(parts)
