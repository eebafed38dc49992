"""The New interview / Edit dialog: it fits a small screen in English and Spanish, starts at the
interview just had, shows again what was chosen, reads typed dates, and clears a field's message
once the field changes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from afterview.domain.model import Interviewer
from afterview.storage.repository import Store
from afterview.ui.editor import INTERVIEWER_FIELDS, ApplicationEditor, new_application
from afterview.ui.forms import ErrorLabel, follow_focus, scrolling
from afterview.ui.session import Session
from tests.qt.conftest import MADRID
from tests.support.builders import application
from tests.support.dialogs import outcome_dialog_for
from tests.support.fakes import FakeClock, FakeDesktop


def shown_editor(qtbot: QtBot, session: Session) -> ApplicationEditor:
    editor = ApplicationEditor(session, new_application(session), FakeDesktop(), is_new=True)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def test_the_editor_fits_a_1024_by_600_screen_without_scrolling_sideways(
    qtbot: QtBot, session: Session, language: str, desktop_font: None
) -> None:
    editor = shown_editor(qtbot, session)
    screen = editor.screen().availableGeometry()
    editor.decide_date.click()  # "On a date" / "En una fecha concreta": the date field beside it
    editor.resize(min(1024, screen.width()), min(600, screen.height()))
    qtbot.wait(10)
    [scroll] = editor.findChildren(QScrollArea)
    assert editor.width() <= min(1024, screen.width())
    assert not scroll.horizontalScrollBar().isVisible()
    for field in editor.findChildren(QDateEdit):
        if field.isVisibleTo(editor):
            assert field.width() >= field.sizeHint().width(), field.accessibleName()


# --- a new interview is the one just had -------------------------------------------------------------


def test_a_new_interview_starts_at_the_last_round_hour_today(
    qtbot: QtBot, session: Session, qt_clock: FakeClock
) -> None:
    qt_clock.current = datetime(2026, 11, 25, 14, 20, tzinfo=MADRID)
    editor = shown_editor(qtbot, session)
    form = editor.forms[0]
    assert (form.day.date(), form.time.time()) == (QDate(2026, 11, 25), QTime(14, 0))
    assert form.zone.currentText() == "Europe/Madrid"


# --- the answer to "When will they decide?" is shown again -------------------------------------------


def saved_and_reopened(
    qtbot: QtBot, session: Session, store: Store, choose: Callable[[ApplicationEditor], None]
) -> ApplicationEditor:
    editor = shown_editor(qtbot, session)
    editor.company.setText("Acme")
    editor.forms[0].day.setDate(QDate(2026, 11, 24))
    choose(editor)
    editor.save()
    assert editor.result() == ApplicationEditor.DialogCode.Accepted
    [saved] = store.applications()
    copy = session.editable_copy(saved.id)
    assert copy is not None
    again = ApplicationEditor(session, copy, FakeDesktop(), is_new=False)
    qtbot.addWidget(again)
    return again


def _said(words: str) -> Callable[[ApplicationEditor], None]:
    def choose(editor: ApplicationEditor) -> None:
        editor.decide_unknown.click()
        editor.timeline.setText(words)

    return choose


def _on(day: QDate) -> Callable[[ApplicationEditor], None]:
    def choose(editor: ApplicationEditor) -> None:
        editor.decide_date.click()
        editor.decision_day.setDate(day)

    return choose


@pytest.mark.parametrize(
    ("choose", "shown"),
    [
        (lambda editor: editor.decide_week.click(), "decide_week"),
        (lambda editor: editor.decide_two_weeks.click(), "decide_two_weeks"),
        (_on(QDate(2026, 12, 18)), "decide_date"),
        (lambda editor: editor.decide_unknown.click(), "decide_unknown"),
        (_said("they'll let me know"), "decide_unknown"),  # words no date could be read from
        (_said("within two weeks"), "decide_unknown"),  # words read as a date: still what they said
    ],
    ids=["1 week", "2 weeks", "on a date", "not said", "unread words", "read words"],
)
def test_the_decision_choice_is_shown_again_on_edit(
    qtbot: QtBot, session: Session, store: Store, language: str, choose: Callable[[ApplicationEditor], None], shown: str
) -> None:
    again = saved_and_reopened(qtbot, session, store, choose)
    assert again.decision_group.checkedButton() is getattr(again, shown)
    if shown == "decide_date":
        assert again.decision_day.date() == QDate(2026, 12, 18)
    [before] = store.applications()
    again.save()  # saved again unchanged, it means what it meant
    [after] = store.applications()
    assert (after.decision_expected_on, after.decision_timeline) == (
        before.decision_expected_on,
        before.decision_timeline,
    )


# --- typed dates -------------------------------------------------------------------------------------


def type_into(qtbot: QtBot, field: QDateEdit, text: str) -> None:
    """Typed as after Tab: Qt selects the field's first section (the weekday) then."""
    field.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_a_typed_iso_date_or_month_name_is_taken(qtbot: QtBot, session: Session, language: str) -> None:
    editor = shown_editor(qtbot, session)
    form = editor.forms[0]
    type_into(qtbot, form.day, "2026-12-31")
    assert form.day.date() == QDate(2026, 12, 31)
    type_into(qtbot, form.day, "Jan" if language == "en" else "enero")
    assert form.day.date() == QDate(2026, 1, 31)
    type_into(qtbot, form.day, "2027")  # a year alone: the day and month shown, that year
    assert form.day.date() == QDate(2027, 1, 31)
    type_into(qtbot, form.day, "15")
    assert form.day.date() == QDate(2027, 1, 15)
    editor.decide_date.click()
    editor.decision_day.setDate(QDate(2026, 12, 12))
    type_into(qtbot, editor.decision_day, "15/1/2027")
    assert editor.decision_day.date() == QDate(2027, 1, 15)
    type_into(qtbot, editor.decision_day, "soon")  # not a date: the field keeps its date
    editor.decision_day.clearFocus()
    assert editor.decision_day.date() == QDate(2027, 1, 15)


