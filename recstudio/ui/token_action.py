"""Generate the recorder's RTC token from the profile's App Certificate (kept in the
keyring); returns a message instead of a token when something is missing."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from recstudio.model.project import Project
    from recstudio.settings.profiles import ProfileStore

from recstudio.ui.i18n import translate


def generate_token_for(
    project: Project, expire_seconds: int = 24 * 3600, store: ProfileStore | None = None
) -> tuple[str | None, str]:
    """Blocking (profiles file, keyring): run it off the GUI thread. ``store`` is the app's
    ProfileStore, whose session-only secrets a fresh store would not see."""
    from recstudio.api.token import TokenError, build_rtc_token
    from recstudio.settings.profiles import ProfileError, ProfileStore

    store = store or ProfileStore()
    try:
        profile = store.get(project.profile)
    except ProfileError:
        return None, translate(
            "token_action", "The connection profile “{profile}” does not exist."
        ).format(profile=project.profile)
    secret = store.app_certificate(profile)
    certificate = secret.get_secret_value() if secret is not None else ""
    if not certificate:
        return None, (
            translate(
                "token_action",
                "No App Certificate is stored for the profile “{name}”. Add it in Connection "
                "profiles (it is kept in the system keyring).",
            ).format(name=profile.name)
        )
    app_id = project.app_id or profile.app_id
    try:
        token = build_rtc_token(
            app_id,
            certificate,
            project.cname,
            project.uid or 0,
            token_expire=expire_seconds,
            privilege_expire=expire_seconds,
        )
    except TokenError as exc:
        return None, translate("token_action", "Cannot generate a token: {exc}").format(exc=exc)
    return token, translate(
        "token_action",
        "Token generated (valid 24 h; a token cannot be renewed during a recording).",
    )
