"""File › Restore a previous version…: every copy Afterview keeps of the data, newest first.

The dialog only lets the user pick one; restoring it (what it holds, merge or replace, a copy of the
current data kept first) is the same flow as restoring any backup (ui/transfer.py).
"""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from afterview.core.versions import Version
from afterview.i18n import short_date_time, translate


class VersionsDialog(QDialog):
    def __init__(self, versions: list[Version], zone: tzinfo, parent: QWidget | None = None) -> None:
        """``zone`` is the user's: copies are listed in their time, like everything else."""
        super().__init__(parent)
        self.zone = zone
        self.setWindowTitle(translate("Versions", "Restore a previous version"))
        self.versions = versions
        self.chosen: Version | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "Versions",
                "Afterview keeps a copy of your data after every change (the last 20), one from the start of each "
                "of the last 7 days, and one before every restore or import. Choose the one to go back to; you "
                "can then merge it with your data or replace your data with it, and your data as it is now is "
                "kept first.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QTreeWidget()
        self.list.setAccessibleName(translate("Versions", "Kept copies of your data"))
        self.list.setHeaderLabels(
            [translate("Versions", "When"), translate("Versions", "What"), translate("Versions", "Holds")]
        )
        self.list.setRootIsDecorated(False)
        self.rows = [self._row(version, zone) for version in versions]
        self.list.addTopLevelItems(self.rows)
        self.list.resizeColumnToContents(0)
        self.list.resizeColumnToContents(1)
        self.list.itemActivated.connect(lambda *_: self.accept())
        layout.addWidget(self.list)
        if not versions:
            layout.addWidget(QLabel(translate("Versions", "No copies yet: they are made as you save.")))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = self.buttons.addButton(
            translate("Versions", "&Restore…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.list.currentItemChanged.connect(self._selection_changed)
        if self.rows:
            self.list.setCurrentItem(self.rows[0])
        self.list.setFocus()
        self.resize(720, 420)

    @staticmethod
    def _row(version: Version, zone: tzinfo) -> QTreeWidgetItem:
        when = short_date_time(version.copy.when.astimezone(zone), seconds=True)
        item = QTreeWidgetItem([when, version.copy.label, version.holds])
        item.setToolTip(2, str(version.copy.path))
        if not version.readable:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
        return item

    def _selection_changed(self) -> None:
        current = self.list.currentItem()
        index = self.rows.index(current) if current in self.rows else -1
        self.chosen = self.versions[index] if index >= 0 and self.versions[index].readable else None
        self.restore_button.setEnabled(self.chosen is not None)

    def accept(self) -> None:
        if self.chosen is not None:
            super().accept()

    def chosen_name(self) -> str:
        """How messages name the chosen copy: "saved version (Sat 28 Nov 2026, 14:32)"."""
        assert self.chosen is not None
        label = self.chosen.copy.label
        # It starts the sentences that name it ("Saved version (…) holds 2 applications…").
        return translate("Versions", "{what} ({when})").format(
            what=label[:1].upper() + label[1:],
            when=short_date_time(self.chosen.copy.when.astimezone(self.zone), seconds=True),
        )
