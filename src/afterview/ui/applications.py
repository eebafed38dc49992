"""Applications: every application in a searchable, sortable table with its next action, and the
story of the selected one beside the table (on a wide window) or below it.

The table is an item model (thousands of rows stay fast): the rows are computed once per data
change; sorting happens in the model with Python's sort, and filtering checks one prepared
lower-case text per row, so a keystroke costs a few milliseconds even with 5,000 applications.
With no application yet, the page offers to add the interview the user just had.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from afterview.domain.labels import STAGE_LABELS, stage_label
from afterview.domain.model import Application
from afterview.domain.plan import Step
from afterview.domain.story import next_step
from afterview.domain.wording import action
from afterview.i18n import QT_TRANSLATE_NOOP, number, plural, short_date, translate
from afterview.ui.empty_state import EmptyState, primary_button
from afterview.ui.session import Session, refresh_when_visible
from afterview.ui.story import StoryView
from afterview.ui.theme import Space

COLUMNS = (
    QT_TRANSLATE_NOOP("Applications", "Company"),
    QT_TRANSLATE_NOOP("Applications", "Position"),
    QT_TRANSLATE_NOOP("Applications", "Stage"),
    QT_TRANSLATE_NOOP("Applications", "Next action"),
    QT_TRANSLATE_NOOP("Applications", "Due"),
)
SortKey = tuple[int, Any]
Index = QModelIndex | QPersistentModelIndex
# The story goes beside the table from this many average characters of width, else below it: a
# table squeezed beside it would cut its "Next action" short.
SIDE_BY_SIDE_CHARS = 190
NAME_CHARS = 18  # the company and position columns (a longer name is cut short, whole in its tooltip)


@dataclass(frozen=True)
class Row:
    app_id: str
    cells: tuple[str, str, str, str, str]
    due: datetime | None
    stage_order: int
    haystack: str  # lower-case text the search looks in


def build_rows(apps: list[Application], steps: list[Step], now: datetime, zone: tzinfo) -> list[Row]:
    """One row per application, with its most pressing open step (the story's next step)."""
    by_application: dict[str, list[Step]] = {}
    for step in steps:
        by_application.setdefault(step.application_id, []).append(step)
    upcoming = {app_id: next_step(own, now) for app_id, own in by_application.items()}
    stage_order = {stage: index for index, stage in enumerate(STAGE_LABELS)}
    rows = []
    for app in apps:
        pressing = upcoming.get(app.id)
        next_action = action(pressing, app) if pressing else ""
        due = (pressing.deadline or pressing.due_at) if pressing else None
        stage = stage_label(app.stage)
        due_text = ""
        if due is not None:
            due_day = due.astimezone(zone).date()
            # this year's dates need no year
            due_text = short_date(due_day, year=due_day.year != now.astimezone(zone).year)
        cells = (app.company, app.position, stage, next_action, due_text)
        rows.append(Row(app.id, cells, due, stage_order[app.stage], " ".join(cells[:4]).casefold()))
    return rows


class ApplicationsModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Row] = []
        self._sort: tuple[int, Qt.SortOrder] = (4, Qt.SortOrder.AscendingOrder)

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = rows
        self._sort_rows()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row.cells[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return row.app_id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("Applications", COLUMNS[section])
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._sort_rows()
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        column, order = self._sort

        def key(row: Row) -> SortKey:
            if column == 4:  # by due time; no next action sorts last
                return (row.due is None, row.due.timestamp() if row.due else 0.0)
            if column == 2:
                return (0, row.stage_order)
            return (0, row.cells[column].casefold())

        self.rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)


class ApplicationFilter(QSortFilterProxyModel):
    """Keeps the rows whose text contains every typed word; sorting is the model's own."""

    def __init__(self) -> None:
        super().__init__()
        self.words: list[str] = []

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self.words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if not self.words:
            return True
        model = self.sourceModel()
        assert isinstance(model, ApplicationsModel)
        haystack = model.rows[source_row].haystack
        return all(word in haystack for word in self.words)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)


