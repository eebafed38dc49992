"""The exported CSV as a real spreadsheet program reads it.

LibreOffice opens our file the way a user's double click does (comma separated, UTF-8, its usual
detection of numbers and dates), saves it as a spreadsheet (.ods), and saves that as CSV again;
every cell must come back as Python's csv module reads it from our file, and that CSV must import
into Afterview as the original data.
"""

from __future__ import annotations

import codecs
import csv
import os
import shutil
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from afterview.domain.model import Application, Interview
from afterview.interchange.csv_format import COLUMNS, export_csv
from afterview.interchange.csv_import import guess_mapping, preview, read_sheet
from tests.support.builders import MADRID, NOW
from tests.support.samples import sample_applications

LIBREOFFICE = shutil.which("libreoffice")
TIMEOUT_SECONDS = 120
# CSV filter options: separator 44 (,), text delimiter 34 ("), character set 76 (UTF-8), from line 1.
# Reading, the rest is left to LibreOffice's defaults, as when a user opens the file: numbers and
# dates are detected (2026-12-05 becomes a date, 45 a number, both written back as they were shown)
# and formulas evaluated. Writing, the 7th option quotes every text cell (csv.reader reads either).
# The same conversions by hand:
#   libreoffice --headless -env:UserInstallation=file:///tmp/lo-profile --infilter=CSV:44,34,76,1 \
#       --convert-to ods --outdir ods out.csv
#   libreoffice --headless -env:UserInstallation=file:///tmp/lo-profile \
#       --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true' --outdir back ods/out.ods
IMPORT_FILTER = "CSV:44,34,76,1"
EXPORT_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true"

# What LibreOffice changes, cell by cell (row and column as csv.reader counts them, header row 0):
# a line break written as CR LF inside a cell is stored as one paragraph break and written back as
# LF. The text is the same to anyone reading it; everything else comes back exactly. (The sample's
# second application has that note, on its two rows, 4 and 5.)
EXPECTED_CHANGES = {
    (row, COLUMNS.index("application_notes")): ("line one\nline two\r\nline three", "line one\nline two\nline three")
    for row in (4, 5)
}


