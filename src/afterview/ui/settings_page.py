"""The settings page: one form row per entry of :data:`~afterview.domain.settings.SETTINGS`.

Nothing here knows a particular setting. Each :class:`SettingSpec` gives the row its label,
editor (by kind), limits and help, so a setting added to the list appears on the page without a
change here (in the "Other" section until :data:`SECTIONS` names it). Checking is the domain's:
Save hands the typed values to ``settings_from_dict`` and shows its messages under the editors.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import time
from typing import Any
from zoneinfo import available_timezones

from PySide6.QtCore import QEvent, QLocale, Qt, QTime, QTimer
from PySide6.QtGui import QKeySequence, QMouseEvent, QPalette, QShortcut, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from afterview import i18n
from afterview.clock import system_zone_name
from afterview.domain.model import FieldError, ValidationError
from afterview.domain.settings import SETTINGS, Settings, SettingSpec, settings_from_dict, settings_to_dict
from afterview.i18n import QT_TRANSLATE_NOOP, translate
from afterview.ui.empty_state import text_label
from afterview.ui.forms import problem_color
from afterview.ui.session import Session

#: Section titles in page order, each with the keys it shows. Only grouping lives here: a key
#: missing from this table still gets its row, under :data:`OTHER`. The titles are in English
#: (shown through ``translate("SettingsPage", …)``).
LABEL_CHARACTERS = 44  # the label column's width, in average characters
SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (QT_TRANSLATE_NOOP("SettingsPage", "You"), ("user_name", "my_emails", "time_zone", "language")),
    (
        QT_TRANSLATE_NOOP("SettingsPage", "After each interview"),
        (
            "ask_minutes_before_start",
            "brief_evening_before",
            "brief_evening_time",
            "assessment_reminder_hours",
            "assessment_lapse_days",
            "thank_you_hours",
            "linkedin_days",
            "late_grace_days",
            "linkedin_after_screening",
            "linkedin_after_group",
            "linkedin_note_limit",
            "linkedin_account",
            "linkedin_free_notes",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("SettingsPage", "Checking in"),
        ("decision_grace_business_days", "no_date_check_in_business_days", "max_check_ins", "check_in_spacing_days"),
    ),
    (
        QT_TRANSLATE_NOOP("SettingsPage", "Hours"),
        ("business_hours_start", "business_hours_end", "quiet_hours_start", "quiet_hours_end"),
    ),
    (QT_TRANSLATE_NOOP("SettingsPage", "Notifications"), ("notifications_enabled", "start_at_login")),
)
OTHER = QT_TRANSLATE_NOOP("SettingsPage", "Other")
TIME_FORMAT = "HH:mm"
SAVED_MESSAGE_MS = 4000


class _SpinBox(QSpinBox):
    """Leaves the mouse wheel to the scrolling page unless the user is editing this box."""

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class _TimeEdit(QTimeEdit):
    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class _ComboBox(QComboBox):
    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class _RowLabel(QLabel):
    """A setting's name in the label column, wrapped at a known width; clicking it toggles a check
    box as clicking the box's own text would."""

    def __init__(self, text: str, editor: QWidget) -> None:
        super().__init__(text)
        self.setTextFormat(Qt.TextFormat.PlainText)
        # Long labels (Spanish ones are) wrap rather than widen the window past a small screen.
        self.setWordWrap(True)
        metrics = self.fontMetrics()
        self.setFixedWidth(min(metrics.horizontalAdvance(text) + 2, metrics.averageCharWidth() * LABEL_CHARACTERS))
        # Level with the editor's first line, whatever is below the editor (its help, its problem).
        self.setContentsMargins(0, max(0, (editor.sizeHint().height() - metrics.height()) // 2), 0, 0)
        self.setToolTip(editor.toolTip())
        self.setBuddy(editor)
        self._editor = editor

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if isinstance(self._editor, QCheckBox) and event.button() == Qt.MouseButton.LeftButton:
            self._editor.click()
            self._editor.setFocus(Qt.FocusReason.MouseFocusReason)
            return
        super().mousePressEvent(event)


class SettingsPage(QWidget):
    """Edits the settings; nothing is stored until Save (or Ctrl+S) and the domain accepts it."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._specs: dict[str, SettingSpec] = {}
        self._editors: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}  # editor and its error label, the field column of a row
        self._headers: dict[str, QLabel] = {}
        self._shown: dict[str, Any] = {}  # the stored values the editors were last filled from
        self._loading = False
        self._dirty = False

        scroll = self._scrolling(self._make_form())
        buttons = self._make_buttons()

        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)

        self._saved_timer = QTimer(self)
        self._saved_timer.setSingleShot(True)
        self._saved_timer.setInterval(SAVED_MESSAGE_MS)
        self._saved_timer.timeout.connect(self._show_status)

        self._tint_errors()
        self._refresh()
        session.changed.connect(self._refresh)

    def _make_form(self) -> QWidget:
        """A row per setting under the title of its section, numbers and times in boxes of one width."""
        form_body = QWidget()
        form = QFormLayout(form_body)
        margins = form.contentsMargins()  # the page's own margins already frame the form on the left
        form.setContentsMargins(0, 0, margins.right(), 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for title, specs in _sections(SETTINGS):
            header = QLabel(translate("SettingsPage", title))
            header.setTextFormat(Qt.TextFormat.PlainText)
            font = header.font()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.15)
            header.setFont(font)
            header.setAccessibleName(header.text())
            if self._headers:
                header.setContentsMargins(0, 12, 0, 0)
            self._headers[title] = header
            form.addRow(header)
            for spec in specs:
                self._add_row(form, spec)
        # Numbers and times line up in one column of equal boxes.
        boxes = [editor for editor in self._editors.values() if isinstance(editor, QAbstractSpinBox)]
        for box in boxes:
            box.setMinimumWidth(max(other.sizeHint().width() for other in boxes))
        return form_body

    def _scrolling(self, form_body: QWidget) -> QScrollArea:
        """The form in a scroll area, for a window shorter than the list of settings."""
        scroll = QScrollArea()
        scroll.setAccessibleName(translate("SettingsPage", "Settings"))
        scroll.setWidget(form_body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # tabbing to an editor scrolls it into view
        # The page scrolls up and down only: it is never made narrower than the form.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(form_body.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width())
        self._scroll = scroll
        return scroll

    def _make_buttons(self) -> QHBoxLayout:
        """The status line, then Restore defaults and Save."""
        self.status = QLabel()
        self.status.setAccessibleName(translate("SettingsPage", "Status"))
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.restore_button = QPushButton(translate("SettingsPage", "Restore defaults"))
        self.restore_button.setToolTip(
            translate("SettingsPage", "Fill in the recommended values. Nothing is saved until you press Save.")
        )
        self.restore_button.clicked.connect(self.restore_defaults)
        self.save_button = QPushButton(translate("SettingsPage", "Save"))
        self.save_button.setToolTip(
            translate("SettingsPage", "Save the settings ({shortcut})").format(
                shortcut=QKeySequence(QKeySequence.StandardKey.Save).toString()
            )
        )
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.save_button)
        return buttons

    # --- what tests and other views may ask -----------------------------------------------------

    def editor(self, key: str) -> QWidget:
        return self._editors[key]

    def error_label(self, key: str) -> QLabel:
        return self._errors[key]

    def is_dirty(self) -> bool:
        return self._dirty

    def values(self) -> dict[str, Any]:
        """What the editors hold, as the domain reads it (times as "HH:MM")."""
        return {key: _read(editor) for key, editor in self._editors.items()}

    # --- actions ----------------------------------------------------------------------------------

    def save(self) -> bool:
        """Store what the editors hold if the domain accepts it; otherwise show why and store nothing."""
        for editor in self._editors.values():
            if isinstance(editor, QAbstractSpinBox):
                editor.interpretText()  # a number still being typed counts
        try:
            settings = settings_from_dict(self.values())
        except ValidationError as error:
            self._show_errors(error.errors)
            return False
        self._show_errors(())
        self._session.save_settings(settings)  # its changed signal refreshes the page
        self.status.setText(translate("SettingsPage", "Saved."))
        wanted = i18n.chosen_language(settings.language, QLocale.system().name())
        if wanted != i18n.language():
            # Every window would have to be rebuilt to change language now: it happens at the next start.
            self.status.setText(
                translate("SettingsPage", "Saved. Afterview will speak {language} from its next start.").format(
                    language=i18n.LANGUAGES[wanted]
                )
            )
        self._saved_timer.start()
        return True

    def restore_defaults(self) -> None:
        """Fill the editors with the recommended values; Save stores them."""
        defaults = settings_to_dict(Settings())
        self._fill({spec.key: defaults.get(spec.key, spec.default) for spec in SETTINGS})
        self._editor_changed()

    # --- building -------------------------------------------------------------------------------

    def _add_row(self, form: QFormLayout, spec: SettingSpec) -> None:
        editor = _make_editor(spec)
        editor.setAccessibleName(spec.shown_label)
        editor.setAccessibleDescription(spec.shown_help)
        editor.setToolTip(spec.shown_help)
        editor.setObjectName(spec.key)
        _on_change(editor, self._editor_changed)

        error = QLabel()
        error.setObjectName(f"{spec.key}_error")
        error.setTextFormat(Qt.TextFormat.PlainText)
        error.setWordWrap(True)
        error.setAccessibleName(translate("SettingsPage", "Problem with {setting}").format(setting=spec.shown_label))
        error.hide()

        field = QWidget()
        column = QVBoxLayout(field)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        # Text and zone names use the width; numbers, times and boxes stay at their natural size.
        if isinstance(editor, QLineEdit | QComboBox):
            column.addWidget(editor)
        else:
            column.addWidget(editor, 0, Qt.AlignmentFlag.AlignLeft)
        if spec.shown_help:
            # Seen by everyone, not only by the mouse (a tooltip never shows to keyboard users).
            help_text = text_label(spec.shown_help, "caption")
            help_text.setObjectName(f"{spec.key}_help")
            column.addWidget(help_text)
        column.addWidget(error)

        # The label in the label column, wrapped at a fixed width, for every kind of editor: a check
        # box's own text does not wrap, and a long one was cut at the page's edge. The width is the
        # text's own up to LABEL_CHARACTERS, so the form knows each label's height (a wrapped label
        # it had to guess the width of was cut at the top and the bottom).
        label = _RowLabel(spec.shown_label, editor)
        form.addRow(label, field)
        self._specs[spec.key] = spec
        self._editors[spec.key] = editor
        self._errors[spec.key] = error
        self._fields[spec.key] = field

    # --- state ----------------------------------------------------------------------------------

    def _refresh(self) -> None:
        """Take in the stored settings. Editors the user has changed keep their text; the rest follow
        the store, so a change made elsewhere shows at once and an edit in progress is never lost."""
        stored = settings_to_dict(self._session.settings())
        current = self.values()
        untouched = {
            spec.key: stored.get(spec.key, spec.default)
            for spec in SETTINGS
            if spec.key not in self._shown or current[spec.key] == self._shown[spec.key]
        }
        self._shown = {spec.key: stored.get(spec.key, spec.default) for spec in SETTINGS}
        self._fill(untouched)
        self._update_dirty()

    def _fill(self, values: dict[str, Any]) -> None:
        self._loading = True
        try:
            for key, value in values.items():
                _write(self._editors[key], value)
        finally:
            self._loading = False

    def _editor_changed(self) -> None:
        if not self._loading:
            self._update_dirty()

    def _update_dirty(self) -> None:
        self._dirty = self.values() != self._shown
        if self._dirty:
            self._saved_timer.stop()
        self._show_status()

    def _show_status(self) -> None:
        if self._dirty:
            self.status.setText(translate("SettingsPage", "Unsaved changes"))
        elif not self._saved_timer.isActive():
            self.status.setText("")

    def _show_errors(self, errors: Sequence[FieldError]) -> None:
        by_key: dict[str, list[str]] = {}
        unplaced: list[str] = []
        for error in errors:
            if error.field in self._specs:  # under its own row the message need not repeat the label
                prefix = f"{self._specs[error.field].shown_label}: "
                by_key.setdefault(error.field, []).append(error.message.removeprefix(prefix))
            else:
                unplaced.append(str(error))
        first: QWidget | None = None
        for key, label in self._errors.items():  # in page order
            messages = by_key.get(key, [])
            label.setText("\n".join(messages))
            label.setVisible(bool(messages))
            # A screen reader says the problem when the user reaches the editor.
            self._editors[key].setAccessibleDescription(" ".join([*messages, self._specs[key].shown_help]).strip())
            self._fields[key].updateGeometry()  # the form caches row heights: a wrapped message would be cut off
            if messages and first is None:
                first = self._editors[key]
        if unplaced:
            self.status.setText(" ".join(unplaced))
        elif errors:
            self.status.setText(translate("SettingsPage", "Not saved: please fix the marked values."))
        if first is not None:  # keyboard users land on the first value to fix
            first.setFocus(Qt.FocusReason.OtherFocusReason)
            self._scroll.ensureWidgetVisible(self._fields[first.objectName()])

    def _tint_errors(self) -> None:
        """A red that stays readable on the current background, light or dark."""
        color = problem_color(self.palette())
        for label in self._errors.values():
            palette = label.palette()
            palette.setColor(QPalette.ColorRole.WindowText, color)
            label.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._tint_errors()


def _sections(specs: tuple[SettingSpec, ...]) -> list[tuple[str, list[SettingSpec]]]:
    """The specs grouped by :data:`SECTIONS`, in list order within each; unknown keys last, in "Other"."""
    section_of = {key: title for title, keys in SECTIONS for key in keys}
    grouped: dict[str, list[SettingSpec]] = {title: [] for title, _ in SECTIONS}
    grouped[OTHER] = []
    for spec in specs:
        grouped[section_of.get(spec.key, OTHER)].append(spec)
    return [(title, members) for title, members in grouped.items() if members]


def _make_editor(spec: SettingSpec) -> QWidget:
    if spec.kind is bool:
        return QCheckBox()  # named by the row's label (and its accessible name)
    if spec.kind is int:
        spin = _SpinBox()
        spin.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        spin.setRange(
            spec.minimum if spec.minimum is not None else 0, spec.maximum if spec.maximum is not None else 10**6
        )
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        return spin
    if spec.kind is time:
        edit = _TimeEdit()
        edit.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        edit.setDisplayFormat(TIME_FORMAT)
        return edit
    if spec.key == "time_zone":
        return _zone_box()
    if spec.key == "language":
        return _language_box()
    if spec.choices:
        return _choice_box(spec)
    return QLineEdit()


def _choice_box(spec: SettingSpec) -> QComboBox:
    """A setting with a fixed set of values (the LinkedIn account): each shown by its label, kept by its value."""
    box = _ComboBox()
    box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    for value, label in spec.choices:
        box.addItem(translate("Settings", label), value)
    return box


def _language_box() -> QComboBox:
    """The interface's language: the computer's, or one Afterview speaks (each in its own name)."""
    box = _ComboBox()
    box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    box.addItem(translate("SettingsPage", "The computer's language"), "")
    for code, name in i18n.LANGUAGES.items():
        box.addItem(name, code)
    return box


def _zone_box() -> QComboBox:
    """Any IANA zone, typed or picked; empty means the computer's zone (named in the placeholder)."""
    box = _ComboBox()
    box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    line = QLineEdit()
    line.setPlaceholderText(translate("SettingsPage", "The computer's ({zone})").format(zone=system_zone_name()))
    line.setClearButtonEnabled(True)
    line.setAccessibleName(translate("SettingsPage", "Time zone name"))
    box.setLineEdit(line)  # makes the box editable
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    box.addItem("")
    box.addItems(sorted(available_timezones()))
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(20)
    completer = QCompleter(box.model(), box)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)  # "madrid" finds Europe/Madrid
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    box.setCompleter(completer)
    return box


def _on_change(editor: QWidget, slot: Callable[[], None]) -> None:
    if isinstance(editor, QCheckBox):
        editor.toggled.connect(slot)
    elif isinstance(editor, QSpinBox):
        editor.valueChanged.connect(slot)
    elif isinstance(editor, QTimeEdit):
        editor.timeChanged.connect(slot)
    elif isinstance(editor, QComboBox) and not editor.isEditable():
        editor.currentIndexChanged.connect(slot)
    elif isinstance(editor, QComboBox):
        editor.editTextChanged.connect(slot)
    elif isinstance(editor, QLineEdit):
        editor.textChanged.connect(slot)


def _read(editor: QWidget) -> Any:
    if isinstance(editor, QCheckBox):
        return editor.isChecked()
    if isinstance(editor, QSpinBox):
        return editor.value()
    if isinstance(editor, QTimeEdit):
        return editor.time().toString(TIME_FORMAT)
    if isinstance(editor, QComboBox) and not editor.isEditable():
        return editor.currentData()
    if isinstance(editor, QComboBox):
        return editor.currentText().strip()
    assert isinstance(editor, QLineEdit)
    return editor.text().strip()


def _write(editor: QWidget, value: Any) -> None:
    if isinstance(editor, QCheckBox):
        editor.setChecked(bool(value))
    elif isinstance(editor, QSpinBox):
        editor.setValue(int(value))
    elif isinstance(editor, QTimeEdit):
        shown = value if isinstance(value, time) else time.fromisoformat(str(value))
        editor.setTime(QTime(shown.hour, shown.minute))
    elif isinstance(editor, QComboBox) and not editor.isEditable():
        editor.setCurrentIndex(max(editor.findData(value), 0))
    elif isinstance(editor, QComboBox):
        editor.setCurrentText(str(value))
    elif isinstance(editor, QLineEdit):
        editor.setText(str(value))
