"""Calendar invitations become interviews: the reader (fixtures shaped like Google Calendar's,
Outlook/Exchange's, Teams' and Zoom's), the domain's rules (company and position from the summary,
the people, the rounds), the use case on a real store, and the command line as a subprocess.

The fixtures' interviews are in December 2026 (Madrid is UTC+1 then); the user is Lucía Pérez,
whose address the first invitation that names her teaches Afterview.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from afterview.core.documents import brief_of, has_brief
from afterview.core.invitations import import_invitation, prepare
from afterview.core.workspace import Workspace
from afterview.domain.brief import upcoming_interview
from afterview.domain.codec import application_from_dict, application_to_dict
from afterview.domain.invitations import (
    Guess,
    Invitation,
    InvitationError,
    InvitedEvent,
    Invitee,
    RoundChange,
    apply_invitation,
    company_from_address,
    guess_company_position,
    interviewers_of,
    is_team_mailbox,
    learned_address,
    own_addresses,
)
from afterview.domain.model import Application, Interviewer, InterviewFormat, InterviewKind, Stage, ValidationError
from afterview.domain.plan import plan_application
from afterview.domain.settings import Settings, settings_from_dict
from afterview.domain.story import EventKind, story
from afterview.errors import AfterviewError
from afterview.interchange.invitation import iana_name, read_invitation
from afterview.paths import AppPaths
from afterview.storage.repository import Store
from tests.support.builders import NOW, application
from tests.support.cli import FIXTURES, RunAfterview, assert_user_error
from tests.support.fakes import FakeClock

INVITATIONS = FIXTURES / "invitations"
USER = Settings(user_name="Lucía Pérez", time_zone="Europe/Madrid")
TEAMS_JOIN = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjM4ZTQ1YmEtZDk2Ny00ZjQ5LWI2YzMtOGQ0NjJhMTIzNDU2%40thread.v2/0?context="  # fmt: skip
ZOOM_JOIN = "https://us02web.zoom.us/j/87654321098?pwd=QWxhZGRpbjpvcGVuIHNlc2FtZQ.1"


def fixture(name: str) -> bytes:
    return (INVITATIONS / name).read_bytes()


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


# --- the reader ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "start", "zone", "minutes", "link", "place"),
    [
        # Google: an IANA TZID with its VTIMEZONE, the Meet link in X-GOOGLE-CONFERENCE.
        ("google.ics", "2026-12-02T09:00", "Europe/Madrid", 45, "https://meet.google.com/abc-defg-hij", ""),
        # Outlook/Exchange: a Windows zone name, in person (a room and an address, no meeting link).
        ("outlook.ics", "2026-12-03T08:30", "Europe/Paris", 60, "", "Sala Norte, Paseo de la Castellana 200, Madrid"),
        # Teams: "W. Europe Standard Time", the join link inside DESCRIPTION's Teams block.
        ("teams.ics", "2026-12-04T13:00", "Europe/Berlin", 60, TEAMS_JOIN, "Microsoft Teams Meeting"),
        # Zoom: UTC times, the meeting in LOCATION; shown in the user's zone.
        ("zoom.ics", "2026-12-09T15:00", "Europe/Madrid", 30, ZOOM_JOIN, ""),
    ],
)
def test_each_source_reads_with_its_time_zone_length_and_link(
    name: str, start: str, zone: str, minutes: int, link: str, place: str
) -> None:
    [event] = read_invitation(fixture(name), "Europe/Madrid").events
    assert (event.starts_at, event.time_zone, event.duration_minutes) == (utc(start), zone, minutes)
    assert event.meeting_link.startswith(link) if link else event.meeting_link == ""
    assert event.format is (InterviewFormat.VIDEO if link else InterviewFormat.IN_PERSON)
    assert event.location == place
    assert not event.cancelled


def test_the_teams_link_is_the_join_link_not_the_meeting_options_or_help() -> None:
    [event] = read_invitation(fixture("teams.ics"), "Europe/Madrid").events
    assert event.meeting_link.startswith(TEAMS_JOIN) and event.meeting_link.endswith("%7d")


def test_people_come_with_names_and_addresses_without_rooms_calendars_or_those_who_declined() -> None:
    [google] = read_invitation(fixture("google.ics"), "UTC").events
    assert google.organizer == Invitee("Ana Ruiz", "ana.ruiz@acme.example")
    # The meeting room (a resource calendar) is left out.
    emails = ["ana.ruiz@acme.example", "lucia.perez@gmail.com", "marc.soler@acme.example"]
    assert [person.email for person in google.attendees] == emails
    [outlook] = read_invitation(fixture("outlook.ics"), "UTC").events
    assert outlook.organizer == Invitee("Elena García", "elena.garcia@globex.example")  # "García, Elena"
    assert "Sala Norte" not in [person.name for person in outlook.attendees]
    [teams] = read_invitation(fixture("teams.ics"), "UTC").events
    assert "Bill Lumbergh" not in [person.name for person in teams.attendees]


def calendar_with(start_line: str, zone_block: str = "") -> bytes:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n" + zone_block + "BEGIN:VEVENT\r\nUID:x-1\r\n"
        "SUMMARY:Interview – Analyst – Acme\r\n" + start_line + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()


PLUS_THREE = (
    "BEGIN:VTIMEZONE\r\nTZID:Olympus Standard Time\r\nBEGIN:STANDARD\r\nDTSTART:16010101T000000\r\n"
    "TZOFFSETFROM:+0300\r\nTZOFFSETTO:+0300\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
)


@pytest.mark.parametrize(
    ("start_line", "zone_block", "start", "zone"),
    [
        ("DTSTART;TZID=Pacific Standard Time:20261210T090000", "", "2026-12-10T17:00", "America/Los_Angeles"),
        ("DTSTART;TZID=Romance Standard Time:20260710T090000", "", "2026-07-10T07:00", "Europe/Paris"),
        ("DTSTART;TZID=W. Europe Standard Time:20261210T090000", "", "2026-12-10T08:00", "Europe/Berlin"),
        ("DTSTART;TZID=/mozilla.org/20050126_1/Europe/Madrid:20261210T090000", "", "2026-12-10T08:00", "Europe/Madrid"),
        ("DTSTART;TZID=America/Bogota:20261210T090000", "", "2026-12-10T14:00", "America/Bogota"),
        ("DTSTART:20261210T090000Z", "", "2026-12-10T09:00", "Europe/Madrid"),  # UTC: shown in the user's zone
        ("DTSTART:20261210T090000", "", "2026-12-10T08:00", "Europe/Madrid"),  # floating: the user's
        ("DTSTART;TZID=Olympus Standard Time:20261210T090000", PLUS_THREE, "2026-12-10T06:00", "+03:00"),
    ],
)
def test_time_zones_iana_windows_vendor_utc_floating_and_one_the_file_defines(
    start_line: str, zone_block: str, start: str, zone: str
) -> None:
    [event] = read_invitation(calendar_with(start_line, zone_block), "Europe/Madrid").events
    assert (event.starts_at, event.time_zone) == (utc(start), zone)
    assert event.duration_minutes == 60  # no end: an hour


def test_windows_names_go_through_icalendars_own_table() -> None:
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    assert iana_name("Romance Standard Time") == WINDOWS_TO_OLSON["Romance Standard Time"] == "Europe/Paris"
    assert iana_name("Tokyo Standard Time") == "Asia/Tokyo"
    assert iana_name("Mars Standard Time") is None


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("empty.ics", "the file is empty."),
        ("not_a_calendar.ics", "it is not a calendar invitation (an iCalendar .ics file)."),
        ("no_event.ics", "the file holds no calendar event: no interview to read."),  # no jargon (VEVENT)
        ("recurring.ics", "'Weekly sync – Umbrella' is a recurring event"),
        ("no_start.ics", "'Interview – Lab technician – Umbrella' has no start time."),  # no DTSTART
        ("unknown_zone.ics", "is in a time zone that does not exist: 'Mars Standard Time'."),
    ],
)
def test_files_that_cannot_become_an_interview_say_why(name: str, message: str) -> None:
    with pytest.raises(InvitationError) as raised:
        read_invitation(fixture(name), "Europe/Madrid")
    assert message in str(raised.value)


@pytest.mark.parametrize(
    "payload",
    [b"\xff\xfe\x00B\x00E", b"BEGIN:VCALENDAR\r\n", b"BEGIN:VEVENT\r\nEND:VEVENT\r\n", b"   \r\n\r\n"],
)
def test_damaged_bytes_are_refused_with_a_reason_never_a_crash(payload: bytes) -> None:
    with pytest.raises(InvitationError):
        read_invitation(payload, "Europe/Madrid")


def test_a_whole_calendar_is_not_an_invitation() -> None:
    event_lines = "".join(
        f"BEGIN:VEVENT\r\nUID:e-{day}\r\nDTSTART:202612{day:02d}T090000Z\r\nEND:VEVENT\r\n" for day in range(1, 23)
    )
    payload = f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n{event_lines}END:VCALENDAR\r\n".encode()
    with pytest.raises(InvitationError, match="it holds 22 events: a whole calendar, not an invitation"):
        read_invitation(payload, "Europe/Madrid")


def test_an_all_day_event_has_no_time_to_record() -> None:
    with pytest.raises(InvitationError, match="all-day event"):
        read_invitation(calendar_with("DTSTART;VALUE=DATE:20261210"), "Europe/Madrid")


# --- the domain's rules --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("summary", "organizer", "company", "position"),
    [
        ("Interview – Junior analyst – Acme", "", "Acme", "Junior analyst"),
        ("Acme / Junior analyst interview", "", "Acme", "Junior analyst"),
        ("Entrevista: Analista junior (Acme)", "", "Acme", "Analista junior"),
        ("Canceled: Interview – Junior analyst – Acme", "", "Acme", "Junior analyst"),
        ("Updated invitation: Final interview – Product manager – Hooli", "", "Hooli", "Product manager"),
        ("Entrevista técnica – Desarrolladora backend – Núñez S.A.", "", "Núñez S.A.", "Desarrolladora backend"),
        ("Data analyst interview at Initech", "", "Initech", "Data analyst"),
        ("Entrevista con Globex", "", "Globex", ""),
        ("Phone screen - Initech - Data analyst", "rec@initech.com", "Initech", "Data analyst"),  # the address decides
        ("Junior analyst interview", "talent@acme.example", "Acme", "Junior analyst"),  # the address names it
        ("Interview", "hr@acme.co.uk", "Acme", ""),
        ("Junior analyst interview", "someone@gmail.com", "", "Junior analyst"),  # a mail provider names no one
    ],
)
def test_company_and_position_from_the_summary(summary: str, organizer: str, company: str, position: str) -> None:
    assert guess_company_position(summary, organizer) == Guess(company, position)


@pytest.mark.parametrize(
    ("email", "company"),
    [
        ("talent@acme.example", "Acme"),
        ("jobs@mail.acme-corp.com", "Acme-Corp"),
        ("hr@globex.co.uk", "Globex"),
        ("hr@globex.com.mx", "Globex"),
        ("someone@gmail.com", ""),
        ("c_1881abcdef@resource.calendar.google.com", ""),
        ("no-reply@greenhouse.io", ""),
        ("not an address", ""),
    ],
)
def test_the_company_from_the_organisers_address(email: str, company: str) -> None:
    assert company_from_address(email) == company


def event(**fields: object) -> InvitedEvent:
    values: dict[str, object] = {"uid": "u-1", "starts_at": utc("2026-12-02T09:00"), "time_zone": "Europe/Madrid"}
    values.update(fields)
    return InvitedEvent(**values)  # type: ignore[arg-type]


def test_interviewers_are_the_organiser_then_the_attendees_once_each_without_the_user() -> None:
    people = interviewers_of(
        event(
            organizer=Invitee("Ana Ruiz", "ana.ruiz@acme.example"),
            attendees=(
                Invitee("Ana Ruiz", "Ana.Ruiz@acme.example"),
                Invitee("Lucía Pérez", "lucia.perez@gmail.com"),
                Invitee("", "marc.soler@acme.example"),
            ),
        ),
        own_addresses(" Lucia.Perez@gmail.com , lp@uni.example"),
    )
    assert [(person.name, person.email) for person in people] == [
        ("Ana Ruiz", "ana.ruiz@acme.example"), ("Marc Soler", "marc.soler@acme.example"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "email", "team"),
    [
        ("Talent Acquisition", "talent@initech.example", True),
        ("Talent Acquisition", "ta.es@initech.example", True),
        ("Acme Recruiting", "recruiting@acme.example", True),
        ("", "careers@acme.example", True),
        ("", "jobs+madrid@acme.example", True),
        ("", "hr@acme.example", True),
        ("Google Calendar", "noreply@acme.example", True),
        ("", "no-reply@greenhouse.example", True),
        ("", "do.not.reply@acme.example", True),
        ("Equipo de Selección", "seleccion@nunez.example", True),
        ("Recursos Humanos", "rrhh@nunez.example", True),
        ("Human Resources", "people-ops@acme.example", True),
        ("Ana Ruiz", "ana.ruiz@acme.example", False),
        ("Peter Gibbons", "peter.gibbons@initech.example", False),
        ("Jordi Puig", "jordi.puig@globex.example", False),
        ("Steve Jobs", "steve@apple.example", False),
        ("Carla Vidal", "cvidal@acme.example", False),
        ("Hrvoje Horvat", "hrvoje@acme.example", False),  # "hr" only as a whole word
        ("Ana Ruiz", "", False),
    ],
)
def test_a_team_or_robot_mailbox_is_no_interviewer(name: str, email: str, team: bool) -> None:
    assert is_team_mailbox(Invitee(name, email)) is team
    people = interviewers_of(event(organizer=Invitee(name, email)), frozenset())
    assert (people == []) is team


def test_the_users_address_is_learned_from_the_attendee_with_their_name_only_once() -> None:
    invitation = Invitation((event(attendees=(Invitee("Ana Ruiz", "ana@acme.example"), Invitee("LUCIA PEREZ", "lp@x.example"))),))  # fmt: skip
    assert learned_address(invitation, "Lucía  Pérez", "") == "lp@x.example"
    assert learned_address(invitation, "Lucía Pérez", "lucia@uni.example") is None  # already known
    assert learned_address(invitation, "", "") is None
    assert learned_address(invitation, "Someone Else", "") is None


def test_my_email_addresses_setting_takes_a_comma_separated_list_of_addresses() -> None:
    assert settings_from_dict({"my_emails": "a@b.example, c@d.example"}).my_emails == "a@b.example, c@d.example"
    with pytest.raises(ValidationError, match="'nope' is not a valid email address"):
        settings_from_dict({"my_emails": "a@b.example, nope"})


def test_several_events_are_rounds_of_one_new_application_the_last_a_final() -> None:
    invitation = read_invitation(fixture("two_rounds.ics"), "Europe/Madrid")
    applied = apply_invitation(invitation, [], "lucia.perez@gmail.com", NOW)
    assert applied.is_new
    app = applied.app
    assert (app.company, app.position, app.stage) == ("Umbrella", "Lab technician", Stage.INTERVIEWING)
    assert [interview.starts_at for interview in app.interviews] == [utc("2026-12-10T09:00"), utc("2026-12-17T09:00")]
    assert [interview.kind for interview in app.interviews] == [InterviewKind.ONE_TO_ONE, InterviewKind.FINAL]
    assert [[person.name for person in interview.interviewers] for interview in app.interviews] == [["Carla Vidal"]] * 2
    assert [change for _, change in applied.rounds] == [RoundChange.ADDED, RoundChange.ADDED]


def process(company: str, position: str, stage: Stage = Stage.INTERVIEWING) -> Application:
    app = application(stage=stage)
    app.company, app.position = company, position
    return app


def test_an_invitation_for_an_open_process_joins_it() -> None:
    stored = process("ACME", "junior analyst")
    other = process("Acme", "Marketing intern")
    invitation = read_invitation(fixture("google.ics"), "Europe/Madrid")
    applied = apply_invitation(invitation, [other, stored], "", NOW)
    assert not applied.is_new and applied.app.id == stored.id
    assert len(applied.app.interviews) == 2 and len(stored.interviews) == 1  # a copy changed, not the data


def test_new_rounds_carry_what_is_known_of_their_interviewers_by_email() -> None:
    umbrella = process("Umbrella", "Lab technician")
    umbrella.interviews[0].interviewers = [
        Interviewer("Carla Vidal", "Lab manager", "Carla.Vidal@umbrella.example", "+34 91 555 0101")
    ]
    invitation = read_invitation(fixture("two_rounds.ics"), "Europe/Madrid")
    applied = apply_invitation(invitation, [umbrella], "lucia.perez@gmail.com", NOW)
    assert not applied.is_new and len(applied.app.interviews) == 3
    for interview in applied.app.interviews[1:]:
        [carla] = interview.interviewers
        assert (carla.name, carla.title, carla.phone) == ("Carla Vidal", "Lab manager", "+34 91 555 0101")
        assert carla.id != umbrella.interviews[0].interviewers[0].id  # a person per round, as typed


def test_a_new_position_at_a_company_already_followed_is_said_and_the_same_invitation_changes_nothing() -> None:
    globex = process("Globex", "Data analyst")
    applied = apply_invitation(read_invitation(fixture("outlook.ics"), "Europe/Madrid"), [globex], "", NOW)
    assert applied.is_new and applied.same_company == (globex,)
    again = apply_invitation(read_invitation(fixture("outlook.ics"), "Europe/Madrid"), [applied.app], "", NOW)
    assert again.unchanged and not again.is_new and again.same_company == ()
    moved = apply_invitation(read_invitation(fixture("google_moved.ics"), "Europe/Madrid"),
                             [apply_invitation(read_invitation(fixture("google.ics"), "Europe/Madrid"), [], "", NOW).app],
                             "", NOW)  # fmt: skip
    [(interview, change)] = moved.rounds
    assert change is RoundChange.MOVED and not moved.unchanged
    assert moved.moved_from == {interview.id: utc("2026-12-02T09:00")}


def test_a_closed_process_to_the_same_company_is_left_alone() -> None:
    closed = process("Acme", "Junior analyst", Stage.REJECTED)
    applied = apply_invitation(read_invitation(fixture("google.ics"), "Europe/Madrid"), [closed], "", NOW)
    assert applied.is_new


def test_cancelling_a_round_that_was_never_recorded_is_refused() -> None:
    with pytest.raises(InvitationError, match="not in your data"):
        apply_invitation(read_invitation(fixture("google_cancel.ics"), "Europe/Madrid"), [], "", NOW)


def test_a_cancelled_round_raises_no_steps_and_the_others_keep_theirs() -> None:
    app = application(people=1)
    held = application("2026-12-01T10:00", people=1).interviews[0]
    held.cancelled = True
    app.interviews.append(held)
    steps = plan_application(app, Settings())
    assert steps and all(step.interview_id != held.id for step in steps)
    assert {step.interview_id for step in steps if step.interview_id} == {app.interviews[0].id}
    app.interviews[0].cancelled = True
    assert plan_application(app, Settings()) == []


def test_the_calendar_uid_and_cancelled_are_kept_and_only_written_when_set() -> None:
    plain = application()
    assert "calendar_uid" not in application_to_dict(plain)["interviews"][0]
    imported = apply_invitation(read_invitation(fixture("google.ics"), "Europe/Madrid"), [], "", NOW).app
    imported.interviews[0].cancelled = True
    doc = application_to_dict(imported)
    assert doc["interviews"][0]["calendar_uid"] == "4k2v9s8d7f6g5h4j3k2l1m0n9b@google.com"
    assert doc["interviews"][0]["cancelled"] is True
    assert application_to_dict(application_from_dict(doc, created_at=NOW)) == doc
    doc["interviews"][0]["cancelled"] = "yes"
    with pytest.raises(ValidationError, match="cancelled: must be true or false"):
        application_from_dict(doc, created_at=NOW)


def test_a_cancelled_round_is_told_as_cancelled_and_left_out_of_the_calendar_export() -> None:
    import icalendar

    from afterview.domain.story import story
    from afterview.interchange.ics_format import export_ics

    app = apply_invitation(read_invitation(fixture("two_rounds.ics"), "Europe/Madrid"), [], "", NOW).app
    app.interviews[1].cancelled = True
    told = story(app, [], NOW)
    assert [event.title for event in told.to_come] == ["Interview: One-to-one interview"]
    assert "Interview cancelled: Final round" in [event.title for event in told.past]  # not still to do
    exported = icalendar.Calendar.from_ical(export_ics([app], Settings(time_zone="Europe/Madrid"), NOW))
    uids = {str(event["UID"]) for event in exported.walk("VEVENT")}
    assert f"interview-{app.interviews[0].id}@afterview" in uids
    assert f"interview-{app.interviews[1].id}@afterview" not in uids


# --- the use case on a real store -------------------------------------------------------------------


@pytest.fixture
def workspace(paths: AppPaths, clock: FakeClock) -> Iterator[Workspace]:
    with Store.open(paths, clock) as store:
        store.save_settings(USER)
        yield Workspace(store, clock)


def stored(workspace: Workspace) -> Application:
    [app] = workspace.store.applications()
    return app


@pytest.mark.parametrize(
    ("name", "company", "position", "people"),
    [
        ("google.ics", "Acme", "Junior analyst", ["Ana Ruiz <ana.ruiz@acme.example>", "Marc Soler <marc.soler@acme.example>"]),
        ("outlook.ics", "Globex", "Analista junior", ["Elena García <elena.garcia@globex.example>", "Jordi Puig <jordi.puig@globex.example>"]),
        ("teams.ics", "Initech", "Data analyst", ["Peter Gibbons <peter.gibbons@initech.example>"]),  # not the team's mailbox
        ("zoom.ics", "Hooli", "Product intern", []),
    ],
)  # fmt: skip
def test_each_source_imports_as_an_interview_without_the_user_among_its_interviewers(
    workspace: Workspace, name: str, company: str, position: str, people: list[str]
) -> None:
    import_invitation(workspace, fixture(name), name)
    app = stored(workspace)
    [interview] = app.interviews
    assert (app.company, app.position) == (company, position)
    assert [f"{person.name} <{person.email}>" for person in interview.interviewers] == people
    reference = read_invitation(fixture(name), "Europe/Madrid").events[0]
    assert (interview.starts_at, interview.time_zone, interview.duration_minutes) == (
        reference.starts_at, reference.time_zone, reference.duration_minutes,
    )  # fmt: skip
    assert interview.location == (reference.meeting_link or reference.location)
    assert workspace.steps_for(app.id)  # the plan follows it up


def test_the_users_address_is_learned_once_and_saved(workspace: Workspace) -> None:
    import_invitation(workspace, fixture("google.ics"), "google.ics")
    assert workspace.store.settings().my_emails == "lucia.perez@gmail.com"
    assert workspace.store.settings().user_name == "Lucía Pérez"  # the rest kept
    prepared = prepare(workspace, fixture("outlook.ics"), "outlook.ics")
    assert prepared.settings is None  # known already: not learned again


def test_the_same_invitation_moved_moves_that_interview_and_keeps_its_letters_people(workspace: Workspace) -> None:
    import_invitation(workspace, fixture("google.ics"), "google.ics")
    first = stored(workspace).interviews[0]
    done = import_invitation(workspace, fixture("google_moved.ics"), "google_moved.ics")
    assert [change for _, change in done.applied.rounds] == [RoundChange.MOVED]
    [interview] = stored(workspace).interviews
    assert interview.id == first.id
    assert [person.id for person in interview.interviewers] == [person.id for person in first.interviewers]
    assert (interview.starts_at, interview.duration_minutes) == (utc("2026-12-03T11:00"), 60)
    assert len(workspace.applications()) == 1


def test_a_cancellation_marks_the_interview_cancelled_and_nothing_is_raised_for_it(
    workspace: Workspace, clock: FakeClock
) -> None:
    import_invitation(workspace, fixture("google.ics"), "google.ics")
    app_id = stored(workspace).id
    assert workspace.steps_for(app_id)
    done = import_invitation(workspace, fixture("google_cancel.ics"), "google_cancel.ics")
    assert [change for _, change in done.applied.rounds] == [RoundChange.CANCELLED]
    assert stored(workspace).interviews[0].cancelled
    assert workspace.steps_for(app_id) == []
    clock.current = utc("2026-12-10T09:00")  # after it would have been: still nothing
    assert workspace.due() == []


def test_a_cancelled_round_is_not_the_next_interview_and_the_story_tells_it_in_the_past(
    workspace: Workspace, clock: FakeClock
) -> None:
    import_invitation(workspace, fixture("google.ics"), "google.ics")
    import_invitation(workspace, fixture("google_cancel.ics"), "google_cancel.ics")
    app = stored(workspace)
    assert upcoming_interview(app, workspace.now()) is None
    assert not has_brief(workspace, app)
    with pytest.raises(AfterviewError, match="no interview still to come"):
        brief_of(workspace, app)
    told = story(app, workspace.steps_for(app.id), workspace.now())
    assert told.to_come == ()
    [cancelled] = [event for event in told.past if event.kind is EventKind.INTERVIEW]
    assert cancelled.title.startswith("Interview cancelled")
    assert cancelled.at == app.interviews[0].starts_at  # its date
    assert any("No other interview is planned" in line for line in cancelled.details)
    assert app.stage is Stage.INTERVIEWING  # not changed behind the user's back


@pytest.mark.parametrize(
    "name", ["empty.ics", "not_a_calendar.ics", "no_event.ics", "recurring.ics", "no_start.ics", "unknown_zone.ics",
             "google_cancel.ics"],
)  # fmt: skip
def test_a_bad_file_changes_nothing(workspace: Workspace, paths: AppPaths, name: str) -> None:
    import_invitation(workspace, fixture("two_rounds.ics"), "two_rounds.ics")
    before = paths.data_file.read_bytes()
    with pytest.raises(AfterviewError) as raised:
        import_invitation(workspace, fixture(name), name)
    assert str(raised.value).startswith(f"cannot import {name}: ")
    assert str(raised.value).endswith(" Nothing was changed.")
    assert paths.data_file.read_bytes() == before


def test_an_invitation_the_rules_refuse_changes_nothing(workspace: Workspace, paths: AppPaths) -> None:
    payload = calendar_with("DTSTART;TZID=Europe/Madrid:20261210T090000\r\nDTEND;TZID=Europe/Madrid:20261212T090000")
    with pytest.raises(AfterviewError, match="Duration is at most 1440 minutes"):
        import_invitation(workspace, payload, "long.ics")
    assert workspace.store.applications() == []


# --- the command line -----------------------------------------------------------------------------


@pytest.fixture
def lucia(paths: AppPaths, clock: FakeClock) -> None:
    with Store.open(paths, clock) as store:
        store.save_settings(USER)


@pytest.mark.usefixtures("lucia")
def test_import_of_an_ics_file_prints_what_it_made(afterview: RunAfterview) -> None:
    result = afterview("import", str(INVITATIONS / "two_rounds.ics"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "New application: Umbrella — Lab technician.",
        "  Thu 10 Dec 2026, 10:00 Europe/Madrid, 60 min, Umbrella Iberia, Calle de Alcalá 50, Madrid; "
        "Carla Vidal <carla.vidal@umbrella.example> (added)",
        "  Thu 17 Dec 2026, 10:00 Europe/Madrid, 90 min, Umbrella Iberia, Calle de Alcalá 50, Madrid; "
        "Carla Vidal <carla.vidal@umbrella.example> (added)",
    ]


@pytest.mark.usefixtures("lucia")
def test_import_with_format_ics_reads_any_file_name_and_the_same_uid_updates(
    afterview: RunAfterview, tmp_path: Path
) -> None:
    assert afterview("import", str(INVITATIONS / "outlook.ics")).returncode == 0
    renamed = tmp_path / "invite.txt"
    renamed.write_bytes(fixture("outlook.ics").replace(b"20261203T093000", b"20261204T110000"))
    result = afterview("import", "--format", "ics", str(renamed))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Updated Globex — Analista junior.\n  Fri 04 Dec 2026, 11:00 Europe/Paris, 60 min")
    assert result.stdout.rstrip().endswith("(moved)")
    exported = afterview("export").stdout
    assert exported.count('"starts_at"') == 1 and "2026-12-04T11:00:00+01:00" in exported


@pytest.mark.usefixtures("lucia")
@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("recurring.ics", "'Weekly sync – Umbrella' is a recurring event"),
        ("unknown_zone.ics", "a time zone that does not exist: 'Mars Standard Time'"),
        ("not_a_calendar.ics", "it is not a calendar invitation"),
        ("empty.ics", "the file is empty"),
    ],
)
def test_a_bad_invitation_is_one_line_exit_1_and_the_data_byte_identical(
    afterview: RunAfterview, paths: AppPaths, name: str, reason: str
) -> None:
    assert afterview("import", str(INVITATIONS / "google.ics")).returncode == 0
    before = paths.data_file.read_bytes()
    result = afterview("import", str(INVITATIONS / name))
    assert_user_error(result, reason)
    assert "Nothing was changed." in result.stderr
    assert paths.data_file.read_bytes() == before
