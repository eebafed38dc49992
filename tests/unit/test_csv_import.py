"""CSV import: the exact round trip with the export, spreadsheets' own headers and dates, row-level
messages that name the column, grouping, choosing rows, and clear refusals of files that are not CSV."""

from __future__ import annotations

import codecs
import string
from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from afterview.domain.model import (
    Application,
    Assessment,
    Interview,
    Interviewer,
    InterviewFormat,
    Outcome,
    OutcomeKind,
    Stage,
)
from afterview.interchange.csv_format import COLUMNS, export_csv
from afterview.interchange.csv_import import (
    FIELDS,
    MAX_ROWS,
    CsvPreview,
    RowResult,
    Sheet,
    guess_mapping,
    mapping_problems,
    preview,
    read_sheet,
)
from afterview.interchange.json_format import ImportProblem
from tests.support.builders import MADRID, NOW
from tests.support.samples import sample_applications


def read(text: str | bytes, zone: timezone | ZoneInfo = MADRID) -> CsvPreview:
    """Read, map by guessing, and preview a CSV text, as the dialog does with its defaults."""
    sheet = read_sheet(text.encode() if isinstance(text, str) else text)
    return preview(sheet, guess_mapping(sheet.headers), zone=zone, now=NOW)


def only_row(text: str, zone: timezone | ZoneInfo = MADRID) -> RowResult:
    [row] = read(text, zone).rows
    return row


def only_app(text: str, zone: timezone | ZoneInfo = MADRID) -> Application:
    result = read(text, zone)
    assert [row.errors for row in result.rows if row.errors] == []
    [app] = result.applications()
    return app


def round_trip(apps: list[Application]) -> tuple[str, str]:
    first = export_csv(apps)
    sheet = read_sheet(first.encode())
    mapping = guess_mapping(sheet.headers)
    assert set(mapping) == set(COLUMNS)  # every export column found by its own name
    result = preview(sheet, mapping, zone=MADRID, now=NOW)
    assert [row.errors for row in result.rows if row.errors] == []
    imported = result.applications()
    for app in imported:
        app.validate()
    return first, export_csv(imported)


# --- the round trip ---------------------------------------------------------------------------


def test_export_import_export_is_exact() -> None:
    first, second = round_trip(sample_applications())
    assert second == first


def test_the_round_trip_keeps_the_values() -> None:
    original = sample_applications()
    sheet = read_sheet(export_csv(original).encode())
    imported = preview(sheet, guess_mapping(sheet.headers), zone=MADRID, now=NOW).applications()
    assert [app.company for app in imported] == [app.company for app in original]
    app, rejected, bare = imported
    assert app.notes == 'Línea 1\nLínea 2 "citada"'
    assert [i.time_zone for i in app.interviews] == ["Europe/Madrid", "America/New_York", "+05:30"]
    assert [i.starts_at for i in app.interviews] == [i.starts_at for i in original[0].interviews]
    second = app.interviews[1]
    assert second.round_name == '=HYPERLINK("http://evil.example")'  # the apostrophe guard is gone
    assert [(p.name, p.title, p.email) for p in second.interviewers] == [
        ("Bo Li", "CTO, co-founder", "bo@x.example"),
        ("@handle", "", ""),
        ("María José", "MJ", ""),  # a bracketed nickname reads as a title: the same text once exported
    ]
    assert second.assessment == Assessment(overall_rating=2) and app.interviews[2].assessment is None
    assert rejected.position == "'Quoted' analyst" and rejected.decision_timeline == "'=1+1'"
    assert rejected.outcome == Outcome(OutcomeKind.REJECTED, recorded_at=NOW)
    assert rejected.notes == "line one\nline two\r\nline three"
    assert bare.stage is Stage.NO_RESPONSE and bare.interviews == []
    assert {imported_app.created_at for imported_app in imported} == {NOW}
    ids = [a.id for a in imported] + [i.id for a in imported for i in a.interviews]
    assert len(set(ids)) == len(ids) and not set(ids) & {a.id for a in original}


line_text = st.text(st.characters(exclude_categories=("Cs", "Cc")), max_size=12)
long_text = st.text(st.characters(exclude_categories=("Cs", "Cc"), include_characters="\n\r"), max_size=20)
non_blank = line_text.filter(lambda value: value.strip() != "")
# The interviewers cell is structured ("Name (Title) <email>; …"): names and titles without its
# separators, and without spaces around them (they are trimmed).
person_text = st.text(st.characters(exclude_categories=("Cs", "Cc", "Z"), exclude_characters=";()<>"), max_size=10)
emails = st.just("") | st.builds(
    lambda user, host: f"{user}@{host}.example",
    st.text(string.ascii_lowercase, min_size=1, max_size=6),
    st.text(string.ascii_lowercase, min_size=1, max_size=6),
)
instants = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2060, 1, 1), timezones=st.just(UTC))


