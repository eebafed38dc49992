"""The letter editor: draft from a template, edit freely, see the checks, send it your way, mark it sent.

Pick the kind (thank-you, LinkedIn note, check-in call script or email, feedback request, reply
to an offer), the language, the template, and (for per-interviewer letters) the interviewer; the
draft fills in what Afterview knows. Sending stays the user's: copy, open the mail client with
everything filled in, open the interviewer's LinkedIn profile, save as text, export to PDF or
print. "Mark as sent" records it and completes the follow-up, asking first when the letter still has
a gap ("{topic}") or is a near copy of another, or when it is a LinkedIn note over this month's notes
(Keep editing is the default); a sent letter stays as it was sent (read-only). LinkedIn letters have
no subject and no Email…. Drafts are kept with the interview: saved on Save draft, on Mark as sent,
and when the editor closes with changes (if that save fails, the user is asked, so no edit is ever
dropped). Drafting again over edited text asks first and can be undone (Ctrl+Z, or "Bring back my
text").
Exports follow every export's rules (:func:`~afterview.interchange.files.write_export`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from afterview import i18n
from afterview.core.templates import TemplateLibrary, shown_name
from afterview.domain.labels import LETTER_LABELS
from afterview.domain.letters import (
    LANGUAGES,
    PER_INTERVIEWER,
    Check,
    Template,
    TemplateError,
    checks,
    language_names,
    mailto_url,
    placeholder_values,
    render,
    topics_from_notes,
)
from afterview.domain.linkedin import note_characters
from afterview.domain.model import (
    Application,
    Interview,
    Letter,
    LetterKind,
    ValidationError,
)
from afterview.domain.offers import letter_days
from afterview.errors import AfterviewError
from afterview.i18n import short_date_time, translate
from afterview.ui.desktop import Desktop, Opening
from afterview.ui.guard import GuardedDialog
from afterview.ui.letter_hints import gaps_left, near_copy_hints, refresh_send_time, send_time_label
from afterview.ui.linkedin_quota import (
    LINKEDIN_LETTERS,
    OverQuota,
    ask_over_quota,
    connect_without_note,
    editor_panel,
    over_quota,
    refresh_editor_panel,
)
from afterview.ui.session import Session
from afterview.ui.templates_dialog import TemplatesDialog

# In English; :func:`kind_labels` gives them in the user's language.
KIND_LABELS = LETTER_LABELS
# Letters whose sending completes a step the plan cannot see from the letter itself.


LETTER_LINES_AT_LEAST, LETTER_LINES_WANTED = 8, 16  # the letter's box, in lines
NOTE_LINES_AT_LEAST = 4  # a LinkedIn note (200 characters or so) needs less: room for the way without one
FRAME_ALLOWANCE = 40  # pixels of a window's title bar and frame, kept free on the screen


def kind_labels() -> dict[LetterKind, str]:
    """:data:`KIND_LABELS` in the user's language."""
    return {kind: translate("LetterEditor", label) for kind, label in KIND_LABELS.items()}


def _when(moment: datetime) -> str:
    """ "27 Nov 2026, 10:00": :func:`short_date_time` without the weekday."""
    return short_date_time(moment).split(" ", 1)[1]


