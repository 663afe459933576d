"""start ``clientRequest`` (reference §4.0): every section, in the reference's order.

Which sections a mode needs or forbids is mode-dependent and left to the rules (R7–R10,
R25, R35, R36); the model only knows their shapes.
"""

from __future__ import annotations

from recstudio.model.schema._base import ApiModel, I, M, R, W, meta
from recstudio.model.schema.extension import ExtensionServiceConfig
from recstudio.model.schema.files import RecordingFileConfig, SnapshotConfig
from recstudio.model.schema.legacy import AppsCollection, TranscodeOptions
from recstudio.model.schema.recording import RecordingConfig
from recstudio.model.schema.storage import StorageConfig


class StartClientRequest(ApiModel):
    token: str | None = meta(
        "RTC token of the recorder UID; needed when the App Certificate is enabled",
        default=None,
        rule="R35",
        modes=(R, I, M),
        secret=True,
    )
    storageConfig: StorageConfig | None = meta(
        "Third-party cloud storage that receives the files (required, R7)",
        default=None,
        rule="R7",
    )
    recordingConfig: RecordingConfig | None = meta(
        "Which streams to record and how (raw, individual and mix)",
        default=None,
        rule="R8",
        modes=(R, I, M),
    )
    recordingFileConfig: RecordingFileConfig | None = meta(
        "Formats of the recorded files", default=None, rule="R25"
    )
    snapshotConfig: SnapshotConfig | None = meta(
        "Screenshots of each user's video (raw; legacy individual)",
        default=None,
        rule="R24",
        modes=(R, I),
    )
    extensionServiceConfig: ExtensionServiceConfig | None = meta(
        "Extension services: web page recording and CDN push (legacy VoD elsewhere; "
        "rejected in raw mode)",
        default=None,
        rule="R9",
        modes=(W, I, M),
    )
    appsCollection: AppsCollection | None = meta(
        "Postponed transcoding / audio mixing policy (legacy, individual + scene 2)",
        default=None,
        rule="R36",
        modes=(I,),
        legacy=True,
    )
    transcodeOptions: TranscodeOptions | None = meta(
        "Postponed transcoding / audio mixing output (legacy, individual + scene 2)",
        default=None,
        rule="R36",
        modes=(I,),
        legacy=True,
    )
