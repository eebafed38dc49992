"""The insights view on a real store: it redraws on save, says its numbers in words, and scales with the font.

The session's clock reads Wed 2026-11-25 10:00 in Madrid; interviews on Mon 16 November are long past
their thank-you deadline (Tue 17, 24 h after the end).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from pytestqt.qtbot import QtBot

from afterview.domain.insights import NO_DATA
from afterview.domain.model import (
    Application,
    Assessment,
    Interview,
    Interviewer,
    Letter,
    LetterKind,
    QuestionReview,
    Stage,
)
from afterview.ui.insights import Chart, InsightsView
from afterview.ui.session import Session
from tests.support.builders import local


def make_view(qtbot: QtBot, session: Session) -> InsightsView:
    view = InsightsView(session)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    return view


def interview(start: str, rating: int | None, to_improve: str, *, people: int = 0, thanked: int = 0) -> Interview:
    interviewers = [Interviewer(name) for name in ["Ana Ruiz", "Luis Gil", "Mei Chen"][:people]]
    end_day = local(start)
    letters = [
        Letter(LetterKind.THANK_YOU, person.id, sent_at=end_day.replace(hour=18)) for person in interviewers[:thanked]
    ]
    return Interview(
        starts_at=local(start),
        time_zone="Europe/Madrid",
        interviewers=interviewers,
        assessment=Assessment([QuestionReview("Why us?", to_improve=to_improve)], overall_rating=rating),
        letters=letters,
    )


def save_search(qtbot: QtBot, session: Session) -> None:
    apps = [
        Application(
            company="Acme",
            stage=Stage.INTERVIEWING,
            interviews=[interview("2026-11-02T10:00", 2, "More concrete examples", people=1, thanked=1)],
        ),
        Application(
            company="Beta",
            stage=Stage.OFFER,
            interviews=[interview("2026-11-16T10:00", 4, "An example with numbers", people=2, thanked=1)],
        ),
        Application(company="Gamma"),
    ]
    for app in apps:
        with qtbot.waitSignal(session.changed):
            session.save(app)


def test_with_no_data_it_invites_the_first_interview(qtbot: QtBot, session: Session) -> None:
    view = make_view(qtbot, session)
    assert view.summary.text() == NO_DATA
    assert view.funnel.accessibleDescription() == "0 applied, 0 interviewed, 0 offers"
    assert view.letters.accessibleDescription() == "No thank-you letters due yet."
    assert view.ratings.accessibleDescription() == "No interview rated yet."
    assert all(chart.message for chart in (view.funnel, view.letters, view.ratings, view.themes))


def test_saved_data_is_drawn_and_described_in_words(qtbot: QtBot, session: Session) -> None:
    view = make_view(qtbot, session)
    save_search(qtbot, session)
    assert view.funnel.accessibleDescription() == "3 applied, 2 interviewed, 1 offer"
    assert view.letters.accessibleDescription() == "2 of 3 thank-you letters sent on time, 0 sent late, 1 not sent."
    assert view.ratings.accessibleDescription() == (
        "2 interviews rated, from 2 out of 5 on 2026-11-02 to 4 out of 5 on 2026-11-16; average 3.0. In order: 2, 4."
    )
    assert view.themes.accessibleDescription() == "Points to improve that keep coming back: example in 2 interviews."
    assert view.summary.text() == (
        "You have thanked 2 of 3 interviewers on time. Your self-rating has risen from 2 to 4. 1 offer so far: well done."
    )
    assert not any(chart.message for chart in (view.funnel, view.letters, view.ratings, view.themes))


def test_a_later_save_updates_the_view(qtbot: QtBot, session: Session) -> None:
    view = make_view(qtbot, session)
    save_search(qtbot, session)
    [beta] = [app for app in session.applications() if app.company == "Beta"]
    edited = session.editable_copy(beta.id)
    assert edited is not None
    luis = edited.interviews[0].interviewers[1]
    edited.interviews[0].letters.append(Letter(LetterKind.THANK_YOU, luis.id, sent_at=local("2026-11-24T09:00")))
    with qtbot.waitSignal(session.changed):
        session.save(edited)
    assert view.letters.accessibleDescription() == "2 of 3 thank-you letters sent on time, 1 sent late, 0 not sent."


def highlight_pixels(chart: Chart) -> int:
    image = chart.grab().toImage()
    target = chart.palette().color(QPalette.ColorRole.Highlight)
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if QColor(image.pixel(x, y)) == target
    )


def test_the_charts_paint_in_the_palettes_highlight(qtbot: QtBot, session: Session) -> None:
    view = make_view(qtbot, session)
    assert highlight_pixels(view.funnel) == 0  # nothing to draw yet
    save_search(qtbot, session)
    for chart in (view.funnel, view.letters, view.ratings, view.themes):
        assert highlight_pixels(chart) > 0, chart.accessibleName()
    dark = QPalette(view.palette())
    dark.setColor(QPalette.ColorRole.Highlight, QColor("#3daee9"))
    view.setPalette(dark)
    assert view.funnel.palette().color(QPalette.ColorRole.Highlight) == QColor("#3daee9")
    assert highlight_pixels(view.funnel) > 0


def test_charts_grow_with_the_font(qtbot: QtBot, session: Session) -> None:
    view = make_view(qtbot, session)
    save_search(qtbot, session)
    before = [chart.sizeHint() for chart in (view.funnel, view.letters, view.ratings, view.themes)]
    font = QFont(view.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    view.setFont(font)
    after = [chart.sizeHint() for chart in (view.funnel, view.letters, view.ratings, view.themes)]
    for small, large in zip(before, after, strict=True):
        assert large.height() >= 1.6 * small.height()
        assert large.width() >= 1.6 * small.width()


def test_the_grid_folds_to_one_column_when_narrow(qtbot: QtBot, session: Session) -> None:
    view = make_view(qtbot, session)
    save_search(qtbot, session)

    def columns() -> set[int]:
        # PySide6's stubs type the (row, column, row span, column span) tuple as object.
        return {view.grid.getItemPosition(view.grid.indexOf(card))[1] for card in view.cards}  # type: ignore[index]

    assert columns() == {0, 1}
    view.resize(380, 700)
    qtbot.waitUntil(lambda: columns() == {0})


def test_every_chart_is_named_for_screen_readers(qtbot: QtBot, session: Session) -> None:
    view = make_view(qtbot, session)
    for widget in (view.summary, view.funnel, view.letters, view.ratings, view.themes, *view.cards):
        assert widget.accessibleName(), widget


def test_a_hidden_view_catches_up_when_shown(qtbot: QtBot, session: Session) -> None:
    view = InsightsView(session)
    qtbot.addWidget(view)
    save_search(qtbot, session)
    view.show()
    qtbot.waitExposed(view)
    assert view.funnel.accessibleDescription() == "3 applied, 2 interviewed, 1 offer"
