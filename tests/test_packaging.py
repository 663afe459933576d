"""packaging/: the .desktop entry and AppStream metainfo carry what the specs require, the
PyInstaller spec ships the resources and does not exclude a Qt module we import, and the
build script is sound. Parsed here so the checks run without Debian's validators; when
those are installed they are run as well."""

from __future__ import annotations

import ast
import configparser
import importlib.util
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import recstudio

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
DESKTOP = PACKAGING / "linux" / "recstudio.desktop"
METAINFO = PACKAGING / "linux" / "io.github.recstudio.metainfo.xml"
MIME = PACKAGING / "linux" / "recstudio-mime.xml"
SPEC = PACKAGING / "pyinstaller" / "recstudio.spec"

#: Desktop Menu spec, "Main categories"
MAIN_CATEGORIES = {
    "AudioVideo", "Audio", "Video", "Development", "Education", "Game", "Graphics", "Network",
    "Office", "Science", "Settings", "System", "Utility",
}  # fmt: skip


def _desktop_entry() -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string(DESKTOP.read_text(encoding="utf-8"))
    assert parser.sections() == ["Desktop Entry"]
    return dict(parser["Desktop Entry"])


def test_desktop_entry_has_the_required_keys() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Version"] in {"1.0", "1.1", "1.2", "1.3", "1.4"}  # desktop-file-utils 0.26
    assert entry["Name"] == "recstudio"
    assert entry["Exec"].split()[0] == "recstudio"  # the console script of pyproject.toml
    assert re.fullmatch(r"recstudio( gui)?( %[fFuU])?", entry["Exec"])
    assert entry["Terminal"] == "false"
    assert entry["StartupWMClass"] == "recstudio"
    for key in ("Categories", "Keywords", "MimeType"):
        assert entry[key].endswith(";"), f"{key} is a ;-terminated list"
    categories = entry["Categories"].rstrip(";").split(";")
    assert len(MAIN_CATEGORIES & set(categories)) == 1  # appears once in the menu


def test_desktop_icon_name_matches_an_installable_icon() -> None:
    entry = _desktop_entry()
    assert "/" not in entry["Icon"] and not entry["Icon"].endswith((".png", ".svg"))
    assert (ROOT / "resources" / f"{entry['Icon']}.svg").is_file()


def test_metainfo_has_the_required_elements() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert re.fullmatch(r"[a-z]+(\.[A-Za-z0-9_-]+){2,}", root.findtext("id") or "")
    assert root.findtext("metadata_license") == "MIT"
    assert root.findtext("project_license") == "MIT"
    assert root.findtext("name") == "recstudio"
    summary = root.findtext("summary") or ""
    assert 0 < len(summary) <= 80 and not summary.endswith(".")
    assert root.find("description/p") is not None
    assert root.findtext("developer/name")
    assert root.find("content_rating").get("type") == "oars-1.1"  # type: ignore[union-attr]
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP.name
    assert root.findtext("provides/binary") == "recstudio"
    releases = [r.get("version") for r in root.findall("releases/release")]
    assert releases[0] == recstudio.__version__, "add a <release> for the current version"


def test_mime_definition_matches_the_desktop_entry() -> None:
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.parse(MIME).getroot()
    mime = root.find("m:mime-type", ns)
    assert mime is not None
    assert f"{mime.get('type')};" == _desktop_entry()["MimeType"]
    assert mime.find("m:glob", ns).get("pattern") == "*.recstudio.json"  # type: ignore[union-attr]


def test_debian_validators_accept_the_files_when_installed() -> None:
    """Runs the real validators where they exist (packaging/build.sh's machine, CI with
    desktop-file-utils and appstream); the parsing tests above hold everywhere."""
    ran = []
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(DESKTOP)], check=True, capture_output=True)
        ran.append("desktop-file-validate")
    if shutil.which("appstreamcli"):
        subprocess.run(
            ["appstreamcli", "validate", "--no-net", str(METAINFO)], check=True, capture_output=True
        )
        ran.append("appstreamcli")
    assert ran == [v for v in ("desktop-file-validate", "appstreamcli") if shutil.which(v)]


# --------------------------------------------------------------------------- PyInstaller


def _spec_constant(name: str) -> object:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return ast.literal_eval(node.value)
    raise KeyError(name)


def _qt_modules_imported_by_recstudio() -> set[str]:
    used: set[str] = set()
    for source in (ROOT / "recstudio").rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6."):
                used.add(node.module.split(".")[1])  # type: ignore[union-attr]
            elif isinstance(node, ast.Import):
                used.update(
                    a.name.split(".")[1] for a in node.names if a.name.startswith("PySide6.")
                )
    return used


def test_spec_excludes_no_qt_module_the_app_imports() -> None:
    unused = set(_spec_constant("QT_UNUSED"))  # type: ignore[arg-type]
    used = _qt_modules_imported_by_recstudio()
    assert {"QtCore", "QtGui", "QtWidgets", "QtSvg"} <= used
    assert used & unused == set()


def test_spec_is_one_dir_and_ships_the_resources() -> None:
    text = SPEC.read_text(encoding="utf-8")
    ast.parse(text)
    assert "COLLECT(" in text and "exclude_binaries=True" in text  # one-dir, not one-file
    assert '(str(ROOT / "resources"), "resources")' in text  # where resources.py looks
    # where recstudio/ui/i18n.py looks for the compiled translations (issue 17)
    assert '"translations" / "*.qm"), "recstudio/ui/translations")' in text
    assert 'collect_submodules("recstudio")' in text  # cli.py imports commands by name


def test_frozen_entry_maps_smoke_to_the_gui_command() -> None:
    spec = importlib.util.spec_from_file_location(
        "recstudio_main", PACKAGING / "pyinstaller" / "recstudio_main.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module._argv(["--smoke"]) == ["gui", "--smoke"]
    assert module._argv(["validate", "x.json"]) == ["validate", "x.json"]
    assert module._argv([]) == []


def test_build_script_is_valid_bash_and_smoke_starts_offscreen() -> None:
    script = PACKAGING / "build.sh"
    subprocess.run(["bash", "-n", str(script)], check=True)
    text = script.read_text(encoding="utf-8")
    assert text.startswith("#!/usr/bin/env bash\n") and "set -euo pipefail" in text
    assert "QT_QPA_PLATFORM=offscreen" in text and '"$app" --smoke' in text
    assert script.stat().st_mode & 0o111, "build.sh is executable"
