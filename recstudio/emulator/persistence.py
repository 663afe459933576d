"""The built-in Sandbox's resources and recordings in a file, so they outlive the app.

Agora keeps a recording running when the app that started it crashes; the Sandbox did
not, so every recovered Sandbox recording answered 404 and crash recovery could only be
tried with an Agora account (issue 13 point 7). :class:`StateFile` writes the state to a
JSON file (the app keeps it under its data directory) shortly after each change and loads
it when the next Sandbox starts. Secrets are never written: the start bodies are stored
redacted, like the ledger's (a restored recording keeps running, stops and lists its
files; an upload after the restart has no storage keys).
"""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import fields
from pathlib import Path
from typing import Any

from recstudio.emulator.recording import Recording, Resource, Subscription
from recstudio.emulator.state import SandboxState
from recstudio.model import Mode, redact

log = logging.getLogger(__name__)

STATE_FORMAT_VERSION = 1
STATE_FILE = "sandbox-state.json"
#: how long a change may wait before it is on disk (a crash loses at most this much)
SAVE_INTERVAL_S = 0.2


def _recording_to_json(rec: Recording) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for f in fields(Recording):
        value = getattr(rec, f.name)
        if f.name == "mode":
            value = rec.mode.value
        elif f.name == "client_request":
            value = redact(rec.client_request)
        elif f.name == "subscription":
            sub = rec.subscription
            value = {
                "audio_allow": None if sub.audio_allow is None else sorted(sub.audio_allow),
                "audio_deny": sorted(sub.audio_deny),
                "video_allow": None if sub.video_allow is None else sorted(sub.video_allow),
                "video_deny": sorted(sub.video_deny),
            }
        elif f.name == "recorded":
            value = [[uid, kind, at] for (uid, kind), at in rec.recorded.items()]
        elif f.name == "av_file_types":
            value = list(value)
        data[f.name] = value
    return data


def _recording_from_json(data: dict[str, Any]) -> Recording:
    known = {f.name for f in fields(Recording)}
    values = {k: v for k, v in data.items() if k in known}
    values["mode"] = Mode(values["mode"])
    sub = values.get("subscription") or {}
    values["subscription"] = Subscription(
        audio_allow=None if sub.get("audio_allow") is None else frozenset(sub["audio_allow"]),
        audio_deny=frozenset(sub.get("audio_deny") or ()),
        video_allow=None if sub.get("video_allow") is None else frozenset(sub["video_allow"]),
        video_deny=frozenset(sub.get("video_deny") or ()),
    )
    values["recorded"] = {(uid, kind): float(at) for uid, kind, at in values.get("recorded", [])}
    values["av_file_types"] = tuple(values.get("av_file_types") or ("hls",))
    return Recording(**values)


def dump_state(state: SandboxState) -> dict[str, Any]:
    """The part of a Sandbox that a restarted app must find again (not the channels'
    simulated users: they are the tester's, and join again)."""
    with state._lock:
        return {
            "format_version": STATE_FORMAT_VERSION,
            "resources": [
                {f.name: getattr(res, f.name) for f in fields(Resource)}
                for res in state.resources.values()
            ],
            "recordings": [_recording_to_json(rec) for rec in state.recordings.values()],
        }


def load_state(state: SandboxState, data: dict[str, Any]) -> int:
    """Put stored resources and recordings into ``state``; returns how many recordings.
    A file of another version or with broken entries loads what it can."""
    if data.get("format_version") != STATE_FORMAT_VERSION:
        return 0
    count = 0
    with state._lock:
        for item in data.get("resources") or []:
            try:
                res = Resource(**item)
            except TypeError:
                continue
            state.resources.setdefault(res.resource_id, res)
        for item in data.get("recordings") or []:
            try:
                rec = _recording_from_json(item)
            except (KeyError, TypeError, ValueError):
                continue
            if rec.sid not in state.recordings:
                state.recordings[rec.sid] = rec
                count += 1
    return count


class StateFile:
    """Keeps one Sandbox's state in ``path``: loads it now, then saves every change."""

    def __init__(self, state: SandboxState, path: Path) -> None:
        self.state = state
        self.path = path
        self._stop = threading.Event()
        self._last = ""
        self.loaded = self._load()
        self._thread = threading.Thread(target=self._run, name="sandbox-state", daemon=True)
        self._thread.start()

    def _load(self) -> int:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return 0
        except OSError as exc:
            log.warning("Sandbox state %s unreadable: %s", self.path, exc)
            return 0
        try:
            data = json.loads(text)
        except ValueError:
            log.warning("Sandbox state %s is not JSON; starting empty", self.path)
            return 0
        self._last = text
        return load_state(self.state, data) if isinstance(data, dict) else 0

    def save(self) -> None:
        """Write the state if it changed (atomically: a crash mid-write keeps the old)."""
        from recstudio.model.atomic import atomic_write_text

        text = json.dumps(dump_state(self.state), sort_keys=True)
        if text == self._last:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_text(self.path, text)
            self._last = text
        except OSError as exc:  # a full disk must not stop the Sandbox
            log.warning("Sandbox state not saved: %s", exc)

    def _run(self) -> None:
        while not self._stop.wait(SAVE_INTERVAL_S):
            self.save()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self.save()
