"""Afterview's look, in one place: two palettes (light and dark), a spacing scale and a type scale,
applied once at start to the whole application through a QPalette and a Qt style sheet.

Widgets never pick colours or sizes of their own: they say what they are with a dynamic property
and the sheet styles them.

- ``primary="true"`` on a button: the page's main action (filled with the accent colour).
- ``card="true"`` on a QFrame: a raised surface; with ``status`` (late, due, upcoming, snoozed,
  done) it gets that status's colour on its left edge.
- ``role`` on a QLabel: ``display`` (a page's title), ``title`` (a card's or a section's),
  ``muted`` (secondary text), ``caption`` (small print); ``status`` colours its text.

The scheme follows the computer's light or dark preference (``QStyleHints.colorScheme``, Qt 6.5+)
and follows it when it changes; ``AFTERVIEW_THEME=light`` or ``dark`` forces one (screenshots,
tests, or a preference of one's own), ``system`` (or nothing) follows the computer.

Every colour used for text passes WCAG AA (4.5:1) on the backgrounds it appears on, in both
palettes: ``tests/qt/test_contrast.py`` holds them to it.
"""

from __future__ import annotations

import logging
import os
from enum import StrEnum
from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

THEME_VARIABLE = "AFTERVIEW_THEME"
STYLE = "Fusion"  # draws every control from the palette, the same on every platform


class Scheme(StrEnum):
    LIGHT = "light"
    DARK = "dark"


class Status(StrEnum):
    """How a follow-up stands, as the eye should read it (colour and icon)."""

    LATE = "late"
    DUE = "due"
    UPCOMING = "upcoming"
    SNOOZED = "snoozed"
    DONE = "done"


class Colors(NamedTuple):
    """One palette. Text colours (text, muted, accent, the statuses) keep 4.5:1 on window, surface
    and sidebar; on_accent keeps it on accent."""

    window: str  # the page behind everything
    surface: str  # cards, buttons, group boxes
    base: str  # fields, lists and tables
    alternate: str  # every other row of a table
    sidebar: str  # the list of places
    border: str
    border_strong: str  # the edge of a control one can press
    hover: str
    selected: str  # a chosen place, a selected row in the sidebar
    selected_text: str
    text: str
    muted: str
    disabled: str
    accent: str  # primary actions, links, focus, selection
    accent_hover: str
    on_accent: str
    late: str  # also every "problem" message (see afterview.ui.forms.problem_color)
    due: str
    upcoming: str
    snoozed: str
    done: str

    def status(self, status: Status) -> str:
        return str(getattr(self, status.value))


LIGHT = Colors(
    window="#f5f6f8",
    surface="#ffffff",
    base="#ffffff",
    alternate="#f3f5f8",
    sidebar="#eceff3",
    border="#d8dde4",
    border_strong="#b8c0cb",
    hover="#e4e8ee",
    selected="#dce6fb",
    selected_text="#17439e",
    text="#1d2127",
    muted="#545d69",
    disabled="#8b939e",
    accent="#1f54c4",
    accent_hover="#17439e",
    on_accent="#ffffff",
    late="#b3261e",
    due="#8a4b00",
    upcoming="#1f54c4",
    snoozed="#6741b8",
    done="#1b7a3a",
)
DARK = Colors(
    window="#1b1e23",
    surface="#252a31",
    base="#22262d",
    alternate="#1e2228",
    sidebar="#15181c",
    border="#343a43",
    border_strong="#4a525e",
    hover="#2e343c",
    selected="#243a66",
    selected_text="#bcd3ff",
    text="#e7e9ec",
    muted="#a3acb8",
    disabled="#6b737e",
    accent="#8ab4ff",
    accent_hover="#a9c8ff",
    on_accent="#0d1b33",
    late="#ff8a80",
    due="#f7b955",
    upcoming="#8ab4ff",
    snoozed="#c7a6ff",
    done="#6fd48e",
)
SCHEMES = {Scheme.LIGHT: LIGHT, Scheme.DARK: DARK}


class Space:
    """The spacing scale, in device-independent pixels: every margin and gap is one of these."""

    XS = 4
    S = 8
    M = 12
    L = 16
    XL = 24
    XXL = 32


class TypeScale:
    """Text sizes as multiples of the user's own font size (so the system's setting still rules)."""

    CAPTION = 0.9
    BODY = 1.0
    TITLE = 1.2
    DISPLAY = 1.6


RADIUS = 6  # buttons and fields; cards use twice this


