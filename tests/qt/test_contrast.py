"""Text Afterview colours itself stays readable (WCAG AA, 4.5:1) in light and dark themes: the problem
colour on any palette, and every text colour of the theme (ui.theme) on every background it uses."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from afterview.ui.forms import problem_color
from afterview.ui.theme import DARK, LIGHT, Colors, Status, palette, status_color


def luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def contrast(one: QColor, other: QColor) -> float:
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, color in ((QPalette.ColorRole.Window, "#1e1e1e"), (QPalette.ColorRole.Base, "#121212"),
                        (QPalette.ColorRole.WindowText, "#f0f0f0"), (QPalette.ColorRole.Text, "#f0f0f0")):  # fmt: skip
        palette.setColor(role, QColor(color))
    return palette


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_problems_are_readable_on_windows_and_lists(qapp: QApplication, theme: str) -> None:
    palette = QApplication.style().standardPalette() if theme == "light" else dark_palette()
    red = problem_color(palette)
    for background in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        assert contrast(red, palette.color(background)) >= 4.5, (theme, background)


def test_the_ratio_is_computed_as_wcag_does() -> None:
    assert round(contrast(QColor("#000000"), QColor("#ffffff")), 1) == 21.0
    assert round(contrast(QColor("#777777"), QColor("#ffffff")), 2) == 4.48


TEXT_COLOURS = ("text", "muted", "accent", "late", "due", "upcoming", "snoozed", "done")
BACKGROUNDS = ("window", "surface", "base", "alternate", "sidebar")


@pytest.mark.parametrize("colors", [LIGHT, DARK], ids=["light", "dark"])
def test_the_themes_text_colours_are_readable_on_every_background(colors: Colors) -> None:
    too_faint = {
        (text, background, round(contrast(QColor(getattr(colors, text)), QColor(getattr(colors, background))), 2))
        for text in TEXT_COLOURS
        for background in BACKGROUNDS
        if contrast(QColor(getattr(colors, text)), QColor(getattr(colors, background))) < 4.5
    }
    assert too_faint == set()


@pytest.mark.parametrize("colors", [LIGHT, DARK], ids=["light", "dark"])
def test_text_on_filled_shapes_is_readable(colors: Colors) -> None:
    pairs = {
        "primary button": (colors.on_accent, colors.accent),
        "primary button, hovered": (colors.on_accent, colors.accent_hover),
        "chosen place": (colors.selected_text, colors.selected),
        "count of late steps": (colors.on_accent, colors.late),
    }
    assert {name: round(contrast(QColor(fg), QColor(bg)), 2) for name, (fg, bg) in pairs.items()
            if contrast(QColor(fg), QColor(bg)) < 4.5} == {}  # fmt: skip


def test_problems_are_the_themes_late_colour(qapp: QApplication) -> None:
    assert problem_color(palette(LIGHT)).name() == LIGHT.late
    assert problem_color(palette(DARK)).name() == DARK.late
    for status in Status:
        assert status_color(status, palette(DARK)).name() == DARK.status(status)