# --- a field's message goes once the field changes ---------------------------------------------------


def problems_shown(editor: QWidget) -> list[str]:
    return [label.text() for label in editor.findChildren(ErrorLabel) if label.isVisibleTo(editor) and label.text()]


def test_the_company_message_goes_once_a_name_is_typed(qtbot: QtBot, session: Session) -> None:
    editor = shown_editor(qtbot, session)
    editor.save()
    assert any("Company is required." in text for text in problems_shown(editor))
    qtbot.keyClicks(editor.company, "A")
    assert not any("Company is required." in text for text in problems_shown(editor))


def test_an_interviewers_message_goes_once_the_table_is_edited(qtbot: QtBot, session: Session) -> None:
    editor = shown_editor(qtbot, session)
    editor.company.setText("Acme")
    form = editor.forms[0]
    form._add_person(Interviewer("Ana Ruiz", email="ana@"))
    editor.save()
    assert any("is not a valid email address" in text for text in problems_shown(editor))
    form.people.setItem(0, INTERVIEWER_FIELDS.index("email"), QTableWidgetItem("ana@acme.example"))
    assert not any("is not a valid email address" in text for text in problems_shown(editor))


def test_the_outcome_message_goes_once_an_outcome_is_chosen(qtbot: QtBot, session: Session) -> None:
    dialog = outcome_dialog_for(qtbot, session, application())
    dialog.save()
    assert "Choose what happened first." in problems_shown(dialog)
    dialog.choice.button(0).click()
    assert "Choose what happened first." not in problems_shown(dialog)


# --- interviewers: LinkedIn as LinkedIn shows it, and their phone --------------------------------------


def test_a_linkedin_address_without_https_is_saved_with_it(qtbot: QtBot, session: Session, store: Store) -> None:
    editor = shown_editor(qtbot, session)
    editor.company.setText("Acme")
    form = editor.forms[0]
    form._add_person(Interviewer("Ana Ruiz"))
    form.people.setItem(0, INTERVIEWER_FIELDS.index("linkedin_url"), QTableWidgetItem("www.linkedin.com/in/ana-ruiz"))
    editor.save()
    assert problems_shown(editor) == []
    [saved] = store.applications()
    assert saved.interviews[0].interviewers[0].linkedin_url == "https://www.linkedin.com/in/ana-ruiz"


