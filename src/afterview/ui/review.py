"""The self-assessment of one interview, and the outcome of an application with its lessons.

Both are dialogs over a copy of the application; Save stores it through the session (so the plan
sees a finished review or a recorded rejection at once), Cancel drops the copy (asking first when
something was changed: see :mod:`afterview.ui.guard`).
"""

from __future__ import annotations

import html
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from afterview.domain.model import (
    Application,
    Assessment,
    Interview,
    InterviewKind,
    Outcome,
    OutcomeKind,
    QuestionReview,
    Stage,
    ValidationError,
)
from afterview.i18n import QT_TRANSLATE_NOOP, short_date_time, translate
from afterview.ui.date_field import DateField
from afterview.ui.desktop import Desktop
from afterview.ui.forms import (
    ErrorLabel,
    FieldErrors,
    button,
    editable_table,
    finish_typing,
    fit_to_screen,
    one_tab_stop,
    scrolling,
)
from afterview.ui.guard import GuardedDialog
from afterview.ui.session import Session

# Labels are translated where shown: translate("Review", label).
QUESTION_COLUMNS = (
    QT_TRANSLATE_NOOP("Review", "Question asked"),
    QT_TRANSLATE_NOOP("Review", "Your answer"),
    QT_TRANSLATE_NOOP("Review", "Rating"),
    QT_TRANSLATE_NOOP("Review", "What to improve"),
)
RATINGS = (
    "—",
    QT_TRANSLATE_NOOP("Review", "1 · poor"),
    "2",
    QT_TRANSLATE_NOOP("Review", "3 · fair"),
    "4",
    QT_TRANSLATE_NOOP("Review", "5 · great"),
)


def _text_box(name: str, text: str, lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setAccessibleName(name)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


def _rating_box(name: str, value: int | None) -> QComboBox:
    box = QComboBox()
    box.addItems([translate("Review", rating) for rating in RATINGS])
    box.setCurrentIndex(value or 0)
    box.setAccessibleName(name)
    return box


def _rating(box: QComboBox) -> int | None:
    return box.currentIndex() or None


class _TabAfterRating(QObject):
    """In the questions table, Tab from a question's rating goes on to typing what to improve (and
    Shift+Tab back to the answer), as from any other cell; the rating box would otherwise keep the
    focus, or hand it out of the table, and the next words typed would pick a rating."""

    def __init__(self, table: QTableWidget) -> None:
        super().__init__(table)
        self.table = table

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if not (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)):
            return False
        if event.key() not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            return False
        rows = [row for row in range(self.table.rowCount()) if self.table.cellWidget(row, 2) is watched]
        if not rows:
            return False
        column = 3 if event.key() == Qt.Key.Key_Tab else 1
        item = self.table.item(rows[0], column)
        if item is None:
            item = QTableWidgetItem("")
            self.table.setItem(rows[0], column, item)
        self.table.setCurrentItem(item)
        self.table.editItem(item)
        return True


def interview_caption(interview: Interview) -> str:
    people = ", ".join(person.name for person in interview.interviewers) or translate(
        "Review", "no interviewer recorded"
    )
    return translate("Review", "{when} · {round} · with {people}").format(
        when=short_date_time(interview.local_starts_at()),
        round=interview.round_name or translate("Review", "Interview"),
        people=people,
    )


class _SavingDialog(GuardedDialog):
    """Save = collect the copy, store it through the session, show the domain's messages if refused."""

    session: Session
    errors: FieldErrors

    def collect(self) -> Application:
        raise AssertionError("each dialog collects its own form")  # pragma: no cover

    def ready(self) -> bool:
        """Whether the form can be saved at all (a dialog may first need a choice)."""
        return True

    def store(self) -> bool:
        if not self.ready():
            return False
        try:
            self.session.save(self.collect())
        except ValidationError as error:
            self.errors.show(error.errors)
            return False
        return True