def colors_for(palette: QPalette) -> Colors:
    """The palette of this theme that ``palette`` shows (dark when its window is dark)."""
    return DARK if palette.color(QPalette.ColorRole.Window).lightness() < 128 else LIGHT


def status_color(status: Status, palette: QPalette) -> QColor:
    return QColor(colors_for(palette).status(status))


# --- choosing the scheme ---------------------------------------------------------------------------


def forced_scheme() -> Scheme | None:
    """The scheme AFTERVIEW_THEME asks for, or None to follow the computer."""
    wanted = os.environ.get(THEME_VARIABLE, "").strip().lower()
    if wanted in ("", "system", "auto"):
        return None
    if wanted in tuple(Scheme):
        return Scheme(wanted)
    log.warning("%s=%s is not light, dark or system; following the computer", THEME_VARIABLE, wanted)
    return None


def system_scheme(preference: Qt.ColorScheme, fallback: QPalette) -> Scheme:
    """The computer's preference; where the platform does not say, what its own palette looks like."""
    if preference is Qt.ColorScheme.Dark:
        return Scheme.DARK
    if preference is Qt.ColorScheme.Light:
        return Scheme.LIGHT
    return Scheme.DARK if colors_for(fallback) is DARK else Scheme.LIGHT


# --- applying it ---------------------------------------------------------------------------------------


