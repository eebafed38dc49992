"""A date field that takes a date typed whole, as well as Qt's own section-by-section editing.

Qt's date field (QDateEdit) refuses anything but its display format edited one section at a time,
so "2026-12-31" or "Jan" typed over it was silently dropped. :class:`DateField` reads what is typed
with :func:`afterview.domain.dates.read_typed_date` (ISO dates, day-first numbers, month names in
English and Spanish), counting from the date it showed; what cannot be read yet is kept as typed
while the user goes on, and when they leave the field (or press Enter) it shows its date again.
It is never squeezed below its size hint, so the weekday, the day, the month, the year and the
calendar button stay visible ("sáb 12" was all a narrow dialog left of "sáb 12 dic 2026").
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QDateTime, QSize, QTime
from PySide6.QtGui import QKeyEvent, QValidator
from PySide6.QtWidgets import QDateEdit, QWidget

from afterview.domain.dates import read_typed_date

DISPLAY_FORMAT = "ddd d MMM yyyy"
_LONGEST_TYPED = 40  # more than any date written out; longer text is refused as it is typed


class DateField(QDateEdit):
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
        line = self.lineEdit()
        typed = event.text()
        untouched = line is not None and line.text() == self.textFromDateTime(self.dateTime())
        if untouched and typed.strip() and typed.isprintable() and line is not None:
            line.selectAll()
        super().keyPressEvent(event)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.sizeHint()

    def _typed(self, text: str) -> date | None:
        """The date ``text`` names, counted from the one shown, if the field may hold it."""
        shown = self.date()
        day = read_typed_date(text, date(shown.year(), shown.month(), shown.day()))
        if day is None or not self.minimumDate() <= QDate(day.year, day.month, day.day) <= self.maximumDate():
            return None
        return day
