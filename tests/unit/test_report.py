"""The job-search report: what it tells (domain), and ``afterview report`` run as a user runs it:
text on the screen, CSV opened by LibreOffice, an A4 PDF read back by ``pdftotext``, in English and
in Spanish."""

from __future__ import annotations

import csv
import io
import os
import shutil
import signal
import stat
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

from afterview.domain.model import (
    Application,
    FollowUp,
    FollowUpKind,
    FollowUpState,
    Interview,
    Interviewer,
    Outcome,
    OutcomeKind,
    Stage,
)
from afterview.domain.plan import plan
from afterview.domain.report import Report, Summary, report
from afterview.domain.settings import Settings
from afterview.paths import AppPaths
from tests.support.cli import RunAfterview, assert_user_error
from tests.support.documents import history, pdf_text, store_history

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
MADRID = ZoneInfo("Europe/Madrid")
A4_POINTS = (595, 842)


def made(apps: list[Application], start: datetime | None = None, end: datetime | None = None) -> Report:
    return report(apps, plan(apps, Settings()), (start, end), NOW, MADRID, "Lucía Pérez")


def test_each_application_in_date_order_with_its_record_and_not_its_private_review() -> None:
    found = made(history(NOW))
    assert [chapter.title for chapter in found.chapters] == [
        "Acme Analytics — Junior analyst",
        "Núñez Datos — Analista de datos",
        "Acme Robotics — Intern",
    ]
    acme = found.chapters[0]
    assert acme.stage == "Not selected"
    assert [(row.day.isoformat(), row.event, row.what) for row in acme.rows] == [
        ("2026-10-16", "application", "Added to Afterview"),
        ("2026-10-26", "interview", "Interview: One-to-one interview"),
        ("2026-10-26", "letter sent", "Sent: Thank-you letter to Ana Ruiz"),
        ("2026-11-02", "follow-up", "Checked in with Acme Analytics (check-in 1)"),
        ("2026-11-05", "answer", "Not selected"),
        ("2026-11-05", "lessons", "Lessons learned"),
    ]
    assert "With Ana Ruiz (Team lead)" in acme.rows[1].details
    assert acme.rows[2].time == "15:00"  # sent at 14:00 UTC: Madrid's time
    everything = " ".join(f"{row.what} {row.details}" for row in found.rows)
    assert "You reviewed" not in everything and "I said I avoid conflicts" not in everything
    assert "Entrevista técnica" not in everything  # the round still to come is not a record yet


def test_the_summary_counts_applications_interviews_offers_and_thanks_on_time() -> None:
    apps = history(NOW)
    assert made(apps).summary == Summary(applications=3, interviews=2, offers=0, thanks_on_time=1, thanks_due=2)
    offered = Application("Globex", stage=Stage.OFFER, created_at=NOW - timedelta(days=1))
    offered.outcome = Outcome(OutcomeKind.OFFER, NOW - timedelta(hours=2))
    assert made([*apps, offered]).summary.offers == 1


def test_a_period_keeps_its_events_and_the_applications_with_any() -> None:
    found = made(history(NOW), datetime(2026, 11, 8, tzinfo=UTC), datetime(2026, 11, 22, tzinfo=UTC))
    assert [chapter.title for chapter in found.chapters] == [
        "Núñez Datos — Analista de datos",
        "Acme Robotics — Intern",
    ]
    assert found.summary == Summary(applications=2, interviews=1, offers=0, thanks_on_time=0, thanks_due=1)
    assert found.subtitle[:2] == ("Prepared for Lucía Pérez", "From Sun 08 Nov 2026 to Sun 22 Nov 2026")


def test_a_period_that_ends_ahead_is_reported_as_asked_with_the_interviews_planned_in_it() -> None:
    found = made(history(NOW), datetime(2026, 11, 20, tzinfo=MADRID), datetime(2026, 12, 5, tzinfo=MADRID))
    assert found.subtitle[1] == "From Fri 20 Nov 2026 to Fri 04 Dec 2026"  # not clipped to today
    [nunez] = [chapter for chapter in found.chapters if chapter.title.startswith("Núñez")]
    assert nunez.rows[-1].what == "Interview: Entrevista técnica (still to come)"
    assert nunez.rows[-1].day.isoformat() == "2026-11-28"
    assert found.summary.interviews == 0  # only the rounds held count


