"""Small pieces every form uses: inline error messages next to fields, and conversions to Qt types."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, tzinfo

from PySide6.QtCore import QDate, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyledItemDelegate,
    QTableWidget,
    QWidget,
)

from afterview.domain.model import FieldError
from afterview.i18n import translate
from afterview.ui.theme import DARK, LIGHT


def editable_table(columns: tuple[str, ...], name: str, description: str) -> QTableWidget:
    """A small table the user types rows into (interviewers, questions): whole rows selected, Tab
    leaving the table rather than walking its cells, named for screen readers."""
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.verticalHeader().hide()
    table.setWordWrap(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setTabKeyNavigation(False)
    table.setItemDelegate(_TabLeavesAtTheEnds(table))
    table.setAccessibleName(name)
    table.setAccessibleDescription(description)
    return table


def finish_typing(table: QTableWidget) -> None:
    """Keep what is being typed in a cell still open: Ctrl+S saves without leaving the cell, and the
    table holds the text only once the cell is left (leaving it, as Qt's own views do, commits it)."""
    if table.state() == QAbstractItemView.State.EditingState:
        current = table.currentIndex()
        table.setCurrentIndex(QModelIndex())
        table.setCurrentIndex(current)


class _TabLeavesAtTheEnds(QStyledItemDelegate):
    """While a cell is being typed in, Tab goes on to the next cell of the row, as in a spreadsheet,
    but from the row's last cell (Shift+Tab: its first) it leaves the table: no keyboard trap."""

    def __init__(self, table: QTableWidget) -> None:
        super().__init__(table)
        self.table = table

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and isinstance(editor, QWidget):
            forward = event.key() == Qt.Key.Key_Tab
            column = self.table.currentColumn()
            at_end = column == self.table.columnCount() - 1 if forward else column == 0
            if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and at_end:
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
                self.table.setFocus(Qt.FocusReason.TabFocusReason)
                self.table.focusNextPrevChild(forward)  # on to the control after (or before) the table
                return True
        return super().eventFilter(editor, event)


def button(label: str, accessible_name: str, slot: Callable[[], object]) -> QPushButton:
    push = QPushButton(label)
    push.setAccessibleName(accessible_name)
    push.clicked.connect(slot)
    return push


def finish_editing() -> None:
    """Commit whatever cell or field is being typed in (Ctrl+S must not lose the last words typed).

    An item view's editor commits its text when it loses focus, so taking the focus away is enough.
    """
    focused = QApplication.focusWidget()
    if focused is not None:
        focused.clearFocus()


# Problems are written in the theme's red (its "late"), which keeps WCAG AA contrast (4.5:1) on light
# and dark backgrounds, the computer's own palettes included.
PROBLEM_ON_LIGHT, PROBLEM_ON_DARK = LIGHT.late, DARK.late


def problem_color(palette: QPalette) -> QColor:
    """The red for problems on this palette's window background, light or dark."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QColor(PROBLEM_ON_DARK if dark else PROBLEM_ON_LIGHT)


class ErrorLabel(QLabel):
    """A message shown under a field; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAccessibleName(translate("Forms", "Problem"))
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, problem_color(palette))
        self.setPalette(palette)
        self.hide()

    def show_message(self, message: str) -> None:
        self.setText(message)
        self.setVisible(bool(message))


class FieldErrors:
    """Routes the domain's field errors ("interviews[0].starts_at") to the label of that field.

    Labels register under a path prefix; an error goes to the longest registered prefix it starts
    with, and anything unclaimed goes to the general label, so no message is ever lost.
    """

    def __init__(self, general: ErrorLabel) -> None:
        self.general = general
        self._labels: dict[str, ErrorLabel] = {}

    def register(self, path: str, label: ErrorLabel) -> None:
        self._labels[path] = label

    def clear(self) -> None:
        self.general.show_message("")
        for label in self._labels.values():
            label.show_message("")

    def show(self, errors: Iterable[FieldError]) -> None:
        self.clear()
        grouped: dict[ErrorLabel, list[str]] = {}
        for error in errors:
            label = self._label_for(error.field)
            grouped.setdefault(label, []).append(error.message if label is not self.general else str(error))
        for label, messages in grouped.items():
            label.show_message("\n".join(messages))

    def _label_for(self, field: str) -> ErrorLabel:
        matches = [path for path in self._labels if field == path or field.startswith((f"{path}.", f"{path}["))]
        return self._labels[max(matches, key=len)] if matches else self.general


def from_local_fields(day: QDate, hour: int, minute: int, zone: tzinfo) -> datetime:
    """The UTC instant of a wall-clock time the user picked, in the zone they picked."""
    return datetime(day.year(), day.month(), day.day(), hour, minute, tzinfo=zone).astimezone(UTC)


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def scrolling(body: QWidget, name: str) -> QScrollArea:
    """``body`` in a frameless scroll area: a dialog's content that may outgrow a small screen, while
    its buttons, kept outside, stay reachable."""
    scroll = QScrollArea()
    scroll.setAccessibleName(name)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(body)
    return scroll


def fit_to_screen(dialog: QWidget, body: QWidget, min_width: int = 0) -> None:
    """Size ``dialog`` to show all of ``body`` when the screen allows, never beyond the screen, and
    keep it on the screen (a panel that opens can make it taller than the space below it)."""
    screen = dialog.screen().availableGeometry() if dialog.screen() else None
    if screen is None:
        return
    width = min(max(dialog.sizeHint().width(), min_width), screen.width() - 40)
    height = min(body.sizeHint().height() + 80, screen.height() - 60)
    dialog.resize(max(width, dialog.width()), height)
    frame = dialog.frameGeometry()
    if frame.bottom() > screen.bottom() or frame.top() < screen.top():
        dialog.move(frame.left(), max(screen.top(), screen.bottom() - frame.height()))
