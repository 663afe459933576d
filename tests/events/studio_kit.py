"""A whole studio over real HTTP: the Sandbox on a manual clock sending NCS events to the
app's own receiver, a client whose calls land in the request log, and the runner's ledger
(in the test's private RECSTUDIO_HOME, where the doctor looks)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from events_kit import SECRET

from recstudio.api.client import CloudRecordingClient
from recstudio.api.ledger import Ledger
from recstudio.api.ratelimit import TokenBucket
from recstudio.api.runner import RecordingRunner
from recstudio.emulator import ManualClock, SandboxServer
from recstudio.events.receiver import EventReceiver
from recstudio.events.store import EventStore

CUSTOMER_ID = "cust-events"
CUSTOMER_SECRET = "CUSTOMER-SECRET-events-91f"
APP_ID = "0123456789abcdef0123456789abcdef"
CERTIFICATE = "fedcba9876543210fedcba9876543210"
CNAME = "studio"
UID = "527841"
PUBLISHER = "1001"
STORAGE = {
    "vendor": 1,
    "region": 0,
    "bucket": "recordings",
    "accessKey": "STORAGE-ACCESS-events",
    "secretKey": "STORAGE-SECRET-events",
    "fileNamePrefix": ["rec"],
}


def mix_request(max_idle: int = 30, **extra: Any) -> dict[str, Any]:
    return {
        "recordingConfig": {
            "channelType": 0,
            "streamTypes": 2,
            "maxIdleTime": max_idle,
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
        **extra,
    }


@dataclass
class Studio:
    server: SandboxServer
    clock: ManualClock
    store: EventStore
    receiver: EventReceiver
    sleeps: list[float] = field(default_factory=list)

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.clock.advance(seconds)

    def client(self) -> CloudRecordingClient:
        return CloudRecordingClient(
            self.server.base_url, CUSTOMER_ID, CUSTOMER_SECRET, APP_ID,
            rate_limiter=TokenBucket(clock=self.clock, sleep=self.clock.advance),
            sleep=self.sleep, log=self.store.log_request, timeout=(2.0, 2.0), clock=self.clock,
        )  # fmt: skip

    def runner(self) -> RecordingRunner:
        return RecordingRunner(
            self.client(), Ledger(), "Sandbox", sleep=self.sleep, clock=self.clock,
            first_query_delay=0,
        )  # fmt: skip

    def settled(self) -> bool:
        """Every event sent and stored."""
        notifier = self.server.notifier
        return notifier is not None and notifier.idle() and self.receiver.pending() == 0


@contextmanager
def studio(url: str | None = None, **notify: Any) -> Iterator[Studio]:
    """``url``: send the events there (a developer's hook) instead of the app's receiver."""
    clock = ManualClock()
    with EventStore() as store, EventReceiver(store, secret=SECRET) as receiver:
        server = SandboxServer(
            clock=clock, rate_limit=None, customer_id=CUSTOMER_ID,
            customer_secret=CUSTOMER_SECRET,
        )  # fmt: skip
        server.notify(url or receiver.url, SECRET, tick_s=0.02, **notify)
        with server:
            yield Studio(server, clock, store, receiver)


def exited(s: Studio, sid: str) -> bool:
    """Every event stored, the session exit (11) among them."""
    return s.settled() and any(
        k.event is not None and k.event.event_type == 11 for k in s.store.events_for(sid)
    )


def doctor_of(s: Studio, key: str, **kw: Any) -> tuple[Any, Any]:
    """(facts, diagnosis) once every event is stored, as ``recstudio doctor KEY`` sees them."""
    from waiting import wait_until

    from recstudio.events.commands import _ledger_entry
    from recstudio.events.doctor import DoctorInput, diagnose

    wait_until(s.settled, what="events stored")
    facts = DoctorInput.gather(key, s.store, _ledger_entry(key), **kw)
    return facts, diagnose(facts)
