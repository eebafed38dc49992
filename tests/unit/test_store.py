"""The store on real files: round trips, migrations, backups, recovery from damage, the lock, privacy."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from afterview.domain.model import Interviewer, Stage, ValidationError
from afterview.errors import AfterviewError
from afterview.paths import AppPaths
from afterview.storage.copies import KEEP_DAILY
from afterview.storage.lock import DataInUse
from afterview.storage.migrations import CURRENT_VERSION
from afterview.storage.repository import NewerDataVersion, Store
from tests.support.fakes import FakeClock
from tests.support.samples import full_application, minimal_application

FIXTURES = Path(__file__).parent / "fixtures"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_every_field_survives_a_round_trip_through_the_file(paths: AppPaths, clock: FakeClock) -> None:
    names = ["Núñez & Hijos 🚀", "שלום בע״מ", "株式会社テスト", "Ⓐcme\u200d"]
    apps = [full_application(company) for company in names]
    with Store.open(paths, clock) as store:
        for app in apps:
            store.save(app)
    with Store.open(paths, clock) as store:
        assert store.applications() == apps
        assert store.get(apps[1].id) == apps[1]
    assert "שלום" in paths.data_file.read_text(encoding="utf-8")  # stored as text, not \\u escapes


def test_saving_again_replaces_the_record_and_drops_removed_fields(paths: AppPaths, clock: FakeClock) -> None:
    app = full_application()
    with Store.open(paths, clock) as store:
        store.save(app)
        app.interviews[0].interviewers = [Interviewer("Luis")]
        app.interviews[0].letters = []
        app.outcome = None
        app.stage = Stage.FINAL
        store.save(app)
        assert store.count() == 1
    with Store.open(paths, clock) as store:
        assert store.applications() == [app]


def test_invalid_records_are_not_saved(paths: AppPaths, clock: FakeClock) -> None:
    with Store.open(paths, clock) as store:
        store.save(minimal_application("Acme"))
        before = paths.data_file.read_bytes()
        with pytest.raises(ValidationError, match="Company is required"):
            store.save(minimal_application(""))
    assert paths.data_file.read_bytes() == before


def test_delete(paths: AppPaths, clock: FakeClock) -> None:
    keep, drop = minimal_application("Keep"), minimal_application("Drop")
    with Store.open(paths, clock) as store:
        store.add_all([keep, drop])
        assert store.delete(drop.id)
        assert not store.delete(drop.id)
    with Store.open(paths, clock) as store:
        assert [app.company for app in store.applications()] == ["Keep"]


def test_add_all_is_all_or_nothing(paths: AppPaths, clock: FakeClock) -> None:
    good, bad = minimal_application("Good"), minimal_application("")
    with Store.open(paths, clock) as store:
        with pytest.raises(ValidationError):
            store.add_all([good, bad])
        assert store.count() == 0
    with Store.open(paths, clock) as store:
        assert store.applications() == []


def test_files_are_private(paths: AppPaths, clock: FakeClock) -> None:
    with Store.open(paths, clock) as store:
        store.save(minimal_application())
    assert mode(paths.data_dir) == 0o700
    assert mode(paths.data_file) == 0o600
    assert mode(paths.backups_dir) == 0o700
    for backup in paths.backups_dir.iterdir():
        assert mode(backup) == 0o600
    assert mode(paths.lock_file) == 0o600


def test_a_file_from_the_prototype_is_migrated_after_a_backup(paths: AppPaths, clock: FakeClock) -> None:
    paths.ensure()
    original = (FIXTURES / "v0-prototype.json").read_bytes()
    paths.data_file.write_bytes(original)
    with Store.open(paths, clock) as store:
        assert store.recovery is None
        apps = {app.company: app for app in store.applications()}
    berlin = apps["Ünternehmen GmbH"]
    assert berlin.stage is Stage.INTERVIEWING
    assert berlin.interviews[0].starts_at == datetime(2026, 10, 30, 13, 30, tzinfo=UTC)  # 14:30 CET
    assert berlin.interviews[0].local_starts_at().isoformat() == "2026-10-30T14:30:00+01:00"
    assert berlin.interviews[0].interviewers[0].name == "Jürgen Groß"
    assert apps["Ghosting Ltd"].stage is Stage.NO_RESPONSE
    assert json.loads(paths.data_file.read_bytes())["meta"]["1"]["schema_version"] == CURRENT_VERSION
    with Store.open(paths, clock) as store:  # once migrated, it reads as exactly what was written
        assert store.recovery is None and store.unreadable == []
        assert {app.company: app for app in store.applications()} == apps
    migration_backups = list(paths.backups_dir.glob("before-migration-v0-*.json"))
    assert [backup.read_bytes() for backup in migration_backups] == [original]


def test_a_version_2_file_is_brought_to_version_3_unchanged_after_a_backup(paths: AppPaths, clock: FakeClock) -> None:
    with Store.open(paths, clock) as store:
        store.save(full_application())
        saved = store.applications()
    document = json.loads(paths.data_file.read_bytes())
    document["meta"]["1"]["schema_version"] = 2  # as round two's first files were sealed
    version_2 = json.dumps(document).encode()
    paths.data_file.write_bytes(version_2)
    with Store.open(paths, clock) as store:
        assert store.recovery is None and store.unreadable == []
        assert store.applications() == saved
    assert json.loads(paths.data_file.read_bytes())["meta"]["1"]["schema_version"] == CURRENT_VERSION == 3
    assert [copy.read_bytes() for copy in paths.backups_dir.glob("before-migration-v2-*.json")] == [version_2]


def test_a_file_from_a_newer_version_is_refused_and_left_alone(paths: AppPaths, clock: FakeClock) -> None:
    paths.ensure()
    newer = json.dumps({"meta": {"1": {"schema_version": CURRENT_VERSION + 1}}, "applications": {}}).encode()
    paths.data_file.write_bytes(newer)
    expected = rf"newer version of Afterview \(data version {CURRENT_VERSION + 1}; this version reads up to {CURRENT_VERSION}\)"
    with pytest.raises(NewerDataVersion, match=expected):
        Store.open(paths, clock)
    with pytest.raises(NewerDataVersion):
        Store.open(paths, clock, read_only=True)
    assert paths.data_file.read_bytes() == newer
    # The refusal released the lock: once the file is gone, the folder opens normally.
    paths.data_file.unlink()
    Store.open(paths, clock).close()


DAMAGE = {
    "truncated": lambda good: good[: len(good) // 2],
    "garbage bytes": lambda good: os.urandom(64) + b"\xff\xfe",
    "wrong shape (a list)": lambda good: b"[1, 2, 3]",
    "wrong shape (applications as a list)": lambda good: b'{"applications": [{"company": "x"}]}',
    "wrong shape (no company)": lambda good: (
        b'{"meta": {"1": {"schema_version": 1}}, "applications": {"1": {"id": "a"}}}'
    ),
    "wrong shape (bad version)": lambda good: b'{"meta": {"1": {"schema_version": "one"}}, "applications": {}}',
    "empty file": lambda good: b"",
    "only spaces": lambda good: b"  \n ",
}


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_a_damaged_file_is_moved_aside_and_the_newest_backup_restored(
    paths: AppPaths, clock: FakeClock, damage: Callable[[bytes], bytes]
) -> None:
    older, newer = minimal_application("Older day"), minimal_application("Newer day")
    with Store.open(paths, clock) as store:
        store.save(older)
    clock.advance(days=1)
    with Store.open(paths, clock) as store:  # yesterday's data becomes today's backup
        store.save(newer)
    clock.advance(days=1)
    with Store.open(paths, clock) as store:  # the backup of this day holds both
        pass
    good = paths.data_file.read_bytes()
    damaged = damage(good)
    paths.data_file.write_bytes(damaged)

    with Store.open(paths, clock) as store:
        assert store.recovery is not None
        assert {app.company for app in store.applications()} == {"Older day", "Newer day"}
        kept_as = store.recovery.kept_as
        assert store.recovery.restored_from is not None
        assert "could not be read" in store.recovery.message and str(kept_as) in store.recovery.message
    assert kept_as is not None and kept_as.read_bytes() == damaged  # the damaged file is kept, never overwritten


def test_damage_with_no_backup_starts_empty_and_says_so(paths: AppPaths, clock: FakeClock) -> None:
    paths.ensure()
    paths.data_file.write_bytes(b"{not json")
    with Store.open(paths, clock) as store:
        assert store.recovery is not None and store.recovery.restored_from is None
        assert "No good copy was found" in store.recovery.message
        assert store.count() == 0
    assert store.recovery.kept_as is not None and store.recovery.kept_as.read_bytes() == b"{not json"


def test_a_damaged_backup_is_passed_over(paths: AppPaths, clock: FakeClock) -> None:
    with Store.open(paths, clock) as store:
        store.save(minimal_application("Saved"))
    for _ in range(2):  # two more days: two backups holding "Saved"
        clock.advance(days=1)
        Store.open(paths, clock).close()
    newest = max(paths.backups_dir.iterdir(), key=lambda path: path.stat().st_mtime_ns)
    newest.write_bytes(b"garbage")
    paths.data_file.write_bytes(b"garbage")
    with Store.open(paths, clock) as store:
        assert store.recovery is not None and store.recovery.restored_from is not None
        assert store.recovery.restored_from.path != newest
        assert [app.company for app in store.applications()] == ["Saved"]


def test_viewing_a_damaged_file_read_only_changes_nothing(paths: AppPaths, clock: FakeClock) -> None:
    paths.ensure()
    paths.data_file.write_bytes(b"\x00\x01")
    with Store.open(paths, clock, read_only=True) as viewer:
        assert viewer.applications() == []
        assert viewer.recovery is not None and "start Afterview to repair" in viewer.recovery.message
    assert paths.data_file.read_bytes() == b"\x00\x01"
    assert not paths.backups_dir.exists()


def test_viewing_a_damaged_file_read_only_shows_its_newest_good_copy(paths: AppPaths, clock: FakeClock) -> None:
    with Store.open(paths, clock) as store:
        store.save(minimal_application("Saved"))
    paths.data_file.write_bytes(b"{")
    with Store.open(paths, clock, read_only=True) as viewer:
        assert [app.company for app in viewer.applications()] == ["Saved"]
        assert viewer.recovery is not None and viewer.recovery.kept_as is None
    assert paths.data_file.read_bytes() == b"{"


def test_one_backup_a_day_and_only_the_last_seven_kept(paths: AppPaths, clock: FakeClock) -> None:
    clock.current = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
    for day in range(10):
        with Store.open(paths, clock) as store:
            store.save(minimal_application(f"Day {day}"))
            store.save(minimal_application(f"Day {day} again"))
        clock.advance(days=1)
    backups = sorted(path.name for path in paths.backups_dir.glob("daily-*"))
    assert len(backups) == KEEP_DAILY
    assert backups[0] == "daily-2026-11-04.json" and backups[-1] == "daily-2026-11-10.json"
    # Each backup holds the data as it was when that day began.
    latest = json.loads((paths.backups_dir / "daily-2026-11-10.json").read_bytes())
    assert len(latest["applications"]) == 18


def test_a_store_left_open_for_days_still_backs_up_daily(paths: AppPaths, clock: FakeClock) -> None:
    with Store.open(paths, clock) as store:
        for _ in range(3):
            store.save(minimal_application())
            clock.advance(days=1)
        store.save(minimal_application())
    assert len(list(paths.backups_dir.glob("daily-*.json"))) == 4


def test_a_second_writer_is_refused_with_the_holders_pid(
    paths: AppPaths, clock: FakeClock, subprocess_env: dict[str, str]
) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_STORE, str(paths.data_dir)],
        env=subprocess_env, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        with pytest.raises(
            DataInUse, match=rf"^Afterview data is in use by another running Afterview \(pid {holder.pid}\)\.$"
        ):
            Store.open(paths, clock)
        with Store.open(paths, clock, read_only=True) as viewer:  # reading while the app runs is fine
            assert viewer.count() == 1
    finally:
        holder.kill()
        holder.wait()
        assert holder.stdout is not None
        holder.stdout.close()
    with Store.open(paths, clock) as store:  # a killed holder leaves no lock behind
        assert store.count() == 1


HOLD_STORE = """
import sys, time
from pathlib import Path
from afterview.clock import SystemClock
from afterview.paths import AppPaths
from afterview.storage.repository import Store
from afterview.domain.model import Application
store = Store.open(AppPaths(Path(sys.argv[1])), SystemClock())
store.save(Application(company="Held"))
print("holding", flush=True)
time.sleep(60)
"""


def test_the_lock_is_released_on_close(paths: AppPaths, clock: FakeClock) -> None:
    Store.open(paths, clock).close()
    Store.open(paths, clock).close()


def test_read_only_store_refuses_writes(paths: AppPaths, clock: FakeClock) -> None:
    with Store.open(paths, clock) as store:
        store.save(minimal_application())
    with Store.open(paths, clock, read_only=True) as viewer, pytest.raises(Exception, match="read-only"):
        viewer.save(minimal_application())


def test_read_only_on_a_missing_folder_creates_nothing(paths: AppPaths, clock: FakeClock) -> None:
    with Store.open(paths, clock, read_only=True) as viewer:
        assert viewer.applications() == []
    assert not paths.data_dir.exists()


def test_a_hand_edited_record_is_damage_recovered_from_the_journal(paths: AppPaths, clock: FakeClock) -> None:
    with Store.open(paths, clock) as store:
        store.add_all([minimal_application("Fine"), minimal_application("Kept")])
    data = json.loads(paths.data_file.read_bytes())
    data["applications"]["2"]["stage"] = "hired!"
    edited = json.dumps(data).encode()
    paths.data_file.write_bytes(edited)
    with Store.open(paths, clock) as store:
        assert [app.company for app in store.applications()] == ["Fine", "Kept"]
        assert store.recovery is not None and store.recovery.kept_as is not None
        assert store.recovery.kept_as.read_bytes() == edited


def test_with_no_good_copy_a_record_that_does_not_decode_is_skipped_not_lost(paths: AppPaths, clock: FakeClock) -> None:
    with Store.open(paths, clock) as store:
        store.add_all([minimal_application("Fine"), minimal_application("Broken")])
    shutil.rmtree(paths.backups_dir)
    data = json.loads(paths.data_file.read_bytes())
    data["applications"]["2"]["stage"] = "hired!"
    paths.data_file.write_text(json.dumps(data))
    with Store.open(paths, clock) as store:
        assert [app.company for app in store.applications()] == ["Fine"]
        assert store.unreadable == ["Broken: stage: 'hired!' is not one of: applied, screening, interviewing, final, "
                                    "offer, accepted, rejected, withdrawn, no_response."]  # fmt: skip
        store.save(minimal_application("New"))
    assert json.loads(paths.data_file.read_bytes())["applications"]["2"]["stage"] == "hired!"


def test_stale_temporary_files_from_a_crash_are_removed(paths: AppPaths, clock: FakeClock) -> None:
    Store.open(paths, clock).close()
    leftover = paths.data_dir / ".afterview.json.abc123.tmp"
    leftover.write_bytes(b"half a write")
    Store.open(paths, clock).close()
    assert not leftover.exists()


def test_a_failed_write_keeps_the_old_data_on_disk_and_in_memory(
    paths: AppPaths, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = minimal_application("First")
    with Store.open(paths, clock) as store:
        store.save(first)
        before = paths.data_file.read_bytes()

        def disk_full(*args: object) -> None:
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(os, "replace", disk_full)
        with pytest.raises(OSError, match="No space left"):
            store.save(minimal_application("Second"))
        monkeypatch.undo()
        assert paths.data_file.read_bytes() == before
        assert store.applications() == [first]
        assert not list(paths.data_dir.glob(".afterview.json.*"))
        store.save(minimal_application("Third"))  # and the store keeps working
        assert [app.company for app in store.applications()] == ["First", "Third"]


def test_the_data_folder_can_be_copied_elsewhere_and_opened(tmp_path: Path, paths: AppPaths, clock: FakeClock) -> None:
    with Store.open(paths, clock) as store:
        store.save(full_application())
    moved = AppPaths(tmp_path / "moved")
    shutil.copytree(paths.data_dir, moved.data_dir)
    with Store.open(moved, clock) as store:
        assert store.count() == 1


def test_a_closed_store_refuses_to_write(paths: AppPaths, clock: FakeClock) -> None:
    store = Store.open(paths, clock)
    store.close()
    store.close()  # twice is fine
    with Store.open(paths, clock) as other:
        with pytest.raises(AfterviewError, match="closed"):
            store.save(minimal_application("Written after close"))
        other.save(minimal_application("Kept"))
    with Store.open(paths, clock) as store:
        assert [app.company for app in store.applications()] == ["Kept"]


def test_stale_temporary_files_of_backups_and_the_pid_file_are_removed(paths: AppPaths, clock: FakeClock) -> None:
    Store.open(paths, clock).close()
    leftovers = [paths.backups_dir / ".daily-2026-11-24.json.x1.tmp", paths.data_dir / ".afterview.pid.x2.tmp"]
    for leftover in leftovers:
        leftover.write_bytes(b"a full copy of the data")
    Store.open(paths, clock).close()
    assert [path for path in leftovers if path.exists()] == []


def test_settings_and_the_reminder_log_are_stored(paths: AppPaths, clock: FakeClock) -> None:
    from afterview.domain.settings import Settings

    with Store.open(paths, clock) as store:
        assert store.settings() == Settings()
        store.save_settings(Settings(user_name="Lucía", max_check_ins=3))
        store.record_fired(["a", "b"], clock.now())
    clock.advance(days=100)
    with Store.open(paths, clock) as store:
        assert (store.settings().user_name, store.settings().max_check_ins) == ("Lucía", 3)
        assert store.fired() == {"a": clock.now() - timedelta(days=100), "b": clock.now() - timedelta(days=100)}
        store.record_fired(["c"], clock.now())
        assert store.fired() == {"c": clock.now()}  # entries older than 90 days are dropped


def test_raising_a_reminder_never_rewrites_the_data_file(paths: AppPaths, clock: FakeClock) -> None:
    with Store.open(paths, clock) as store:
        store.save(minimal_application())
        before = (paths.data_file.read_bytes(), paths.data_file.stat().st_ino)
        versions = sorted(paths.backups_dir.iterdir())
        store.record_fired(["a"], clock.now())
        store.record_fired(["b"], clock.now())
        assert (paths.data_file.read_bytes(), paths.data_file.stat().st_ino) == before
        assert sorted(paths.backups_dir.iterdir()) == versions  # and makes no version either
    assert mode(paths.reminder_log_file) == 0o600


def test_the_reminder_log_of_an_older_data_file_moves_to_its_own_file(paths: AppPaths, clock: FakeClock) -> None:
    with Store.open(paths, clock) as store:
        store.save(minimal_application())
    data = json.loads(paths.data_file.read_bytes())
    data["reminder_log"] = {"1": {"step-a": "2026-11-20T09:00:00Z"}}
    paths.data_file.write_text(json.dumps(data))
    shutil.rmtree(paths.backups_dir)  # a round-one folder: no checksum, no journal
    with Store.open(paths, clock) as store:
        assert store.fired() == {"step-a": datetime(2026, 11, 20, 9, 0, tzinfo=UTC)}
        store.save(minimal_application("Next"))
    assert "reminder_log" not in json.loads(paths.data_file.read_bytes())
    with Store.open(paths, clock) as store:
        assert store.recovery is None and "step-a" in store.fired()


def test_a_damaged_reminder_log_starts_afresh(paths: AppPaths, clock: FakeClock) -> None:
    Store.open(paths, clock).close()
    paths.reminder_log_file.write_bytes(b"{half")
    with Store.open(paths, clock) as store:
        assert store.fired() == {}
        store.record_fired(["x"], clock.now())
        assert store.fired() == {"x": clock.now()}


def test_a_bad_stored_setting_falls_back_to_its_default(paths: AppPaths, clock: FakeClock) -> None:
    with Store.open(paths, clock) as store:
        store.save_settings(store.settings())
    data = json.loads(paths.data_file.read_bytes())
    data["settings"]["1"]["max_check_ins"] = 99
    data["settings"]["1"]["quiet_hours_end"] = "eight"
    data["settings"]["1"]["user_name"] = "Lucía"
    paths.data_file.write_text(json.dumps(data))
    shutil.rmtree(paths.backups_dir)  # with a good copy, this would be damage, recovered from it
    with Store.open(paths, clock) as store:
        settings = store.settings()
    assert (settings.max_check_ins, settings.quiet_hours_end.hour, settings.user_name) == (2, 8, "Lucía")
