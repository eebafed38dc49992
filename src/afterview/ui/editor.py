"""The application editor: the company, the stage, when they will decide, and every interview round.

One dialog takes a new interview from nothing to saved: company, position, when, how, with whom
and "when will they decide?". The same dialog edits an existing application and adds rounds. The
rules are the domain's: on Save the form builds an :class:`Application`, and every problem the
domain finds is shown beside its field; nothing is saved until there are none. Closing it with
changes asks first (see :mod:`afterview.ui.guard`).
"""

from __future__ import annotations

import re
import zoneinfo
from datetime import timedelta

from PySide6.QtCore import Qt, QTime, QTimer, SignalInstance
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTableWidgetItem,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from afterview.domain.calendar import last_round_hour, resolve_zone
from afterview.domain.labels import FORMAT_LABELS, KIND_LABELS, STAGE_LABELS
from afterview.domain.model import (
    Application,
    Interview,
    Interviewer,
    InterviewFormat,
    InterviewKind,
    Stage,
    ValidationError,
)
from afterview.domain.rounds import suggested_kind
from afterview.domain.timeline import QuickPick, apply_quick_pick, read_timeline, recorded_quick_pick
from afterview.i18n import QT_TRANSLATE_NOOP, short_date, translate
from afterview.ui.date_field import DateField
from afterview.ui.desktop import Desktop
from afterview.ui.forms import (
    ErrorLabel,
    FieldErrors,
    button,
    editable_table,
    finish_typing,
    follow_focus,
    from_local_fields,
    from_qdate,
    one_tab_stop,
    share_columns,
    to_qdate,
)
from afterview.ui.guard import GuardedDialog
from afterview.ui.session import Session

INTERVIEWER_COLUMNS = (
    QT_TRANSLATE_NOOP("Editor", "Name"),
    QT_TRANSLATE_NOOP("Editor", "Title"),
    QT_TRANSLATE_NOOP("Editor", "Email"),
    QT_TRANSLATE_NOOP("Editor", "Phone"),
    QT_TRANSLATE_NOOP("Editor", "LinkedIn address"),
)
INTERVIEWER_FIELDS = ("name", "title", "email", "phone", "linkedin_url")
ZONE_LETTERS = 16  # the time-zone box is this wide (the list shows the long names whole)


def _clear_on_change(label: ErrorLabel, *changes: SignalInstance) -> None:
    """A field's message goes as soon as the field changes: it was about what was there before."""
    for changed in changes:
        changed.connect(lambda *_: label.show_message(""))


def _zones() -> list[str]:
    return sorted(
        name for name in zoneinfo.available_timezones() if "/" in name and not name.startswith(("Etc/", "SystemV/"))
    )


