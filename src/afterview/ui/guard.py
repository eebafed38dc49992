"""Never drop the user's work: the one way every window closes while it holds unsaved changes.

A window without changes closes at once. With changes, the user is asked through the desktop
(Save / Discard / Keep editing, where Keep editing is the default and what Escape gives); a save
the domain refuses keeps the window open with its reasons shown. A window whose changes are drafts
(the letter editor) may save them silently instead, and asks only when that save fails.
:func:`form_state` reads a form's fields, so a dialog can tell whether anything changed since it
opened without knowing how each kind of field holds its value.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import Enum

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QWidget,
)
from shiboken6 import Shiboken

from afterview.ui.desktop import Desktop, UnsavedChoice
from afterview.ui.forms import finish_editing


class Settled(Enum):
    """What became of a window's changes when it was asked to close."""

    NOTHING_CHANGED = "nothing changed"
    SAVED = "saved"
    DISCARDED = "discarded"
    STAYING = "staying"  # the user keeps editing, or the save was refused: the window stays open


def settle_changes(
    parent: QWidget,
    desktop: Desktop,
    title: str,
    changed: bool,
    store: Callable[[], bool],
    *,
    save_silently: bool = False,
) -> Settled:
    """Decide, asking the user if need be, whether a window may close. ``store`` saves the changes
    and says whether they were kept (when not, it has already shown why)."""
    if not changed:
        return Settled.NOTHING_CHANGED
    if save_silently and store():
        return Settled.SAVED
    answer = desktop.ask_unsaved_changes(parent, title)
    if answer is UnsavedChoice.SAVE:
        return Settled.SAVED if store() else Settled.STAYING
    return Settled.DISCARDED if answer is UnsavedChoice.DISCARD else Settled.STAYING


def form_state(fields: Iterable[QWidget]) -> list[object]:
    """What the fields hold, to compare with what they held when the form opened."""
    return [_value(field) for field in fields]


def _value(field: QWidget) -> object:
    if isinstance(field, QTableWidget):
        return [
            [_value(widget) if (widget := field.cellWidget(row, column)) else _cell_text(field, row, column)
             for column in range(field.columnCount())]
            for row in range(field.rowCount())
        ]  # fmt: skip
    if isinstance(field, QLineEdit | QAbstractSpinBox):  # spin boxes, dates and times: the text shown
        return field.text()
    if isinstance(field, QPlainTextEdit):
        return field.toPlainText()
    if isinstance(field, QComboBox):
        return (field.currentIndex(), field.currentText())
    if isinstance(field, QAbstractButton):
        return field.isChecked()
    raise TypeError(f"no value known for a {type(field).__name__}")


def _cell_text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


class GuardedDialog(QDialog):
    """A dialog that never drops its changes unasked. Escape, the Cancel or Close button and the
    window's × all end in :meth:`reject`, which settles the changes first.

    A subclass sets :attr:`desktop`, lists its fields in :meth:`watched_fields` (or overrides
    :meth:`has_changes`), calls :meth:`remember_fields` once it is filled in, and stores in :meth:`store`.
    """

    desktop: Desktop
    save_silently = False
    _opened_with: list[object]

    def watched_fields(self) -> list[QWidget]:
        return []

    def remember_fields(self) -> None:
        self._opened_with = form_state(self.watched_fields())

    def has_changes(self) -> bool:
        return form_state(self.watched_fields()) != self._opened_with

    def store(self) -> bool:
        """Save the changes; False (with the reasons shown) when they cannot be saved."""
        raise NotImplementedError

    def save(self) -> None:
        finish_editing()
        if self.store():
            self.accept()

    def reject(self) -> None:
        self._settle_and_finish()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        # QDialog's own settles only a visible dialog; one closed while hidden must not drop changes either.
        if self._settle_and_finish() is Settled.STAYING:
            event.ignore()
        else:
            event.accept()

    def _settle_and_finish(self) -> Settled:
        focused = QApplication.focusWidget()
        finish_editing()  # the words in a cell still being typed are changes too
        settled = settle_changes(
            self, self.desktop, self.windowTitle(), self.has_changes(), self.store, save_silently=self.save_silently
        )
        if settled is Settled.SAVED:
            self.accept()
        elif settled is not Settled.STAYING:
            super().reject()
        elif focused is not None and Shiboken.isValid(focused) and focused.isVisible():
            focused.setFocus()  # back where the user was typing (a closed cell editor is gone)
        return settled
