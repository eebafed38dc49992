"""The Offers page (ui/offer_desk.py): in the sidebar only while an offer is open; the deadline and the
other processes; the steps open their letters (the reason filled in); the terms entered in the Outcome
dialog side by side; Accept… asks with Cancel as the default, closes the others with a letter each, and
warns before a second acceptance; all of it undone with one Ctrl+Z."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFrame, QGroupBox, QLabel, QMessageBox, QTableWidget
from pytestqt.qtbot import QtBot

from afterview.domain.model import (
    Application,
    FollowUpKind,
    LetterKind,
    OfferTerms,
    Outcome,
    OutcomeKind,
    Stage,
)
from afterview.ui.main_window import PAGES, MainWindow
from afterview.ui.offer_desk import OfferDeskView
from afterview.ui.session import Session
from tests.support.builders import NOW, application
from tests.support.dialogs import outcome_dialog_for
from tests.support.fakes import FakeClock

DEADLINE = date(2026, 12, 4)
OFFERS = PAGES.index("Offers")


def offer(company: str = "Acme", terms: OfferTerms | None = None) -> Application:
    app = application(
        stage=Stage.OFFER, offer_deadline=DEADLINE, outcome=Outcome(OutcomeKind.OFFER, NOW), offer_terms=terms
    )
    app.company = company
    return app


def pending(company: str, decides: date) -> Application:
    app = application(decision_expected_on=decides)
    app.company = company
    return app


def answer(qtbot: QtBot, answers: list[str], seen: list[QMessageBox]) -> None:
    """Answer the next questions in turn by the button's text ("Cancel", "&Accept" …), noting each box."""

    def reply() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, reply)
            return
        seen.append(box)
        wanted = answers.pop(0)
        [button] = [b for b in box.buttons() if b.text() == wanted]
        button.click()
        if answers:
            QTimer.singleShot(20, reply)

    QTimer.singleShot(0, reply)


def text_at(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


def stages(session: Session) -> dict[str, Stage]:
    return {app.company: app.stage for app in session.applications()}


def test_the_place_is_there_only_while_an_offer_is_open(qtbot: QtBot, window: MainWindow, session: Session) -> None:
    assert window.places.isRowHidden(OFFERS)
    session.save(pending("Beta", date(2026, 12, 2)))
    assert window.places.isRowHidden(OFFERS)
    acme = offer()
    session.save(acme)
    assert not window.places.isRowHidden(OFFERS)
    window.show_page(PAGES.index("Today"))
    qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + OFFERS), Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.offer_desk
    session.decline_offer(acme.id)
    assert window.places.isRowHidden(OFFERS)
    assert window.places.currentRow() == PAGES.index("Today")


def test_the_desk_shows_the_deadline_the_others_and_the_steps(
    qtbot: QtBot, window: MainWindow, session: Session
) -> None:
    for app in (offer(), pending("Beta", date(2026, 12, 2)), pending("Cobalt", date(2026, 12, 9))):
        session.save(app)
    window.show_page(OFFERS)
    view = window.offer_desk
    desk_text = " ".join(label.text() for label in view.body.findChildren(QLabel))
    assert "Answer by Fri 04 Dec 2026: 9 days left (7 business days)." in desk_text
    [others] = [t for t in view.findChildren(QTableWidget) if t.accessibleName() == "Your other open processes"]
    rows = [[text_at(others, r, c) for c in range(3)] for r in range(others.rowCount())]
    assert rows == [["Beta — Analyst", "Wed 02 Dec", "yes"], ["Cobalt — Analyst", "Wed 09 Dec", "no"]]  # this year
    kinds = [key.split(":")[1] for key in view.buttons if key.startswith("write:")]
    assert kinds == ["ask_extension", "share_offer", "offer_reply"]


