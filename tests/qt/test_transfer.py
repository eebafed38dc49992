"""File › Back up, Restore, Import from a spreadsheet and the exports, driven through the real window."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import icalendar
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QTableWidget, QTableWidgetItem
from pytestqt.qtbot import QtBot

from afterview.interchange import json_format
from afterview.paths import AppPaths
from afterview.storage.repository import Store
from afterview.ui.csv_import_dialog import NOT_IN_FILE, CsvImportDialog
from afterview.ui.main_window import MainWindow
from afterview.ui.session import Session
from afterview.ui.versions_dialog import VersionsDialog
from tests.support.fakes import FakeClock, FakeDesktop
from tests.support.samples import full_application, minimal_application


def answer_next_message(button: str, seen: list[str]) -> None:
    """Click ``button`` in the next message box, after noting its text."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(f"{box.text()}\n{box.informativeText()}")
        [chosen] = [b for b in box.findChildren(QPushButton) if b.text().replace("&", "") == button]
        chosen.click()

    QTimer.singleShot(0, answer)


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """The item of a cell the dialog has filled (Qt answers None for an empty one)."""
    item = table.item(row, column)
    assert item is not None, (row, column)
    return item


def status(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def test_back_up_and_restore_by_replacing(
    window: MainWindow, session: Session, desktop: FakeDesktop, tmp_path: Path
) -> None:
    session.save(full_application())
    target = tmp_path / "my-backup"  # the suffix is added
    desktop.files = [str(target)]
    assert window.transfers.back_up()
    saved = tmp_path / "my-backup.json"
    assert desktop.suggested[0].endswith("afterview-backup-2026-11-25.json")
    assert status(window) == f"Backed up 1 application to {saved}."
    document = json_format.parse_document(saved.read_bytes(), now=session.now())
    assert [app.company for app in document.applications] == [full_application().company]

    session.save(minimal_application("Added later"))
    desktop.files = [str(saved)]
    seen: list[str] = []
    answer_next_message("Replace", seen)
    assert window.transfers.restore()
    assert seen[0].startswith("my-backup.json holds 1 application, 1 interview and your settings.")
    assert "Your data now holds 2 applications." in seen[0]
    assert [app.company for app in session.applications()] == [full_application().company]
    assert status(window).startswith("Replaced your data with my-backup.json: 1 application (1 interview).")
    window.show_page(1)
    assert window.applications.model.rowCount() == 1  # the views follow


def test_restore_merge_adds_only_what_is_missing_and_cancel_changes_nothing(
    window: MainWindow, session: Session, desktop: FakeDesktop, tmp_path: Path, paths: AppPaths
) -> None:
    session.save(full_application())
    desktop.files = [str(tmp_path / "b.json")]
    assert window.transfers.back_up()
    session.save(minimal_application("Mine only"))

    before = paths.data_file.read_bytes()
    desktop.files = [str(tmp_path / "b.json")]
    answer_next_message("Cancel", [])
    assert not window.transfers.restore()
    assert paths.data_file.read_bytes() == before

    desktop.files = [str(tmp_path / "b.json")]
    answer_next_message("Merge", [])
    assert window.transfers.restore()
    assert sorted(app.company for app in session.applications()) == sorted([full_application().company, "Mine only"])
    assert status(window).endswith("Skipped 1 application already in your data.")


def test_a_bad_backup_is_explained_and_changes_nothing(
    window: MainWindow, session: Session, desktop: FakeDesktop, tmp_path: Path, paths: AppPaths
) -> None:
    session.save(full_application())
    before = paths.data_file.read_bytes()
    bad = tmp_path / "notes.json"
    bad.write_text("{not json", encoding="utf-8")
    desktop.files = [str(bad)]
    seen: list[str] = []
    answer_next_message("OK", seen)
    assert not window.transfers.restore()
    assert seen[0].startswith("Cannot restore from notes.json: the file is not valid JSON")
    assert seen[0].rstrip().endswith("Nothing was changed.")
    assert paths.data_file.read_bytes() == before


def test_a_cancelled_file_chooser_does_nothing(window: MainWindow, desktop: FakeDesktop) -> None:
    desktop.files = []
    for action in (window.transfers.back_up, window.transfers.restore, window.transfers.import_spreadsheet,
                   window.transfers.export_spreadsheet, window.transfers.export_calendar):  # fmt: skip
        assert not action()
    assert status(window) == ""


def test_exports_to_a_spreadsheet_and_a_calendar(
    window: MainWindow, session: Session, desktop: FakeDesktop, tmp_path: Path
) -> None:
    session.save(full_application())
    desktop.files = [str(tmp_path / "sheet.csv"), str(tmp_path / "calendar")]
    assert window.transfers.export_spreadsheet()
    assert (tmp_path / "sheet.csv").read_bytes().startswith(b"\xef\xbb\xbfcompany,")
    assert window.transfers.export_calendar()
    calendar = icalendar.Calendar.from_ical((tmp_path / "calendar.ics").read_bytes())
    assert any(full_application().company in str(event["SUMMARY"]) for event in calendar.walk("VEVENT"))
    assert status(window) == f"Exported 1 application to {tmp_path / 'calendar.ics'}."


SPANISH_SHEET = (
    "Empresa;Puesto;Fecha;Hora;Entrevistador;Notas\r\n"
    "Núñez S.A.;Analista;24/11/2026;10:00;Ana Ruiz;Muy bien\r\n"
    "Beta;Becario;mañana;;;\r\n"
    "Gamma;Tester;20/11/2026;16:30;Luis Gil;\r\n"
)


def open_import(
    window: MainWindow, desktop: FakeDesktop, tmp_path: Path, qtbot: QtBot, then: Callable[[CsvImportDialog], None]
) -> bool:
    sheet = tmp_path / "entrevistas.csv"
    sheet.write_bytes(SPANISH_SHEET.encode("utf-8-sig"))
    desktop.files = [str(sheet)]

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, CsvImportDialog):
            QTimer.singleShot(20, drive)
            return
        then(dialog)

    QTimer.singleShot(0, drive)
    return window.transfers.import_spreadsheet()


