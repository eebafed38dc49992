"""File › Back up, Restore, Import from a spreadsheet, Export to a spreadsheet, a calendar or contacts.

Each action asks for a file, does its work through the same interchange code as the command line,
and tells the user in one sentence what happened, or why nothing did. Nothing is written unless
the whole file could be read.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from afterview import APP_NAME
from afterview.errors import AfterviewError
from afterview.i18n import QT_TRANSLATE_NOOP, number, plural, translate
from afterview.interchange import json_format
from afterview.interchange.files import read_import
from afterview.ui.desktop import Desktop
from afterview.ui.session import Session

# File chooser filters, translated where used: translate("Transfer", BACKUP_FILTER).
BACKUP_FILTER = QT_TRANSLATE_NOOP("Transfer", "Afterview backup (*.json);;All files (*)")
CSV_FILTER = QT_TRANSLATE_NOOP("Transfer", "Spreadsheet, comma-separated (*.csv);;Text (*.txt *.tsv);;All files (*)")
ICS_FILTER = QT_TRANSLATE_NOOP("Transfer", "Calendar (*.ics);;All files (*)")
VCF_FILTER = QT_TRANSLATE_NOOP("Transfer", "Contacts, vCard (*.vcf);;All files (*)")

MERGE, REPLACE = "merge", "replace"


class Transfers:
    """The File menu's data actions for one window; ``tell`` shows a line in its status bar."""

    def __init__(self, parent: QWidget, session: Session, desktop: Desktop, tell: Callable[[str], None]) -> None:
        self.parent = parent
        self.session = session
        self.desktop = desktop
        self.tell = tell

    # --- writing files -----------------------------------------------------------------------

    def back_up(self) -> bool:
        done = (
            translate("Transfer", "Backed up {count} application to {target}."),
            translate("Transfer", "Backed up {count} applications to {target}."),
        )
        return self._save(
            translate("Transfer", "Back up all your data"), "afterview-backup", ".json",
            translate("Transfer", BACKUP_FILTER), "json", done,
        )  # fmt: skip

    def export_spreadsheet(self) -> bool:
        return self._save(
            translate("Transfer", "Export to a spreadsheet"), "afterview", ".csv",
            translate("Transfer", CSV_FILTER), "csv", self._exported(),
        )  # fmt: skip

    def export_calendar(self) -> bool:
        return self._save(
            translate("Transfer", "Export to a calendar"), "afterview", ".ics",
            translate("Transfer", ICS_FILTER), "ics", self._exported(),
        )  # fmt: skip

    def export_contacts(self) -> bool:
        """Every interviewer as a vCard, for an address book (the count is of contacts)."""
        from afterview.core.documents import file_word

        done = (
            translate("Transfer", "Exported {count} contact to {target}."),
            translate("Transfer", "Exported {count} contacts to {target}."),
        )
        stem = "afterview-" + file_word(translate("FileNames", "contacts"), "contacts")  # in the user's language
        return self._save(
            translate("Transfer", "Export contacts"), stem, ".vcf",
            translate("Transfer", VCF_FILTER), "vcf", done,
        )  # fmt: skip

    @staticmethod
    def _exported() -> tuple[str, str]:
        return (
            translate("Transfer", "Exported {count} application to {target}."),
            translate("Transfer", "Exported {count} applications to {target}."),
        )

    def _save(
        self, caption: str, stem: str, suffix: str, filters: str, file_format: str, done: tuple[str, str]
    ) -> bool:
        """Export as ``file_format`` where the user chooses; ``done`` says so, for one application and for several."""
        workspace = self.session.workspace
        try:
            workspace.refuse_if_incomplete()  # before asking for a file the export could not fill
        except AfterviewError as error:
            self._refuse(translate("Transfer", "Nothing was saved: {error}").format(error=error))
            return False
        today = self.session.now().astimezone(self.session.zone()).date().isoformat()
        suggested = str(Path.home() / f"{stem}-{today}{suffix}")
        chosen = self.desktop.choose_file_to_save(self.parent, caption, suggested, filters)
        if not chosen:
            return False
        target = chosen if Path(chosen).suffix else chosen + suffix
        try:
            payload = workspace.export(file_format)
            workspace.write_file(target, payload)
        except AfterviewError as error:
            self._refuse(translate("Transfer", "Nothing was saved: {error}").format(error=error))
            return False
        count = payload.count(b"BEGIN:VCARD\r\n") if file_format == "vcf" else len(self.session.applications())
        one, many = done
        self.tell((one if count == 1 else many).format(count=number(count), target=target))
        return True

    # --- reading files -----------------------------------------------------------------------

    def restore(self) -> bool:
        path = self.desktop.choose_file_to_open(
            self.parent, translate("Transfer", "Restore from a backup"), translate("Transfer", BACKUP_FILTER)
        )
        if not path:
            return False
        return self.restore_file(path, Path(path).name)

    def restore_version(self) -> bool:
        """File › Restore a previous version…: pick one of the copies Afterview keeps, then restore it."""
        from afterview.core.versions import list_versions
        from afterview.ui.versions_dialog import VersionsDialog

        versions = list_versions(self.session.paths)
        dialog = VersionsDialog(versions, self.session.zone(), self.parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
            return False
        return self.restore_file(str(dialog.chosen.copy.path), dialog.chosen_name())

    def restore_file(self, path: str, name: str) -> bool:
        """Show what ``path`` holds, ask merge or replace, and bring it in (a copy is kept first)."""
        from afterview.core.versions import read_restorable

        try:
            document = read_restorable(read_import(path, None), now=self.session.now())
        except AfterviewError as error:
            self._refuse(
                translate("Transfer", "Cannot restore from {name}: {error} Nothing was changed.").format(
                    name=name, error=error
                )
            )
            return False
        how = self.ask_merge_or_replace(name, document)
        if how is None:
            return False
        try:
            done = self.session.bring_in(document, replace=how == REPLACE)
        except (AfterviewError, OSError, ValueError) as error:
            self._refuse(
                translate("Transfer", "Cannot restore from {name}: {error} Nothing was changed.").format(
                    name=name, error=error
                )
            )
            return False
        self.tell(done.message(name))
        return True

    def ask_merge_or_replace(self, name: str, document: json_format.Document) -> str | None:
        """The preview: what the file holds, what the data holds; merge, replace or cancel."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("Transfer", "Restore — {app}").format(app=APP_NAME),
            "",
            parent=self.parent,
        )
        box.setText(translate("Transfer", "{name} holds {contents}.").format(name=name, contents=document.summary()))
        now_holds = plural(
            len(self.session.applications()),
            translate("Transfer", "Your data now holds {count} application."),
            translate("Transfer", "Your data now holds {count} applications."),
        )
        box.setInformativeText(
            now_holds
            + "\n\n"
            + translate("Transfer", "Merge adds what your data lacks and keeps everything else.")
            + "\n"
            + translate(
                "Transfer",
                "Replace makes your data exactly the backup; your current data is first kept in the backups folder.",
            )
        )
        merge = box.addButton(translate("Transfer", "&Merge"), QMessageBox.ButtonRole.AcceptRole)
        replace = box.addButton(translate("Transfer", "&Replace"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(merge)  # never the destructive choice
        box.exec()
        clicked = box.clickedButton()
        return MERGE if clicked is merge else REPLACE if clicked is replace else None

    def import_spreadsheet(self) -> bool:
        from afterview.interchange.csv_import import read_sheet
        from afterview.ui.csv_import_dialog import CsvImportDialog

        path = self.desktop.choose_file_to_open(
            self.parent, translate("Transfer", "Import from a spreadsheet"), translate("Transfer", CSV_FILTER)
        )
        if not path:
            return False
        name = Path(path).name
        try:
            sheet = read_sheet(read_import(path, None))
        except AfterviewError as error:
            self._refuse(
                translate("Transfer", "Cannot import {name}: {error} Nothing was imported.").format(
                    name=name, error=error
                )
            )
            return False
        dialog = CsvImportDialog(self.session, sheet, name, parent=self.parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_message is None:
            return False
        self.tell(dialog.result_message)
        return True

    def _refuse(self, message: str) -> None:
        QMessageBox.warning(self.parent, APP_NAME, " ".join(message.split()))
