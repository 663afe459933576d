"""stop ``clientRequest`` (reference §3.6)."""

from __future__ import annotations

from recstudio.model.schema._base import ApiModel, meta


class StopClientRequest(ApiModel):
    async_stop: bool = meta(
        "Reply at once instead of waiting (up to about 20 s) for the uploads to finish",
        default=False,
    )