def test_import_a_spreadsheet_guessing_columns_and_leaving_out_bad_rows(
    window: MainWindow, session: Session, desktop: FakeDesktop, tmp_path: Path, qtbot: QtBot
) -> None:
    seen: dict[str, object] = {}

    def check_and_import(dialog: CsvImportDialog) -> None:
        seen["company"] = dialog.combos["company"].currentText()
        seen["date"] = dialog.combos["interview_starts_at"].currentText()
        table = dialog.rows_table
        seen["ticks"] = [cell(table, row, 0).checkState() == Qt.CheckState.Checked for row in range(table.rowCount())]
        seen["problem"] = cell(table, 1, 5).text()
        seen["button"] = dialog.import_button.text()
        dialog.set_chosen(4, False)  # the user leaves Gamma out
        seen["after"] = dialog.import_button.text()
        dialog.import_button.click()

    assert open_import(window, desktop, tmp_path, qtbot, check_and_import)
    assert (seen["company"], seen["date"]) == ("Empresa", "Fecha")
    assert seen["ticks"] == [True, False, True]
    assert "Fecha" in str(seen["problem"]) and "mañana" in str(seen["problem"])
    assert (seen["button"], seen["after"]) == ("&Import 2 applications", "&Import 1 application")
    [app] = session.applications()
    assert (app.company, app.interviews[0].interviewers[0].name) == ("Núñez S.A.", "Ana Ruiz")
    assert status(window) == "Imported 1 application (1 interview) from entrevistas.csv."


def test_import_needs_a_company_column_and_cancel_imports_nothing(
    window: MainWindow, session: Session, desktop: FakeDesktop, tmp_path: Path, qtbot: QtBot
) -> None:
    seen: dict[str, object] = {}

    def unmap_company(dialog: CsvImportDialog) -> None:
        dialog.combos["company"].setCurrentText(NOT_IN_FILE)
        seen["problem"] = dialog.problem.text()
        seen["enabled"] = dialog.import_button.isEnabled()
        dialog.reject()

    assert not open_import(window, desktop, tmp_path, qtbot, unmap_company)
    assert "company" in str(seen["problem"]).lower() and seen["enabled"] is False
    assert session.applications() == []


