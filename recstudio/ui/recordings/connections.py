"""From a profile name to a ready client (Qt-free; every method here may block).

Resolving a profile reads the keyring (can hang for seconds, settings/secrets.py) and, for
the "Sandbox" profile, starts the in-process emulator on a free loopback port — so the
controller only calls this from worker threads. One Sandbox per process
(:func:`shared_sandbox`): a second window, or the window opened after a simulated crash in
the tests, talks to the same emulator, as a restarted app would talk to the same Agora.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from recstudio.ui.i18n import translate

if TYPE_CHECKING:
    from recstudio.api.client import CloudRecordingClient
    from recstudio.api.ledger import Ledger
    from recstudio.api.results import RequestRecord
    from recstudio.api.retry import RetryPolicy
    from recstudio.api.runner import RecordingRunner
    from recstudio.emulator import SandboxServer, Timing
    from recstudio.settings.profiles import Profile, ProfileStore


class ConnectionProblem(Exception):
    """A profile that cannot be used as it is (missing, no secret, no App ID)."""

    def __init__(self, title: str, action: str, *, needs_secret: str = "") -> None:
        super().__init__(title)
        self.title = title
        self.action = action
        #: the profile whose Customer Secret is missing (the panel can ask for it)
        self.needs_secret = needs_secret


class SandboxHost:
    """The in-process Sandbox behind the "Sandbox" profile, started on first use.

    With ``persist`` its recordings are kept in a file under the data directory
    (emulator/persistence.py), so after an app crash the next launch finds them running,
    as it would find them at Agora."""

    def __init__(self, timing: Timing | None = None, *, persist: bool = False) -> None:
        self.timing = timing
        self.persist = persist
        self._server: SandboxServer | None = None
        self._state_file: Any = None
        self._lock = threading.Lock()

    @property
    def server(self) -> SandboxServer | None:
        return self._server

    def ensure_started(self, customer_id: str, customer_secret: str) -> SandboxServer:
        """Start it (blocking: binds a socket and starts a thread) or return the running one.

        The credentials are the Sandbox profile's (settings: "sandbox"/"sandbox"); if the
        user stored others for the profile the running server accepts those from now on.
        """
        from recstudio.emulator import SandboxServer

        with self._lock:
            if self._server is None:
                self._server = SandboxServer(
                    port=0,
                    customer_id=customer_id,
                    customer_secret=customer_secret,
                    timing=self.timing,
                    media_dir=_sandbox_storage(),
                ).start()
                if self.persist:
                    from recstudio.emulator.persistence import StateFile

                    self._state_file = StateFile(self._server.state, sandbox_state_path())
            else:
                self._server.customer_id = customer_id
                self._server.customer_secret = customer_secret
            return self._server

    def stop(self) -> None:
        with self._lock:
            server, self._server = self._server, None
            state_file, self._state_file = self._state_file, None
        if state_file is not None:
            state_file.close()
        if server is not None:
            server.stop()


def _sandbox_storage() -> Any:
    """Where the in-app Sandbox writes its recordings' real media (issue 14)."""
    from recstudio.settings.paths import data_dir

    return data_dir() / "sandbox-storage"


def sandbox_state_path() -> Path:
    """Where the built-in Sandbox keeps its recordings between app runs."""
    from recstudio.emulator.persistence import STATE_FILE
    from recstudio.settings.paths import data_dir

    return data_dir() / STATE_FILE


_shared: SandboxHost | None = None
_shared_lock = threading.Lock()


def shared_sandbox() -> SandboxHost:
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = SandboxHost(persist=True)
        return _shared


def set_shared_sandbox(host: SandboxHost | None) -> None:
    """Tests install a Sandbox with fast timings (and stop it themselves)."""
    global _shared
    with _shared_lock:
        _shared = host


@dataclass(slots=True)
class Connection:
    profile: Profile
    base_url: str
    app_id: str
    client: CloudRecordingClient
    #: Shared by polls, updates and stops of this connection (it serialises updates, §3.4).
    runner: RecordingRunner


