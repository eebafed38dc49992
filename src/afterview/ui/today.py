"""Today: the landing view. What to do now, what is overdue, what comes this week.

Each follow-up reads as what to do, for whom, and how it stands in time, with its actions beside
it: open, done, snooze (an hour, tomorrow morning, a chosen time) and skip. On the first run, a
short welcome explains what Afterview will walk the user through and offers to add an interview.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta, tzinfo

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
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
from afterview.domain.letters import asks_for_a_letter
from afterview.domain.model import FollowUpState
from afterview.domain.plan import Step
from afterview.domain.progress import in_an_hour, tomorrow_morning
from afterview.domain.wording import action, timing
from afterview.i18n import QT_TRANSLATE_NOOP, number, plural, translate
from afterview.ui.forms import button
from afterview.ui.session import Session, refresh_when_visible

MAX_ROWS_PER_GROUP = 50  # beyond this a list stops helping; the rest are counted
GROUP_LABELS = {
    Group.OVERDUE: QT_TRANSLATE_NOOP("Today", "Overdue"),
    Group.TODAY: QT_TRANSLATE_NOOP("Today", "Today"),
    Group.THIS_WEEK: QT_TRANSLATE_NOOP("Today", "This week"),
    Group.SNOOZED: QT_TRANSLATE_NOOP("Today", "Snoozed"),
}
WELCOME = QT_TRANSLATE_NOOP(
    "Today",
    "<h2>Welcome to Afterview</h2>"
    "<p>After each interview, Afterview walks you through what career advisers recommend:</p>"
    "<ol>"
    "<li><b>Ask</b> before you leave what the next step is and when they will decide.</li>"
    "<li><b>Review</b> how it went: the questions, your answers, what to improve.</li>"
    "<li><b>Thank</b> each interviewer with a brief letter within a day.</li>"
    "<li><b>Connect</b> with them on LinkedIn with a short note.</li>"
    "<li><b>Check in</b> politely if you hear nothing, but never more than twice.</li>"
    "<li><b>Learn</b> from the outcome and take it into your next interview.</li>"
    "</ol>"
    "<p>Everything stays on this computer.</p>",
)


class StepRow(QFrame):
    """One follow-up with its actions."""

    def __init__(self, view: TodayView, step: Step) -> None:
        super().__init__()
        self.step = step
        session = view.session
        app = session.application(step.application_id)
        assert app is not None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        what = QLabel(action(step, app))
        bold = QFont(what.font())
        bold.setBold(True)
        what.setFont(bold)
        what.setWordWrap(True)
        detail = QLabel(f"{app.title} · {timing(step, session.now())}")
        detail.setWordWrap(True)
        self.setAccessibleName(f"{what.text()}. {detail.text()}")

        open_button = button(
            translate("Today", "Open"),
            translate("Today", "Open: {action}").format(action=what.text()),
            lambda: view.open_step.emit(step),
        )
        done = button(
            translate("Today", "Done"),
            translate("Today", "Mark done: {action}").format(action=what.text()),
            lambda: session.mark(step, FollowUpState.DONE),
        )
        snooze = QToolButton()
        snooze.setText(translate("Today", "Snooze"))
        snooze.setAccessibleName(translate("Today", "Snooze: {action}").format(action=what.text()))
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
            translate("Today", "Skip"),
            translate("Today", "Skip: {action}").format(action=what.text()),
            lambda: session.mark(step, FollowUpState.SKIPPED),
        )
        self.buttons: dict[str, QAbstractButton] = {"open": open_button, "done": done, "snooze": snooze, "skip": skip}
        if asks_for_a_letter(step.kind):
            draft = button(
                translate("Today", "Draft"),
                translate("Today", "Draft the letter: {action}").format(action=what.text()),
                lambda: view.draft_step.emit(step),
            )
            self.buttons = {"draft": draft, **self.buttons}

        text = QVBoxLayout()
        text.addWidget(what)
        text.addWidget(detail)
        layout = QHBoxLayout(self)
        layout.addLayout(text, 1)
        for control in self.buttons.values():
            layout.addWidget(control)


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
    new_interview = Signal()
    open_guide = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.rows: list[StepRow] = []
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(translate("Today", "Summary"))
        self.add_button = QPushButton(translate("Today", "Add your first interview"))
        self.add_button.setAccessibleName(translate("Today", "Add your first interview"))
        self.add_button.clicked.connect(self.new_interview.emit)
        self.guide_button = QPushButton(translate("Today", "Read the guide: what to do after an interview, and why"))
        self.guide_button.setAccessibleName(translate("Today", "Read the guide"))
        self.guide_button.clicked.connect(self.open_guide.emit)
        self.login_box = QCheckBox(
            translate("Today", "Start Afterview when I log in, so reminders reach me with the window closed")
        )
        self.login_box.setAccessibleName(translate("Today", "Start Afterview when I log in"))
        self.login_box.toggled.connect(
            lambda on: self.session.save_settings(dataclasses.replace(self.session.settings(), start_at_login=on))
        )
        self.content = QWidget()
        self.content_layout = QVBoxLayout(self.content)
        self.content_layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setAccessibleName(translate("Today", "Follow-ups to do"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.content)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        first_steps = QHBoxLayout()
        first_steps.addWidget(self.add_button)
        first_steps.addWidget(self.guide_button)
        first_steps.addStretch()
        layout.addLayout(first_steps)
        layout.addWidget(self.login_box)
        layout.addWidget(scroll, 1)
        refresh_when_visible(session, self, self.refresh)
        self.refresh()

    def refresh(self) -> None:
        while self.content_layout.count():
            item = self.content_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.rows = []
        if not self.session.loaded:
            self.add_button.hide()
            self.guide_button.hide()
            self.login_box.hide()
            self.heading.setText(_heading(translate("Today", "Loading your applications…")))
            return
        first_run = not self.session.applications()
        self.add_button.setVisible(first_run)
        self.guide_button.setVisible(first_run)
        self.login_box.setVisible(first_run)
        self.login_box.blockSignals(True)
        self.login_box.setChecked(self.session.settings().start_at_login)
        self.login_box.blockSignals(False)
        if first_run:
            self.heading.setText(translate("Today", WELCOME))
            return
        groups = agenda(self.session.steps(), self.session.now(), self.session.zone())
        pressing = len(groups[Group.OVERDUE]) + len(groups[Group.TODAY])
        self.heading.setText(_heading(_summary(pressing, len(groups[Group.OVERDUE]))))
        for group, steps in groups.items():
            if not steps:
                continue
            label = translate("Today", GROUP_LABELS[group])
            title = QLabel(f"<h3>{label} ({len(steps)})</h3>")
            title.setAccessibleName(f"{label}: {len(steps)}")
            self.content_layout.addWidget(title)
            for step in steps[:MAX_ROWS_PER_GROUP]:
                row = StepRow(self, step)
                self.rows.append(row)
                self.content_layout.addWidget(row)
            if len(steps) > MAX_ROWS_PER_GROUP:
                more = len(steps) - MAX_ROWS_PER_GROUP
                self.content_layout.addWidget(QLabel(translate("Today", "… and {count} more").format(count=more)))
        if not any(groups.values()):
            self.content_layout.addWidget(
                QLabel(translate("Today", "Nothing to do this week. Good luck with your search!"))
            )

    def snooze_until_chosen(self, step: Step) -> None:
        dialog = SnoozeDialog(self.session.now(), self.session.zone(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.session.mark(step, FollowUpState.SNOOZED, dialog.chosen())


def _heading(text: str) -> str:
    """Today's title above one paragraph of ``text``."""
    return "<h2>" + translate("Today", "Today") + "</h2><p>" + text + "</p>"


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
