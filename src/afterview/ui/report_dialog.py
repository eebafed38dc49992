"""File › Job-search report…: asks the period and the format, then saves the report where the user
chooses (through the desktop's file chooser), private to them.

The report is :func:`afterview.core.documents.report_between`'s, as ``afterview report`` makes it;
this dialog only collects the period and the format and shows what happened.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from afterview.core.documents import report_between, report_file_name
from afterview.errors import AfterviewError
from afterview.i18n import translate
from afterview.ui.date_field import DateField
from afterview.ui.desktop import Desktop
from afterview.ui.forms import ErrorLabel
from afterview.ui.session import Session

FORMATS = ("pdf", "txt", "csv")


class ReportDialog(QDialog):
    def __init__(self, session: Session, desktop: Desktop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.desktop = desktop
        self.saved: str | None = None  # where the report was written
        self.setWindowTitle(translate("Report", "Job-search report"))
        today = session.now().astimezone(session.zone()).date()
        self.everything = QCheckBox(translate("Report", "Everything from the beginning"))
        self.everything.setChecked(True)
        self.start = _date_field(translate("Report", "From"), date(today.year, today.month, 1))
        self.end = _date_field(translate("Report", "To"), today)
        self.everything.toggled.connect(lambda on: self.start.setEnabled(not on))
        self.start.setEnabled(False)
        self.format = QComboBox()
        self.format.setAccessibleName(translate("Report", "Format"))
        for code, label in (
            ("pdf", translate("Report", "PDF (A4, to print or send)")),
            ("txt", translate("Report", "Text")),
            ("csv", translate("Report", "CSV (a spreadsheet, one row per event)")),
        ):
            self.format.addItem(label, code)
        self.status = ErrorLabel()  # why the report was not made or saved; gone once the period changes
        self.start.refused.connect(self.show_problem)
        self.end.refused.connect(self.show_problem)
        for field in (self.start, self.end):
            field.dateChanged.connect(lambda _day: self.show_problem(""))
        self.everything.toggled.connect(lambda _on: self.show_problem(""))
        form = QFormLayout()
        form.addRow(self.everything)
        form.addRow(translate("Report", "From"), self.start)
        form.addRow(translate("Report", "To"), self.end)
        form.addRow(translate("Report", "Format"), self.format)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(translate("Report", "Save…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(lambda: self.save())
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def show_problem(self, message: str) -> None:
        """``message`` as a problem, starting with a capital (the core's messages go after "afterview: ")."""
        self.status.show_message(message[:1].upper() + message[1:])

    def period(self) -> tuple[date | None, date]:
        first = None if self.everything.isChecked() else _day(self.start.date())
        return first, _day(self.end.date())

    def save(self, path: str | None = None) -> bool:
        """Make the report, ask where to save it (unless ``path``), write it; closes when written."""
        from afterview.documents.pdf import paper_pdf
        from afterview.documents.report_csv import report_csv
        from afterview.documents.text import paper_text

        extension = str(self.format.currentData())
        try:
            made = report_between(self.session.workspace, *self.period())
        except AfterviewError as error:
            self.show_problem(str(error))
            return False
        chosen = path or self.desktop.choose_file_to_save(
            self,
            translate("Report", "Save the job-search report"),
            str(Path.home() / report_file_name(self.session.now().astimezone(self.session.zone()), extension)),
            translate("Report", "{kind} (*.{extension})").format(kind=extension.upper(), extension=extension),
        )
        if not chosen:
            return False
        if not Path(chosen).suffix:
            chosen += f".{extension}"
        if extension == "pdf":
            payload = paper_pdf(made.paper())
        elif extension == "csv":
            payload = report_csv(made)
        else:
            payload = paper_text(made.paper()).encode("utf-8")
        try:
            self.session.workspace.write_file(chosen, payload)
        except AfterviewError as error:
            self.show_problem(translate("Report", "Not saved: {error}").format(error=error))
            return False
        self.saved = chosen
        self.accept()
        return True


def _date_field(name: str, day: date) -> DateField:
    """A date shown as the app shows dates ("Sat 28 Nov 2026"), typed whole if the user likes."""
    field = DateField(QDate(day.year, day.month, day.day))
    field.setAccessibleName(name)
    return field


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def job_search_report(session: Session, desktop: Desktop, parent: QWidget | None = None) -> str | None:
    """Ask the period and the format and save the report; where it went, or None if not saved."""
    dialog = ReportDialog(session, desktop, parent)
    dialog.exec()
    return dialog.saved
