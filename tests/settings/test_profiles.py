from __future__ import annotations

import json
from pathlib import Path

import pytest
from keyring_doubles import MemoryKeyring
from pydantic import ValidationError

from recstudio.model.routes import PRIMARY_HOSTS, regional_hosts
from recstudio.settings.profiles import (
    PROFILES_FORMAT_VERSION,
    SANDBOX_APP_ID,
    SANDBOX_PROFILE_NAME,
    SANDBOX_URL,
    Profile,
    ProfileError,
    ProfileStore,
    base_url_choices,
)
from recstudio.settings.secrets import SERVICE_NAME, SecretStore

CUSTOMER_SECRET = "cust-secret-0123456789abcdef"
APP_CERT = "5CFd2fd1755d40ecb72977518be15d3b"
PROD = Profile(
    name="Prod",
    base_url="https://api.sd-rtn.com/",
    customer_id="cid123",
    app_id="970CA35de60c44645bbae8a215061b33",
)


def _store(path: Path | None = None, environ: dict[str, str] | None = None) -> ProfileStore:
    return ProfileStore(path, secrets=SecretStore(), environ=environ or {})


def _all_bytes(root: Path) -> bytes:
    return b"".join(p.read_bytes() for p in root.rglob("*") if p.is_file())


def test_fresh_store_has_only_the_sandbox(_private_home: Path) -> None:
    store = _store()
    assert store.path == _private_home / "config" / "profiles.json"
    assert store.names() == [SANDBOX_PROFILE_NAME]
    sandbox = store.get(SANDBOX_PROFILE_NAME)
    assert sandbox.is_sandbox
    assert sandbox.base_url == SANDBOX_URL
    assert sandbox.customer_id == "sandbox"
    assert len(SANDBOX_APP_ID) == 32
    bytes.fromhex(SANDBOX_APP_ID)  # shaped like a real App ID: the token builder accepts it


def test_upsert_persists_in_a_versioned_file() -> None:
    store = _store()
    store.upsert(PROD)
    document = json.loads(store.path.read_text())
    assert document["format_version"] == PROFILES_FORMAT_VERSION
    assert [p["name"] for p in document["profiles"]] == [SANDBOX_PROFILE_NAME, "Prod"]

    again = _store()
    assert again.get("Prod").base_url == "https://api.sd-rtn.com"  # trailing slash dropped
    edited = PROD.model_copy(update={"customer_id": "other"})
    again.upsert(edited)
    assert again.names() == [SANDBOX_PROFILE_NAME, "Prod"]
    assert _store().get("Prod").customer_id == "other"


def test_get_unknown_profile_raises() -> None:
    with pytest.raises(ProfileError, match="no profile named 'Nope'"):
        _store().get("Nope")


@pytest.mark.parametrize(
    "url",
    ["ftp://api.agora.io", "api.agora.io", "https://", "https://api.agora.io/?x=1", ""],
)
def test_bad_base_urls_are_rejected(url: str) -> None:
    with pytest.raises(ValidationError, match="base URL"):
        Profile(name="x", base_url=url)


def test_every_offered_base_url_is_valid() -> None:
    urls = [url for url, _label in base_url_choices()]
    assert urls[0] == SANDBOX_URL
    assert set(urls) == {SANDBOX_URL, *PRIMARY_HOSTS, *regional_hosts()}
    for url, label in base_url_choices():
        assert Profile(name="x", base_url=url).base_url == url
        assert label
    assert (
        "https://api-eu-west-1.agora.io",
        "https://api-eu-west-1.agora.io (Western Europe)",
    ) in (base_url_choices())


def test_http_is_allowed_for_a_local_emulator() -> None:
    assert Profile(name="x", base_url="http://127.0.0.1:8765").base_url == "http://127.0.0.1:8765"


def test_sandbox_cannot_be_deleted_or_renamed() -> None:
    store = _store()
    with pytest.raises(ProfileError, match="cannot be deleted"):
        store.delete(SANDBOX_PROFILE_NAME)
    with pytest.raises(ProfileError, match="cannot be renamed"):
        store.rename(SANDBOX_PROFILE_NAME, "Other")


def test_sandbox_comes_back_if_missing_from_the_file(_private_home: Path) -> None:
    path = _private_home / "config" / "profiles.json"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"format_version": 1, "profiles": [PROD.model_dump()]}))
    assert _store().names() == [SANDBOX_PROFILE_NAME, "Prod"]


def test_rename_and_delete_carry_their_secrets(memory_keyring: MemoryKeyring) -> None:
    store = _store()
    store.upsert(PROD)
    store.set_customer_secret("Prod", CUSTOMER_SECRET)
    store.set_app_certificate("Prod", APP_CERT)

    with pytest.raises(ProfileError, match="already exists"):
        store.rename("Prod", SANDBOX_PROFILE_NAME)
    renamed = store.rename("Prod", "Production")
    assert renamed.name == "Production"
    assert store.names() == [SANDBOX_PROFILE_NAME, "Production"]
    assert set(memory_keyring.store) == {
        (SERVICE_NAME, "profile:Production:customer_secret"),
        (SERVICE_NAME, "profile:Production:app_certificate"),
    }
    fresh = _store()
    credentials = fresh.credentials(fresh.get("Production"))
    assert credentials.customer_secret is not None
    assert credentials.customer_secret.get_secret_value() == CUSTOMER_SECRET

    store.delete("Production")
    assert store.names() == [SANDBOX_PROFILE_NAME]
    assert memory_keyring.store == {}


