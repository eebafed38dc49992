"""The iCalendar export, read back with the icalendar library and imported into a real calendar program (khal)."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar, Component, Event, vDDDTypes

from afterview.domain.model import (
    Application,
    FollowUp,
    FollowUpKind,
    FollowUpState,
    Interview,
    Interviewer,
    Letter,
    LetterKind,
    Stage,
)
from afterview.domain.plan import Step, plan
from afterview.domain.settings import Settings
from afterview.interchange.ics_format import PRODID, export_ics
from tests.support.fakes import FakeClock
from tests.support.samples import full_application, minimal_application

SETTINGS = Settings(time_zone="Europe/Madrid")


def fresh_application(
    company: str = "Acme",
    *,
    starts_at: datetime = datetime(2026, 11, 26, 9, 0, tzinfo=UTC),
    time_zone: str = "Europe/Madrid",
    stage: Stage = Stage.INTERVIEWING,
) -> Application:
    """An application with one coming interview with one interviewer: nothing done yet."""
    app = minimal_application(company)
    app.stage = stage
    app.interviews = [
        Interview(
            starts_at=starts_at,
            time_zone=time_zone,
            duration_minutes=45,
            round_name="First round",
            location="Calle Mayor 1, Madrid",
            interviewers=[Interviewer("Ana Ruiz", title="Team lead")],
        )
    ]
    return app


def parse(data: bytes) -> Calendar:
    return Calendar.from_ical(data)


def events_by_uid(data: bytes) -> dict[str, Event]:
    return {str(event["UID"]): event for event in parse(data).events}


def text(event: Component, name: str) -> str:
    return str(event.get(name, ""))


def value_of(component: Component, name: str) -> object:
    """The value of a date, time or duration property (icalendar types an item as any kind of property)."""
    prop = component[name]
    assert isinstance(prop, vDDDTypes)
    return prop.dt


def times_of(event: Event) -> tuple[datetime, datetime]:
    """An event's start and end: ours all have a time of day (icalendar types them as dates or times)."""
    start, end = event.start, event.end
    assert isinstance(start, datetime) and isinstance(end, datetime)
    return start, end


def steps_of(app: Application, kind: FollowUpKind, settings: Settings = SETTINGS) -> list[Step]:
    return [step for step in plan([app], settings) if step.kind is kind]


def uid(step: Step) -> str:
    return f"{step.key}@afterview"


# --- the calendar and the interviews ----------------------------------------------------------


def test_an_empty_list_gives_a_valid_empty_calendar(clock: FakeClock) -> None:
    data = export_ics([], SETTINGS, clock.now())

    calendar = parse(data)
    assert calendar.name == "VCALENDAR"
    assert str(calendar["PRODID"]) == PRODID
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["X-WR-CALNAME"]) == "Afterview"
    assert calendar.events == []
    assert calendar.timezones == []
    assert data.startswith(b"BEGIN:VCALENDAR\r\n") and data.endswith(b"END:VCALENDAR\r\n")


@pytest.mark.parametrize(
    ("zone", "local_start"),
    [
        ("Europe/Madrid", datetime(2026, 11, 26, 10, 0)),
        ("America/New_York", datetime(2026, 11, 26, 4, 0)),
        ("Asia/Kolkata", datetime(2026, 11, 26, 14, 30)),
    ],
)
def test_an_interview_is_written_in_its_own_zone(clock: FakeClock, zone: str, local_start: datetime) -> None:
    app = fresh_application(time_zone=zone)
    interview = app.interviews[0]

    data = export_ics([app], SETTINGS, clock.now())

    calendar = parse(data)
    event = events_by_uid(data)[f"interview-{interview.id}@afterview"]
    assert event["DTSTART"].params["TZID"] == zone
    start, end = times_of(event)
    assert start == interview.starts_at  # the same instant …
    assert start.replace(tzinfo=None) == local_start  # … at the wall-clock time the user entered
    assert end - start == timedelta(minutes=45)
    assert end == interview.ends_at
    assert zone in {timezone.tz_name for timezone in calendar.timezones}
    assert text(event, "SUMMARY") == "Interview: Acme — Junior analyst"
    assert text(event, "LOCATION") == "Calle Mayor 1, Madrid"
    description = text(event, "DESCRIPTION")
    assert "Round: First round" in description and "Ana Ruiz (Team lead)" in description
    assert "Format: Video" in description
    assert value_of(event, "DTSTAMP") == clock.now()