def test_a_step_opens_its_letter_with_the_reason_filled_in(
    qtbot: QtBot, window: MainWindow, session: Session, language: str
) -> None:
    for app in (offer(), pending("Cobalt", date(2026, 12, 9))):
        session.save(app)
    window.show_page(OFFERS)
    view = window.offer_desk
    [key] = [key for key in view.buttons if key.startswith("write:ask_extension")]
    opened: list[object] = []
    window.offer_desk.draft_step.connect(opened.append)
    view.buttons[key].click()
    editor = QApplication.activeModalWidget() or next(
        w for w in QApplication.topLevelWidgets() if type(w).__name__ == "LetterEditor" and w.isVisible()
    )
    assert type(editor).__name__ == "LetterEditor"
    assert editor.current_kind() is LetterKind.EXTENSION_REQUEST  # type: ignore[attr-defined]
    body = " ".join(editor.body.toPlainText().split())  # type: ignore[attr-defined]
    expected = {
        "en": "I am waiting on another process that decides on 9 December 2026",
        "es": "Estoy a la espera de otro proceso que se decide el 9 de diciembre de 2026",
    }
    assert expected[editor.current_language()] in body  # type: ignore[attr-defined]
    assert "{" not in body
    editor.close()


def test_accept_asks_with_cancel_as_the_default_then_closes_the_others(
    qtbot: QtBot, window: MainWindow, session: Session
) -> None:
    acme, zeta, beta = offer(), offer("Zeta"), pending("Beta", date(2026, 12, 9))
    for app in (acme, zeta, beta):
        session.save(app)
    window.show_page(OFFERS)
    view = window.offer_desk
    seen: list[QMessageBox] = []
    answer(qtbot, ["Cancel"], seen)
    assert view.buttons[f"accept:{acme.id}"] is not None
    assert not view.accept(acme.id)
    assert seen[0].defaultButton() is seen[0].escapeButton()
    assert seen[0].defaultButton().text() == "Cancel"
    assert "The other open offer will be declined, with a letter to send to it." in seen[0].text()  # Zeta
    assert "The other open process will be closed, with a letter to send to it." in seen[0].text()  # Beta
    assert stages(session) == {"Acme": Stage.OFFER, "Zeta": Stage.OFFER, "Beta": Stage.INTERVIEWING}

    answer(qtbot, ["&Accept"], seen)
    assert view.accept(acme.id)
    assert stages(session) == {"Acme": Stage.ACCEPTED, "Zeta": Stage.WITHDRAWN, "Beta": Stage.WITHDRAWN}
    open_kinds = {
        (step.kind, step.application_id) for step in session.steps() if step.is_open and step.kind.value != "lessons"
    }
    assert {
        (FollowUpKind.ACCEPT_OFFER, acme.id),
        (FollowUpKind.DECLINE_OFFER, zeta.id),
        (FollowUpKind.WITHDRAW, beta.id),
    } <= open_kinds
    window.undo()  # one Ctrl+Z puts all three back
    assert stages(session) == {"Acme": Stage.OFFER, "Zeta": Stage.OFFER, "Beta": Stage.INTERVIEWING}


def test_a_second_acceptance_is_warned_about_and_cancel_is_the_default(
    qtbot: QtBot, window: MainWindow, session: Session
) -> None:
    acme, zeta = offer(), offer("Zeta")
    session.save(acme)
    session.save(zeta)
    window.show_page(OFFERS)
    seen: list[QMessageBox] = []
    answer(qtbot, ["&Accept"], seen)
    assert window.offer_desk.accept(acme.id)
    # Zeta was declined by accepting Acme; reopen it as an offer (they came back with a better one).
    reopened = session.editable_copy(zeta.id)
    assert reopened is not None
    reopened.stage = Stage.OFFER
    session.save(reopened)
    answer(qtbot, ["&Accept", "Cancel"], seen)
    assert not window.offer_desk.accept(zeta.id)
    warning = seen[-1]
    assert "already accepted Acme" in warning.text() and "going back on your word" in warning.text()
    assert warning.defaultButton().text() == "Cancel"
    assert stages(session)["Zeta"] is Stage.OFFER
    answer(qtbot, ["&Accept", "Accept &anyway"], seen)
    assert window.offer_desk.accept(zeta.id)
    assert stages(session)["Zeta"] is Stage.ACCEPTED


