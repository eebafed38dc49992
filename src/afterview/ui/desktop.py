"""The desktop's services Afterview hands things to: the clipboard, opening an address (the mail
client for mailto:, the browser for a LinkedIn profile) and the file chooser. Behind a small
protocol so tests use a fake; Afterview itself opens no network connection."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget


class Desktop(Protocol):
    def open_url(self, url: str) -> bool: ...
    def copy_text(self, text: str) -> None: ...

    # The file chooser: the path chosen, or "" when the user cancels.
    def choose_file_to_open(self, parent: QWidget, caption: str, filters: str) -> str: ...
    def choose_file_to_save(self, parent: QWidget, caption: str, suggested: str, filters: str) -> str: ...


class QtDesktop:
    def open_url(self, url: str) -> bool:
        return QDesktopServices.openUrl(QUrl(url, QUrl.ParsingMode.StrictMode))

    def copy_text(self, text: str) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(text)

    def choose_file_to_open(self, parent: QWidget, caption: str, filters: str) -> str:
        return QFileDialog.getOpenFileName(parent, caption, "", filters)[0]

    def choose_file_to_save(self, parent: QWidget, caption: str, suggested: str, filters: str) -> str:
        return QFileDialog.getSaveFileName(parent, caption, suggested, filters)[0]
