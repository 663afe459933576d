"""Plain result records of the client (no ``requests`` import: the GUI reads these types
on its thread, and launch time matters — design.md performance budgets)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: query ``serverResponse.status`` values (reference §3.3).
STATUS_TEXT: dict[int, str] = {
    0: "not started",
    1: "initialised",
    2: "components starting",
    3: "some components ready",
    4: "all components ready",
    5: "in progress",
    6: "stop requested",
    7: "all components stopped",
    8: "exited",
    20: "exited abnormally",
}
RUNNING_STATUSES = frozenset({4, 5})
EXITED_STATUSES = frozenset({6, 7, 8, 20})


@dataclass(frozen=True, slots=True)
class RequestRecord:
    """One HTTP exchange as shown in the GUI's request log. Bodies are redacted; the
    Authorization header is never kept."""

    time: float
    endpoint: str
    method: str
    url: str
    http_status: int | None
    agora_code: int | None
    latency_ms: float
    request_body: Any
    response_body: Any
    error: str | None
    attempt: int = 1


@dataclass(frozen=True, slots=True)
class AcquireResult:
    resource_id: str
    cname: str
    uid: str
    raw: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class StartResult:
    resource_id: str
    sid: str
    cname: str
    uid: str
    raw: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class QueryResult:
    resource_id: str
    sid: str
    status: int | None
    server_response: dict[str, Any]
    files: list[Any]
    raw: dict[str, Any] = field(default_factory=dict)

    @property
    def is_running(self) -> bool:
        """Started OK ⇔ status 4 or 5 (reference §3.3)."""
        return self.status in RUNNING_STATUSES

    @property
    def has_exited(self) -> bool:
        return self.status in EXITED_STATUSES

    @property
    def status_text(self) -> str:
        if self.status is None:
            return "unknown"
        return STATUS_TEXT.get(self.status, f"status {self.status}")


@dataclass(frozen=True, slots=True)
class UpdateResult:
    resource_id: str
    sid: str
    raw: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class StopResult:
    """``outcome``: ``stopped``, ``already_stopping`` (code 49), ``no_files`` (code 435) or
    ``upload_pending`` (code 50: sync stop timed out waiting for the upload)."""

    resource_id: str
    sid: str
    outcome: str
    uploading_status: str | None
    files: list[Any]
    note: str = ""
    raw: dict[str, Any] = field(default_factory=dict)


#: What a stop's uploadingStatus tells the user beyond "stopped" (reference §3.6,
#: agora-2026.md §1); "uploaded" needs no note.
UPLOAD_NOTES: dict[str, str] = {
    "backuped": "All files are uploaded, but some went to Agora's backup cloud first; "
    "Agora forwards them to your storage later.",
    "stranded": "Some files stalled on the recorder; Agora uploads them later with an "
    "offline sync. This is a delay, not a failure.",
    "unknown": "Asynchronous stop: the upload is still running; query the recording or "
    "watch your storage to see it finish.",
}


def files_from_server_response(server_response: Any) -> list[Any]:
    """File entries of a query/stop ``serverResponse`` in any mode (reference §3.3, §3.6).

    String mode gives one M3U8 name; web mode nests them in ``extensionServiceState``
    payloads (older docs misspell ``payload`` as ``playload`` — parse both).
    """
    if not isinstance(server_response, dict):
        return []
    files: list[Any] = []
    file_list = server_response.get("fileList")
    if isinstance(file_list, str) and file_list:
        files.append(file_list)
    elif isinstance(file_list, list):
        files.extend(file_list)
    for state in server_response.get("extensionServiceState") or []:
        if not isinstance(state, dict):
            continue
        payload = state.get("payload") or state.get("playload") or {}
        if isinstance(payload, dict) and isinstance(payload.get("fileList"), list):
            files.extend(payload["fileList"])
    return files


def uploading_status_of(server_response: Any) -> str | None:
    if not isinstance(server_response, dict):
        return None
    status = server_response.get("uploadingStatus")
    if isinstance(status, str):
        return status
    for state in server_response.get("extensionServiceState") or []:
        if isinstance(state, dict):
            payload = state.get("payload") or state.get("playload") or {}
            if isinstance(payload, dict) and isinstance(payload.get("uploadingStatus"), str):
                return str(payload["uploadingStatus"])
    return None