def test_an_interviewers_phone_is_a_column_of_its_own(qtbot: QtBot, session: Session, store: Store) -> None:
    editor = shown_editor(qtbot, session)
    editor.company.setText("Acme")
    form = editor.forms[0]
    headers = [form.people.model().headerData(column, Qt.Orientation.Horizontal) for column in range(5)]
    assert "Phone" in headers
    form._add_person(Interviewer("Ana Ruiz"))
    phone = headers.index("Phone")
    form.people.setItem(0, phone, QTableWidgetItem("call me"))
    editor.save()
    assert any("'call me' is not a phone number" in text for text in problems_shown(editor))
    form.people.setItem(0, phone, QTableWidgetItem("+34 600 123 456"))
    editor.save()
    [saved] = store.applications()
    assert saved.interviews[0].interviewers[0].phone == "+34 600 123 456"
    again = ApplicationEditor(session, session.editable_copy(saved.id) or saved, FakeDesktop(), is_new=False)
    qtbot.addWidget(again)
    item = again.forms[0].people.item(0, phone)
    assert item is not None and item.text() == "+34 600 123 456"


def test_tabbing_out_of_the_time_zone_box_changes_nothing(qtbot: QtBot, session: Session) -> None:
    editor = ApplicationEditor(session, new_application(session), FakeDesktop(), is_new=True)
    qtbot.addWidget(editor)
    form = editor.forms[0]
    assert form.zone.itemText(form.zone.currentIndex()) == form.zone.currentText()  # the item, not only the text
    assert not editor.has_changes()


# --- seen whole, and the keyboard kept where the user works ---------------------------------------------


def active_editor(qtbot: QtBot, session: Session) -> ApplicationEditor:
    """The editor as the active window: the keys, and the focus, are its."""
    editor = shown_editor(qtbot, session)
    handle = editor.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    return editor


def test_every_interviewer_column_is_as_wide_as_its_title(
    qtbot: QtBot, session: Session, language: str, desktop_font: None
) -> None:
    editor = shown_editor(qtbot, session)
    qtbot.wait(10)
    table = editor.forms[0].people
    header = table.horizontalHeader()
    for column in range(table.columnCount()):
        title = table.horizontalHeaderItem(column)
        assert title is not None
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(title.text()) + 8, title.text()
    assert sum(header.sectionSize(column) for column in range(table.columnCount())) <= table.viewport().width()


def test_a_refused_phone_puts_the_focus_on_its_cell(qtbot: QtBot, session: Session, store: Store) -> None:
    editor = active_editor(qtbot, session)
    editor.company.setText("Acme")
    form = editor.forms[0]
    form._add_person(Interviewer(""))  # an empty row is left out: the rows are counted as shown
    form._add_person(Interviewer("Ana Ruiz"))
    phone = INTERVIEWER_FIELDS.index("phone")
    form.people.setItem(1, phone, QTableWidgetItem("call me"))
    [save_button] = [b for b in editor.findChildren(QPushButton) if b.text().replace("&", "") == "Save"]
    save_button.setFocus()
    save_button.click()
    assert store.applications() == []
    assert form.people.hasFocus()
    assert (form.people.currentRow(), form.people.currentColumn()) == (1, phone)


def test_a_field_reached_by_tab_is_scrolled_into_sight_whole(qtbot: QtBot, session: Session) -> None:
    editor = active_editor(qtbot, session)
    notes = editor.forms[0].notes
    viewport = editor.body_scroll.viewport()
    location = editor.forms[0].location
    body = editor.body_scroll.widget()
    assert body is not None
    location_bottom = location.mapTo(body, location.rect().bottomLeft()).y()
    # The location the last line in sight, the notes below the edge (as at 1024×600 in Spanish).
    editor.resize(editor.width(), editor.height() - viewport.height() + location_bottom + 20)
    qtbot.wait(10)
    location.setFocus()
    qtbot.keyClick(location, Qt.Key.Key_Tab)
    assert notes.hasFocus()

    def whole() -> bool:
        top = notes.mapTo(viewport, notes.rect().topLeft()).y()
        return top >= 0 and top + notes.height() <= viewport.height()

    qtbot.waitUntil(whole, timeout=1000)


def test_the_empty_interviewers_table_shows_it_has_the_focus(qtbot: QtBot, session: Session) -> None:
    editor = active_editor(qtbot, session)
    table = editor.forms[0].people
    assert table.rowCount() == 0
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    before = table.viewport().grab().toImage()
    editor.forms[0].location.setFocus()
    qtbot.waitUntil(lambda: not table.hasFocus())
    after = table.viewport().grab().toImage()
    assert before != after  # a frame while it has the focus