def libreoffice(tmp_path: Path, *arguments: str) -> None:
    """Run LibreOffice headless with a profile and home of its own, so a running one is not disturbed."""
    if LIBREOFFICE is None:
        pytest.skip("LibreOffice is not installed (no libreoffice on PATH); it is only needed for this check.")
    profile = (tmp_path / "lo-profile").as_uri()
    command = [LIBREOFFICE, "--headless", "--norestore", f"-env:UserInstallation={profile}", *arguments]
    env = {"PATH": os.environ.get("PATH", ""), "HOME": str(tmp_path), "TMPDIR": str(tmp_path), "LANG": "C.UTF-8"}
    # A session of its own, so a hung conversion can be stopped with everything it started.
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True, text=True
    )
    try:
        output, _ = process.communicate(timeout=TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        pytest.fail(f"LibreOffice did not finish within {TIMEOUT_SECONDS} s: {' '.join(command)}")
    assert process.returncode == 0, output


def through_libreoffice(tmp_path: Path, *sources: Path) -> list[Path]:
    """Each CSV file opened in LibreOffice, saved as .ods, and that saved as CSV again."""
    sheets, back = tmp_path / "ods", tmp_path / "back"
    libreoffice(
        tmp_path, f"--infilter={IMPORT_FILTER}", "--convert-to", "ods", "--outdir", str(sheets), *map(str, sources)
    )
    spreadsheets = [sheets / f"{source.stem}.ods" for source in sources]
    assert all(sheet.is_file() for sheet in spreadsheets)
    libreoffice(tmp_path, "--convert-to", EXPORT_FILTER, "--outdir", str(back), *map(str, spreadsheets))
    return [back / f"{source.stem}.csv" for source in sources]


def cells(path: Path, encoding: str) -> list[list[str]]:
    with path.open(encoding=encoding, newline="") as source:
        return list(csv.reader(source))


@dataclass(frozen=True)
class Converted:
    ours: Path  # export_csv's file
    back: Path  # the same after LibreOffice
    back_unguarded: Path  # a file without the apostrophe guard, after LibreOffice
    seconds: float


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> Converted:
    """One LibreOffice run for the whole module (it takes a few seconds)."""
    folder = tmp_path_factory.mktemp("spreadsheet")
    ours = folder / "out.csv"
    ours.write_bytes(export_csv(sample_applications()).encode())
    unguarded = folder / "unguarded.csv"
    unguarded.write_bytes(b"company,notes\r\nAcme,=1+1\r\n")
    started = time.monotonic()
    back, back_unguarded = through_libreoffice(folder, ours, unguarded)
    return Converted(ours, back, back_unguarded, time.monotonic() - started)


@pytest.mark.slow
def test_libreoffice_reads_every_cell_as_written(converted: Converted) -> None:
    # Our file starts with a byte-order mark (so that Excel reads UTF-8); LibreOffice writes none.
    assert converted.ours.read_bytes().startswith(codecs.BOM_UTF8)
    assert not converted.back.read_bytes().startswith(codecs.BOM_UTF8)
    written, read_back = cells(converted.ours, "utf-8-sig"), cells(converted.back, "utf-8")
    assert [len(row) for row in read_back] == [len(row) for row in written]
    changes = {
        (row, column): (mine, theirs)
        for row, (mine_row, their_row) in enumerate(zip(written, read_back, strict=True))
        for column, (mine, theirs) in enumerate(zip(mine_row, their_row, strict=True))
        if mine != theirs
    }
    assert changes == EXPECTED_CHANGES
    # The guarded cells stay text, apostrophe included (which shows the user why it is no formula) …
    assert read_back[2][COLUMNS.index("interview_round")] == '\'=HYPERLINK("http://evil.example")'
    # … while an unguarded one is calculated: the reason for the guard.
    assert cells(converted.back_unguarded, "utf-8")[1] == ["Acme", "2"]
    # Accents, Arabic and emoji survive.
    text = converted.back.read_text(encoding="utf-8")
    for words in ("Núñez & Hijos S.A. 🚀", "Analista júnior", "عمر الفاروق", "Ünïcödé GmbH", "análisis de datos ✨"):
        assert words in text
    print(f"LibreOffice, CSV → ODS → CSV: {converted.seconds:.1f} s")


@pytest.mark.slow
def test_the_csv_libreoffice_saves_imports_as_the_original_data(converted: Converted) -> None:
    sheet = read_sheet(converted.back.read_bytes())
    result = preview(sheet, guess_mapping(sheet.headers), zone=MADRID, now=NOW)
    assert [row.errors for row in result.rows if row.errors] == []
    apps = sample_applications()
    for app in apps:  # the one change LibreOffice makes (see EXPECTED_CHANGES)
        app.notes = app.notes.replace("\r\n", "\n")
    assert export_csv(result.applications()) == export_csv(apps)


def test_our_file_holds_the_data(tmp_path: Path) -> None:
    apps = sample_applications()
    ours = tmp_path / "out.csv"
    ours.write_bytes(export_csv(apps).encode())
    header, *rows = cells(ours, "utf-8-sig")
    assert header == list(COLUMNS)
    records = [dict(zip(COLUMNS, row, strict=True)) for row in rows]
    expected: list[tuple[Application, Interview | None]] = []
    for app in apps:  # an application without interviews is one row with the interview columns empty
        expected += [(app, interview) for interview in app.interviews] or [(app, None)]
    assert len(records) == len(expected) == 6
    for record, (app, interview) in zip(records, expected, strict=True):
        assert (record["company"], record["position"], record["stage"]) == (
            app.company, guarded(app.position), app.stage.value,
        )  # fmt: skip
        assert (record["application_notes"], record["lessons_learned"]) == (app.notes, guarded(app.lessons_learned))
        if interview is None:
            assert {record[name] for name in COLUMNS if name.startswith("interview")} == {""}
            continue
        assert record["interview_starts_at"] == interview.local_starts_at().isoformat()
        assert record["interview_time_zone"] == guarded(interview.time_zone)
        assert record["duration_minutes"] == str(interview.duration_minutes)
        for person in interview.interviewers:
            assert person.name in record["interviewers"] and person.email in record["interviewers"]
    assert records[0]["interviewers"] == (
        "Ana Ruiz Peña (Jefa de equipo) <ana@nunez.example>; عمر الفاروق (مدير) <omar@nunez.example>"
    )
    assert records[1]["interview_round"] == '\'=HYPERLINK("http://evil.example")'
    assert records[3]["position"] == "''Quoted' analyst"  # an apostrophe at the start is doubled


def guarded(value: str) -> str:
    """A value as the export writes it: an apostrophe first when a spreadsheet could take it for a formula."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r", "'") else value
