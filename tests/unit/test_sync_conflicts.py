"""Two computers through a sync tool: the conflict copies' names, the merge rules and the merge
when the data is opened, on real data folders (storage/sync_conflicts.py, domain/sync_merge.py,
core/syncing.py)."""

from __future__ import annotations

import copy
import errno
import json
import os
import shutil
import tempfile
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from afterview.core.syncing import absorb
from afterview.core.versions import list_versions, read_restorable
from afterview.core.workspace import Workspace
from afterview.domain.model import (
    Application,
    Assessment,
    FollowUp,
    FollowUpKind,
    FollowUpState,
    Letter,
    LetterKind,
)
from afterview.domain.sync_merge import merge_application, merge_applications, unite_fired
from afterview.paths import AppPaths
from afterview.storage import sync_conflicts
from afterview.storage.copies import CopyKind
from afterview.storage.loading import load
from afterview.storage.repository import Store
from afterview.storage.sync_conflicts import Tool, tool_of
from tests.support.builders import application
from tests.support.fakes import FakeClock
from tests.support.faults import Killed, fault_at
from tests.support.samples import minimal_application

T0 = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def at(minutes: int) -> datetime:
    return T0 + timedelta(minutes=minutes)


# --- names ----------------------------------------------------------------------------------------

NAMES = [
    ("afterview.sync-conflict-20261128-101500-ABCDEFG.json", Tool.SYNCTHING),
    ("afterview (conflicted copy 2026-11-28 101500).json", Tool.NEXTCLOUD),
    ("afterview_conflict-20261128-101500.json", Tool.NEXTCLOUD),
    ("afterview (Jane's conflicted copy 2026-11-28).json", Tool.DROPBOX),
    ("afterview (Jane’s conflicted copy 2026-11-28 (1)).json", Tool.DROPBOX),
    ("afterview (María José's conflicted copy 2026-11-28).json", Tool.DROPBOX),
    ("afterview-DESKTOP-4F2K9.json", Tool.ONEDRIVE),
    ("afterview-laptop.json", Tool.ONEDRIVE),
]
NOT_COPIES = [
    "afterview.json",
    "afterview.lock",
    "afterview.pid",
    "afterview-laptop.lock",
    ".afterview.json.x1y2.tmp",
    ".syncthing.afterview.json.tmp",
    "reminders.json",
    "window.ini",
    "afterview.sync-conflict-20261128-101500-ABCDEFG.json.tmp",
    "afterview (conflicted copy).json",
    "other.sync-conflict-20261128-101500-ABCDEFG.json",
    "afterview-backup-2026-11-28.json",  # `afterview backup`'s own name, saved in the data folder
    "afterview-backup.json",
    "afterview-my_own_copy.json",
]


@pytest.mark.parametrize(("name", "tool"), NAMES)
def test_each_tools_conflict_copy_is_recognised(name: str, tool: Tool) -> None:
    assert tool_of(name, "afterview.json") is tool


@pytest.mark.parametrize("name", NOT_COPIES)
def test_other_files_in_the_data_folder_are_not_conflict_copies(name: str) -> None:
    assert tool_of(name, "afterview.json") is None


def test_the_reminder_logs_copies_are_told_from_the_datas(tmp_path: Path) -> None:
    for name in ["reminders.sync-conflict-20261128-101500-ABCDEFG.json", "afterview-PC.json", "afterview.json"]:
        (tmp_path / name).write_text("{}")
    paths = AppPaths(tmp_path)
    assert [c.path.name for c in sync_conflicts.reminder_copies(paths)] == [
        "reminders.sync-conflict-20261128-101500-ABCDEFG.json"
    ]
    assert [c.path.name for c in sync_conflicts.data_copies(paths)] == ["afterview-PC.json"]


# --- the merge rule ------------------------------------------------------------------------------


def edited(app: Application, minutes: int, **fields: Any) -> Application:
    return replace(copy.deepcopy(app), updated_at=at(minutes), **fields)


def test_per_application_the_newer_edit_wins_either_way() -> None:
    base = application(updated_at=at(0))
    mine, theirs = edited(base, 5, notes="mine"), edited(base, 9, notes="theirs")
    assert merge_application(mine, theirs).notes == "theirs"
    assert merge_application(theirs, mine).notes == "theirs"
    never_stamped = replace(copy.deepcopy(base), updated_at=None, notes="old")
    assert merge_application(never_stamped, mine).notes == "mine"  # a record from before counts as oldest
    tie = edited(base, 5, notes="theirs too")
    assert merge_application(mine, tie).notes == "mine"  # on a tie ours stays


