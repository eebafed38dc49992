"""Takes the README's screenshots: the real window and dialogs on sample data, on a virtual screen.

Run with ``make screenshots`` (it starts Xvfb). Each view is shown as a user would see it, the
whole screen is captured with ImageMagick's ``import``, and the PNGs land beside this script.
The data lives in a temporary folder and the clock is fixed, so the pictures are stable.

The pictures are in the light theme (AFTERVIEW_THEME=light, whatever the computer prefers), Today
also in the dark one (today-dark.png), and the first run's welcome on an empty data folder
(welcome.png); then all of it again in Spanish (es-…).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from sample_data import NOW, applications  # noqa: E402

from afterview import i18n, translations  # noqa: E402
from afterview.core.documents import brief_of  # noqa: E402
from afterview.domain.model import LetterKind  # noqa: E402
from afterview.domain.settings import Settings  # noqa: E402
from afterview.interchange.csv_import import read_sheet  # noqa: E402
from afterview.paths import AppPaths  # noqa: E402
from afterview.storage.repository import Store  # noqa: E402
from afterview.ui.brief_dialog import BriefDialog  # noqa: E402
from afterview.ui.csv_import_dialog import CsvImportDialog  # noqa: E402
from afterview.ui.editor import ApplicationEditor  # noqa: E402
from afterview.ui.letters import LetterEditor  # noqa: E402
from afterview.ui.main_window import PAGES, MainWindow  # noqa: E402
from afterview.ui.review import AssessmentDialog  # noqa: E402
from afterview.ui.session import Session  # noqa: E402
from afterview.ui.theme import THEME_VARIABLE, Scheme, apply_theme  # noqa: E402

SIZE = (1100, 720)
# A spreadsheet as a student might keep it (Spanish headers, Excel's semicolons), one row mistyped.
SPREADSHEET = (
    "Empresa;Puesto;Fecha;Hora;Entrevistador;Estado;Notas\r\n"
    "Iberdata;Analista de datos;18/11/2026;10:00;Marta Gil (RR. HH.);Entrevista;Primera ronda por Teams\r\n"
    "Iberdata;Analista de datos;24/11/2026;16:30;Jorge Sanz;Entrevista;Prueba técnica\r\n"
    "Nubia Labs;Becario de BI;2 de diciembre;;;Aplicado;\r\n"
    "Café & Código;Desarrolladora júnior;20/11/2026;09:15;Rosa Martín;Final;Muy buena conversación\r\n"
)
SCREEN_HEIGHT = 900  # taller than the window, so a dialog can show all of itself (see the Makefile)


class NoDesktop:
    """The screenshots open nothing and copy nothing."""

    def open_url(self, url: str) -> bool:
        return False

    def copy_text(self, text: str) -> None:
        pass


class FixedClock:
    def now(self):  # type: ignore[no-untyped-def]
        return NOW


def settle(app: QApplication) -> None:
    for _ in range(30):
        app.processEvents()
        time.sleep(0.02)


PREFIX = {"en": "", "es": "es-"}  # the Spanish interface's pictures: es-today.png, …


def capture(app: QApplication, name: str, height: int = SIZE[1]) -> None:
    settle(app)
    target = HERE / f"{PREFIX[i18n.language()]}{name}.png"
    subprocess.run(
        ["import", "-window", "root", "-crop", f"{SIZE[0]}x{height}+0+0", "+repage", str(target)], check=True
    )
    print(f"wrote {target.relative_to(HERE.parent.parent)}")


def on_top(app: QApplication, dialog: QWidget, name: str, prepare: Callable[[], None] = lambda: None) -> None:
    dialog.move(60, 40)
    dialog.resize(
        max(dialog.sizeHint().width(), 960),
        min(max(dialog.height(), dialog.sizeHint().height(), 560), SCREEN_HEIGHT - 60),
    )
    dialog.show()
    prepare()
    capture(app, name, height=min(SCREEN_HEIGHT, dialog.height() + 60))
    dialog.close()


def use_theme(app: QApplication, scheme: Scheme) -> None:
    os.environ[THEME_VARIABLE] = scheme.value
    apply_theme(app)


def main() -> int:
    app = QApplication(sys.argv[:1])
    use_theme(app, Scheme.LIGHT)
    for language in PREFIX:
        translations.use(language)
        take_the_welcome(app)
        take_all(app)
    return 0


def take_the_welcome(app: QApplication) -> None:
    """The first run: an empty data folder, and the user's name not yet given."""
    with tempfile.TemporaryDirectory(prefix="afterview-shots-") as folder:
        paths = AppPaths(Path(folder) / "data")
        clock = FixedClock()
        with Store.open(paths, clock) as store:
            store.save_settings(Settings(time_zone="Europe/Madrid"))
            window = MainWindow(Session(store, clock), paths.window_state_file)
            window.resize(*SIZE)
            window.move(0, 0)
            window.show()
            welcome = window.today.welcome
            assert welcome is not None
            welcome.zone.setCurrentText("Europe/Madrid")  # not the screenshot machine's own zone
            capture(app, "welcome")
            window.close()


def take_all(app: QApplication) -> None:
    with tempfile.TemporaryDirectory(prefix="afterview-shots-") as folder:
        paths = AppPaths(Path(folder) / "data")
        clock = FixedClock()
        with Store.open(paths, clock) as store:
            samples = applications()
            store.add_all(samples)
            store.save_settings(Settings(user_name="Lucía Pérez", time_zone="Europe/Madrid"))
            session = Session(store, clock)
            window = MainWindow(session, paths.window_state_file)
            window.resize(*SIZE)
            window.move(0, 0)
            window.show()
            for page, name in (
                (0, "today"),
                (1, "applications"),
                (2, "question-bank"),
                (3, "insights"),
                (4, "settings"),
                (PAGES.index("Offers"), "offers"),
            ):
                window.show_page(page)
                capture(app, name)
            window.show_page(PAGES.index("Today"))
            use_theme(app, Scheme.DARK)
            capture(app, "today-dark")
            use_theme(app, Scheme.LIGHT)
            nunez = session.editable_copy(samples[0].id)
            assert nunez is not None
            on_top(app, ApplicationEditor(session, nunez, NoDesktop(), is_new=False, parent=window), "interview-editor")
            review = session.editable_copy(samples[0].id)
            assert review is not None
            on_top(
                app,
                AssessmentDialog(session, review, review.interviews[0].id, NoDesktop(), parent=window),
                "assessment",
            )
            letters = session.editable_copy(samples[0].id)
            assert letters is not None
            omar = letters.interviews[0].interviewers[1]
            editor = LetterEditor(
                session,
                letters,
                letters.interviews[0].id,
                LetterKind.THANK_YOU,
                NoDesktop(),
                interviewer_id=omar.id,
                parent=window,
            )
            editor.topic.setCurrentText("how the team uses dbt and Looker")
            editor.redraft()
            on_top(app, editor, "letter-editor")
            stark = session.application(samples[3].id)
            assert stark is not None
            brief = brief_of(session.workspace, stark)
            on_top(app, BriefDialog(session, brief, NoDesktop(), parent=window), "brief")
            sheet = read_sheet(SPREADSHEET.encode("utf-8"))
            on_top(app, CsvImportDialog(session, sheet, "entrevistas.csv", parent=window), "csv-import")
            window.close()


if __name__ == "__main__":
    sys.exit(main())
