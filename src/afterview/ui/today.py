"""Today: the landing view. What to do now, what is overdue, what comes this week, what is done.

Each follow-up is a card coloured and marked by how it stands (late, due, this week, snoozed, done),
saying what to do, for whom and how much time is left, with its actions beside it: the letter to
draft (or the step to open) first, then done, snooze (an hour, tomorrow morning, a chosen time) and
skip. On the first run, the welcome (ui.welcome) asks for the user's name and time zone and offers
to add the interview they just had; with nothing to do, the page says so and how more will come.
"""

from __future__ import annotations

import html
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from afterview.domain.agenda import Group, agenda
from afterview.domain.calendar import local_date
from afterview.domain.letters import asks_for_a_letter
from afterview.domain.model import FollowUpKind, FollowUpState, LetterKind
from afterview.domain.plan import Step
from afterview.domain.progress import in_an_hour, tomorrow_morning
from afterview.domain.wording import action, timing
from afterview.i18n import QT_TRANSLATE_NOOP, number, plural, translate
from afterview.ui.empty_state import EmptyState, primary_button, text_label
from afterview.ui.forms import button
from afterview.ui.linkedin_quota import QuotaPanel, SessionQuota, today_panel
from afterview.ui.session import Session, refresh_when_visible
from afterview.ui.theme import Space, Status, status_color

if TYPE_CHECKING:
    from afterview.ui.welcome import Welcome

MAX_ROWS_PER_GROUP = 50  # beyond this a list stops helping; the rest are counted
GROUP_LABELS = {
    Group.OVERDUE: QT_TRANSLATE_NOOP("Today", "Overdue"),
    Group.TODAY: QT_TRANSLATE_NOOP("Today", "Today"),
    Group.THIS_WEEK: QT_TRANSLATE_NOOP("Today", "This week"),
    Group.SNOOZED: QT_TRANSLATE_NOOP("Today", "Snoozed"),
}
DONE_TODAY = QT_TRANSLATE_NOOP("Today", "Done today")
# How each group's cards look: their colour (the theme's) and their icon (ui.icons).
GROUP_STATUS = {
    Group.OVERDUE: Status.LATE,
    Group.TODAY: Status.DUE,
    Group.THIS_WEEK: Status.UPCOMING,
    Group.SNOOZED: Status.SNOOZED,
}
STATUS_ICONS = {
    Status.LATE: "circle-alert",
    Status.DUE: "clock",
    Status.UPCOMING: "calendar",
    Status.SNOOZED: "alarm-clock-off",
    Status.DONE: "circle-check",
}
ICON_PIXELS = 22
TEXT_MIN_CHARACTERS = 44  # narrower than this, a card puts its actions under its text


def _status_icon(status: Status, palette: QPalette) -> QLabel:
    from afterview.ui.icons import pixmap

    picture = QLabel()
    picture.setPixmap(pixmap(STATUS_ICONS[status], status_color(status, palette), ICON_PIXELS))
    picture.setFixedWidth(ICON_PIXELS + Space.XS)
    picture.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
    return picture


def _card_layout(card: QFrame, status: Status) -> QHBoxLayout:
    card.setProperty("card", True)
    card.setProperty("status", status.value)
    layout = QHBoxLayout(card)
    layout.setContentsMargins(Space.M, Space.M, Space.M, Space.M)
    layout.setSpacing(Space.S)
    layout.addWidget(_status_icon(status, card.palette()))
    return layout


