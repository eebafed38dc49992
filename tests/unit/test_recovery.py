"""Damage after any sequence of saves, imports and restores loses at most the last save, and the
recovery itself survives a full disk or a kill at every one of its steps."""

from __future__ import annotations

import errno
import json
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from afterview.core.restoring import bring_in
from afterview.errors import AfterviewError
from afterview.interchange.json_format import Document
from afterview.paths import AppPaths
from afterview.storage import copies as copies_module
from afterview.storage.loading import load, sealed_payload
from afterview.storage.repository import Store
from tests.support.fakes import FakeClock
from tests.support.faults import Killed, fault_at
from tests.support.samples import full_application, minimal_application

Operation = Callable[[Store, int], object]


def _edit(store: Store, n: int) -> None:
    app = store.applications()[0]
    app.notes = f"Edited {n}"
    store.save(app)


OPERATIONS: dict[str, Operation] = {
    "save": lambda store, n: store.save(minimal_application(f"Saved {n}")),
    "edit": _edit,
    "delete": lambda store, n: store.delete(store.applications()[-1].id),
    "settings": lambda store, n: store.save_settings(store.settings().with_values(user_name=f"Name {n}")),
    "templates": lambda store, n: store.save_user_templates({f"thank_you/en/T{n}": "Dear {interviewer_name}."}),
    "import": lambda store, n: bring_in(store, Document([minimal_application(f"Imported {n}")]), replace=False),
    "restore --replace": lambda store, n: bring_in(
        store, Document([full_application(f"Replaced {n}"), minimal_application("Kept")]), replace=True
    ),
    "next day": lambda store, n: None,  # the clock moves on a day: a daily copy is made
}
SEQUENCES = [
    ("import",),
    ("save", "save", "edit"),
    ("import", "edit", "next day", "save"),
    ("restore --replace",),
    ("save", "restore --replace", "edit"),
    ("restore --replace", "next day", "import", "delete"),
    ("settings", "templates", "save", "delete"),
    ("import", "restore --replace", "restore --replace", "settings"),
]
DAMAGE: dict[str, Callable[[bytes], bytes]] = {
    "garbage": lambda good: b"\x00garbage",
    "truncated": lambda good: good[: len(good) // 2],
    "empty": lambda good: b"",
    "a record removed": lambda good: _without_first_record(good),
}


def _without_first_record(good: bytes) -> bytes:
    """The file with its first application gone, or, with none, its settings and templates."""
    data = json.loads(good)
    if data["applications"]:
        del data["applications"][next(iter(data["applications"]))]
    else:
        data.pop("settings", None)
        data.pop("templates", None)
    return json.dumps(data).encode()


def contents(paths: AppPaths, clock: FakeClock) -> tuple[object, ...]:
    with Store.open(paths, clock, read_only=True) as viewer:
        assert viewer.recovery is None
        return sorted(app.company for app in viewer.applications()), viewer.settings(), viewer.user_templates()


def damaged_copy(paths: AppPaths, where: Path, damage: Callable[[bytes], bytes]) -> AppPaths:
    shutil.copytree(paths.data_dir, where)
    copied = AppPaths(where)
    copied.data_file.write_bytes(damage(copied.data_file.read_bytes()))
    return copied


@pytest.mark.parametrize("sequence", SEQUENCES, ids=[" → ".join(sequence) for sequence in SEQUENCES])
def test_damage_after_any_sequence_loses_nothing_saved(
    sequence: tuple[str, ...], paths: AppPaths, clock: FakeClock, tmp_path: Path
) -> None:
    Store.open(paths, clock).close()
    for step, name in enumerate(sequence):
        with Store.open(paths, clock) as store:
            OPERATIONS[name](store, step)
        if name == "next day":
            clock.advance(days=1)
        expected = contents(paths, clock)
        for label, damage in DAMAGE.items():
            if damage(paths.data_file.read_bytes()) == paths.data_file.read_bytes():
                continue  # nothing this damage could remove
            damaged = damaged_copy(paths, tmp_path / f"{step}-{label.replace(' ', '-')}", damage)
            before = damaged.data_file.read_bytes()
            with Store.open(damaged, clock) as store:
                assert store.recovery is not None, label
                assert store.recovery.kept_as is not None and store.recovery.kept_as.read_bytes() == before
            assert contents(damaged, clock) == expected, f"after {name}, {label}"


def test_when_the_journal_cannot_be_written_damage_loses_only_that_save(
    paths: AppPaths, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(paths, clock) as store:
        store.save(minimal_application("First"))
        before_last_save = contents(paths, clock)

        def disk_full(*args: Any) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(copies_module.Copies, "keep_version", disk_full)
        store.save(minimal_application("Second"))  # saved; only its copy is missing
        monkeypatch.undo()
    assert contents(paths, clock)[0] == ["First", "Second"]
    damaged = damaged_copy(paths, tmp_path / "damaged", DAMAGE["garbage"])
    Store.open(damaged, clock).close()
    assert contents(damaged, clock) == before_last_save


# Every call by which the recovery changes the disk, in the order it makes them.
DISK_CALLS = [(os, "link"), (os, "replace"), (os, "fsync"), (shutil, "copyfile"), (tempfile, "mkstemp")]


def _recovery_calls(paths: AppPaths, clock: FakeClock, tmp_path: Path) -> int:
    probe = damaged_copy(paths, tmp_path / "probe", DAMAGE["garbage"])
    store = Store.open(probe, clock, defer_read=True)  # the lock and folder checks are not counted
    with fault_at(0, Killed(), DISK_CALLS) as made:
        store.read()
    store.close()
    return len(made)


@pytest.mark.parametrize("fault", [Killed(), OSError(errno.ENOSPC, "No space left on device")], ids=["kill", "full"])
def test_a_kill_or_a_full_disk_at_any_step_of_the_recovery_loses_nothing(
    fault: BaseException, paths: AppPaths, clock: FakeClock, tmp_path: Path
) -> None:
    with Store.open(paths, clock) as store:
        store.add_all([full_application(), minimal_application("Beta")])
    expected = contents(paths, clock)
    steps = _recovery_calls(paths, clock, tmp_path)
    assert steps >= 4  # keep the damaged file, write the recovered one: several steps to break
    for step in range(1, steps + 1):
        damaged = damaged_copy(paths, tmp_path / f"step-{step}", DAMAGE["garbage"])
        store = Store.open(damaged, clock, defer_read=True)
        try:
            with fault_at(step, fault, DISK_CALLS):
                store.read()
        except (Killed, OSError, AfterviewError):
            pass  # whatever the fault did, the disk is checked below
        finally:
            store.close()
        on_disk = damaged.data_file.read_bytes()  # there is always a data file
        assert on_disk == b"\x00garbage" or load(on_disk, now=clock.now(), deep=True).applications, f"step {step}"
        with Store.open(damaged, clock) as reopened:  # the next start finishes the job
            assert reopened.recovery is None or reopened.recovery.restored_from is not None
        assert contents(damaged, clock) == expected, f"step {step}"
        kept = [path for path in damaged.backups_dir.glob("unreadable-*") if path.read_bytes() == b"\x00garbage"]
        assert kept, f"step {step}: the damaged file was not kept"


def test_a_copy_from_before_a_new_setting_existed_still_recovers(paths: AppPaths, clock: FakeClock) -> None:
    with Store.open(paths, clock) as store:
        store.save_settings(store.settings().with_values(user_name="Lucía"))
        store.save(minimal_application("Kept"))
    newest = max(paths.backups_dir.glob("version-*.json"))
    data = json.loads(newest.read_bytes())
    del data["settings"]["1"]["max_check_ins"]  # as an older release wrote it, sealed by that release
    newest.write_bytes(sealed_payload(data))
    paths.data_file.write_bytes(b"{damaged")
    with Store.open(paths, clock) as store:
        assert store.recovery is not None and store.recovery.restored_from is not None
        assert store.recovery.restored_from.path == newest
        assert [app.company for app in store.applications()] == ["Kept"]
        assert store.settings().user_name == "Lucía"
