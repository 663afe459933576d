"""POSIX shell spelling shared by the curl and HTTPie renderers."""

from __future__ import annotations

from recstudio.export.request import CUSTOMER_ID_ENV, CUSTOMER_SECRET_ENV, PreparedRequest


def sh_quote(text: str) -> str:
    """Single-quote ``text`` for sh/bash/zsh; an inner ``'`` becomes ``'\\''``.

    Always quoted (even "safe" words): ``<resourceId>`` in a URL would otherwise be read as
    a redirection, and one rule is easier to trust than a cleverer one.
    """
    return "'" + text.replace("'", "'\\''") + "'"


def auth_argument(prepared: PreparedRequest) -> str:
    """``user:secret`` for Basic auth: env references unless credentials are revealed.

    Double quotes so the shell expands the variables; the snippet is safe to share and
    still runs once the two variables are exported.
    """
    if prepared.credentials is None:
        return f'"${CUSTOMER_ID_ENV}:${CUSTOMER_SECRET_ENV}"'
    customer_id, secret = prepared.credentials
    return sh_quote(f"{customer_id}:{secret}")


def join_lines(parts: list[str]) -> str:
    """One argument group per line, joined with backslash continuations, trailing newline."""
    return " \\\n  ".join(parts) + "\n"