def test_rows_imported_with_a_guess_say_so(
    window: MainWindow, session: Session, desktop: FakeDesktop, tmp_path: Path, qtbot: QtBot
) -> None:
    sheet = tmp_path / "dates.csv"
    sheet.write_text("Company,Date\nAcme,2026-11-24\n", encoding="utf-8")
    desktop.files = [str(sheet)]
    seen: dict[str, str] = {}

    def look(dialog: CsvImportDialog) -> None:
        seen["note"] = cell(dialog.rows_table, 0, 5).text()
        seen["summary"] = dialog.summary.text()
        dialog.import_button.click()

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, CsvImportDialog):
            look(dialog)
        else:
            QTimer.singleShot(20, drive)

    QTimer.singleShot(0, drive)
    assert window.transfers.import_spreadsheet()
    assert seen["note"] == "Date: no time given; 09:00 assumed."
    assert "Worth a look (1 row imported as noted in the table):\n• Row 2: Date: no time given" in seen["summary"]
    assert session.applications()[0].interviews[0].local_starts_at().hour == 9


def test_a_backup_of_data_that_cannot_all_be_read_is_refused(
    qtbot: QtBot, tmp_path: Path, desktop: FakeDesktop, qt_clock: FakeClock
) -> None:
    paths = AppPaths(tmp_path / "damaged")
    with Store.open(paths, qt_clock) as store:
        store.add_all([minimal_application("Readable"), minimal_application("Damaged")])
    data = json.loads(paths.data_file.read_text(encoding="utf-8"))
    data["applications"]["2"]["stage"] = "bogus"
    paths.data_file.write_text(json.dumps(data), encoding="utf-8")
    shutil.rmtree(paths.backups_dir)  # no good copy: the file is read as far as it can be
    with Store.open(paths, qt_clock) as store:
        main = MainWindow(Session(store, qt_clock), paths.window_state_file, desktop)
        qtbot.addWidget(main)
        desktop.files = [str(tmp_path / "backup.json")]
        seen: list[str] = []
        answer_next_message("OK", seen)
        assert not main.transfers.back_up()
        assert seen[0].startswith("Nothing was saved: 1 application could not be read, so the file would be incomplete")
        assert not (tmp_path / "backup.json").exists()


def test_every_kept_copy_is_listed_newest_first_and_one_can_be_restored(
    qtbot: QtBot, window: MainWindow, session: Session, store: Store, paths: AppPaths
) -> None:
    session.save(minimal_application("First"))
    session.save(minimal_application("Second"))
    session.delete(session.applications()[-1].id)  # a mistake to undo from a kept copy

    def choose_the_version_holding_both() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, VersionsDialog):
            QTimer.singleShot(20, choose_the_version_holding_both)
            return
        saved = [
            row for row, version in zip(dialog.rows, dialog.versions, strict=True) if version.copy.kind == "version"
        ]
        holds = [row.text(2) for row in saved]
        seen.extend(holds)
        dialog.list.setCurrentItem(saved[holds.index("2 applications, 0 interviews")])
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)  # Enter on a row restores it
        answer_next_message("Merge", seen)

    seen: list[str] = []
    QTimer.singleShot(0, choose_the_version_holding_both)
    assert window.transfers.restore_version()
    # The settings the fixture saved, then each of the three changes: the newest first.
    assert seen[:4] == [
        "1 application, 0 interviews", "2 applications, 0 interviews", "1 application, 0 interviews",
        "0 applications, 0 interviews",
    ]  # fmt: skip
    assert sorted(app.company for app in session.applications()) == ["First", "Second"]
    assert "holds 2 applications, 0 interviews" in seen[-1]
    assert status(window).startswith("Imported 1 application (0 interviews) from Saved version (Wed 25 Nov 2026, ")


def test_kept_copies_are_listed_in_the_users_time_zone(qtbot: QtBot, session: Session, paths: AppPaths) -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from afterview.core.versions import list_versions

    session.save(minimal_application("Listed"))
    dialog = VersionsDialog(list_versions(paths), ZoneInfo("Asia/Tokyo"))
    qtbot.addWidget(dialog)
    newest = dialog.versions[0].copy.when.astimezone(ZoneInfo("Asia/Tokyo"))
    assert dialog.rows[0].text(0).endswith(f"{newest:%H:%M:%S}")
    assert newest.utcoffset() != datetime.now().astimezone().utcoffset()  # not the computer's zone