def test_the_decision_picks_are_one_tab_stop_and_the_arrows_choose(qtbot: QtBot, session: Session) -> None:
    editor = active_editor(qtbot, session)
    group = editor.decision_group
    assert group.checkedButton() is editor.decide_unknown  # a new interview: they didn't say
    editor.job_url.setFocus()
    qtbot.keyClick(editor.job_url, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.decide_unknown  # the checked one, every time
    qtbot.keyClick(editor.decide_unknown, Qt.Key.Key_Down)
    assert editor.decide_date.isChecked() and editor.decide_date.hasFocus()  # on the second row
    assert editor.decision_day.isEnabled()
    qtbot.keyClick(editor.decide_date, Qt.Key.Key_Down)
    assert editor.decide_week.isChecked() and editor.decide_week.hasFocus()
    assert not editor.decision_day.isEnabled()
    qtbot.keyClick(editor.decide_week, Qt.Key.Key_Up)
    assert editor.decide_date.isChecked()
    qtbot.keyClick(editor.decide_date, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.decision_day  # out of the group in one press
    qtbot.keyClick(editor.decision_day, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is editor.decide_date


def test_the_outcome_dialog_starts_on_the_choice_and_the_arrows_choose(qtbot: QtBot, session: Session) -> None:
    dialog = outcome_dialog_for(qtbot, session, application())
    qtbot.waitExposed(dialog)
    handle = dialog.windowHandle()
    assert handle is not None
    handle.requestActivate()
    first = dialog.choice.buttons()[0]
    qtbot.waitUntil(first.hasFocus)
    assert dialog.choice.checkedId() == -1  # nothing chosen for the user
    qtbot.keyClick(first, Qt.Key.Key_Down)
    second = dialog.choice.buttons()[1]
    assert second.isChecked() and second.hasFocus()  # chosen by the arrow alone, the focus kept
    for _ in range(len(dialog.choice.buttons())):
        focused = QApplication.focusWidget()
        assert focused in dialog.choice.buttons()
        qtbot.keyClick(focused, Qt.Key.Key_Down)
    assert dialog.choice.checkedButton() is second  # round and back
    assert [b for b in dialog.choice.buttons() if b.focusPolicy() & Qt.FocusPolicy.TabFocus] == [second]


# --- a typed date is taken, or the field says why not -------------------------------------------------


def test_a_month_first_date_that_cannot_be_day_first_is_taken(qtbot: QtBot, session: Session) -> None:
    editor = active_editor(qtbot, session)
    day = editor.forms[0].day
    day.setFocus()
    qtbot.keyClicks(day, "12/31/2026")
    editor.forms[0].time.setFocus()
    assert day.date() == QDate(2026, 12, 31)


def test_a_date_that_cannot_be_read_is_not_dropped_in_silence(qtbot: QtBot, session: Session) -> None:
    editor = active_editor(qtbot, session)
    day = editor.forms[0].day
    shown = day.date()
    refused: list[str] = []
    day.refused.connect(refused.append)
    day.setFocus()
    qtbot.keyClicks(day, "31/02/2026")
    qtbot.keyClick(day, Qt.Key.Key_Return)
    assert day.date() == shown
    assert len(refused) == 1 and "31/02/2026" in refused[0] and "is not a date" in refused[0]
    assert "31/02/2026" in day.accessibleDescription()
    editor.forms[0].time.setFocus()  # leaving the field after Enter says it no twice
    assert len(refused) == 1


def test_a_text_box_taking_the_focus_is_scrolled_into_sight_whole_not_only_its_cursor(qtbot: QtBot) -> None:
    body = QWidget()
    column = QVBoxLayout(body)
    first = QLineEdit()
    column.addWidget(first)
    column.addSpacing(600)
    notes = QPlainTextEdit()
    notes.setFixedHeight(120)
    column.addWidget(notes)
    scroll = scrolling(body, "Form")
    follow_focus(scroll)
    qtbot.addWidget(scroll)
    scroll.resize(300, 300)
    scroll.show()
    handle = scroll.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is scroll)
    notes.setFocus()  # by a mnemonic or a click on its label: no Tab, so no scrolling of Qt's own

    def whole() -> bool:
        top = notes.mapTo(scroll.viewport(), notes.rect().topLeft()).y()
        return top >= 0 and top + notes.height() <= scroll.viewport().height()

    qtbot.waitUntil(whole, timeout=1000)
