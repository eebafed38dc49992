"""The in-app guide, "After the interview": the steps Afterview walks you through and why each
matters, in the interface's language (resources/help/after-the-interview.<lang>.html)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from afterview import APP_NAME, i18n
from afterview.i18n import translate
from afterview.resources import resource

FRAME_ALLOWANCE = 60  # pixels a window manager's title bar and borders may add around the dialog


def guide_html(language: str) -> str:
    """The guide's text; English when there is none in ``language``."""
    for code in (language, i18n.DEFAULT_LANGUAGE):
        path = resource("help", f"after-the-interview.{code}.html")
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return ""


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Guide", "After the interview — {app}").format(app=APP_NAME))
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(False)  # offline: the guide links nowhere
        self.text.setAccessibleName(translate("Guide", "Guide"))
        self.text.setAccessibleDescription(translate("Guide", "The steps after an interview, and why each matters"))
        self.text.setHtml(guide_html(i18n.language()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        # 34 lines where the screen has room; on a small screen (600 px) as tall as it allows: the
        # text scrolls inside, the Close button stays on the screen.
        screen = self.screen().availableGeometry() if self.screen() else None
        height = self.fontMetrics().lineSpacing() * 34
        if screen is not None:
            height = min(height, screen.height() - FRAME_ALLOWANCE)
        self.resize(self.fontMetrics().averageCharWidth() * 90, height)
        self.text.setFocus()
