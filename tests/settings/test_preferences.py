from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from recstudio.settings.preferences import (
    MAX_RECENT_FILES,
    PREFERENCES_FORMAT_VERSION,
    Preferences,
    load_preferences,
    preferences_path,
    save_preferences,
)


def _write(path: Path, content: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")


def test_defaults_when_there_is_no_file(_private_home: Path) -> None:
    preferences = load_preferences()
    assert preferences == Preferences()
    assert preferences.theme == "auto"
    assert preferences.unsubscribe_spelling == "unSubscribe"  # reference §10 #1
    assert preferences.recent_files == []
    assert not (_private_home / "config" / "preferences.json.bak").exists()


def test_round_trip(_private_home: Path) -> None:
    preferences = Preferences(
        recent_files=["/a.recstudio.json", "/b.recstudio.json"],
        last_project_path="/a.recstudio.json",
        unsubscribe_spelling="unsubscribe",
        presenter_mode=True,
        snap_grid_size=8,
        theme="dark",
    )
    save_preferences(preferences)
    assert preferences_path() == _private_home / "config" / "preferences.json"
    document = json.loads(preferences_path().read_text())
    assert document["format_version"] == PREFERENCES_FORMAT_VERSION
    assert load_preferences() == preferences


def test_recent_files_are_unique_newest_first_and_capped() -> None:
    preferences = Preferences()
    for index in range(15):
        preferences = preferences.with_recent_file(f"/p{index}.json")
    preferences = preferences.with_recent_file("/p10.json")
    assert len(preferences.recent_files) == MAX_RECENT_FILES
    assert preferences.recent_files[:3] == ["/p10.json", "/p14.json", "/p13.json"]
    assert preferences.recent_files.count("/p10.json") == 1
    assert preferences.last_project_path == "/p10.json"


def test_loading_trims_an_overlong_recent_list(_private_home: Path) -> None:
    many = [f"/f{index}" for index in range(25)] + ["/f0"]
    _write(
        preferences_path(),
        json.dumps({"format_version": PREFERENCES_FORMAT_VERSION, "recent_files": many}),
    )
    assert load_preferences().recent_files == many[:MAX_RECENT_FILES]


def test_assignment_is_validated() -> None:
    preferences = Preferences()
    with pytest.raises(ValidationError):
        preferences.theme = "neon"  # type: ignore[assignment]
    with pytest.raises(ValidationError):
        preferences.snap_grid_size = 0


@pytest.mark.parametrize(
    "content",
    [
        b"{broken",
        b"\xff\xfe\x00garbage",
        b"[1, 2, 3]",
        b'{"theme": "dark"}',  # no format_version
        b'{"format_version": 99, "theme": "dark"}',
    ],
)
def test_unreadable_files_give_defaults_and_a_backup(content: bytes) -> None:
    _write(preferences_path(), content)
    preferences = load_preferences()
    backup = preferences_path().with_name("preferences.json.bak")
    assert backup.read_bytes() == content
    assert not preferences_path().exists()
    assert preferences.snap_grid_size == Preferences().snap_grid_size
    save_preferences(preferences)  # saving afterwards works and leaves the backup alone
    assert backup.read_bytes() == content


def test_unknown_version_keeps_recognisable_fields() -> None:
    _write(preferences_path(), '{"format_version": 99, "theme": "dark", "new_thing": 1}')
    assert load_preferences().theme == "dark"


def test_partly_invalid_file_keeps_the_valid_fields() -> None:
    content = json.dumps(
        {
            "format_version": PREFERENCES_FORMAT_VERSION,
            "theme": "neon",
            "snap_grid_size": -5,
            "presenter_mode": True,
            "recent_files": ["/x.json"],
        }
    )
    _write(preferences_path(), content)
    preferences = load_preferences()
    assert preferences.presenter_mode is True
    assert preferences.recent_files == ["/x.json"]
    assert preferences.theme == "auto"
    assert preferences.snap_grid_size == Preferences().snap_grid_size
    assert preferences_path().with_name("preferences.json.bak").read_text() == content


def test_unknown_keys_in_a_valid_file_are_ignored_without_backup() -> None:
    content = json.dumps({"format_version": PREFERENCES_FORMAT_VERSION, "extra": 1})
    _write(preferences_path(), content)
    assert load_preferences() == Preferences()
    assert not preferences_path().with_name("preferences.json.bak").exists()
