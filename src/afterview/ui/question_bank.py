"""The question bank: every question asked in any interview, so the next preparation starts from them.

A table model over :func:`afterview.domain.insights.question_bank` (the grouping lives in the
domain), a sort/filter proxy for the search box and the sortable columns, and an empty state that
says what will gather here and offers the way there: reviewing the latest interview, or adding one.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from afterview.domain.insights import BankEntry, question_bank
from afterview.i18n import QT_TRANSLATE_NOOP, number, plural, translate
from afterview.ui.empty_state import EmptyState, primary_button
from afterview.ui.session import Session, refresh_when_visible
from afterview.ui.theme import Space

# In English, like :data:`HEADERS`: shown through ``translate("QuestionBank", …)``.
EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "QuestionBank",
    "Questions you record in your interview reviews gather here, so your next preparation starts from them.",
)

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    QUESTION = 0
    TIMES_ASKED = 1
    LATEST_ANSWER = 2
    LATEST_RATING = 3
    LAST_ASKED = 4
    COMPANY = 5


HEADERS = {
    Column.QUESTION: QT_TRANSLATE_NOOP("QuestionBank", "Question"),
    Column.TIMES_ASKED: QT_TRANSLATE_NOOP("QuestionBank", "Times asked"),
    Column.LATEST_ANSWER: QT_TRANSLATE_NOOP("QuestionBank", "Latest answer"),
    Column.LATEST_RATING: QT_TRANSLATE_NOOP("QuestionBank", "Latest rating"),
    Column.LAST_ASKED: QT_TRANSLATE_NOOP("QuestionBank", "Last asked"),
    Column.COMPANY: QT_TRANSLATE_NOOP("QuestionBank", "Company"),
}

SORT_ROLE = Qt.ItemDataRole.UserRole  # a value that sorts right: numbers as numbers, text case-free
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1  # what the search box looks in: the question and the answer
_SHARING = (Column.QUESTION, Column.LATEST_ANSWER)  # the columns that share what the others leave
_TIP_LIMIT = 2000  # a tooltip is a glance, not a reader


def _one_line(text: str) -> str:
    return " ".join(text.split())


class QuestionBankModel(QAbstractTableModel):
    """One row per question (however it was worded), from :func:`question_bank`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[BankEntry] = []

    def set_entries(self, entries: list[BankEntry]) -> None:
        self.beginResetModel()
        self._entries = entries
        self.endResetModel()

    def entry(self, row: int) -> BankEntry:
        return self._entries[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's name and default
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's name and default
        return 0 if parent.isValid() else len(Column)

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return translate("QuestionBank", HEADERS[Column(section)])  # a narrowed header shows it whole on hover
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(entry, column)
        if role == SORT_ROLE:
            return self._sort_key(entry, column)
        if role == SEARCH_ROLE:
            return f"{entry.question}\n{entry.latest_answer}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.TIMES_ASKED, Column.LATEST_RATING):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    @staticmethod
    def _display(entry: BankEntry, column: Column) -> str:
        match column:
            case Column.QUESTION:
                return _one_line(entry.question)
            case Column.TIMES_ASKED:
                return str(entry.times_asked)
            case Column.LATEST_ANSWER:
                return _one_line(entry.latest_answer)
            case Column.LATEST_RATING:
                return "" if entry.latest_rating is None else str(entry.latest_rating)
            case Column.LAST_ASKED:
                return entry.last_asked.date().isoformat()
            case Column.COMPANY:
                return entry.company

    @staticmethod
    def _sort_key(entry: BankEntry, column: Column) -> str | int | float:
        match column:
            case Column.TIMES_ASKED:
                return entry.times_asked
            case Column.LATEST_RATING:
                return 0 if entry.latest_rating is None else entry.latest_rating  # unrated sorts lowest
            case Column.LAST_ASKED:
                return entry.last_asked.timestamp()
            case Column.QUESTION:
                return _one_line(entry.question).casefold()
            case Column.LATEST_ANSWER:
                return _one_line(entry.latest_answer).casefold()
            case Column.COMPANY:
                return entry.company.casefold()

    @staticmethod
    def _tooltip(entry: BankEntry, column: Column) -> str | None:
        if column is Column.QUESTION:
            text = entry.question
            if entry.to_improve.strip():
                text += "\n\n" + translate("QuestionBank", "To improve: {notes}").format(notes=entry.to_improve.strip())
        elif column is Column.LATEST_ANSWER:
            text = entry.latest_answer
        else:
            return None
        return text[:_TIP_LIMIT] if text.strip() else None


class QuestionBankView(QWidget):
    """The question bank: search box, sortable table, and an empty state until the first review."""

    new_interview = Signal()  # from the empty state, when there is no interview to review yet
    review = Signal(str)  # an application's id: review its latest interview

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._to_review = ""  # the application whose latest interview the empty state offers to review
        self.setAccessibleName(translate("QuestionBank", "Question bank"))

        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("QuestionBank", "Search questions"))
        self.search.setAccessibleName(translate("QuestionBank", "Search questions"))
        self.search.setAccessibleDescription(
            translate("QuestionBank", "Shows only the questions whose wording or latest answer contains this")
        )
        self.search.setClearButtonEnabled(True)

        self.model = QuestionBankModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterRole(SEARCH_ROLE)
        self.proxy.setFilterKeyColumn(Column.QUESTION)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search.textChanged.connect(self._filter)

        self.table = QTableView()
        self.table.setAccessibleName(translate("QuestionBank", "Questions asked in your interviews"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.TIMES_ASKED, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The answer takes what the question leaves (see _share_the_width): with both stretched
        # alike, a long question was cut with "…" beside a short answer's empty half.
        header.setSectionResizeMode(Column.LATEST_ANSWER, QHeaderView.ResizeMode.Stretch)
        self._needed = (0, 0)  # the widths the widest question and answer want, measured on refresh
        header.setTextElideMode(Qt.TextElideMode.ElideRight)

        self.count_label = QLabel()
        self.count_label.setAccessibleName(translate("QuestionBank", "Number of questions shown"))

        self.empty = EmptyState(
            "messages-square", translate("QuestionBank", "No questions yet"), translate("QuestionBank", EMPTY_TEXT)
        )
        self.empty_label = self.empty.body
        self.empty_label.setAccessibleName(translate("QuestionBank", "No questions yet"))
        self.empty_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.empty_action = self.empty.add_button(primary_button("", "", self._empty_action))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(Space.XL, Space.L, Space.XL, Space.L)
        layout.setSpacing(Space.S)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.empty, 1, Qt.AlignmentFlag.AlignTop)  # the whole page while there is no table

        refresh_when_visible(session, self, self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_entries(question_bank(self.session.applications()))
        # Company names fit whole when they can, but a very long one must not squeeze the questions;
        # nor may a long header over a column of small numbers (Spanish "Veces que te la hicieron"):
        # past its limit the header is shortened with "…", and shown whole on hover.
        em = self.fontMetrics().horizontalAdvance("m")
        limits = {
            Column.COMPANY: 14 * em,
            Column.LAST_ASKED: 8 * em,
            Column.TIMES_ASKED: 6 * em,
            Column.LATEST_RATING: 6 * em,
        }
        for column, widest in limits.items():
            self.table.resizeColumnToContents(column)
            if self.table.columnWidth(column) > widest:
                self.table.setColumnWidth(column, widest)
        self._needed = (
            self.table.sizeHintForColumn(Column.QUESTION), self.table.sizeHintForColumn(Column.LATEST_ANSWER)
        )  # fmt: skip
        self._share_the_width()
        self._update_state()

    def _share_the_width(self) -> None:
        """The question gets the width it needs when the page has room, and at least half of what
        the question and the answer share when it has not; the answer takes the rest."""
        others = sum(self.table.columnWidth(column) for column in Column if column not in _SHARING)
        room = self.table.viewport().width() - others
        question, answer = self._needed
        width = min(question, max(room // 2, room - answer))
        self.table.setColumnWidth(Column.QUESTION, max(width, self.fontMetrics().horizontalAdvance("m") * 8))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._share_the_width()

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._update_state()

    def _update_state(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        empty = total == 0
        for widget in (self.search, self.table, self.count_label):
            widget.setVisible(not empty)
        self.empty.setVisible(empty and self.session.loaded)  # nothing is said before the data is read
        if empty:
            self._offer_the_way_there()
        if shown == total:
            self.count_label.setText(
                plural(
                    total, translate("QuestionBank", "{count} question"), translate("QuestionBank", "{count} questions")
                )
            )
        elif shown == 0:
            self.count_label.setText(
                translate("QuestionBank", "No question matches “{search}” (of {total})").format(
                    search=self.search.text().strip(), total=number(total)
                )
            )
        else:
            self.count_label.setText(
                translate("QuestionBank", "{shown} of {total} questions").format(
                    shown=number(shown), total=number(total)
                )
            )

    def _offer_the_way_there(self) -> None:
        """Review the latest interview when there is one; else add one."""
        now = self.session.now()
        latest = max(
            (
                (interview.starts_at, app.id)
                for app in self.session.applications()
                if (interview := app.latest_interview(started_by=now)) is not None
            ),
            default=None,
        )
        self._to_review = latest[1] if latest is not None else ""
        if self._to_review:
            self.empty.set_hint(
                translate(
                    "QuestionBank",
                    "Review an interview (Applications › Review interview) and note each question you were asked.",
                )
            )
            text = translate("QuestionBank", "Review your latest interview")
        else:
            self.empty.set_hint(
                translate(
                    "QuestionBank", "Start with an interview: once it is over, its review asks for the questions."
                )
            )
            text = translate("QuestionBank", "Add the interview you just had")
        self.empty_action.setText(text)
        self.empty_action.setAccessibleName(text)

    def _empty_action(self) -> None:
        if self._to_review:
            self.review.emit(self._to_review)
        else:
            self.new_interview.emit()