class ApplicationsView(QWidget):
    new_interview = Signal()
    edit = Signal(str)  # application id
    review = Signal(str)
    outcome = Signal(str)
    letters = Signal(str)
    delete = Signal(str)
    brief = Signal(str)  # the preparation brief of its next round

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = ApplicationsModel()
        self.proxy = ApplicationFilter()
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            translate("Applications", "Search company, position, stage or next action  (Ctrl+F)")
        )
        self.search.setAccessibleName(translate("Applications", "Search applications"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_search)
        self._make_table()
        self.count = QLabel()
        self.count.setAccessibleName(translate("Applications", "Number of applications shown"))
        self.story = StoryView(session)
        self.story.brief_button.requested.connect(self.brief)
        self.action_row = self._action_buttons()

        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, lambda: self._emit_for_selection(self.edit))
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, lambda: self._emit_for_selection(self.delete))

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.story)
        self.splitter.setStretchFactor(0, 2)  # below the table, the story gets the larger share
        self.splitter.setStretchFactor(1, 3)
        self.empty = self._empty_state()
        self.body = QStackedWidget()
        self.body.addWidget(self.splitter)
        self.body.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(Space.XL, Space.L, Space.XL, Space.L)
        layout.setSpacing(Space.S)
        top = QHBoxLayout()  # the count beside the search: the buttons need the width in Spanish
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        layout.addLayout(top)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.action_row)
        QWidget.setTabOrder(self.search, self.table)
        QWidget.setTabOrder(self.table, self.story.brief_button)
        QWidget.setTabOrder(self.story.brief_button, self.story.text)
        QWidget.setTabOrder(self.story.text, self.add_button)
        refresh_when_visible(session, self, self.refresh)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self.refresh()

    def _empty_state(self) -> QWidget:
        """What the page shows before the first application: what to do, and a button to do it."""
        self.empty_card = EmptyState(
            "briefcase",
            translate("Applications", "No applications yet"),
            translate(
                "Applications",
                "Add the interview you just had: Afterview plans your thank-you letters and check-ins from it, "
                "and this page tells the story of each application, the next step first.",
            ),
        )
        self.empty_button = self.empty_card.add_button(
            primary_button(
                translate("Applications", "Add the interview you just had"),
                translate("Applications", "Add the interview you just had"),
                self.new_interview.emit,
            )
        )
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_card, 0, Qt.AlignmentFlag.AlignTop)
        layout.addStretch(1)
        return panel

    def _make_table(self) -> None:
        """One row per application, the soonest due first, read-only (a double click edits)."""
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(translate("Applications", "Applications"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, self.fontMetrics().averageCharWidth() * NAME_CHARS)
        for column in (2, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setTabKeyNavigation(False)
        self.table.doubleClicked.connect(lambda _: self._emit_for_selection(self.edit))

    def _action_buttons(self) -> QWidget:
        """A button per action; those that act on the selected application stay disabled until one
        is selected. In one row when it fits, else in two or three (Spanish labels are longer): the
        row never makes the window wider than a small screen."""
        row = QWidget()
        row.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.action_grid = QGridLayout(row)
        self.action_grid.setContentsMargins(0, 0, 0, 0)
        self.action_grid.setSpacing(Space.S)
        self.action_buttons: list[QPushButton] = []
        self.selection_buttons: list[QPushButton] = []
        for label, signal, needs_selection in (
            (translate("Applications", "New interview…"), self.new_interview, False),
            (translate("Applications", "Edit…"), self.edit, True),
            (translate("Applications", "Review interview…"), self.review, True),
            (translate("Applications", "Letters…"), self.letters, True),
            (translate("Applications", "Record outcome…"), self.outcome, True),
            (translate("Applications", "Delete"), self.delete, True),
        ):
            button = QPushButton(label)
            button.setAccessibleName(label.rstrip("…"))
            if needs_selection:
                button.clicked.connect(lambda _=False, s=signal: self._emit_for_selection(s))
                button.setEnabled(False)
                self.selection_buttons.append(button)
            else:
                button.clicked.connect(signal.emit)
            self.action_buttons.append(button)
        self.add_button = self.action_buttons[0]
        self._action_columns = 0
        self._arrange_actions(len(self.action_buttons))
        return row

    def _arrange_actions(self, columns: int) -> None:
        if columns == self._action_columns:
            return
        self._action_columns = columns
        for button in self.action_buttons:
            self.action_grid.removeWidget(button)
        for index, button in enumerate(self.action_buttons):
            self.action_grid.addWidget(button, index // columns, index % columns)
        for column in range(len(self.action_buttons) + 1):
            self.action_grid.setColumnStretch(column, 1 if column == columns else 0)

    def _action_columns_for(self, room: int) -> int:
        """The most buttons per row (6, 3, 2 or 1: rows of equal length) that fit ``room`` pixels."""
        widths = [button.sizeHint().width() for button in self.action_buttons]
        for columns in (6, 3, 2):
            rows = [widths[start : start + columns] for start in range(0, len(widths), columns)]
            if max(sum(row) + Space.S * (len(row) - 1) for row in rows) <= room:
                return columns
        return 1

    def refresh(self) -> None:
        selected = self.selected_id()
        session = self.session
        apps = session.applications()
        self.model.set_rows(build_rows(apps, session.steps(), session.now(), session.zone()))
        if selected:
            self.select(selected)
        self._update_count()
        nothing_yet = session.loaded and not apps
        self.body.setCurrentWidget(self.empty if nothing_yet else self.splitter)
        for around in (self.search, self.count, self.action_row):  # the empty card has the one action
            around.setVisible(not nothing_yet)
        self._selection_changed()
        self.story.refresh()  # the same application, with the data (and the time) as they are now

    def _selection_changed(self) -> None:
        selected = self.selected_id()
        for button in self.selection_buttons:
            button.setEnabled(selected is not None)
        self.story.show_application(selected)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        """The story beside the table when the page is wide enough for both, else below it; the
        buttons in as few rows as fit."""
        margins = self.contentsMargins().left() + self.contentsMargins().right()
        layout = self.layout()
        if layout is not None:
            margins += layout.contentsMargins().left() + layout.contentsMargins().right()
        self._arrange_actions(self._action_columns_for(event.size().width() - margins))
        wide = event.size().width() >= self.fontMetrics().averageCharWidth() * SIDE_BY_SIDE_CHARS
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() != orientation:
            self.splitter.setOrientation(orientation)
            length = event.size().width() if wide else event.size().height()
            self.splitter.setSizes([length // 2, length // 2] if wide else [length * 2 // 5, length * 3 // 5])
        super().resizeEvent(event)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            text = plural(
                total,
                translate("Applications", "{count} application"),
                translate("Applications", "{count} applications"),
            )
        else:
            one = translate("Applications", "{shown} of {count} application")
            many = translate("Applications", "{shown} of {count} applications")
            text = (one if total == 1 else many).format(shown=number(shown), count=number(total))
        self.count.setText(text)

    def selected_id(self) -> str | None:
        indexes = self.table.selectionModel().selectedRows()
        return str(indexes[0].data(Qt.ItemDataRole.UserRole)) if indexes else None

    def select(self, app_id: str) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(Qt.ItemDataRole.UserRole) == app_id:
                self.table.selectRow(row)
                self.table.scrollTo(index)
                return

    def _emit_for_selection(self, signal: Any) -> None:
        app_id = self.selected_id()
        if app_id is not None:
            signal.emit(app_id)