@st.composite
def csv_interviews(draw: st.DrawFn) -> Interview:
    rating = draw(st.none() | st.integers(1, 5))
    return Interview(
        starts_at=draw(instants),
        time_zone=draw(st.sampled_from(["UTC", "Europe/Madrid", "America/New_York", "+05:30", "-03:30"])),
        duration_minutes=draw(st.integers(1, 24 * 60)),
        round_name=draw(line_text),
        format=draw(st.sampled_from(InterviewFormat)),
        location=draw(line_text),
        notes=draw(long_text),
        interviewers=draw(
            st.lists(st.builds(Interviewer, name=person_text.filter(bool), title=person_text, email=emails), max_size=3)
        ),
        assessment=None if rating is None else Assessment(overall_rating=rating),
    )


@st.composite
def csv_applications(draw: st.DrawFn) -> Application:
    return Application(
        company=draw(non_blank),
        position=draw(line_text),
        stage=draw(st.sampled_from(Stage)),
        job_url=draw(st.sampled_from(["", "https://jobs.example/1?a=b&c=d"])),
        location=draw(line_text),
        notes=draw(long_text),
        decision_expected_on=draw(st.none() | st.dates(date(2000, 1, 1), date(2060, 1, 1))),
        decision_timeline=draw(line_text),
        next_step=draw(line_text),
        outcome=draw(st.none() | st.builds(Outcome, kind=st.sampled_from(OutcomeKind), recorded_at=instants)),
        lessons_learned=draw(long_text),
        # Two interviews of one application at the same moment are one interview to the importer.
        interviews=draw(st.lists(csv_interviews(), max_size=3, unique_by=lambda interview: interview.starts_at)),
    )


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Applications sharing a company (ignoring case and spacing), position and the other application
# fields are one application to the importer, so the generated ones differ by company.
@given(
    st.lists(csv_applications(), min_size=1, max_size=4, unique_by=lambda app: " ".join(app.company.casefold().split()))
)
def test_any_exported_applications_round_trip_exactly(apps: list[Application]) -> None:
    for app in apps:
        app.validate()
    first, second = round_trip(apps)
    assert second == first


# --- reading the file -------------------------------------------------------------------------

SPANISH = (
    "Empresa;Puesto;Estado;Fecha entrevista;Hora;Entrevistador;Correo;Notas;Valoración;Duración;Modalidad\r\n"
    'Compañía Ñandú;Analista;Entrevista;25/11/2026;10:30;Ana Ruiz;ana@x.example;"Muy bien; repetir";4;45;Presencial\r\n'
    "Café Olé;Becario;Rechazado;;;;;Sin noticias;;;\r\n"
)


@pytest.mark.parametrize(
    ("encoding", "prefix"), [("cp1252", b""), ("utf-8", codecs.BOM_UTF8), ("utf-8", b""), ("utf-16", b"")]
)
def test_a_spanish_excel_file_reads_in_any_of_its_encodings(encoding: str, prefix: bytes) -> None:
    payload = prefix + SPANISH.encode(encoding)
    sheet = read_sheet(payload)
    assert sheet.delimiter == ";"
    assert sheet.headers[0] == "Empresa" and sheet.headers[8] == "Valoración"
    assert guess_mapping(sheet.headers) == {
        "company": 0, "position": 1, "stage": 2, "application_notes": 7, "interview_starts_at": 3,
        "interview_time": 4, "duration_minutes": 9, "format": 10, "interviewers": 5, "interviewer_email": 6,
        "overall_rating": 8,
    }  # fmt: skip
    result = preview(sheet, guess_mapping(sheet.headers), zone=MADRID, now=NOW)
    assert [(row.line, row.company, row.interview, row.errors) for row in result.rows] == [
        (2, "Compañía Ñandú", "2026-11-25 10:30", []),
        (3, "Café Olé", "", []),
    ]
    first, second = result.applications()
    assert (first.stage, first.notes, second.stage, second.notes) == (
        Stage.INTERVIEWING, "Muy bien; repetir", Stage.REJECTED, "Sin noticias",
    )  # fmt: skip
    [interview] = first.interviews
    assert interview.starts_at == datetime(2026, 11, 25, 9, 30, tzinfo=UTC)  # 10:30 in Madrid, winter
    assert (interview.time_zone, interview.duration_minutes, interview.format) == (
        "Europe/Madrid", 45, InterviewFormat.IN_PERSON,
    )  # fmt: skip
    assert [(p.name, p.email) for p in interview.interviewers] == [("Ana Ruiz", "ana@x.example")]
    assert interview.assessment == Assessment(overall_rating=4)


