"""An empty page that helps: a picture, what the page will show, how to get there, and the button
that gets there (Today, Question bank, Insights each have one)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from afterview.ui.theme import Space

PICTURE_PIXELS = 48


def text_label(text: str = "", role: str = "", *, wrap: bool = True) -> QLabel:
    """A plain-text label styled by the theme's ``role`` (display, title, muted, caption)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if role:
        label.setProperty("role", role)
    return label


def primary_button(text: str, accessible_name: str, slot: Callable[[], object]) -> QPushButton:
    """The main action of a page or card: filled with the accent colour by the theme."""
    push = QPushButton(text)
    push.setAccessibleName(accessible_name)
    push.setProperty("primary", True)
    push.clicked.connect(slot)
    return push


class EmptyState(QFrame):
    """A card: picture, title, explanation, and (optionally) one primary button.

    The picture is drawn the first time the card is shown (after the window's first paint: a page
    says it is empty only once the data has been read), so the icons do not slow the start."""

    def __init__(self, picture: str, title: str, body: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("card", True)
        self.setAccessibleName(title)
        self.picture_name = picture
        self._drawn_in = ""
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setFixedHeight(PICTURE_PIXELS)
        self.title = text_label(title, "title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = text_label(body, "muted")
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = text_label("", "muted")  # how to get there, when it depends on what the user has
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.hide()
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(Space.S)
        self.buttons.addStretch(1)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(Space.XXL, Space.XL, Space.XXL, Space.XL)
        layout.setSpacing(Space.M)
        layout.addWidget(self.picture)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addWidget(self.hint)
        layout.addLayout(self.buttons)

    def set_hint(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    def add_button(self, button: QPushButton) -> QPushButton:
        self.buttons.insertWidget(self.buttons.count() - 1, button)
        return button

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        self._draw_picture()
        super().showEvent(event)

    def _draw_picture(self) -> None:
        from afterview.ui.icons import pixmap

        color = self.palette().color(QPalette.ColorRole.Link).name()
        if color != self._drawn_in:  # again after a change between light and dark
            self._drawn_in = color
            self.picture.setPixmap(pixmap(self.picture_name, color, PICTURE_PIXELS))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.isVisible():
            self._draw_picture()
