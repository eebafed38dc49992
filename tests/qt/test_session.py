"""The session behind every view: one save per action, incremental plan updates, undo of a deletion."""

from __future__ import annotations

import dataclasses

from pytestqt.qtbot import QtBot

from afterview.core.workspace import UndoKind
from afterview.domain.model import FollowUpKind, FollowUpState
from afterview.domain.settings import Settings
from afterview.storage.repository import Store
from afterview.ui.session import Session
from tests.support.builders import application
from tests.support.fakes import FakeClock


def test_saving_updates_the_plan_and_tells_the_views(qtbot: QtBot, session: Session, store: Store) -> None:
    app = application(people=2)
    with qtbot.waitSignal(session.changed):
        session.save(app)
    assert [a.id for a in store.applications()] == [app.id]
    assert {step.kind for step in session.steps_for(app.id)} >= {FollowUpKind.THANK_YOU, FollowUpKind.CHECK_IN}


def test_an_editable_copy_does_not_change_the_session_until_saved(session: Session) -> None:
    app = application()
    session.save(app)
    copy = session.editable_copy(app.id)
    assert copy is not None
    copy.company = "Changed"
    original = session.application(app.id)
    assert original is not None and original.company == "Acme"


def test_marking_a_step_done_is_stored(session: Session, store: Store) -> None:
    app = application()
    session.save(app)
    [thanks] = [step for step in session.steps() if step.kind is FollowUpKind.THANK_YOU]
    session.mark(thanks, FollowUpState.DONE)
    [after] = [step for step in session.steps() if step.kind is FollowUpKind.THANK_YOU]
    assert after.state is FollowUpState.DONE
    stored = store.get(app.id)
    assert stored is not None
    assert [record.state for record in stored.follow_ups] == [FollowUpState.DONE]


def test_delete_and_undo(session: Session, store: Store) -> None:
    app = application()
    session.save(app)
    session.delete(app.id)
    assert store.count() == 0
    assert session.steps() == []
    undone = session.undo()
    assert undone is not None
    assert undone.kind is UndoKind.DELETE
    assert store.get(app.id) == app
    assert session.steps()
    assert session.undo() is None  # each action once


def test_several_actions_are_undone_newest_first(session: Session, store: Store) -> None:
    first, second = application(), application()
    session.save(first)
    session.save(second)
    [thanks, *_] = [step for step in session.steps_for(first.id) if step.kind is FollowUpKind.THANK_YOU]
    session.mark(thanks, FollowUpState.SKIPPED)
    session.delete(second.id)
    undone = [session.undo() for _ in range(2)]
    assert [item.kind if item else None for item in undone] == [UndoKind.DELETE, UndoKind.SKIPPED]
    assert store.get(second.id) == second and store.get(first.id) == first
    assert session.undo() is None


def test_a_done_by_mistake_can_be_undone(session: Session, store: Store) -> None:
    app = application()
    session.save(app)
    [thanks] = [step for step in session.steps() if step.kind is FollowUpKind.THANK_YOU]
    session.mark(thanks, FollowUpState.DONE)
    marked = store.get(app.id)
    assert marked is not None and marked.follow_ups
    assert session.undo() is not None
    assert store.get(app.id) == app  # as before the click
    [again] = [step for step in session.steps() if step.kind is FollowUpKind.THANK_YOU]
    assert again.is_open


def test_a_session_can_start_empty_and_load_after_the_first_paint(
    qtbot: QtBot, store: Store, qt_clock: FakeClock
) -> None:
    store.save(application())
    late = Session(store, qt_clock, load=False)
    assert (late.loaded, late.applications()) == (False, [])
    with qtbot.waitSignal(late.changed):
        late.load()
    assert late.loaded
    assert len(late.applications()) == 1


def test_hidden_views_catch_up_when_shown(qtbot: QtBot, session: Session) -> None:
    from PySide6.QtWidgets import QWidget

    from afterview.ui.session import refresh_when_visible

    view = QWidget()
    qtbot.addWidget(view)
    calls: list[int] = []
    refresh_when_visible(session, view, lambda: calls.append(len(session.applications())))
    session.save(application())
    session.save(application())
    assert calls == []  # hidden: no work
    view.show()
    assert calls == [2]  # shown: one refresh with the latest data
    session.save(application())
    assert calls == [2, 3]


def test_settings_changed_is_told_only_when_the_settings_change(qtbot: QtBot, session: Session) -> None:
    told: list[tuple[Settings, Settings]] = []
    session.settings_changed.connect(lambda old, new: told.append((old, new)))
    app = application()
    session.save(app)
    [thanks, *_] = [step for step in session.steps() if step.kind is FollowUpKind.THANK_YOU]
    session.mark(thanks, FollowUpState.DONE)  # a Done click is no settings change
    before = session.settings()
    session.save_settings(before)  # saved unchanged: nothing to react to
    assert told == []
    after = dataclasses.replace(before, start_at_login=not before.start_at_login)
    session.save_settings(after)
    assert told == [(before, after)]
