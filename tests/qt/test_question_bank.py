"""The question bank view on a real store: it fills on save, searches, sorts, and says what it is for when empty."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from afterview.domain.model import Application, Assessment, Interview, QuestionReview, Stage
from afterview.ui.question_bank import EMPTY_TEXT, Column, QuestionBankView
from afterview.ui.session import Session
from tests.support.builders import local


def reviewed(company: str, start: str, *questions: QuestionReview, zone: str = "Europe/Madrid") -> Application:
    interview = Interview(
        starts_at=local(start, ZoneInfo(zone)), time_zone=zone, assessment=Assessment(list(questions))
    )
    return Application(company=company, stage=Stage.INTERVIEWING, interviews=[interview])


def rows(view: QuestionBankView) -> list[list[str]]:
    proxy = view.proxy
    return [
        [proxy.index(row, column).data() for column in range(proxy.columnCount())] for row in range(proxy.rowCount())
    ]


def make_view(qtbot: QtBot, session: Session) -> QuestionBankView:
    view = QuestionBankView(session)
    qtbot.addWidget(view)
    view.resize(900, 400)
    view.show()
    qtbot.waitExposed(view)
    return view


def save_samples(qtbot: QtBot, session: Session) -> None:
    with qtbot.waitSignal(session.changed):
        session.save(
            reviewed(
                "Acme",
                "2026-11-24T10:00",
                QuestionReview("Why us?", "Your open-data mission.", 4, "Name one project"),
                QuestionReview("Expected salary?", "Around 30k.", None),
            )
        )
    with qtbot.waitSignal(session.changed):
        session.save(
            reviewed(
                "Beta",
                "2026-11-10T22:30",  # New York evening: already the 11th in Madrid
                QuestionReview("why  us ?", "Good salary.", 2),
                QuestionReview("Tell me about a conflict", "The group project.", 3),
                zone="America/New_York",
            )
        )


def test_empty_state_until_the_first_question(qtbot: QtBot, session: Session) -> None:
    view = make_view(qtbot, session)
    assert view.empty_label.isVisible() and view.empty_label.text() == EMPTY_TEXT
    assert not view.table.isVisible() and not view.search.isVisible()
    save_samples(qtbot, session)
    assert not view.empty_label.isVisible()
    assert view.table.isVisible() and view.search.isVisible()


def test_saved_questions_appear_grouped_most_asked_first(qtbot: QtBot, session: Session) -> None:
    view = make_view(qtbot, session)
    save_samples(qtbot, session)
    assert rows(view) == [
        ["Why us?", "2", "Your open-data mission.", "4", "2026-11-24", "Acme"],
        ["Expected salary?", "1", "Around 30k.", "", "2026-11-24", "Acme"],
        ["Tell me about a conflict", "1", "The group project.", "3", "2026-11-10", "Beta"],
    ]
    assert view.count_label.text() == "3 questions"
    assert [view.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        "Question",
        "Times asked",
        "Latest answer",
        "Latest rating",
        "Last asked",
        "Company",
    ]
    tip = view.proxy.index(0, Column.QUESTION).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Why us?\n\nTo improve: Name one project"


def test_typing_in_the_search_box_filters_questions_and_answers(qtbot: QtBot, session: Session) -> None:
    view = make_view(qtbot, session)
    save_samples(qtbot, session)
    qtbot.keyClicks(view.search, "CONFLICT")
    assert [row[0] for row in rows(view)] == ["Tell me about a conflict"]
    assert view.count_label.text() == "1 of 3 questions"
    view.search.clear()
    qtbot.keyClicks(view.search, "30k")  # only in an answer
    assert [row[0] for row in rows(view)] == ["Expected salary?"]
    view.search.clear()
    qtbot.keyClicks(view.search, "salary")  # an older answer says "salary" too, but only the latest is searched
    assert [row[0] for row in rows(view)] == ["Expected salary?"]
    view.search.clear()
    qtbot.keyClicks(view.search, "nothing like this")
    assert rows(view) == []
    assert view.count_label.text() == "No question matches “nothing like this” (of 3)"
    view.search.clear()
    assert len(rows(view)) == 3


def test_clicking_a_header_sorts_by_that_column(qtbot: QtBot, session: Session) -> None:
    view = make_view(qtbot, session)
    save_samples(qtbot, session)
    header = view.table.horizontalHeader()

    def click(column: Column) -> None:
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))

    click(Column.LATEST_RATING)
    order = [row[3] for row in rows(view)]
    assert order in (["", "3", "4"], ["4", "3", ""])  # the style decides which way a first click sorts
    click(Column.LATEST_RATING)
    assert [row[3] for row in rows(view)] == list(reversed(order))
    click(Column.LAST_ASKED)
    dates = [row[4] for row in rows(view)]
    assert dates == sorted(dates) or dates == sorted(dates, reverse=True)
    assert dates[0] != dates[-1]
    view.table.sortByColumn(Column.QUESTION, Qt.SortOrder.AscendingOrder)
    assert [row[0] for row in rows(view)] == ["Expected salary?", "Tell me about a conflict", "Why us?"]


def test_the_sort_survives_a_refresh(qtbot: QtBot, session: Session) -> None:
    view = make_view(qtbot, session)
    save_samples(qtbot, session)
    view.table.sortByColumn(Column.COMPANY, Qt.SortOrder.DescendingOrder)
    with qtbot.waitSignal(session.changed):
        session.save(reviewed("Zeta", "2026-11-20T09:00", QuestionReview("Strengths?", "Curiosity.", 5)))
    assert [row[5] for row in rows(view)] == ["Zeta", "Beta", "Acme", "Acme"]


def test_every_control_has_an_accessible_name(qtbot: QtBot, session: Session) -> None:
    view = make_view(qtbot, session)
    assert view.search.placeholderText() == "Search questions"
    for widget in (view, view.search, view.table, view.count_label, view.empty_label):
        assert widget.accessibleName(), widget


def test_a_hidden_view_catches_up_when_shown(qtbot: QtBot, session: Session) -> None:
    view = QuestionBankView(session)
    qtbot.addWidget(view)
    save_samples(qtbot, session)
    view.show()
    qtbot.waitExposed(view)
    assert [row[0] for row in rows(view)] == ["Why us?", "Expected salary?", "Tell me about a conflict"]


def test_a_long_question_shows_whole_while_the_page_has_room(qtbot: QtBot, session: Session) -> None:
    question = "Tell me about a time you had to explain a complicated analysis to people outside your team"
    with qtbot.waitSignal(session.changed):
        session.save(reviewed("Acme", "2026-11-24T10:00", QuestionReview(question, "The churn study.", 4)))
    view = make_view(qtbot, session)
    view.resize(1100, 400)
    qtbot.wait(10)
    table = view.table
    needed = table.sizeHintForColumn(Column.QUESTION)
    assert table.columnWidth(Column.QUESTION) >= needed  # the question is not cut with "…"
    answer_needed = table.sizeHintForColumn(Column.LATEST_ANSWER)
    assert table.columnWidth(Column.LATEST_ANSWER) >= answer_needed  # nor is the answer, with room left
    assert not table.horizontalScrollBar().isVisible()
    view.resize(500, 400)  # no room for both: they share it, and nothing scrolls sideways
    qtbot.wait(10)
    assert table.columnWidth(Column.QUESTION) >= table.columnWidth(Column.LATEST_ANSWER)
    assert not table.horizontalScrollBar().isVisible()