class StepRow(QFrame):
    """One follow-up as a card: its status icon and colour, what to do, and its actions."""

    def __init__(self, view: TodayView, step: Step, status: Status) -> None:
        super().__init__()
        self.step = step
        self.status = status
        self.quota_panel: QuotaPanel | None = None  # on a LinkedIn card
        session = view.session
        app = session.application(step.application_id)
        assert app is not None
        what = text_label(action(step, app), "title")
        when = timing(step, session.now())
        # How it stands in time, in the status's colour, then whose it is, in the muted text colour.
        detail = QLabel(
            f'<span style="color:{status_color(status, self.palette()).name()}">{html.escape(when)}</span>'
            f" · {html.escape(app.title)}"
        )
        detail.setTextFormat(Qt.TextFormat.RichText)
        detail.setWordWrap(True)
        detail.setProperty("role", "muted")
        self.setAccessibleName(f"{what.text()}. {app.title} · {when}")
        self.buttons = self._buttons(view, step, what.text())

        text = QVBoxLayout()
        text.setSpacing(Space.XS)
        text.addWidget(what)
        text.addWidget(detail)
        if step.kind is FollowUpKind.LINKEDIN:  # LinkedIn's note quota, and the way without a note
            self.quota_panel = today_panel(view.linkedin_quota, step)
            self.quota_panel.write_message.connect(lambda: view.draft_letter.emit(step, LetterKind.LINKEDIN_MESSAGE))
            self.quota_panel.connected_without_note.connect(lambda: session.mark(step, FollowUpState.DONE))
            text.addWidget(self.quota_panel)
        self.action_row = QHBoxLayout()
        self.action_row.setSpacing(Space.S)
        for control in self.buttons.values():
            self.action_row.addWidget(control)
        self.action_row.addStretch(1)
        # The actions beside the text when there is room; under it on a narrow window.
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.setSpacing(Space.M)
        self.body.addLayout(text, 1)
        self.body.addLayout(self.action_row)
        _card_layout(self, status).addLayout(self.body, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        room = self.width() - self.action_row.sizeHint().width() - 2 * ICON_PIXELS - 4 * Space.M
        narrow = room < self.fontMetrics().averageCharWidth() * TEXT_MIN_CHARACTERS
        wanted = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        if self.body.direction() != wanted:
            self.body.setDirection(wanted)
        super().resizeEvent(event)

    @staticmethod
    def _buttons(view: TodayView, step: Step, what: str) -> dict[str, QAbstractButton]:
        """Draft (for a letter) or Open first, as the primary action; then Done, Snooze, Skip."""
        session = view.session
        open_button = button(
            translate("Today", "Open"), translate("Today", "Open: {action}").format(action=what),
            lambda: view.open_step.emit(step),
        )  # fmt: skip
        done = button(
            translate("Today", "Done"), translate("Today", "Mark done: {action}").format(action=what),
            lambda: session.mark(step, FollowUpState.DONE),
        )  # fmt: skip
        snooze = QToolButton()
        snooze.setText(translate("Today", "Snooze"))
        snooze.setAccessibleName(translate("Today", "Snooze: {action}").format(action=what))
        snooze.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(snooze)
        menu.addAction(
            translate("Today", "For an hour"),
            lambda: session.mark(step, FollowUpState.SNOOZED, in_an_hour(session.now())),
        )
        menu.addAction(
            translate("Today", "Until tomorrow morning"),
            lambda: session.mark(
                step, FollowUpState.SNOOZED, tomorrow_morning(session.now(), session.settings(), session.zone())
            ),
        )
        menu.addAction(translate("Today", "Until a time I choose…"), lambda: view.snooze_until_chosen(step))
        snooze.setMenu(menu)
        skip = button(
            translate("Today", "Skip"), translate("Today", "Skip: {action}").format(action=what),
            lambda: session.mark(step, FollowUpState.SKIPPED),
        )  # fmt: skip
        buttons: dict[str, QAbstractButton] = {"open": open_button, "done": done, "snooze": snooze, "skip": skip}
        if not asks_for_a_letter(step.kind):
            open_button.setProperty("primary", True)
            return buttons
        draft = button(
            translate("Today", "Draft"), translate("Today", "Draft the letter: {action}").format(action=what),
            lambda: view.draft_step.emit(step),
        )  # fmt: skip
        draft.setProperty("primary", True)
        return {"draft": draft, **buttons}


class DoneRow(QFrame):
    """A follow-up done today: a quiet card with its tick (Edit › Undo brings it back)."""

    def __init__(self, view: TodayView, step: Step) -> None:
        super().__init__()
        self.step = step
        app = view.session.application(step.application_id)
        assert app is not None
        what = text_label(action(step, app), "muted")
        self.setAccessibleName(translate("Today", "Done: {action}").format(action=what.text()))
        layout = _card_layout(self, Status.DONE)
        layout.addWidget(what, 1)
        layout.addWidget(text_label(app.title, "caption", wrap=False))


class SnoozeDialog(QDialog):
    """Pick the moment a snoozed follow-up should come back."""

    def __init__(self, now: datetime, zone: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Today", "Snooze until"))
        self.zone = zone
        # Shown and read as wall-clock time in the user's zone (Settings), not the computer's.
        later = (now + timedelta(hours=3)).astimezone(zone)
        self.when = QDateTimeEdit(QDateTime(QDate(later.year, later.month, later.day), QTime(later.hour, later.minute)))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("ddd d MMM yyyy HH:mm")
        self.when.setAccessibleName(translate("Today", "Remind me again at"))
        self.error = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept_if_future)
        buttons.rejected.connect(self.reject)
        self._now = now
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("Today", "Remind me again at:")))
        layout.addWidget(self.when)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def chosen(self) -> datetime:
        picked = self.when.dateTime()
        day, clock = picked.date(), picked.time()
        local = datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute(), tzinfo=self.zone)
        return local.astimezone(UTC)

    def _accept_if_future(self) -> None:
        if self.chosen() <= self._now:
            self.error.setText(translate("Today", "Choose a time in the future."))
            return
        self.accept()


