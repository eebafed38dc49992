"""The desktop's services Afterview hands things to: the clipboard, opening an address (the mail
client for mailto:, the browser for a LinkedIn profile), the file chooser, and the questions put to
the user before work could be lost. Behind a small protocol so tests use a fake; Afterview itself
opens no network connection."""

from __future__ import annotations

from enum import Enum
from typing import Protocol

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QMessageBox, QWidget

from afterview import APP_NAME
from afterview.i18n import translate


class UnsavedChoice(Enum):
    """The answers to "save your changes?" before a window closes."""

    SAVE = "save"
    DISCARD = "discard"
    KEEP_EDITING = "keep editing"


class Desktop(Protocol):
    def open_url(self, url: str) -> bool: ...
    def copy_text(self, text: str) -> None: ...

    # The file chooser: the path chosen, or "" when the user cancels.
    def choose_file_to_open(self, parent: QWidget, caption: str, filters: str) -> str: ...
    def choose_file_to_save(self, parent: QWidget, caption: str, suggested: str, filters: str) -> str: ...

    # Questions before work could be lost; the safe answer is the default and what Escape gives.
    def ask_unsaved_changes(self, parent: QWidget, title: str) -> UnsavedChoice: ...
    def confirm_replace(self, parent: QWidget, title: str, question: str, replace: str) -> bool: ...
    def confirm_delete(self, parent: QWidget, question: str) -> bool: ...


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

    def ask_unsaved_changes(self, parent: QWidget, title: str) -> UnsavedChoice:
        box, answers = unsaved_changes_box(parent, title)
        box.exec()
        return answers.get(box.clickedButton(), UnsavedChoice.KEEP_EDITING)

    def confirm_replace(self, parent: QWidget, title: str, question: str, replace: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=parent)
        chosen = box.addButton(replace, QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(translate("Unsaved", "&Keep my text"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is chosen

    def confirm_delete(self, parent: QWidget, question: str) -> bool:
        return _confirm_delete(parent, question)


def _confirm_delete(parent: QWidget, question: str) -> bool:
    """A deletion asked about, with Cancel the default and what Escape gives."""
    box = QMessageBox(QMessageBox.Icon.Question, APP_NAME, question, parent=parent)
    delete = box.addButton(translate("Desktop", "&Delete"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is delete


def unsaved_changes_box(parent: QWidget, title: str) -> tuple[QMessageBox, dict[QAbstractButton, UnsavedChoice]]:
    """The "save your changes?" box, not yet shown. Enter and Escape both keep the user editing:
    a slip of the finger must never be the one answer that throws their work away."""
    box = QMessageBox(
        QMessageBox.Icon.Question, title, translate("Unsaved", "Save your changes before closing?"), parent=parent
    )
    box.setInformativeText(translate("Unsaved", "If you discard them, they are lost."))
    save = box.addButton(translate("Unsaved", "&Save"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(translate("Unsaved", "&Discard"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(translate("Unsaved", "&Keep editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    return box, {save: UnsavedChoice.SAVE, discard: UnsavedChoice.DISCARD, keep: UnsavedChoice.KEEP_EDITING}
