"""Backup, restore, CSV import and calendar export from the command line, as real subprocesses."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import icalendar
import pytest

from afterview.paths import AppPaths
from tests.support.cli import FIXTURES, RunAfterview, assert_user_error


@pytest.fixture
def other_env(subprocess_env: dict[str, str], tmp_path: Path) -> dict[str, str]:
    """A second, empty Afterview (another computer, or a fresh install)."""
    return {**subprocess_env, "AFTERVIEW_DATA_DIR": str(tmp_path / "other")}


def test_backup_then_restore_elsewhere_gives_the_same_data(
    afterview: RunAfterview, tmp_path: Path, other_env: dict[str, str]
) -> None:
    assert afterview("import", str(FIXTURES / "minimal.json")).returncode == 0
    target = tmp_path / "backup.json"
    backed_up = afterview("backup", str(target))
    assert backed_up.returncode == 0, backed_up.stderr
    assert target.stat().st_mode & 0o777 == 0o600
    assert "settings" in json.loads(target.read_text(encoding="utf-8"))

    restored = afterview("restore", "--replace", str(target), env=other_env)
    assert restored.returncode == 0, restored.stderr
    assert restored.stdout.startswith(f"Replaced your data with {target}: 1 application (1 interview).")
    assert afterview("export", env=other_env).stdout == target.read_text(encoding="utf-8")


def test_restore_without_a_choice_shows_the_preview_and_changes_nothing(
    afterview: RunAfterview, tmp_path: Path, paths: AppPaths
) -> None:
    assert afterview("import", str(FIXTURES / "minimal.json")).returncode == 0
    target = tmp_path / "backup.json"
    assert afterview("backup", str(target)).returncode == 0
    before = paths.data_file.read_bytes()
    result = afterview("restore", str(target))
    assert result.returncode == 0
    assert result.stdout.startswith(f"{target} holds 1 application, 1 interview and your settings. Your data holds 1")
    assert "--merge" in result.stdout and "--replace" in result.stdout
    assert paths.data_file.read_bytes() == before


def test_restore_merge_twice_adds_nothing_twice(afterview: RunAfterview, tmp_path: Path) -> None:
    assert afterview("import", str(FIXTURES / "minimal.json")).returncode == 0
    target = tmp_path / "backup.json"
    assert afterview("backup", str(target)).returncode == 0
    merged = afterview("restore", "--merge", str(target))
    assert merged.returncode == 0
    assert merged.stdout == f"Imported 0 applications (0 interviews) from {target}. Skipped 1 application already in your data.\n"  # fmt: skip
    assert len(json.loads(afterview("export").stdout)["applications"]) == 1


def test_backup_without_a_name_is_dated_in_the_current_folder(
    afterview: RunAfterview, tmp_path: Path, python: str, subprocess_env: dict[str, str]
) -> None:
    assert afterview("import", str(FIXTURES / "minimal.json")).returncode == 0
    result = subprocess.run(
        [python, "-m", "afterview", "backup"], cwd=tmp_path, env=subprocess_env, capture_output=True, text=True,
        timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    [made] = tmp_path.glob("afterview-backup-*.json")
    assert json.loads(made.read_text(encoding="utf-8"))["format"] == "afterview"


def test_a_spreadsheet_round_trips_through_the_command_line(
    afterview: RunAfterview, tmp_path: Path, other_env: dict[str, str]
) -> None:
    assert afterview("import", str(FIXTURES / "minimal.json")).returncode == 0
    sheet = tmp_path / "sheet.csv"
    assert afterview("export", "--format", "csv", str(sheet)).returncode == 0
    imported = afterview("import", str(sheet), env=other_env)
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout == f"Imported 1 application (1 interview) from {sheet}.\n"
    assert afterview("export", "--format", "csv", env=other_env).stdout == sheet.read_text(encoding="utf-8")
    assert afterview("import", "--format", "csv", str(sheet), env=other_env).stdout.endswith(
        "Skipped 1 application already in your data.\n"
    )


def test_a_spanish_spreadsheet_imports_with_its_headers_guessed(afterview: RunAfterview, tmp_path: Path) -> None:
    sheet = tmp_path / "entrevistas.csv"
    sheet.write_bytes(
        "Empresa;Puesto;Fecha;Hora;Entrevistador\r\nNúñez S.A.;Analista;24/11/2026;10:00;Ana Ruiz\r\n".encode("cp1252")
    )
    result = afterview("import", str(sheet))
    assert result.returncode == 0, result.stderr
    [app] = json.loads(afterview("export").stdout)["applications"]
    assert (app["company"], app["position"]) == ("Núñez S.A.", "Analista")
    assert app["interviews"][0]["interviewers"][0]["name"] == "Ana Ruiz"


def test_export_calendar(afterview: RunAfterview, tmp_path: Path) -> None:
    assert afterview("import", str(FIXTURES / "minimal.json")).returncode == 0
    target = tmp_path / "afterview.ics"
    result = afterview("export", "--format", "ics", str(target))
    assert result.returncode == 0, result.stderr
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    summaries = [str(event["SUMMARY"]) for event in calendar.walk("VEVENT")]
    assert any("Acme" in summary for summary in summaries)
    assert afterview("export", "--format", "ics").stdout.replace("\r\n", "\n").startswith("BEGIN:VCALENDAR")


def _json(**fields: object) -> bytes:
    return json.dumps({"format": "afterview", "version": 1, **fields}).encode()


GOOD = {"company": "Fine Co", "interviews": [{"starts_at": "2026-11-24T10:00:00+01:00"}]}

# Twenty malformed files, each with the words its one-line message must contain.
MALFORMED: list[tuple[str, str, bytes, str]] = [
    ("import", "empty.json", b"", "is not valid JSON"),
    ("import", "truncated.json", _json(applications=[GOOD])[:40], "is not valid JSON"),
    ("import", "latin1.json", '{"company": "Núñez"}'.encode("latin-1"), "is not UTF-8 text"),
    ("import", "list.json", b"[]", 'must hold a JSON object with "format": "afterview"'),
    ("import", "other.json", b'{"format": "something-else", "version": 1}', "this is not an Afterview file"),
    ("import", "future.json", json.dumps({"format": "afterview", "version": 2}).encode(), "Update Afterview"),
    ("import", "text-version.json", json.dumps({"format": "afterview", "version": "1"}).encode(), '"version" must be'),
    ("import", "apps-object.json", _json(applications={}), '"applications" must be a list'),
    ("import", "no-company.json", _json(applications=[GOOD, {"position": "X"}]), "applications[1].company"),
    ("import", "bad-stage.json", _json(applications=[{**GOOD, "stage": "hired!"}]), "applications[0].stage"),
    ("import", "bad-start.json", _json(applications=[{"company": "A", "interviews": [{"starts_at": "soon"}]}]),
     "applications[0].interviews[0].starts_at"),
    ("import", "twice.json", b'{"format": "afterview", "format": "afterview", "version": 1}', "appears twice"),
    ("import", "same-id.json", _json(applications=[{**GOOD, "id": "x"}, {**GOOD, "id": "x"}]), "used by two"),
    ("import", "deep.json", b'{"format": "afterview", "version": 1, "applications": ' + b"[" * 100_000,
     "nested too deeply"),
    ("restore", "bad-settings.json", _json(applications=[], settings={"max_check_ins": 500}),
     "settings.max_check_ins"),
    ("import", "empty.csv", b"", "empty"),
    ("import", "header-only.csv", b"Company,Position\r\n", "no rows"),
    ("import", "no-company.csv", b"Colour,Size\r\nred,big\r\n", "company"),
    ("import", "bad-date.csv", b"Company,Date\r\nAcme,25/11/2026\r\nBeta,tomorrow\r\n", "row 3: Date:"),
    ("import", "workbook.csv", b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 64, "CSV"),
]  # fmt: skip


@pytest.mark.parametrize(("verb", "name", "content", "expected"), MALFORMED, ids=[case[1] for case in MALFORMED])
def test_twenty_malformed_files_each_give_one_clear_line_and_change_nothing(
    afterview: RunAfterview, tmp_path: Path, paths: AppPaths, verb: str, name: str, content: bytes, expected: str
) -> None:
    assert afterview("import", str(FIXTURES / "minimal.json")).returncode == 0
    before = paths.data_file.read_bytes()
    bad = tmp_path / name
    bad.write_bytes(content)
    result = afterview(verb, *(["--replace"] if verb == "restore" else []), str(bad))
    assert_user_error(result, expected)
    assert "Nothing was" in result.stderr
    assert paths.data_file.read_bytes() == before
    assert len(MALFORMED) == 20


def test_a_spreadsheet_import_names_its_guesses_and_its_bad_rows(afterview: RunAfterview, tmp_path: Path) -> None:
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("Company,Date\nAcme,2026-11-24\nBeta,2026-11-26 16:00\n", encoding="utf-8")
    result = afterview("import", str(sheet))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[1:] == ["Row 2: Date: no time given; 09:00 assumed."]

    bad = tmp_path / "bad.csv"
    bad.write_text("Company,Date,Rating\n" + "".join(f"C{n},someday,{n}\n" for n in range(5)), encoding="utf-8")
    message = afterview("import", str(bad)).stderr
    assert message.startswith(f'afterview: cannot import {bad}: row 2: Date: "someday" is not a date')
    assert "; row 3: " in message and "; row 4: " in message and "(and 2 more rows with problems). Nothing" in message