def test_the_outcome_dialog_records_the_terms_and_the_desk_compares_them(
    qtbot: QtBot, session: Session, window: MainWindow
) -> None:
    zeta = offer("Zeta", OfferTerms("2.400 €/month × 14"))
    session.save(zeta)
    app = application()
    dialog = outcome_dialog_for(qtbot, session, app)
    dialog.choice.button(1).click()  # "They made me an offer"
    dialog.has_deadline.setChecked(True)
    dialog.deadline.setDate(QDate(2026, 12, 11))
    dialog.terms.salary.setText("32.000 € gross a year")
    dialog.terms.has_start.setChecked(True)
    dialog.terms.start.setDate(QDate(2027, 1, 11))
    dialog.terms.notes.setText("hybrid")
    dialog.save()
    stored = session.application(app.id)
    assert stored is not None
    assert stored.offer_terms == OfferTerms("32.000 € gross a year", date(2027, 1, 11), "hybrid")
    assert stored.offer_deadline == date(2026, 12, 11)
    window.show_page(OFFERS)
    [table] = [t for t in window.offer_desk.findChildren(QTableWidget) if "side by side" in t.accessibleName()]
    cells: Callable[[int], list[str]] = lambda row: [text_at(table, row, c) for c in range(table.columnCount())]  # noqa: E731
    headers = [header.text() for c in range(table.columnCount()) if (header := table.horizontalHeaderItem(c))]
    assert headers == ["Zeta", "Acme"]  # the earlier deadline first
    assert cells(0) == ["2.400 €/month × 14", "32.000 € gross a year"]
    assert cells(1) == ["–", "Mon 11 Jan 2027"]  # dates as the app writes them
    other = table.verticalHeaderItem(3)
    assert other is not None and other.text() == "Other terms"  # named as in the Outcome dialog
    assert text_at(table, 3, 1) == "hybrid"


def test_the_page_is_a_scrolling_view_with_named_controls(qtbot: QtBot, session: Session) -> None:
    for app in (offer(), pending("Cobalt", date(2026, 12, 9))):
        session.save(app)
    view = OfferDeskView(session)
    qtbot.addWidget(view)
    view.show()
    assert all(button.accessibleName() for button in view.buttons.values())
    assert view.buttons  # accept, decline and a letter per step


def test_the_days_left_follow_the_clock(
    qtbot: QtBot, window: MainWindow, session: Session, qt_clock: FakeClock
) -> None:
    session.save(offer())
    window.show_page(OFFERS)

    def said() -> str:
        return " ".join(label.text() for label in window.offer_desk.body.findChildren(QLabel))

    assert "9 days left (7 business days)" in said()
    qt_clock.advance(days=1)
    window._follow_the_clock()
    assert "8 days left (6 business days)" in said()


# --- the keyboard, the layout, and the page after accepting ----------------------------------------------


def desk_view(qtbot: QtBot, session: Session, width: int, height: int) -> OfferDeskView:
    """The page at a size (the window's default leaves about 560 × 490 to it), shown and active."""
    for app in (offer(terms=OfferTerms("32.000 €", date(2027, 1, 11), "hybrid")), offer("Zeta")):
        session.save(app)
    for app in (pending("Contoso", date(2026, 12, 2)), pending("Fabrikam", date(2026, 12, 15))):
        app.position = "Business Analyst in the data and reporting team"
        session.save(app)
    view = OfferDeskView(session)
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show()
    view.activateWindow()
    qtbot.waitExposed(view)
    qtbot.wait(20)  # the tables fit their rows once the header has shared out the width
    return view