def test_reading_the_brief_is_not_part_of_the_record() -> None:
    apps = history(NOW)
    nunez = apps[1]
    upcoming = nunez.interviews[-1]
    nunez.follow_ups.append(
        FollowUp(FollowUpKind.READ_BRIEF, NOW - timedelta(hours=2), upcoming.id, state=FollowUpState.DONE,
                 done_at=NOW - timedelta(hours=1))
    )  # fmt: skip
    steps = plan(apps, Settings(brief_evening_before=True))
    assert any(step.kind is FollowUpKind.READ_BRIEF and step.state is FollowUpState.DONE for step in steps)
    found = report(apps, steps, (None, None), NOW, MADRID)
    assert not any("brief" in row.what for row in found.rows)


def test_the_paper_puts_the_summary_on_a_page_of_its_own() -> None:
    paper = made(history(NOW)).paper()
    assert [section.new_page for section in paper.sections] == [False, True, False, False]
    assert paper.sections[0].items[-1] == "Thank-you letters sent on time: 1 of 2"
    empty = made([]).paper()
    assert [section.paragraphs for section in empty.sections[1:]] == [("Nothing in this period.",)]


# --- the command line -------------------------------------------------------------------------


@pytest.fixture
def stored(paths: AppPaths) -> datetime:
    now = datetime.now(UTC)
    store_history(paths, history(now))
    return now


def test_the_text_report_goes_to_the_screen(stored: datetime, afterview: RunAfterview) -> None:
    done = afterview("report")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Job-search report\n")
    for fact in ("Prepared for Lucía Pérez", "Applications: 3", "Sent: Thank-you letter to Ana Ruiz", "Good rapport"):
        assert fact in done.stdout


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (("--from", "2026-13-01"), "--from: '2026-13-01' is not a date (expected e.g. 2026-11-25)."),
        (("--to", "next week"), "--to: 'next week' is not a date"),
        (("--from", "2026-11-20", "--to", "2026-11-01"), "the period ends (Sun 01 Nov 2026) before it starts"),
    ],
)
def test_bad_dates_are_one_clear_line(
    stored: datetime, afterview: RunAfterview, arguments: tuple[str, ...], message: str
) -> None:
    assert_user_error(afterview("report", *arguments), message)


def test_an_unknown_format_is_a_usage_error(stored: datetime, afterview: RunAfterview) -> None:
    done = afterview("report", "--format", "docx")
    assert done.returncode == 2 and "invalid choice" in done.stderr


LIBREOFFICE = shutil.which("libreoffice")


def libreoffice_cells(source: Path, folder: Path) -> list[list[str]]:
    """The cells LibreOffice reads in a CSV file (opened as UTF-8, saved as a spreadsheet, and that
    saved as CSV again, as test_csv_spreadsheet does with the data export)."""
    if LIBREOFFICE is None:
        pytest.skip("LibreOffice is not installed (no libreoffice on PATH); it is only needed for this check.")
    profile = (folder / "lo-profile").as_uri()
    env = {"PATH": os.environ.get("PATH", ""), "HOME": str(folder), "TMPDIR": str(folder), "LANG": "C.UTF-8"}
    steps = [
        ["--infilter=CSV:44,34,76,1", "--convert-to", "ods", "--outdir", str(folder / "ods"), str(source)],
        ["--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true", "--outdir", str(folder / "back"),
         str(folder / "ods" / f"{source.stem}.ods")],
    ]  # fmt: skip
    for arguments in steps:
        command = [LIBREOFFICE, "--headless", "--norestore", f"-env:UserInstallation={profile}", *arguments]
        process = subprocess.Popen(
            command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True, text=True
        )
        try:
            output, _ = process.communicate(timeout=120)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            pytest.fail("LibreOffice did not finish within 120 s")
        assert process.returncode == 0, output
    text = (folder / "back" / f"{source.stem}.csv").read_text(encoding="utf-8")
    return list(csv.reader(io.StringIO(text)))