def test_the_encoding_read_is_reported() -> None:
    assert read_sheet(SPANISH.encode("cp1252")).encoding == "Windows-1252"
    assert read_sheet(codecs.BOM_UTF8 + SPANISH.encode()).encoding == "UTF-8"
    assert read_sheet(SPANISH.encode("utf-16")).encoding == "UTF-16"


def test_quoted_cells_with_delimiters_quotes_and_line_breaks_keep_spreadsheet_row_numbers() -> None:
    sheet = read_sheet(
        b'Company,Notes\r\n"Acme, Inc.","He said ""hi""\nthen\nleft"\r\n\r\n,\r\nBeta,\r\nGamma,x,extra cell\r\n'
    )
    assert sheet.headers == ["Company", "Notes", "Column 3"]  # a cell beyond the header gets a column
    assert sheet.rows == [
        ["Acme, Inc.", 'He said "hi"\nthen\nleft', ""],
        ["Beta", "", ""],
        ["Gamma", "x", "extra cell"],
    ]
    assert [sheet.line(index) for index in range(3)] == [2, 5, 6]  # blank rows 3 and 4 skipped


def test_a_sheet_made_by_hand_numbers_rows_from_two() -> None:
    assert Sheet(["Company"], [["Acme"], ["Beta"]]).line(1) == 3


def test_blank_and_repeated_headers_are_shown_and_the_first_is_used() -> None:
    sheet = read_sheet(b"Empresa,,Empresa,Notas\nAcme,x,Other,n\n")
    assert sheet.headers == ["Empresa", "Column 2", "Empresa", "Notas"]
    assert guess_mapping(sheet.headers) == {"company": 0, "application_notes": 3}


def test_excel_sep_line_tabs_and_old_mac_line_ends() -> None:
    assert read_sheet(b"sep=|\r\nCompany|Position\r\nAcme|Analyst\r\n").rows == [["Acme", "Analyst"]]
    assert read_sheet(b"sep=|\r\nCompany|Position\r\nAcme|Analyst\r\n").line(0) == 2  # Excel hides the sep line
    assert read_sheet(b"Company\tPosition\nAcme\tAnalyst, junior\n").rows == [["Acme", "Analyst, junior"]]
    assert read_sheet(b"Company;Notes\rAcme;a, b\r").rows == [["Acme", "a, b"]]


def test_text_after_a_closing_quote_is_read_as_spreadsheets_do() -> None:
    assert read_sheet(b'Company,Position\n"Acme" ,x\n').rows == [["Acme ", "x"]]


def test_a_plain_cell_starting_with_an_apostrophe_is_kept() -> None:
    # Only the export's guard (an apostrophe before = + - @ or another apostrophe) is removed.
    assert read_sheet(b"Company,Notes\n'Acme',''=x\n").rows == [["'Acme'", "'=x"]]


def test_the_malformed_file_list_is_long_enough() -> None:
    assert len(MALFORMED) >= 10


MALFORMED: dict[str, tuple[bytes, str]] = {
    "empty": (b"", "the file is empty."),
    "only spaces and line breaks": (b"  \r\n\r\n\t\n", "the file is empty."),
    "only delimiters": (b",,,\r\n,,\r\n", "the file has no rows: every line is blank."),
    "header only": (b"company,position\r\n", "the file has a header row but no rows below it"),
    "header and blank rows": (b"company,position\r\n\r\n,\r\n", "the file has a header row but no rows below it"),
    "no header row": (b"2026-11-25,45,3\r\n2026-11-26,30,4\r\n", "row 1 should name the columns"),
    "an xlsx workbook": (b"PK\x03\x04\x14\x00\x06\x00" + bytes(40), "Excel (.xlsx)"),
    "an old xls workbook": (bytes.fromhex("d0cf11e0a1b11ae1") + bytes(40), "old Excel (.xls) workbook"),
    "a PDF": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "this is a PDF document"),
    "NUL bytes": (b"company,position\r\nAcme\x00,x\r\n", "it contains NUL bytes"),
    "binary junk": (bytes(range(256)) * 4, "it contains NUL bytes"),
    "UTF-16 cut short": (codecs.BOM_UTF16_LE + b"a", "starts like UTF-16 text"),
    "neither UTF-8 nor Windows-1252": (b"company\r\nAcme \x81\x8d\r\n", "neither UTF-8 nor Windows-1252"),
    "an unterminated quote": (b'company,notes\r\nAcme,"never closed\r\nBeta,x\r\n', 'row 2: a cell starts with a quote (") that is never closed'),
    "a JSON export": (b'{"format": "afterview", "version": 1, "applications": []}', "this looks like a JSON file"),
    "a huge cell": (b"company,notes\r\nAcme," + b"x" * 200_000 + b"\r\n", "row 2 has a cell longer than"),
    "too many columns": (b",".join([b"h"] * 501) + b"\r\nAcme\r\n", "the file has 501 columns (at most 500)"),
    "too many rows": (b"company\r\n" + b"Acme\r\n" * (MAX_ROWS + 1), "more than 10,000 rows; split it"),
}  # fmt: skip


