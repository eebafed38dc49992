"""Importing a spreadsheet: choose which column holds what, see every row checked, import the rows
you keep — all of them in one write, or none.

Afterview guesses the columns from their headers (English or Spanish); the user corrects the
guesses, and the preview below follows each change. Rows with a problem say what it is and cannot be
ticked; the user unticks any good row they don't want.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from afterview import APP_NAME
from afterview.errors import AfterviewError
from afterview.i18n import QT_TRANSLATE_NOOP, number, plural, translate
from afterview.interchange import csv_import
from afterview.interchange.json_format import Document
from afterview.ui.forms import ErrorLabel, problem_color
from afterview.ui.session import Session

# Labels are translated where shown: translate("CsvImportDialog", NOT_IN_FILE).
NOT_IN_FILE = QT_TRANSLATE_NOOP("CsvImportDialog", "(not in the file)")
SHOWN_PROBLEMS = 3
MAX_COLUMN_CHARACTERS = 16  # the widest a preview column grows, in average characters
PREVIEW_COLUMNS = (
    QT_TRANSLATE_NOOP("CsvImportDialog", "Import"),
    QT_TRANSLATE_NOOP("CsvImportDialog", "Row"),
    QT_TRANSLATE_NOOP("CsvImportDialog", "Company"),
    QT_TRANSLATE_NOOP("CsvImportDialog", "Position"),
    QT_TRANSLATE_NOOP("CsvImportDialog", "Interview"),
    QT_TRANSLATE_NOOP("CsvImportDialog", "Problem or note"),
)


class CsvImportDialog(QDialog):
    def __init__(
        self, session: Session, sheet: csv_import.Sheet, file_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.sheet = sheet
        self.file_name = file_name
        self.result_message: str | None = None
        self.preview: csv_import.CsvPreview | None = None
        self.setWindowTitle(translate("CsvImportDialog", "Import {name} — {app}").format(name=file_name, app=APP_NAME))
        self.setMinimumSize(760, 560)

        intro = self._intro(sheet, file_name)
        self._make_mapping_table(sheet)
        self._make_rows_table()

        self.mapping_table.resizeColumnsToContents()
        scroll_bar = self.mapping_table.verticalScrollBar().sizeHint().width()
        self.mapping_table.setMinimumWidth(
            self.mapping_table.horizontalHeader().length() + scroll_bar + 2 * self.mapping_table.frameWidth()
        )
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.mapping_table)
        splitter.addWidget(self.rows_table)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.problem = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            translate("CsvImportDialog", "&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.import_rows)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.refresh()

    def _intro(self, sheet: csv_import.Sheet, file_name: str) -> QLabel:
        """How many rows the file has, and what to check before importing them."""
        one = translate("CsvImportDialog", "<b>{name}</b> has {count} row.")
        many = translate("CsvImportDialog", "<b>{name}</b> has {count} rows.")
        has_rows = (one if len(sheet.rows) == 1 else many).format(name=file_name, count=number(len(sheet.rows)))
        intro = QLabel(
            has_rows
            + " "
            + translate(
                "CsvImportDialog",
                "Afterview guessed which column holds what: check the guesses on the left, then the rows to import.",
            )
        )
        intro.setWordWrap(True)
        return intro

    def _make_mapping_table(self, sheet: csv_import.Sheet) -> None:
        """For each Afterview field, a choice of the file's columns, set to the guess."""
        self.mapping_table = QTableWidget(len(csv_import.FIELDS), 2)
        self.mapping_table.setHorizontalHeaderLabels(
            (translate("CsvImportDialog", "Afterview field"), translate("CsvImportDialog", "Column in your file"))
        )
        self.mapping_table.setAccessibleName(translate("CsvImportDialog", "Columns"))
        self.mapping_table.setAccessibleDescription(
            translate("CsvImportDialog", "For each Afterview field, the spreadsheet column that holds it")
        )
        self.mapping_table.verticalHeader().hide()
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mapping_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.mapping_table.horizontalHeader().setStretchLastSection(True)
        self.combos: dict[str, QComboBox] = {}
        guessed = csv_import.guess_mapping(sheet.headers)
        not_in_file = translate("CsvImportDialog", NOT_IN_FILE)
        for row, spec in enumerate(csv_import.FIELDS):
            label = QTableWidgetItem(spec.label + (" *" if spec.required else ""))
            self.mapping_table.setItem(row, 0, label)
            combo = QComboBox()
            combo.setAccessibleName(translate("CsvImportDialog", "Column for {field}").format(field=spec.label))
            # A long header must not push the table wider than the dialog; the list shows it whole.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(len(not_in_file))
            combo.addItem(not_in_file, -1)
            for index, header in enumerate(sheet.headers):
                combo.addItem(header, index)  # read_sheet names a blank header "Column N"
            combo.setCurrentIndex(guessed.get(spec.key, -1) + 1)
            combo.currentIndexChanged.connect(self.refresh)
            self.mapping_table.setCellWidget(row, 1, combo)
            self.combos[spec.key] = combo

    def _make_rows_table(self) -> None:
        """The rows the chosen columns make, each with a tick to import it or the problem it has."""
        self.rows_table = QTableWidget(0, len(PREVIEW_COLUMNS))
        self.rows_table.setHorizontalHeaderLabels([translate("CsvImportDialog", column) for column in PREVIEW_COLUMNS])
        self.rows_table.setAccessibleName(translate("CsvImportDialog", "Rows to import"))
        self.rows_table.setAccessibleDescription(
            translate("CsvImportDialog", "Tick the rows to import; rows with a problem say what it is")
        )
        self.rows_table.verticalHeader().hide()
        self.rows_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rows_table.horizontalHeader().setStretchLastSection(True)
        # Columns are capped and the problem column wraps, so the table fits the dialog's width;
        # a cut company or position shows whole in its tooltip.
        self.rows_table.setWordWrap(True)
        self.rows_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rows_table.itemChanged.connect(self._count)

    def mapping(self) -> dict[str, int]:
        chosen = {key: int(combo.currentData()) for key, combo in self.combos.items()}
        return {key: column for key, column in chosen.items() if column >= 0}

    def refresh(self) -> None:
        """Check every row again against the columns now chosen."""
        mapping = self.mapping()
        problems = csv_import.mapping_problems(mapping)
        self.problem.show_message(" ".join(problems))
        self.preview = None if problems else csv_import.preview(
            self.sheet, mapping, zone=self.session.zone(), now=self.session.now()
        )  # fmt: skip
        self._fill_rows()

    def _fill_rows(self) -> None:
        table = self.rows_table
        table.blockSignals(True)
        rows = self.preview.rows if self.preview else []
        table.setRowCount(len(rows))
        bad = QBrush(problem_color(self.palette()))
        for index, row in enumerate(rows):
            tick = QTableWidgetItem()
            if row.ok:
                tick.setFlags(
                    Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                )
                tick.setCheckState(Qt.CheckState.Checked)
            else:
                tick.setFlags(Qt.ItemFlag.ItemIsSelectable)
                tick.setCheckState(Qt.CheckState.Unchecked)
            tick.setData(Qt.ItemDataRole.UserRole, row.line)
            said = row.errors or row.warnings  # a problem leaves the row out; a note is worth a look
            cells = [tick, *(QTableWidgetItem(text) for text in
                             (str(row.line), row.company, row.position, row.interview, " ".join(said)))]  # fmt: skip
            for column, item in enumerate(cells):
                if not row.ok:
                    item.setForeground(bad)
                item.setToolTip("\n".join(said) if said else item.text())
                table.setItem(index, column, item)
        widest = table.fontMetrics().averageCharWidth() * MAX_COLUMN_CHARACTERS
        for column in range(len(PREVIEW_COLUMNS) - 1):  # the problem takes the rest, wrapped
            table.resizeColumnToContents(column)
            # A long company or position is cut (whole in its tooltip) rather than push the table
            # wider than a small screen.
            table.setColumnWidth(column, min(table.columnWidth(column), widest))
        table.resizeRowsToContents()
        table.blockSignals(False)
        self._count()

    def _ticks(self) -> list[QTableWidgetItem]:
        found = (self.rows_table.item(index, 0) for index in range(self.rows_table.rowCount()))
        return [item for item in found if item is not None]

    def chosen_lines(self) -> list[int]:
        return [
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in self._ticks()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def set_chosen(self, line: int, chosen: bool) -> None:
        """Tick or untick the row of a spreadsheet line (what a click on its box does)."""
        for item in self._ticks():
            if item.data(Qt.ItemDataRole.UserRole) == line and item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)

    def _count(self) -> None:
        if self.preview is None:
            self.summary.setText(translate("CsvImportDialog", "Choose the columns first."))
            self.import_button.setEnabled(False)
            return
        apps = self.preview.applications(self.chosen_lines())
        bad = [row for row in self.preview.rows if not row.ok]
        interviews = sum(len(app.interviews) for app in apps)
        text = translate("CsvImportDialog", "Ready: {applications} ({interviews}).").format(
            applications=plural(
                len(apps),
                translate("CsvImportDialog", "{count} application"),
                translate("CsvImportDialog", "{count} applications"),
            ),
            interviews=plural(
                interviews,
                translate("CsvImportDialog", "{count} interview"),
                translate("CsvImportDialog", "{count} interviews"),
            ),
        )
        if bad:
            text += " " + plural(
                len(bad),
                translate(
                    "CsvImportDialog",
                    "{count} row with a problem will be left out; correct the file and import again:",
                ),
                translate(
                    "CsvImportDialog",
                    "{count} rows with a problem will be left out; correct the file and import again:",
                ),
            )
            # Spelled out here too, not only in the table, where a long message is cut short.
            text += "".join("\n• " + _row_says(row.line, row.errors) for row in bad[:SHOWN_PROBLEMS])
            if len(bad) > SHOWN_PROBLEMS:
                text += "\n• " + plural(
                    len(bad) - SHOWN_PROBLEMS,
                    translate("CsvImportDialog", "… and {count} more row (see the table)."),
                    translate("CsvImportDialog", "… and {count} more rows (see the table)."),
                )
        noted = [row for row in self.preview.rows if row.ok and row.warnings]
        if noted:
            text += "\n" + plural(
                len(noted),
                translate("CsvImportDialog", "Worth a look ({count} row imported as noted in the table):"),
                translate("CsvImportDialog", "Worth a look ({count} rows imported as noted in the table):"),
            )
            text += "".join("\n• " + _row_says(row.line, row.warnings) for row in noted[:SHOWN_PROBLEMS])
        self.summary.setText(text)
        self.import_button.setText(
            plural(
                len(apps),
                translate("CsvImportDialog", "&Import {count} application"),
                translate("CsvImportDialog", "&Import {count} applications"),
            )
        )
        self.import_button.setEnabled(bool(apps))

    def import_rows(self) -> None:
        if self.preview is None:
            return
        apps = self.preview.applications(self.chosen_lines())
        if not apps:
            return
        try:
            done = self.session.bring_in(Document(apps), replace=False)
        except (AfterviewError, OSError, ValueError) as error:
            self.problem.show_message(translate("CsvImportDialog", "Nothing was imported: {error}").format(error=error))
            return
        self.result_message = done.message(self.file_name)
        self.accept()


def _row_says(line: int, messages: list[str]) -> str:
    """What the check of one spreadsheet row said, with the row number."""
    return translate("CsvImportDialog", "Row {line}: {messages}").format(line=line, messages=" ".join(messages))