def test_letters_reviews_and_steps_are_united_whichever_side_wins() -> None:
    base = application(updated_at=at(0))
    interview = base.interviews[0].id
    mine = edited(base, 5, notes="mine")
    mine.interviews[0].letters.append(Letter(LetterKind.THANK_YOU, body="Thanks", sent_at=at(4), id="L1"))
    mine.follow_ups.append(
        FollowUp(FollowUpKind.SELF_ASSESSMENT, at(1), interview, state=FollowUpState.DONE, done_at=at(3), id="a")
    )
    theirs = edited(base, 9, notes="theirs")
    theirs.interviews[0].assessment = Assessment(overall_rating=4, completed_at=at(8))
    theirs.follow_ups.append(FollowUp(FollowUpKind.LINKEDIN, at(1), interview, state=FollowUpState.SKIPPED, id="b"))
    theirs.follow_ups.append(  # the same step, recorded with an id of its own there: snoozed < done
        FollowUp(FollowUpKind.SELF_ASSESSMENT, at(1), interview, state=FollowUpState.SNOOZED, snoozed_until=at(60))
    )
    merged = merge_application(mine, theirs)
    assert merged.notes == "theirs"
    assert [letter.id for letter in merged.interviews[0].letters] == ["L1"]
    assert merged.interviews[0].assessment == Assessment(overall_rating=4, completed_at=at(8))
    states = {step.kind: step.state for step in merged.follow_ups}
    assert states == {FollowUpKind.SELF_ASSESSMENT: FollowUpState.DONE, FollowUpKind.LINKEDIN: FollowUpState.SKIPPED}
    assert len(merged.follow_ups) == 2


def test_for_the_same_letter_or_review_the_newer_wins() -> None:
    base = application(updated_at=at(0))
    base.interviews[0].letters.append(Letter(LetterKind.THANK_YOU, body="draft", id="L1"))
    base.interviews[0].assessment = Assessment(went_well="draft")
    mine = edited(base, 9)  # newer, but its letter is still a draft and its review unfinished
    theirs = edited(base, 5)
    theirs.interviews[0].letters[0].body, theirs.interviews[0].letters[0].sent_at = "sent", at(5)
    theirs.interviews[0].assessment = Assessment(went_well="done", completed_at=at(5))
    merged = merge_application(mine, theirs)
    assert merged.interviews[0].letters[0].body == "sent"
    assert merged.interviews[0].assessment is not None and merged.interviews[0].assessment.went_well == "done"
    twice = edited(base, 1)
    twice.interviews[0].letters[0].sent_at = at(7)
    twice.interviews[0].letters[0].body = "sent later"
    assert merge_application(theirs, twice).interviews[0].letters[0].body == "sent later"


@pytest.mark.parametrize(
    ("mine", "theirs", "deleted", "base", "kept"),
    [
        # on one side only, nothing known: kept (nothing lost)
        (["A", "B"], ["A"], None, None, ["A", "B"]),
        (["A"], ["A", "C"], None, None, ["A", "C"]),
        # this computer deleted C after having this very edit of it: it stays deleted, whichever
        # file holds it (Syncthing may keep the other computer's version as the data file)
        (["A"], ["A", "C"], {"C": 0}, None, ["A"]),
        (["A", "C"], ["A"], {"C": 0}, None, ["A"]),
        # ... but an edit of C made there after the one we had comes back
        (["A"], ["A", "C@5"], {"C": 0}, None, ["A", "C"]),
        # B unchanged here since both sides had it, gone there: deleted there
        (["A", "B"], ["A"], None, {"A": 0, "B": 0}, ["A"]),
        # B edited here since: kept
        (["A", "B@5"], ["A"], None, {"A": 0, "B": 0}, ["A", "B"]),
    ],
)
def test_an_application_on_one_side_only_is_kept_unless_known_deleted(
    mine: list[str], theirs: list[str], deleted: dict[str, int] | None, base: dict[str, int] | None, kept: list[str]
) -> None:
    def app(spec: str) -> Application:
        name, _, minutes = spec.partition("@")
        return Application(company=name, id=name, updated_at=at(int(minutes or 0)))

    result = merge_applications(
        [app(s) for s in mine],
        [app(s) for s in theirs],
        deleted=None if deleted is None else {k: at(v) for k, v in deleted.items()},
        base=None if base is None else {k: at(v) for k, v in base.items()},
    )
    assert [a.id for a in result.applications] == kept


def test_the_reminder_logs_are_united_at_the_later_raising() -> None:
    assert unite_fired({"a": at(1), "b": at(5)}, {"b": at(3), "c": at(2)}) == {"a": at(1), "b": at(5), "c": at(2)}