def tables(view: OfferDeskView) -> list[QTableWidget]:
    return view.body.findChildren(QTableWidget)


def test_tab_leaves_the_tables_and_reaches_every_button_in_order(qtbot: QtBot, session: Session) -> None:
    view = desk_view(qtbot, session, 560, 300)
    buttons = list(view.buttons.values())  # accept and decline for each offer, then each letter, as shown
    expected = [*buttons[:4], *tables(view), *buttons[4:]]
    buttons[0].setFocus()
    qtbot.waitUntil(buttons[0].hasFocus)
    seen = [QApplication.focusWidget()]
    for _ in expected[1:]:
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
        visible = seen[-1].visibleRegion()  # type: ignore[union-attr]
        assert not visible.isEmpty(), "the page scrolls the focused control into view"
    assert seen == expected
    assert [key.split(":")[0] for key in list(view.buttons)[4:]] == ["write"] * (len(buttons) - 4)
    assert view.scroller.verticalScrollBar().value() > 0


def test_the_arrow_keys_move_inside_a_table(qtbot: QtBot, session: Session) -> None:
    view = desk_view(qtbot, session, 560, 300)
    others = tables(view)[1]
    others.setFocus()
    others.setCurrentCell(0, 0)
    qtbot.keyClick(others, Qt.Key.Key_Down)
    assert others.hasFocus() and others.currentRow() == 1


def test_the_tables_show_every_row_and_column_at_the_default_size(qtbot: QtBot, session: Session) -> None:
    view = desk_view(qtbot, session, 560, 490)
    for table in tables(view):
        assert table.horizontalScrollBar().maximum() == 0  # nothing to scroll sideways: every column is there
        assert sum(table.columnWidth(c) for c in range(table.columnCount())) <= table.viewport().width()
        rows = [table.rowHeight(row) for row in range(table.rowCount())]
        assert sum(rows) <= table.viewport().height()  # every row whole
        for row, height in enumerate(rows):
            assert height >= table.sizeHintForRow(row)  # wrapped text, not cut


def test_an_offer_card_has_its_title_inside(qtbot: QtBot, session: Session) -> None:
    view = desk_view(qtbot, session, 560, 490)
    [card] = [
        frame for frame in view.body.findChildren(QFrame) if frame.property("card") and "Zeta" in frame.accessibleName()
    ]
    [title] = [label for label in card.findChildren(QLabel) if label.text() == "Zeta — Analyst"]
    assert card.rect().contains(title.geometry())
    assert not view.body.findChildren(QGroupBox)


def test_after_accepting_the_page_says_so_and_what_is_left(
    qtbot: QtBot, window: MainWindow, session: Session, qt_clock: FakeClock
) -> None:
    acme, beta, cobalt = offer(), pending("Beta", date(2026, 12, 2)), pending("Cobalt", date(2026, 12, 9))
    for app in (acme, beta, cobalt):
        session.save(app)
    window.show_page(OFFERS)
    session.accept_offer(acme.id)
    assert not window.places.isRowHidden(OFFERS)  # the page stays while the letters are due
    assert window.pages.currentWidget() is window.offer_desk

    def said() -> str:
        return " ".join(label.text() for label in window.offer_desk.body.findChildren(QLabel))

    assert "You accepted this offer on Wed 25 Nov 2026." in said()
    assert "confirm your acceptance in writing" in said()
    assert "tell the 2 other employers you withdraw, one letter each" in said()
    assert not [key for key in window.offer_desk.buttons if key.startswith(("accept:", "decline:"))]
    assert len([key for key in window.offer_desk.buttons if key.startswith("write:")]) == 3
    qt_clock.advance(days=7)  # a week on, the letters have lapsed and the page goes
    session.save(session.editable_copy(acme.id))  # type: ignore[arg-type]
    assert window.places.isRowHidden(OFFERS)