class InterviewForm(QWidget):
    """One interview round: when, how long, how, where, notes, and the interviewers."""

    def __init__(self, interview: Interview, default_zone: str, errors: FieldErrors, index: int) -> None:
        super().__init__()
        self.interview = interview
        self._make_fields(interview, default_zone)
        add, remove = self._make_people_table(interview)
        self._lay_out(add, remove, errors, f"interviews[{index}]")
        model = self.people.model()
        model.rowsInserted.connect(self._suggest_kind)  # three people or more: a panel
        model.rowsRemoved.connect(self._suggest_kind)

    def _make_fields(self, interview: Interview, default_zone: str) -> None:
        """When, how long, how, where and the notes, filled from ``interview``."""
        local = interview.local_starts_at()
        self.day = DateField(to_qdate(local.date()))
        self.day.setAccessibleName(translate("Editor", "Interview date"))
        self.time = QTimeEdit(QTime(local.hour, local.minute))
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(translate("Editor", "Start time"))
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.addItems(_zones())
        # As wide as a usual zone name, not as the longest one ("America/Argentina/ComodRivadavia").
        self.zone.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.zone.setMinimumContentsLength(ZONE_LETTERS)
        zone_name = interview.time_zone if interview.time_zone != "UTC" else default_zone
        # The matching item current too, not only its text: leaving the box would select it, and the
        # dialog would count that as a change (Escape would then ask to save).
        index = self.zone.findText(zone_name)
        if index >= 0:
            self.zone.setCurrentIndex(index)
        self.zone.setCurrentText(zone_name)
        self.zone.setAccessibleName(translate("Editor", "Time zone of the interview"))
        if (zone_line := self.zone.lineEdit()) is not None:  # the text typed in: named too
            zone_line.setAccessibleName(translate("Editor", "Time zone of the interview"))
        self.zone.setAccessibleDescription(translate("Editor", "Time zone of the interview"))
        self.duration = QSpinBox()
        self.duration.setRange(1, 24 * 60)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(translate("Editor", " min"))
        self.duration.setValue(interview.duration_minutes)
        self.duration.setAccessibleName(translate("Editor", "Duration in minutes"))
        self.format = QComboBox()
        for value, label in FORMAT_LABELS.items():
            self.format.addItem(translate("Editor", label), value)
        self.format.setCurrentIndex(self.format.findData(interview.format))
        self.format.setAccessibleName(translate("Editor", "Format"))
        self.round_name = QLineEdit(interview.round_name)
        self.round_name.setPlaceholderText(translate("Editor", "e.g. First interview, Technical, Final"))
        self.round_name.setAccessibleName(translate("Editor", "Round name"))
        self.kind = QComboBox()
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(translate("Editor", label), kind)
        self.kind.setCurrentIndex(self.kind.findData(interview.kind))
        self.kind.setAccessibleName(translate("Editor", "Kind of interview"))
        self.kind.setToolTip(translate("Editor", "It shapes the letters: one per panel member, one note after a group"))
        # A new round follows the suggestion (from its name and the people met) until the user picks.
        self._kind_chosen = bool(interview.round_name or interview.interviewers)
        self.kind.activated.connect(self._kind_picked)
        self.round_name.textEdited.connect(self._suggest_kind)
        self.location = QLineEdit(interview.location)
        self.location.setPlaceholderText(translate("Editor", "Address or meeting link"))
        self.location.setAccessibleName(translate("Editor", "Location or link"))
        self.notes = QPlainTextEdit(interview.notes)
        self.notes.setPlaceholderText(
            translate("Editor", "Topics discussed, names, anything to mention in your thank-you letter")
        )
        self.notes.setAccessibleName(translate("Editor", "Interview notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 4)

    def _make_people_table(self, interview: Interview) -> tuple[QPushButton, QPushButton]:
        """The interviewers, one row each, and the buttons that add and remove a row."""
        self.people = editable_table(
            tuple(translate("Editor", column) for column in INTERVIEWER_COLUMNS),
            translate("Editor", "Interviewers"),
            translate("Editor", "One row per interviewer: name, title, email, phone and LinkedIn address"),
        )
        share_columns(self.people)  # each column at least as wide as its title
        row_height = self.people.verticalHeader().defaultSectionSize()
        self.people.setMinimumHeight(self.people.horizontalHeader().sizeHint().height() + row_height * 3 + 4)
        self._ids: list[str] = []
        for person in interview.interviewers:
            self._add_person(person)
        add = button(
            translate("Editor", "Add interviewer"),
            translate("Editor", "Add interviewer"),
            lambda: self._add_person(Interviewer(""), edit=True),
        )
        remove = button(
            translate("Editor", "Remove selected"),
            translate("Editor", "Remove selected interviewer"),
            self._remove_person,
        )
        return add, remove

    def _lay_out(self, add: QPushButton, remove: QPushButton, errors: FieldErrors, prefix: str) -> None:
        """The fields in a form, the interviewers below, and a place beside each for its problems."""
        form = QFormLayout()
        when = QHBoxLayout()
        when.addWidget(self.day)
        when.addWidget(self.time)
        when.addWidget(self.zone, 1)
        form.addRow(translate("Editor", "When"), when)
        start_error = ErrorLabel()
        form.addRow("", start_error)
        form.addRow(translate("Editor", "&Duration"), self.duration)
        duration_error = ErrorLabel()
        form.addRow("", duration_error)
        form.addRow(translate("Editor", "&Format"), self.format)
        form.addRow(translate("Editor", "&Round"), self.round_name)
        form.addRow(translate("Editor", "&Kind"), self.kind)
        form.addRow(translate("Editor", "&Location"), self.location)
        form.addRow(translate("Editor", "N&otes"), self.notes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        about_people = QLabel(
            translate("Editor", "Interviewers: one thank-you letter and one LinkedIn invitation each")
        )
        about_people.setWordWrap(True)  # one line was wider than a small screen in Spanish
        layout.addWidget(about_people)
        layout.addWidget(self.people)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch()
        layout.addLayout(buttons)
        people_error = ErrorLabel()
        layout.addWidget(people_error)

        errors.register(f"{prefix}.starts_at", start_error)
        errors.register(f"{prefix}.time_zone", start_error)
        errors.register(f"{prefix}.duration_minutes", duration_error)
        errors.register(f"{prefix}.interviewers", people_error)
        for name in ("round_name", "kind", "location", "notes", "format"):
            errors.register(f"{prefix}.{name}", duration_error)
        _clear_on_change(start_error, self.day.dateChanged, self.time.timeChanged, self.zone.currentTextChanged)
        _clear_on_change(
            duration_error, self.duration.valueChanged, self.format.currentIndexChanged, self.round_name.textChanged,
            self.kind.currentIndexChanged, self.location.textChanged, self.notes.textChanged,
        )  # fmt: skip
        model = self.people.model()
        _clear_on_change(people_error, self.people.itemChanged, model.rowsInserted, model.rowsRemoved)

    def _add_person(self, person: Interviewer, edit: bool = False) -> None:
        row = self.people.rowCount()
        self.people.insertRow(row)
        for column, name in enumerate(INTERVIEWER_FIELDS):
            self.people.setItem(row, column, QTableWidgetItem(getattr(person, name)))
        self._ids.append(person.id)
        if edit:
            self.people.setCurrentCell(row, 0)
            self.people.setFocus()
            self.people.edit(self.people.currentIndex())

    def _kind_picked(self) -> None:
        self._kind_chosen = True

    def _suggest_kind(self) -> None:
        if not self._kind_chosen:
            suggestion = suggested_kind(self.round_name.text(), self.people.rowCount())
            self.kind.setCurrentIndex(self.kind.findData(suggestion))

    def _remove_person(self) -> None:
        row = self.people.currentRow()
        if row >= 0:
            self.people.removeRow(row)
            del self._ids[row]

    def _cell(self, row: int, column: int) -> str:
        item = self.people.item(row, column)
        return item.text().strip() if item is not None else ""

    def fields(self) -> list[QWidget]:
        """What the user can change in this round (to tell whether they did)."""
        return [
            self.day, self.time, self.zone, self.duration, self.format, self.round_name, self.kind, self.location,
            self.notes, self.people,
        ]  # fmt: skip

    def focus_problem(self, field: str) -> None:
        """Put the focus on what ``field`` (the domain's path after "interviews[i].") names: an
        interviewer's cell, or the round's own field."""
        match = re.match(r"interviewers\[(\d+)\]\.?(\w*)", field)
        if match is not None:
            index, name = int(match.group(1)), match.group(2)
            kept = getattr(self, "_rows_kept", [])
            row = kept[index] if index < len(kept) else 0
            column = INTERVIEWER_FIELDS.index(name) if name in INTERVIEWER_FIELDS else 0
            self.people.setCurrentCell(row, column)
            self.people.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        name = field.split(".")[0].split("[")[0]
        fields: dict[str, QWidget] = {
            "starts_at": self.day, "time_zone": self.zone, "duration_minutes": self.duration, "format": self.format,
            "round_name": self.round_name, "kind": self.kind, "location": self.location, "notes": self.notes,
            "interviewers": self.people,
        }  # fmt: skip
        fields.get(name, self.day).setFocus(Qt.FocusReason.OtherFocusReason)

    def collect(self) -> Interview:
        """The interview as the form shows it; problems are for the domain to find."""
        zone_name = self.zone.currentText().strip() or "UTC"
        try:
            zone = resolve_zone(zone_name)
        except ValueError:
            zone = resolve_zone("UTC")  # the domain reports the bad name against time_zone
        interview = self.interview
        interview.starts_at = from_local_fields(
            self.day.date(), self.time.time().hour(), self.time.time().minute(), zone
        )
        interview.time_zone = zone_name
        interview.duration_minutes = self.duration.value()
        interview.format = InterviewFormat(self.format.currentData())  # Qt hands enum data back as plain str
        interview.round_name = self.round_name.text().strip()
        interview.kind = InterviewKind(self.kind.currentData())
        interview.location = self.location.text().strip()
        interview.notes = self.notes.toPlainText().strip()
        finish_typing(self.people)  # a cell still being typed in (Ctrl+S) counts too
        people = []
        self._rows_kept: list[int] = []  # the table's row of each interviewer kept (empty rows are not)
        for row, person_id in enumerate(self._ids):
            values = {name: self._cell(row, column) for column, name in enumerate(INTERVIEWER_FIELDS)}
            if any(values.values()):
                people.append(Interviewer(id=person_id, **values))
                self._rows_kept.append(row)
        interview.interviewers = people
        return interview


class ApplicationEditor(GuardedDialog):
    """Edit one application (a copy: Cancel drops it, after asking if it was changed) and save it
    through the session."""

    def __init__(
        self, session: Session, app: Application, desktop: Desktop, *, is_new: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.desktop = desktop
        self.app = app
        self.is_new = is_new
        self.setWindowTitle(
            translate("Editor", "New interview")
            if is_new
            else translate("Editor", "Edit {title}").format(title=app.title)
        )
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 90)
        self.general_error = ErrorLabel()
        self.errors = FieldErrors(self.general_error)
        self._make_application_fields(app)
        self._make_decision_fields(app)
        self.notes = QPlainTextEdit(app.notes)
        self.notes.setAccessibleName(translate("Editor", "Application notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 3)
        add_round = self._make_rounds(app, str(session.zone()))
        form = self._application_form()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        body = self._lay_out(form, add_round, buttons)
        self._fit_to_screen(body)
        self.company.setFocus()
        self.remember_fields()

    def _make_application_fields(self, app: Application) -> None:
        self.company = QLineEdit(app.company)
        self.company.setAccessibleName(translate("Editor", "Company"))
        self.company.setPlaceholderText(translate("Editor", "Required"))
        self.position = QLineEdit(app.position)
        self.position.setAccessibleName(translate("Editor", "Position"))
        self.stage = QComboBox()
        for stage, label in STAGE_LABELS.items():
            self.stage.addItem(translate("Editor", label), stage)
        self.stage.setCurrentIndex(self.stage.findData(app.stage))
        self.stage.setAccessibleName(translate("Editor", "Stage"))
        self.stage.setAccessibleDescription(
            translate("Editor", "Applied, screening, interviewing, final round, offer, then the outcome")
        )
        self.job_url = QLineEdit(app.job_url)
        self.job_url.setAccessibleName(translate("Editor", "Job posting address"))
        self.job_url.setPlaceholderText("https://")

    def _make_decision_fields(self, app: Application) -> None:
        """The answer to "When will they decide?": a quick pick or a date, what they said, the next step."""
        self.decision_group = QButtonGroup(self)
        self.decide_week = QRadioButton(translate("Editor", "In 1 week"))
        self.decide_two_weeks = QRadioButton(translate("Editor", "In 2 weeks"))
        self.decide_date = QRadioButton(translate("Editor", "On a date"))
        self.decide_unknown = QRadioButton(translate("Editor", "They didn't say"))
        radios = (self.decide_week, self.decide_two_weeks, self.decide_date, self.decide_unknown)
        picks = dict(zip(radios, QuickPick, strict=True))
        # In the order they are shown (the arrow keys follow it): "On a date" is on the second row.
        for radio in (self.decide_week, self.decide_two_weeks, self.decide_unknown, self.decide_date):
            self.decision_group.addButton(radio, picks[radio])
        self.decision_day = DateField()
        self.decision_day.setAccessibleName(translate("Editor", "Decision date"))
        self.timeline = QLineEdit(app.decision_timeline)
        self.timeline.setAccessibleName(translate("Editor", "What they said about timing"))
        self.timeline.setPlaceholderText(translate("Editor", 'What they said, e.g. "within two weeks"'))
        self.timeline_reading = QLabel()  # the date the words were read as, or that none could be
        self.timeline_reading.setWordWrap(True)
        self.timeline.textChanged.connect(self._show_timeline_reading)
        self.next_step = QLineEdit(app.next_step)
        self.next_step.setAccessibleName(translate("Editor", "Next step"))
        self.next_step.setPlaceholderText(translate("Editor", "e.g. a technical test, a final interview"))
        # The answer recorded, shown again (a new application: "they didn't say").
        today = self.session.now().astimezone(self.session.zone()).date()
        self.decision_group.button(recorded_quick_pick(app, today)).setChecked(True)
        shown = app.decision_expected_on or today + timedelta(days=14)
        self.decision_day.setDate(to_qdate(shown))
        self.decision_group.idToggled.connect(self._decision_toggled)  # by the mouse, Space or the arrows
        self._decision_picked(self.decision_group.checkedId())
        one_tab_stop(self.decision_group)

    def _make_rounds(self, app: Application, zone: str) -> QPushButton:
        """A tab per interview round, and the button that adds one."""
        self.rounds = QTabWidget()
        self.rounds.setAccessibleName(translate("Editor", "Interview rounds"))
        self.forms: list[InterviewForm] = []
        for interview in app.interviews:
            self._add_form(interview, zone)
        add_round = QPushButton(translate("Editor", "Add interview round"))
        add_round.setAccessibleName(translate("Editor", "Add interview round"))
        add_round.clicked.connect(self.add_round)
        return add_round

    def _application_form(self) -> QFormLayout:
        """The application's own fields, each with a place below it for its problems."""
        form = QFormLayout()
        form.addRow(translate("Editor", "&Company"), self.company)
        company_error = ErrorLabel()
        form.addRow("", company_error)
        form.addRow(translate("Editor", "&Position"), self.position)
        position_error = ErrorLabel()
        form.addRow("", position_error)
        form.addRow(translate("Editor", "&Stage"), self.stage)
        form.addRow(translate("Editor", "&Job posting"), self.job_url)
        url_error = ErrorLabel()
        form.addRow("", url_error)
        form.addRow(translate("Editor", "When will they decide?"), self._decision_picks())
        form.addRow("", self.timeline)
        form.addRow("", self.timeline_reading)
        self._show_timeline_reading()
        form.addRow(translate("Editor", "Next ste&p"), self.next_step)
        decision_error = ErrorLabel()
        form.addRow("", decision_error)
        form.addRow(translate("Editor", "N&otes"), self.notes)
        for path, error_label in (
            ("company", company_error), ("position", position_error), ("job_url", url_error), ("location", url_error),
            ("decision_expected_on", decision_error), ("decision_timeline", decision_error), ("next_step", decision_error),
        ):  # fmt: skip
            self.errors.register(path, error_label)
        _clear_on_change(company_error, self.company.textChanged)
        _clear_on_change(position_error, self.position.textChanged)
        _clear_on_change(url_error, self.job_url.textChanged)
        _clear_on_change(
            decision_error, self.decision_group.idToggled, self.decision_day.dateChanged, self.timeline.textChanged,
            self.next_step.textChanged,
        )  # fmt: skip
        return form

    def _decision_picks(self) -> QGridLayout:
        """The quick picks in two rows, the date beside "On a date": in one row they (in Spanish
        above all) made the dialog wider than a small screen."""
        picks = QGridLayout()
        picks.setContentsMargins(0, 0, 0, 0)
        picks.addWidget(self.decide_week, 0, 0)
        picks.addWidget(self.decide_two_weeks, 0, 1)
        picks.addWidget(self.decide_unknown, 0, 2)
        picks.addWidget(self.decide_date, 1, 0)
        picks.addWidget(self.decision_day, 1, 1, 1, 2, Qt.AlignmentFlag.AlignLeft)
        picks.setColumnStretch(3, 1)
        return picks

    def _lay_out(self, form: QFormLayout, add_round: QPushButton, buttons: QDialogButtonBox) -> QWidget:
        """Everything but the buttons scrolls, so Save stays reachable on a small (768 px) screen."""
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.general_error)
        inner.addLayout(form)
        inner.addWidget(self.rounds, 1)
        inner.addWidget(add_round, alignment=Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea()
        scroll.setAccessibleName(translate("Editor", "Application and interviews"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.body_scroll = scroll
        follow_focus(scroll)  # a field reached by Tab (a round's notes) is scrolled into sight whole
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        return body

    def _fit_to_screen(self, body: QWidget) -> None:
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            # Wide enough for everything in the form (never scrolled sideways: the labels' left edge
            # went out of sight), for the longer Spanish labels and every interviewer column, within
            # the screen.
            layout = self.layout()
            sides = layout.contentsMargins().left() + layout.contentsMargins().right() if layout is not None else 0
            scroll_bar = self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)
            whole = body.minimumSizeHint().width() + sides + scroll_bar
            wanted = max(self.sizeHint().width(), whole, self.fontMetrics().averageCharWidth() * 115)
            self.resize(min(wanted, screen.width() - 40), min(body.sizeHint().height() + 80, screen.height() - 60))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        # Typing starts in the first field: Qt would otherwise give the focus to the first button.
        QTimer.singleShot(0, self.company, self.company.setFocus)  # not once the dialog is gone

    def _add_form(self, interview: Interview, zone: str) -> InterviewForm:
        form = InterviewForm(interview, zone, self.errors, len(self.forms))
        self.forms.append(form)
        form.day.dateChanged.connect(self._show_timeline_reading)  # what they said is counted from the last round
        self.rounds.addTab(
            form, interview.round_name or translate("Editor", "Round {number}").format(number=len(self.forms))
        )
        return form

    def add_round(self) -> InterviewForm:
        """A new round, by default a week after the last one at the same time."""
        last = self.forms[-1].collect() if self.forms else None
        start = (
            (last.starts_at + timedelta(days=7)) if last else last_round_hour(self.session.now(), self.session.zone())
        )
        interview = Interview(starts_at=start, time_zone=last.time_zone if last else str(self.session.zone()))
        form = self._add_form(interview, str(self.session.zone()))
        self.rounds.setCurrentWidget(form)
        return form

    def _decision_toggled(self, button_id: int, checked: bool) -> None:
        if checked:
            self._decision_picked(button_id)
            self._show_timeline_reading()

    def _decision_picked(self, button_id: int) -> None:
        self.decision_day.setEnabled(button_id == QuickPick.ON_A_DATE)

    def _show_timeline_reading(self) -> None:
        """Below what they said: the date it was read as, or that none could be (the plan will then
        suggest asking). Shown only while no quick pick or date above decides instead."""
        decided = self.decision_group.checkedId() in (QuickPick.ONE_WEEK, QuickPick.TWO_WEEKS, QuickPick.ON_A_DATE)
        said_on = max((from_qdate(form.day.date()) for form in self.forms), default=self.session.now().date())
        reading = read_timeline(self.timeline.text(), said_on)
        message = ""
        if reading.day is not None and not decided:
            message = translate("Editor", "Read as {date}").format(date=short_date(reading.day))
        elif reading.unread and not decided:
            message = translate(
                "Editor",
                "I couldn't read a date in this — pick one above, or leave it and Afterview will suggest asking "
                "when they decide.",
            )
        self.timeline_reading.setText(message)
        self.timeline_reading.setVisible(bool(message))
        self.timeline.setAccessibleDescription(message)

    def collect(self) -> Application:
        app = self.app
        app.company = self.company.text().strip()
        app.position = self.position.text().strip()
        app.stage = Stage(self.stage.currentData())
        app.job_url = self.job_url.text().strip()
        app.notes = self.notes.toPlainText().strip()
        app.next_step = self.next_step.text().strip()
        app.interviews = [form.collect() for form in self.forms]
        app.decision_timeline = self.timeline.text().strip()
        choice = self.decision_group.checkedId()
        pick = QuickPick(choice) if choice in set(QuickPick) else QuickPick.NOT_SAID
        apply_quick_pick(app, pick, from_qdate(self.decision_day.date()), self.session.now().date())
        return app

    def watched_fields(self) -> list[QWidget]:
        own: list[QWidget] = [
            self.company, self.position, self.stage, self.job_url, *self.decision_group.buttons(),
            self.decision_day, self.timeline, self.next_step, self.notes,
        ]  # fmt: skip
        return own + [field for form in self.forms for field in form.fields()]

    def store(self) -> bool:
        app = self.collect()
        try:
            self.session.save(app)
        except ValidationError as error:
            self.errors.show(error.errors)
            self.general_error.show_message(
                translate("Editor", "Please correct the problems shown below; nothing was saved yet.")
                + ("\n" + self.general_error.text() if self.general_error.text() else "")
            )
            if error.errors:
                self._focus_problem(error.errors[0].field)
            return False
        return True

    def _focus_problem(self, field: str) -> None:
        """Keyboard users land on the first value to fix (not on the button they pressed)."""
        match = re.match(r"interviews\[(\d+)\]\.?(.*)", field)
        if match is not None and int(match.group(1)) < len(self.forms):
            form = self.forms[int(match.group(1))]
            self.rounds.setCurrentWidget(form)
            form.focus_problem(match.group(2))
        else:
            fields: dict[str, QWidget] = {
                "company": self.company, "position": self.position, "stage": self.stage, "job_url": self.job_url,
                "decision_expected_on": self.decision_day, "decision_timeline": self.timeline,
                "next_step": self.next_step, "notes": self.notes,
            }  # fmt: skip
            target = fields.get(field.split(".")[0], self.company)
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        focused = QApplication.focusWidget()
        if focused is not None:
            self.body_scroll.ensureWidgetVisible(focused)


def new_application(session: Session) -> Application:
    """What "New interview" starts from: one round that started at the last round hour (the user
    records the interview just had: at 14:20, today at 14:00), stage interviewing."""
    start = last_round_hour(session.now(), session.zone())
    interview = Interview(starts_at=start, time_zone=str(session.zone()), duration_minutes=45)
    return Application(company="", stage=Stage.INTERVIEWING, interviews=[interview], created_at=session.now())