def test_credentials_from_keyring(memory_keyring: MemoryKeyring) -> None:
    store = _store()
    store.upsert(PROD)
    store.set_customer_secret("Prod", CUSTOMER_SECRET)
    credentials = _store().credentials(PROD)
    assert credentials.source == "keyring"
    assert credentials.customer_id == "cid123"
    assert credentials.complete
    assert CUSTOMER_SECRET not in repr(credentials)


def test_credentials_without_keyring_are_session_only() -> None:
    store = _store()
    store.upsert(PROD)
    assert store.credentials(PROD).source == "none"
    assert store.credentials(PROD).customer_secret is None
    assert not store.credentials(PROD).complete
    store.set_customer_secret("Prod", CUSTOMER_SECRET)
    credentials = store.credentials(PROD)
    assert credentials.source == "session"
    assert credentials.customer_secret is not None
    assert credentials.customer_secret.get_secret_value() == CUSTOMER_SECRET
    assert "session only" in store.secrets.status().message
    # Next launch: asked again.
    assert _store().credentials(PROD).source == "none"


def test_environment_overrides_profile_and_keyring(memory_keyring: MemoryKeyring) -> None:
    store = _store(environ={"AGORA_CUSTOMER_ID": "env-id", "AGORA_CUSTOMER_SECRET": "env-s"})
    store.upsert(PROD)
    store.set_customer_secret("Prod", CUSTOMER_SECRET)
    credentials = store.credentials(PROD)
    assert credentials.source == "env"
    assert credentials.customer_id == "env-id"
    assert credentials.customer_secret is not None
    assert credentials.customer_secret.get_secret_value() == "env-s"


def test_environment_is_read_from_os_environ_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AGORA_CUSTOMER_ID", "from-env")
    monkeypatch.setenv("AGORA_CUSTOMER_SECRET", "env-secret")
    store = ProfileStore(secrets=SecretStore())
    credentials = store.credentials(PROD)
    assert (credentials.customer_id, credentials.source) == ("from-env", "env")


def test_env_id_alone_keeps_the_stored_secret(memory_keyring: MemoryKeyring) -> None:
    store = _store(environ={"AGORA_CUSTOMER_ID": "env-id"})
    store.upsert(PROD)
    store.set_customer_secret("Prod", CUSTOMER_SECRET)
    credentials = store.credentials(PROD)
    assert (credentials.customer_id, credentials.source) == ("env-id", "keyring")


def test_sandbox_works_without_any_secret_stored() -> None:
    store = _store()
    credentials = store.credentials(store.get(SANDBOX_PROFILE_NAME))
    assert credentials.source == "builtin"
    assert credentials.complete


def test_app_certificate_lookup(memory_keyring: MemoryKeyring) -> None:
    store = _store()
    store.upsert(PROD)
    assert store.app_certificate(PROD) is None
    store.set_app_certificate("Prod", APP_CERT)
    certificate = _store().app_certificate(PROD)
    assert certificate is not None
    assert certificate.get_secret_value() == APP_CERT


def test_secrets_for_unknown_profiles_are_refused() -> None:
    with pytest.raises(ProfileError):
        _store().set_customer_secret("Ghost", CUSTOMER_SECRET)


@pytest.mark.parametrize("use_keyring", [True, False])
def test_no_secret_reaches_any_file(
    use_keyring: bool, _private_home: Path, request: pytest.FixtureRequest
) -> None:
    if use_keyring:
        request.getfixturevalue("memory_keyring")
    store = _store()
    store.upsert(PROD)
    store.set_customer_secret("Prod", CUSTOMER_SECRET)
    store.set_app_certificate("Prod", APP_CERT)
    store.rename("Prod", "Prod2")
    store.upsert(PROD)
    written = _all_bytes(_private_home)
    assert b"Prod2" in written  # the file was written…
    assert CUSTOMER_SECRET.encode() not in written  # …without secrets
    assert APP_CERT.encode() not in written


def test_corrupt_file_is_kept_as_bak_and_sandbox_remains(_private_home: Path) -> None:
    path = _private_home / "config" / "profiles.json"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"{not json")
    store = _store()
    assert store.names() == [SANDBOX_PROFILE_NAME]
    assert store.backup == path.with_name("profiles.json.bak")
    assert store.backup.read_bytes() == b"{not json"
    assert not path.exists()
    store.upsert(PROD)
    assert _store().names() == [SANDBOX_PROFILE_NAME, "Prod"]


@pytest.mark.parametrize(
    "document",
    [
        {"profiles": []},
        {"format_version": 1, "profiles": {"a": 1}},
        {"format_version": 1, "profiles": [{"name": "x", "base_url": "gopher://x"}]},
        {"format_version": 1, "profiles": [{"name": "x"}, {"name": "x"}]},
    ],
)
def test_invalid_documents_fall_back_to_defaults(document: dict, _private_home: Path) -> None:
    path = _private_home / "config" / "profiles.json"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps(document))
    store = _store()
    assert store.names() == [SANDBOX_PROFILE_NAME]
    assert json.loads(path.with_name("profiles.json.bak").read_text()) == document


def test_file_from_a_newer_version_is_read_but_never_overwritten(_private_home: Path) -> None:
    path = _private_home / "config" / "profiles.json"
    path.parent.mkdir(parents=True)
    document = {
        "format_version": PROFILES_FORMAT_VERSION + 1,
        "profiles": [{**PROD.model_dump(), "future_field": 1}],
    }
    path.write_text(json.dumps(document))
    store = _store()
    assert store.read_only
    assert store.names() == [SANDBOX_PROFILE_NAME, "Prod"]
    with pytest.raises(ProfileError, match="newer recstudio"):
        store.upsert(PROD.model_copy(update={"name": "Other"}))
    assert json.loads(path.read_text()) == document
