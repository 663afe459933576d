"""Connection profiles: where to send requests and as whom, with the secrets kept elsewhere.

``profiles.json`` holds only connection data (name, base URL, customer ID, App ID); the
customer secret and App Certificate go through :class:`SecretStore` (keyring or session
memory), so the file can be shared or backed up without leaking anything (brief: secrets
never reach files).

The "Sandbox" profile always exists and points at the in-process emulator, so a new user
can press Start without an Agora account.
"""

from __future__ import annotations

import builtins
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    ValidationInfo,
    field_validator,
)

from recstudio.model.routes import PRIMARY_HOSTS, REGIONAL_PREFIXES, regional_hosts
from recstudio.model.transport import cleartext_problem
from recstudio.settings.documents import keep_as_backup, read_document, write_document
from recstudio.settings.secrets import SecretStore, app_certificate_key, customer_secret_key

PROFILES_FORMAT_VERSION = 1
PROFILES_FILE = "profiles.json"

#: Pseudo URL of the in-process emulator; the app swaps in its loopback address at runtime.
SANDBOX_URL = "sandbox:"
SANDBOX_PROFILE_NAME = "Sandbox"
SANDBOX_CUSTOMER_ID = "sandbox"
#: Not a secret: the emulator's fixed credential, so the Sandbox works out of the box.
SANDBOX_CUSTOMER_SECRET = "sandbox"
#: 32 hex characters like a real App ID (the token builder and emulator check the shape);
#: reads as "5a db0c" ≈ "sandbox". Never valid on Agora's servers.
SANDBOX_APP_ID = "5adb0c5adb0c5adb0c5adb0c5adb0c00"

ENV_CUSTOMER_ID = "AGORA_CUSTOMER_ID"
ENV_CUSTOMER_SECRET = "AGORA_CUSTOMER_SECRET"

CredentialSource = Literal["env", "keyring", "session", "builtin", "none"]
#: Validation context of profiles read back from profiles.json (see ``_check_base_url``).
_STORED = {"stored": True}


def base_url_choices() -> list[tuple[str, str]]:
    """(url, label) pairs offered in the profile editor, Sandbox and primaries first."""
    choices = [(SANDBOX_URL, "Sandbox (built-in emulator, no account needed)")]
    choices += [(url, f"{url} (global)") for url in PRIMARY_HOSTS]
    for url in regional_hosts():
        prefix = urlsplit(url).hostname.split(".", 1)[0]  # type: ignore[union-attr]
        choices.append((url, f"{url} ({REGIONAL_PREFIXES[prefix]})"))
    return choices


class ProfileError(ValueError):
    """A profile operation that cannot be done (unknown name, protected Sandbox…)."""


class Profile(BaseModel):
    """Connection data only. No field here may ever hold a secret."""

    model_config = ConfigDict(extra="ignore", frozen=True, str_strip_whitespace=True)

    name: str = Field(min_length=1, max_length=80)
    base_url: str = SANDBOX_URL
    customer_id: str = ""
    app_id: str = ""
    #: Agora region (reference §1.1: global, na, eu, ap, cn) whose domains the profile
    #: uses, with failover between them; None = exactly ``base_url`` (custom URL).
    region: str | None = None

    @field_validator("region")
    @classmethod
    def _check_region(cls, value: str | None) -> str | None:
        from recstudio.model.domains import REGIONS

        if value is None or value in REGIONS:
            return value
        choices = ", ".join(f"{key} ({r.label})" for key, r in REGIONS.items())
        raise ValueError(f"region must be one of {choices}, or empty for a custom URL")

    @field_validator("base_url")
    @classmethod
    def _check_base_url(cls, value: str, info: ValidationInfo) -> str:
        if value == SANDBOX_URL:
            return value
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(
                f"base URL must be {SANDBOX_URL!r} or an http(s) URL such as https://api.sd-rtn.com"
            )
        if parts.query or parts.fragment:
            raise ValueError("base URL must not have a query or fragment")
        if "@" in parts.netloc:
            raise ValueError(
                "base URL must not contain a user name or password: the customer ID and "
                "secret are kept separately (the secret in the keyring)"
            )
        # A profile saved before this rule still loads (dropping the whole file would lose
        # the user's other profiles); the client refuses to send anything through it.
        problem = cleartext_problem(value)
        if problem and not (info.context or {}).get("stored"):
            raise ValueError(f"base URL refused: {problem}")
        return value.rstrip("/")

    @property
    def is_sandbox(self) -> bool:
        return self.base_url == SANDBOX_URL


def sandbox_profile() -> Profile:
    return Profile(
        name=SANDBOX_PROFILE_NAME,
        base_url=SANDBOX_URL,
        customer_id=SANDBOX_CUSTOMER_ID,
        app_id=SANDBOX_APP_ID,
    )


@dataclass(frozen=True, slots=True)
class Credentials:
    customer_id: str
    customer_secret: SecretStr | None
    source: CredentialSource

    @property
    def complete(self) -> bool:
        return bool(self.customer_id) and self.customer_secret is not None