def test_the_csv_report_opens_in_libreoffice_one_row_per_event(
    stored: datetime, afterview: RunAfterview, tmp_path: Path
) -> None:
    target = tmp_path / "report.csv"
    done = afterview("report", "--format", "csv", "-o", str(target))
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    payload = target.read_bytes()
    assert payload.startswith("\ufeff".encode())
    ours = list(csv.reader(io.StringIO(payload.decode("utf-8-sig"))))
    assert ours[0] == ["company", "position", "date", "time", "event", "what", "details"]
    assert len(ours) == 1 + 6 + 3 + 1  # Acme Analytics, Núñez Datos, Acme Robotics
    read = libreoffice_cells(target, tmp_path)
    assert read[0] == ours[0]
    assert [row[0] for row in read[1:]] == [row[0] for row in ours[1:]]
    letter = next(row for row in read if row[5] == "Sent: Thank-you letter to Ana Ruiz")
    assert letter[:2] == ["Acme Analytics", "Junior analyst"] and letter[4] == "letter sent"
    assert letter[6] == "Subject: Thank you"
    assert any(row[0] == "Núñez Datos" and row[4] == "interview" and "Luis Gil" in row[6] for row in read)


def many(now: datetime) -> list[Application]:
    """Forty applications with an interview each: more than one page of report."""
    return [_one_of_many(now, index) for index in range(40)]


def _one_of_many(now: datetime, index: int) -> Application:
    interview = Interview(
        now - timedelta(days=50 - index), "Europe/Madrid", interviewers=[Interviewer(f"Person {index:02d}")]
    )
    return Application(
        f"Company {index:02d}", "Analyst", Stage.INTERVIEWING, interviews=[interview],
        created_at=now - timedelta(days=60 - index),
    )  # fmt: skip


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_pdf_report_is_a4_paginated_with_the_summary_first(
    paths: AppPaths, afterview: RunAfterview, subprocess_env: dict[str, str], tmp_path: Path, language: str
) -> None:
    now = datetime.now(UTC)
    store_history(paths, [*history(now), *many(now)])
    env = {**subprocess_env, "LANG": f"{language}_ES.UTF-8" if language == "es" else "en_GB.UTF-8"}
    env["LANGUAGE"] = language
    target = tmp_path / "report.pdf"
    done = afterview("report", "--format", "pdf", "-o", str(target), env=env)
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    pages = PdfReader(target).pages
    assert len(pages) > 2
    assert all((round(float(page.mediabox.width)), round(float(page.mediabox.height))) == A4_POINTS for page in pages)
    first = pdf_text_of_page(target, 1)
    assert "Lucía Pérez" in first and "43" in first  # the summary: 43 applications
    assert "Company 00" not in first  # the applications begin on the next page
    text = pdf_text(target)
    for fact in ("Acme Analytics", "Núñez Datos", "Ana Ruiz", "Luis Gil", "Person 39", "Good rapport"):
        assert fact in text
    last = pdf_text_of_page(target, len(pages))
    assert str(len(pages)) in last.split()  # the page number at its foot
    interview = history(now)[0].interviews[0].starts_at.astimezone(MADRID)
    if language == "es":
        # Spanish dates and stage names come from translations that exist already; the report's own
        # words ("Job-search report", "Summary" …) wait for the lead's Spanish and are not asserted.
        month = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]
        assert f"{interview.day:02d} {month[interview.month - 1]} {interview.year}, 10:00" in text
        assert "No seleccionada" in text  # the stage and the answer, as the window names them
    else:
        assert "Job-search report" in first and "Applications: 43" in first
        assert f"{interview:%a %d %b %Y}, 10:00" in text
        assert "Not selected" in text


def pdf_text_of_page(path: Path, page: int) -> str:
    reader = shutil.which("pdftotext")
    if reader is None:
        pytest.skip("pdftotext (poppler-utils) is not installed; it reads the PDFs back in this test.")
    command = [reader, "-layout", "-f", str(page), "-l", str(page), str(path), "-"]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def test_a_period_given_in_days_names_its_last_day(stored: datetime, afterview: RunAfterview) -> None:
    done = afterview("report", "--from", "2026-01-01", "--to", "2026-01-31")
    assert done.returncode == 0, done.stderr
    assert "From Thu 01 Jan 2026 to Sat 31 Jan 2026" in done.stdout
    assert "Nothing in this period." in done.stdout and "Applications: 0" in done.stdout
