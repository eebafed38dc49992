"""The desktop's services Afterview hands things to: the clipboard, and opening an address (the
mail client for mailto:, the browser for a LinkedIn profile). Behind a small protocol so tests
use a fake; Afterview itself opens no network connection."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication


class Desktop(Protocol):
    def open_url(self, url: str) -> bool: ...
    def copy_text(self, text: str) -> None: ...


class QtDesktop:
    def open_url(self, url: str) -> bool:
        return QDesktopServices.openUrl(QUrl(url, QUrl.ParsingMode.StrictMode))

    def copy_text(self, text: str) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(text)
