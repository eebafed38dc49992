"""The settings page: built from SETTINGS, checked by the domain, saved only on Save."""

from __future__ import annotations

from dataclasses import replace
from datetime import time

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QTime
from PySide6.QtGui import QColor, QPalette, QWheelEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLabel, QLineEdit, QSpinBox, QTimeEdit, QWidget
from pytestqt.qtbot import QtBot

from afterview.domain.settings import SETTINGS, Settings, SettingSpec
from afterview.storage.repository import Store
from afterview.ui import settings_page
from afterview.ui.session import Session
from afterview.ui.settings_page import SECTIONS, SettingsPage


@pytest.fixture
def page(qtbot: QtBot, session: Session) -> SettingsPage:
    shown = SettingsPage(session)
    qtbot.addWidget(shown)
    shown.resize(700, 600)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def type_into(qtbot: QtBot, editor: QWidget, text: str) -> None:
    """Replace what an editor holds the way a user does: select all, then type."""
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, text)


def click_save(qtbot: QtBot, page: SettingsPage) -> None:
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)


def spin(page: SettingsPage, key: str) -> QSpinBox:
    editor = page.editor(key)
    assert isinstance(editor, QSpinBox)
    return editor


def time_edit(page: SettingsPage, key: str) -> QTimeEdit:
    editor = page.editor(key)
    assert isinstance(editor, QTimeEdit)
    return editor


# --- built from the list -------------------------------------------------------------------------


@pytest.mark.parametrize("spec", SETTINGS, ids=lambda spec: spec.key)
def test_every_setting_has_an_editor_named_by_its_label(page: SettingsPage, store: Store, spec: SettingSpec) -> None:
    named = [widget for widget in page.findChildren(QWidget) if widget.accessibleName() == spec.label]
    assert named == [page.editor(spec.key)]
    [editor] = named
    assert editor.toolTip() == spec.help
    assert editor.accessibleDescription() == spec.help
    stored = getattr(store.settings(), spec.key)
    if spec.kind is int:
        assert isinstance(editor, QSpinBox)
        assert (editor.minimum(), editor.maximum(), editor.value()) == (spec.minimum, spec.maximum, stored)
    elif spec.kind is time:
        assert isinstance(editor, QTimeEdit)
        assert editor.displayFormat() == "HH:mm"
        assert editor.time() == QTime(stored.hour, stored.minute)
    elif spec.kind is bool:
        assert isinstance(editor, QCheckBox)
        assert editor.isChecked() is stored
    else:
        assert isinstance(editor, QLineEdit | QComboBox)
        if isinstance(editor, QComboBox) and not editor.isEditable():  # a fixed choice: the language
            assert editor.currentData() == stored
        else:
            assert (editor.currentText() if isinstance(editor, QComboBox) else editor.text()) == stored


def test_the_linkedin_limit_explains_free_and_premium(page: SettingsPage) -> None:
    tip = page.editor("linkedin_note_limit").toolTip()
    assert "200" in tip and "300" in tip and "Premium" in tip


def test_the_time_zone_box_offers_every_zone_and_the_computers(page: SettingsPage) -> None:
    box = page.editor("time_zone")
    assert isinstance(box, QComboBox) and box.isEditable()
    offered = [box.itemText(row) for row in range(box.count())]
    assert offered[0] == ""  # the computer's zone
    assert "Europe/Madrid" in offered and "America/Argentina/Buenos_Aires" in offered
    assert offered[1:] == sorted(offered[1:])


def test_the_sections_name_only_real_settings_once() -> None:
    named = [key for _, keys in SECTIONS for key in keys]
    assert len(named) == len(set(named))
    assert set(named) <= {spec.key for spec in SETTINGS}


