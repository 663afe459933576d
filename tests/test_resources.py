"""The one resource lookup (house rule 6): finds files in a checkout, an installed wheel and a
frozen app, and raises on unknown names instead of returning a path to nothing."""

from __future__ import annotations

import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from recstudio import resources
from recstudio.resources import resource_names, resource_path, resource_root

CHECKOUT_RESOURCES = Path(__file__).resolve().parents[1] / "resources"
SVG_NS = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def fresh_root(monkeypatch: pytest.MonkeyPatch):
    """resource_root() is cached for the app's lifetime; tests that move it clear the cache."""
    resource_root.cache_clear()
    yield monkeypatch
    resource_root.cache_clear()


def _fake_tree(base: Path) -> Path:
    (base / "icons").mkdir(parents=True)
    (base / "icons" / "only.svg").write_text("<svg/>", encoding="utf-8")
    return base


def test_checkout_finds_the_top_level_resources() -> None:
    assert resource_root().resolve() == CHECKOUT_RESOURCES.resolve()
    path = resource_path("icons/new.svg")
    assert path.is_file()
    assert path.resolve() == (CHECKOUT_RESOURCES / "icons" / "new.svg").resolve()


def test_unknown_name_raises_keyerror_naming_file_and_folder_contents() -> None:
    with pytest.raises(KeyError) as info:
        resource_path("icons/no-such-icon.svg")
    message = str(info.value)
    assert "icons/no-such-icon.svg" in message
    assert "new.svg" in message  # lists what the folder does hold


@pytest.mark.parametrize(
    "name", ["", "../pyproject.toml", "icons/../../pyproject.toml", "/etc/passwd"]
)
def test_names_outside_the_resource_tree_are_rejected(name: str) -> None:
    with pytest.raises(KeyError, match="invalid resource name"):
        resource_path(name)


def test_a_folder_is_not_a_resource_file() -> None:
    with pytest.raises(KeyError):
        resource_path("icons")


def test_resource_names_lists_a_folder_and_rejects_unknown_folders() -> None:
    names = resource_names("examples", ".recstudio.json")
    assert names and all(n.startswith("examples/") for n in names)
    assert all(resource_path(n).is_file() for n in names)
    with pytest.raises(KeyError, match="unknown resource folder"):
        resource_names("no-such-folder")


def test_frozen_app_uses_meipass_first(fresh_root: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _fake_tree(tmp_path / "resources")
    fresh_root.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_root() == tmp_path / "resources"
    assert resource_path("icons/only.svg") == tmp_path / "resources" / "icons" / "only.svg"
    with pytest.raises(KeyError):
        resource_path("icons/new.svg")  # the checkout's files are not mixed in


def test_installed_wheel_uses_the_package_data(
    fresh_root: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    package = tmp_path / "site-packages" / "recstudio"
    _fake_tree(package / "_resources")
    fresh_root.setattr(resources, "_PACKAGE_DIR", package)
    assert resource_path("icons/only.svg") == package / "_resources" / "icons" / "only.svg"


def test_checkout_without_symlink_falls_back_to_top_level(
    fresh_root: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # a Windows checkout turns the recstudio/_resources symlink into a small text file
    package = tmp_path / "checkout" / "recstudio"
    package.mkdir(parents=True)
    (package / "_resources").write_text("../resources", encoding="utf-8")
    _fake_tree(tmp_path / "checkout" / "resources")
    fresh_root.setattr(resources, "_PACKAGE_DIR", package)
    assert resource_root() == tmp_path / "checkout" / "resources"


def test_missing_resources_everywhere_is_a_clear_error(
    fresh_root: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    fresh_root.setattr(resources, "_PACKAGE_DIR", tmp_path / "nowhere" / "recstudio")
    with pytest.raises(FileNotFoundError, match="resources are missing"):
        resource_path("icons/new.svg")


def test_lookup_module_is_qt_free() -> None:
    code = (
        "import sys, recstudio.resources as r; r.resource_path('icons/new.svg');"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# --------------------------------------------------------------------------- the files


def test_every_toolbar_svg_is_a_24px_single_colour_drawing() -> None:
    svgs = sorted((CHECKOUT_RESOURCES / "icons").glob("*.svg"))
    assert len(svgs) >= 30
    for svg in svgs:
        root = ET.parse(svg).getroot()
        assert root.tag == f"{SVG_NS}svg", svg.name
        assert root.get("viewBox") == "0 0 24 24", svg.name
        text = svg.read_text(encoding="utf-8")
        # drawn in the palette colour at paint time (light and dark themes)
        assert "currentColor" in text, svg.name
        assert "<script" not in text and "xlink:href" not in text, svg.name


def test_app_icon_svg_and_every_png_size_exist_with_the_right_pixels() -> None:
    ET.parse(resource_path("recstudio.svg"))
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = resource_path(f"app-icon/recstudio-{size}.png").read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = struct.unpack(">II", png[16:24])  # IHDR
        assert (width, height) == (size, size)


def test_resources_carry_their_licence_note() -> None:
    text = resource_path("LICENSE").read_text(encoding="utf-8")
    assert "MIT License" in text and "icons" in text
