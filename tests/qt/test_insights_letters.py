"""Insights' thank-you ring, while Today lists thank-you letters still in time: it must not say
there are none pending ("Aún no hay cartas de agradecimiento pendientes" beside Hoy's two)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from afterview.domain.model import FollowUpKind
from afterview.ui.insights import InsightsView
from afterview.ui.session import Session
from tests.support.builders import application


def test_letters_still_in_time_are_not_called_none_pending(qtbot: QtBot, session: Session, language: str) -> None:
    session.save(application("2026-11-25T09:00", people=2))  # the interview just had, two people met
    open_thanks = [step for step in session.steps() if step.kind is FollowUpKind.THANK_YOU and step.is_open]
    assert len(open_thanks) == 2  # what Today lists
    view = InsightsView(session)
    qtbot.addWidget(view)
    view.show()
    message = view.letters.message
    assert message, "nothing sent and nothing late yet: the ring says why it is empty"
    assert "pendiente" not in message.casefold() and "due yet" not in message
    assert "No thank-you letters due yet" not in message
