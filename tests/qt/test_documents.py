"""The preparation brief and the job-search report in the window: the brief's button on the
application's story, its dialog (opening it marks "Read your preparation brief" done) and its PDF,
and File › Job-search report…, each file read back as a user's program reads it."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from afterview.domain.brief import upcoming_interview
from afterview.domain.model import FollowUpKind, FollowUpState
from afterview.domain.plan import Step
from afterview.paths import AppPaths
from afterview.ui.brief_dialog import BriefDialog
from afterview.ui.forms import problem_color
from afterview.ui.main_window import PAGES, MainWindow
from afterview.ui.report_dialog import ReportDialog
from afterview.ui.session import Session
from tests.support.documents import history, pdf_text
from tests.support.fakes import FakeClock, FakeDesktop


@pytest.fixture
def window(qtbot: QtBot, session: Session, paths: AppPaths, desktop: FakeDesktop) -> MainWindow:
    for app in history(session.now()):
        session.save(app)
    main = MainWindow(session, paths.window_state_file, desktop)
    qtbot.addWidget(main)
    main.show()
    main.show_page(PAGES.index("Applications"))
    return main


def select(window: MainWindow, company: str) -> str:
    [app] = [app for app in window.session.applications() if app.company == company]
    window.applications.select(app.id)
    return app.id


def brief_step(session: Session, app_id: str) -> Step:
    """The "Read your preparation brief" step of the application's round still to come."""
    app = session.application(app_id)
    assert app is not None
    upcoming = upcoming_interview(app, session.now())
    assert upcoming is not None
    [step] = [
        s for s in session.steps_for(app_id) if s.kind is FollowUpKind.READ_BRIEF and s.interview_id == upcoming.id
    ]
    return step


def test_the_brief_button_shows_only_for_a_round_to_come(window: MainWindow) -> None:
    button = window.applications.story.brief_button
    select(window, "Acme Analytics")
    assert button.isHidden()
    select(window, "Núñez Datos")
    assert not button.isHidden() and button.isEnabled()


def test_the_brief_opens_read_only_marks_its_step_done_and_saves_as_pdf(
    qtbot: QtBot, window: MainWindow, desktop: FakeDesktop, tmp_path: Path
) -> None:
    app_id = select(window, "Núñez Datos")
    assert brief_step(window.session, app_id).state is FollowUpState.PENDING
    window.applications.story.brief_button.click()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), BriefDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, BriefDialog)
    text = dialog.text.toPlainText()
    assert dialog.text.isReadOnly()
    for fact in (
        "Marta Gómez",
        "Tell me about a conflict.",
        "What are the next steps, and when is a decision expected?",
    ):
        assert fact in text
    # Three days early: the evening-before reminder stays, and the dialog says so.
    assert brief_step(window.session, app_id).state is FollowUpState.PENDING
    assert "evening before" in dialog.status.text()
    target = tmp_path / "brief"
    desktop.files.append(str(target))
    dialog.save_button.click()
    written = tmp_path / "brief.pdf"  # a name typed without an extension gets .pdf
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert "Saved" in dialog.status.text()
    assert "Marta Gómez" in pdf_text(written) and "Núñez Datos" in pdf_text(written)
    dialog.reject()


def test_the_brief_read_the_evening_before_marks_its_step_done(
    qtbot: QtBot, window: MainWindow, qt_clock: FakeClock
) -> None:
    app_id = select(window, "Núñez Datos")
    step = brief_step(window.session, app_id)
    qt_clock.current = step.due_at  # the evening before
    window.applications.story.brief_button.click()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), BriefDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, BriefDialog)
    assert brief_step(window.session, app_id).state is FollowUpState.DONE  # read: done
    assert dialog.status.text() == ""
    dialog.reject()


def test_the_brief_is_opened_from_its_step_on_today(qtbot: QtBot, window: MainWindow) -> None:
    app_id = select(window, "Núñez Datos")
    window.open_step(brief_step(window.session, app_id))
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), BriefDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, BriefDialog) and dialog.brief.application.id == app_id
    dialog.reject()


def report_action(window: MainWindow) -> QAction:
    [action] = [action for action in window.findChildren(QAction) if action.text() == "&Job-search report…"]
    return action


