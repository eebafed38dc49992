"""The interchange JSON format: exact round trips, the minimal hand-written file, and clear refusals."""

from __future__ import annotations

import json
import string
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from afterview.domain.model import (
    Application,
    Assessment,
    FollowUp,
    FollowUpKind,
    FollowUpState,
    Interview,
    Interviewer,
    InterviewFormat,
    Letter,
    LetterKind,
    Outcome,
    OutcomeKind,
    QuestionReview,
    Stage,
)
from afterview.interchange import json_format
from afterview.interchange.csv_format import COLUMNS, export_csv
from afterview.interchange.files import MAX_IMPORT_BYTES
from afterview.paths import AppPaths
from afterview.storage.repository import Store
from tests.support.fakes import FakeClock
from tests.support.samples import full_application

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
MINIMAL = Path(__file__).parent / "fixtures" / "minimal.json"

# --- generated applications --------------------------------------------------------------------

# Control characters are refused by validation (tested in test_model); line breaks in long texts are
# covered by the samples.
text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=30)
names = text.filter(lambda value: value.strip() != "")
instants = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2060, 1, 1), timezones=st.just(UTC)).map(
    lambda moment: moment.replace(microsecond=moment.microsecond // 1000 * 1000)
)
zones = st.sampled_from(["UTC", "Europe/Madrid", "America/New_York", "Asia/Kolkata", "+01:00", "-03:30"])
ratings = st.none() | st.integers(1, 5)
emails = st.just("") | st.builds(
    lambda user, host: f"{user}@{host}.example",
    st.text(string.ascii_lowercase, min_size=1, max_size=8),
    st.text(string.ascii_lowercase, min_size=1, max_size=8),
)
linkedin = st.just("") | st.text(string.ascii_lowercase, min_size=1, max_size=10).map(
    lambda slug: f"https://www.linkedin.com/in/{slug}"
)


@st.composite
def interviews(draw: st.DrawFn) -> Interview:
    people = draw(
        st.lists(st.builds(Interviewer, name=names, title=text, email=emails, linkedin_url=linkedin), max_size=3)
    )
    letters = draw(
        st.lists(
            st.builds(
                Letter,
                kind=st.sampled_from(LetterKind),
                interviewer_id=st.sampled_from([None] + [person.id for person in people]),
                language=st.sampled_from(["en", "es"]),
                subject=text,
                body=text,
                sent_at=st.none() | instants,
            ),
            max_size=2,
        )
    )
    return Interview(
        starts_at=draw(instants),
        time_zone=draw(zones),
        duration_minutes=draw(st.integers(1, 24 * 60)),
        round_name=draw(text),
        format=draw(st.sampled_from(InterviewFormat)),
        location=draw(text),
        notes=draw(text),
        interviewers=people,
        assessment=draw(
            st.none()
            | st.builds(
                Assessment,
                questions=st.lists(
                    st.builds(QuestionReview, question=names, answer=text, rating=ratings, to_improve=text), max_size=3
                ),
                overall_rating=ratings,
                went_well=text,
                to_improve=text,
                completed_at=st.none() | instants,
            )
        ),
        letters=letters,
    )


@st.composite
def applications(draw: st.DrawFn) -> Application:
    rounds = draw(st.lists(interviews(), max_size=3))
    follow_ups = [
        FollowUp(
            kind=draw(st.sampled_from(FollowUpKind)),
            due_at=draw(instants),
            interview_id=draw(st.sampled_from([None] + [round_.id for round_ in rounds])),
            state=FollowUpState.SNOOZED,
            snoozed_until=draw(instants),
            notes=draw(text),
        )
        for _ in range(draw(st.integers(0, 2)))
    ]
    return Application(
        company=draw(names),
        position=draw(text),
        stage=draw(st.sampled_from(Stage)),
        job_url=draw(st.just("") | st.just("https://jobs.example/1?a=b&c=d")),
        location=draw(text),
        notes=draw(text),
        decision_expected_on=draw(st.none() | st.dates(date(2000, 1, 1), date(2060, 1, 1))),
        decision_timeline=draw(text),
        next_step=draw(text),
        outcome=draw(
            st.none()
            | st.builds(
                Outcome, kind=st.sampled_from(OutcomeKind), recorded_at=instants, notes=text, positive_takeaways=text
            )
        ),
        lessons_learned=draw(text),
        interviews=rounds,
        follow_ups=follow_ups,
        created_at=draw(instants),
    )


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(st.lists(applications(), max_size=4))
def test_export_import_export_is_exact(tmp_path_factory: pytest.TempPathFactory, apps: list[Application]) -> None:
    for app in apps:
        app.validate()
    first = json_format.dumps(json_format.export_document(apps))
    paths = AppPaths(tmp_path_factory.mktemp("roundtrip") / "data")
    with Store.open(paths, FakeClock(NOW)) as store:
        store.add_all(json_format.parse(first.encode(), now=NOW))
        second = json_format.dumps(json_format.export_document(store.applications()))
    assert second == first
    assert json_format.parse(second.encode(), now=NOW) == apps


def test_the_minimal_hand_written_file_imports() -> None:
    [app] = json_format.parse(MINIMAL.read_bytes(), now=NOW)
    assert (app.company, app.position, app.stage, app.decision_expected_on) == (
        "Acme",
        "Junior analyst",
        Stage.INTERVIEWING,
        date(2026, 12, 5),
    )
    [interview] = app.interviews
    assert interview.starts_at == datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
    assert interview.local_starts_at().isoformat() == "2026-11-24T10:00:00+01:00"
    assert interview.ends_at - interview.starts_at == timedelta(minutes=45)
    assert interview.interviewers[0].linkedin_url == "https://www.linkedin.com/in/anaruiz"
    assert app.created_at == NOW
    exported = json_format.export_document([app])["applications"][0]["interviews"][0]
    assert exported["starts_at"] == "2026-11-24T10:00:00+01:00"  # shown back exactly as written


def test_a_naive_start_time_takes_the_named_zone() -> None:
    document = doc(interviews=[{"starts_at": "2026-07-01T10:00:00", "time_zone": "Europe/Madrid"}])
    [app] = json_format.parse(document, now=NOW)
    assert app.interviews[0].starts_at == datetime(2026, 7, 1, 8, 0, tzinfo=UTC)  # summer time, +02:00


def test_a_byte_order_mark_is_accepted() -> None:
    assert json_format.parse(b"\xef\xbb\xbf" + MINIMAL.read_bytes(), now=NOW)[0].company == "Acme"


def test_full_record_survives_and_exports_readably() -> None:
    app = full_application()
    text_out = json_format.dumps(json_format.export_document([app]))
    assert "Núñez" in text_out and "عمر" in text_out
    assert json_format.parse(text_out.encode(), now=NOW) == [app]


# --- malformed files ----------------------------------------------------------------------------


def doc(**application: Any) -> bytes:
    return json.dumps(
        {"format": "afterview", "version": 1, "applications": [{"company": "Acme", **application}]}
    ).encode()


MALFORMED: dict[str, tuple[bytes, str]] = {
    "not json": (b"{ this is not json", "the file is not valid JSON: Expecting property name enclosed in double quotes (line 1, column 3)."),
    "truncated": (MINIMAL.read_bytes()[:100], "the file is not valid JSON"),
    "not utf-8": ("{\"format\": \"afterview\", \"company\": \"Müller\"}".encode("latin-1"), "the file is not UTF-8 text"),
    "a list": (b"[]", "the file must hold a JSON object"),
    "another format": (b'{"format": "trello", "version": 1, "applications": []}', "this is not an Afterview file"),
    "no version": (b'{"format": "afterview", "applications": []}', "\"version\" must be the number 1, not null."),
    "newer version": (b'{"format": "afterview", "version": 2, "applications": []}', "Update Afterview to import it."),
    "version as text": (b'{"format": "afterview", "version": "1", "applications": []}', '"version" must be the number 1, not "1".'),
    "version as true": (b'{"format": "afterview", "version": true, "applications": []}', '"version" must be the number 1, not true.'),
    "a repeated field": (b'{"format": "afterview", "version": 1, "applications": [{"company": "A", "company": "B"}]}', "the field 'company' appears twice"),
    "an application that is a number": (b'{"format": "afterview", "version": 1, "applications": [1]}', "applications[0]: must be an object {…}, not a number."),
    "a decimal duration": (doc(interviews=[{"starts_at": "2026-11-24T10:00:00+01:00", "duration_minutes": 45.5}]), "must be a whole number, not a decimal number."),
    "applications not a list": (b'{"format": "afterview", "version": 1, "applications": {}}', '"applications" must be a list'),
    "missing company": (json.dumps({"format": "afterview", "version": 1, "applications": [{"position": "x"}]}).encode(), "applications[0].company: is required."),
    "blank company": (doc(company="  "), "applications[0].company: is required."),
    "company is a number": (doc(company=42), "applications[0].company: must be text, not a number."),
    "unknown stage": (doc(stage="hired"), "applications[0].stage: 'hired' is not one of: applied, screening"),
    "bad decision date": (doc(decision_expected_on="2026-13-45"), "applications[0].decision_expected_on: '2026-13-45' is not a date (expected YYYY-MM-DD"),
    "date in another style": (doc(decision_expected_on="05/12/2026"), "'05/12/2026' is not a date"),
    "bad start time": (doc(interviews=[{"starts_at": "tomorrow at ten"}]), "applications[0].interviews[0].starts_at: 'tomorrow at ten' is not a date and time"),
    "start time without offset": (doc(interviews=[{"starts_at": "2026-11-24T10:00:00"}]), "needs a UTC offset"),
    "missing start time": (doc(interviews=[{"duration_minutes": 30}]), "applications[0].interviews[0].starts_at: is required."),
    "unknown time zone": (doc(interviews=[{"starts_at": "2026-11-24T10:00:00+01:00", "time_zone": "Mars/Base"}]), "'Mars/Base' is not a known time zone"),
    "duration as text": (doc(interviews=[{"starts_at": "2026-11-24T10:00:00+01:00", "duration_minutes": "45"}]), "duration_minutes: must be a whole number, not text."),
    "negative duration": (doc(interviews=[{"starts_at": "2026-11-24T10:00:00+01:00", "duration_minutes": -5}]), "The interview must end after it starts"),
    "interviewers not a list": (doc(interviews=[{"starts_at": "2026-11-24T10:00:00+01:00", "interviewers": "Ana"}]), "interviewers: must be a list […], not text."),
    "bad email": (doc(interviews=[{"starts_at": "2026-11-24T10:00:00+01:00", "interviewers": [{"name": "Ana", "email": "ana@"}]}]), "'ana@' is not a valid email address"),
    "rating out of range": (doc(interviews=[{"starts_at": "2026-11-24T10:00:00+01:00", "assessment": {"overall_rating": 9}}]), "Overall rating must be a whole number from 1 to 5 (got 9)."),
    "a typo in a field name": (doc(compnay="Acme"), "applications[0].compnay: unknown field"),
    "huge company name": (doc(company="A" * 100_000), "Company is too long: at most 200 characters, this has 100,000."),
    "huge notes": (doc(notes="n" * 1_000_000), "Notes is too long: at most 20,000 characters, this has 1,000,000."),
    "duplicate ids": (json.dumps({"format": "afterview", "version": 1, "applications": [{"id": "x", "company": "A"}, {"id": "x", "company": "B"}]}).encode(), "applications[1].id: the id 'x' is used by two applications."),
    "duplicate ids after a bad one": (json.dumps({"format": "afterview", "version": 1, "applications": [{"company": ""}, {"id": "x", "company": "A"}, {"id": "x", "company": "B"}]}).encode(), "applications[0].company: is required; applications[2].id: the id 'x' is used by two applications."),
    "too deep": (b'{"format": "afterview", "version": 1, "applications": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "nested too deeply"),
}  # fmt: skip


@pytest.mark.parametrize(("payload", "expected"), MALFORMED.values(), ids=MALFORMED.keys())
def test_a_malformed_file_gets_a_clear_message(payload: bytes, expected: str) -> None:
    with pytest.raises(json_format.ImportProblem) as raised:
        json_format.parse(payload, now=NOW)
    message = str(raised.value)
    assert expected in message
    assert "\n" not in message and len(message) < 400


def test_many_problems_are_summarised_on_one_line() -> None:
    payload = json.dumps({"format": "afterview", "version": 1, "applications": [{"company": ""}] * 5}).encode()
    with pytest.raises(json_format.ImportProblem) as raised:
        json_format.parse(payload, now=NOW)
    assert str(raised.value) == (
        "applications[0].company: is required; applications[1].company: is required; "
        "applications[2].company: is required (and 2 more problems)."
    )
    assert len(raised.value.errors) == 5


def test_an_oversized_file_is_refused_before_parsing() -> None:
    with pytest.raises(json_format.ImportProblem, match="too large"):
        json_format.parse(b" " * (MAX_IMPORT_BYTES + 1), now=NOW)


# --- CSV ----------------------------------------------------------------------------------------


def test_csv_has_a_byte_order_mark_and_one_row_per_interview() -> None:
    import csv
    import io

    app = full_application()
    app.interviews.append(Interview(starts_at=NOW, time_zone="America/New_York", interviewers=[Interviewer("Bo")]))
    bare = Application(company='Comma, "Quote" Inc', notes="line one\nline two")
    text_out = export_csv([app, bare])
    assert text_out.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text_out[1:])))
    assert list(rows[0]) == list(COLUMNS)
    assert [row["company"] for row in rows] == [app.company, app.company, bare.company]
    assert rows[0]["interview_starts_at"] == "2026-11-24T10:00:00+01:00"
    assert (
        rows[0]["interviewers"]
        == "Ana Ruiz Peña (Jefa de equipo) <ana@nunez.example>; عمر الفاروق (مدير) <omar@nunez.example>"
    )
    assert rows[1]["interview_starts_at"] == "2026-11-25T04:00:00-05:00"
    assert rows[2]["application_notes"] == "line one\nline two" and rows[2]["interview_round"] == ""
