"""The New interview / Edit dialog: it fits a small screen in English and Spanish, starts at the
interview just had, shows again what was chosen, reads typed dates, and clears a field's message
once the field changes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QDateEdit, QScrollArea, QTableWidgetItem, QWidget
from pytestqt.qtbot import QtBot

from afterview.domain.model import Interviewer
from afterview.storage.repository import Store
from afterview.ui.editor import INTERVIEWER_FIELDS, ApplicationEditor, new_application
from afterview.ui.forms import ErrorLabel
from afterview.ui.review import OutcomeDialog
from afterview.ui.session import Session
from tests.qt.conftest import MADRID
from tests.support.builders import application
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
    app = application()
    session.save(app)
    copy = session.editable_copy(app.id)
    assert copy is not None
    dialog = OutcomeDialog(session, copy, FakeDesktop())
    qtbot.addWidget(dialog)
    dialog.show()
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