@pytest.mark.parametrize("zone", ["UTC", "+05:30", "-03:00"])
def test_an_interview_in_utc_or_a_fixed_offset_is_written_in_utc(clock: FakeClock, zone: str) -> None:
    app = fresh_application(time_zone=zone)
    interview = app.interviews[0]

    data = export_ics([app], SETTINGS, clock.now())

    event = events_by_uid(data)[f"interview-{interview.id}@afterview"]
    assert "TZID" not in event["DTSTART"].params
    start, end = times_of(event)
    assert start.utcoffset() == timedelta(0)
    assert start == interview.starts_at
    assert end == interview.ends_at
    assert b"DTSTART:20261126T090000Z" in data


def test_an_interview_across_a_daylight_saving_change_keeps_its_length(clock: FakeClock) -> None:
    # 02:30 summer time in Madrid, two hours long: clocks go back from 03:00 to 02:00 that night.
    app = fresh_application(starts_at=datetime(2026, 10, 25, 0, 30, tzinfo=UTC))
    app.interviews[0].duration_minutes = 120
    interview = app.interviews[0]

    event = events_by_uid(export_ics([app], SETTINGS, clock.now()))[f"interview-{interview.id}@afterview"]

    assert event["DTSTART"].params["TZID"] == "Europe/Madrid"
    # (An ambiguous wall time never compares equal across zones, PEP 495: compare in UTC.)
    start, end = times_of(event)
    assert start.astimezone(UTC) == interview.starts_at
    assert end.astimezone(UTC) == interview.ends_at
    assert end.replace(tzinfo=None) - start.replace(tzinfo=None) == timedelta(hours=1)  # wall clock


def test_the_second_occurrence_of_a_repeated_wall_time_is_written_in_utc(clock: FakeClock) -> None:
    # 02:30 winter time, the second 02:30 of that night: a TZID time would mean the first one.
    app = fresh_application(starts_at=datetime(2026, 10, 25, 1, 30, tzinfo=UTC))
    interview = app.interviews[0]

    event = events_by_uid(export_ics([app], SETTINGS, clock.now()))[f"interview-{interview.id}@afterview"]

    assert "TZID" not in event["DTSTART"].params
    assert event.start == interview.starts_at and event.end == interview.ends_at


def test_every_interview_of_every_application_is_there_even_for_closed_ones(clock: FakeClock) -> None:
    first, second = fresh_application("Acme"), fresh_application("Globex", stage=Stage.REJECTED)
    second.interviews.append(
        Interview(starts_at=datetime(2026, 12, 1, 15, 0, tzinfo=UTC), time_zone="America/New_York")
    )

    uids = set(events_by_uid(export_ics([first, second], SETTINGS, clock.now())))

    interviews = [*first.interviews, *second.interviews]
    assert {f"interview-{interview.id}@afterview" for interview in interviews} <= uids


def test_accents_commas_semicolons_and_line_breaks_survive(clock: FakeClock) -> None:
    app = full_application()
    interview = app.interviews[0]
    interview.notes = 'Línea 1, con coma; y punto y coma\nLínea 2 "citada" \\ barra ✨\n\nعمر'
    interview.location = "Calle Mayor 1, 3º; Madrid"

    data = export_ics([app], SETTINGS, clock.now())

    event = events_by_uid(data)[f"interview-{interview.id}@afterview"]
    assert text(event, "SUMMARY") == "Interview: Núñez & Hijos S.A. 🚀 — Analista júnior"
    assert text(event, "LOCATION") == "Calle Mayor 1, 3º; Madrid"
    description = text(event, "DESCRIPTION")
    assert description.endswith("Notes:\n" + interview.notes)
    assert "Ana Ruiz Peña (Jefa de equipo), عمر الفاروق (مدير)" in description
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))  # folded as RFC 5545 asks


