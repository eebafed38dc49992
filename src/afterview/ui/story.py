"""The story of the application selected on the Applications page, on one page: the next step on
top, then every round, review, letter, check-in, answer and lesson in time order, and what is
still to do.

The events come from :func:`afterview.domain.story.story`; this view only writes them out as
read-only rich text (a screen reader reads it as a document; Tab reaches it and the arrow keys
scroll it) with each date in the user's zone. Its page tells it which application is selected
and refreshes it when the data changes.
"""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QTextBrowser, QVBoxLayout, QWidget

from afterview.domain.plan import Status
from afterview.domain.story import Event, NextStep, Story, story
from afterview.i18n import short_date, short_date_time, translate
from afterview.ui import theme
from afterview.ui.brief_dialog import BriefButton
from afterview.ui.session import Session

# The theme's colour for how a step stands; lapsed and skipped ones are told in the muted colour.
STATUS_COLORS = {
    Status.LATE: theme.Status.LATE,
    Status.DUE: theme.Status.DUE,
    Status.UPCOMING: theme.Status.UPCOMING,
    Status.SNOOZED: theme.Status.SNOOZED,
    Status.DONE: theme.Status.DONE,
}


class StoryView(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.app_id: str | None = None
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setTabChangesFocus(True)  # Tab moves on: no keyboard trap
        self.text.setFrameShape(QFrame.Shape.StyledPanel)
        self.text.setAccessibleName(translate("Story", "Story of the selected application"))
        self.text.setAccessibleDescription(
            translate("Story", "The next step first, then everything that happened, in time order")
        )
        self.brief_button = BriefButton()  # shown while the application has a round to come
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.brief_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.text)
        self.refresh()

    def show_application(self, app_id: str | None) -> None:
        """Tell the story of ``app_id`` (None: nothing is selected)."""
        if app_id != self.app_id:
            self.app_id = app_id
            self.refresh()

    def refresh(self) -> None:
        session = self.session
        app = session.application(self.app_id) if self.app_id else None
        self.brief_button.show_for(session, app)
        if app is None:
            self.text.setHtml(_nothing_selected())
            return
        now = session.now()
        told = story(app, session.steps_for(app.id), now)
        self.text.setHtml(_Writer(told, now, session, theme.colors_for(self.palette())).page())


def _nothing_selected() -> str:
    title = html.escape(translate("Story", "Select an application to see its story"))
    hint = html.escape(
        translate(
            "Story",
            "Its next step comes first, then each interview, letter, check-in and answer, in the order "
            "they happened. Use the arrow keys in the table, or click a row.",
        )
    )
    return f"<h3>{title}</h3><p>{hint}</p>"


class _Writer:
    """One story as HTML, in the user's zone and the palette's colours."""

    def __init__(self, told: Story, now: datetime, session: Session, colors: theme.Colors) -> None:
        self.told = told
        self.zone = session.zone()
        self.year = now.astimezone(self.zone).year
        self.colors = colors

    def page(self) -> str:
        told = self.told
        stage = translate("Story", "Stage: {stage}").format(stage=told.stage)
        parts = [
            f"<h3>{html.escape(told.title)}</h3>",
            f"<p style='color:{self.colors.muted}'>{html.escape(stage)}</p>",
            self.next_step(told.next_step),
        ]
        if told.past:
            parts.append(self.section(translate("Story", "So far"), told.past))
        if told.to_come:
            parts.append(self.section(translate("Story", "Still to do"), told.to_come))
        return "".join(parts)

    def next_step(self, step: NextStep | None) -> str:
        heading = html.escape(translate("Story", "Next step"))
        if step is None:
            text = html.escape(translate("Story", "Nothing to do for now."))
            return self.boxed(f"<b>{heading}</b><br>{text}")
        by = translate("Story", "by {when}") if step.step.deadline else translate("Story", "from {when}")
        when = self.colored(f"{step.timing} · {by.format(when=self.moment(step.due))}", step.status)
        return self.boxed(
            f"<b>{heading}</b><br><span style='font-size:large'>{html.escape(step.action)}</span><br>{when}"
        )

    def boxed(self, content: str) -> str:
        """The next step on the theme's "selected" colour, which keeps the text readable on it."""
        return (
            f"<table width='100%' cellpadding='8' cellspacing='0' bgcolor='{self.colors.selected}'>"
            f"<tr><td style='color:{self.colors.text}'>{content}</td></tr></table>"
        )

    def colored(self, text: str, status: Status | None) -> str:
        color = self.colors.status(STATUS_COLORS[status]) if status in STATUS_COLORS else self.colors.muted
        return f"<span style='color:{color}'>{html.escape(text)}</span>"

    def section(self, title: str, events: tuple[Event, ...]) -> str:
        rows = "".join(self.row(event) for event in events)
        return f"<h4>{html.escape(title)}</h4><table cellpadding='3' cellspacing='0'>{rows}</table>"

    def row(self, event: Event) -> str:
        when = short_date(event.day, year=event.day.year != self.year) if event.day else self.moment(event.at)
        if event.status is not None and event.details:  # a step's timing ("due in 5 h"), in its colour
            details = "".join(f"<br>{self.colored(detail, event.status)}" for detail in event.details)
        else:
            details = "".join(f"<br>{_lines(detail)}" for detail in event.details)
        return (
            f"<tr><td valign='top' style='white-space:nowrap; color:{self.colors.muted}'>{html.escape(when)}</td>"
            f"<td valign='top'><b>{html.escape(event.title)}</b>{details}</td></tr>"
        )

    def moment(self, at: datetime) -> str:
        local = at.astimezone(self.zone)
        return short_date_time(local, year=local.year != self.year)


def _lines(text: str) -> str:
    return "<br>".join(html.escape(line) for line in text.splitlines())
