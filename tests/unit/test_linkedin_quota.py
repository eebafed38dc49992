"""LinkedIn's limits: the notes of the last 30 days against the monthly allowance, who gets the notes
left, the way without a note at the limit, Premium, and the account setting (old files included)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest

from afterview.domain.linkedin import (
    QUOTA_WINDOW,
    Priority,
    is_decision_maker,
    kept_for_text,
    note_characters,
    note_plan,
    notes_sent,
    quota,
    quota_facts,
    quota_text,
    withdraw_warning,
)
from afterview.domain.model import (
    Application,
    FollowUp,
    FollowUpKind,
    FollowUpState,
    Interview,
    Interviewer,
    InterviewKind,
    Letter,
    LetterKind,
    Outcome,
    OutcomeKind,
    Stage,
    ValidationError,
)
from afterview.domain.plan import Step, plan
from afterview.domain.settings import Settings, settings_from_dict, settings_from_stored
from afterview.paths import AppPaths
from afterview.storage.repository import Store
from tests.support.builders import MADRID, application, local
from tests.support.cli import RunAfterview
from tests.support.fakes import FakeClock

NOW = local("2026-11-25T10:00")  # the day after Tuesday's interviews: their invitations are due
FREE = Settings(time_zone="Europe/Madrid")
PREMIUM = FREE.with_values(linkedin_account="premium")


def with_notes_sent(*moments: datetime) -> Application:
    """A process from October where one LinkedIn note was marked sent at each moment (one person each)."""
    people = [Interviewer(f"Person {index}") for index in range(len(moments))]
    interview = Interview(local("2026-10-01T10:00"), "Europe/Madrid", 45, interviewers=people)
    interview.letters = [
        Letter(LetterKind.LINKEDIN_NOTE, person.id, sent_at=moment)
        for person, moment in zip(people, moments, strict=True)
    ]
    return Application("Old Co", stage=Stage.REJECTED, interviews=[interview])


def days_ago(*days: float) -> list[datetime]:
    return [NOW - timedelta(days=day) for day in days]


def linkedin_steps(apps: list[Application], settings: Settings = FREE, *, done: bool = False) -> list[Step]:
    """The LinkedIn steps still open (with ``done``: those done)."""
    return [
        step for step in plan(apps, settings, MADRID) if step.kind is FollowUpKind.LINKEDIN and step.is_open is not done
    ]


# --- counting -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sent_days_ago", "counted"),
    [
        ((), 0),
        ((1, 2, 3), 3),
        ((29.9, 30.1, 45), 1),  # older than 30 days: no longer counted
        ((0, -1), 1),  # "sent" in the future (a clock set wrong): not yet counted
    ],
)
def test_only_notes_sent_in_the_last_30_days_count(sent_days_ago: tuple[float, ...], counted: int) -> None:
    apps = [with_notes_sent(*days_ago(*sent_days_ago))]
    assert len(notes_sent(apps, NOW)) == counted
    assert quota(apps, FREE, NOW).used == counted


def test_drafts_messages_and_other_letters_are_not_notes_and_every_application_counts() -> None:
    first, second = with_notes_sent(*days_ago(1)), with_notes_sent(*days_ago(2))
    interview = first.interviews[0]
    person = interview.interviewers[0].id
    interview.letters += [
        Letter(LetterKind.LINKEDIN_NOTE, person, body="a draft, never sent"),
        Letter(LetterKind.LINKEDIN_MESSAGE, person, sent_at=NOW - timedelta(hours=1)),
        Letter(LetterKind.THANK_YOU, person, sent_at=NOW - timedelta(hours=2)),
    ]
    assert quota([first, second], FREE, NOW).used == 2


def test_at_the_limit_the_next_note_frees_up_when_the_oldest_leaves_the_30_days() -> None:
    apps = [with_notes_sent(*days_ago(20, 10, 5, 3, 1))]
    counted = quota(apps, FREE, NOW)
    assert (counted.allowance, counted.used, counted.remaining, counted.at_limit) == (5, 5, 0, True)
    assert counted.frees_at == NOW - timedelta(days=20) + QUOTA_WINDOW
    # Five counted against an allowance lowered to 4: two must leave, so the second oldest decides.
    fewer = quota(apps, FREE.with_values(linkedin_free_notes=4), NOW)
    assert fewer.frees_at == NOW - timedelta(days=10) + QUOTA_WINDOW
    assert quota([with_notes_sent(*days_ago(1))], FREE, NOW).frees_at is None


def test_premium_never_limits_and_allows_300_characters() -> None:
    apps = [with_notes_sent(*days_ago(*range(1, 21))), application(people=3)]
    counted = quota(apps, PREMIUM, NOW)
    assert (counted.allowance, counted.remaining, counted.at_limit, counted.used) == (None, None, False, 20)
    assert all(each.with_note for each in note_plan(apps, linkedin_steps(apps, PREMIUM), PREMIUM, NOW).invitations)
    assert note_characters(PREMIUM) == 300
    assert note_characters(FREE) == 200
    assert note_characters(FREE.with_values(linkedin_note_limit=250)) == 250


# --- the step at, over and under the limit ---------------------------------------------------------


@pytest.mark.parametrize(
    ("sent_days_ago", "with_note"),
    [
        ((1, 2, 3, 4, 5), False),  # at the limit: the way without a note
        ((1, 2, 3, 4), True),  # one left: this invitation gets it
        ((1, 2, 3, 4, 40), True),  # the fifth is older than 30 days
        ((), True),
    ],
)
def test_the_next_invitation_gets_a_note_only_under_the_limit(
    sent_days_ago: tuple[float, ...], with_note: bool
) -> None:
    apps = [with_notes_sent(*days_ago(*sent_days_ago)), application()]
    [step] = linkedin_steps(apps)
    found = note_plan(apps, [step], FREE, NOW).for_step(step)
    assert found is not None
    assert found.with_note is with_note
    assert quota_facts(note_plan(apps, [step], FREE, NOW), step, MADRID) == {
        "account": "free", "allowance": 5, "used": len([d for d in sent_days_ago if d < 30]),
        "remaining": 5 - len([d for d in sent_days_ago if d < 30]), "with_note": with_note,
        "frees_at": (NOW - timedelta(days=5) + QUOTA_WINDOW).isoformat() if not with_note else None,
    }  # fmt: skip


def test_an_allowance_of_zero_means_no_notes_at_all() -> None:
    apps = [application()]
    settings = FREE.with_values(linkedin_free_notes=0)
    [step] = linkedin_steps(apps, settings)
    assert (
        note_plan(apps, [step], settings, NOW).for_step(step) == note_plan(apps, [step], settings, NOW).invitations[0]
    )
    assert not note_plan(apps, [step], settings, NOW).invitations[0].with_note


def test_connecting_without_a_note_completes_the_step_and_uses_no_note() -> None:
    apps = [with_notes_sent(*days_ago(1, 2, 3, 4, 5)), application()]
    [step] = linkedin_steps(apps)
    # The no-note way: the step marked done (no note letter), then the thank-you sent as a message.
    apps[1].follow_ups.append(
        FollowUp(FollowUpKind.LINKEDIN, step.due_at, step.interview_id, step.interviewer_id,
                 state=FollowUpState.DONE, done_at=NOW)
    )  # fmt: skip
    assert linkedin_steps(apps) == []
    assert [each.key for each in linkedin_steps(apps, done=True) if each.application_id == apps[1].id] == [step.key]
    assert quota(apps, FREE, NOW).used == 5
    assert note_plan(apps, linkedin_steps(apps), FREE, NOW).invitations == ()


def test_the_thank_you_message_after_connecting_completes_the_step_without_counting() -> None:
    app = application()
    interview = app.interviews[0]
    interview.letters.append(Letter(LetterKind.LINKEDIN_MESSAGE, interview.interviewers[0].id, sent_at=NOW))
    assert linkedin_steps([app]) == []
    [step] = linkedin_steps([app], done=True)
    assert step.done_at == NOW
    assert quota([app], FREE, NOW).used == 0


# --- who gets the notes left -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "decides"),
    [
        ("Head of Data", True),
        ("Engineering Manager", True),
        ("Hiring manager", True),
        ("Team lead", True),
        ("Tech Lead", True),
        ("Director of Finance", True),
        ("VP Engineering", True),
        ("Co-founder & CTO", True),
        ("Jefa de equipo", True),
        ("Jefe de proyecto", True),
        ("Directora financiera", True),
        ("Responsable de analítica", True),
        ("Gerente comercial", True),
        ("Líder técnico", True),
        ("Data analyst", False),
        ("Senior engineer", False),
        ("", False),
        ("Headhunter", False),  # whole words only: "head" is not in "Headhunter"
        ("Talent Acquisition Manager", False),  # recruiters screen; the team decides
        ("HR Business Partner", False),
        ("Responsable de selección", False),
        ("Técnica de RR. HH.", False),
        ("Recruiter", False),
    ],
)
def test_a_decision_maker_is_named_by_the_title(title: str, decides: bool) -> None:
    assert is_decision_maker(Interviewer("Ana Ruiz", title=title)) is decides


def two_processes() -> tuple[Application, Application, Application]:
    """Acme: a first round with an analyst, then a final round with the head of data and a peer.
    Beta: one round with a team lead. Gamma (rejected): the invitation is optional."""
    acme = application("2026-11-17T10:00", people=1)
    final = Interview(local("2026-11-24T10:00"), "Europe/Madrid", 45, kind=InterviewKind.FINAL, interviewers=[
        Interviewer("Mei Chen", title="Data scientist"), Interviewer("Ana Ruiz", title="Head of Data")
    ])  # fmt: skip
    acme.interviews.append(final)
    acme.interviews[0].starts_at = local("2026-11-23T16:00")  # still open on Wednesday
    beta = application("2026-11-24T12:00", people=1)
    beta.company = "Beta"
    beta.interviews[0].interviewers[0].title = "Team Lead"
    beta.interviews[0].interviewers[0].name = "Luis Gil"
    gamma = application("2026-11-24T09:00", people=1, stage=Stage.REJECTED)
    gamma.company = "Gamma"
    gamma.outcome = Outcome(OutcomeKind.REJECTED, local("2026-11-24T18:00"))
    return acme, beta, gamma


def test_notes_left_go_to_decision_makers_of_open_processes_first() -> None:
    acme, beta, gamma = two_processes()
    apps = [with_notes_sent(*days_ago(1, 2, 3)), acme, beta, gamma]
    result = note_plan(apps, plan(apps, FREE, MADRID), FREE, NOW)
    assert [(each.name, each.company, each.priority, each.with_note) for each in result.invitations] == [
        ("Ana Ruiz", "Acme", Priority.DECISION_MAKER, True),  # head of data
        ("Luis Gil", "Beta", Priority.DECISION_MAKER, True),  # team lead; a later deadline than Ana's
        ("Mei Chen", "Acme", Priority.LATEST_ROUND, False),
        ("Ana Ruiz", "Acme", Priority.EARLIER_ROUND, False),  # the first round's analyst
        ("Ana Ruiz", "Gamma", Priority.CLOSED, False),
    ]
    assert kept_for_text(result) == (
        "Keep your notes left for: Ana Ruiz (Acme), Luis Gil (Beta) (decision-makers of open processes first)."
    )


def test_lapsed_and_done_invitations_want_no_note() -> None:
    app = application("2026-11-10T10:00")  # two weeks ago: its invitation has lapsed
    assert note_plan([app], linkedin_steps([app]), FREE, NOW).invitations == ()


# --- what the step says ----------------------------------------------------------------------------


def test_the_quota_in_words() -> None:
    under = quota([with_notes_sent(*days_ago(1, 2, 3))], FREE, NOW)
    assert quota_text(under, MADRID) == "3 of 5 LinkedIn notes used this month"
    at = quota([with_notes_sent(*days_ago(20, 10, 5, 3, 1))], FREE, NOW)
    assert quota_text(at, MADRID) == "5 of 5 LinkedIn notes used this month; the next frees up on Sat 05 Dec 2026"
    assert quota_text(quota([], PREMIUM, NOW), MADRID) == "Premium: notes of up to 300 characters, no monthly limit"
    assert "3 weeks" in withdraw_warning()


def test_more_notes_sent_than_allowed_never_read_two_of_one() -> None:
    over = quota([with_notes_sent(*days_ago(3, 1))], FREE.with_values(linkedin_free_notes=1), NOW)
    assert quota_text(over, MADRID) == (
        "No LinkedIn notes left this month (2 sent, 1 allowed); the next frees up on Thu 24 Dec 2026"
    )


# --- the settings ----------------------------------------------------------------------------------


def test_the_account_setting_defaults_to_free_with_five_notes_and_is_checked() -> None:
    assert (Settings().linkedin_account, Settings().linkedin_free_notes) == ("free", 5)
    assert settings_from_dict({"linkedin_account": "premium"}).linkedin_account == "premium"
    with pytest.raises(ValidationError, match="LinkedIn account: 'gold' is not one of free, premium"):
        settings_from_dict({"linkedin_account": "gold"})
    with pytest.raises(ValidationError, match="must be from 0 to 50"):
        settings_from_dict({"linkedin_free_notes": 51})
    assert settings_from_dict({"linkedin_free_notes": 0}).linkedin_free_notes == 0


@pytest.mark.parametrize(
    ("stored", "account"),
    [
        ({"linkedin_note_limit": 300}, "premium"),  # written before the account type existed: 300 was Premium
        ({"linkedin_note_limit": 200}, "free"),
        ({}, "free"),
        ({"linkedin_note_limit": 300, "linkedin_account": "free"}, "free"),  # chosen since: kept
        ({"linkedin_account": "gold"}, "free"),  # a hand edit: the default, the start goes on
    ],
)
def test_old_files_load_and_a_300_character_limit_meant_premium(stored: dict[str, object], account: str) -> None:
    assert settings_from_stored(stored).linkedin_account == account


def test_settings_written_and_read_keep_the_account() -> None:
    from afterview.domain.settings import settings_to_dict

    written = settings_to_dict(PREMIUM.with_values(linkedin_free_notes=3))
    assert (written["linkedin_account"], written["linkedin_free_notes"]) == ("premium", 3)
    assert settings_from_dict(written) == PREMIUM.with_values(linkedin_free_notes=3)


# --- afterview due --json -------------------------------------------------------------------------


def test_due_as_json_carries_the_quota_on_linkedin_steps(afterview: RunAfterview, paths: AppPaths) -> None:
    with Store.open(paths, FakeClock(NOW)) as store:
        store.save_settings(FREE)
        store.save(with_notes_sent(*days_ago(20, 10, 5, 3, 1)))
        store.save(application())
    result = afterview("due", "--json", "--at", NOW.isoformat())
    assert result.returncode == 0, result.stderr
    entries = {entry["kind"]: entry for entry in json.loads(result.stdout)}
    assert entries["linkedin"]["quota"] == {
        "account": "free", "allowance": 5, "used": 5, "remaining": 0, "with_note": False,
        "frees_at": "2026-12-05T10:00:00+01:00",
    }  # fmt: skip
    assert "quota" not in entries["thank_you"]
    text = afterview("due", "--at", NOW.isoformat())
    assert text.stdout.splitlines()[-2:] == [
        "Acme — Analyst: Connect with Ana Ruiz on LinkedIn (due in 24 h)",
        "  No note left for this invitation: connect without a note, then send your thank-you as a message once "
        "they accept.",
    ]


def test_due_says_nothing_more_while_a_note_is_left(afterview: RunAfterview, paths: AppPaths) -> None:
    with Store.open(paths, FakeClock(NOW)) as store:
        store.save_settings(FREE)
        store.save(with_notes_sent(*days_ago(10, 5, 3, 1)))
        store.save(application())
    lines = afterview("due", "--at", NOW.isoformat()).stdout.splitlines()
    assert lines[-1] == "Acme — Analyst: Connect with Ana Ruiz on LinkedIn (due in 24 h)"
    assert not any("No note left" in line for line in lines)
