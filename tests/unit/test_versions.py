"""Every copy Afterview keeps is listed (`afterview versions`) and can be restored (`afterview restore`),
and a damaged data file never ends in a traceback or "unexpected error" on the command line."""

from __future__ import annotations

import io
import json
import os
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from afterview import cli, commands
from afterview.core.restoring import bring_in
from afterview.interchange.json_format import Document
from afterview.paths import AppPaths
from afterview.storage.repository import Store
from tests.support.fakes import FakeClock
from tests.support.samples import full_application, minimal_application


def every_kind_of_copy(paths: AppPaths, clock: FakeClock) -> None:
    """Saves over two days, an import and a replace, then damage: every kind of copy exists."""
    with Store.open(paths, clock) as store:
        store.save(full_application())
    clock.advance(days=1)
    with Store.open(paths, clock) as store:
        bring_in(store, Document([minimal_application("Imported")]), replace=False)
        bring_in(store, Document([minimal_application("Replaced")]), replace=True)
        store.save(minimal_application("Saved after"))
    paths.data_file.write_bytes(paths.data_file.read_bytes()[:-40])  # cut short
    Store.open(paths, clock).close()


def test_versions_lists_every_copy_newest_first_with_what_it_holds(paths: AppPaths, clock: FakeClock) -> None:
    every_kind_of_copy(paths, clock)
    out = io.StringIO()
    assert commands.run_versions(paths, True, out) == cli.EXIT_OK
    listed = json.loads(out.getvalue())
    assert {Path(entry["file"]) for entry in listed} == set(paths.backups_dir.iterdir())
    assert {entry["kind"] for entry in listed} == {"version", "daily", "before-restore", "unreadable"}
    times = [entry["time"] for entry in listed]
    assert times == sorted(times, reverse=True)
    newest_version = next(entry for entry in listed if entry["kind"] == "version")
    assert newest_version["holds"] == "2 applications, 0 interviews"
    text = io.StringIO()
    commands.run_versions(paths, False, text)
    assert "saved version: 2 applications, 0 interviews" in text.getvalue()
    assert "damaged file, kept" in text.getvalue()


def test_every_file_in_the_backups_folder_can_be_restored(paths: AppPaths, clock: FakeClock, tmp_path: Path) -> None:
    every_kind_of_copy(paths, clock)
    for copy in sorted(paths.backups_dir.iterdir()):
        target = AppPaths(tmp_path / copy.name)
        out = io.StringIO()
        assert commands.run_restore(target, clock, str(copy), "replace", out, None) == cli.EXIT_OK, copy.name
        with Store.open(target, clock, read_only=True) as restored:
            companies = {app.company for app in restored.applications()}
        if copy.name.startswith("unreadable-"):
            assert companies <= {"Replaced", "Saved after"} and companies, "the whole records are salvaged"
        elif not copy.name.startswith("daily-2026-11-25"):  # the first day began with no data
            assert companies, copy.name


def test_restore_without_a_choice_only_reads_works_while_the_app_runs_and_exits_0(
    paths: AppPaths, clock: FakeClock, tmp_path: Path
) -> None:
    backup = tmp_path / "b.json"
    with Store.open(paths, clock) as running:  # the app holds the data lock
        running.save(minimal_application("Mine"))
        before = paths.data_file.read_bytes()
        backup.write_bytes(before)
        out = io.StringIO()
        assert commands.run_restore(paths, clock, str(backup), None, out, None) == cli.EXIT_OK
        assert out.getvalue().startswith(f"{backup} holds 1 application, 0 interviews. Your data holds 1 application.")
        assert paths.data_file.read_bytes() == before


DAMAGED_DATA = {
    "a record without id": lambda good: _edited(good, lambda data: data["applications"]["1"].pop("id")),
    "a legacy file without meta": lambda good: _edited(good, lambda data: data.pop("meta")),
    "an interview without a date": lambda good: json.dumps(
        {"applications": {"1": {"company": "X", "status": "interview", "interviews": [{"time": "10:00"}]}}}
    ).encode(),
    "an unknown zone": lambda good: good.replace(b'"Europe/Madrid"', b'"Europe"'),
    "a 10,000-deep array": lambda good: b"[" * 10_000 + b"]" * 10_000,
    "a 5,000-digit number": lambda good: good.replace(b'"duration_minutes":45', b'"duration_minutes":' + b"9" * 5000),
    "an id that is a list": lambda good: _edited(good, lambda data: data["applications"]["1"].update(id=[1])),
    "not UTF-8": lambda good: b"\xff\xfe" + good,
}


def _edited(good: bytes, change: Callable[[Any], object]) -> bytes:
    data = json.loads(good)
    change(data)
    return json.dumps(data).encode()


@pytest.mark.slow
@pytest.mark.parametrize("damage", DAMAGED_DATA.values(), ids=DAMAGED_DATA.keys())
def test_no_command_shows_a_traceback_for_a_damaged_data_file(
    damage: Callable[[bytes], bytes], paths: AppPaths, clock: FakeClock, subprocess_env: dict[str, str], python: str
) -> None:
    with Store.open(paths, clock) as store:
        store.save(full_application())
    damaged = damage(paths.data_file.read_bytes())
    assert damaged != paths.data_file.read_bytes()
    paths.data_file.write_bytes(damaged)
    # Reading commands show the best copy; the import (a writing command) repairs the file.
    for command in (["due"], ["export"], ["versions"], ["import", "-"], ["due"]):
        result = subprocess.run(
            [python, "-m", "afterview", *command], env=subprocess_env, capture_output=True, text=True, timeout=60,
            input='{"format": "afterview", "version": 1, "applications": []}',
        )  # fmt: skip
        assert "Traceback" not in result.stderr and "unexpected error" not in result.stderr, (command, result.stderr)
        assert result.returncode in (0, 1), (command, result.stderr)
    with Store.open(paths, clock, read_only=True) as viewer:  # repaired by the writing command
        assert viewer.recovery is None
        assert [app.company for app in viewer.applications()] == [full_application().company]


def test_a_pipe_as_the_data_file_is_refused_at_once(
    paths: AppPaths, subprocess_env: dict[str, str], python: str
) -> None:
    paths.ensure()
    os.mkfifo(paths.data_file)
    for command in (["due"], ["import", "-"]):
        result = subprocess.run(
            [python, "-m", "afterview", *command], env=subprocess_env, capture_output=True, text=True,
            timeout=30, input="",
        )  # fmt: skip
        assert result.returncode == 1 and "is not a regular file" in result.stderr, result.stderr


def test_the_cli_names_what_was_recovered_and_keeps_the_damaged_file(
    paths: AppPaths, clock: FakeClock, subprocess_env: dict[str, str], python: str
) -> None:
    with Store.open(paths, clock) as store:
        store.add_all([full_application(), minimal_application("Beta")])
    paths.data_file.write_bytes(b"{broken")
    result = subprocess.run(
        [python, "-m", "afterview", "import", "-"], env=subprocess_env, capture_output=True, text=True, timeout=60,
        input='{"format": "afterview", "version": 1, "applications": []}',
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Recovered your data as of" in result.stderr and "(2 applications, 1 interview)" in result.stderr
    kept = list(paths.backups_dir.glob("unreadable-*.json"))
    assert [path.read_bytes() for path in kept] == [b"{broken"] and str(kept[0]) in result.stderr