# --- merging when the data is opened -------------------------------------------------------------


@pytest.fixture
def two_computers(tmp_path: Path, clock: FakeClock) -> tuple[AppPaths, AppPaths]:
    """The same data on two computers (two folders), as a sync tool left it before both edited."""
    laptop, desktop = AppPaths(tmp_path / "laptop"), AppPaths(tmp_path / "desktop")
    with Store.open(laptop, clock) as store:
        store.save(minimal_application("Acme", "Analyst"))
        store.save(minimal_application("Beta", "Intern"))
        store.save(minimal_application("Gamma", "Trainee"))
    desktop.data_dir.mkdir(parents=True)
    shutil.copy(laptop.data_file, desktop.data_file)
    return laptop, desktop


def edit(paths: AppPaths, clock: FakeClock, company: str, **fields: Any) -> None:
    with Store.open(paths, clock) as store:
        app = next(a for a in store.applications() if a.company == company)
        for key, value in fields.items():
            setattr(app, key, value)
        store.save(app)


def by_company(paths: AppPaths, clock: FakeClock) -> dict[str, Application]:
    with Store.open(paths, clock, read_only=True) as store:
        return {app.company: app for app in store.applications()}


def test_a_syncthing_conflict_copy_is_merged_at_open_and_kept_in_the_backups(
    two_computers: tuple[AppPaths, AppPaths], clock: FakeClock
) -> None:
    laptop, desktop = two_computers
    clock.advance(minutes=1)
    edit(laptop, clock, "Acme", notes="laptop")
    edit(laptop, clock, "Gamma", notes="laptop, earlier")
    clock.advance(minutes=1)
    edit(desktop, clock, "Beta", notes="desktop")
    edit(desktop, clock, "Gamma", notes="desktop, later")
    name = "afterview.sync-conflict-20261128-101500-ABCDEFG.json"
    shutil.copy(desktop.data_file, laptop.data_dir / name)
    with Store.open(laptop, clock) as store:
        workspace = Workspace(store, clock)
        assert workspace.synced is not None
        message = workspace.synced.message
    assert message.startswith(f"Merged 2 changes from {name} (another computer): ")
    assert "Beta — Intern" in message and "Gamma — Trainee" in message
    notes = {company: app.notes for company, app in by_company(laptop, clock).items()}
    assert notes == {"Acme": "laptop", "Beta": "desktop", "Gamma": "desktop, later"}
    assert not (laptop.data_dir / name).exists()
    (kept,) = [v for v in list_versions(laptop) if v.copy.kind is CopyKind.SYNC_CONFLICT]
    assert kept.copy.path.name.endswith(name) and kept.readable
    assert kept.copy.path.read_bytes() == desktop.data_file.read_bytes()
    restorable = read_restorable(kept.copy.path.read_bytes(), now=clock.now())
    assert {app.notes for app in restorable.applications} == {"", "desktop", "desktop, later"}
    with Store.open(laptop, clock) as store:  # merged once: opening again changes nothing
        assert Workspace(store, clock).synced is None


@pytest.mark.parametrize("name", [name for name, _ in NAMES])
def test_every_tools_copy_is_merged(name: str, two_computers: tuple[AppPaths, AppPaths], clock: FakeClock) -> None:
    laptop, desktop = two_computers
    clock.advance(minutes=1)
    edit(desktop, clock, "Beta", notes="desktop")
    shutil.copy(desktop.data_file, laptop.data_dir / name)
    with Store.open(laptop, clock) as store:
        synced = Workspace(store, clock).synced
    assert synced is not None and synced.message.startswith("Merged 1 change from")
    assert by_company(laptop, clock)["Beta"].notes == "desktop"


def test_an_application_deleted_here_is_not_brought_back_by_an_older_copy(
    two_computers: tuple[AppPaths, AppPaths], clock: FakeClock
) -> None:
    laptop, desktop = two_computers
    clock.advance(minutes=1)
    with Store.open(laptop, clock) as store:
        store.delete(next(a.id for a in store.applications() if a.company == "Gamma"))
    edit(desktop, clock, "Beta", notes="desktop")
    shutil.copy(desktop.data_file, laptop.data_dir / "afterview-DESKTOP.json")
    with Store.open(laptop, clock) as store:
        Workspace(store, clock)
    assert sorted(by_company(laptop, clock)) == ["Acme", "Beta"]