@pytest.mark.parametrize(("payload", "expected"), MALFORMED.values(), ids=MALFORMED.keys())
def test_a_malformed_file_gets_a_clear_message(payload: bytes, expected: str) -> None:
    with pytest.raises(ImportProblem) as raised:
        read_sheet(payload)
    message = str(raised.value)
    assert expected in message
    assert "\n" not in message and len(message) < 300


def test_the_row_limit_counts_data_rows() -> None:
    assert len(read_sheet(b"company\r\n" + b"Acme\r\n" * MAX_ROWS).rows) == MAX_ROWS


# --- matching columns -------------------------------------------------------------------------


def test_english_headers_are_recognised() -> None:
    headers = [
        "Company Name", "Job title", "Status", "Interview date", "Time", "Time zone", "Interviewer(s)", "E-mail",
        "Interview notes", "Notes", "Location", "URL", "Duration (minutes)", "Type", "Decision date", "Rating",
        "Outcome", "Lessons learned", "Round", "Next step", "Timeline", "Interview location",
    ]  # fmt: skip
    assert guess_mapping(headers) == {
        "company": 0, "position": 1, "stage": 2, "decision_expected_on": 14, "decision_timeline": 20,
        "next_step": 19, "job_url": 11, "location": 10, "application_notes": 9, "outcome": 16,
        "lessons_learned": 17, "interview_round": 18, "interview_starts_at": 3, "interview_time": 4,
        "interview_time_zone": 5, "duration_minutes": 12, "format": 13, "interview_location": 21,
        "interview_notes": 8, "interviewers": 6, "interviewer_email": 7, "overall_rating": 15,
    }  # fmt: skip


def test_spanish_headers_are_recognised() -> None:
    headers = [
        "Compañía", "Cargo", "Etapa", "Fecha de la entrevista", "HORA", "Zona horaria", "Entrevistador(es)",
        "Correo electrónico", "Notas de la entrevista", "Comentarios", "Ubicación", "Oferta", "Duración",
        "Modalidad", "Fecha de decisión", "Nota", "Resultado", "Aprendizajes", "Fase de entrevista",
        "Próximo paso", "Plazo", "Lugar de la entrevista",
    ]  # fmt: skip
    assert guess_mapping(headers) == {
        "company": 0, "position": 1, "stage": 2, "decision_expected_on": 14, "decision_timeline": 20,
        "next_step": 19, "job_url": 11, "location": 10, "application_notes": 9, "outcome": 16,
        "lessons_learned": 17, "interview_round": 18, "interview_starts_at": 3, "interview_time": 4,
        "interview_time_zone": 5, "duration_minutes": 12, "format": 13, "interview_location": 21,
        "interview_notes": 8, "interviewers": 6, "interviewer_email": 7, "overall_rating": 15,
    }  # fmt: skip


@pytest.mark.parametrize(
    ("header", "key"),
    [
        ("Organization", "company"), ("Empresa ", "company"), ("Puesto", "position"), ("Vacante", "position"),
        ("Role", "position"), ("Estado", "stage"), ("Fase", "stage"), ("Fecha", "interview_starts_at"),
        ("Día", "interview_starts_at"), ("Fecha (dd/mm/aaaa)", "interview_starts_at"), ("Hora", "interview_time"),
        ("Contacto", "interviewers"), ("Contact", "interviewers"), ("Correo", "interviewer_email"),
        ("Notas", "application_notes"), ("Ciudad", "location"), ("Link", "job_url"), ("Tipo", "format"),
        ("Respuesta esperada", "decision_expected_on"), ("Valoración", "overall_rating"),
        ("Lecciones", "lessons_learned"), ("Ronda", "interview_round"), ("interview_starts_at", "interview_starts_at"),
        ("Application notes", "application_notes"), ("Notes (interview)", "interview_notes"),
    ],
)  # fmt: skip
def test_a_single_header_is_recognised(header: str, key: str) -> None:
    assert guess_mapping([header]) == {key: 0}


