"""The look is applied once, to the whole application: light or dark as the computer prefers, or as
AFTERVIEW_THEME forces; primary actions are filled with the accent colour by the style sheet."""

from __future__ import annotations

import contextlib
import warnings
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from afterview.ui.theme import (
    DARK,
    LIGHT,
    THEME_VARIABLE,
    Colors,
    Scheme,
    apply_theme,
    forced_scheme,
    palette,
    style_sheet,
    system_scheme,
)


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[QApplication]:
    """The application as it was after the test: its style, palette, sheet and colour scheme."""
    style, palette, sheet = qapp.style().name(), qapp.palette(), qapp.styleSheet()
    yield qapp
    with warnings.catch_warnings(), contextlib.suppress(RuntimeError, TypeError):
        warnings.simplefilter("ignore")
        qapp.styleHints().colorSchemeChanged.disconnect()  # no longer following the computer
    qapp.styleHints().unsetColorScheme()
    qapp.setStyleSheet(sheet)
    if style:
        qapp.setStyle(style)
    qapp.setPalette(palette)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("light", Scheme.LIGHT), ("DARK", Scheme.DARK), (" dark ", Scheme.DARK), ("system", None), ("", None)],
)
def test_the_variable_forces_a_scheme_or_follows_the_computer(
    monkeypatch: pytest.MonkeyPatch, value: str, expected: Scheme | None
) -> None:
    monkeypatch.setenv(THEME_VARIABLE, value)
    assert forced_scheme() is expected


def test_an_unknown_value_follows_the_computer(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv(THEME_VARIABLE, "purple")
    assert forced_scheme() is None
    assert "purple" in caplog.text


@pytest.mark.parametrize(("scheme", "colors"), [(Scheme.DARK, DARK), (Scheme.LIGHT, LIGHT)])
def test_a_forced_scheme_paints_the_whole_application(
    monkeypatch: pytest.MonkeyPatch, themed: QApplication, scheme: Scheme, colors: Colors
) -> None:
    monkeypatch.setenv(THEME_VARIABLE, scheme.value)
    assert apply_theme(themed) is scheme
    assert themed.palette().color(QPalette.ColorRole.Window).name() == colors.window
    assert themed.palette().color(QPalette.ColorRole.Highlight).name() == colors.accent
    assert 'QPushButton[primary="true"]' in themed.styleSheet()


def test_without_a_preference_it_follows_the_computers_scheme(
    monkeypatch: pytest.MonkeyPatch, themed: QApplication
) -> None:
    monkeypatch.delenv(THEME_VARIABLE, raising=False)
    apply_theme(themed)
    themed.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # the computer turns dark
    assert themed.palette().color(QPalette.ColorRole.Window).name() == DARK.window
    themed.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert themed.palette().color(QPalette.ColorRole.Window).name() == LIGHT.window


def test_where_the_platform_does_not_say_its_palette_decides() -> None:
    assert system_scheme(Qt.ColorScheme.Dark, palette(LIGHT)) is Scheme.DARK
    assert system_scheme(Qt.ColorScheme.Light, palette(DARK)) is Scheme.LIGHT
    assert system_scheme(Qt.ColorScheme.Unknown, palette(DARK)) is Scheme.DARK
    assert system_scheme(Qt.ColorScheme.Unknown, palette(LIGHT)) is Scheme.LIGHT


def test_a_primary_button_is_filled_with_the_accent(
    monkeypatch: pytest.MonkeyPatch, themed: QApplication, qtbot: QtBot
) -> None:
    monkeypatch.setenv(THEME_VARIABLE, "light")
    apply_theme(themed)
    primary, plain = QPushButton("Draft"), QPushButton("Skip")
    primary.setProperty("primary", True)
    for push in (primary, plain):
        qtbot.addWidget(push)
        push.resize(120, 40)
    inside = QPoint(10, 20)
    assert primary.grab().toImage().pixelColor(inside).name() == LIGHT.accent
    assert plain.grab().toImage().pixelColor(inside).name() == LIGHT.surface


def test_type_sizes_follow_the_users_font() -> None:
    sheet = style_sheet(LIGHT, 10.0, "pt")
    assert "font-size: 16.0pt" in sheet  # a page's title: 1.6 times the user's size
    assert "font-size: 12.0pt" in sheet  # a card's title
