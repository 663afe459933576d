"""The app's icons: the ONLY module that spells icon file names (house rule 6).

The toolbar icons are single-colour line drawings that use ``currentColor``; they are drawn
in the palette's text colour at paint time, so the same files look right in light and dark
themes and follow a palette change without reloading. Accent colours written literally in a
file (the red record dot) stay as drawn.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRect, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap

from recstudio.resources import resource_path

if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer

#: icon name → file below ``resources/``. Names say the action, not the picture.
ICON_FILES: dict[str, str] = {
    name: f"icons/{name}.svg"
    for name in (
        # files and history
        "new",
        "open",
        "save",
        "undo",
        "redo",
        "import",
        "export",
        # recordings and connection
        "start",
        "stop",
        "query",
        "profile",
        "sandbox",
        # canvas regions
        "add",
        "copy",
        "paste",
        "duplicate",
        "delete",
        "lock",
        "unlock",
        "hide",
        "show",
        "align-left",
        "align-hcentre",
        "align-right",
        "align-top",
        "align-vcentre",
        "align-bottom",
        "distribute-horizontal",
        "distribute-vertical",
        "order-forward",
        "order-backward",
        "order-front",
        "order-back",
        "zoom-fit",
        "grid",
        "snap",
        "preset",
        "convert",
    )
}

APP_ICON_SVG = "recstudio.svg"
#: PNG renderings for window managers and menus that want bitmaps (also used by packaging).
APP_ICON_SIZES: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon_png(size: int) -> str:
    """Resource name of the application icon rendered at ``size`` px."""
    if size not in APP_ICON_SIZES:
        raise KeyError(f"no {size} px application icon; sizes: {APP_ICON_SIZES}")
    return f"app-icon/recstudio-{size}.png"


def icon_names() -> list[str]:
    return sorted(ICON_FILES)


@cache
def _svg_text(name: str) -> str:
    try:
        file = ICON_FILES[name]
    except KeyError:
        raise KeyError(f"unknown icon {name!r}; known icons: {', '.join(icon_names())}") from None
    return resource_path(file).read_text(encoding="utf-8")


def _palette_colour(mode: QIcon.Mode) -> QColor:
    palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)


class TintedSvgIconEngine(QIconEngine):
    """Renders one ``currentColor`` SVG in the palette colour of the requested mode."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self._name = name
        self._svg = _svg_text(name)  # raises KeyError for unknown names, at creation time
        self._cache: dict[tuple[int, int, int, str], QPixmap] = {}

    def clone(self) -> QIconEngine:
        return TintedSvgIconEngine(self._name)

    def key(self) -> str:
        return "recstudio-tinted-svg"

    def _renderer(self, colour: QColor) -> QSvgRenderer:
        # QtSvg loads on the first paint, not at launch (≈20 ms of the launch budget)
        from PySide6.QtSvg import QSvgRenderer

        data = self._svg.replace("currentColor", colour.name(QColor.NameFormat.HexRgb))
        return QSvgRenderer(QByteArray(data.encode("utf-8")))

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        self._renderer(_palette_colour(mode)).render(painter, rect.toRectF())

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        colour = _palette_colour(mode)
        key = (size.width(), size.height(), int(mode.value), colour.name(QColor.NameFormat.HexRgb))
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self._renderer(colour).render(painter)
        painter.end()
        self._cache[key] = pixmap
        return pixmap

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        pixmap = self.pixmap(size * scale, mode, state)
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size

    def iconName(self) -> str:
        return self._name

    def availableSizes(
        self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off
    ) -> list[QSize]:
        return [QSize(s, s) for s in (16, 24, 32, 48)]


def icon(name: str) -> QIcon:
    """The toolbar/menu icon ``name`` (see :data:`ICON_FILES`); ``KeyError`` if unknown."""
    return QIcon(TintedSvgIconEngine(name))


def app_icon() -> QIcon:
    """The application icon from its PNG renderings (16–512 px): bitmaps, because the window
    manager asks for exact sizes and the small ones are checked by eye, not just scaled."""
    result = QIcon()
    for size in APP_ICON_SIZES:
        result.addFile(str(resource_path(app_icon_png(size))), QSize(size, size))
    return result


def render_svg(name: str, size: int, colour: QColor | None = None) -> QPixmap:
    """One icon (or the app icon when ``name`` is ``"app"``) as a pixmap — for contact
    sheets and the PNG export in packaging, with an explicit colour instead of the palette."""
    if name == "app":
        from PySide6.QtSvg import QSvgRenderer

        renderer = QSvgRenderer(str(resource_path(APP_ICON_SVG)))
    else:
        text = _svg_text(name)
        if colour is not None:
            text = text.replace("currentColor", colour.name(QColor.NameFormat.HexRgb))
        from PySide6.QtSvg import QSvgRenderer

        renderer = QSvgRenderer(QByteArray(text.encode("utf-8")))
    pixmap = QPixmap(QSize(size, size))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return pixmap


__all__ = [
    "APP_ICON_SIZES",
    "APP_ICON_SVG",
    "ICON_FILES",
    "TintedSvgIconEngine",
    "app_icon",
    "app_icon_png",
    "icon",
    "icon_names",
    "render_svg",
]