def test_unknown_headers_are_left_for_the_user() -> None:
    assert guess_mapping(["Salary", "Nombre", "", "Column 4"]) == {}


def test_each_field_takes_the_best_column_and_each_column_one_field() -> None:
    # "Notes" by the export's own name beats "Notas"; the second "Company" column stays free.
    assert guess_mapping(["Notas", "application_notes", "Company", "Empresa"]) == {"company": 2, "application_notes": 1}


def test_fields_cover_every_export_column() -> None:
    keys = [item.key for item in FIELDS]
    assert set(COLUMNS) <= set(keys) and {"interview_time", "interviewer_email"} <= set(keys)
    assert len(keys) == len(set(keys))
    assert [item.key for item in FIELDS if item.required] == ["company"]


def test_mapping_problems() -> None:
    assert mapping_problems({"company": 0}) == []
    assert mapping_problems({}) == ["Choose the column that holds the company."]
    assert mapping_problems({"company": 0, "position": 0}) == [
        "Column 1 is chosen for both Company and Position; choose it for one only."
    ]
    assert mapping_problems({"company": 0, "interview_time": 1, "interviewers": 2}) == [
        "Choose the column that holds the interview date too (needed for: Interview time, Interviewers)."
    ]
    assert mapping_problems({"company": 0, "interview_starts_at": 1, "interviewer_email": 2}) == [
        "An interviewer's email needs a name: choose the column that holds the interviewers too."
    ]
    assert mapping_problems({"company": 0, "salary": 1}) == ["'salary' is not an Afterview field."]


def test_preview_refuses_a_mapping_with_problems() -> None:
    sheet = Sheet(["Company"], [["Acme"]])
    with pytest.raises(ValueError, match="Choose the column that holds the company"):
        preview(sheet, {}, zone=MADRID, now=NOW)
    with pytest.raises(ValueError, match="column 2 is not in the file"):
        preview(sheet, {"company": 1}, zone=MADRID, now=NOW)


# --- values -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("2026-11-25T10:00", "2026-11-25T10:00:00+01:00"),
        ("2026-11-25 10:00:00", "2026-11-25T10:00:00+01:00"),
        ("2026-11-25T10:00:00-05:00", "2026-11-25T10:00:00-05:00"),
        ("2026-11-25T15:00Z", "2026-11-25T15:00:00+00:00"),
        ("25/11/2026 10:00", "2026-11-25T10:00:00+01:00"),
        ("25-11-2026 10:00:00", "2026-11-25T10:00:00+01:00"),
        ("25.11.2026 9.30", "2026-11-25T09:30:00+01:00"),
        ("2026/11/25 16:45", "2026-11-25T16:45:00+01:00"),
        ("5/1/26 10h30", "2026-01-05T10:30:00+01:00"),
        ("25/11/2026 3 pm", "2026-11-25T15:00:00+01:00"),
        ("25/11/2026 12:15 a. m.", "2026-11-25T00:15:00+01:00"),
        (" 1/7/2026 10:00 ", "2026-07-01T10:00:00+02:00"),  # day first, summer time
    ],
)
def test_dates_and_times_in_spreadsheet_styles(cell: str, expected: str) -> None:
    app = only_app(f"Company,Date\nAcme,{cell}\n")
    [interview] = app.interviews
    assert interview.local_starts_at().isoformat() == expected


def test_an_offset_in_the_cell_keeps_the_offset_as_the_zone_unless_it_is_the_users() -> None:
    other = only_app("Company,Date\nAcme,2026-11-25T10:00:00-05:00\n").interviews[0]
    same = only_app("Company,Date\nAcme,2026-11-25T10:00:00+01:00\n").interviews[0]
    assert (other.time_zone, same.time_zone) == ("-05:00", "Europe/Madrid")


def test_a_date_column_with_a_day_above_12_in_second_place_reads_month_first() -> None:
    result = read("Company,Date\nA,11/25/2026 10:00 AM\nB,12/01/2026 2:30 PM\n")
    assert [row.interview for row in result.rows] == ["2026-11-25 10:00", "2026-12-01 14:30"]
    mixed = read("Company,Date\nA,11/25/2026\nB,25/11/2026\n")  # both orders: day first, the odd one is wrong
    assert mixed.rows[0].errors == ['Date: "11/25/2026" is not a date (write it like 2026-11-25 or 25/11/2026).']


