"""Your own letter templates: edit the standard one (your copy replaces it) or add new ones.

The text shows the placeholders themselves ({interviewer_first_name} …); Save checks the template
the same way drafting does, so a template that could not be used is never stored.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from afterview.domain.letters import LANGUAGES, PLACEHOLDERS, Template, TemplateError
from afterview.domain.model import LetterKind
from afterview.i18n import translate
from afterview.templates import BUILT_IN, TemplateLibrary, built_in, shown_name
from afterview.ui.forms import ErrorLabel


class TemplatesDialog(QDialog):
    def __init__(
        self,
        library: TemplateLibrary,
        kind: LetterKind,
        language: str,
        kind_labels: dict[LetterKind, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.setWindowTitle(translate("TemplatesDialog", "Letter templates"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 90)
        self.kind = QComboBox()
        for value, label in kind_labels.items():
            self.kind.addItem(label, value.value)
        self.kind.setCurrentIndex(self.kind.findData(kind.value))
        self.kind.setAccessibleName(translate("TemplatesDialog", "Kind of letter"))
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(language))
        self.language.setAccessibleName(translate("TemplatesDialog", "Language"))
        self.name = QComboBox()
        self.name.setAccessibleName(translate("TemplatesDialog", "Template"))
        self.subject = QLineEdit()
        self.subject.setAccessibleName(translate("TemplatesDialog", "Subject template"))
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(translate("TemplatesDialog", "Letter template"))
        self.body.setTabChangesFocus(True)
        self.body.setMinimumHeight(self.fontMetrics().lineSpacing() * 14)
        self.error = ErrorLabel()
        self.status = QLabel()
        new = QPushButton(translate("TemplatesDialog", "New template…"))
        new.clicked.connect(self.new_template)
        self.delete_button = QPushButton(translate("TemplatesDialog", "Delete (back to standard)"))
        self.delete_button.clicked.connect(self.delete_template)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(translate("TemplatesDialog", "Letter"), self.kind)
        form.addRow(translate("TemplatesDialog", "Language"), self.language)
        form.addRow(translate("TemplatesDialog", "Template"), self.name)
        form.addRow(translate("TemplatesDialog", "Subject"), self.subject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        names = ", ".join("{" + name + "}" for name in PLACEHOLDERS)
        layout.addWidget(
            QLabel(translate("TemplatesDialog", "Placeholders: {placeholders}").format(placeholders=names))
        )
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addWidget(new)
        layout.addWidget(self.delete_button)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self.reload)
        self.language.currentIndexChanged.connect(self.reload)
        self.name.currentIndexChanged.connect(self.show_template)
        self.reload()

    def current(self) -> tuple[LetterKind, str]:
        return LetterKind(self.kind.currentData()), str(self.language.currentData())

    def reload(self, select: str = "") -> None:
        kind, language = self.current()
        self.name.blockSignals(True)
        self.name.clear()
        for template in self.library.choices(kind, language):
            self.name.addItem(shown_name(template.name), template)
        if select:
            self.name.setCurrentIndex(max(0, self.name.findText(shown_name(select))))
        self.name.blockSignals(False)
        self.show_template()

    def show_template(self) -> None:
        template = self.name.currentData()
        self.subject.setText(template.subject if isinstance(template, Template) else "")
        self.body.setPlainText(template.body if isinstance(template, Template) else "")
        self.error.show_message("")

    def save(self) -> None:
        kind, language = self.current()
        shown = self.name.currentData()
        name = shown.name if isinstance(shown, Template) else (self.name.currentText() or BUILT_IN)
        template = Template(kind, language, self.subject.text().strip(), self.body.toPlainText(), name)
        try:
            self.library.save(template)
        except TemplateError as error:
            self.error.show_message(str(error))
            return
        self.status.setText(translate("TemplatesDialog", "Saved your template “{name}”.").format(name=name))
        self.reload(select=name)

    def new_template(self) -> None:
        name, accepted = QInputDialog.getText(
            self,
            translate("TemplatesDialog", "New template"),
            translate("TemplatesDialog", "Name of the new template:"),
        )
        name = name.strip().replace("/", "-")
        if accepted and name:
            kind, language = self.current()
            self.name.addItem(name, Template(kind, language, self.subject.text(), self.body.toPlainText(), name))
            self.name.setCurrentIndex(self.name.count() - 1)

    def delete_template(self) -> None:
        kind, language = self.current()
        name = self.name.currentText()
        self.library.delete(kind, language, name)
        if name == BUILT_IN and built_in(kind, language):
            message = translate("TemplatesDialog", "Deleted your template “{name}” (the standard text is back).")
        else:
            message = translate("TemplatesDialog", "Deleted your template “{name}”.")
        self.status.setText(message.format(name=name))
        self.reload()