def test_the_export_time_must_be_aware() -> None:
    with pytest.raises(ValueError, match="time zone"):
        export_ics([], SETTINGS, datetime(2026, 11, 25, 9, 0))


# --- follow-ups --------------------------------------------------------------------------------


def test_a_fresh_interview_gives_a_thank_you_and_a_linkedin_event_with_alarms(clock: FakeClock) -> None:
    app = fresh_application()
    [thanks] = steps_of(app, FollowUpKind.THANK_YOU)
    [connect] = steps_of(app, FollowUpKind.LINKEDIN)

    events = events_by_uid(export_ics([app], SETTINGS, clock.now()))

    thank_event, connect_event = events[uid(thanks)], events[uid(connect)]
    assert text(thank_event, "SUMMARY") == "Send your thank-you letter to Ana Ruiz (Acme)"
    assert text(connect_event, "SUMMARY") == "Connect with Ana Ruiz on LinkedIn (Acme)"
    for step, event in ((thanks, thank_event), (connect, connect_event)):
        assert event.start == step.due_at
        assert event["DTSTART"].params["TZID"] == "Europe/Madrid"  # the user's zone from the settings
        assert event.end - event.start == timedelta(minutes=15)
        [alarm] = event.walk("VALARM")
        assert str(alarm["ACTION"]) == "DISPLAY"
        assert value_of(alarm, "TRIGGER") == timedelta(0)
        assert alarm["TRIGGER"].params.get("RELATED", "START") == "START"
        assert text(alarm, "DESCRIPTION") == text(event, "SUMMARY")
        assert "Application: Acme — Junior analyst" in text(event, "DESCRIPTION")
    # The interview ends at 10:45 in Madrid on Thursday: thank them within 24 h, connect within 2 days.
    assert "Do it by Fri 2026-11-27 10:45 (Europe/Madrid)." in text(thank_event, "DESCRIPTION")
    assert "Do it by Sat 2026-11-28 10:45 (Europe/Madrid)." in text(connect_event, "DESCRIPTION")


def test_every_open_step_is_an_event_and_the_company_is_named_once(clock: FakeClock) -> None:
    app = fresh_application()

    events = events_by_uid(export_ics([app], SETTINGS, clock.now()))

    open_steps = [step for step in plan([app], SETTINGS) if step.is_open]
    assert {uid(step) for step in open_steps} <= set(events)
    assert len(events) == len(open_steps) + 1  # and the interview
    [first_check_in, *_] = steps_of(app, FollowUpKind.CHECK_IN)
    summary = text(events[uid(first_check_in)], "SUMMARY")
    assert summary == "Check in with Acme: a brief, polite call or email"
    assert all(len(event.walk("VALARM")) == 1 for key, event in events.items() if not key.startswith("interview-"))


def test_done_and_skipped_steps_are_left_out(clock: FakeClock) -> None:
    app = fresh_application()
    interview = app.interviews[0]
    person = interview.interviewers[0]
    app.follow_ups = [
        FollowUp(
            FollowUpKind.LINKEDIN, interview.ends_at, interview_id=interview.id, interviewer_id=person.id,
            state=FollowUpState.SKIPPED,
        ),
        FollowUp(FollowUpKind.SELF_ASSESSMENT, interview.ends_at, interview_id=interview.id, state=FollowUpState.DONE),
    ]  # fmt: skip
    interview.letters = [Letter(LetterKind.THANK_YOU, person.id, sent_at=interview.ends_at + timedelta(hours=2))]

    uids = set(events_by_uid(export_ics([app], SETTINGS, clock.now())))

    for kind in (FollowUpKind.LINKEDIN, FollowUpKind.SELF_ASSESSMENT, FollowUpKind.THANK_YOU):
        [step] = steps_of(app, kind)
        assert not step.is_open
        assert uid(step) not in uids
    [ask] = steps_of(app, FollowUpKind.ASK_NEXT_STEP)
    assert uid(ask) in uids