def test_a_separate_time_column_and_a_time_zone_column() -> None:
    app = only_app(
        "Empresa,Fecha,Hora,Zona horaria\nAcme,25/11/2026,10:00,America/New_York\n"
        "Acme,2026-11-26 00:00:00,11:30,america/new_york\n"
    )
    assert [(i.local_starts_at().isoformat(), i.time_zone) for i in app.interviews] == [
        ("2026-11-25T10:00:00-05:00", "America/New_York"),
        ("2026-11-26T11:30:00-05:00", "America/New_York"),  # Excel's midnight, then the time column
    ]


@pytest.mark.parametrize(
    ("cell", "zone", "shown"),
    [
        ("Europe/Madrid", "Europe/Madrid", "2026-11-25 10:00"),
        ("asia/kolkata", "Asia/Kolkata", "2026-11-25 10:00 (Asia/Kolkata)"),
        ("UTC", "UTC", "2026-11-25 10:00 (UTC)"),
        ("+5:30", "+05:30", "2026-11-25 10:00 (+05:30)"),
        ("GMT-3", "-03:00", "2026-11-25 10:00 (-03:00)"),
        ("'-03:30", "-03:30", "2026-11-25 10:00 (-03:30)"),  # as the export writes it, guarded
    ],
)
def test_time_zone_cells(cell: str, zone: str, shown: str) -> None:
    row = only_row(f"Company,Date,Time zone\nAcme,2026-11-25 10:00,{cell}\n")
    assert (row.errors, row.interview) == ([], shown)
    [interview] = read(f"Company,Date,Time zone\nAcme,2026-11-25 10:00,{cell}\n").applications()[0].interviews
    assert interview.time_zone == zone and interview.local_starts_at().hour == 10


def test_a_date_without_a_time_is_at_nine_in_the_morning_with_a_warning() -> None:
    row = only_row("Empresa,Fecha\nAcme,25/11/2026\n")
    assert row.ok and row.interview == "2026-11-25 09:00"
    assert row.warnings == ["Fecha: no time given; 09:00 assumed."]


def test_a_time_in_a_daylight_saving_gap_lands_after_it() -> None:
    [interview] = only_app("Company,Date\nAcme,2026-03-29 02:30\n").interviews
    assert interview.starts_at == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)  # 03:30 summer time


def test_a_fixed_offset_user_zone() -> None:
    [interview] = only_app("Company,Date\nAcme,2026-11-25 10:00\n", zone=timezone(timedelta(hours=-3))).interviews
    assert (interview.time_zone, interview.starts_at) == ("-03:00", datetime(2026, 11, 25, 13, 0, tzinfo=UTC))


@pytest.mark.parametrize(
    ("cell", "stage"),
    [
        ("applied", Stage.APPLIED), ("Enviada", Stage.APPLIED), ("solicitado", Stage.APPLIED),
        ("Cribado", Stage.SCREENING), ("PRESELECCIÓN", Stage.SCREENING), ("Entrevistas", Stage.INTERVIEWING),
        ("en proceso", Stage.INTERVIEWING), ("Final round", Stage.FINAL), ("ronda final", Stage.FINAL),
        ("Oferta", Stage.OFFER), ("Aceptada", Stage.ACCEPTED), ("contratado", Stage.ACCEPTED),
        ("Descartado", Stage.REJECTED), ("No seleccionado", Stage.REJECTED), ("Retirada", Stage.WITHDRAWN),
        ("no_response", Stage.NO_RESPONSE), ("Sin respuesta", Stage.NO_RESPONSE), ("ghosted", Stage.NO_RESPONSE),
    ],
)  # fmt: skip
def test_stage_words(cell: str, stage: Stage) -> None:
    assert only_app(f"Company,Stage\nAcme,{cell}\n").stage is stage


def test_a_blank_stage_depends_on_the_interview() -> None:
    result = read("Company,Stage,Date\nAcme,,25/11/2026 10:00\nBeta,,\n")
    assert [app.stage for app in result.applications()] == [Stage.INTERVIEWING, Stage.APPLIED]


@pytest.mark.parametrize(
    ("cell", "kind"),
    [("Presencial", InterviewFormat.IN_PERSON), ("in_person", InterviewFormat.IN_PERSON),
     ("Teléfono", InterviewFormat.PHONE), ("phone", InterviewFormat.PHONE), ("Videollamada", InterviewFormat.VIDEO),
     ("online", InterviewFormat.VIDEO), ("Remoto", InterviewFormat.VIDEO), ("", InterviewFormat.VIDEO)],
)  # fmt: skip
def test_format_words(cell: str, kind: InterviewFormat) -> None:
    assert only_app(f"Company,Date,Format\nAcme,25/11/2026 10:00,{cell}\n").interviews[0].format is kind