def test_a_deletion_here_holds_when_the_sync_tool_kept_the_other_computers_file(
    two_computers: tuple[AppPaths, AppPaths], clock: FakeClock, tmp_path: Path
) -> None:
    laptop, desktop = two_computers
    clock.advance(minutes=1)
    with Store.open(laptop, clock) as store:
        store.delete(next(a.id for a in store.applications() if a.company == "Gamma"))
    edit(desktop, clock, "Beta", notes="desktop")
    # Syncthing kept the desktop's version as the data file, the laptop's own as the conflict copy.
    shutil.copy(laptop.data_file, laptop.data_dir / "afterview.sync-conflict-20261128-101500-LAPTOP7.json")
    shutil.copy(desktop.data_file, laptop.data_file)
    with Store.open(laptop, clock) as store:
        Workspace(store, clock)
    assert {c: a.notes for c, a in by_company(laptop, clock).items()} == {"Acme": "", "Beta": "desktop"}


def test_a_damaged_conflict_copy_is_kept_and_reported_not_merged(
    two_computers: tuple[AppPaths, AppPaths], clock: FakeClock
) -> None:
    laptop, desktop = two_computers
    clock.advance(minutes=1)
    edit(desktop, clock, "Beta", notes="desktop")
    damaged = desktop.data_file.read_bytes().replace(b'"desktop"', b'"tampered"')  # the checksum no longer matches
    name = "afterview (conflicted copy 2026-11-28 101500).json"
    (laptop.data_dir / name).write_bytes(damaged)
    before = laptop.data_file.read_bytes()
    with Store.open(laptop, clock) as store:
        synced = Workspace(store, clock).synced
    assert synced is not None
    assert f"Could not merge {name} from another computer (its contents do not match the checksum" in synced.message
    assert laptop.data_file.read_bytes() == before
    (kept,) = laptop.backups_dir.glob(f"sync-conflict-*{name}")
    assert kept.read_bytes() == damaged and str(kept) in synced.message


def test_a_copy_from_a_newer_afterview_is_left_in_place_and_reported_once(
    two_computers: tuple[AppPaths, AppPaths], clock: FakeClock
) -> None:
    laptop, _ = two_computers
    newer = {"meta": {"1": {"schema_version": 99}}, "applications": {}}
    copy_path = laptop.data_dir / "afterview-NEWPC.json"
    copy_path.write_text(json.dumps(newer))
    with Store.open(laptop, clock) as store:
        workspace = Workspace(store, clock)
        assert workspace.synced is not None and "newer version of Afterview" in workspace.synced.message
        assert workspace.catch_up() is None  # not said again at every save
    assert copy_path.exists()


def test_the_reminder_logs_copies_are_united(paths: AppPaths, clock: FakeClock) -> None:
    with Store.open(paths, clock) as store:
        store.record_fired(["mine"], at(0))
    other = {"reminder_log": {"1": {"theirs": "2026-11-25T10:00:00Z", "mine": "2026-11-25T08:00:00Z"}}}
    copy_path = paths.data_dir / "reminders (conflicted copy 2026-11-28 101500).json"
    copy_path.write_text(json.dumps(other))
    with Store.open(paths, clock) as store:
        Workspace(store, clock)
        assert store.fired() == {"mine": at(0), "theirs": datetime(2026, 11, 25, 10, 0, tzinfo=UTC)}
    assert not copy_path.exists()
    assert list(paths.backups_dir.glob("reminders-sync-conflict-*"))


def test_the_cli_merges_at_open_and_says_so_on_stderr(
    two_computers: tuple[AppPaths, AppPaths], clock: FakeClock, afterview: Any, subprocess_env: dict[str, str]
) -> None:
    laptop, desktop = two_computers
    clock.advance(minutes=1)
    edit(desktop, clock, "Beta", notes="desktop")
    name = "afterview.sync-conflict-20261128-101500-ABCDEFG.json"
    shutil.copy(desktop.data_file, laptop.data_dir / name)
    env = {**subprocess_env, "AFTERVIEW_DATA_DIR": str(laptop.data_dir)}
    blank = laptop.data_dir.parent / "blank.json"
    blank.write_text('{"format": "afterview", "version": 1, "applications": []}')
    result = afterview("import", str(blank), env=env)
    assert result.returncode == 0, result.stderr
    assert f"afterview: Merged 1 change from {name} (another computer): Beta — Intern." in result.stderr
    assert by_company(laptop, clock)["Beta"].notes == "desktop"


# --- the data file replaced under a running Afterview ---------------------------------------------


