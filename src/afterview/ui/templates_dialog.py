"""Your own letter templates: edit the standard one (your copy replaces it) or add new ones.

The text shows the placeholders themselves ({interviewer_first_name} …); Save checks the template
the same way drafting does, so a template that could not be used is never stored. Edits are never
dropped unasked: picking another template, kind or language, or closing, asks first.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
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

from afterview.core.templates import BUILT_IN, TemplateLibrary, built_in, shown_name
from afterview.domain.letters import PLACEHOLDERS, Template, TemplateError, language_names
from afterview.domain.model import LetterKind
from afterview.i18n import translate
from afterview.ui.desktop import Desktop
from afterview.ui.forms import ErrorLabel
from afterview.ui.guard import GuardedDialog, Settled, settle_changes


class TemplatesDialog(GuardedDialog):
    def __init__(
        self,
        library: TemplateLibrary,
        kind: LetterKind,
        language: str,
        kind_labels: dict[LetterKind, str],
        desktop: Desktop,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.desktop = desktop
        # The template in the editors (kind, language, name), the text it was shown with (None: a
        # new template, unsaved until stored) and the three choices that led to it.
        self._editing: tuple[LetterKind, str, str] = (kind, language, BUILT_IN)
        self._shown_text: tuple[str, str] | None = ("", "")
        self._choice = (0, 0, 0)
        self.setWindowTitle(translate("TemplatesDialog", "Letter templates"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 90)
        self._make_choices(kind, language, kind_labels)
        new, buttons = self._make_editors()
        self._lay_out(new, buttons)
        self.kind.currentIndexChanged.connect(lambda _: self._switch(same_list=False))
        self.language.currentIndexChanged.connect(lambda _: self._switch(same_list=False))
        self.name.currentIndexChanged.connect(lambda _: self._switch(same_list=True))
        self.reload()

    def _make_choices(self, kind: LetterKind, language: str, kind_labels: dict[LetterKind, str]) -> None:
        """Which template: the kind of letter, the language, and the template's name."""
        self.kind = QComboBox()
        for value, label in kind_labels.items():
            self.kind.addItem(label, value.value)
        self.kind.setCurrentIndex(self.kind.findData(kind.value))
        self.kind.setAccessibleName(translate("TemplatesDialog", "Kind of letter"))
        self.language = QComboBox()
        for code, name in language_names().items():  # in the user's language: "Inglés"
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(language))
        self.language.setAccessibleName(translate("TemplatesDialog", "Language"))
        self.name = QComboBox()
        self.name.setAccessibleName(translate("TemplatesDialog", "Template"))

    def _make_editors(self) -> tuple[QPushButton, QDialogButtonBox]:
        """The template's subject and text, where problems show, and the buttons that act on it."""
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
        for push in (new, self.delete_button):
            push.setAutoDefault(False)  # Enter in the subject saves (the default); it never deletes
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        return new, buttons

    def _lay_out(self, new: QPushButton, buttons: QDialogButtonBox) -> None:
        """The choices above the text, the placeholders a template may use below it, the buttons last."""
        form = QFormLayout()
        form.addRow(translate("TemplatesDialog", "Letter"), self.kind)
        form.addRow(translate("TemplatesDialog", "Language"), self.language)
        form.addRow(translate("TemplatesDialog", "Template"), self.name)
        form.addRow(translate("TemplatesDialog", "Subject"), self.subject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        names = ", ".join("{" + name + "}" for name in PLACEHOLDERS)
        placeholders = QLabel(translate("TemplatesDialog", "Placeholders: {placeholders}").format(placeholders=names))
        placeholders.setWordWrap(True)  # on one line it was wider than a 1024-pixel screen
        placeholders.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # to copy one
        layout.addWidget(placeholders)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addWidget(new)
        layout.addWidget(self.delete_button)
        layout.addWidget(buttons)

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
        kind, language = self.current()
        name = template.name if isinstance(template, Template) else (self.name.currentText() or BUILT_IN)
        self._editing = (kind, language, name)
        self._shown_text = (self.subject.text(), self.body.toPlainText())
        self._choice = (self.kind.currentIndex(), self.language.currentIndex(), self.name.currentIndex())

    def has_changes(self) -> bool:
        return self._shown_text != (self.subject.text(), self.body.toPlainText())

    def _switch(self, *, same_list: bool) -> None:
        """Another template, kind or language was picked: its text would replace the one in the
        editors, so edits there are settled (saved, discarded or kept) first."""
        settled = settle_changes(self, self.desktop, self.windowTitle(), self.has_changes(), self.store)
        if settled is Settled.STAYING:
            for combo, index in zip((self.kind, self.language, self.name), self._choice, strict=True):
                combo.blockSignals(True)
                combo.setCurrentIndex(index)
                combo.blockSignals(False)
            return
        picked = self.name.currentData()
        # A saved template is read again from the library: the list's copy holds its old text.
        self.reload(select=picked.name if same_list and isinstance(picked, Template) else "")

    def save(self) -> None:
        """Save keeps the dialog open, for the next template."""
        if self.store():
            self.reload(select=self._editing[2])

    def store(self) -> bool:
        kind, language, name = self._editing
        template = Template(kind, language, self.subject.text().strip(), self.body.toPlainText(), name)
        try:
            self.library.save(template)
        except TemplateError as error:
            self.error.show_message(str(error))
            return False
        self._shown_text = (self.subject.text(), self.body.toPlainText())
        self.status.setText(translate("TemplatesDialog", "Saved your template “{name}”.").format(name=name))
        return True

    def new_template(self) -> None:
        name, accepted = QInputDialog.getText(
            self,
            translate("TemplatesDialog", "New template"),
            translate("TemplatesDialog", "Name of the new template:"),
        )
        name = name.strip().replace("/", "-")
        if accepted and name:
            # The text in the editors (edited or not) starts the new template, unsaved until Save.
            kind, language = self.current()
            self.name.blockSignals(True)
            self.name.addItem(name, Template(kind, language, self.subject.text(), self.body.toPlainText(), name))
            self.name.setCurrentIndex(self.name.count() - 1)
            self.name.blockSignals(False)
            self.show_template()
            self._shown_text = None

    def delete_template(self) -> None:
        kind, language = self.current()
        template = self.name.currentData()
        # The template's own name, which the library keeps: the list shows the standard one's
        # translated ("Estándar"), and deleting by that name deleted nothing.
        name = template.name if isinstance(template, Template) else self.name.currentText()
        self.library.delete(kind, language, name)
        if name == BUILT_IN and built_in(kind, language):
            message = translate("TemplatesDialog", "Deleted your template “{name}” (the standard text is back).")
        else:
            message = translate("TemplatesDialog", "Deleted your template “{name}”.")
        self.status.setText(message.format(name=shown_name(name)))
        self.reload()