def test_other_values() -> None:
    app = only_app(
        "Company,Date,Duration,Rating,Outcome,Decision date,Interviewers\n"
        'Acme,25/11/2026 10:00,1:30,4/5,Sin respuesta,05/12/2026,"Ana (Lead) <ana@x.example>\nBo"\n'
    )
    [interview] = app.interviews
    assert (interview.duration_minutes, interview.assessment) == (90, Assessment(overall_rating=4))
    assert app.outcome == Outcome(OutcomeKind.NO_RESPONSE, recorded_at=NOW)
    assert app.decision_expected_on == date(2026, 12, 5)
    assert [(p.name, p.title, p.email) for p in interview.interviewers] == [
        ("Ana", "Lead", "ana@x.example"),
        ("Bo", "", ""),
    ]
    assert only_app("Company,Date,Duration\nAcme,25/11/2026 10:00,45 min\n").interviews[0].duration_minutes == 45


# --- row-level problems -----------------------------------------------------------------------

HEADER = "Empresa,Puesto,Estado,Fecha,Zona horaria,Duración,Valoración,Entrevistador,Correo,Oferta,Hora\n"


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (",Analista,,,,,,,,,", "Empresa is empty: every row needs the company."),
        ("Acme,,,mañana,,,,,,,", 'Fecha: "mañana" is not a date (write it like 2026-11-25 or 25/11/2026).'),
        ("Acme,,,31/02/2026,,,,,,,", 'Fecha: "31/02/2026" is not a date (write it like 2026-11-25 or 25/11/2026).'),
        ("Acme,,,25/11/1850,,,,,,,", 'Fecha: "25/11/1850" is not a date between the years 1900 and 2100.'),
        ("Acme,,contratadísimo,,,,,,,,", 'Estado: "contratadísimo" is not a stage (write one of: applied, screening, interviewing, final, offer, accepted, rejected, withdrawn, no_response).'),
        ("Acme,,,25/11/2026,,,7,,,,", 'Valoración: "7" is not a rating (write a whole number from 1 to 5).'),
        ("Acme,,,25/11/2026,,,,Ana,ana@,,", "Correo: 'ana@' is not a valid email address (expected something like name@company.com)."),
        ("Acme,,,25/11/2026,,,,Ana <ana@>,,,", "Entrevistador: 'ana@' is not a valid email address (expected something like name@company.com)."),
        ("Acme,,,25/11/2026,,,,Ana; Bo,ana@x.example,,", "Correo belongs to one interviewer, but Entrevistador names 2; write each email in <…> after the name."),
        ("Acme,,,25/11/2026,,abc,,,,,", 'Duración: "abc" is not a whole number of minutes (write it like 45; at most 1440).'),
        ("Acme,,,25/11/2026,,0,,,,,", "Duración: The interview must end after it starts (at least 1 minute long)."),
        ("Acme,,,25/11/2026,,2000,,,,,", "Duración: Duration is at most 1440 minutes (24 hours)."),
        ("Acme,,,25/11/2026,Mars/Base,,,,,,", 'Zona horaria: "Mars/Base" is not a known time zone (write it like Europe/Madrid or +01:00).'),
        ("Acme,,,25/11/2026,+25:00,,,,,,", 'Zona horaria: "+25:00" is not a known time zone (write it like Europe/Madrid or +01:00).'),
        ("A" * 300 + ",,,,,,,,,,", "Empresa: Company is too long: at most 200 characters, this has 300."),
        ("Acme,,,,,,,,,jobs.example,", "Oferta: 'jobs.example' is not a web address (it should start with https://)."),
        ("Acme,,,25/11/2026,,,,,,,25:00", 'Hora: "25:00" is not a time (write it like 10:00).'),
        ("Acme,,,25/11/2026 10:00,,,,,,,11:00", "Hora: 11:00 differs from the time in Fecha."),
        ("Acme,,,,,45,,Ana,,,", "Fecha is empty, but the row has interview details (Duración, Entrevistador): write the interview date, or clear those cells."),
        ("Acme,Ana\tanalyst,,,,,,,,,", "Puesto: Position contains a control character; remove it."),
    ],
)  # fmt: skip
def test_a_bad_cell_gets_a_message_naming_its_column(row: str, message: str) -> None:
    result = only_row(HEADER + row + "\n")
    assert result.errors == [message]
    assert not result.ok


def test_every_problem_of_a_row_is_reported() -> None:
    result = only_row(HEADER + "Acme,,nope,mañana,Mars/Base,abc,9,,,,\n")
    assert [error.split(":")[0] for error in result.errors] == [
        "Estado",
        "Fecha",
        "Zona horaria",
        "Duración",
        "Valoración",
    ]
    assert result.interview == "mañana"  # shown as written when it cannot be read