def test_a_snoozed_step_starts_when_the_snooze_ends(clock: FakeClock) -> None:
    app = fresh_application()
    interview = app.interviews[0]
    person = interview.interviewers[0]
    until = interview.ends_at + timedelta(hours=5)
    app.follow_ups = [
        FollowUp(
            FollowUpKind.THANK_YOU, interview.ends_at, interview_id=interview.id, interviewer_id=person.id,
            state=FollowUpState.SNOOZED, snoozed_until=until,
        )
    ]  # fmt: skip
    [thanks] = steps_of(app, FollowUpKind.THANK_YOU)

    event = events_by_uid(export_ics([app], SETTINGS, clock.now()))[uid(thanks)]

    assert event.start == until


@pytest.mark.parametrize("stage", [Stage.REJECTED, Stage.WITHDRAWN, Stage.ACCEPTED, Stage.NO_RESPONSE])
def test_a_closed_application_is_not_chased_any_more(clock: FakeClock, stage: Stage) -> None:
    app = fresh_application(stage=stage)

    uids = set(events_by_uid(export_ics([app], SETTINGS, clock.now())))

    # Only what the plan still offers once it is over: the lessons, a gracious reply and asking for
    # feedback after a rejection, with the letters still worth sending to keep the door open.
    left = {step.kind for step in plan([app], SETTINGS) if uid(step) in uids}
    assert f"interview-{app.interviews[0].id}@afterview" in uids
    after_rejection = {FollowUpKind.REJECTION_REPLY, FollowUpKind.THANK_YOU, FollowUpKind.LINKEDIN}
    assert left <= {FollowUpKind.LESSONS, FollowUpKind.FEEDBACK_REQUEST} | (
        after_rejection if stage is Stage.REJECTED else set()
    )
    assert len(uids) == 1 + len(left)


def test_lapsed_steps_are_left_out(clock: FakeClock) -> None:
    app = fresh_application()
    later = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)  # long after every letter and check-in lapsed

    uids = set(events_by_uid(export_ics([app], SETTINGS, later)))

    [close_out] = steps_of(app, FollowUpKind.CLOSE_OUT)  # this one never lapses
    assert uids == {f"interview-{app.interviews[0].id}@afterview", uid(close_out)}


@pytest.mark.parametrize("zone", ["", "UTC", "+02:00"])
def test_without_an_iana_zone_in_the_settings_steps_are_written_in_utc(clock: FakeClock, zone: str) -> None:
    app = fresh_application()
    settings = Settings(time_zone=zone)
    [thanks] = steps_of(app, FollowUpKind.THANK_YOU, settings)

    event = events_by_uid(export_ics([app], settings, clock.now()))[uid(thanks)]

    assert "TZID" not in event["DTSTART"].params
    start, _ = times_of(event)
    assert start == thanks.due_at and start.utcoffset() == timedelta(0)
    # The text names the zone its times are in: the settings' one, else the interview's.
    assert f"({zone or 'Europe/Madrid'})." in text(event, "DESCRIPTION")


# --- stable, unique, deterministic -------------------------------------------------------------


def test_uids_are_unique_and_stable_across_exports(clock: FakeClock) -> None:
    apps = [fresh_application("Acme"), fresh_application("Globex"), full_application()]

    first = [str(event["UID"]) for event in parse(export_ics(apps, SETTINGS, clock.now())).events]
    clock.advance(hours=3)
    second = [str(event["UID"]) for event in parse(export_ics(apps, SETTINGS, clock.now())).events]

    assert len(first) == len(set(first)) > 10
    assert set(second) == set(first)
    app = apps[0]
    interview = app.interviews[0]
    person = interview.interviewers[0]
    assert f"thank_you:{app.id}:{interview.id}:{person.id}:1@afterview" in first


