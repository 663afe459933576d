"""Changing a project's mode: keep what the new mode allows, remove what it forbids, add
what it requires — as data, so the app can apply it as one undoable step and say exactly
what was removed (nothing is lost: undo restores it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from recstudio.model.enums import Mode
from recstudio.model.jsontree import copy_tree

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
    """What ``project``'s bodies become in ``mode``; the project itself is not touched.

    Each step below does one concern and notes what it removed or added, in this order, so
    the status line lists the removals as the body reads (start, recordingConfig, services,
    file types, update draft, acquire scene)."""
    from recstudio.model.project import new_project

    change = ModeChange(mode, copy_tree(project.acquire), copy_tree(project.start))
    _drop_forbidden_start(change)
    _drop_forbidden_recording(change)
    _drop_web_services(change)
    _add_required(change, new_project(mode).start)
    _drop_file_types(change)
    change.update = _adapted_update(change, copy_tree(project.update))
    _adapt_scene(change)
    return change


def _drop_forbidden_start(change: ModeChange) -> None:
    """Top-level start members the mode forbids (§4.0 table, R8, R24, R35, R36)."""
    for key in _FORBIDDEN_START[change.mode]:
        if key in change.start:
            del change.start[key]
            change.removed.append(key)


def _drop_forbidden_recording(change: ModeChange) -> None:
    """recordingConfig members the mode forbids (R10, R11)."""
    recording = change.start.get("recordingConfig")
    if not isinstance(recording, dict):
        return
    for key in _FORBIDDEN_RECORDING[change.mode]:
        if key in recording:
            del recording[key]
            change.removed.append(f"recordingConfig.{key}")


def _drop_web_services(change: ModeChange) -> None:
    """Web page services outside web mode (R9); an emptied service list goes entirely."""
    services_cfg = change.start.get("extensionServiceConfig")
    if change.mode is Mode.WEB or not isinstance(services_cfg, dict):
        return
    services = services_cfg.get("extensionServices")
    if not isinstance(services, list):
        return
    kept = [
        s for s in services if not (isinstance(s, dict) and s.get("serviceName") in _WEB_SERVICES)
    ]
    if len(kept) != len(services):
        change.removed.append("extensionServiceConfig (web page services)")
    if kept:
        services_cfg["extensionServices"] = kept
    else:
        del change.start["extensionServiceConfig"]


def _add_required(change: ModeChange, fresh_start: dict[str, Any]) -> None:
    """What a new project of the mode has and this one lacks: start members, then
    recordingConfig members (e.g. raw's subscribeUidGroup, R12)."""
    start = change.start
    for key, value in fresh_start.items():
        if key not in start:
            start[key] = copy_tree(value)
            change.added.append(key)
    fresh_recording = fresh_start.get("recordingConfig")
    recording = start.get("recordingConfig")
    if not (isinstance(fresh_recording, dict) and isinstance(recording, dict)):
        return
    for key, value in fresh_recording.items():
        if key not in recording:
            recording[key] = copy_tree(value)
            change.added.append(f"recordingConfig.{key}")


def _drop_file_types(change: ModeChange) -> None:
    """avFileType members the mode cannot produce (R23); HLS when none is left."""
    files = change.start.get("recordingFileConfig")
    kinds = files.get("avFileType") if isinstance(files, dict) else None
    if not (isinstance(files, dict) and isinstance(kinds, list)):
        return
    dropped = [k for k in _FORBIDDEN_FILE_TYPES[change.mode] if k in kinds]
    if dropped:
        files["avFileType"] = [k for k in kinds if k not in dropped] or ["hls"]
        change.removed.extend(f"recordingFileConfig.avFileType {k}" for k in dropped)


def _adapted_update(change: ModeChange, update: dict[str, Any]) -> dict[str, Any]:
    """The update draft without the members the mode cannot update (R33)."""
    for key in _FORBIDDEN_UPDATE[change.mode]:
        if key in update:
            del update[key]
            change.removed.append(f"update draft {key}")
    return update


def _adapt_scene(change: ModeChange) -> None:
    """acquire's scene: none in raw (no effect there, agora-2026 §1), 1 in web, never 1
    outside web (R4)."""
    acquire, mode = change.acquire, change.mode
    scene = acquire.get("scene")
    if mode is Mode.RAW and "scene" in acquire:
        del acquire["scene"]
        change.removed.append(f"acquire scene {scene} (no effect in raw mode)")
    elif mode is Mode.WEB and scene != 1:
        acquire["scene"] = 1
        change.added.append("acquire scene 1 (web)")
    elif mode is not Mode.WEB and scene == 1:
        del acquire["scene"]
        change.removed.append("acquire scene 1")