def palette(colors: Colors) -> QPalette:
    """A QPalette from ``colors``: what Fusion draws every control with."""
    role = QPalette.ColorRole
    result = QPalette()
    for each, value in (
        (role.Window, colors.window), (role.WindowText, colors.text), (role.Base, colors.base),
        (role.AlternateBase, colors.alternate), (role.Text, colors.text), (role.Button, colors.surface),
        (role.ButtonText, colors.text), (role.BrightText, colors.on_accent), (role.Highlight, colors.accent),
        (role.HighlightedText, colors.on_accent), (role.Link, colors.accent), (role.LinkVisited, colors.snoozed),
        (role.ToolTipBase, colors.surface), (role.ToolTipText, colors.text), (role.PlaceholderText, colors.muted),
        (role.Light, colors.surface), (role.Midlight, colors.hover), (role.Mid, colors.border_strong),
        (role.Dark, colors.border_strong), (role.Shadow, colors.border_strong), (role.Accent, colors.accent),
    ):  # fmt: skip
        result.setColor(each, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for each in (role.WindowText, role.Text, role.ButtonText, role.PlaceholderText):
        result.setColor(disabled, each, QColor(colors.disabled))
    result.setColor(disabled, role.Highlight, QColor(colors.border_strong))
    return result


def _size(base: float, unit: str, scale: float) -> str:
    return f"{round(base * scale, 1)}{unit}"


def style_sheet(colors: Colors, base_size: float, unit: str = "pt") -> str:
    """The application's style sheet for ``colors``, with text sized from ``base_size`` (in ``unit``)."""
    c = colors
    statuses = "\n".join(
        f'QFrame[card="true"][status="{status}"] {{ border-left: {Space.XS}px solid {c.status(status)}; }}\n'
        f'QLabel[status="{status}"] {{ color: {c.status(status)}; }}'
        for status in Status
    )
    return f"""
QRadioButton::indicator {{
    width: 14px; height: 14px; border-radius: 8px; border: 1px solid {c.border_strong}; background: {c.base};
}}
QRadioButton::indicator:hover {{ border-color: {c.accent}; }}
QRadioButton::indicator:checked {{
    border-color: {c.accent};
    background: qradialgradient(cx:0.5, cy:0.5, radius:0.5, fx:0.5, fy:0.5,
        stop:0 {c.accent}, stop:0.45 {c.accent}, stop:0.55 {c.base}, stop:1 {c.base});
}}
QListWidget#places {{
    background: {c.sidebar}; border: 0px;
    padding: {Space.S}px; outline: 0; font-size: {_size(base_size, unit, TypeScale.BODY)};
}}
QListWidget#places::item {{
    color: {c.text}; padding: {Space.S}px {Space.S}px; margin: 1px 0; border-radius: {RADIUS}px;
}}
QListWidget#places::item:hover:!selected {{ background: {c.hover}; }}
QListWidget#places::item:selected {{ background: {c.selected}; color: {c.selected_text}; }}
QListWidget#places::item:focus {{ border: 2px solid {c.accent}; padding: {Space.S - 2}px; }}


QPushButton, QToolButton {{
    background: {c.surface}; color: {c.text}; border: 1px solid {c.border_strong};
    border-radius: {RADIUS}px; padding: {Space.XS + 1}px {Space.M}px;
}}
QToolButton[popupMode="2"] {{ padding-right: {Space.XL}px; }}
QToolButton::menu-indicator {{ subcontrol-position: right center; right: {Space.S}px; }}
QPushButton:hover, QToolButton:hover {{ background: {c.hover}; }}
QPushButton:pressed, QToolButton:pressed {{ background: {c.border}; }}
QPushButton:focus, QToolButton:focus {{ border: 2px solid {c.accent}; padding: {Space.XS}px {Space.M - 1}px; }}
QToolButton[popupMode="2"]:focus {{ padding-right: {Space.XL - 1}px; }}
QPushButton:disabled, QToolButton:disabled {{ color: {c.disabled}; background: {c.window}; border-color: {c.border}; }}
QPushButton:checked, QToolButton:checked {{ background: {c.selected}; color: {c.selected_text}; }}
QPushButton[primary="true"] {{
    background: {c.accent}; color: {c.on_accent}; border: 1px solid {c.accent}; font-weight: 600;
}}
QPushButton[primary="true"]:hover {{ background: {c.accent_hover}; border-color: {c.accent_hover}; }}
QPushButton[primary="true"]:focus {{ border: 2px solid {c.text}; }}
QPushButton[primary="true"]:disabled {{ background: {c.border}; color: {c.disabled}; border-color: {c.border}; }}

QFrame[card="true"] {{ background: {c.surface}; border: 1px solid {c.border}; border-radius: {2 * RADIUS}px; }}
{statuses}

QLabel[role="display"] {{ font-size: {_size(base_size, unit, TypeScale.DISPLAY)}; font-weight: 600; }}
QLabel[role="title"] {{ font-size: {_size(base_size, unit, TypeScale.TITLE)}; font-weight: 600; }}
QLabel[role="muted"] {{ color: {c.muted}; }}
QLabel[role="caption"] {{ color: {c.muted}; font-size: {_size(base_size, unit, TypeScale.CAPTION)}; }}

QGroupBox {{
    background: {c.surface}; border: 1px solid {c.border}; border-radius: {2 * RADIUS}px;
    margin-top: 1.6em; padding: {Space.S}px; padding-top: {Space.M}px;
}}
QGroupBox::title {{
    subcontrol-origin: margin; subcontrol-position: top left; left: {Space.S}px; padding: 0 {Space.XS}px;
    color: {c.text}; font-weight: 600;
}}
QHeaderView::section {{
    background: {c.window}; color: {c.text}; border: none; border-bottom: 1px solid {c.border};
    border-right: 1px solid {c.border}; padding: {Space.XS}px;
}}
QTableView, QTableWidget, QTreeView, QListView {{ gridline-color: {c.border}; }}
QToolTip {{ background: {c.surface}; color: {c.text}; border: 1px solid {c.border_strong}; padding: {Space.XS}px; }}
QStatusBar {{ background: {c.window}; color: {c.text}; }}
"""


def apply_theme(app: QApplication) -> Scheme:
    """Style ``app`` as the computer (or AFTERVIEW_THEME) prefers, and follow the computer's changes."""
    platform_palette = app.palette()
    forced = forced_scheme()
    scheme = forced or system_scheme(app.styleHints().colorScheme(), platform_palette)
    app.setStyle(STYLE)
    _paint(app, scheme)
    if forced is not None:
        # Where the platform draws something itself (title bars, file dialogs), it matches too.
        app.styleHints().setColorScheme(Qt.ColorScheme.Dark if forced is Scheme.DARK else Qt.ColorScheme.Light)
    else:
        app.styleHints().colorSchemeChanged.connect(
            lambda preference: _paint(app, system_scheme(preference, platform_palette))
        )
    log.info("Theme: %s%s", scheme.value, f" ({THEME_VARIABLE})" if forced else "")
    return scheme


def _paint(app: QApplication, scheme: Scheme) -> None:
    colors = SCHEMES[scheme]
    font = app.font()
    size, unit = (font.pointSizeF(), "pt") if font.pointSizeF() > 0 else (float(font.pixelSize()), "px")
    app.setPalette(palette(colors))
    app.setStyleSheet(style_sheet(colors, size, unit))


def color_names() -> tuple[str, ...]:
    """The names of every colour of a palette (for the contrast test)."""
    return Colors._fields
