"""Undo never overwrites a later change (core/workspace.py): an edit of an application drops every
undoable action on it, so Edit › Undo offers the latest action still safe to undo, or nothing.

Undoable actions on the same application stay undoable one after the other (the last first): each
puts the application back to how the one before left it.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from afterview.core.offers import accept_offer, decline_offer
from afterview.core.workspace import UndoKind, Workspace
from afterview.domain.model import Application, FollowUpState, Outcome, OutcomeKind, Stage
from afterview.domain.settings import Settings
from afterview.paths import AppPaths
from afterview.storage.repository import Store
from tests.support.builders import NOW, application
from tests.support.fakes import FakeClock


def company(name: str, **fields: Any) -> Application:
    app = application(**fields)
    app.company = name
    return app


def stored(paths: AppPaths, clock: FakeClock, apps: list[Application]) -> None:
    with Store.open(paths, clock) as store:
        store.save_settings(Settings(user_name="Lucía Pérez"))
        for app in apps:
            store.save(app)


def record_offer(workspace: Workspace, app_id: str) -> None:
    """What the Outcome dialog saves for 'they made me an offer'."""
    app = workspace.editable_copy(app_id)
    assert app is not None
    app.stage = Stage.OFFER
    app.outcome = Outcome(OutcomeKind.OFFER, workspace.now())
    app.offer_deadline = date(2026, 12, 11)
    workspace.save(app)


def last(workspace: Workspace) -> UndoKind | None:
    """What Edit › Undo offers (None: it is disabled)."""
    action = workspace.last_undoable
    return None if action is None else action.kind


def stage(paths: AppPaths, clock: FakeClock, app_id: str) -> Stage:
    with Store.open(paths, clock) as store:
        return next(app.stage for app in store.applications() if app.id == app_id)


def test_an_offer_recorded_after_an_acceptance_is_not_undone_with_it(paths: AppPaths, clock: FakeClock) -> None:
    northwind = company("Northwind", stage=Stage.OFFER, outcome=Outcome(OutcomeKind.OFFER, NOW))
    northwind.offer_deadline = date(2026, 12, 4)
    fabrikam, contoso = company("Fabrikam"), company("Contoso")
    stored(paths, clock, [northwind, fabrikam, contoso])
    with Store.open(paths, clock) as store:
        workspace = Workspace(store, clock)
        accept_offer(workspace, northwind.id)  # closes Fabrikam and Contoso
        assert last(workspace) is UndoKind.DECIDE
        record_offer(workspace, fabrikam.id)
        assert last(workspace) is None  # Edit › Undo is disabled
        assert workspace.undo() is None
    assert stage(paths, clock, fabrikam.id) is Stage.OFFER  # the later offer is kept
    assert stage(paths, clock, northwind.id) is Stage.ACCEPTED


def test_a_decision_on_other_applications_stays_undoable(paths: AppPaths, clock: FakeClock) -> None:
    northwind = company("Northwind", stage=Stage.OFFER, outcome=Outcome(OutcomeKind.OFFER, NOW))
    other = company("Fabrikam")
    stored(paths, clock, [northwind])
    with Store.open(paths, clock) as store:
        workspace = Workspace(store, clock)
        decline_offer(workspace, northwind.id)
        workspace.save(other)  # a new application: nothing the decision changed
        undone = workspace.undo()
        assert undone is not None and undone.kind is UndoKind.DECIDE
    assert stage(paths, clock, northwind.id) is Stage.OFFER
    assert stage(paths, clock, other.id) is Stage.INTERVIEWING


@pytest.mark.parametrize("state", [FollowUpState.DONE, FollowUpState.SNOOZED, FollowUpState.SKIPPED])
def test_a_marked_step_is_not_undone_over_a_later_edit(paths: AppPaths, clock: FakeClock, state: FollowUpState) -> None:
    acme, beta = company("Acme"), company("Beta")
    stored(paths, clock, [acme, beta])
    with Store.open(paths, clock) as store:
        workspace = Workspace(store, clock)
        workspace.mark(workspace.steps_for(beta.id)[0], FollowUpState.DONE)  # on another application
        step = workspace.steps_for(acme.id)[0]
        workspace.mark(step, state, until=clock.now() + timedelta(days=2) if state is FollowUpState.SNOOZED else None)
        assert last(workspace) is UndoKind(state.value)
        edited = workspace.editable_copy(acme.id)
        assert edited is not None
        edited.position = "Senior analyst"
        workspace.save(edited)
        left = workspace.last_undoable  # relabelled: Beta's step is the latest action left
        assert left is not None and left.before.id == beta.id
        assert workspace.undo() is left
        assert workspace.undo() is None
        kept = workspace.application(acme.id)
        assert kept is not None and kept.position == "Senior analyst"
        assert [item.state for item in kept.follow_ups] == [state]  # the mark is kept with the edit
    with Store.open(paths, clock) as store:
        assert next(app.position for app in store.applications() if app.id == acme.id) == "Senior analyst"


def test_two_marks_on_one_application_are_undone_one_after_the_other(paths: AppPaths, clock: FakeClock) -> None:
    acme = company("Acme")
    stored(paths, clock, [acme])
    with Store.open(paths, clock) as store:
        workspace = Workspace(store, clock)
        first, second = workspace.steps_for(acme.id)[:2]
        workspace.mark(first, FollowUpState.DONE)
        workspace.mark(second, FollowUpState.SKIPPED)
        assert [undone.kind for undone in (workspace.undo(), workspace.undo()) if undone] == [
            UndoKind.SKIPPED,
            UndoKind.DONE,
        ]
        kept = workspace.application(acme.id)
        assert kept is not None and kept.follow_ups == acme.follow_ups


def test_a_deletion_is_not_undone_over_the_application_saved_again(paths: AppPaths, clock: FakeClock) -> None:
    acme = company("Acme")
    stored(paths, clock, [acme])
    with Store.open(paths, clock) as store:
        workspace = Workspace(store, clock)
        editing = workspace.editable_copy(acme.id)  # an editor open on it, in another window
        assert editing is not None
        workspace.delete(acme.id)
        assert last(workspace) is UndoKind.DELETE
        editing.position = "Senior analyst"
        workspace.save(editing)
        assert workspace.undo() is None
        kept = workspace.application(acme.id)
        assert kept is not None and kept.position == "Senior analyst"


def test_an_edit_of_a_closed_process_ends_the_acceptance_undo(paths: AppPaths, clock: FakeClock) -> None:
    northwind = company("Northwind", stage=Stage.OFFER, outcome=Outcome(OutcomeKind.OFFER, NOW))
    fabrikam = company("Fabrikam")
    stored(paths, clock, [northwind, fabrikam])
    with Store.open(paths, clock) as store:
        workspace = Workspace(store, clock)
        accept_offer(workspace, northwind.id)
        closed = workspace.editable_copy(fabrikam.id)
        assert closed is not None
        closed.notes = "Withdrew by phone too."
        workspace.save(closed)
        assert last(workspace) is None
