"""Test kit for tests/api: a fake clock whose sleep advances time (so retry schedules are
asserted, not waited), secrets to hunt for, valid bodies per mode, and a Sandbox harness."""

from __future__ import annotations

import textwrap
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from recstudio.api.client import CloudRecordingClient
from recstudio.api.ledger import Ledger
from recstudio.api.ratelimit import TokenBucket
from recstudio.api.results import RequestRecord
from recstudio.api.runner import RecordingRunner, RunnerEvent
from recstudio.emulator import ManualClock, SandboxServer, Timing

#: A child that opens the ledger at argv[1] and SIGKILLs itself during the import of the old
#: journal: at the argv[3]-th row ("insert") or just before the rename ("rename").
KILL_DURING_IMPORT = textwrap.dedent(
    """
    import os, signal, sys
    from recstudio.api import ledger as L
    where, count = sys.argv[2], int(sys.argv[3])
    if where == "insert":
        connect = L.Ledger._connect
        seen = [0]
        def trace(sql):
            if sql.startswith("INSERT INTO recordings"):
                seen[0] += 1
                if seen[0] == count:
                    os.kill(os.getpid(), signal.SIGKILL)
        def patched(self):
            db = connect(self)
            db.set_trace_callback(trace)
            return db
        L.Ledger._connect = patched
    else:
        def replace(src, dst):
            os.kill(os.getpid(), signal.SIGKILL)
        L.os.replace = replace
    L.Ledger(sys.argv[1]).open()
    print("not killed")
    """
)


def ledger_bytes(path: Path) -> bytes:
    """Everything SQLite keeps for a ledger database (the file, its WAL), for secret hunts."""
    return b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())


class FakeClock:
    def __init__(self, start: float = 1_000.0) -> None:
        self.now = start
        self.sleeps: list[float] = []
        self._lock = threading.Lock()

    def __call__(self) -> float:
        with self._lock:
            return self.now

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.sleeps.append(seconds)
            self.now += seconds


# -- Sandbox harness ------------------------------------------------------------------------

CUSTOMER_ID = "cust-7f3a"
CUSTOMER_SECRET = "CUSTOMER-SECRET-d41d8cd98f"
APP_ID = "0123456789abcdef0123456789abcdef"
STORAGE_ACCESS = "STORAGE-ACCESS-AKIA5EXAMPLE"
STORAGE_SECRET = "STORAGE-SECRET-wJalrXUtnFEMI"
RTC_TOKEN = "007eJxRTCTOKEN-SECRET-abcdef"
SECRETS = (CUSTOMER_SECRET, STORAGE_ACCESS, STORAGE_SECRET, RTC_TOKEN)
PUBLISHER = "1001"

STORAGE = {
    "vendor": 1,
    "region": 0,
    "bucket": "my-bucket",
    "accessKey": STORAGE_ACCESS,
    "secretKey": STORAGE_SECRET,
    "fileNamePrefix": ["rec"],
}


@contextmanager
def room_sandbox(timing: Timing) -> Iterator[SandboxServer]:
    """A Sandbox on a real clock with someone publishing in "room" (for CLI and crash
    tests that run recstudio in other processes)."""
    server = SandboxServer(
        customer_id=CUSTOMER_ID, customer_secret=CUSTOMER_SECRET, timing=timing
    ).start()
    server.channel(APP_ID, "room").join(PUBLISHER)
    try:
        yield server
    finally:
        server.stop()


def start_request(mode: str) -> dict[str, Any]:
    """A valid start clientRequest per mode (checked by the Sandbox with check_body)."""
    if mode == "mix":
        return {
            "token": RTC_TOKEN,
            "recordingConfig": {
                "channelType": 0,
                "streamTypes": 2,
                "maxIdleTime": 30,
                "transcodingConfig": {
                    "width": 640,
                    "height": 360,
                    "fps": 15,
                    "bitrate": 500,
                    "mixedVideoLayout": 1,
                },
            },
            "recordingFileConfig": {"avFileType": ["hls", "mp4"]},
            "storageConfig": dict(STORAGE),
        }
    if mode == "individual":
        return {
            "token": RTC_TOKEN,
            "recordingConfig": {
                "channelType": 0,
                "streamTypes": 2,
                "maxIdleTime": 30,
                "subscribeUidGroup": 0,
            },
            "recordingFileConfig": {"avFileType": ["hls"]},
            "storageConfig": dict(STORAGE),
        }
    if mode == "raw":  # Individual Recording v2: MP4 per uid, no streamMode (agora-2026 §1)
        request = start_request("individual")
        request["recordingFileConfig"] = {"avFileType": ["hls", "mp4"]}
        return request
    return {
        "extensionServiceConfig": {
            "extensionServices": [
                {
                    "serviceName": "web_recorder_service",
                    "errorHandlePolicy": "error_abort",
                    "serviceParam": {
                        "url": "https://example.com/page",
                        "audioProfile": 0,
                        "videoWidth": 1280,
                        "videoHeight": 720,
                        "maxRecordingHour": 1,
                    },
                }
            ]
        },
        "recordingFileConfig": {"avFileType": ["hls"]},
        "storageConfig": dict(STORAGE),
    }


def acquire_request(mode: str) -> dict[str, Any]:
    if mode == "raw":  # scene no longer takes effect in raw mode (agora-2026.md §1)
        return {"resourceExpiredHour": 24}
    return {"scene": 1 if mode == "web" else 0, "resourceExpiredHour": 24}


@dataclass
class Harness:
    """One Sandbox on a manual clock; the client's sleeps and rate limiter run on the same
    clock, so back-off schedules take no real time and the server sees the spacing."""

    server: SandboxServer
    clock: ManualClock
    sleeps: list[float] = field(default_factory=list)
    records: list[RequestRecord] = field(default_factory=list)
    events: list[RunnerEvent] = field(default_factory=list)

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.clock.advance(seconds)

    def client(self, **kw: Any) -> CloudRecordingClient:
        options: dict[str, Any] = {
            "rate_limiter": TokenBucket(clock=self.clock, sleep=self.clock.advance),
            "sleep": self.sleep,
            "log": self.records.append,
            # generous: a loaded machine answered a cold first request after more than 2 s;
            # tests about timeouts pass their own
            "timeout": (10.0, 30.0),
            "clock": self.clock,
        }
        options.update(kw)
        base_url = options.pop("base_url", self.server.base_url)
        return CloudRecordingClient(base_url, CUSTOMER_ID, CUSTOMER_SECRET, APP_ID, **options)

    def runner(self, ledger: Ledger, **kw: Any) -> RecordingRunner:
        client = kw.pop("client", None) or self.client()
        options: dict[str, Any] = {
            "sleep": self.sleep,
            "clock": self.clock,
            "first_query_delay": 0,
            "on_event": self.events.append,
        }
        options.update(kw)
        return RecordingRunner(client, ledger, "Test", **options)

    def endpoint_records(self, endpoint: str) -> list[RequestRecord]:
        return [r for r in self.records if r.endpoint == endpoint]
