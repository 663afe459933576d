"""Render the application icon PNGs from resources/recstudio.svg, and draw a contact sheet
of every toolbar icon so a person can look at the whole set at once.

    python packaging/render_icons.py                      # rewrite resources/app-icon/*.png
    python packaging/render_icons.py --sheet /tmp/icons.png   # also write a contact sheet

The PNGs are committed (menus and window managers want bitmaps, and the frozen app should
not depend on the SVG plugin for its window icon); re-run this after editing the SVG.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter

from recstudio.resources import resource_root
from recstudio.ui.icons import APP_ICON_SIZES, icon_names, render_svg

#: background, icon colour: the two palettes the icons must work in
SHEET_THEMES: tuple[tuple[str, str, str], ...] = (
    ("light", "#f6f6f6", "#202124"),
    ("dark", "#26282b", "#e8eaed"),
)


def write_app_icon_pngs() -> list[Path]:
    out_dir = resource_root() / "app-icon"
    out_dir.mkdir(exist_ok=True)
    written = []
    for size in APP_ICON_SIZES:
        path = out_dir / f"recstudio-{size}.png"
        image = render_svg("app", size).toImage()
        if not image.save(str(path)):
            raise OSError(f"cannot write {path}")
        written.append(path)
    return written


def contact_sheet(path: Path, sizes: tuple[int, ...] = (24, 48)) -> None:
    """One row per icon size and theme; the app icon first, names under the 48 px row."""
    names = ["app", *icon_names()]
    cell = max(sizes) + 24
    label_h = 14
    rows = [(theme, size) for theme in SHEET_THEMES for size in sizes]
    width = cell * len(names)
    height = sum(cell + (label_h if size == max(sizes) else 0) for _t, size in rows)
    sheet = QImage(width, height, QImage.Format.Format_ARGB32)
    sheet.fill(QColor("#808080"))
    painter = QPainter(sheet)
    font = QFont()
    font.setPixelSize(9)
    painter.setFont(font)
    y = 0
    for (_name, bg, fg), size in rows:
        row_h = cell + (label_h if size == max(sizes) else 0)
        painter.fillRect(QRect(0, y, width, row_h), QColor(bg))
        for i, name in enumerate(names):
            pixmap = render_svg(name, size, QColor(fg))
            x = i * cell + (cell - size) // 2
            painter.drawPixmap(x, y + (cell - size) // 2, pixmap)
            if size == max(sizes):
                painter.setPen(QColor(fg))
                painter.drawText(
                    QRect(i * cell, y + cell - 4, cell, label_h),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    name[:12],
                )
        y += row_h
    painter.end()
    if not sheet.save(str(path)):
        raise OSError(f"cannot write {path}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sheet", type=Path, help="also write a contact sheet PNG here")
    parser.add_argument("--no-pngs", action="store_true", help="do not rewrite the app icon PNGs")
    args = parser.parse_args(argv)
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    if not args.no_pngs:
        for path in write_app_icon_pngs():
            print(path)
    if args.sheet:
        contact_sheet(args.sheet)
        print(args.sheet)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