class LetterEditor(GuardedDialog):
    save_silently = True  # closing keeps the drafts, as a mail program does; asks only if that fails

    def __init__(
        self,
        session: Session,
        app: Application,
        interview_id: str,
        kind: LetterKind,
        desktop: Desktop,
        *,
        interviewer_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.app = app
        interview = app.interview(interview_id)
        assert interview is not None
        self.interview: Interview = interview
        self.desktop = desktop
        self.library = TemplateLibrary(session.workspace)
        self.letter: Letter | None = None
        self.dirty = False  # some letter in this editor holds words not saved yet
        self._loading = False
        self._drafted: tuple[str, str] | None = None  # the fresh draft last shown, before any edit
        self._replaced: tuple[str, str] | None = None  # the text the last redraft replaced
        self._template_index = -1
        self.setWindowTitle(translate("LetterEditor", "Letters: {title}").format(title=app.title))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 110)

        manage = self._make_choices()
        self._make_letter_fields()
        actions = self._action_buttons()
        self._lay_out(app, manage, actions)
        self._open_on(app, kind, interviewer_id)
        self._fit()

    def _fit(self) -> None:
        """Tall enough for 16 lines of the letter when the screen allows, never taller than it."""
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is None:
            return
        extra = self.fontMetrics().lineSpacing() * (LETTER_LINES_WANTED - LETTER_LINES_AT_LEAST)
        height = min(self.sizeHint().height() + extra, screen.height() - FRAME_ALLOWANCE)
        self.resize(min(max(self.sizeHint().width(), self.minimumWidth()), screen.width()), max(height, 0))

    def _make_choices(self) -> QPushButton:
        """Which letter, in which language, from which template, for whom and about what; and the
        buttons that draft it again. Returns the button that opens the templates."""
        self.kind = QComboBox()
        for value, label in kind_labels().items():
            self.kind.addItem(label, value.value)
        self.kind.setAccessibleName(translate("LetterEditor", "Kind of letter"))
        self.language = QComboBox()
        for code, name in language_names().items():  # in the user's language: "Inglés"
            self.language.addItem(name, code)
        self.language.setAccessibleName(translate("LetterEditor", "Language"))
        self.template = QComboBox()
        self.template.setAccessibleName(translate("LetterEditor", "Template"))
        self.person = QComboBox()
        for person in self.interview.interviewers:
            self.person.addItem(person.name + (f" ({person.title})" if person.title else ""), person.id)
        self.person.setAccessibleName(translate("LetterEditor", "Interviewer"))
        self.topic = QComboBox()
        self.topic.setEditable(True)
        self.topic.addItems(topics_from_notes(self.interview.notes))
        self.topic.setCurrentText("")
        self.topic.setAccessibleName(translate("LetterEditor", "A topic you discussed"))
        if (topic_line := self.topic.lineEdit()) is not None:  # the text typed in: named too
            topic_line.setAccessibleName(translate("LetterEditor", "A topic you discussed"))
        self.topic.setToolTip(
            translate("LetterEditor", "Picked from your interview notes, or typed: it makes the letter personal.")
        )
        manage = _button(translate("LetterEditor", "Templates…"), self.edit_templates)
        manage.setAccessibleName(translate("LetterEditor", "Edit templates"))
        self.redraft_button = _button(translate("LetterEditor", "Draft from template"), self.redraft)
        self.undo_button = _button(translate("LetterEditor", "Bring back my text"), self.undo_redraft)
        self.undo_button.setToolTip(translate("LetterEditor", "Undo the last draft from a template (Ctrl+Z)"))
        self.undo_button.setEnabled(False)
        return manage

    def _make_letter_fields(self) -> None:
        """The subject, the letter itself, the hints beside it and the status line below."""
        self.subject = QLineEdit()
        self.subject.setAccessibleName(translate("LetterEditor", "Subject"))
        self.subject_label = QLabel(translate("LetterEditor", "&Subject"))
        self.subject_label.setBuddy(self.subject)
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(translate("LetterEditor", "Letter"))
        self.body.setTabChangesFocus(True)
        # At least 8 lines, so the editor fits a 600-pixel screen; 16 where the screen has room (_fit).
        self.body.setMinimumHeight(self.fontMetrics().lineSpacing() * LETTER_LINES_AT_LEAST)
        self.checks = QListWidget()
        self.checks.setAccessibleName(translate("LetterEditor", "Checks"))
        self.checks.setAccessibleDescription(
            translate("LetterEditor", "Hints about the letter; they never stop you from sending it")
        )
        self.checks.setFixedWidth(self.fontMetrics().averageCharWidth() * 48)
        self.checks.setWordWrap(True)
        self.checks.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.status = _StatusLine()
        self.status.setWordWrap(True)  # a refusal names the file and the reason: it must be read whole
        self.status.setAccessibleName(translate("LetterEditor", "Letter status"))
        self.quota_panel = editor_panel(self)  # LinkedIn's note quota (ui/linkedin_quota.py)
        self.send_time = send_time_label(self.checks.maximumWidth())  # when to send it (ui/letter_hints.py)

        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(150)  # re-check after typing pauses, not on every key
        self._check_timer.timeout.connect(self.update_checks)
        self.subject.textEdited.connect(self._edited)
        self.body.textChanged.connect(self._edited)

    def _action_buttons(self) -> QGridLayout:
        """What can be done with the letter, in a grid of four columns, and their shortcuts."""
        actions = self.action_grid = QGridLayout()
        self.buttons: dict[str, QPushButton] = {}
        for index, (key, label, slot) in enumerate(
            (
                ("copy", translate("LetterEditor", "Copy"), self.copy),
                ("email", translate("LetterEditor", "Email…"), self.email),
                ("linkedin", translate("LetterEditor", "Open LinkedIn profile"), self.open_profile),
                ("text", translate("LetterEditor", "Save as text…"), lambda: self.save_text()),
                ("pdf", translate("LetterEditor", "Export PDF…"), lambda: self.export_pdf()),
                ("print", translate("LetterEditor", "Print…"), self.print_letter),
                ("draft", translate("LetterEditor", "Save draft"), self.save_draft),
                ("sent", translate("LetterEditor", "Mark as sent"), self.mark_sent),
            )
        ):
            self.buttons[key] = _button(label, slot)
            actions.addWidget(self.buttons[key], index // 4, index % 4)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_draft)
        # Reached only when no text field has the focus: in a field, Ctrl+Z is the field's own undo.
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_redraft)
        return actions

    def _lay_out(self, app: Application, manage: QPushButton, actions: QGridLayout) -> None:
        """The choices with the hints beside them at the top, the letter below, the actions last."""
        choose = QFormLayout()
        choose.addRow(translate("LetterEditor", "&Letter"), self.kind)
        choose.addRow(translate("LetterEditor", "L&anguage"), self.language)
        choose.addRow(translate("LetterEditor", "&Template"), self.template)
        choose.addRow(translate("LetterEditor", "&For"), self.person)
        choose.addRow(translate("LetterEditor", "T&opic"), self.topic)
        drafting = QHBoxLayout()
        drafting.addWidget(self.redraft_button)
        drafting.addWidget(self.undo_button)
        drafting.addStretch()
        choose.addRow("", drafting)
        choose.addRow("", manage)
        top = QHBoxLayout()
        top.addLayout(choose, 1)
        side = QVBoxLayout()
        side.addWidget(QLabel(translate("LetterEditor", "<b>Checks</b> (hints only)")))
        side.addWidget(self.checks)
        side.addWidget(self.quota_panel)
        side.addWidget(self.send_time)
        top.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{app.title}</b>"))
        layout.addLayout(top)
        layout.addWidget(self.quota_panel.no_note_part)  # across the width, read whole (ui/linkedin_quota.py)
        layout.addWidget(self.subject_label)
        layout.addWidget(self.subject)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.status)
        layout.addLayout(actions)

    def _open_on(self, app: Application, kind: LetterKind, interviewer_id: str | None) -> None:
        """Show the letter asked for, then follow every change of the choices."""
        # The language the user last wrote to this employer in, else the interface's.
        written = [letter.language for i in app.interviews for letter in i.letters if letter.language in LANGUAGES]
        self.language.setCurrentIndex(self.language.findData(written[-1] if written else i18n.language()))
        self.kind.setCurrentIndex(self.kind.findData(kind.value))
        if interviewer_id is not None and self.person.findData(interviewer_id) >= 0:
            self.person.setCurrentIndex(self.person.findData(interviewer_id))
        for combo in (self.kind, self.language, self.person):
            combo.currentIndexChanged.connect(self.switch_letter)
        self.template.currentIndexChanged.connect(lambda _: self.redraft())
        self.switch_letter()

    # --- which letter ------------------------------------------------------------------------------

    def current_kind(self) -> LetterKind:
        return LetterKind(self.kind.currentData())

    def current_language(self) -> str:
        return str(self.language.currentData())

    def current_person_id(self) -> str | None:
        data = self.person.currentData()
        return str(data) if data is not None else None

    def switch_letter(self) -> None:
        """Show the letter for the chosen kind and interviewer: its saved draft, or a new one.

        The letter left keeps its text in the application copy (saved with the others)."""
        self._keep_text()
        self.status.clear()  # what was said about the letter left (its "Sent on …") is not about this one
        kind = self.current_kind()
        self.person.setEnabled(self.person.count() > 0)
        person_id = self.current_person_id()
        self._fill_templates(kind)
        existing = [
            letter for letter in self.interview.letters
            if letter.kind is kind and (kind not in PER_INTERVIEWER or letter.interviewer_id == person_id)
        ]  # fmt: skip
        self._replaced = None
        self.undo_button.setEnabled(False)
        if existing:
            self.letter = existing[-1]
            self._show(self.letter.subject, self.letter.body)
            self._drafted = None
        else:
            self.letter = Letter(kind, person_id, self.current_language())
            self.interview.letters.append(self.letter)
            drafted = self._render()
            self._show(*(drafted or ("", "")))  # a fresh draft nobody wrote is not an unsaved change
            self._drafted = drafted
        self._update_status()

    def _fill_templates(self, kind: LetterKind) -> None:
        self.template.blockSignals(True)
        self.template.clear()
        for template in self.library.choices(kind, self.current_language()):
            self.template.addItem(shown_name(template.name), template)
        self.template.blockSignals(False)
        self._template_index = self.template.currentIndex()

    def edit_templates(self) -> None:
        TemplatesDialog(
            self.library, self.current_kind(), self.current_language(), kind_labels(), self.desktop, self
        ).exec()
        self._fill_templates(self.current_kind())

    # --- drafting ----------------------------------------------------------------------------------

    def redraft(self) -> bool:
        """Fill the letter from the chosen template. Text the user edited is replaced only if they
        agree, and even then Ctrl+Z (or "Bring back my text") returns it."""
        drafted = self._render()
        on_screen = self._on_screen()
        if drafted is None or drafted == on_screen:
            return drafted is not None
        if on_screen != self._drafted and not self.desktop.confirm_replace(
            self,
            translate("LetterEditor", "Replace your text?"),
            translate("LetterEditor", "Replace your edited letter with a fresh draft?"),
            translate("LetterEditor", "&Replace"),
        ):
            self.template.blockSignals(True)  # the template shown stays the one the text came from
            self.template.setCurrentIndex(self._template_index)
            self.template.blockSignals(False)
            return False
        self._template_index = self.template.currentIndex()
        self._put_text(*drafted)
        self._drafted = drafted
        self._replaced = on_screen
        self.undo_button.setEnabled(True)
        self.status.setText(translate("LetterEditor", "New draft from the template. Ctrl+Z brings your text back."))
        return True

    def undo_redraft(self) -> None:
        """Put back the text the last redraft replaced (this too can be undone in each field)."""
        if self._replaced is None:
            return
        self._put_text(*self._replaced)
        self._replaced = None
        self.undo_button.setEnabled(False)
        self.status.setText(translate("LetterEditor", "Your text is back."))

    def _render(self) -> tuple[str, str] | None:
        """The chosen template filled in (subject, body); None, said in the status line, if it cannot be."""
        template = self.template.currentData()
        if not isinstance(template, Template):
            self.status.setText(translate("LetterEditor", "No template for this kind of letter in this language."))
            return None
        person = self.interview.interviewer(self.current_person_id() or "")
        deadline, other = letter_days(self.session.applications(), self.app, self.current_kind())  # the offer desk's
        values = placeholder_values(
            self.app, self.interview, person, my_name=self.session.settings().user_name,
            topic=self.topic.currentText(), language=self.current_language(), offer_deadline=deadline,
            other_decision_date=other,
        )  # fmt: skip
        try:
            return render(template.subject, values).text, render(template.body, values).text
        except TemplateError as error:
            self.status.setText(translate("LetterEditor", "This template cannot be used: {error}").format(error=error))
            return None

    def _on_screen(self) -> tuple[str, str]:
        return self.subject.text(), self.body.toPlainText()

    def _show(self, subject: str, body: str) -> None:
        """Show another letter: its own text, with no undo history reaching into the letter before."""
        self._loading = True
        self.subject.setText(subject)
        self.body.setPlainText(body)
        self._loading = False
        self.update_checks()

    def _put_text(self, subject: str, body: str) -> None:
        """Replace the text as one edit the fields' own Ctrl+Z can take back (setText would forget)."""
        self.subject.selectAll()
        self.subject.insert(subject)
        cursor = QTextCursor(self.body.document())
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(body)
        cursor.endEditBlock()
        self._edited()
        self.update_checks()

    def _edited(self) -> None:
        if not self._loading:
            self.dirty = True
            self._check_timer.start()

    def _keep_text(self) -> None:
        """Copy what is on screen into the letter being edited (before switching or saving)."""
        if self.letter is not None and self.letter.sent_at is None:
            self.letter.subject = self.subject.text()
            self.letter.body = self.body.toPlainText()
            self.letter.language = self.current_language()

    # --- checks ------------------------------------------------------------------------------------

    def update_checks(self) -> None:
        kind = self.current_kind()
        person = self.interview.interviewer(self.current_person_id() or "")
        siblings = [
            (other.name, letter.body)
            for letter in self.interview.letters
            if letter is not self.letter and letter.kind is kind and kind in PER_INTERVIEWER
            and (other := self.interview.interviewer(letter.interviewer_id or "")) is not None
        ]  # fmt: skip
        found = checks(
            kind, self.body.toPlainText(), language=self.current_language(),
            interviewer_name=person.name if person and kind in PER_INTERVIEWER else "",
            note_limit=note_characters(self.session.settings()), siblings=siblings,
        )  # fmt: skip
        near = near_copy_hints(self)  # near copies of any letter to the company (ui/letter_hints.py)
        found += near
        same = {
            translate("Letters", "Same as your letter to {name}: add something personal to each").format(name=name)
            for name, _ in siblings
        }  # the identical-letter check's own words (domain/letters.py)
        self.near_copies = [check for check in found if check.message in same] + near  # asked about on sending
        refresh_send_time(self, self.send_time)
        self.checks.clear()
        for check in found:
            item = QListWidgetItem(("✓ " if check.ok else "⚠ ") + check.message)
            item.setToolTip(check.message)
            self.checks.addItem(item)
        self.found_checks = found

    # --- sending -----------------------------------------------------------------------------------

    def full_text(self) -> str:
        subject = "" if self.current_kind() in LINKEDIN_LETTERS else self.subject.text().strip()
        return (f"{subject}\n\n" if subject else "") + self.body.toPlainText()

    def copy(self) -> None:
        self.desktop.copy_text(self.body.toPlainText())
        self.status.setText(translate("LetterEditor", "Copied to the clipboard."))

    def email(self) -> None:
        """Open the mail program with everything filled in. Unless it is known to have opened, the
        letter goes on the clipboard too, and the status says what to do if nothing opened."""
        person = self.interview.interviewer(self.current_person_id() or "")
        to = person.email if person else ""
        opening = self.desktop.open_url(mailto_url(to, self.subject.text(), self.body.toPlainText()))
        if opening is Opening.OPENED:
            self.status.setText(translate("LetterEditor", "Opened in your mail program. Come back to mark it as sent."))
            return
        self.desktop.copy_text(self.body.toPlainText())
        if opening is Opening.FAILED:
            message = translate(
                "LetterEditor", "No mail program opened it. The letter is on the clipboard: paste it into an email."
            )
        else:
            message = translate(
                "LetterEditor",
                "Handed to your mail program. If nothing opened, the letter is on the clipboard: paste it into an "
                "email.",
            )
        self.status.setText(message)

    def open_profile(self) -> None:
        person = self.interview.interviewer(self.current_person_id() or "")
        if person is None or not person.linkedin_url:
            self.status.setText(
                translate(
                    "LetterEditor",
                    "No LinkedIn address recorded for this interviewer: add it in the interview, or search LinkedIn.",
                )
            )
            return
        self.desktop.copy_text(self.body.toPlainText())
        opening = self.desktop.open_url(person.linkedin_url)
        if opening is Opening.OPENED:
            message = translate(
                "LetterEditor", "Profile opened in your browser; the note is on the clipboard to paste."
            )
        elif opening is Opening.FAILED:
            message = translate(
                "LetterEditor",
                "The profile could not be opened. The note is on the clipboard: go to {address} in your browser "
                "and paste it.",
            )
        else:
            message = translate(
                "LetterEditor",
                "Handed to your browser; the note is on the clipboard to paste. If nothing opened, go to {address}.",
            )
        self.status.setText(message.format(address=person.linkedin_url))

    def save_text(self, path: str | None = None) -> bool:
        path = path or self._choose_file(
            translate("LetterEditor", "Save letter as text"), "txt", translate("LetterEditor", "Text (*.txt)")
        )
        return self._export(path, lambda: self.full_text().encode("utf-8"), translate("LetterEditor", "Saved {file}."))

    def export_pdf(self, path: str | None = None) -> bool:
        path = path or self._choose_file(
            translate("LetterEditor", "Export letter as PDF"), "pdf", translate("LetterEditor", "PDF (*.pdf)")
        )
        return self._export(path, self._pdf, translate("LetterEditor", "Exported {file}."))

    def print_letter(self) -> None:
        printer = QPrinter()
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Print; "print to file" is an export like the others, so it goes through the same checks
        (Qt would otherwise write the file itself, anywhere, readable by all)."""
        if printer.outputFileName():
            return self._export(printer.outputFileName(), self._pdf, translate("LetterEditor", "Exported {file}."))
        self._document().print_(printer)
        return True

    def _document(self) -> QTextDocument:
        document = QTextDocument()
        document.setPlainText(self.full_text())
        return document

    def _pdf(self) -> bytes:
        """The letter as an A4 PDF, through the app's one PDF path (afterview.documents.pdf)."""
        from afterview.documents.pdf import text_pdf

        return text_pdf(self.full_text(), self.subject.text() or kind_labels()[self.current_kind()])

    def _export(self, path: str, payload: Callable[[], bytes], done: str) -> bool:
        """Write an export (private to the user, never into the data folder); say if nothing was written."""
        if not path:
            return False
        try:
            self.session.workspace.write_file(path, payload())
        except AfterviewError as error:
            self.status.setText(translate("LetterEditor", "Not exported: {error}").format(error=error))
            return False
        self.status.setText(done.format(file=path))  # the whole path: where to find it
        return True

    def _choose_file(self, caption: str, extension: str, filters: str) -> str:
        chosen = self.desktop.choose_file_to_save(self, caption, self._file_name(extension), filters)
        # A name typed without an extension gets the one the file is written in ("letter" → "letter.pdf").
        return f"{chosen}.{extension}" if chosen and not Path(chosen).suffix else chosen

    def _file_name(self, extension: str) -> str:
        """A proposed name telling letters apart: company, kind and, for a personal letter, the person."""
        kind = self.current_kind()
        words = [self.app.company, kind_labels()[kind]]
        person = self.interview.interviewer(self.current_person_id() or "")
        if person is not None and kind in PER_INTERVIEWER:
            words.append(person.name)
        stem = "-".join(re.findall(r"[^\W_]+", " ".join(words))).lower()  # letters and digits, in any script
        return str(Path.home() / f"{stem}.{extension}")

    # --- keeping it ------------------------------------------------------------------------------

    def save_draft(self) -> bool:
        self._keep_text()
        return self._save(translate("LetterEditor", "Draft saved."))

    def has_changes(self) -> bool:
        return self.dirty

    def store(self) -> bool:
        return self.save_draft()

    def mark_sent(self) -> bool:
        self._keep_text()
        assert self.letter is not None
        if self.letter.sent_at is None and not self._ready_to_send():
            return False
        when = _when(self.session.now().astimezone(self.session.zone()))
        saved = self._save(translate("LetterEditor", "Marked as sent on {when}.").format(when=when), send=True)
        if not saved:
            self.letter.sent_at = None
        self._update_status()
        return saved

    def _ready_to_send(self) -> bool:
        """Ask before marking sent a letter with a gap or a near copy, or a LinkedIn note over the month's
        notes (which may instead have gone without a note). Keep editing is the default and Escape."""
        self.update_checks()  # as the letter stands now, not as the last pause in typing left it
        gaps = gaps_left(self.body.toPlainText())
        if (gaps or self.near_copies) and not self._send_anyway(gaps, self.near_copies):
            self.status.setText(translate("LetterEditor", "Not marked as sent: the letter is still yours to edit."))
            return False
        if over_quota(self):
            answer = ask_over_quota(self)
            if answer is OverQuota.WITHOUT_NOTE:
                connect_without_note(self)
                return False
            if answer is OverQuota.KEEP_EDITING:
                self.status.setText(translate("LetterEditor", "Not marked as sent: the letter is still yours to edit."))
                return False
        return True

    def _send_anyway(self, gaps: list[str], near_copies: list[Check]) -> bool:
        reasons = []
        if gaps:
            reasons.append(
                translate("LetterEditor", "It still has a gap to fill: {gaps}.").format(gaps=", ".join(gaps))
            )
        reasons += [check.message for check in near_copies]
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("LetterEditor", "Mark as sent as it is?"),
            translate("LetterEditor", "This letter may not be ready to send:"),
            parent=self,
        )
        box.setInformativeText("\n\n".join(reasons))
        anyway = box.addButton(translate("LetterEditor", "&Mark as sent anyway"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(translate("LetterEditor", "&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is anyway

    def _save(self, message: str, *, send: bool = False) -> bool:
        """Keep the letters (``send``: marking this one sent, which may complete its step)."""
        # Empty drafts nobody wrote are not worth keeping.
        self.interview.letters = [l for l in self.interview.letters if l.body.strip() or l.sent_at]  # noqa: E741
        try:
            if send and self.letter is not None:
                self.session.send_letter(self.app, self.letter)
            else:
                self.session.save(self.app)
        except (ValidationError, AfterviewError, OSError) as error:  # shown; the text stays in the editor
            self.status.setText(translate("LetterEditor", "Not saved: {error}").format(error=error))
            return False
        if self.letter is not None and self.letter not in self.interview.letters:
            self.interview.letters.append(self.letter)
        self.dirty = False
        self.status.setText(message)
        return True

    def _update_status(self) -> None:
        """A sent letter is the record of what was sent: shown, copied, exported, not rewritten."""
        sent = self.letter.sent_at if self.letter else None
        self.buttons["sent"].setText(
            translate("LetterEditor", "Sent ✓") if sent else translate("LetterEditor", "Mark as sent")
        )
        for field in (self.subject, self.body):
            field.setReadOnly(sent is not None)
        linkedin = self.current_kind() in LINKEDIN_LETTERS  # no subject, and not for email
        lines = NOTE_LINES_AT_LEAST if self.current_kind() is LetterKind.LINKEDIN_NOTE else LETTER_LINES_AT_LEAST
        self.body.setMinimumHeight(self.fontMetrics().lineSpacing() * lines)
        for widget in (self.subject_label, self.subject, self.buttons["email"]):
            widget.setVisible(not linkedin)
        for button in self.buttons.values():
            self.action_grid.removeWidget(button)
        shown = [button for button in self.buttons.values() if not button.isHidden()]
        for index, button in enumerate(shown):  # no hole where Email… was
            self.action_grid.addWidget(button, index // 4, index % 4)
        person = self.interview.interviewer(self.current_person_id() or "")
        profile = self.buttons["linkedin"]
        profile.setEnabled(person is not None and bool(person.linkedin_url))
        profile.setToolTip(
            ""
            if profile.isEnabled()
            else translate(
                "LetterEditor",
                "No LinkedIn address recorded for this interviewer: add it in the interview, or search LinkedIn.",
            )
        )
        for control in (self.template, self.redraft_button):
            control.setEnabled(sent is None)
        refresh_editor_panel(self)
        refresh_send_time(self, self.send_time)
        if sent is not None:
            self.undo_button.setEnabled(False)
            self.status.setText(
                translate("LetterEditor", "Sent on {when}.").format(when=_when(sent.astimezone(self.session.zone())))
            )


class _StatusLine(QLabel):
    """The status line, hidden while it has nothing to say (the letter gets the room)."""

    def __init__(self) -> None:
        super().__init__()
        self.hide()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        super().clear()
        self.hide()


def _button(label: str, slot: Callable[[], object]) -> QPushButton:
    """A button Enter never presses from a text field (only Space or a click, once it has the focus):
    in the letter editor, no button may act on a line being typed."""
    button = QPushButton(label)
    button.setAccessibleName(label.rstrip("…"))
    button.setAutoDefault(False)
    button.setDefault(False)
    button.clicked.connect(lambda: slot())
    return button
