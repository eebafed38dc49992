"""The offer desk (domain/offers.py, core/offers.py, ``afterview offers``): an open offer's deadline
against the other open processes, the steps around it and their letters in English and Spanish,
accepting (one write, one Undo; a second acceptance refused until confirmed) and declining.

The week of the tests: the offer comes on Wednesday 25 November 2026 and must be answered by
Friday 4 December; three business days before that is Tuesday 1 December.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from typing import Any

import pytest

from afterview.core.offers import accept_offer, decline_offer, draft, offer_desk
from afterview.core.workspace import UndoKind, Workspace
from afterview.domain.codec import application_from_dict, application_to_dict
from afterview.domain.model import (
    Application,
    FollowUpKind,
    FollowUpState,
    Letter,
    LetterKind,
    OfferTerms,
    Outcome,
    OutcomeKind,
    Stage,
    ValidationError,
)
from afterview.domain.offers import (
    OFFER_KINDS,
    SecondAcceptance,
    accept,
    business_days_before,
    business_days_between,
    comparison,
    decline,
    desk,
    desk_in_view,
    desk_steps,
    letter_days,
    offer_terms_paragraph,
)
from afterview.domain.plan import Status, plan
from afterview.domain.settings import Settings
from afterview.paths import AppPaths
from afterview.storage.repository import Store
from tests.support.builders import MADRID, NOW, application, shown
from tests.support.cli import RunAfterview
from tests.support.fakes import FakeClock

DEADLINE = date(2026, 12, 4)  # a Friday


def offer(company: str = "Acme", deadline: date | None = DEADLINE, **fields: Any) -> Application:
    app = application(stage=Stage.OFFER, offer_deadline=deadline, outcome=Outcome(OutcomeKind.OFFER, NOW), **fields)
    app.company = company
    return app


def pending(company: str, decides: date | None = None, **fields: Any) -> Application:
    app = application(decision_expected_on=decides, **fields)
    app.company = company
    return app


def steps_by_company(apps: list[Application], kinds: frozenset[FollowUpKind] | None = None) -> list[tuple[str, str]]:
    names = {app.id: app.company for app in apps}
    return sorted(
        (step.kind.value, names[step.application_id])
        for step in plan(apps, Settings())
        if step.is_open and (kinds is None or step.kind in kinds)
    )


# --- which steps the desk adds ------------------------------------------------------------------------

DESK = frozenset({FollowUpKind.ASK_EXTENSION, FollowUpKind.SHARE_OFFER})
CASES = [
    # (what the other processes say, the steps expected)
    ("one deciding before the deadline", [("Beta", date(2026, 12, 2))], []),
    ("one deciding on the deadline", [("Beta", DEADLINE)], []),
    (
        "one deciding after the deadline",
        [("Cobalt", date(2026, 12, 9))],
        [("ask_extension", "Acme"), ("share_offer", "Cobalt")],
    ),
    (
        "one before, one after",
        [("Beta", date(2026, 12, 2)), ("Cobalt", date(2026, 12, 9))],
        [("ask_extension", "Acme"), ("share_offer", "Cobalt")],
    ),
    ("one with no decision date: ask their timeline", [("Delta", None)], [("share_offer", "Delta")]),
    ("no other process", [], []),
]


@pytest.mark.parametrize(("others", "expected"), [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_the_desk_adds_an_extension_request_and_a_note_to_the_right_process(
    others: list[tuple[str, date | None]], expected: list[tuple[str, str]]
) -> None:
    apps = [offer(), *(pending(company, decides) for company, decides in others)]
    assert steps_by_company(apps, DESK) == expected


def test_an_offer_without_a_deadline_adds_neither_step() -> None:
    apps = [offer(deadline=None), pending("Cobalt", date(2026, 12, 9)), pending("Delta")]
    assert steps_by_company(apps, DESK) == []


def test_closed_processes_are_not_told_anything() -> None:
    rejected = pending("Echo", date(2026, 12, 9), stage=Stage.REJECTED)
    withdrawn = pending("Foxtrot", date(2026, 12, 9), stage=Stage.WITHDRAWN)
    assert steps_by_company([offer(), rejected, withdrawn], DESK) == []


def test_with_two_offers_the_pending_ones_are_measured_against_the_earlier_deadline() -> None:
    later = offer("Zeta", date(2026, 12, 18))
    apps = [offer(), later, pending("Beta", date(2026, 12, 2)), pending("Cobalt", date(2026, 12, 9))]
    # Cobalt decides after Acme's deadline but before Zeta's: only Acme asks for more time.
    assert steps_by_company(apps, DESK) == [("ask_extension", "Acme"), ("share_offer", "Cobalt")]


@pytest.mark.parametrize(
    ("deadline", "ask_by"),
    [
        (date(2026, 12, 4), "Tue 2026-12-01 17:00"),  # Friday: three business days before is Tuesday
        (date(2026, 12, 7), "Wed 2026-12-02 17:00"),  # Monday: the weekend does not count
        (date(2026, 12, 2), "Fri 2026-11-27 17:00"),  # Wednesday: back over the weekend
    ],
)
def test_the_extension_is_asked_early_once_and_lapses_at_the_deadline(deadline: date, ask_by: str) -> None:
    apps = [offer(deadline=deadline), pending("Cobalt", deadline + timedelta(days=7))]
    [ask] = [step for step in desk_steps(apps, Settings()) if step.kind is FollowUpKind.ASK_EXTENSION]
    assert shown(ask.due_at) == "Wed 2026-11-25 10:00"  # from when the offer was recorded
    assert shown(ask.deadline) == ask_by
    assert shown(ask.lapses_at) == shown(datetime.combine(deadline, datetime.min.time(), MADRID) + timedelta(hours=17))
    assert ask.repeats is False  # never pestered: raised once
    assert ask.call_zone == "Europe/Madrid"  # by phone first: in the employer's business hours


def test_a_letter_sent_completes_the_step_and_nothing_is_raised_again() -> None:
    acme, cobalt = offer(), pending("Cobalt", date(2026, 12, 9))
    acme.interviews[0].letters.append(Letter(LetterKind.EXTENSION_REQUEST, sent_at=NOW + timedelta(hours=2)))
    cobalt.interviews[0].letters.append(Letter(LetterKind.OFFER_NEWS, sent_at=NOW + timedelta(hours=3)))
    done = desk_steps([acme, cobalt], Settings())
    assert [(step.kind, step.state) for step in done] == [
        (FollowUpKind.ASK_EXTENSION, FollowUpState.DONE),
        (FollowUpKind.SHARE_OFFER, FollowUpState.DONE),
    ]
    assert desk([acme, cobalt], done, NOW + timedelta(days=1), MADRID).steps == ()


@pytest.mark.parametrize(
    ("start", "end", "business"),
    [
        (date(2026, 11, 25), date(2026, 12, 4), 7),
        (date(2026, 11, 27), date(2026, 11, 30), 1),  # Friday to Monday
        (date(2026, 11, 28), date(2026, 11, 29), 0),  # a weekend
        (date(2026, 12, 4), date(2026, 12, 4), 0),  # the deadline is today
        (date(2026, 12, 7), date(2026, 12, 4), -1),  # past it
    ],
)
def test_business_days_left(start: date, end: date, business: int) -> None:
    assert business_days_between(start, end) == business


def test_business_days_before_skips_weekends() -> None:
    assert business_days_before(date(2026, 11, 30), 1) == date(2026, 11, 27)


# --- what the desk shows --------------------------------------------------------------------------------


def test_the_desk_shows_days_left_and_which_process_answers_in_time() -> None:
    beta = pending("Beta", date(2026, 12, 2))
    cobalt = pending("Cobalt", date(2026, 12, 9), start="2026-12-01T12:00")  # its next round is to come
    apps = [offer(), beta, cobalt]
    found = desk(apps, plan(apps, Settings()), NOW, MADRID)
    [view] = found.offers
    assert (view.deadline, view.calendar_days_left, view.business_days_left) == (DEADLINE, 9, 7)
    rows = {p.app.company: (p.decision_on, p.answers_in_time, shown(p.next_interview)) for p in found.pending}
    assert rows == {
        "Beta": (date(2026, 12, 2), True, None),
        "Cobalt": (date(2026, 12, 9), False, "Tue 2026-12-01 12:00"),
    }
    assert [shown(p.last_contact) for p in found.pending] == ["Tue 2026-11-24 10:00", None]
    assert [step.kind for step in found.steps] == [
        FollowUpKind.ASK_EXTENSION,
        FollowUpKind.SHARE_OFFER,
        FollowUpKind.OFFER_REPLY,
    ]


def test_no_open_offer_no_desk() -> None:
    apps = [pending("Beta", date(2026, 12, 2))]
    assert not desk(apps, plan(apps, Settings()), NOW, MADRID).is_open


def test_offers_side_by_side_show_the_terms_as_entered_without_a_score() -> None:
    acme = offer(offer_terms=OfferTerms("32.000 € gross a year", date(2027, 1, 11), "hybrid, 2 days at home"))
    zeta = offer("Zeta", date(2026, 12, 18), offer_terms=OfferTerms("2.400 €/month × 14"))
    found = desk([acme, zeta], [], NOW, MADRID)
    assert comparison(found.offers) == [
        ("Salary", ["32.000 € gross a year", "2.400 €/month × 14"]),
        ("Start date", ["Mon 11 Jan 2027", ""]),
        ("Answer by", ["Fri 04 Dec 2026", "Fri 18 Dec 2026"]),
        ("Other terms", ["hybrid, 2 days at home", ""]),  # named as in the Outcome dialog
    ]


def test_the_letters_name_the_right_days() -> None:
    acme, beta, cobalt = offer(), pending("Beta", date(2026, 12, 2)), pending("Cobalt", date(2026, 12, 9))
    apps = [acme, beta, cobalt]
    assert letter_days(apps, acme, LetterKind.EXTENSION_REQUEST) == (DEADLINE, date(2026, 12, 9))
    assert letter_days(apps, cobalt, LetterKind.OFFER_NEWS) == (DEADLINE, None)


# --- the decision -----------------------------------------------------------------------------------------


def test_accepting_closes_every_other_process_with_one_letter_each() -> None:
    acme, zeta = offer(), offer("Zeta", date(2026, 12, 18))
    beta, lost = pending("Beta", date(2026, 12, 2)), pending("Lost", stage=Stage.REJECTED)
    changed = accept([acme, zeta, beta, lost], acme.id, NOW)
    assert [(app.company, app.stage) for app in changed] == [
        ("Acme", Stage.ACCEPTED),
        ("Zeta", Stage.WITHDRAWN),
        ("Beta", Stage.WITHDRAWN),
    ]
    assert acme.stage is Stage.OFFER  # copies: nothing changed until saved
    after = [*changed, lost]
    assert steps_by_company(after, OFFER_KINDS) == [
        ("accept_offer", "Acme"),
        ("decline_offer", "Zeta"),
        ("withdraw", "Beta"),
    ]
    # Sending the letters closes it all: nothing more is raised for those processes.
    for app, kind in zip(
        changed, (LetterKind.OFFER_ACCEPT, LetterKind.OFFER_DECLINE, LetterKind.WITHDRAWAL), strict=True
    ):
        app.interviews[0].letters.append(Letter(kind, sent_at=NOW + timedelta(hours=1)))
    assert steps_by_company(after, OFFER_KINDS) == []


def test_a_closing_letter_not_sent_lapses_after_a_week() -> None:
    acme, beta = offer(), pending("Beta")
    changed = accept([acme, beta], acme.id, NOW)
    withdraw = [step for step in plan(changed, Settings()) if step.kind is FollowUpKind.WITHDRAW]
    assert [step.status(NOW + timedelta(days=8)) for step in withdraw] == [Status.LAPSED]


def test_a_second_acceptance_is_refused_until_confirmed() -> None:
    acme, zeta = offer(), offer("Zeta")
    first = accept([acme, zeta], acme.id, NOW)
    apps = {app.id: app for app in [acme, zeta, *first]}
    with pytest.raises(SecondAcceptance, match="already accepted Acme"):
        accept(apps.values(), zeta.id, NOW)
    again = accept(apps.values(), zeta.id, NOW, confirmed=True)
    assert [(app.company, app.stage) for app in again] == [("Zeta", Stage.ACCEPTED), ("Acme", Stage.WITHDRAWN)]
    # Acme is told with a withdrawal letter; its acceptance letter, not sent, is no longer asked for.
    assert steps_by_company(again, OFFER_KINDS) == [("accept_offer", "Zeta"), ("withdraw", "Acme")]


def test_declining_one_offer_keeps_the_others_open() -> None:
    acme, zeta = offer(), offer("Zeta")
    declined = decline(zeta, NOW)
    assert declined.stage is Stage.WITHDRAWN
    assert steps_by_company([acme, declined], frozenset({FollowUpKind.DECLINE_OFFER, FollowUpKind.OFFER_REPLY})) == [
        ("decline_offer", "Zeta"),
        ("offer_reply", "Acme"),
    ]


# --- the terms in the data ----------------------------------------------------------------------------------


def test_terms_round_trip_and_older_records_read_back_exactly() -> None:
    app = offer(offer_terms=OfferTerms("30k", date(2027, 1, 11), "remote"))
    doc = application_to_dict(app)
    assert doc["offer_terms"] == {"salary": "30k", "start_date": "2027-01-11", "notes": "remote"}
    assert application_from_dict(doc, created_at=NOW) == app
    plain = application_to_dict(offer())
    assert "offer_terms" not in plain  # a record without terms is written as before: no new schema
    assert application_to_dict(application_from_dict(plain, created_at=NOW)) == plain


def test_bad_terms_are_refused_with_their_path() -> None:
    doc = application_to_dict(offer())
    doc["offer_terms"] = {"salary": "x" * 501, "start_date": "someday"}
    with pytest.raises(ValidationError) as caught:
        application_from_dict(doc, created_at=NOW)
    fields = {error.field for error in caught.value.errors}
    assert {"offer_terms.salary", "offer_terms.start_date"} <= fields


# --- the use cases, on a real data file ---------------------------------------------------------------------


def stored(paths: AppPaths, clock: FakeClock, apps: list[Application]) -> None:
    with Store.open(paths, clock) as store:
        store.save_settings(Settings(user_name="Lucía Pérez"))
        for app in apps:
            store.save(app)


def scenario() -> list[Application]:
    """An offer by Friday 4 December; Beta decides on 2 December, Cobalt on 9 December."""
    acme = offer(offer_terms=OfferTerms("32.000 €", date(2027, 1, 11)))
    acme.position = "Junior analyst"
    return [acme, pending("Beta", date(2026, 12, 2)), pending("Cobalt", date(2026, 12, 9))]


def test_accepting_is_one_write_and_one_undo(paths: AppPaths, clock: FakeClock) -> None:
    apps = scenario()
    stored(paths, clock, apps)
    with Store.open(paths, clock) as store:
        workspace = Workspace(store, clock)
        journal = len(list(paths.backups_dir.rglob("*")))
        accept_offer(workspace, apps[0].id)
        assert len(list(paths.backups_dir.rglob("*"))) == journal + 1  # one save: one version kept
        assert [app.stage for app in workspace.applications()] == [Stage.ACCEPTED, Stage.WITHDRAWN, Stage.WITHDRAWN]
        assert workspace.last_undoable is not None and workspace.last_undoable.kind is UndoKind.DECIDE
        with pytest.raises(SecondAcceptance):
            accept_offer(workspace, apps[1].id)
        workspace.undo()
        assert [app.stage for app in workspace.applications()] == [Stage.OFFER, Stage.INTERVIEWING, Stage.INTERVIEWING]
        assert {step.kind for step in offer_desk(workspace).steps} >= {FollowUpKind.ASK_EXTENSION}
    with Store.open(paths, clock) as store:  # and on disk
        assert [app.stage for app in store.applications()] == [Stage.OFFER, Stage.INTERVIEWING, Stage.INTERVIEWING]


def test_declining_through_the_workspace(paths: AppPaths, clock: FakeClock) -> None:
    apps = scenario()
    stored(paths, clock, apps)
    with Store.open(paths, clock) as store:
        workspace = Workspace(store, clock)
        decline_offer(workspace, apps[0].id)
        assert not offer_desk(workspace).is_open
        assert [step.kind for step in workspace.steps_for(apps[0].id) if step.is_open] == [FollowUpKind.DECLINE_OFFER]


@pytest.mark.parametrize(
    ("language", "reason", "deadline"),
    [
        ("en", "I am waiting on another process that decides on 9 December 2026", "by 4 December 2026"),
        (
            "es",
            "Estoy a la espera de otro proceso que se decide el 9 de diciembre de 2026",
            "de hacerlo el 4 de diciembre de 2026",
        ),
    ],
)
def test_the_letters_are_drafted_with_the_reason_filled_in(
    paths: AppPaths, clock: FakeClock, language: str, reason: str, deadline: str
) -> None:
    apps = scenario()
    stored(paths, clock, apps)
    with Store.open(paths, clock) as store:
        workspace = Workspace(store, clock)
        steps = {step.kind: step for step in offer_desk(workspace).steps}
        extension = draft(workspace, steps[FollowUpKind.ASK_EXTENSION], language)
        news = draft(workspace, steps[FollowUpKind.SHARE_OFFER], language)
    assert extension is not None and news is not None
    assert reason in " ".join(extension.body.split())
    assert deadline in " ".join(extension.body.split())
    assert "4" in news.body and ("December" in news.body or "diciembre" in news.body)
    assert "Cobalt" in news.body and "Acme" not in news.body  # the other employer is never named
    assert "{" not in extension.body + news.body


@pytest.mark.parametrize(
    ("language", "confirmed", "asked"),
    [
        (
            "en",
            "here are the terms as I understand them: a salary of 32.000 €, a start date of 11 January 2027 and other terms: "
            "hybrid, 2 days at home. I understand you would like my answer by 4 December 2026. Could you please "
            "confirm them in writing?",
            "could you please send me the details in writing",
        ),
        (
            "es",
            "le resumo sus condiciones: un salario de 32.000 €, la incorporación el 11 de enero de 2027 y otras "
            "condiciones: hybrid, 2 days at home. Entiendo que necesitan mi respuesta antes del 4 de diciembre de "
            "2026. ¿Podría confirmármelas por escrito?",
            "¿podría enviarme por escrito los detalles",
        ),
    ],
)
def test_the_reply_to_an_offer_confirms_the_terms_entered_and_asks_only_for_the_rest(
    paths: AppPaths, clock: FakeClock, language: str, confirmed: str, asked: str
) -> None:
    known = offer(offer_terms=OfferTerms("32.000 €", date(2027, 1, 11), "hybrid, 2 days at home"))
    unknown = offer("Zeta", None)
    stored(paths, clock, [known, unknown])
    with Store.open(paths, clock) as store:
        workspace = Workspace(store, clock)
        replies = {
            step.application_id: draft(workspace, step, language)
            for step in workspace.steps()
            if step.kind is FollowUpKind.OFFER_REPLY
        }
    confirming, asking = replies[known.id], replies[unknown.id]
    assert confirming is not None and asking is not None
    assert confirmed in " ".join(confirming.body.split())
    assert asked not in confirming.body  # nothing asked that is known
    assert asked in asking.body  # nothing entered: the terms and the answer date are asked for
    assert "?" in asking.body.split(asked)[1] and "{" not in confirming.body + asking.body


def test_the_terms_paragraph_asks_for_what_is_missing() -> None:
    app = offer(deadline=None, offer_terms=OfferTerms("30k", None, ""))
    assert offer_terms_paragraph(app, "en") == (
        "So that I have it right, here are the terms as I understand them: a salary of 30k. Could you please "
        "confirm them in writing, and send me the start date? Could you also let me know by what date you would "
        "like my answer?"
    )
    app.offer_deadline = DEADLINE
    app.offer_terms = None
    assert offer_terms_paragraph(app, "es").endswith(
        "y las condiciones principales? Entiendo que necesitan mi respuesta antes del 4 de diciembre de 2026."
    )


# --- afterview offers -----------------------------------------------------------------------------------------

AT = "2026-11-26T10:00:00+01:00"


def spanish(env: dict[str, str]) -> dict[str, str]:
    return {**env, "LANGUAGE": "es", "LANG": "es_ES.UTF-8"}


@pytest.mark.parametrize("language", ["en", "es"])
def test_offers_json_lists_the_extension_and_the_note_for_the_right_process_then_the_withdrawals(
    afterview: RunAfterview, paths: AppPaths, clock: FakeClock, subprocess_env: dict[str, str], language: str
) -> None:
    apps = scenario()
    stored(paths, clock, apps)
    env = spanish(subprocess_env) if language == "es" else subprocess_env
    result = afterview("offers", "--json", "--at", AT, "--letters", language, env=env)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    [acme] = found["offers"]
    assert (acme["company"], acme["deadline"], acme["days_left"], acme["business_days_left"]) == (
        "Acme", "2026-12-04", 8, 6,
    )  # fmt: skip
    assert acme["terms"] == {"salary": "32.000 €", "start_date": "2027-01-11", "notes": ""}
    assert [(p["company"], p["decision_on"], p["answers_in_time"]) for p in found["pending"]] == [
        ("Beta", "2026-12-02", True),
        ("Cobalt", "2026-12-09", False),
    ]
    steps = [(step["kind"], step["company"], step["letter_kind"]) for step in found["steps"]]
    assert steps == [
        ("ask_extension", "Acme", "extension_request"),
        ("share_offer", "Cobalt", "offer_news"),
        ("offer_reply", "Acme", "offer_reply"),
    ]
    decides = {"en": "decides on 9 December 2026", "es": "se decide el 9 de diciembre de 2026"}[language]
    assert decides in " ".join(found["steps"][0]["letter"]["body"].split())
    assert found["steps"][0]["letter"]["unfilled"] == []

    # Accepting (the window's Accept…, here through the core) closes the others with withdrawal steps.
    with Store.open(paths, clock) as store:
        accept_offer(Workspace(store, clock), apps[0].id)
    after = json.loads(afterview("offers", "--json", "--at", AT, "--letters", language, env=env).stdout)
    assert after["offers"] == [] and after["pending"] == []
    assert [(step["kind"], step["company"], step["letter_kind"]) for step in after["steps"]] == [
        ("accept_offer", "Acme", "offer_accept"),
        ("withdraw", "Beta", "withdrawal"),
        ("withdraw", "Cobalt", "withdrawal"),
    ]
    withdrawal = after["steps"][1]["letter"]
    assert withdrawal["subject"] == {"en": "My application for Analyst", "es": "Mi candidatura para Analyst"}[language]
    assert "Beta" in withdrawal["body"]


def test_offers_as_text(afterview: RunAfterview, paths: AppPaths, clock: FakeClock) -> None:
    stored(paths, clock, scenario())
    result = afterview("offers", "--at", AT)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "  Acme — Junior analyst: answer by 2026-12-04 (8 days, 6 business days left)" in lines
    assert "  Beta — Analyst: decides 2026-12-02, in time" in lines
    assert "  Cobalt — Analyst: decides 2026-12-09, after the deadline" in lines
    assert any(line.startswith("    Salary: 32.000 €") for line in lines)


def test_offers_refuses_a_bad_language_and_no_data(afterview: RunAfterview, paths: AppPaths, clock: FakeClock) -> None:
    from tests.support.cli import assert_user_error

    assert_user_error(afterview("offers"), "there is no Afterview data")
    stored(paths, clock, scenario())
    assert_user_error(afterview("offers", "--letters", "fr"), "--letters: 'fr' is not a letter language")
    assert_user_error(afterview("offers", "--at", "soon"), "--at: 'soon' is not a date and time")


def test_the_desk_with_nothing_open(afterview: RunAfterview, paths: AppPaths, clock: FakeClock) -> None:
    stored(paths, clock, [pending("Beta", date(2026, 12, 2))])
    result = afterview("offers", "--at", AT)
    assert result.returncode == 0 and result.stdout.startswith("No open offer.")


def test_an_offer_recorded_late_at_night_is_raised_in_the_morning_and_once() -> None:
    from afterview.reminders.scheduler import raisable_at

    night = datetime(2026, 11, 25, 23, 30, tzinfo=MADRID)
    acme = offer()
    acme.outcome = Outcome(OutcomeKind.OFFER, night)
    apps = [acme, pending("Cobalt", date(2026, 12, 9))]
    steps = {step.kind: step for step in desk_steps(apps, Settings())}
    ask, share = steps[FollowUpKind.ASK_EXTENSION], steps[FollowUpKind.SHARE_OFFER]
    # Asking for more time is a call: the employer's business hours; the note waits for the quiet hours to end.
    assert shown(raisable_at(ask, {}, Settings(), MADRID, night)) == "Thu 2026-11-26 09:00"
    assert shown(raisable_at(share, {}, Settings(), MADRID, night)) == "Thu 2026-11-26 08:00"
    # Raised once, never again (never pester).
    assert (
        raisable_at(share, {share.key: datetime(2026, 11, 26, 8, 0, tzinfo=MADRID)}, Settings(), MADRID, night) is None
    )


def test_an_offer_just_accepted_stays_on_the_desk_for_the_week_of_its_letters() -> None:
    acme, beta = offer(), pending("Beta", date(2026, 12, 2))
    changed = accept([acme, beta], acme.id, NOW)
    assert desk_in_view(changed, NOW, MADRID)
    found = desk(changed, plan(changed, Settings()), NOW + timedelta(days=1), MADRID)
    assert not found.is_open and found.in_view
    assert [(view.app.company, view.accepted_on) for view in found.accepted] == [("Acme", date(2026, 11, 25))]
    assert {step.kind for step in found.steps} == {FollowUpKind.ACCEPT_OFFER, FollowUpKind.WITHDRAW}
    assert not desk_in_view(changed, NOW + timedelta(days=7), MADRID)
    assert not desk_in_view([decline(acme, NOW)], NOW, MADRID)  # a decline leaves nothing on the desk