def test_rows_with_problems_are_left_out_and_good_ones_kept() -> None:
    result = read(HEADER + "Acme,,,mañana,,,,,,,\nBeta,,,,,,,,,,\n")
    assert [row.ok for row in result.rows] == [False, True]
    assert [app.company for app in result.applications()] == ["Beta"]


def test_a_blank_row_and_a_row_with_only_unmapped_cells_are_skipped() -> None:
    result = read("Company,Salary\nAcme,1\n,\n,2000\nBeta,\n")
    assert [(row.line, row.company) for row in result.rows] == [(2, "Acme"), (5, "Beta")]


# --- grouping and choosing rows ---------------------------------------------------------------

GROUPED = (
    "Company,Position,Stage,Date,Interviewers\n"
    "Acme,Analyst,interviewing,2026-11-24 10:00,Ana\n"
    "Beta,Intern,applied,,\n"
    " ACME ,analyst,interviewing,2026-11-26 10:00,Bo\n"  # the same application, spelt differently
    "Acme,Analyst,interviewing,2026-11-24 10:00,Ana\n"  # the same interview again
    "Acme,Analyst,offer,2026-12-01 10:00,Cy\n"  # a later round, and the process moved on
)


def test_rows_of_one_application_are_grouped_and_a_repeated_interview_kept_once() -> None:
    result = read(GROUPED)
    assert [row.warnings for row in result.rows][3] == [
        "The same interview as row 2 (same application and start): imported once."
    ]
    acme, beta = result.applications()
    assert (acme.company, acme.position) == ("Acme", "Analyst")  # the first row's spelling
    assert [(i.local_starts_at().day, i.interviewers[0].name) for i in acme.interviews] == [
        (24, "Ana"), (26, "Bo"), (1, "Cy"),
    ]  # fmt: skip
    assert acme.stage is Stage.OFFER  # the stage of the latest interview's row
    assert beta.interviews == [] and beta.stage is Stage.APPLIED


def test_rows_that_differ_keep_every_note_and_the_first_of_other_fields() -> None:
    [app] = read(
        "Empresa,Puesto,Fecha,Notas,Ubicación,Estado\n"
        "Iberdata,Analista,2026-11-24 10:00,Primera ronda por Teams,,final\n"
        "Iberdata,Analista,2026-11-18 10:00,Prueba técnica,Madrid,interviewing\n"
        "Iberdata,Analista,,Primera ronda por Teams,Sevilla,\n"
    ).applications()
    assert app.notes == "Primera ronda por Teams\n\nPrueba técnica"
    assert app.location == "Madrid"
    assert app.stage is Stage.FINAL  # from the row of the latest interview, not the last row
    assert len(app.interviews) == 2


def test_choosing_rows() -> None:
    result = read(GROUPED)
    assert result.applications([]) == []
    [acme] = result.applications([4])
    assert [i.interviewers[0].name for i in acme.interviews] == ["Bo"]
    chosen = result.applications((2, 3, 99))
    assert [(app.company, len(app.interviews)) for app in chosen] == [("Acme", 1), ("Beta", 0)]


def test_applications_are_valid_and_fresh_on_every_call() -> None:
    result = read(GROUPED)
    first, second = result.applications(), result.applications()
    for app in first:
        app.validate()
        assert app.created_at == NOW
    assert {app.id for app in first}.isdisjoint(app.id for app in second)
    assert first[0].interviews[0].interviewers[0].id != second[0].interviews[0].interviewers[0].id
    first[0].interviews.clear()  # changing what one call returned does not change the next
    assert len(result.applications()[0].interviews) == 3


def test_dates_that_read_two_ways_are_noted_when_the_sheet_does_not_tell() -> None:
    unclear = read("Company,Date\nAcme,01/02/2026 10:00\nBeta,03/03/2026 10:00\n")
    assert unclear.rows[0].warnings == ["Date: 01/02/2026 10:00 read as 2026-02-01 (day first)."]
    assert unclear.rows[1].warnings == []  # the same day either way
    clear = read("Company,Date\nAcme,01/02/2026 10:00\nBeta,25/03/2026 10:00\n")  # 25 can only be a day
    assert [row.warnings for row in clear.rows] == [[], []]


def test_a_time_the_clocks_skip_is_noted() -> None:
    [row] = read("Company,Date\nAcme,2026-03-29 02:30\n").rows  # Madrid goes from 02:00 to 03:00
    assert row.ok
    assert row.warnings == [
        "Date: 02:30 does not exist on 2026-03-29 in Europe/Madrid (the clocks went forward); 03:30 used."
    ]
