"""The app's icon, in every size drawn for it: a module of its own so the window's start needs only this."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from afterview.resources import resource

ICON_SIZES = (16, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    """PNGs, so no SVG support is needed (nor bundled)."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resource("icons", f"afterview-{size}.png")))
    return icon
