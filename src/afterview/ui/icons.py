"""Afterview's icons: a few line drawings from Lucide (ISC licence), bundled in resources/icons/lucide
with their licence, drawn in any colour of the theme at any size. No network, no icon font.

Lucide draws with ``stroke="currentColor"``: the colour is written into the drawing before Qt reads
it, and the size into its width and height, so each icon is drawn sharp at the screen's own pixel
density. The window loads this module only after its first paint (see ui.main_window).
"""

from __future__ import annotations

import functools
import re

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPixmap

from afterview.resources import resource

FOLDER = ("icons", "lucide")
_SIZE = re.compile(rb'(width|height)="24"')


@functools.cache
def _drawing(name: str) -> bytes:
    return resource(*FOLDER, f"{name}.svg").read_bytes()


@functools.cache
def _pixmap(name: str, color: str, pixels: int, ratio: float) -> QPixmap:
    drawn = round(pixels * ratio)
    svg = _SIZE.sub(rb'\1="' + str(drawn).encode() + rb'"', _drawing(name)).replace(b"currentColor", color.encode())
    pixmap = QPixmap()
    if not pixmap.loadFromData(QByteArray(svg), "SVG"):
        raise OSError(f"cannot draw the icon {name!r} (is Qt's SVG image plugin there?)")
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def pixmap(name: str, color: QColor | str, pixels: int = 20) -> QPixmap:
    """The icon ``name`` (a Lucide file name, e.g. "circle-check") in ``color``, ``pixels`` wide."""
    ratio = QGuiApplication.primaryScreen().devicePixelRatio() if QGuiApplication.primaryScreen() else 1.0
    return _pixmap(name, QColor(color).name(), pixels, ratio)


def icon(name: str, color: QColor | str, pixels: int = 20, selected: QColor | str | None = None) -> QIcon:
    """An icon for buttons and lists; ``selected`` draws it in another colour on a selected row."""
    result = QIcon(pixmap(name, color, pixels))
    if selected is not None:
        result.addPixmap(pixmap(name, selected, pixels), QIcon.Mode.Selected)
    return result