def test_the_same_inputs_give_the_same_bytes_in_any_order(clock: FakeClock) -> None:
    apps = [
        fresh_application("Acme"),
        fresh_application("Globex", time_zone="America/New_York"),
        fresh_application("Initech", time_zone="Asia/Kolkata"),
        full_application(),
    ]

    data = export_ics(apps, SETTINGS, clock.now())

    assert export_ics(apps, SETTINGS, clock.now()) == data
    assert export_ics(reversed(apps), SETTINGS, clock.now()) == data
    calendar = parse(data)
    starts = [(event.start, str(event["UID"])) for event in calendar.events]
    assert starts == sorted(starts)
    assert [timezone.tz_name for timezone in calendar.timezones] == [
        "America/New_York",
        "Asia/Kolkata",
        "Europe/Madrid",
    ]


# --- a real calendar program -------------------------------------------------------------------


class Khal:
    """khal with a private configuration and one calendar folder, all inside ``tmp_path``."""

    def __init__(self, tmp_path: Path) -> None:
        executable = shutil.which("khal")
        if executable is None:
            pytest.skip("khal (a command-line calendar program) is not installed; `apt install khal` to run this test")
        self.executable = executable
        self.folder = tmp_path / "calendars" / "afterview"
        self.folder.mkdir(parents=True)
        self.config = tmp_path / "khal.conf"
        self.config.write_text(
            "[calendars]\n"
            "[[afterview]]\n"
            f"path = {self.folder}\n"
            "type = calendar\n"
            "\n"
            "[locale]\n"
            "timeformat = %H:%M\n"
            "dateformat = %Y-%m-%d\n"
            "longdateformat = %Y-%m-%d\n"
            "datetimeformat = %Y-%m-%d %H:%M\n"
            "longdatetimeformat = %Y-%m-%d %H:%M\n"
            "local_timezone = Europe/Madrid\n"
            "default_timezone = Europe/Madrid\n"
            "\n"
            "[sqlite]\n"
            f"path = {tmp_path / 'khal.db'}\n",
            encoding="utf-8",
        )
        self.env = {"HOME": str(tmp_path), "PATH": os.environ.get("PATH", os.defpath), "LANG": "C.UTF-8"}

    def run(self, *arguments: str) -> str:
        result = subprocess.run(
            [self.executable, "-c", str(self.config), *arguments],
            env=self.env,
            stdin=subprocess.DEVNULL,  # --batch must never ask anything
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert result.returncode == 0, f"khal {' '.join(arguments)} failed:\n{result.stdout}\n{result.stderr}"
        return result.stdout

    def import_file(self, path: Path) -> None:
        self.run("import", "--batch", "-a", "afterview", str(path))

    def stored(self) -> list[Path]:
        return sorted(self.folder.glob("*.ics"))


def test_khal_imports_the_export_and_a_second_import_updates_rather_than_duplicates(
    tmp_path: Path, clock: FakeClock
) -> None:
    khal = Khal(tmp_path)
    apps = [fresh_application("Acme"), full_application()]
    export = tmp_path / "afterview.ics"
    export.write_bytes(export_ics(apps, SETTINGS, clock.now()))
    exported = len(parse(export.read_bytes()).events)
    assert exported > 5

    khal.import_file(export)
    assert len(khal.stored()) == exported

    khal.import_file(export)  # the very same file again
    assert len(khal.stored()) == exported

    # A later export with a changed note replaces the stored event instead of adding one.
    apps[0].interviews[0].notes = "Bring the portfolio, printed"
    clock.advance(hours=1)
    export.write_bytes(export_ics(apps, SETTINGS, clock.now()))
    khal.import_file(export)
    assert len(khal.stored()) == exported
    assert any("Bring the portfolio" in path.read_text(encoding="utf-8") for path in khal.stored())

    listed = khal.run("list", "2026-11-20", "2026-12-31")
    assert "Interview: Acme — Junior analyst" in listed
    assert "Send your thank-you letter to Ana Ruiz (Acme)" in listed
    assert "10:00-10:45 Interview: Acme" in listed  # 09:00 UTC shown in Madrid, where it was entered
