"""Every dialog and every page of the window fits a 1024×600 screen (a small laptop), in English and
in Spanish, with the 11-point font of a usual desktop:

- the window's frame is on the screen (not larger than it, not partly off it);
- nothing scrolls sideways: no horizontal scroll bar shows in any scroll area, table, list or text
  box, and no scroll area's content is wider than its view;
- no label is cut: every label that does not wrap is at least as wide as its text.

The offscreen platform the Qt tests run on has an 800×800 screen, fixed when the application
starts; so the dialogs are measured in a child process whose offscreen screen is 1024×600 (the
platform's configuration file), once per language, and each dialog is a test of its own here.

A dialog that does not fit yet is marked ``xfail(strict=True)`` with what overflows (see XFAILS):
its owner removes the mark with the fix (the test then passes; left in place, it fails).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLabel, QScrollArea, QWidget

from afterview import translations
from afterview.core.versions import list_versions
from afterview.domain.model import Application, LetterKind
from afterview.domain.settings import Settings
from afterview.interchange.csv_import import read_sheet
from afterview.paths import AppPaths
from afterview.storage.repository import Store
from afterview.ui.csv_import_dialog import CsvImportDialog
from afterview.ui.editor import ApplicationEditor, new_application
from afterview.ui.help import GuideDialog
from afterview.ui.letters import LetterEditor, kind_labels
from afterview.ui.main_window import PAGES, MainWindow
from afterview.ui.review import AssessmentDialog, OutcomeDialog
from afterview.ui.session import Session
from afterview.ui.templates_dialog import TemplatesDialog
from afterview.ui.versions_dialog import VersionsDialog
from tests.conftest import NONET_SITE, REPO
from tests.support.builders import MADRID
from tests.support.fakes import FakeClock, FakeDesktop
from tests.support.samples import sample_applications

SCREEN = (1024, 600)
FONT_POINTS = 11  # a usual desktop's (the offscreen platform's is 9)
LANGUAGES = ("en", "es")
CASES = (
    "New interview",
    "Edit application",
    "Review",
    "Outcome",
    "Outcome: not selected, lessons open",
    "Letter editor",
    "Letter editor: LinkedIn note, none left",
    "Templates",
    "Restore a previous version",
    "CSV import",
    "Guide",
    "Page: Today",
    "Page: Applications",
    "Page: Question bank",
    "Page: Insights",
    "Page: Settings",
)
# (case, language): what overflows. Each is its owner's to fix; remove the mark with the fix.
XFAILS: dict[tuple[str, str], str] = {}
SHEET = (
    "Empresa;Puesto;Fecha;Hora;Entrevistador;Estado;Notas\r\n"
    "Iberdata;Analista de datos;18/11/2026;10:00;Marta Gil (RR. HH.);Entrevista;Primera ronda por Teams\r\n"
    "Nubia Labs;Becario de BI;2 de diciembre;;;Aplicado;\r\n"
    "Café & Código;Desarrolladora júnior;20/11/2026;09:15;Rosa Martín;Final;Muy buena conversación\r\n"
)


def _cases() -> Iterator[object]:
    for language in LANGUAGES:
        for case in CASES:
            reason = XFAILS.get((case, language))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            yield pytest.param(case, language, id=f"{case}-{language}", marks=marks)


@pytest.fixture(scope="module")
def measured(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], dict[str, list[str]]]:
    """What does not fit, by dialog, in a language: measured once per language, on a 1024×600 screen."""
    folder = tmp_path_factory.mktemp("fits")
    screen = folder / "screen.json"
    width, height = SCREEN
    screen.write_text(
        json.dumps({"screens": [{"name": "small", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96}]})
    )
    env = {key: value for key, value in os.environ.items() if not key.startswith("AFTERVIEW_")}
    env.update(
        QT_QPA_PLATFORM=f"offscreen:configfile={screen}",
        PYTHONPATH=os.pathsep.join([str(NONET_SITE), str(REPO / "src"), str(REPO)]),
        PYTHONDONTWRITEBYTECODE="1",
    )
    results: dict[str, dict[str, list[str]]] = {}

    def measure(language: str) -> dict[str, list[str]]:
        if language not in results:
            out = folder / f"{language}.json"
            run = subprocess.run(
                [sys.executable, "-m", "tests.qt.test_fits", language, str(out)],
                env=env, cwd=REPO, capture_output=True, text=True, timeout=600, check=False,
            )  # fmt: skip
            assert run.returncode == 0, f"measuring the dialogs failed:\n{run.stderr[-4000:]}"
            results[language] = json.loads(out.read_text(encoding="utf-8"))
        return results[language]

    return measure


@pytest.mark.slow
@pytest.mark.parametrize(("case", "language"), list(_cases()))
def test_it_fits_a_1024_by_600_screen(
    measured: Callable[[str], dict[str, list[str]]], case: str, language: str
) -> None:
    problems = measured(language)[case]
    assert not problems, f"{case} ({language}) does not fit 1024×600:\n" + "\n".join(problems)


# --- the measuring, in the child process ---------------------------------------------------------


def problems_of(window: QWidget) -> list[str]:
    """What of ``window`` (shown) does not fit its screen, scrolls sideways, or is cut."""
    screen = window.screen().availableGeometry()
    frame = window.frameGeometry()
    problems = []
    if not screen.contains(frame):
        problems.append(
            f"its frame, {frame.width()}×{frame.height()} at ({frame.x()}, {frame.y()}), is not within the "
            f"{screen.width()}×{screen.height()} screen"
        )
    # A window the platform sized (maximized) may be squeezed below what its layout needs.
    least = window.minimumSizeHint() + (frame.size() - window.size())
    if least.width() > screen.width() or least.height() > screen.height():
        problems.append(f"it needs at least {least.width()}×{least.height()} with its frame")
    for area in window.findChildren(QAbstractScrollArea):
        if area.isVisible():
            problems += _scrolls_sideways(area)
    for label in window.findChildren(QLabel):
        if label.isVisible() and label.text() and not label.wordWrap():
            needed = label.minimumSizeHint().width()
            if label.width() < needed:
                problems.append(f"the label {label.text()[:60]!r} is {label.width()} px wide; it needs {needed}")
    return problems


def _scrolls_sideways(area: QAbstractScrollArea) -> list[str]:
    name = f"{area.accessibleName() or area.objectName() or '(unnamed)'} ({type(area).__name__})"
    problems = []
    if area.horizontalScrollBar().isVisible():
        problems.append(f"{name} shows a horizontal scroll bar")
    content = area.widget() if isinstance(area, QScrollArea) else None
    if content is not None and content.width() > area.viewport().width():
        problems.append(f"{name} holds content {content.width()} px wide in a view {area.viewport().width()} px wide")
    return problems


def _settle() -> None:
    for _ in range(5):
        QTest.qWait(20)


def measure(language: str) -> dict[str, list[str]]:
    qt_app = QApplication.instance() or QApplication([])
    assert isinstance(qt_app, QApplication)
    font = qt_app.font()
    font.setPointSizeF(FONT_POINTS)
    qt_app.setFont(font)
    assert translations.use(language) == language
    results: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory(prefix="afterview-fits-") as folder:
        paths = AppPaths(Path(folder) / "data")
        clock = FakeClock()
        with Store.open(paths, clock) as store:
            for app in sample_applications():
                store.save(app)  # one at a time: each save keeps a version to restore
            store.save_settings(Settings(user_name="Lucía Pérez", time_zone="Europe/Madrid"))
            session = Session(store, clock)
            results.update(_measure_dialogs(session, paths))
            results.update(_measure_pages(session, paths))
    return results


class _Dialogs:
    """Each dialog as the window opens it, on the sample application with everything filled in."""

    def __init__(self, session: Session, paths: AppPaths) -> None:
        self.session = session
        self.paths = paths
        self.desktop = FakeDesktop()
        self.full = next(app for app in session.applications() if app.interviews and app.interviews[0].interviewers)
        self.kept: list[QWidget] = []  # what a dialog measured needs alive (the templates' letter editor)

    def copy(self) -> Application:
        edited = self.session.editable_copy(self.full.id)
        assert edited is not None
        return edited

    def builders(self) -> dict[str, Callable[[], QWidget]]:
        session, desktop = self.session, self.desktop
        return {
            "New interview": lambda: ApplicationEditor(session, new_application(session), desktop, is_new=True),
            "Edit application": lambda: ApplicationEditor(session, self.copy(), desktop, is_new=False),
            "Review": lambda: AssessmentDialog(session, self.copy(), self.full.interviews[0].id, desktop),
            "Outcome": lambda: OutcomeDialog(session, self.copy(), desktop),
            "Outcome: not selected, lessons open": self.outcome_with_lessons,
            "Letter editor": self.letter_editor,
            "Letter editor: LinkedIn note, none left": self.linkedin_note_at_the_quota,
            "Templates": self.templates,
            "Restore a previous version": lambda: VersionsDialog(list_versions(self.paths), MADRID),
            "CSV import": lambda: CsvImportDialog(session, read_sheet(SHEET.encode("utf-8")), "entrevistas.csv"),
            "Guide": GuideDialog,
        }

    def letter_editor(self) -> LetterEditor:
        app = self.copy()
        interview = app.interviews[0]
        return LetterEditor(
            self.session, app, interview.id, LetterKind.THANK_YOU, self.desktop,
            interviewer_id=interview.interviewers[0].id,
        )  # fmt: skip

    def linkedin_note_at_the_quota(self) -> LetterEditor:
        """No note left this month: the way without one shows beside the letter (ui/linkedin_quota.py)."""
        self.session.save_settings(self.session.settings().with_values(linkedin_free_notes=0))
        app = self.copy()
        interview = app.interviews[0]
        return LetterEditor(
            self.session, app, interview.id, LetterKind.LINKEDIN_NOTE, self.desktop,
            interviewer_id=interview.interviewers[0].id,
        )  # fmt: skip

    def outcome_with_lessons(self) -> QWidget:
        dialog = OutcomeDialog(self.session, self.copy(), self.desktop)
        dialog.show()
        dialog.choice.button(2).click()  # not selected: the lessons panel opens, and the dialog grows
        return dialog

    def templates(self) -> QWidget:
        editor = self.letter_editor()
        self.kept.append(editor)
        return TemplatesDialog(
            editor.library, editor.current_kind(), editor.current_language(), kind_labels(), self.desktop
        )


def _measure_dialogs(session: Session, paths: AppPaths) -> dict[str, list[str]]:
    dialogs = _Dialogs(session, paths)
    results = {}
    for case, build in dialogs.builders().items():
        dialog = build()
        dialog.show()
        _settle()
        results[case] = problems_of(dialog)
        dialog.hide()  # not closed: closing a changed dialog asks first
        dialog.deleteLater()
    for kept in dialogs.kept:
        kept.deleteLater()
    _settle()
    return results


def _measure_pages(session: Session, paths: AppPaths) -> dict[str, list[str]]:
    """Each page in a window of its own: the window is as wide as the widest page built so far, so
    a page that needs more room shows only on its own."""
    results = {}
    for index, page in enumerate(PAGES):
        window = MainWindow(session, paths.window_state_file, FakeDesktop())
        window.show_page(index)
        window.showMaximized()  # on a small screen, the whole screen
        _settle()
        results[f"Page: {page}"] = problems_of(window)
        window.hide()
        window.deleteLater()
    return results


def main() -> int:
    language, out = sys.argv[1], Path(sys.argv[2])
    out.write_text(json.dumps(measure(language), ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