def test_a_setting_no_section_names_still_gets_a_row_under_other(
    qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    extra = SettingSpec("weekly_digest", "Send me a weekly digest", bool, False, help="New in a later version.")
    monkeypatch.setattr(settings_page, "SETTINGS", (*SETTINGS, extra))
    page = SettingsPage(session)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    editor = page.editor("weekly_digest")
    assert editor.accessibleName() == "Send me a weekly digest" and editor.toolTip() == "New in a later version."
    headers = [label for label in page.findChildren(QLabel) if label.text() == "Other"]
    assert len(headers) == 1
    last_known = page.editor(SETTINGS[-1].key)
    assert (
        last_known.mapTo(page, QPoint()).y() < headers[0].mapTo(page, QPoint()).y() < editor.mapTo(page, QPoint()).y()
    )


def test_there_is_no_other_section_while_every_setting_has_one(page: SettingsPage) -> None:
    assert not [label for label in page.findChildren(QLabel) if label.text() == "Other"]


# --- saving ----------------------------------------------------------------------------------------


def test_a_changed_value_is_stored_on_save(qtbot: QtBot, page: SettingsPage, store: Store) -> None:
    before = store.settings()
    type_into(qtbot, spin(page, "thank_you_hours"), "48")
    type_into(qtbot, page.editor("user_name"), "Lucia P.")
    qtbot.mouseClick(page.editor("notifications_enabled"), Qt.MouseButton.LeftButton)
    time_edit(page, "quiet_hours_start").setTime(QTime(22, 30))
    assert store.settings() == before  # nothing until Save
    assert page.is_dirty() and page.status.text() == "Unsaved changes"

    click_save(qtbot, page)

    assert store.settings() == replace(
        before, thank_you_hours=48, user_name="Lucia P.", notifications_enabled=False, quiet_hours_start=time(22, 30)
    )
    assert not page.is_dirty()
    assert page.status.text() == "Saved."


def test_ctrl_s_saves_while_the_page_has_focus(qtbot: QtBot, page: SettingsPage, store: Store) -> None:
    page.activateWindow()
    qtbot.waitActive(page)
    editor = spin(page, "max_check_ins")
    type_into(qtbot, editor, "4")
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert store.settings().max_check_ins == 4


def test_business_hours_ending_before_they_start_are_refused_under_the_end(
    qtbot: QtBot, page: SettingsPage, store: Store
) -> None:
    before = store.settings()
    type_into(qtbot, page.editor("user_name"), "Someone else")
    time_edit(page, "business_hours_end").setTime(QTime(8, 0))

    click_save(qtbot, page)

    assert store.settings() == before  # not even the valid name
    error = page.error_label("business_hours_end")
    assert error.isVisible() and error.text() == "Business hours must end after they start."
    shown = [spec.key for spec in SETTINGS if page.error_label(spec.key).isVisible()]
    assert shown == ["business_hours_end"]
    editor = time_edit(page, "business_hours_end")
    editor_bottom = editor.mapTo(page, QPoint(0, editor.height())).y()
    error_top = error.mapTo(page, QPoint()).y()
    assert 0 <= error_top - editor_bottom < editor.height()  # right under it, before the next row
    assert error.x() == editor.x()
    assert page.is_dirty() and page.status.text() != "Saved."
    assert editor.hasFocus()
    assert editor.accessibleDescription() == "Business hours must end after they start."

    editor.setTime(QTime(18, 0))
    click_save(qtbot, page)
    assert store.settings() == replace(before, user_name="Someone else", business_hours_end=time(18, 0))
    assert not error.isVisible()
    assert editor.accessibleDescription() == ""


def test_an_unknown_time_zone_is_refused_under_the_zone_box(qtbot: QtBot, page: SettingsPage, store: Store) -> None:
    before = store.settings()
    box = page.editor("time_zone")
    assert isinstance(box, QComboBox)
    box.setEditText("Mars/Olympus")  # typing would open the completer popup, which offscreen cannot raise
    time_edit(page, "business_hours_end").setTime(QTime(8, 0))
    click_save(qtbot, page)
    assert store.settings() == before
    error = page.error_label("time_zone")
    assert error.isVisible() and "Mars/Olympus" in error.text()
    assert page.error_label("business_hours_end").isVisible()
    focused = QApplication.focusWidget()
    assert box.hasFocus() or (focused is not None and box.isAncestorOf(focused))  # the first problem on the page

    # A message gets the height it needs once the layout has run (not cut off), also when it wraps.
    def fits() -> bool:
        needed = error.heightForWidth(error.width())
        return bool(error.height() >= needed >= error.fontMetrics().height())

    qtbot.waitUntil(fits)


def test_an_empty_time_zone_means_the_computers(qtbot: QtBot, page: SettingsPage, store: Store) -> None:
    box = page.editor("time_zone")
    assert isinstance(box, QComboBox)
    box.setCurrentIndex(0)
    click_save(qtbot, page)
    assert store.settings().time_zone == ""


def test_restore_defaults_fills_in_defaults_and_save_stores_exactly_them(
    qtbot: QtBot, page: SettingsPage, store: Store
) -> None:
    before = store.settings()
    assert before != Settings()
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert store.settings() == before  # nothing until Save
    assert page.is_dirty()
    assert page.editor("user_name").property("text") == ""

    click_save(qtbot, page)

    assert store.settings() == Settings()


def test_the_saved_message_goes_away(qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(settings_page, "SAVED_MESSAGE_MS", 10)
    page = SettingsPage(session)
    qtbot.addWidget(page)
    spin(page, "linkedin_days").setValue(3)
    page.save()
    assert page.status.text() == "Saved."
    qtbot.waitUntil(lambda: page.status.text() == "", timeout=2000)


# --- dirty state and changes made elsewhere -------------------------------------------------------


def test_editing_back_to_the_stored_value_is_not_an_unsaved_change(page: SettingsPage) -> None:
    editor = spin(page, "linkedin_days")
    editor.setValue(5)
    assert page.is_dirty() and page.status.text() == "Unsaved changes"
    editor.setValue(2)
    assert not page.is_dirty() and page.status.text() == ""


def test_a_change_made_elsewhere_refreshes_the_page(page: SettingsPage, session: Session) -> None:
    session.save_settings(session.settings().with_values(thank_you_hours=12, quiet_hours_end=time(7, 0)))
    assert spin(page, "thank_you_hours").value() == 12
    assert time_edit(page, "quiet_hours_end").time() == QTime(7, 0)
    assert not page.is_dirty()


def test_a_change_made_elsewhere_keeps_an_edit_in_progress(
    qtbot: QtBot, page: SettingsPage, session: Session, store: Store
) -> None:
    type_into(qtbot, page.editor("user_name"), "Typed here")
    session.save_settings(session.settings().with_values(notifications_enabled=False, user_name="Changed there"))
    assert page.editor("user_name").property("text") == "Typed here"
    assert page.is_dirty()
    checkbox = page.editor("notifications_enabled")
    assert isinstance(checkbox, QCheckBox) and not checkbox.isChecked()  # untouched, so it follows

    click_save(qtbot, page)
    assert (store.settings().user_name, store.settings().notifications_enabled) == ("Typed here", False)


# --- keyboard, mouse, colours -------------------------------------------------------------------------


def test_tab_reaches_every_control_in_page_order(page: SettingsPage) -> None:
    expected = [page.editor(key) for _, keys in SECTIONS for key in keys]
    expected += [page.restore_button, page.save_button]
    reached: list[QWidget] = []
    widget: QWidget = page.editor(SECTIONS[0][1][0])
    for _ in range(200):
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(page) and widget.isEnabled():
            target = widget.focusProxy() or widget
            if target not in reached:
                reached.append(target)
        following = widget.nextInFocusChain()
        assert following is not None  # the focus chain is a ring
        widget = following
        if widget is expected[0]:
            break
    # A combo box's line edit stands in for the box itself.
    reached = [parent if isinstance(parent := w.parentWidget(), QComboBox) else w for w in reached]
    assert [w for w in reached if w in expected] == expected
    assert all(w in expected for w in reached if isinstance(w, QLineEdit | QSpinBox | QTimeEdit | QCheckBox))


def test_the_wheel_scrolls_the_page_instead_of_changing_a_number_it_passes_over(page: SettingsPage) -> None:
    editor = spin(page, "max_check_ins")
    page.editor("user_name").setFocus()
    wheel = QWheelEvent(
        QPointF(5, 5),
        QPointF(editor.mapToGlobal(QPoint(5, 5))),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(editor, wheel)
    assert editor.value() == 2


def test_error_text_stays_readable_when_the_palette_turns_dark(qtbot: QtBot, page: SettingsPage) -> None:
    error = page.error_label("business_hours_end")
    light = error.palette().color(QPalette.ColorRole.WindowText)
    dark = QPalette(page.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    page.setPalette(dark)
    turned = error.palette().color(QPalette.ColorRole.WindowText)
    assert turned != light
    assert turned.lightness() > 128


def test_the_language_is_chosen_from_a_list_and_applies_at_the_next_start(page: SettingsPage, session: Session) -> None:
    box = page._editors["language"]
    assert isinstance(box, QComboBox) and not box.isEditable()
    assert [box.itemData(index) for index in range(box.count())] == ["", "en", "es"]
    assert box.itemText(2) == "Español"  # each language in its own name
    box.setCurrentIndex(2)
    assert page.save()
    assert session.settings().language == "es"
    assert page.status.text() == "Saved. Afterview will speak Español from its next start."


# --- seen whole at the window's own size, help included ----------------------------------------------


@pytest.fixture
def narrow_page(qtbot: QtBot, session: Session, language: str) -> SettingsPage:
    """The page as the window shows it at its first size (780 px wide in English, less the sidebar)."""
    shown = SettingsPage(session)
    qtbot.addWidget(shown)
    shown.resize(594, 500)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_every_label_and_check_box_shows_whole_at_the_windows_first_size(narrow_page: SettingsPage) -> None:
    page = narrow_page
    for spec in SETTINGS:
        editor = page.editor(spec.key)
        [label] = [label for label in page.findChildren(QLabel) if label.buddy() is editor]
        assert label.text() == spec.shown_label
        # Wrapped, never cut: as tall as its lines need, within the page's width.
        needed = label.heightForWidth(label.width() - label.contentsMargins().left() - label.contentsMargins().right())
        assert label.height() >= needed, spec.key
        assert label.mapTo(page, label.rect().topRight()).x() < editor.mapTo(page, editor.rect().topLeft()).x(), (
            spec.key
        )
        right_edge = editor.mapTo(page, editor.rect().topRight()).x()
        assert right_edge <= page.width(), spec.key


def test_a_check_boxs_label_toggles_it_when_clicked(qtbot: QtBot, page: SettingsPage) -> None:
    box = page.editor("brief_evening_before")
    assert isinstance(box, QCheckBox)
    [label] = [label for label in page.findChildren(QLabel) if label.buddy() is box]
    before = box.isChecked()
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton)
    assert box.isChecked() is not before and box.hasFocus()


@pytest.mark.parametrize("spec", [spec for spec in SETTINGS if spec.help], ids=lambda spec: spec.key)
def test_the_help_is_shown_under_its_field_not_only_in_a_tooltip(page: SettingsPage, spec: SettingSpec) -> None:
    help_text = page.findChild(QLabel, f"{spec.key}_help")
    assert help_text is not None and help_text.text() == spec.help and help_text.isVisible()
    assert help_text.wordWrap()


def test_email_addresses_may_be_separated_by_semicolons(qtbot: QtBot, page: SettingsPage, store: Store) -> None:
    type_into(qtbot, page.editor("my_emails"), "ana@uni.es; ana.ruiz@gmail.com")
    click_save(qtbot, page)
    assert not page.error_label("my_emails").isVisible()
    assert store.settings().my_emails == "ana@uni.es, ana.ruiz@gmail.com"