class Connections:
    """Profile store + clients per (profile, App ID); thread-safe, blocking."""

    def __init__(
        self,
        store: ProfileStore,
        ledger: Ledger,
        sandbox: SandboxHost,
        *,
        sleep: Callable[[float], None],
        log: Callable[[RequestRecord], None],
        retry_policy: RetryPolicy | None = None,
    ) -> None:
        self.store = store
        self.retry_policy = retry_policy
        self.ledger = ledger
        self.sandbox = sandbox
        self._sleep = sleep
        self._log = log
        self._lock = threading.Lock()
        self._cache: dict[tuple[str, str], Connection] = {}

    def profile(self, name: str) -> Profile:
        from recstudio.settings.profiles import ProfileError

        try:
            return self.store.get(name)
        except ProfileError:
            raise ConnectionProblem(
                translate(
                    "recordings.connections", "there is no connection profile named “{name}”"
                ).format(name=name),
                translate(
                    "recordings.connections",
                    "Choose a profile in the toolbar or add one in Recording → Connection "
                    "profiles.",
                ),
            ) from None

    def base_url(self, profile: Profile, customer_id: str, secret: str) -> str:
        if profile.is_sandbox:
            return self.sandbox.ensure_started(customer_id, secret).base_url
        from recstudio.settings.hosts import profile_base_url

        return profile_base_url(profile)

    def get(self, profile_name: str, project_app_id: str = "") -> Connection:
        """The connection for a profile; the project's App ID wins over the profile's
        (the same rule as the token builder)."""
        from recstudio.api.client import CloudRecordingClient
        from recstudio.api.runner import RecordingRunner

        profile = self.profile(profile_name)
        app_id = project_app_id or profile.app_id
        if not app_id:
            raise ConnectionProblem(
                translate(
                    "recordings.connections",
                    "no App ID: neither the project nor the profile has one",
                ),
                translate(
                    "recordings.connections",
                    "Enter the App ID in the Session section or in the connection profile.",
                ),
            )
        key = (profile_name, app_id)
        with self._lock:
            cached = self._cache.get(key)
        if cached is not None and (not profile.is_sandbox or self.sandbox.server is not None):
            return cached
        credentials = self.store.credentials(profile)  # keyring: worker thread only
        if not credentials.complete or credentials.customer_secret is None:
            raise ConnectionProblem(
                translate(
                    "recordings.connections",
                    "the profile “{name}” has no Customer ID or Customer Secret",
                ).format(name=profile.name),
                translate(
                    "recordings.connections",
                    "Open Recording → Connection profiles and enter them (the secret is kept in "
                    "the system keyring), or type the secret in the recording's details.",
                ),
                needs_secret=profile.name if credentials.customer_id else "",
            )
        secret = credentials.customer_secret.get_secret_value()
        base_url = self.base_url(profile, credentials.customer_id, secret)
        from recstudio.settings.hosts import profile_hosts

        client = CloudRecordingClient(
            base_url,
            credentials.customer_id,
            secret,
            app_id,
            sleep=self._sleep,
            log=self._log,
            retry_policy=self.retry_policy,
            # the region's other domains (reference §1.1); a Sandbox has one address
            fallback_urls=() if profile.is_sandbox else profile_hosts(profile)[1:],
        )
        runner = RecordingRunner(client, self.ledger, profile.name, sleep=self._sleep)
        connection = Connection(profile, base_url, app_id, client, runner)
        with self._lock:
            old = self._cache.pop(key, None)
            self._cache[key] = connection
        if old is not None:
            old.client.close()
        return connection

    def invalidate(self) -> None:
        """Profiles changed: build clients again on next use."""
        with self._lock:
            old = list(self._cache.values())
            self._cache.clear()
        for connection in old:
            connection.client.close()

    def close(self) -> None:
        self.invalidate()


def check_connection(store: ProfileStore, sandbox: SandboxHost, profile: Profile) -> str:
    """A cheap authenticated call (the NCS IP list needs no App ID, reference §3.7);
    returns a sentence for the dialog, raises ApiError / ConnectionProblem."""
    from recstudio.api.client import CloudRecordingClient
    from recstudio.api.retry import RetryPolicy

    credentials = store.credentials(profile)
    if not credentials.complete or credentials.customer_secret is None:
        raise ConnectionProblem(
            translate("recordings.connections", "no Customer ID or Customer Secret"),
            translate("recordings.connections", "Enter both and save the profile first."),
        )
    secret = credentials.customer_secret.get_secret_value()
    base_url = (
        sandbox.ensure_started(credentials.customer_id, secret).base_url
        if profile.is_sandbox
        else profile.base_url
    )
    with CloudRecordingClient(
        base_url,
        credentials.customer_id,
        secret,
        profile.app_id or "-",
        retry_policy=RetryPolicy.never(),
        timeout=(3.05, 8),
    ) as client:
        ips = client.ncs_ip()
    shown = ", ".join(ips[:3]) + ("…" if len(ips) > 3 else "")
    return translate(
        "recordings.connections",
        "Connected to {base_url} as {customer_id} ({source} credentials). NCS IPs: {value}.",
    ).format(
        base_url=base_url,
        customer_id=credentials.customer_id,
        source=credentials.source,
        value=shown or "none",
    )


def describe_error(error: BaseException) -> dict[str, Any]:
    """title / explanation / field / action of any failure, for the panel's detail box."""
    from recstudio.api.errors import ApiError

    if isinstance(error, ApiError):
        return {
            "title": error.summary(),
            "short": error.explanation_info.title,
            "explanation": error.explanation,
            "field": error.likely_field or "",
            "action": error.action,
        }
    from recstudio.api.ledger import LedgerError

    if isinstance(error, LedgerError):
        return {
            "title": str(error),
            "short": translate("recordings.connections", "ledger write failed"),
            "explanation": str(error),
            "field": "",
            "action": translate(
                "recordings.connections",
                "Free disk space or fix the folder's permissions; recstudio retries.",
            ),
        }
    if isinstance(error, ConnectionProblem):
        return {
            "title": error.title,
            "short": error.title,
            "explanation": "",
            "field": "",
            "action": error.action,
            "needs_secret": error.needs_secret,
        }
    text = f"{type(error).__name__}: {error}"
    return {
        "title": text,
        "short": text,
        "explanation": "",
        "field": "",
        "action": "",
    }