@pytest.mark.parametrize(("choice", "check"), [("pdf", "pdf"), ("csv", "csv")])
def test_file_job_search_report_asks_the_period_and_format_and_saves(
    qtbot: QtBot, window: MainWindow, desktop: FakeDesktop, tmp_path: Path, choice: str, check: str
) -> None:
    target = tmp_path / f"report.{choice}"
    desktop.files.append(str(target))
    seen: list[str] = []

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ReportDialog):
            QTimer.singleShot(20, fill_in)
            return
        seen.append(dialog.windowTitle())
        dialog.format.setCurrentIndex(dialog.format.findData(choice))
        dialog.save_button.click()

    QTimer.singleShot(0, fill_in)
    report_action(window).trigger()
    assert seen == ["Job-search report"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert window.statusBar().currentMessage() == f"Saved {target}."
    if check == "pdf":
        text = pdf_text(target)
        for fact in ("Job-search report", "Lucía Pérez", "Applications: 3", "Acme Analytics", "Luis Gil"):
            assert fact in text
    else:
        payload = target.read_bytes().decode("utf-8-sig")
        assert payload.splitlines()[0] == "company,position,date,time,event,what,details"
        assert "Sent: Thank-you letter to Ana Ruiz" in payload


def test_a_period_that_ends_before_it_starts_is_said_and_nothing_is_written(
    qtbot: QtBot, session: Session, desktop: FakeDesktop, tmp_path: Path
) -> None:
    from PySide6.QtCore import QDate

    dialog = ReportDialog(session, desktop)
    qtbot.addWidget(dialog)
    dialog.everything.setChecked(False)
    dialog.start.setDate(QDate(2026, 11, 20))
    dialog.end.setDate(QDate(2026, 11, 1))
    desktop.files.append(str(tmp_path / "never.pdf"))
    assert not dialog.save()
    assert dialog.status.text().startswith("The period ends (Sun 01 Nov 2026) before it starts")
    assert dialog.status.isVisibleTo(dialog)
    assert dialog.status.palette().color(QPalette.ColorRole.WindowText) == problem_color(dialog.status.palette())
    assert not (tmp_path / "never.pdf").exists()
    dialog.end.setDate(QDate(2026, 11, 30))  # fixed: the problem goes
    assert dialog.status.text() == "" and not dialog.status.isVisibleTo(dialog)


def test_the_report_dates_read_as_the_app_shows_dates_and_a_period_ahead_is_reported_as_asked(
    qtbot: QtBot, session: Session, desktop: FakeDesktop, tmp_path: Path
) -> None:
    from PySide6.QtCore import QDate

    for app in history(session.now()):
        session.save(app)
    dialog = ReportDialog(session, desktop)
    qtbot.addWidget(dialog)
    assert dialog.end.text() == "Wed 25 Nov 2026"  # as the app shows a date, not 2026-11-25
    dialog.everything.setChecked(False)
    dialog.start.setDate(QDate(2026, 12, 1))
    dialog.end.setDate(QDate(2026, 12, 31))
    dialog.format.setCurrentIndex(dialog.format.findData("txt"))
    target = tmp_path / "ahead.txt"
    assert dialog.save(str(target))
    text = target.read_text(encoding="utf-8")
    assert "From Tue 01 Dec 2026 to Thu 31 Dec 2026" in text


def test_a_letter_exported_as_pdf_reads_back_in_order_on_an_a4_page(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    """The letters share the documents' PDF path (afterview.documents.pdf): A4, and the words read
    back by pdftotext in order, accents included."""
    from pypdf import PdfReader

    from afterview.domain.model import LetterKind
    from tests.support.letter_editor import editor_for

    [app] = [app for app in history(session.now()) if app.company == "Acme Analytics"]
    session.save(app)
    editor = editor_for(qtbot, session, app, LetterKind.THANK_YOU, FakeDesktop())
    editor.subject.setText("Gracias")
    editor.body.setPlainText("Estimada Ana:\nGracias por su tiempo hoy.\nLucía Pérez")
    target = tmp_path / "letter.pdf"
    assert editor.export_pdf(str(target))
    assert "Gracias Estimada Ana: Gracias por su tiempo hoy. Lucía Pérez" in pdf_text(target)
    page = PdfReader(target).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
