"""The main window. For now it lists the stored applications; the full editor arrives with issue 3/8."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QMainWindow, QVBoxLayout, QWidget

from afterview.domain.model import Application


class MainWindow(QMainWindow):
    """Shows what is stored; emits :attr:`first_paint` once, when it has been drawn on screen."""

    first_paint = Signal()

    def __init__(self, applications: list[Application], data_location: str) -> None:
        super().__init__()
        self.setWindowTitle("Afterview")
        self.resize(720, 480)
        self._painted = False
        heading = QLabel(f"<h2>Your applications ({len(applications)})</h2>")
        self.application_list = QListWidget()
        self.application_list.setAccessibleName("Applications")
        for app in applications:
            self.application_list.addItem(f"{app.title}  ·  {app.stage.value.replace('_', ' ')}")
        if not applications:
            self.application_list.addItem("No applications yet. Import a file with: afterview import FILE")
        footer = QLabel(f"Data is stored in {data_location}")
        footer.setAccessibleName("Data location")
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(heading)
        layout.addWidget(self.application_list)
        layout.addWidget(footer)
        self.setCentralWidget(body)
        self.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self and event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self.first_paint.emit()
        return super().eventFilter(watched, event)
