"""The desktop's services Afterview hands things to: the clipboard, opening an address (the mail
client for mailto:, the browser for a LinkedIn profile), the file chooser, and the questions put to
the user before work could be lost. Behind a small protocol so tests use a fake; Afterview itself
opens no network connection.

Whether an address opened is known only where the desktop says so. On Linux, Qt reports success
even when nothing opened (it only starts xdg-open), so Afterview runs xdg-open itself and reads its
exit: 0 opened, anything else failed (3: no program for it, 4: it could not). An opener that is
still running after a moment (some stay with the program they started) is :attr:`Opening.UNSURE`,
as is Qt's answer where there is no xdg-open. Windows and macOS report a failure themselves.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
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


class Opening(Enum):
    """What became of an address handed to the desktop."""

    OPENED = "opened"  # a program took it
    FAILED = "failed"  # nothing could open it
    UNSURE = "unsure"  # handed over, but the desktop does not say whether anything opened


OPENER_WAIT = 3.0  # seconds to wait for xdg-open's exit (it usually hands over at once)
_still_running: list[subprocess.Popen[bytes]] = []  # openers left running, reaped once they end


class Desktop(Protocol):
    def open_url(self, url: str) -> Opening: ...
    def copy_text(self, text: str) -> None: ...

    # The file chooser: the path chosen, or "" when the user cancels.
    def choose_file_to_open(self, parent: QWidget, caption: str, filters: str) -> str: ...
    def choose_file_to_save(self, parent: QWidget, caption: str, suggested: str, filters: str) -> str: ...

    # Questions before work could be lost; the safe answer is the default and what Escape gives.
    def ask_unsaved_changes(self, parent: QWidget, title: str) -> UnsavedChoice: ...
    def confirm_replace(self, parent: QWidget, title: str, question: str, replace: str) -> bool: ...
    def confirm_delete(self, parent: QWidget, question: str) -> bool: ...

    # Why something the user asked for could not be done (a file that cannot be read …).
    def show_problem(self, parent: QWidget, message: str) -> None: ...


class QtDesktop:
    def open_url(self, url: str) -> Opening:
        opener = shutil.which("xdg-open") if sys.platform.startswith("linux") else None
        if opener is not None:
            return _run_opener(opener, url)
        opened = QDesktopServices.openUrl(QUrl(url, QUrl.ParsingMode.StrictMode))
        if not opened:
            return Opening.FAILED
        return Opening.UNSURE if sys.platform.startswith("linux") else Opening.OPENED

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

    def show_problem(self, parent: QWidget, message: str) -> None:
        QMessageBox.warning(parent, APP_NAME, message)


def _run_opener(opener: str, url: str) -> Opening:
    """Open ``url`` with xdg-open and read its exit (see the module)."""
    _still_running[:] = [process for process in _still_running if process.poll() is None]
    try:
        process = subprocess.Popen(
            [opener, url],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=_opener_environment(),
            start_new_session=True,  # the program it starts outlives Afterview
        )
    except OSError:
        return Opening.FAILED
    try:
        code = process.wait(timeout=OPENER_WAIT)
    except subprocess.TimeoutExpired:
        _still_running.append(process)  # it may be the program itself, in the foreground: left to run
        return Opening.UNSURE
    return Opening.OPENED if code == 0 else Opening.FAILED


def _opener_environment() -> dict[str, str]:
    """The environment for the desktop's programs: a bundled Afterview's library path (PyInstaller
    sets LD_LIBRARY_PATH to the bundle, keeping the computer's in LD_LIBRARY_PATH_ORIG) would make
    them load the bundle's libraries instead of their own."""
    env = dict(os.environ)
    original = env.pop("LD_LIBRARY_PATH_ORIG", None)
    if original is not None:
        env["LD_LIBRARY_PATH"] = original
    elif getattr(sys, "frozen", False):
        env.pop("LD_LIBRARY_PATH", None)
    return env


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
