"""The body alone, as a developer pastes it into their own code or a CI check."""

from __future__ import annotations

from recstudio.export.request import ExportError, PreparedRequest


def render_json(prepared: PreparedRequest) -> str:
    """Exactly the body (2-space indent, given key order, UTF-8 kept, trailing newline).

    With secrets revealed this is byte-for-byte what import → export round trips to
    (design.md data flow 4); otherwise secrets are readable placeholders.
    """
    text = prepared.body_text
    if text is None:
        raise ExportError(
            f"{prepared.title} is a {prepared.method} without a body; "
            "export it as curl, python or httpie instead"
        )
    return text + "\n"
