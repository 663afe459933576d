from __future__ import annotations

from pathlib import Path

import pytest

from recstudio.settings import paths


def test_recstudio_home_holds_every_kind(_private_home: Path) -> None:
    assert paths.home() == _private_home
    for kind, func in [
        ("config", paths.config_dir),
        ("data", paths.data_dir),
        ("state", paths.state_dir),
        ("cache", paths.cache_dir),
    ]:
        directory = func()
        assert directory == _private_home / kind
        assert directory.is_dir()


def test_directories_are_created_on_demand(_private_home: Path) -> None:
    assert not (_private_home / "state").exists()
    paths.state_dir()
    assert (_private_home / "state").is_dir()


def test_without_home_platform_directories_apply(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("RECSTUDIO_HOME")
    # platformdirs follows XDG on Linux; point it at tmp so the real home is untouched.
    for variable, name in [
        ("XDG_CONFIG_HOME", "xdg-config"),
        ("XDG_DATA_HOME", "xdg-data"),
        ("XDG_STATE_HOME", "xdg-state"),
        ("XDG_CACHE_HOME", "xdg-cache"),
    ]:
        monkeypatch.setenv(variable, str(tmp_path / name))
    assert paths.home() is None
    assert paths.config_dir() == tmp_path / "xdg-config" / "recstudio"
    assert paths.data_dir() == tmp_path / "xdg-data" / "recstudio"
    assert paths.state_dir() == tmp_path / "xdg-state" / "recstudio"
    assert paths.cache_dir() == tmp_path / "xdg-cache" / "recstudio"
    assert (tmp_path / "xdg-config" / "recstudio").is_dir()


def test_blank_home_means_no_override(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RECSTUDIO_HOME", "  ")
    assert paths.home() is None
