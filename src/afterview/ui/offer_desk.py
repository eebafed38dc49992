"""The Offers page: while an offer is open, its deadline against every other open process, the steps
around it (each opens its letter), the offers' terms side by side, and Accept… / Decline….

A view only: the desk comes from :func:`afterview.core.offers.offer_desk`, the decisions go through
the session (one write, one Undo). Accepting asks first, with Cancel as the default button; when
another offer is already accepted it warns that this means going back on one's word, again with
Cancel as the default.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime, tzinfo
from functools import partial

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from afterview.core.offers import offer_desk
from afterview.domain.letters import letter_for
from afterview.domain.model import FollowUpKind, OfferTerms
from afterview.domain.offers import (
    AcceptedView,
    Desk,
    OfferView,
    PendingView,
    SecondAcceptance,
    comparison,
)
from afterview.domain.plan import Step
from afterview.domain.wording import action, timing
from afterview.i18n import plural, short_date, translate
from afterview.ui.date_field import DateField
from afterview.ui.session import Session, refresh_when_visible
from afterview.ui.theme import Space


class OfferDeskView(QWidget):
    """Emits :attr:`draft_step` with a step whose letter the user wants to write."""

    draft_step = Signal(object)  # a Step

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setAccessibleName(translate("Offers", "Offers"))
        self.body = QWidget()
        self.content = QVBoxLayout(self.body)
        self.scroller = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.body)
        scroll.setAccessibleName(translate("Offers", "The offer desk"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.desk: Desk | None = None
        self.buttons: dict[str, QPushButton] = {}  # by "accept:<id>", "decline:<id>", "write:<step key>"
        application = QApplication.instance()
        if isinstance(application, QApplication):  # the focused control is scrolled into view, however it got there
            application.focusChanged.connect(self._follow_focus)
        refresh_when_visible(session, self, self.refresh)
        self.refresh()

    # --- showing -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        if not self.session.loaded:
            return
        self.desk = offer_desk(self.session.workspace)
        self._clear()
        self.buttons = {}
        self.content.addWidget(_heading(translate("Offers", "Offers")))
        if not self.desk.in_view:
            self.content.addWidget(
                _wrapped(
                    translate(
                        "Offers", "No open offer. When you record one (Outcome: they made me an offer), it is here."
                    )
                )
            )
        else:
            self._show_desk(self.desk)
        self.content.addStretch(1)

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self.body.isAncestorOf(new):
            self.scroller.ensureWidgetVisible(new, Space.M, Space.M)

    def _clear(self) -> None:
        while self.content.count():
            item = self.content.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()

    def _show_desk(self, desk: Desk) -> None:
        if desk.offers:
            self.content.addWidget(
                _wrapped(
                    translate(
                        "Offers",
                        "An offer deserves time to decide. If another process decides after the deadline, ask early "
                        "for more time (call, then confirm in writing) and tell the other employers you have an "
                        "offer. Once you accept, withdraw from the others, and keep your word.",
                    )
                )
            )
        for accepted in desk.accepted:
            self.content.addWidget(self._accepted_box(accepted, desk.steps))
        for view in desk.offers:
            self.content.addWidget(self._offer_box(view))
        if len(desk.offers) > 1 or any(
            view.terms.salary or view.terms.start_date or view.terms.notes for view in desk.offers
        ):
            self.content.addWidget(_heading(translate("Offers", "Side by side"), level=3))
            self.content.addWidget(self._comparison(desk.offers))
        if desk.pending:
            self.content.addWidget(_heading(translate("Offers", "Your other open processes"), level=3))
            self.content.addWidget(self._pending_table(desk.pending))
        if desk.steps:
            self.content.addWidget(_heading(translate("Offers", "What to do"), level=3))
            self.content.addWidget(self._steps(desk.steps))

    def _accepted_box(self, view: AcceptedView, steps: tuple[Step, ...]) -> QFrame:
        box, layout = _card(view.app.title)
        layout.addWidget(_wrapped(accepted_text(view, steps)))
        return box

    def _offer_box(self, view: OfferView) -> QFrame:
        box, layout = _card(view.app.title)
        layout.addWidget(_wrapped(deadline_text(view)))
        row = QHBoxLayout()
        accept = _button(translate("Offers", "Accept…"), lambda: self.accept(view.app.id))
        decline = _button(translate("Offers", "Decline…"), lambda: self.decline(view.app.id))
        accept.setAccessibleName(
            translate("Offers", "Accept the offer from {company}").format(company=view.app.company)
        )
        decline.setAccessibleName(
            translate("Offers", "Decline the offer from {company}").format(company=view.app.company)
        )
        self.buttons[f"accept:{view.app.id}"] = accept
        self.buttons[f"decline:{view.app.id}"] = decline
        row.addWidget(accept)
        row.addWidget(decline)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    def _comparison(self, offers: tuple[OfferView, ...]) -> QTableWidget:
        rows = comparison(offers)
        table = FittedTable([view.app.company for view in offers], len(rows), stretch=range(len(offers)))
        table.setAccessibleName(translate("Offers", "The offers' terms side by side"))
        table.setVerticalHeaderLabels([label for label, _ in rows])
        for row, (_, values) in enumerate(rows):
            for column, value in enumerate(values):
                table.setItem(row, column, _cell(value or "–"))
        table.fit()
        return table

    def _pending_table(self, pending: tuple[PendingView, ...]) -> QTableWidget:
        headers = [
            translate("Offers", "Process"),
            translate("Offers", "They decide"),
            translate("Offers", "In time?"),
            translate("Offers", "Next interview"),
            translate("Offers", "Last contact"),
        ]
        table = FittedTable(headers, len(pending), stretch=[0])  # the process's name wraps; the rest fit
        table.setAccessibleName(translate("Offers", "Your other open processes"))
        table.verticalHeader().hide()
        zone = self.session.zone()
        this_year = self.session.now().astimezone(zone).year  # the year only when it is not this one
        for row, view in enumerate(pending):
            cells = [
                view.app.title,
                _day(view.decision_on, this_year) if view.decision_on else translate("Offers", "not known"),
                translate("Offers", "yes") if view.answers_in_time else translate("Offers", "no"),
                _moment(view.next_interview, zone, this_year),
                _moment(view.last_contact, zone, this_year),
            ]
            for column, text in enumerate(cells):
                table.setItem(row, column, _cell(text))
        table.fit()
        return table

    def _steps(self, steps: tuple[Step, ...]) -> QWidget:
        panel = QWidget()
        grid = QGridLayout(panel)
        grid.setContentsMargins(0, 0, 0, 0)
        now = self.session.now()
        for row, step in enumerate(steps):
            app = self.session.application(step.application_id)
            if app is None:
                continue
            said = f"{app.company}: {action(step, app)} ({timing(step, now)})"
            text = _wrapped(f"<b>{_escape(app.company)}</b>: {_escape(action(step, app))} ({timing(step, now)})")
            text.setTextFormat(Qt.TextFormat.RichText)
            text.setAccessibleName(said)
            write = _button(translate("Offers", "Write the letter…"), partial(self.draft_step.emit, step))
            write.setAccessibleName(translate("Offers", "Write the letter: {action}").format(action=action(step, app)))
            write.setEnabled(bool(app.interviews))  # letters are kept with an interview
            self.buttons[f"write:{step.key}:{letter_for(step.kind).value}"] = write
            grid.addWidget(text, row, 0)
            grid.addWidget(write, row, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)
        return panel

    # --- deciding ------------------------------------------------------------------------------------

    def accept(self, app_id: str) -> bool:
        """Accept after asking (Cancel is the default); a second acceptance asks again, with a warning."""
        app = self.session.application(app_id)
        if app is None or self.desk is None:
            return False
        offers = len([view for view in self.desk.offers if view.app.id != app_id])
        others = len(self.desk.pending)
        question = translate("Offers", "Accept the offer from {title}?").format(title=app.title)
        if offers:
            question += "\n\n" + plural(
                offers,
                translate("Offers", "The other open offer will be declined, with a letter to send to it."),
                translate("Offers", "The {count} other open offers will be declined, with a letter to send to each."),
            )
        if others:
            question += "\n\n" + plural(
                others,
                translate("Offers", "The other open process will be closed, with a letter to send to it."),
                translate("Offers", "The {count} other open processes will be closed, with a letter to send to each."),
            )
        question += "\n\n" + translate("Offers", "You can undo this with Ctrl+Z.")
        if not self.ask(translate("Offers", "Accept the offer"), question, translate("Offers", "&Accept")):
            return False
        try:
            self.session.accept_offer(app_id)
        except SecondAcceptance as already:
            if not self.ask(
                translate("Offers", "A second acceptance"), str(already), translate("Offers", "Accept &anyway")
            ):
                return False
            self.session.accept_offer(app_id, confirmed=True)
        return True

    def decline(self, app_id: str) -> bool:
        app = self.session.application(app_id)
        if app is None:
            return False
        question = translate(
            "Offers", "Decline the offer from {title}? A gracious letter keeps the door open. You can undo this."
        ).format(title=app.title)
        if not self.ask(translate("Offers", "Decline the offer"), question, translate("Offers", "&Decline")):
            return False
        self.session.decline_offer(app_id)
        return True

    def ask(self, title: str, question: str, act: str) -> bool:
        """A question whose default (and Escape) is the safe answer, Cancel."""
        box = question_box(self, title, question, act)
        box.exec()
        return box.clickedButton() is box.property("act")


def question_box(parent: QWidget, title: str, question: str, act: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=parent)
    chosen = box.addButton(act, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.setProperty("act", chosen)
    return box


def deadline_text(view: OfferView) -> str:
    if view.deadline is None:
        return translate("Offers", "No answer date recorded: ask them by when they need your answer.")
    days, business = view.calendar_days_left or 0, view.business_days_left or 0
    if days < 0:
        return translate("Offers", "The answer date, {day}, has passed.").format(day=short_date(view.deadline))
    left = plural(days, translate("Offers", "{count} day left"), translate("Offers", "{count} days left"))
    working = plural(
        business, translate("Offers", "{count} business day"), translate("Offers", "{count} business days")
    )
    return translate("Offers", "Answer by {day}: {left} ({business}).").format(
        day=short_date(view.deadline), left=left, business=working
    )


def accepted_text(view: AcceptedView, steps: tuple[Step, ...]) -> str:
    """When the offer was accepted, and the letters still to send (listed under What to do)."""
    lines = [translate("Offers", "You accepted this offer on {day}.").format(day=short_date(view.accepted_on))]
    confirm = any(step.kind is FollowUpKind.ACCEPT_OFFER and step.application_id == view.app.id for step in steps)
    closing = [step for step in steps if step.kind in (FollowUpKind.WITHDRAW, FollowUpKind.DECLINE_OFFER)]
    if confirm:
        lines.append(translate("Offers", "Still to do: confirm your acceptance in writing."))
    if closing:
        lines.append(
            plural(
                len(closing),
                translate("Offers", "Still to do: tell the other employer you withdraw, with the letter below."),
                translate(
                    "Offers", "Still to do: tell the {count} other employers you withdraw, one letter each, below."
                ),
            )
        )
    if not confirm and not closing:
        lines.append(translate("Offers", "Nothing left to send: every letter about this decision is done."))
    return "\n".join(lines)


def _day(day: date, this_year: int) -> str:
    return short_date(day, year=day.year != this_year)


def _moment(moment: datetime | None, zone: tzinfo, this_year: int) -> str:
    return "–" if moment is None else _day(moment.astimezone(zone).date(), this_year)


def _card(title: str) -> tuple[QFrame, QVBoxLayout]:
    """A card with its title inside it, at the top."""
    card = QFrame()
    card.setProperty("card", True)
    card.setAccessibleName(title)
    layout = QVBoxLayout(card)
    layout.setContentsMargins(Space.M, Space.M, Space.M, Space.M)
    layout.setSpacing(Space.S)
    heading = QLabel(title)
    heading.setProperty("role", "title")
    heading.setWordWrap(True)
    heading.setTextFormat(Qt.TextFormat.PlainText)
    layout.addWidget(heading)
    return card, layout


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _heading(text: str, level: int = 2) -> QLabel:
    label = QLabel(f"<h{level}>{_escape(text)}</h{level}>")
    label.setAccessibleName(text)
    return label


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(text)
    return label


def _button(text: str, slot: Callable[[], object]) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(text.rstrip("…"))
    button.setAutoDefault(False)
    button.clicked.connect(lambda: slot())
    return button


class FittedTable(QTableWidget):
    """A table as tall as its rows at its width, never wider than the page: the page scrolls, not the
    table. Tab leaves it (the arrow keys move inside); the ``stretch`` columns share the width left and
    wrap, the others fit their contents."""

    def __init__(self, headers: list[str], rows: int, stretch: Iterable[int]) -> None:
        super().__init__(rows, len(headers))
        self.setHorizontalHeaderLabels(headers)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setTabKeyNavigation(False)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.horizontalHeader()
        stretched = set(stretch)
        for column in range(len(headers)):
            mode = QHeaderView.ResizeMode.Stretch if column in stretched else QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(column, mode)
        self._fitting = False
        self._refit = QTimer(self)  # once the header has shared out the new width
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self.fit)
        header.sectionResized.connect(lambda *_: self._refit.start())

    def fit(self) -> None:
        """Rows as tall as their wrapped text, and the table as tall as its rows."""
        if self._fitting:
            return
        self._fitting = True
        try:
            self.resizeRowsToContents()
            rows = sum(self.rowHeight(row) for row in range(self.rowCount()))
            self.setFixedHeight(self.horizontalHeader().sizeHint().height() + rows + 2 * self.frameWidth())
        finally:
            self._fitting = False

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._refit.start()


def _cell(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    return item


class OfferTermsFields(QWidget):
    """The terms to remember of an offer, for the Outcome dialog: salary, start date, notes (all optional)."""

    def __init__(self, terms: OfferTerms | None, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        terms = terms or OfferTerms()
        self.salary = QLineEdit(terms.salary)
        self.salary.setAccessibleName(translate("Offers", "Salary"))
        self.salary.setPlaceholderText(translate("Offers", "as they said it, e.g. 32.000 € gross a year"))
        self.has_start = QCheckBox(translate("Offers", "Start date"))
        self.start = DateField()
        self.start.setAccessibleName(translate("Offers", "Start date"))
        start = terms.start_date or today
        self.start.setDate(QDate(start.year, start.month, start.day))
        self.has_start.setChecked(terms.start_date is not None)
        self.start.setEnabled(terms.start_date is not None)
        self.has_start.toggled.connect(self.start.setEnabled)
        self.notes = QLineEdit(terms.notes)
        self.notes.setAccessibleName(translate("Offers", "Other terms"))
        self.notes.setPlaceholderText(translate("Offers", "e.g. hybrid, 23 days of holiday, a laptop"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(translate("Offers", "Salary"), self.salary)
        starts = QHBoxLayout()
        starts.addWidget(self.has_start)
        starts.addWidget(self.start)
        starts.addStretch(1)
        form.addRow(starts)
        form.addRow(translate("Offers", "Other terms"), self.notes)

    def fields(self) -> list[QWidget]:
        return [self.salary, self.has_start, self.start, self.notes]

    def value(self) -> OfferTerms | None:
        """The terms typed, or None when nothing was."""
        chosen = self.start.date()
        start = date(chosen.year(), chosen.month(), chosen.day()) if self.has_start.isChecked() else None
        terms = OfferTerms(self.salary.text().strip(), start, self.notes.text().strip())
        return None if terms == OfferTerms() else terms
