"""Each command-line verb as a real subprocess, as a user (or the packaging) runs it."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
from pathlib import Path

import pytest

from afterview import __version__
from afterview.paths import AppPaths
from afterview.storage.repository import Store
from tests.support.cli import FIXTURES, RunAfterview, assert_user_error
from tests.support.fakes import FakeClock


def test_version(afterview: RunAfterview) -> None:
    result = afterview("--version")
    assert (result.returncode, result.stdout) == (0, f"Afterview {__version__}\n")


def test_import_then_export_round_trips_exactly(
    afterview: RunAfterview, tmp_path: Path, subprocess_env: dict[str, str]
) -> None:
    imported = afterview("import", str(FIXTURES / "minimal.json"))
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout == f"Imported 1 application (1 interview) from {FIXTURES / 'minimal.json'}.\n"
    first = afterview("export")
    assert first.returncode == 0, first.stderr
    (tmp_path / "first.json").write_text(first.stdout, encoding="utf-8")
    document = json.loads(first.stdout)
    assert document["applications"][0]["interviews"][0]["starts_at"] == "2026-11-24T10:00:00+01:00"

    fresh_env = {**subprocess_env, "AFTERVIEW_DATA_DIR": str(tmp_path / "fresh")}
    assert afterview("import", str(tmp_path / "first.json"), env=fresh_env).returncode == 0
    second = afterview("export", "--format", "json", env=fresh_env)
    assert second.stdout == first.stdout


def test_export_to_a_file_is_private_and_csv_opens_in_spreadsheets(afterview: RunAfterview, tmp_path: Path) -> None:
    assert afterview("import", str(FIXTURES / "minimal.json")).returncode == 0
    target = tmp_path / "out.csv"
    result = afterview("export", "--format", "csv", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stderr == f"Exported 1 application to {target}.\n"
    assert target.stat().st_mode & 0o777 == 0o600
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    [row] = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert (row["company"], row["interviewers"]) == ("Acme", "Ana Ruiz (Team lead) <ana@acme.example>")


def test_importing_the_same_file_twice_adds_nothing_twice(afterview: RunAfterview, tmp_path: Path) -> None:
    assert afterview("import", str(FIXTURES / "minimal.json")).returncode == 0
    exported = tmp_path / "all.json"
    assert afterview("export", str(exported)).returncode == 0
    again = afterview("import", str(exported))
    assert again.returncode == 0
    assert again.stdout.endswith(
        "Imported 0 applications (0 interviews) from "
        + str(exported)
        + ". Skipped 1 application already in your data.\n"
    )


def test_a_bad_file_is_one_clear_line_and_changes_nothing(
    afterview: RunAfterview, tmp_path: Path, paths: AppPaths
) -> None:
    assert afterview("import", str(FIXTURES / "minimal.json")).returncode == 0
    before = paths.data_file.read_bytes()
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "afterview", "version": 1, "applications": [
        {"company": "Good Co"}, {"company": "Bad Co", "decision_expected_on": "next Friday"},
    ]}))  # fmt: skip
    assert_user_error(
        afterview("import", str(bad)),
        f"cannot import {bad}: applications[1].decision_expected_on: 'next Friday' is not a date "
        "(expected YYYY-MM-DD, e.g. 2026-12-05). Nothing was imported.",
    )
    assert paths.data_file.read_bytes() == before


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("import", "/no/such/file.json"), "cannot read /no/such/file.json: No such file or directory."),
        (("import", "/"), "cannot import /: it is a folder, not a file."),
        (
            ("export", "/no/such/folder/out.json"),
            "cannot export to /no/such/folder/out.json: the folder /no/such/folder does not exist.",
        ),
        (("export", "/tmp"), "cannot export to /tmp: it is a folder; give a file name."),
        (("export", ""), "give a file name to export to (or - for the screen)."),
        (("import", ""), "give the name of the file to import (or - for standard input)."),
        (("import", "/dev/zero"), "cannot import /dev/zero: it is not a regular file (a device or a pipe?)."),
    ],
)
def test_file_errors(afterview: RunAfterview, args: tuple[str, ...], expected: str) -> None:
    assert afterview("import", str(FIXTURES / "minimal.json")).returncode == 0
    assert_user_error(afterview(*args), expected)


@pytest.mark.parametrize(
    "args",
    [
        ("export", "--format", "xml"),
        ("frobnicate",),
        ("import",),
        ("--no-such-option",),
        ("export", "a", "b"),
        ("--self-test", "export"),
        ("--minimized", "due"),
        ("--data-dir", "", "export"),
    ],
)
def test_usage_errors_exit_2(afterview: RunAfterview, args: tuple[str, ...]) -> None:
    result = afterview(*args)
    assert result.returncode == 2 and "usage: afterview" in result.stderr and "Traceback" not in result.stderr


def test_import_while_the_app_holds_the_data_is_refused(afterview: RunAfterview, paths: AppPaths) -> None:
    with Store.open(paths, FakeClock()) as store:
        result = afterview("import", str(FIXTURES / "minimal.json"))
        assert_user_error(result, f"Afterview data is in use by another running Afterview (pid {os.getpid()}).")
        export = afterview("export")  # reading still works
        assert export.returncode == 0 and json.loads(export.stdout)["applications"] == []
        assert store.count() == 0


def test_data_dir_option_beats_the_environment(afterview: RunAfterview, tmp_path: Path, paths: AppPaths) -> None:
    elsewhere = tmp_path / "elsewhere"
    assert afterview("import", "--data-dir", str(elsewhere), str(FIXTURES / "minimal.json")).returncode == 0
    assert (elsewhere / "afterview.json").exists() and not paths.data_file.exists()
    assert afterview("--data-dir", str(elsewhere), "export").stdout.count('"company": "Acme"') == 1


def test_a_newer_data_file_is_refused_in_one_line(afterview: RunAfterview, paths: AppPaths) -> None:
    paths.ensure()
    paths.data_file.write_text('{"meta": {"1": {"schema_version": 99}}, "applications": {}}')
    assert_user_error(afterview("export"), "was written by a newer version of Afterview (data version 99")


def test_self_test(afterview: RunAfterview, paths: AppPaths) -> None:
    assert afterview("import", str(FIXTURES / "minimal.json")).returncode == 0
    result = afterview("--self-test")
    assert result.returncode == 0, result.stderr
    assert (
        result.stdout
        == f"Afterview {__version__} self-test passed: 1 application and 8 follow-up steps in {paths.data_dir}.\n"
    )


def test_the_app_starts_paints_and_exits(afterview: RunAfterview, paths: AppPaths) -> None:
    assert afterview("import", str(FIXTURES / "minimal.json")).returncode == 0
    result = afterview("--exit-after-show")
    assert result.returncode == 0, result.stderr
    log = paths.log_file.read_text()
    assert "Taking the data lock" in log and "Building the main window" in log and "Data closed" in log


def test_due_lists_what_to_do_on_an_imported_file(afterview: RunAfterview) -> None:
    assert afterview("import", str(FIXTURES / "minimal.json")).returncode == 0
    result = afterview("due", "--at", "2026-11-24T12:00:00+01:00")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "Acme — Junior analyst: Review how the interview went while it is fresh (due for 1 h)",
        "Acme — Junior analyst: Send your thank-you letter to Ana Ruiz (due in 22 h)",
        "Acme — Junior analyst: Connect with Ana Ruiz on LinkedIn (due in 46 h)",
    ]
    # The decision date is Saturday Dec 5: check in on Tuesday Dec 8 (Monday + a day of grace).
    later = afterview("due", "--at", "2026-12-08T09:30:00+01:00")
    assert later.stdout == "Acme — Junior analyst: Check in with Acme: a brief, polite call or email (due now)\n"


def test_due_as_json(afterview: RunAfterview) -> None:
    assert afterview("import", str(FIXTURES / "minimal.json")).returncode == 0
    result = afterview("due", "--json", "--at", "2026-11-25T12:00:00+01:00")
    entries = json.loads(result.stdout)
    assert [(entry["kind"], entry["interviewer"], entry["status"]) for entry in entries] == [
        ("self_assessment", None, "due"),
        ("thank_you", "Ana Ruiz", "late"),
        ("linkedin", "Ana Ruiz", "due"),
    ]
    assert entries[1]["deadline"] == "2026-11-25T09:45:00Z"


def test_due_with_nothing_due_and_a_naive_time_in_the_users_zone(
    afterview: RunAfterview, subprocess_env: dict[str, str]
) -> None:
    assert afterview("import", str(FIXTURES / "minimal.json")).returncode == 0
    env = {**subprocess_env, "TZ": "Europe/Madrid"}
    # (the day before the interview, before the evening's "Read your preparation brief")
    result = afterview("due", "--at", "2026-11-23T08:00", env=env)
    assert (result.returncode, result.stdout) == (0, "Nothing is due at 2026-11-23 08:00 (Europe/Madrid).\n")


def test_due_refuses_a_bad_moment(afterview: RunAfterview) -> None:
    assert afterview("import", str(FIXTURES / "minimal.json")).returncode == 0
    assert_user_error(afterview("due", "--at", "next tuesday"), "--at: 'next tuesday' is not a date and time")


def test_due_works_while_the_app_holds_the_data(afterview: RunAfterview, paths: AppPaths) -> None:
    assert afterview("import", str(FIXTURES / "minimal.json")).returncode == 0
    with Store.open(paths, FakeClock()):
        result = afterview("due", "--at", "2026-11-24T12:00:00+01:00")
    assert result.returncode == 0
    assert len(result.stdout.splitlines()) == 3


# --- files that are not plain files, and the data folder -----------------------------------------


def test_export_writes_through_a_pipe_instead_of_replacing_it(afterview: RunAfterview, tmp_path: Path) -> None:
    import threading

    assert afterview("import", str(FIXTURES / "minimal.json")).returncode == 0
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    result = afterview("export", str(fifo))
    reader.join(timeout=30)
    assert result.returncode == 0, result.stderr
    assert fifo.is_fifo()
    assert json.loads(received[0])["applications"][0]["company"] == "Acme"


def test_export_through_a_symbolic_link_keeps_the_link(afterview: RunAfterview, tmp_path: Path) -> None:
    assert afterview("import", str(FIXTURES / "minimal.json")).returncode == 0
    target = tmp_path / "real.json"
    target.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    assert afterview("export", str(link)).returncode == 0
    assert link.is_symlink()
    assert json.loads(target.read_text())["format"] == "afterview"


def test_export_refuses_to_write_into_the_data_folder(afterview: RunAfterview, paths: AppPaths) -> None:
    assert afterview("import", str(FIXTURES / "minimal.json")).returncode == 0
    before = paths.data_file.read_bytes()
    assert_user_error(afterview("export", str(paths.data_file)), "that is inside Afterview's data folder")
    assert paths.data_file.read_bytes() == before


def test_import_from_standard_input(python: str, subprocess_env: dict[str, str]) -> None:
    result = subprocess.run(
        [python, "-m", "afterview", "import", "-"], input=(FIXTURES / "minimal.json").read_bytes(),
        env=subprocess_env, capture_output=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout == b"Imported 1 application (1 interview) from standard input.\n"


def test_a_hand_written_file_imported_twice_is_not_duplicated(afterview: RunAfterview) -> None:
    assert afterview("import", str(FIXTURES / "minimal.json")).returncode == 0
    again = afterview("import", str(FIXTURES / "minimal.json"))
    assert again.stdout.endswith("Skipped 1 application already in your data.\n")
    assert len(json.loads(afterview("export").stdout)["applications"]) == 1


def test_import_says_when_it_repaired_damaged_data(afterview: RunAfterview, paths: AppPaths) -> None:
    assert afterview("import", str(FIXTURES / "minimal.json")).returncode == 0
    paths.data_file.write_bytes(b"{damaged")
    result = afterview("import", str(FIXTURES / "minimal.json"))
    assert result.returncode == 0
    assert "afterview: Your Afterview data could not be read" in result.stderr


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        (
            "decision_expected_on",
            "9999-12-31",
            "applications[0].decision_expected_on: The decision date must be between the years 1900 and 2100",
        ),
        ("company", "Acme\x1b[31m", "applications[0].company: Company contains a control character; remove it."),
        ("company", "Acme\nInc", "applications[0].company: Company contains a line break; remove it."),
    ],
)
def test_values_that_would_break_later_are_refused_at_import(afterview: RunAfterview, tmp_path: Path, field: str, value: str, expected: str) -> None:  # fmt: skip
    document = json.loads((FIXTURES / "minimal.json").read_text())
    document["applications"][0][field] = value
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document))
    assert_user_error(afterview("import", str(bad)), expected)


def test_a_far_off_start_time_is_refused_with_its_field(afterview: RunAfterview, tmp_path: Path) -> None:
    document = json.loads((FIXTURES / "minimal.json").read_text())
    document["applications"][0]["interviews"][0]["starts_at"] = "0001-01-01T00:00:00+05:00"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document))
    assert_user_error(
        afterview("import", str(bad)), "applications[0].interviews[0].starts_at: '0001-01-01T00:00:00+05:00' is too far"
    )


def test_read_only_commands_on_a_missing_folder_say_so_and_create_nothing(
    afterview: RunAfterview, paths: AppPaths
) -> None:
    for args in (("export",), ("due",)):
        assert_user_error(afterview(*args), f"there is no Afterview data in {paths.data_dir} yet (check --data-dir).")
    assert afterview("--self-test").returncode == 0
    assert not paths.data_dir.exists()


def test_a_data_folder_that_is_a_file_is_one_clear_line(
    afterview: RunAfterview, tmp_path: Path, subprocess_env: dict[str, str]
) -> None:
    a_file = tmp_path / "not-a-folder"
    a_file.write_text("x")
    env = {**subprocess_env, "AFTERVIEW_DATA_DIR": str(a_file)}
    assert_user_error(
        afterview("import", str(FIXTURES / "minimal.json"), env=env),
        f"cannot use {a_file} as Afterview's data folder: it is a file.",
    )


def test_the_app_without_a_display_says_so_in_one_line(afterview: RunAfterview, subprocess_env: dict[str, str]) -> None:
    env = {
        key: value
        for key, value in subprocess_env.items()
        if key not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    }
    assert_user_error(afterview(env=env), "no graphical display found")


def test_a_closed_pipe_is_not_an_error(python: str, subprocess_env: dict[str, str]) -> None:
    assert (
        subprocess.run(
            [python, "-m", "afterview", "import", str(FIXTURES / "minimal.json")], env=subprocess_env, check=False
        ).returncode
        == 0
    )
    command = f"'{python}' -m afterview export | head -c 10 >/dev/null; echo ${{PIPESTATUS[0]}}"
    result = subprocess.run(["bash", "-c", command], env=subprocess_env, capture_output=True, text=True, check=False)
    assert result.stdout.strip() == "0"
    assert result.stderr == ""


def test_the_app_reads_the_data_after_its_first_paint(
    python: str, subprocess_env: dict[str, str], paths: AppPaths
) -> None:
    import signal
    import time

    assert (
        subprocess.run(
            [python, "-m", "afterview", "import", str(FIXTURES / "minimal.json")], env=subprocess_env, check=False
        ).returncode
        == 0
    )
    app = subprocess.Popen(
        [python, "-m", "afterview"], env=subprocess_env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and "Ready: 1 applications" not in paths.log_file.read_text():
            time.sleep(0.1)
        assert "Ready: 1 applications" in paths.log_file.read_text()
    finally:
        app.send_signal(signal.SIGTERM)
        app.wait(timeout=30)
        assert app.stderr is not None
        app.stderr.close()


def test_in_spanish_the_export_sentence_agrees_with_its_count(
    afterview: RunAfterview, tmp_path: Path, subprocess_env: dict[str, str]
) -> None:
    assert afterview("import", str(FIXTURES / "minimal.json")).returncode == 0
    spanish = {**subprocess_env, "LANGUAGE": "es", "LANG": "es_ES.UTF-8"}
    target = tmp_path / "out.csv"
    result = afterview("export", "--format", "csv", str(target), env=spanish)
    assert result.stderr == f"Se exportó 1 candidatura a {target}.\n"  # not "Se exportaron 1 candidatura"
