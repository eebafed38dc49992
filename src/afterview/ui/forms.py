"""Small pieces every form uses: inline error messages next to fields, and conversions to Qt types."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, tzinfo

from PySide6.QtCore import QDate, QEvent, QModelIndex, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QFrame,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QTableWidget,
    QWidget,
)
from shiboken6 import Shiboken

from afterview.domain.model import FieldError
from afterview.i18n import translate
from afterview.ui.theme import DARK, LIGHT


def editable_table(columns: tuple[str, ...], name: str, description: str) -> QTableWidget:
    """A small table the user types rows into (interviewers, questions): whole rows selected, Tab
    leaving the table rather than walking its cells, named for screen readers."""
    table = _EditableTable(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.verticalHeader().hide()
    table.setWordWrap(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setTabKeyNavigation(False)
    table.setItemDelegate(_TabLeavesAtTheEnds(table))
    table.setAccessibleName(name)
    table.setAccessibleDescription(description)
    return table


class _EditableTable(QTableWidget):
    """Shows that it has the focus when it has no row to show it on (Qt marks only the current cell)."""

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if self.hasFocus() and not self.currentIndex().isValid():
            viewport = self.viewport()
            painter = QPainter(viewport)
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight))
            pen.setWidth(2)
            painter.setPen(pen)
            painter.drawRect(viewport.rect().adjusted(1, 1, -1, -1))
            painter.end()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        self.viewport().update()


def share_columns(table: QTableWidget) -> None:
    """Every column at least as wide as its title (a stretched column cut "Correo electrónico"), the
    rest of the width shared out evenly; the table asks for the room all the titles need."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    sharer = _ColumnSharer(table)
    table.viewport().installEventFilter(sharer)
    table.setMinimumWidth(sum(sharer.needed()) + 2 * table.frameWidth() + 2)


class _ColumnSharer(QObject):
    def __init__(self, table: QTableWidget) -> None:
        super().__init__(table)
        self.table = table

    def needed(self) -> list[int]:
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        padding = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 16  # the sheet pads sections
        titles = [self.table.horizontalHeaderItem(column) for column in range(self.table.columnCount())]
        return [metrics.horizontalAdvance(item.text() if item else "") + padding for item in titles]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:
            needed = self.needed()
            spare = max(0, self.table.viewport().width() - sum(needed))
            header = self.table.horizontalHeader()
            for column, width in enumerate(needed):
                extra = spare // len(needed) + (1 if column < spare % len(needed) else 0)
                header.resizeSection(column, width + extra)
        return False


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


def one_tab_stop(group: QButtonGroup) -> None:
    """The group's radio buttons as one stop in the Tab order, landing on the checked button (the
    first when none is), where the arrow keys move to the next or the previous button and check it.
    Qt's own keys only moved the focus unless a button was checked already, stopped at the edge of a
    grid of buttons, and Tab could land on any of them."""
    keys = _RadioKeys(group)
    for radio in group.buttons():
        radio.installEventFilter(keys)
    group.buttonToggled.connect(lambda *_: keys.update())
    keys.update()


class _RadioKeys(QObject):
    FORWARD = (Qt.Key.Key_Down, Qt.Key.Key_Right)
    BACKWARD = (Qt.Key.Key_Up, Qt.Key.Key_Left)

    def __init__(self, group: QButtonGroup) -> None:
        super().__init__(group)
        self.group = group

    def update(self) -> None:
        buttons = self.group.buttons()
        stop = self.group.checkedButton() or next((radio for radio in buttons if radio.isEnabled()), None)
        for radio in buttons:
            radio.setFocusPolicy(Qt.FocusPolicy.StrongFocus if radio is stop else Qt.FocusPolicy.ClickFocus)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers != Qt.KeyboardModifier.NoModifier or event.key() not in (*self.FORWARD, *self.BACKWARD):
            return False
        buttons = [radio for radio in self.group.buttons() if radio.isEnabled() and radio.isVisible()]
        if watched not in buttons:
            return False
        step = 1 if event.key() in self.FORWARD else -1
        target = buttons[(buttons.index(watched) + step) % len(buttons)]
        target.setChecked(True)
        target.setFocus(Qt.FocusReason.TabFocusReason)
        return True


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


def follow_focus(scroll: QScrollArea) -> None:
    """Scroll whatever takes the focus inside ``scroll`` into sight (Qt does it only for some ways the
    focus moves: a field inside a tab page was left half below the edge)."""
    follower = _FocusFollower(scroll)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.focusChanged.connect(follower.follow)


class _FocusFollower(QObject):
    def __init__(self, scroll: QScrollArea) -> None:
        super().__init__(scroll)
        self.scroll = scroll

    @Slot(QWidget, QWidget)
    def follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not Shiboken.isValid(self.scroll) or new is None or not Shiboken.isValid(new):
            return  # the dialog is going: focus moves as its widgets are taken down
        body = self.scroll.widget()
        if body is not None and body.isAncestorOf(new):
            # After Qt's own scrolling for Tab (to the scroll area's idea of the focus: a field inside
            # a tab page was left half below the edge).
            QTimer.singleShot(0, self, lambda: self._show(new))

    def _show(self, widget: QWidget) -> None:
        """The whole widget in sight, not only its text cursor (what ensureWidgetVisible shows of a
        text box: the notes' first line was on screen, the rest below the edge)."""
        if not (Shiboken.isValid(self.scroll) and Shiboken.isValid(widget) and widget.hasFocus()):
            return
        body, viewport = self.scroll.widget(), self.scroll.viewport()
        if body is None:
            return
        center = widget.mapTo(body, widget.rect().center())
        x_margin = min(widget.width() // 2 + 10, viewport.width() // 2)
        y_margin = min(widget.height() // 2 + 10, viewport.height() // 2)
        self.scroll.ensureVisible(center.x(), center.y(), x_margin, y_margin)


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
