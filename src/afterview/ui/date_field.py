"""A date field that takes a date typed whole, as well as Qt's own section-by-section editing.

Qt's date field (QDateEdit) refuses anything but its display format edited one section at a time,
so "2026-12-31" or "Jan" typed over it was silently dropped. :class:`DateField` reads what is typed
with :func:`afterview.domain.dates.read_typed_date` (ISO dates, day-first numbers, month names in
English and Spanish), counting from the date it showed; what cannot be read yet is kept as typed
while the user goes on; when they leave the field (or press Enter) with text that names no date, it
says so (and keeps its date) rather than going back to it in silence.
It is never squeezed below its size hint, so the weekday, the day, the month, the year and the
calendar button stay visible ("sáb 12" was all a narrow dialog left of "sáb 12 dic 2026").
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QDateTime, QPoint, QSize, Qt, QTime, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QValidator
from PySide6.QtWidgets import QDateEdit, QToolTip, QWidget

from afterview.domain.dates import read_typed_date
from afterview.i18n import translate

DISPLAY_FORMAT = "ddd d MMM yyyy"
_LONGEST_TYPED = 40  # more than any date written out; longer text is refused as it is typed
_MONTH_FIRST = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})")


def _month_first(text: str) -> date | None:
    """A date written month first where it cannot be day first ("12/31/2026", as US pages write it)."""
    match = _MONTH_FIRST.fullmatch(text.strip())
    if match is None or int(match[2]) <= 12:
        return None  # day first, or no such shape: read_typed_date's to read
    year = int(match[3]) + (2000 if len(match[3]) == 2 else 0)
    try:
        return date(year, int(match[1]), int(match[2]))
    except ValueError:
        return None


class DateField(QDateEdit):
    """Emits :attr:`refused` with the message shown when what was typed names no date it may hold."""

    refused = Signal(str)
    problem = ""

    def __init__(self, day: QDate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if day is not None:
            self.setDate(day)
        self.setCalendarPopup(True)
        self.setDisplayFormat(DISPLAY_FORMAT)
        # The date changes when the typing is done (Enter, or leaving the field), not at each key:
        # what is typed is read against the date shown before, "2" on the way to "2027" is no day.
        self.setKeyboardTracking(False)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if self._typed(text) is not None:
            return QValidator.State.Acceptable, text, pos
        state, text, pos = super().validate(text, pos)
        if state == QValidator.State.Invalid and len(text) <= _LONGEST_TYPED:
            state = QValidator.State.Intermediate  # perhaps a date on its way: "2026-12-", "Ja"
        return state, text, pos

    def dateTimeFromText(self, text: str) -> QDateTime:  # noqa: N802 - Qt's name
        typed = self._typed(text)
        if typed is None:
            return super().dateTimeFromText(text)
        return QDateTime(QDate(typed.year, typed.month, typed.day), QTime(0, 0))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """The first character typed over the date shown starts a new text rather than going into
        one of its sections (Qt's way, which dropped what did not fit the section): "2026-12-31",
        "Jan" or "15" typed after Tab or a click are read whole."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._check_typed()
        line = self.lineEdit()
        typed = event.text()
        untouched = line is not None and line.text() == self.textFromDateTime(self.dateTime())
        if untouched and typed.strip() and typed.isprintable() and line is not None:
            line.selectAll()
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        self._check_typed()
        super().focusOutEvent(event)

    def _check_typed(self) -> None:
        """Text that names no date the field may hold is not dropped in silence: the field says so
        (beside it, and to a screen reader) and keeps the date it showed."""
        line = self.lineEdit()
        text = line.text().strip() if line is not None else ""
        if not text or text == self.textFromDateTime(self.dateTime()).strip():
            return
        if self._typed(text) is not None or super().validate(text, 0)[0] == QValidator.State.Acceptable:
            return
        kept = self.textFromDateTime(self.dateTime())
        self.problem = translate(
            "DateField",
            "“{typed}” is not a date I can read (for example 31/12/2026, 2026-12-31 or 31 Dec 2026): "
            "the date stays {date}.",
        ).format(typed=text[:_LONGEST_TYPED], date=kept)
        self.setAccessibleDescription(self.problem)
        QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), self.problem, self)
        self.refused.emit(self.problem)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.sizeHint()

    def _typed(self, text: str) -> date | None:
        """The date ``text`` names, counted from the one shown, if the field may hold it."""
        shown = self.date()
        day = read_typed_date(text, date(shown.year(), shown.month(), shown.day())) or _month_first(text)
        if day is None or not self.minimumDate() <= QDate(day.year, day.month, day.day) <= self.maximumDate():
            return None
        return day