class AssessmentDialog(_SavingDialog):
    """How the interview went: each question, the answer, a 1–5 rating, what to improve."""

    def __init__(
        self, session: Session, app: Application, interview_id: str, desktop: Desktop, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.desktop = desktop
        self.app = app
        interview = app.interview(interview_id)
        assert interview is not None
        self.interview = interview
        self.index = app.interviews.index(interview)
        assessment = interview.assessment or Assessment()
        self.setWindowTitle(translate("Review", "Review: {title}").format(title=app.title))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 100)
        self.general_error = ErrorLabel()
        self.errors = FieldErrors(self.general_error)

        question_buttons = self._make_questions_table(assessment)
        questions_error = ErrorLabel()
        self._make_overall_fields(assessment)
        rest_error = ErrorLabel()
        prefix = f"interviews[{self.index}].assessment"
        self.errors.register(f"{prefix}.questions", questions_error)
        self.errors.register(prefix, rest_error)
        self._lay_out(app, interview, question_buttons, questions_error, rest_error)
        self.remember_fields()

    def _make_questions_table(self, assessment: Assessment) -> QHBoxLayout:
        """A row per question asked, and below it the buttons that add and remove one."""
        self.questions = editable_table(
            tuple(translate("Review", column) for column in QUESTION_COLUMNS),
            translate("Review", "Questions asked"),
            translate(
                "Review", "One row per question: the question, your answer, a rating from 1 to 5, what to improve"
            ),
        )
        header = self.questions.horizontalHeader()
        for column in (0, 1, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        # As wide as the widest rating ("3 · regular"), whenever its rows come: sized to its contents,
        # the column followed only the rows there when the dialog opened, and a new review has none.
        widest = _rating_box("", None).sizeHint().width()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        grid = 1 if self.questions.showGrid() else 0  # a cell's box is the column less its grid line
        header.resizeSection(2, max(widest + grid, header.sectionSizeHint(2)))
        self._tab_after_rating = _TabAfterRating(self.questions)
        for question in assessment.questions:
            self.add_question(question)
        add = button(
            translate("Review", "Add question"),
            translate("Review", "Add question"),
            lambda: self.add_question(QuestionReview(""), edit=True),
        )
        remove = button(
            translate("Review", "Remove selected"),
            translate("Review", "Remove selected question"),
            lambda: self.questions.removeRow(self.questions.currentRow()),
        )
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch()
        return row

    def _make_overall_fields(self, assessment: Assessment) -> None:
        """The interview as a whole: a rating, what went well, what to improve, and whether the review is done."""
        self.overall = _rating_box(translate("Review", "Overall rating"), assessment.overall_rating)
        self.overall.setMaximumWidth(self.fontMetrics().averageCharWidth() * 16)
        self.went_well = _text_box(translate("Review", "What went well"), assessment.went_well)
        self.to_improve = _text_box(translate("Review", "What to improve"), assessment.to_improve)
        self.complete = QCheckBox(translate("Review", "I have finished this review"))
        self.complete.setChecked(assessment.completed_at is not None)
        self.complete.setAccessibleName(translate("Review", "I have finished this review"))

    def _lay_out(
        self,
        app: Application,
        interview: Interview,
        question_buttons: QHBoxLayout,
        questions_error: ErrorLabel,
        rest_error: ErrorLabel,
    ) -> None:
        """The questions first, while the user still remembers them, then the overall verdict."""
        form = QFormLayout()
        form.addRow(translate("Review", "&Overall"), self.overall)
        # A recruiter's screening call is reviewed briefly: the questions (and the rating) are
        # what the next round needs; the longer verdict is left out unless one was written.
        brief = interview.kind is InterviewKind.SCREENING and not (
            self.went_well.toPlainText() or self.to_improve.toPlainText()
        )
        if not brief:
            form.addRow(translate("Review", "What went &well"), self.went_well)
            form.addRow(translate("Review", "What to &improve"), self.to_improve)
        else:
            for left_out in (self.went_well, self.to_improve):
                left_out.setParent(self)  # kept (their texts are read on save), never shown
                left_out.hide()
        form.addRow("", self.complete)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

        layout = QVBoxLayout(self)
        title = QLabel(f"<b>{html.escape(app.title)}</b><br>{html.escape(interview_caption(interview))}")
        title.setWordWrap(True)  # a long position shows whole, on two lines if it must
        layout.addWidget(title)
        layout.addWidget(self.general_error)
        layout.addWidget(
            QLabel(
                translate(
                    "Review", "Write down each question while you remember it; they gather in your question bank."
                )
            )
        )
        layout.addWidget(self.questions, 1)
        layout.addLayout(question_buttons)
        layout.addWidget(questions_error)
        layout.addLayout(form)
        layout.addWidget(rest_error)
        layout.addWidget(buttons)

    def add_question(self, question: QuestionReview, edit: bool = False) -> None:
        row = self.questions.rowCount()
        self.questions.insertRow(row)
        self.questions.setItem(row, 0, QTableWidgetItem(question.question))
        self.questions.setItem(row, 1, QTableWidgetItem(question.answer))
        rating = _rating_box(translate("Review", "Rating of question {number}").format(number=row + 1), question.rating)
        rating.installEventFilter(self._tab_after_rating)
        # Reached from its row's answer (Tab) or what to improve (Shift+Tab), not in the window's own
        # Tab order: Tab from a row's last cell leaves the table rather than landing in a rating.
        rating.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.questions.setCellWidget(row, 2, rating)
        self.questions.setItem(row, 3, QTableWidgetItem(question.to_improve))
        if edit:
            self.questions.setCurrentCell(row, 0)
            self.questions.setFocus()
            self.questions.edit(self.questions.currentIndex())

    def _cell(self, row: int, column: int) -> str:
        item = self.questions.item(row, column)
        return item.text().strip() if item is not None else ""

    def watched_fields(self) -> list[QWidget]:
        return [self.questions, self.overall, self.went_well, self.to_improve, self.complete]

    def collect(self) -> Application:
        finish_typing(self.questions)  # an answer still being typed in (Ctrl+S) counts too
        questions = []
        for row in range(self.questions.rowCount()):
            box = self.questions.cellWidget(row, 2)
            rating = _rating(box) if isinstance(box, QComboBox) else None
            texts = (self._cell(row, 0), self._cell(row, 1), self._cell(row, 3))
            if any(texts) or rating:
                questions.append(QuestionReview(texts[0], texts[1], rating, texts[2]))
        previous = self.interview.assessment
        finished_at = (
            (previous.completed_at if previous and previous.completed_at else self.session.now())
            if self.complete.isChecked()
            else None
        )
        self.interview.assessment = Assessment(
            questions=questions,
            overall_rating=_rating(self.overall),
            went_well=self.went_well.toPlainText().strip(),
            to_improve=self.to_improve.toPlainText().strip(),
            completed_at=finished_at,
        )
        return self.app


OUTCOME_CHOICES = (
    (OutcomeKind.RESPONSE, QT_TRANSLATE_NOOP("Review", "They answered: the process goes on"), None),
    (OutcomeKind.OFFER, QT_TRANSLATE_NOOP("Review", "They made me an offer"), Stage.OFFER),
    (OutcomeKind.REJECTED, QT_TRANSLATE_NOOP("Review", "I was not selected"), Stage.REJECTED),
    (OutcomeKind.NO_RESPONSE, QT_TRANSLATE_NOOP("Review", "No answer: close this process"), Stage.NO_RESPONSE),
    (OutcomeKind.WITHDRAWN, QT_TRANSLATE_NOOP("Review", "I withdrew"), Stage.WITHDRAWN),
)
LESSON_OUTCOMES = (OutcomeKind.REJECTED, OutcomeKind.NO_RESPONSE)


def assessment_summary(app: Application) -> str:
    """What the user's own reviews said, to write the lessons beside them."""
    lines = []
    for interview in app.interviews:
        review = interview.assessment
        if review is None:
            continue
        lines.append(interview_caption(interview))
        if review.overall_rating:
            lines.append("  " + translate("Review", "Overall: {rating}/5").format(rating=review.overall_rating))
        if review.to_improve:
            lines.append("  " + translate("Review", "To improve: {improvement}").format(improvement=review.to_improve))
        lines.extend("  • " + _question_line(question) for question in review.questions)
    return "\n".join(lines) or translate("Review", "No interview review recorded for this application.")


def _question_line(question: QuestionReview) -> str:
    """One reviewed question: its rating and what to improve when there are any."""
    if question.rating and question.to_improve:
        text = translate("Review", "{question} ({rating}/5): improve {improvement}")
    elif question.rating:
        text = translate("Review", "{question} ({rating}/5)")
    elif question.to_improve:
        text = translate("Review", "{question}: improve {improvement}")
    else:
        return question.question
    return text.format(question=question.question, rating=question.rating, improvement=question.to_improve)


class OutcomeDialog(_SavingDialog):
    """Record the employer's answer; after a rejection, write the lessons beside your reviews."""

    def __init__(self, session: Session, app: Application, desktop: Desktop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.desktop = desktop
        self.app = app
        self.setWindowTitle(translate("Review", "Outcome: {title}").format(title=app.title))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 100)
        self.general_error = ErrorLabel()
        self.errors = FieldErrors(self.general_error)
        self.choice = QButtonGroup(self)
        choices = QVBoxLayout()
        for index, (kind, label, _) in enumerate(OUTCOME_CHOICES):
            button = QRadioButton(translate("Review", label))
            button.setAccessibleName(translate("Review", label))
            self.choice.addButton(button, index)
            choices.addWidget(button)
            if app.outcome is not None and app.outcome.kind is kind:
                button.setChecked(True)
        # Nothing is chosen for the user: "they answered" cancels the check-ins, so it must be meant.
        self.notes = _text_box(translate("Review", "What they said"), app.outcome.notes if app.outcome else "")
        self.takeaways = _text_box(
            translate("Review", "Positive take-aways"), app.outcome.positive_takeaways if app.outcome else ""
        )
        self.lessons_panel = self._lessons_panel(app)
        self.offer_panel = self._offer_panel(app)
        # Chosen by the mouse, Space or the arrow keys (one Tab stop, see one_tab_stop); only a click
        # or Space takes the focus on to the lessons, so the arrows can go on through the choices.
        self.choice.idToggled.connect(self._choice_toggled)
        self.choice.idToggled.connect(lambda *_: self.general_error.show_message(""))  # "Choose what happened first."
        self.choice.idClicked.connect(self._focus_lessons)
        self._choice_changed(self.choice.checkedId())
        one_tab_stop(self.choice)
        for path in ("outcome", "lessons_learned"):
            self.errors.register(path, self.general_error)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(QLabel(translate("Review", "<b>{title}</b>: what happened?").format(title=app.title)))
        inner.addLayout(choices)
        inner.addWidget(self.offer_panel)
        inner.addWidget(QLabel(translate("Review", "What they said (optional)")))
        inner.addWidget(self.notes)
        inner.addWidget(self.lessons_panel)
        inner.addWidget(self.general_error)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(body, translate("Review", "The outcome")), 1)
        layout.addWidget(buttons)  # outside the scrolling part: Save stays on the screen
        self._body = body
        self.remember_fields()

    def watched_fields(self) -> list[QWidget]:
        return [
            *self.choice.buttons(), self.notes, self.takeaways, self.lessons, self.has_deadline, self.deadline,
            *self.terms.fields(),
        ]  # fmt: skip

    def _lessons_panel(self, app: Application) -> QWidget:
        """After a rejection or a close-out: the lessons and take-aways, beside the user's own reviews."""
        self.lessons = _text_box(translate("Review", "Lessons learned"), app.lessons_learned, lines=6)
        self.lessons.setPlaceholderText(translate("Review", "What will you do differently in your next interview?"))
        self.summary = QPlainTextEdit(assessment_summary(app))
        self.summary.setReadOnly(True)
        self.summary.setAccessibleName(translate("Review", "Your interview reviews"))
        self.summary.setTabChangesFocus(True)
        panel = QWidget()
        beside = QHBoxLayout(panel)
        beside.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        left.addWidget(QLabel(translate("Review", "<b>Lessons learned</b>")))
        left.addWidget(self.lessons)
        left.addWidget(QLabel(translate("Review", "<b>Positive take-aways</b>: what went well, what you gained")))
        left.addWidget(self.takeaways)
        right = QVBoxLayout()
        right.addWidget(QLabel(translate("Review", "<b>Your reviews</b>")))
        right.addWidget(self.summary)
        beside.addLayout(left, 1)
        beside.addLayout(right, 1)
        return panel

    def _offer_panel(self, app: Application) -> QWidget:
        """With an offer: by when they want an answer (the plan adds a step to reply by then)."""
        panel = QWidget()
        row = QHBoxLayout(panel)
        row.setContentsMargins(0, 0, 0, 0)
        self.has_deadline = QCheckBox(translate("Review", "They want an answer by"))
        self.deadline = DateField()  # takes a date typed whole too
        self.deadline.setAccessibleName(translate("Review", "Answer the offer by"))
        deadline = app.offer_deadline or (self.session.now().astimezone(self.session.zone()).date() + timedelta(days=7))
        self.deadline.setDate(QDate(deadline.year, deadline.month, deadline.day))
        self.has_deadline.setChecked(app.offer_deadline is not None)
        self.deadline.setEnabled(app.offer_deadline is not None)
        self.has_deadline.toggled.connect(self.deadline.setEnabled)
        row.addWidget(self.has_deadline)
        row.addWidget(self.deadline)
        row.addStretch(1)
        # The terms to remember (the offer desk shows them side by side with other offers').
        from afterview.ui.offer_desk import OfferTermsFields

        self.terms = OfferTermsFields(app.offer_terms, self.session.now().astimezone(self.session.zone()).date())
        outer = QWidget()
        column = QVBoxLayout(outer)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(panel)
        column.addWidget(self.terms)
        return outer

    def _choice_changed(self, index: int) -> None:
        kind = OUTCOME_CHOICES[index][0] if index >= 0 else None
        self.lessons_panel.setVisible(kind in LESSON_OUTCOMES)
        self.offer_panel.setVisible(kind is OutcomeKind.OFFER)
        if hasattr(self, "_body"):  # not while the dialog is being built
            fit_to_screen(self, self._body)

    def _choice_toggled(self, index: int, checked: bool) -> None:
        if checked:
            self._choice_changed(index)

    def _focus_lessons(self, index: int) -> None:
        if OUTCOME_CHOICES[index][0] in LESSON_OUTCOMES:
            self.lessons.setFocus()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        # The first thing to answer: what happened (the choice made, or the first one).
        first = self.choice.checkedButton() or self.choice.buttons()[0]
        QTimer.singleShot(0, first, lambda: first.setFocus(Qt.FocusReason.OtherFocusReason))

    def collect(self) -> Application:
        kind, _, stage = OUTCOME_CHOICES[self.choice.checkedId()]
        self.app.outcome = Outcome(
            kind=kind,
            recorded_at=self.session.now(),
            notes=self.notes.toPlainText().strip(),
            positive_takeaways=self.takeaways.toPlainText().strip(),
        )
        if stage is not None:
            self.app.stage = stage
        if kind is OutcomeKind.OFFER:
            chosen = self.deadline.date()
            self.app.offer_deadline = (
                date(chosen.year(), chosen.month(), chosen.day()) if self.has_deadline.isChecked() else None
            )
            self.app.offer_terms = self.terms.value()
        self.app.lessons_learned = self.lessons.toPlainText().strip()
        return self.app

    def ready(self) -> bool:
        if self.choice.checkedId() < 0:
            self.general_error.show_message(translate("Review", "Choose what happened first."))
            return False
        return True
