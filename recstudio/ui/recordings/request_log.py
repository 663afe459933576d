"""The request log: redacted calls kept in memory for the log panel, and the support
bundle that "Export for support ticket" writes (off the GUI thread). One part of
:class:`RecordingsController`."""

from __future__ import annotations

import dataclasses
import json
import platform
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from recstudio.ui.i18n import translate

if TYPE_CHECKING:
    from recstudio.api.results import RequestRecord
    from recstudio.ui.recordings.rows import Context

#: Request log entries kept in memory: a support desk's day (issue 12: 10k calls).
LOG_LIMIT = 10_000


def search_text(record: RequestRecord) -> str:
    """What the log filter matches, lower-cased once when the call is logged, so a
    keystroke in the filter is a substring test per row (issue 12: 136 ms at 10k calls)."""
    parts = [
        record.method,
        record.url,
        record.endpoint,
        "" if record.http_status is None else f"http {record.http_status}",
        "" if record.agora_code is None else f"code {record.agora_code}",
        record.error or "ok",
        json.dumps(record.request_body, ensure_ascii=False, default=str),
        record.response_body
        if isinstance(record.response_body, str)
        else json.dumps(record.response_body, ensure_ascii=False, default=str),
    ]
    return "\n".join(parts).lower()


def _record_json(record: RequestRecord) -> dict[str, Any]:
    """One call as the bundle stores it: its fields, sharing the (already redacted) bodies
    instead of deep-copying them as ``dataclasses.asdict`` would."""
    return {f.name: getattr(record, f.name) for f in dataclasses.fields(record)}


class RequestLog:
    """Keeps the log (its own state: the calls and their search texts) and exports it."""

    def __init__(self, context: Context, *, logged: Callable[[RequestRecord], None]) -> None:
        self._c = context
        self._logged = logged  # views append the call
        self.records: list[RequestRecord] = []
        #: ``search_text`` of each entry of ``records``, made once as the call is logged
        self.texts: list[str] = []
        self._closed = False

    def on_logged(self, record: RequestRecord) -> None:
        """A call a worker made (delivered on the GUI thread through the bridge)."""
        if self._closed:
            return
        self.records.append(record)
        self.texts.append(search_text(record))
        if len(self.records) > LOG_LIMIT:
            del self.records[: len(self.records) - LOG_LIMIT]
        if len(self.texts) > len(self.records):
            del self.texts[: len(self.texts) - len(self.records)]
        self._logged(record)

    def clear(self) -> None:
        self.records.clear()
        self.texts.clear()

    def close(self) -> None:
        self._closed = True

    def support_bundle(self) -> dict[str, Any]:
        """What "Export for support ticket" writes: redacted calls and recording ids only."""
        return _bundle(self._bundle_recordings(), list(self.records))

    def _bundle_recordings(self) -> list[dict[str, Any]]:
        return [
            {
                "profile": i.profile,
                "appid": i.app_id,
                "cname": i.cname,
                "uid": i.uid,
                "mode": i.mode,
                "resourceId": i.resource_id,
                "sid": i.sid,
                "state": i.state,
                "lastStatus": i.server_status,
                "startedAt": i.started_at,
                "error": (i.error or {}).get("title"),
                "files": i.files,
            }
            for i in self._c.rows.ordered()
        ]

    def export(self, path: Path, on_done: Callable[[Path], None] | None = None) -> None:
        """The GUI thread only takes the list of calls (records and their bodies are never
        changed once logged); building and writing 10k calls runs on a worker (issue 12:
        the window froze 431 ms)."""
        from recstudio.model.atomic import atomic_write_text

        recordings, records = self._bundle_recordings(), list(self.records)

        def work() -> Path:
            atomic_write_text(path, _bundle_text(recordings, records))
            return path

        def done(written: Path) -> None:
            self._c.say(
                translate("recordings.request_log", "Request log exported to {written}.").format(
                    written=written
                )
            )
            if on_done is not None:
                on_done(written)

        self._c.pool.submit(
            work,
            on_done=done,
            on_error=lambda e: self._c.report(None, e),
            label=translate("recordings.request_log", "Exporting the request log…"),
        )


def _bundle_text(recordings: list[dict[str, Any]], records: list[RequestRecord]) -> str:
    """The bundle as JSON, one call at a time: a single ``json.dumps`` of 10k calls ends in
    one join of millions of pieces that holds the GIL (and so the window) for ~50 ms."""
    head = _bundle(recordings, [])
    del head["requests"]
    calls = [
        json.dumps(_record_json(r), ensure_ascii=False, default=str, sort_keys=False)
        for r in records
    ]
    opening = json.dumps(head, indent=2, ensure_ascii=False, default=str)
    listed = "[\n    " + ",\n    ".join(calls) + "\n  ]" if calls else "[]"
    return opening[: -len("\n}")] + f',\n  "requests": {listed}\n}}\n'


def _bundle(recordings: list[dict[str, Any]], records: list[RequestRecord]) -> dict[str, Any]:
    from recstudio import __version__

    return {
        "format": "recstudio-support-bundle",
        "format_version": 1,
        "exported_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "recstudio": __version__,
        "platform": platform.platform(),
        "recordings": recordings,
        "requests": [_record_json(r) for r in records],
    }