class TodayView(QWidget):
    open_step = Signal(object)  # a Step: the window opens what it is about
    draft_step = Signal(object)  # a Step whose action is a letter: the window opens the letter editor
    draft_letter = Signal(object, object)  # a Step and the LetterKind to open instead of the step's own
    new_interview = Signal()
    open_guide = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.rows: list[StepRow] = []
        self.done_rows: list[DoneRow] = []
        self.welcome: Welcome | None = None  # built on the first run only
        self.linkedin_quota = SessionQuota(session)
        self.empty: EmptyState | None = None  # built the first time there is nothing to do
        self.heading = text_label("", "display")
        self.heading.setAccessibleName(translate("Today", "Summary"))
        self.summary = text_label("", "muted")
        self.content = QWidget()
        self.list_layout = QVBoxLayout()
        self.list_layout.setSpacing(Space.S)
        self.column = QVBoxLayout(self.content)
        self.column.setContentsMargins(Space.XL, Space.L, Space.XL, Space.XL)
        self.column.setSpacing(Space.S)
        self.column.addWidget(self.heading)
        self.column.addWidget(self.summary)
        self.column.addSpacing(Space.S)
        self.column.addLayout(self.list_layout)
        self.column.addStretch(1)
        scroll = QScrollArea()
        scroll.setAccessibleName(translate("Today", "Follow-ups to do"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        refresh_when_visible(session, self, self.refresh)
        self.refresh()

    @property
    def add_button(self) -> QPushButton | None:
        """The first run's "Add the interview you just had" (None once there are applications)."""
        return self.welcome.add_button if self.welcome is not None else None

    def refresh(self) -> None:
        self._clear()
        if not self.session.loaded:
            self._say(translate("Today", "Today"), translate("Today", "Loading your applications…"))
            return
        first_run = not self.session.applications()
        self._show_welcome(first_run)
        if first_run:
            return
        now, zone = self.session.now(), self.session.zone()
        steps = self.session.steps()
        self.linkedin_quota = SessionQuota(self.session)  # worked out once per refresh, if a LinkedIn card asks
        groups = agenda(steps, now, zone)
        pressing = len(groups[Group.OVERDUE]) + len(groups[Group.TODAY])
        self._say(translate("Today", "Today"), _summary(pressing, len(groups[Group.OVERDUE])))
        for group, members in groups.items():
            self._add_group(group, members)
        today = local_date(now, zone)
        self._add_done([s for s in steps if s.state is FollowUpState.DONE and _on(s.done_at, today, zone)])
        self._show_empty(not any(groups.values()))

    def _clear(self) -> None:
        while self.list_layout.count():
            item = self.list_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.rows = []
        self.done_rows = []

    def _say(self, title: str, summary: str) -> None:
        self.heading.setText(title)
        self.summary.setText(summary)

    def _show_welcome(self, first_run: bool) -> None:
        if first_run and self.welcome is None:
            from afterview.ui.welcome import Welcome

            self.welcome = Welcome(self.session)
            self.welcome.add_interview.connect(self.new_interview.emit)
            self.welcome.open_guide.connect(self.open_guide.emit)
            self.column.insertWidget(self.column.indexOf(self.summary) + 2, self.welcome)
        if self.welcome is not None:
            self.welcome.setVisible(first_run)
            if first_run:
                self.welcome.refresh()
                self._say(
                    translate("Today", "Welcome to Afterview"),
                    translate(
                        "Today",
                        "After each interview, Afterview walks you through what career advisers recommend. "
                        "Two steps to begin:",
                    ),
                )
        if self.empty is not None and first_run:
            self.empty.hide()

    def _show_empty(self, nothing_to_do: bool) -> None:
        if nothing_to_do and self.empty is None:
            self.empty = EmptyState(
                "sparkles",
                translate("Today", "Nothing to do this week"),
                translate(
                    "Today",
                    "New follow-ups appear here as soon as you add an interview: thank-you letters, LinkedIn "
                    "notes, check-ins. Good luck with your search!",
                ),
            )
            self.empty.add_button(
                primary_button(
                    translate("Today", "Add an interview"), translate("Today", "Add an interview"),
                    self.new_interview.emit,
                )
            )  # fmt: skip
            self.column.insertWidget(self.column.indexOf(self.summary) + 2, self.empty)
        if self.empty is not None:
            self.empty.setVisible(nothing_to_do)

    def _add_group(self, group: Group, steps: list[Step]) -> None:
        if not steps:
            return
        self._add_title(translate("Today", GROUP_LABELS[group]), len(steps))
        for step in steps[:MAX_ROWS_PER_GROUP]:
            row = StepRow(self, step, GROUP_STATUS[group])
            self.rows.append(row)
            self.list_layout.addWidget(row)
        if len(steps) > MAX_ROWS_PER_GROUP:
            more = len(steps) - MAX_ROWS_PER_GROUP
            self.list_layout.addWidget(
                text_label(translate("Today", "… and {count} more").format(count=number(more)), "muted")
            )

    def _add_done(self, steps: list[Step]) -> None:
        if not steps:
            return
        self._add_title(translate("Today", DONE_TODAY), len(steps))
        for step in steps[:MAX_ROWS_PER_GROUP]:
            row = DoneRow(self, step)
            self.done_rows.append(row)
            self.list_layout.addWidget(row)

    def _add_title(self, label: str, count: int) -> None:
        title = text_label(f"{label} ({number(count)})", "title")
        title.setAccessibleName(f"{label}: {number(count)}")
        if self.list_layout.count():
            self.list_layout.addSpacing(Space.M)
        self.list_layout.addWidget(title)

    def snooze_until_chosen(self, step: Step) -> None:
        dialog = SnoozeDialog(self.session.now(), self.session.zone(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.session.mark(step, FollowUpState.SNOOZED, dialog.chosen())


def _on(moment: datetime | None, day: date, zone: tzinfo) -> bool:
    return moment is not None and local_date(moment, zone) == day


def _summary(pressing: int, overdue: int) -> str:
    if pressing == 0:
        return translate("Today", "You are up to date. Well done.")
    if not overdue:
        return plural(
            pressing,
            translate("Today", "{count} follow-up to do. Short and kind is enough."),
            translate("Today", "{count} follow-ups to do. Short and kind is enough."),
        )
    one = translate("Today", "{count} follow-up to do, {overdue} of them overdue. Short and kind is enough.")
    many = translate("Today", "{count} follow-ups to do, {overdue} of them overdue. Short and kind is enough.")
    return (one if pressing == 1 else many).format(count=number(pressing), overdue=number(overdue))
