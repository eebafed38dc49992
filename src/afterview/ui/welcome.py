"""The first run, on Today: a welcome that leads.

First it asks for the two things Afterview needs from the user (their name, which signs their
letters, and their time zone, pre-filled with the computer's) and saves them through the session;
then it offers to add the interview they have just had (the interview editor starts it at the last
round hour: 14:20 → 14:00 today), with the guide and "start at login" beside it. Below, the six
steps Afterview will walk them through.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from afterview.clock import system_zone_name
from afterview.domain.model import ValidationError
from afterview.i18n import QT_TRANSLATE_NOOP, translate
from afterview.ui.empty_state import primary_button, text_label
from afterview.ui.forms import ErrorLabel
from afterview.ui.session import Session
from afterview.ui.theme import Space

FIELD_CHARACTERS = 48  # the name and zone fields: room for a long name, not the whole card

STEPS = QT_TRANSLATE_NOOP(
    "Welcome",
    "<ol>"
    "<li><b>Ask</b> before you leave what the next step is and when they will decide.</li>"
    "<li><b>Review</b> how it went: the questions, your answers, what to improve.</li>"
    "<li><b>Thank</b> each interviewer with a brief letter within a day.</li>"
    "<li><b>Connect</b> with them on LinkedIn with a short note.</li>"
    "<li><b>Check in</b> politely if you hear nothing, but never more than twice.</li>"
    "<li><b>Learn</b> from the outcome and take it into your next interview.</li>"
    "</ol>",
)


def _card(*title_and_body: QWidget) -> tuple[QFrame, QVBoxLayout]:
    card = QFrame()
    card.setProperty("card", True)
    layout = QVBoxLayout(card)
    layout.setContentsMargins(Space.XL, Space.L, Space.XL, Space.L)
    layout.setSpacing(Space.M)
    for widget in title_and_body:
        layout.addWidget(widget)
    return card, layout


def _zone_box(current: str) -> QComboBox:
    """Any IANA zone, typed ("madrid" finds Europe/Madrid) or picked."""
    from zoneinfo import available_timezones

    box = QComboBox()
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    box.addItems(sorted(available_timezones()))
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(20)
    completer = QCompleter(box.model(), box)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    box.setCompleter(completer)
    box.setCurrentText(current)
    return box


class Welcome(QWidget):
    """Two steps in cards: about you (name, time zone), then your first interview."""

    add_interview = Signal()  # the interview the user just had
    open_guide = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._about_you_done = False
        self.about_you = self._about_you_card()
        self.first_interview = self._first_interview_card()
        steps_title = text_label(translate("Welcome", "What Afterview walks you through after each interview"), "title")
        steps = QLabel(translate("Welcome", STEPS))
        steps.setTextFormat(Qt.TextFormat.RichText)
        steps.setWordWrap(True)
        steps.setAccessibleName(translate("Welcome", "The steps after an interview"))
        offline = text_label(translate("Welcome", "Everything stays on this computer."), "muted")
        self.steps, _ = _card(steps_title, steps, offline)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(Space.L)
        layout.addWidget(self.about_you)
        layout.addWidget(self.first_interview)
        layout.addWidget(self.steps)

    def _about_you_card(self) -> QFrame:
        settings = self.session.settings()
        title = text_label(translate("Welcome", "First, about you"), "title")
        why = text_label(
            translate(
                "Welcome",
                "Your name signs your letters; your time zone decides when reminders reach you. "
                "You can change both later in Settings.",
            ),
            "muted",
        )
        self.name = QLineEdit(settings.user_name)
        self.name.setMaxLength(200)
        self.name.setPlaceholderText(translate("Welcome", "e.g. Lucía Pérez"))
        self.name.setAccessibleName(translate("Settings", "Your name"))
        self.zone = _zone_box(settings.time_zone or system_zone_name())
        self.zone.setAccessibleName(translate("Welcome", "Your time zone"))
        if (zone_line := self.zone.lineEdit()) is not None:  # the text typed in: named too
            zone_line.setAccessibleName(translate("Welcome", "Your time zone"))
        self.error = ErrorLabel()
        for field in (self.name, self.zone):
            field.setMaximumWidth(FIELD_CHARACTERS * self.fontMetrics().averageCharWidth())
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(Space.M)
        form.addRow(translate("Settings", "Your name"), self.name)
        form.addRow(translate("Welcome", "Your time zone"), self.zone)
        self.continue_button = primary_button(
            translate("Welcome", "Continue"), translate("Welcome", "Save your name and time zone"), self.save_about_you
        )
        self.name.returnPressed.connect(self.continue_button.click)
        card, layout = _card(title, why)
        layout.addLayout(form)
        layout.addWidget(self.error)
        row = QHBoxLayout()
        row.addWidget(self.continue_button)
        row.addStretch(1)
        layout.addLayout(row)
        return card

    def _first_interview_card(self) -> QFrame:
        self.greeting = text_label("", "title")
        why = text_label(
            translate(
                "Welcome",
                "Add it now, while it is fresh: Afterview plans your thank-you letters, LinkedIn notes and "
                "check-ins from it, and Today will show what to do first.",
            ),
            "muted",
        )
        self.add_button: QPushButton = primary_button(
            translate("Welcome", "Add the interview you just had"),
            translate("Welcome", "Add the interview you just had"),
            self.add_interview.emit,
        )
        self.guide_button = QPushButton(translate("Today", "Read the guide"))
        self.guide_button.setAccessibleName(
            translate("Today", "Read the guide: what to do after an interview, and why")
        )
        self.guide_button.clicked.connect(self.open_guide.emit)
        # The short text on the box (a check box does not wrap: a long Spanish one widened the page);
        # why, in its description.
        self.login_box = QCheckBox(translate("Today", "Start Afterview when I log in"))
        self.login_box.setAccessibleName(translate("Today", "Start Afterview when I log in"))
        self.login_box.setToolTip(
            translate("Today", "Start Afterview when I log in, so reminders reach me with the window closed")
        )
        self.login_box.toggled.connect(
            lambda on: self.session.save_settings(self.session.settings().with_values(start_at_login=on))
        )
        card, layout = _card(self.greeting, why)
        row = QHBoxLayout()
        row.setSpacing(Space.S)
        row.addWidget(self.add_button)
        row.addWidget(self.guide_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.login_box)
        return card

    def refresh(self) -> None:
        """The step the user is at: about you until a name is saved (or Continue pressed), then the interview."""
        settings = self.session.settings()
        asking = not self._about_you_done and not settings.user_name
        self.about_you.setVisible(asking)
        self.first_interview.setVisible(not asking)
        first_name = settings.user_name.split()[0] if settings.user_name.strip() else ""
        self.greeting.setText(
            translate("Welcome", "Hello, {name}. Just had an interview?").format(name=first_name)
            if first_name
            else translate("Welcome", "Just had an interview?")
        )
        self.login_box.blockSignals(True)
        self.login_box.setChecked(settings.start_at_login)
        self.login_box.blockSignals(False)

    def save_about_you(self) -> bool:
        """Save the name and time zone (checked as Settings checks them); False, with the problem
        shown, when they cannot be saved."""
        try:
            chosen = self.session.settings().with_values(
                user_name=self.name.text().strip(), time_zone=self.zone.currentText().strip()
            )
        except ValidationError as error:
            self.error.show_message("\n".join(problem.message for problem in error.errors))
            return False
        self.error.show_message("")
        self._about_you_done = True
        self.session.save_settings(chosen)  # the views refresh, this one included
        self.refresh()
        self.add_button.setFocus()
        return True