def test_a_save_after_the_file_was_replaced_merges_first(
    two_computers: tuple[AppPaths, AppPaths], clock: FakeClock
) -> None:
    laptop, desktop = two_computers
    with Store.open(laptop, clock) as store:
        workspace = Workspace(store, clock)
        clock.advance(minutes=1)
        edit(desktop, clock, "Beta", notes="desktop")
        with Store.open(desktop, clock) as other:  # deleted on the other computer
            other.delete(next(a.id for a in other.applications() if a.company == "Gamma"))
        shutil.copy(desktop.data_file, laptop.data_file)  # the sync tool puts the other version in place
        clock.advance(minutes=1)
        acme = next(a for a in workspace.applications() if a.company == "Acme")
        acme.notes = "laptop"
        workspace.save(acme)
        assert workspace.synced is not None and "Beta — Intern" in workspace.synced.message
        assert {a.company: a.notes for a in workspace.applications()} == {"Acme": "laptop", "Beta": "desktop"}
    assert {c: a.notes for c, a in by_company(laptop, clock).items()} == {"Acme": "laptop", "Beta": "desktop"}


def test_our_own_writes_are_not_taken_for_the_sync_tools(paths: AppPaths, clock: FakeClock) -> None:
    with Store.open(paths, clock) as store:
        workspace = Workspace(store, clock)
        for company in ["One", "Two", "Three"]:
            workspace.save(minimal_application(company))
            assert not store.changed_on_disk()
        os.utime(paths.data_file, (1, 1))  # touched, not changed
        assert not store.changed_on_disk()
        assert workspace.synced is None


# --- a kill or a full disk during the merge leaves the data recoverable --------------------------


# Every call by which the merge changes the disk.
DISK_CALLS = [(os, "replace"), (os, "fsync"), (os, "link"), (os, "chmod"), (tempfile, "mkstemp")]


@pytest.mark.parametrize("fault", [Killed(), OSError(errno.ENOSPC, "No space left on device")], ids=["kill", "full"])
def test_a_kill_or_a_full_disk_during_the_merge_loses_nothing(
    fault: BaseException, two_computers: tuple[AppPaths, AppPaths], clock: FakeClock, tmp_path: Path
) -> None:
    laptop, desktop = two_computers
    clock.advance(minutes=1)
    edit(laptop, clock, "Acme", notes="laptop")
    edit(desktop, clock, "Beta", notes="desktop")
    name = "afterview.sync-conflict-20261128-101500-ABCDEFG.json"
    expected = {"Acme": "laptop", "Beta": "desktop", "Gamma": ""}
    step = 1
    while True:
        trial = AppPaths(tmp_path / f"step-{step}")
        shutil.copytree(laptop.data_dir, trial.data_dir)
        shutil.copy(desktop.data_file, trial.data_dir / name)
        store = Store.open(trial, clock)
        try:
            with fault_at(step, fault, DISK_CALLS) as made:
                absorb(store, clock.now())
        except (Killed, OSError):
            pass
        finally:
            store.close()
        load(trial.data_file.read_bytes(), now=clock.now(), deep=True)  # always a whole, exact data file
        with Store.open(trial, clock) as reopened:  # the next start finishes the job
            assert reopened.recovery is None
            Workspace(reopened, clock)
        assert {c: a.notes for c, a in by_company(trial, clock).items()} == expected, f"step {step}"
        assert not (trial.data_dir / name).exists()
        if len(made) < step:  # the fault came after the last disk call: every step was tried
            break
        step += 1
    assert step > 3


def test_opening_the_data_leaves_syncthings_file_in_transfer_alone(paths: AppPaths, clock: FakeClock) -> None:
    paths.data_dir.mkdir(parents=True)
    receiving = paths.data_dir / ".syncthing.afterview.json.tmp"
    ours = paths.data_dir / ".afterview.json.k2j4.tmp"  # a killed writer's leftover: removed
    receiving.write_text("half of the other computer's file")
    ours.write_text("half of ours")
    Store.open(paths, clock).close()
    assert receiving.exists() and not ours.exists()


def test_a_reminder_log_replaced_by_the_sync_tool_is_united_not_overwritten(paths: AppPaths, clock: FakeClock) -> None:
    with Store.open(paths, clock) as store:
        store.record_fired(["mine"], at(0))
        other = {"reminder_log": {"1": {"theirs": "2026-11-25T09:30:00Z"}}}
        replacement = paths.data_dir / ".syncthing.reminders.json.tmp"
        replacement.write_text(json.dumps(other))
        os.replace(replacement, paths.reminder_log_file)  # the other computer's log, put in place
        assert store.fired() == {"mine": at(0), "theirs": at(30)}
        store.record_fired(["later"], at(60))
    with Store.open(paths, clock, read_only=True) as store:
        assert store.fired() == {"mine": at(0), "theirs": at(30), "later": at(60)}
