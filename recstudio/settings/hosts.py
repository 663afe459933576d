"""Which host a profile's requests (and exports) name: not always ``api.sd-rtn.com``.

A Sandbox profile has no fixed URL (the in-process Sandbox picks a free port), so an
export names the running Sandbox when the app has one, else the address ``recstudio
emulator`` listens on by default.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from recstudio.model.domains import region_hosts
from recstudio.model.routes import DEFAULT_BASE_URL

if TYPE_CHECKING:
    from recstudio.settings.profiles import Profile

#: ``recstudio emulator``'s default address (emulator/commands.py DEFAULT_PORT).
EMULATOR_BASE_URL = "http://127.0.0.1:8790"


def export_base_url(
    profile_name: str | None, *, running_sandbox: str | None = None, strict: bool = False
) -> str:
    """Base URL of ``profile_name`` from the saved profiles. A project's profile may not
    exist on this machine; that falls back to Agora's default host, because an export must
    always be runnable somewhere. ``strict`` (a name the user typed) raises ValueError
    instead: a typo must not quietly send the export to Agora."""
    if not profile_name:
        return DEFAULT_BASE_URL
    from recstudio.settings.profiles import ProfileError, ProfileStore

    try:
        store: ProfileStore | None = ProfileStore()
    except (ProfileError, OSError):
        store = None
    try:
        profile = store.get(profile_name) if store is not None else None
    except (ProfileError, KeyError):
        profile = None
    if profile is None:
        if strict:
            known = ", ".join(store.names()) if store is not None else ""
            raise ValueError(
                f"no connection profile named {profile_name!r}"
                + (f"; profiles: {known}" if known else "")
            )
        return DEFAULT_BASE_URL
    if profile.is_sandbox:
        return running_sandbox or EMULATOR_BASE_URL
    return profile_base_url(profile)


def profile_base_url(profile: Profile) -> str:
    """The first host a profile's requests go to (its region's primary, or its URL)."""
    return profile_hosts(profile)[0]


def profile_hosts(profile: Profile) -> tuple[str, ...]:
    """Base URLs a profile's client uses, in failover order (reference §1.1): the region's
    domains, or the custom URL alone. Not for Sandbox profiles (their URL is a port)."""
    if profile.region:
        return region_hosts(profile.region)
    return (profile.base_url,)
