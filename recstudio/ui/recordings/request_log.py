"""The request log: redacted calls kept in memory for the log panel, and the support
bundle that "Export for support ticket" writes (off the GUI thread). A mixin of
:class:`RecordingsController`."""

from __future__ import annotations

import dataclasses
import json
import platform
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from recstudio.ui.recordings.host import ControllerHost

if TYPE_CHECKING:
    from recstudio.api.results import RequestRecord

#: Request log entries kept in memory.
LOG_LIMIT = 5000


class RequestLogMixin(ControllerHost):
    """Keeps the log and exports it."""

    # -- request log -------------------------------------------------------------------------
    def _on_logged(self, record: RequestRecord) -> None:
        if self._shut_down:
            return
        self.log.append(record)
        if len(self.log) > LOG_LIMIT:
            del self.log[: len(self.log) - LOG_LIMIT]
        self.request_logged.emit(record)

    def support_bundle(self) -> dict[str, Any]:
        """What "Export for support ticket" writes: redacted calls and recording ids only."""
        from recstudio import __version__

        return {
            "format": "recstudio-support-bundle",
            "format_version": 1,
            "exported_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "recstudio": __version__,
            "platform": platform.platform(),
            "recordings": [
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
                for i in self.ordered()
            ],
            "requests": [dataclasses.asdict(r) for r in self.log],
        }

    def export_log(self, path: Path, on_done: Callable[[Path], None] | None = None) -> None:
        from recstudio.model.atomic import atomic_write_text

        text = json.dumps(self.support_bundle(), indent=2, ensure_ascii=False, default=str) + "\n"

        def work() -> Path:
            atomic_write_text(path, text)
            return path

        def done(written: Path) -> None:
            self.message.emit(f"Request log exported to {written}.")
            if on_done is not None:
                on_done(written)

        self.pool.submit(
            work,
            on_done=done,
            on_error=lambda e: self._report(None, e),
            label="Exporting the request log…",
        )
