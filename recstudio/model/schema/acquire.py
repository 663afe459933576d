"""acquire ``clientRequest`` (reference §3.1)."""

from __future__ import annotations

from typing import Annotated, Literal

from recstudio.model.schema._base import ApiModel, I, M, StrictIntChoice, W, meta
from recstudio.model.schema.start import StartClientRequest

SCENE_LABELS = {
    0: "Real-time audio/video recording (individual, mix)",
    1: "Web page recording (web)",
    2: "Individual recording with postponed transcoding/audio mixing (legacy)",
}
REGION_LABELS = {
    "CN": "Mainland China",
    "AP": "Asia excluding China",
    "EU": "Europe",
    "NA": "North America",
}
AFFINITY_LABELS = {
    0: "Nearest to the request origin",
    1: "China",
    2: "Southeast Asia",
    3: "Europe",
    4: "North America",
}


class AcquireClientRequest(ApiModel):
    scene: Annotated[Literal[0, 1, 2], StrictIntChoice] = meta(
        "Recording scenario: 1 for web mode, 0 for individual and mix (no effect in raw)",
        default=0,
        rule="R4",
        # agora-2026.md §1: in raw mode scene "no longer takes effect", so its form hides it
        modes=(I, M, W),
        labels=SCENE_LABELS,
        legacy_values=[2],
    )
    resourceExpiredHour: int = meta(
        "Hours after start during which query, update and stop may be called (1 – 720)",
        default=72,
        rule="R5",
        ge=1,
        le=720,
    )
    startParameter: StartClientRequest | None = meta(
        "Optional preview of the start clientRequest; must match it exactly",
        default=None,
        rule="R6",
    )
    excludeResourceIds: list[str] | None = meta(
        "resourceIds of other tasks, to get resources in a different region",
        default=None,
        widget="string_list",
    )
    region: Literal["CN", "AP", "EU", "NA"] | None = meta(
        "Area the recording service is limited to; storage must be in the same area",
        default=None,
        rule="R7",
        labels=REGION_LABELS,
    )
    regionAffinity: Annotated[Literal[0, 1, 2, 3, 4], StrictIntChoice] | None = meta(
        "Preferred recording region (Chinese docs and the official clients only)",
        default=None,
        legacy=True,
        labels=AFFINITY_LABELS,
    )