class ProfileStore:
    """The list of profiles in a versioned file, plus their secrets in the SecretStore.

    A profiles.json written by a newer recstudio is read but never overwritten
    (:attr:`read_only`), so an older build cannot drop fields it does not know.
    """

    def __init__(
        self,
        path: Path | None = None,
        *,
        secrets: SecretStore | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        if path is None:
            from recstudio.settings.paths import config_dir

            path = config_dir() / PROFILES_FILE
        self.path = path
        self.secrets = secrets if secrets is not None else SecretStore()
        self._environ = environ if environ is not None else os.environ
        self._profiles: list[Profile] = []
        self.read_only = False
        self.backup: Path | None = None
        self.reload()

    # --- reading -------------------------------------------------------------------------

    def reload(self) -> None:
        loaded = read_document(self.path)
        profiles: list[Profile] = []
        problem = loaded.problem
        if loaded.data is not None:
            profiles, problem = self._parse(loaded.data)
        if problem and self.path.exists():
            self.backup = keep_as_backup(self.path, problem)
        if not any(p.name == SANDBOX_PROFILE_NAME for p in profiles):
            profiles.insert(0, sandbox_profile())
        self._profiles = profiles

    def _parse(self, data: dict[str, Any]) -> tuple[list[Profile], str]:
        version = data.get("format_version")
        if not isinstance(version, int) or isinstance(version, bool):
            return [], "format_version is missing"
        if version > PROFILES_FORMAT_VERSION:
            self.read_only = True
        entries = data.get("profiles")
        if not isinstance(entries, list):
            return [], "'profiles' is not a list"
        profiles: list[Profile] = []
        for entry in entries:
            try:
                profile = Profile.model_validate(entry, context=_STORED)
            except ValidationError:
                return [], "a profile entry is invalid"
            if any(p.name == profile.name for p in profiles):
                return [], f"profile name {profile.name!r} appears twice"
            profiles.append(profile)
        return profiles, ""

    def list(self) -> builtins.list[Profile]:
        return builtins.list(self._profiles)

    def names(self) -> builtins.list[str]:
        return [p.name for p in self._profiles]

    def get(self, name: str) -> Profile:
        for profile in self._profiles:
            if profile.name == name:
                return profile
        raise ProfileError(f"no profile named {name!r}")

    # --- changing ------------------------------------------------------------------------

    def upsert(self, profile: Profile) -> None:
        """Add ``profile`` or replace the one with the same name (order is kept)."""
        for index, existing in enumerate(self._profiles):
            if existing.name == profile.name:
                self._profiles[index] = profile
                break
        else:
            self._profiles.append(profile)
        self._save()

    def delete(self, name: str) -> None:
        """Remove a profile and its secrets; the Sandbox cannot be removed."""
        if name == SANDBOX_PROFILE_NAME:
            raise ProfileError("the Sandbox profile is built in and cannot be deleted")
        profile = self.get(name)
        self._profiles.remove(profile)
        self._save()
        self.secrets.delete(customer_secret_key(name))
        self.secrets.delete(app_certificate_key(name))

    def rename(self, old: str, new: str) -> Profile:
        """Rename a profile; its secrets follow it to the new keys."""
        new = new.strip()
        if old == SANDBOX_PROFILE_NAME:
            raise ProfileError("the Sandbox profile is built in and cannot be renamed")
        if new != old and any(p.name == new for p in self._profiles):
            raise ProfileError(f"a profile named {new!r} already exists")
        profile = self.get(old)
        renamed = Profile.model_validate({**profile.model_dump(), "name": new}, context=_STORED)
        self._profiles[self._profiles.index(profile)] = renamed
        self._save()
        if new != old:
            self.secrets.move(customer_secret_key(old), customer_secret_key(new))
            self.secrets.move(app_certificate_key(old), app_certificate_key(new))
        return renamed

    def _save(self) -> None:
        if self.read_only:
            raise ProfileError(
                f"{self.path} was written by a newer recstudio; it is not changed here"
            )
        document = {
            "format_version": PROFILES_FORMAT_VERSION,
            "profiles": [p.model_dump(mode="json") for p in self._profiles],
        }
        write_document(self.path, document)

    # --- secrets -------------------------------------------------------------------------

    def set_customer_secret(self, profile_name: str, secret: str) -> None:
        self.get(profile_name)
        self.secrets.set(customer_secret_key(profile_name), secret)

    def set_app_certificate(self, profile_name: str, certificate: str) -> None:
        self.get(profile_name)
        self.secrets.set(app_certificate_key(profile_name), certificate)

    def credentials(self, profile: Profile) -> Credentials:
        """Customer ID and secret for Basic auth (reference §1.2).

        ``AGORA_CUSTOMER_ID`` / ``AGORA_CUSTOMER_SECRET`` override the profile so scripts
        and CI can run without a keyring.
        """
        env_id = self._environ.get(ENV_CUSTOMER_ID, "").strip()
        env_secret = self._environ.get(ENV_CUSTOMER_SECRET, "")
        customer_id = env_id or profile.customer_id
        if env_secret:
            return Credentials(customer_id, SecretStr(env_secret), "env")
        stored = self.secrets.get(customer_secret_key(profile.name))
        if stored is not None:
            source: CredentialSource = "session" if self.secrets.session_only else "keyring"
            return Credentials(customer_id, SecretStr(stored), source)
        if profile.is_sandbox:
            return Credentials(customer_id, SecretStr(SANDBOX_CUSTOMER_SECRET), "builtin")
        return Credentials(customer_id, None, "none")

    def app_certificate(self, profile: Profile) -> SecretStr | None:
        """App Certificate for building the recorder's RTC token, if the user stored one."""
        stored = self.secrets.get(app_certificate_key(profile.name))
        return SecretStr(stored) if stored is not None else None
