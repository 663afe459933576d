"""Changing a project's mode: keep what the new mode allows, remove what it forbids, add
what it requires — as data, so the app can apply it as one undoable step and say exactly
what was removed (nothing is lost: undo restores it)."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from recstudio.model.enums import Mode

_WEB_SERVICES = ("web_recorder_service", "rtmp_publish_service")
#: top-level start keys each mode forbids (reference §4.0 table, R8–R11, R24, R35, R36)
_FORBIDDEN_START: dict[Mode, tuple[str, ...]] = {
    Mode.WEB: ("recordingConfig", "snapshotConfig", "token", "appsCollection", "transcodeOptions"),
    Mode.MIX: ("snapshotConfig", "appsCollection", "transcodeOptions"),
    Mode.INDIVIDUAL: (),
    # R9 (raw rejects extensionServiceConfig), R36 (postponed features are v1 + scene 2)
    Mode.RAW: ("extensionServiceConfig", "appsCollection", "transcodeOptions"),
}
_FORBIDDEN_RECORDING: dict[Mode, tuple[str, ...]] = {
    Mode.MIX: ("streamMode", "subscribeUidGroup"),
    Mode.INDIVIDUAL: ("transcodingConfig", "audioProfile"),
    Mode.WEB: (),
    # R11: raw removed streamMode (agora-2026.md §1); R10: no composite members
    Mode.RAW: ("streamMode", "transcodingConfig", "audioProfile"),
}
#: avFileType members each mode cannot produce (R23; raw adds mp4 and mp3, agora-2026 §1)
_FORBIDDEN_FILE_TYPES: dict[Mode, tuple[str, ...]] = {
    Mode.INDIVIDUAL: ("mp4", "mp3"),
    Mode.MIX: ("mp3",),
    Mode.WEB: ("mp3",),
    Mode.RAW: (),
}


_FORBIDDEN_UPDATE: dict[Mode, tuple[str, ...]] = {
    Mode.WEB: ("streamSubscribe",),
    Mode.MIX: ("webRecordingConfig", "rtmpPublishConfig"),
    Mode.INDIVIDUAL: ("webRecordingConfig", "rtmpPublishConfig"),
    Mode.RAW: ("webRecordingConfig", "rtmpPublishConfig"),
}


@dataclass
class ModeChange:
    mode: Mode
    acquire: dict[str, Any]
    start: dict[str, Any]
    update: dict[str, Any] = field(default_factory=dict)
    removed: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One sentence for the status bar: the switch, and exactly what was dropped."""
        message = f"Switched to {self.mode.value} mode."
        if self.removed:
            message += (
                " Removed what it does not allow: "
                + ", ".join(self.removed)
                + " (Undo restores it)."
            )
        return message


def adapt_for_mode(project: Any, mode: Mode) -> ModeChange:
    from recstudio.model.project import new_project

    fresh = new_project(mode)
    start = copy.deepcopy(project.start)
    acquire = copy.deepcopy(project.acquire)
    change = ModeChange(mode, acquire, start)

    for key in _FORBIDDEN_START[mode]:
        if key in start:
            del start[key]
            change.removed.append(key)
    recording = start.get("recordingConfig")
    if isinstance(recording, dict):
        for key in _FORBIDDEN_RECORDING[mode]:
            if key in recording:
                del recording[key]
                change.removed.append(f"recordingConfig.{key}")
    services_cfg = start.get("extensionServiceConfig")
    if mode is not Mode.WEB and isinstance(services_cfg, dict):
        services = services_cfg.get("extensionServices")
        if isinstance(services, list):
            kept = [
                s
                for s in services
                if not (isinstance(s, dict) and s.get("serviceName") in _WEB_SERVICES)
            ]
            if len(kept) != len(services):
                change.removed.append("extensionServiceConfig (web page services)")
            if kept:
                services_cfg["extensionServices"] = kept
            else:
                del start["extensionServiceConfig"]

    for key, value in fresh.start.items():
        if key not in start:
            start[key] = copy.deepcopy(value)
            change.added.append(key)
    fresh_recording = fresh.start.get("recordingConfig")
    if isinstance(fresh_recording, dict) and isinstance(start.get("recordingConfig"), dict):
        for key, value in fresh_recording.items():
            if key not in start["recordingConfig"]:
                start["recordingConfig"][key] = copy.deepcopy(value)
                change.added.append(f"recordingConfig.{key}")

    files = start.get("recordingFileConfig")
    kinds = files.get("avFileType") if isinstance(files, dict) else None
    if isinstance(files, dict) and isinstance(kinds, list):
        dropped = [k for k in _FORBIDDEN_FILE_TYPES[mode] if k in kinds]
        if dropped:
            files["avFileType"] = [k for k in kinds if k not in dropped] or ["hls"]
            change.removed.extend(f"recordingFileConfig.avFileType {k}" for k in dropped)

    update = copy.deepcopy(project.update)
    for key in _FORBIDDEN_UPDATE[mode]:  # R33: update members per mode
        if key in update:
            del update[key]
            change.removed.append(f"update draft {key}")
    change.update = update

    scene = acquire.get("scene")
    if mode is Mode.RAW and "scene" in acquire:
        del acquire["scene"]  # no effect in raw mode; Agora recommends removing it (§1)
        change.removed.append(f"acquire scene {scene} (no effect in raw mode)")
    elif mode is Mode.WEB and scene != 1:
        acquire["scene"] = 1
        change.added.append("acquire scene 1 (web)")
    elif mode is not Mode.WEB and scene == 1:
        del acquire["scene"]
        change.removed.append("acquire scene 1")
    return change
