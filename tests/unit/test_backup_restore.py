"""Backups and restores: what a backup holds, merging without duplicates, replacing all or nothing."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime, time
from pathlib import Path

import pytest

from afterview.core.restoring import bring_in
from afterview.domain.model import Application, Interview, ValidationError
from afterview.domain.settings import Settings
from afterview.errors import AfterviewError
from afterview.interchange import json_format
from afterview.paths import AppPaths
from afterview.storage.repository import Store
from tests.support.fakes import FakeClock
from tests.support.samples import full_application, minimal_application

MY_TEMPLATE = ("thank_you/en/Short", "Subject: Thanks, {interviewer_first_name}\n\nThank you for today.\n\n{my_name}")


def interviewed(app: Application, day: int = 24) -> Application:
    app.interviews = [Interview(starts_at=datetime(2026, 11, day, 9, 0, tzinfo=UTC), time_zone="Europe/Madrid")]
    return app


def backup_of(store: Store) -> bytes:
    document = json_format.export_document(store.applications(), store.settings(), store.user_templates())
    return json_format.dumps(document).encode("utf-8")


@pytest.fixture
def store(paths: AppPaths, clock: FakeClock) -> Iterator[Store]:
    with Store.open(paths, clock) as opened:
        yield opened


def filled(store: Store) -> Store:
    store.add_all([full_application(), interviewed(minimal_application("Beta", "Data intern"))])
    store.save_settings(Settings(check_in_spacing_days=9, quiet_hours_start=time(21, 30)))
    store.save_user_templates(dict([MY_TEMPLATE]))
    return store


def test_a_backup_holds_applications_settings_and_templates_and_reads_back_exactly(
    store: Store, clock: FakeClock
) -> None:
    payload = backup_of(filled(store))
    document = json_format.parse_document(payload, now=clock.now())
    assert document.applications == store.applications()
    assert document.settings == store.settings()
    assert document.templates == dict([MY_TEMPLATE])
    again = json_format.export_document(document.applications, document.settings, document.templates)
    assert json_format.dumps(again).encode("utf-8") == payload


def test_the_preview_counts_what_the_file_holds(store: Store, clock: FakeClock) -> None:
    document = json_format.parse_document(backup_of(filled(store)), now=clock.now())
    interviews = sum(len(app.interviews) for app in store.applications())
    assert document.summary() == f"2 applications, {interviews} interviews, your settings and 1 letter template"
    bare = json_format.Document([interviewed(minimal_application())])
    assert bare.summary() == "1 application, 1 interview"


def test_replace_makes_the_data_exactly_the_backup_and_keeps_the_old_data_aside(
    paths: AppPaths, clock: FakeClock, tmp_path: Path
) -> None:
    with Store.open(AppPaths(tmp_path / "source"), clock) as source:
        backup = json_format.parse_document(backup_of(filled(source)), now=clock.now())
        expected = backup_of(source)
    with Store.open(paths, clock) as store:
        store.add_all([minimal_application("Old Co", "Old job")])
        store.save_user_templates({"linkedin_note/es/Mía": "Hola {interviewer_first_name}"})
        before = paths.data_file.read_bytes()
        done = bring_in(store, backup, replace=True)
        assert backup_of(store) == expected
        assert done.replaced and done.added == 2
        assert done.previous_data is not None and done.previous_data.read_bytes() == before
        assert done.previous_data.stat().st_mode & 0o777 == 0o600
    with Store.open(paths, clock) as reopened:  # it is on disk, not only in memory
        assert backup_of(reopened) == expected
        reopened.save(minimal_application("After", "restore"))  # and the store still works
        assert len(reopened.applications()) == 3


def test_replace_keeps_settings_and_templates_a_file_does_not_mention(store: Store, clock: FakeClock) -> None:
    filled(store)
    settings, templates = store.settings(), store.user_templates()
    bring_in(store, json_format.Document([minimal_application("Only", "one")]), replace=True)
    assert [app.company for app in store.applications()] == ["Only"]
    assert (store.settings(), store.user_templates()) == (settings, templates)


def test_merge_adds_only_what_is_missing_and_keeps_my_settings_and_templates(store: Store, clock: FakeClock) -> None:
    filled(store)
    mine = store.user_templates()
    settings = store.settings()
    incoming = json_format.Document(
        [*store.applications(), minimal_application("Gamma", "Analyst")],
        settings=Settings(check_in_spacing_days=3),
        templates={MY_TEMPLATE[0]: "Thanks from the file", "thank_you/es/Corta": "Gracias, {interviewer_first_name}"},
    )
    done = bring_in(store, incoming, replace=False)
    assert (done.added, done.already_there) == (1, 2)
    assert [app.company for app in store.applications()][-1] == "Gamma"
    assert store.settings() == settings
    assert store.user_templates() == {**mine, "thank_you/es/Corta": "Gracias, {interviewer_first_name}"}

    again = bring_in(store, incoming, replace=False)
    assert (again.added, again.already_there, again.previous_data) == (0, 3, None)
    assert len(store.applications()) == 3


def test_merge_recognises_a_hand_written_copy_by_company_position_and_first_interview(
    store: Store, clock: FakeClock
) -> None:
    store.add_all([interviewed(minimal_application("Acme", "Junior analyst"))])
    copy = interviewed(minimal_application("  ACME ", "junior  Analyst"))  # a new id, typed differently
    twice = interviewed(minimal_application("Delta", "Tester"), day=20)
    twin = interviewed(minimal_application("Delta", "Tester"), day=20)  # the same application twice in one file
    other_round = interviewed(minimal_application("Acme", "Junior analyst"), day=27)  # another application
    done = bring_in(store, json_format.Document([copy, twice, twin, other_round]), replace=False)
    assert (done.added, done.already_there) == (2, 2)
    assert sorted(app.company for app in store.applications()) == ["Acme", "Acme", "Delta"]


def test_a_restore_that_fails_changes_nothing(store: Store, paths: AppPaths, clock: FakeClock) -> None:
    filled(store)
    before = paths.data_file.read_bytes()
    broken = minimal_application("Broken")
    broken.company = ""
    with pytest.raises(ValidationError):
        bring_in(store, json_format.Document([minimal_application("Fine"), broken]), replace=True)
    assert paths.data_file.read_bytes() == before
    assert len(store.applications()) == 2


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ({"settings": []}, '"settings" must be an object'),
        ({"settings": {"check_in_spacing_days": "soon"}}, "settings.check_in_spacing_days:"),
        ({"settings": {"colour": "blue"}}, "settings: unknown setting 'colour'."),
        ({"settings": {"business_hours_start": "18:00", "business_hours_end": "09:00"}}, "must end after they start"),
        ({"templates": ["x"]}, '"templates" must be an object'),
        ({"templates": {"thank_you/xx/Mine": "Hi"}}, "is not a template name"),
        ({"templates": {"nonsense": "Hi"}}, "is not a template name"),
        ({"templates": {"thank_you/en/Mine": 7}}, "templates.thank_you/en/Mine: must be text"),
        ({"templates": {"thank_you/en/Mine": "Hi {password}"}}, "templates.thank_you/en/Mine:"),
        ({"backups": []}, "unknown top-level field 'backups'"),
    ],
)
def test_bad_settings_or_templates_in_a_file_are_named(
    clock: FakeClock, extra: dict[str, object], expected: str
) -> None:
    payload = json.dumps({"format": "afterview", "version": 1, "applications": [], **extra}).encode()
    with pytest.raises(json_format.ImportProblem) as problem:
        json_format.parse_document(payload, now=clock.now())
    assert expected in str(problem.value)


def test_two_applications_with_their_own_ids_and_no_interview_are_both_kept(store: Store, clock: FakeClock) -> None:
    """Two tries at the same job (same company and position, no interview yet) are two applications."""
    first, second = minimal_application("Acme", "Analyst"), minimal_application("Acme", "Analyst")
    payload = json_format.dumps(json_format.export_document([first, second])).encode()
    done = bring_in(store, json_format.parse_document(payload, now=clock.now()), replace=False)
    assert (done.added, done.already_there) == (2, 0)
    again = bring_in(store, json_format.parse_document(payload, now=clock.now()), replace=False)
    assert (again.added, again.already_there) == (0, 2)


def test_a_record_without_an_id_is_recognised_by_company_and_position_alone(store: Store, clock: FakeClock) -> None:
    store.add_all([minimal_application("Acme", "Analyst")])
    payload = b'{"format": "afterview", "version": 1, "applications": [{"company": "acme", "position": "ANALYST"}]}'
    done = bring_in(store, json_format.parse_document(payload, now=clock.now()), replace=False)
    assert (done.added, done.already_there) == (0, 1)


def test_a_spreadsheet_row_adds_its_new_interview_to_the_stored_application(store: Store, clock: FakeClock) -> None:
    stored = interviewed(minimal_application("Acme", "Analyst"), day=20)
    store.add_all([stored])
    row = interviewed(minimal_application("Acme", "Analyst"), day=20)  # as the sheet lists it, and a new round:
    row.interviews.append(Interview(starts_at=datetime(2026, 12, 1, 9, 0, tzinfo=UTC), time_zone="Europe/Madrid"))
    done = bring_in(store, json_format.Document([row]), replace=False)  # no own ids: rows of a sheet
    assert (done.added, done.already_there, done.interviews_added_to_existing) == (0, 1, 1)
    assert done.message("sheet.csv").endswith(
        "Skipped 1 application already in your data, adding 1 new interview to them."
    )
    [app] = store.applications()
    assert app.id == stored.id and [i.starts_at.day for i in app.interviews] == [20, 1]
    assert bring_in(store, json_format.Document([row]), replace=False).interviews_added_to_existing == 0


def test_a_backup_never_adds_interviews_to_what_is_stored(store: Store, clock: FakeClock) -> None:
    """A backup's record (its own id) is older or newer than the stored one: the stored one is kept."""
    stored = interviewed(minimal_application("Acme", "Analyst"), day=20)
    store.add_all([stored])
    older = json_format.parse_document(backup_of(store), now=clock.now())
    store.save(interviewed(store.applications()[0], day=22))  # the user moved the interview since
    bring_in(store, older, replace=False)
    assert [i.starts_at.day for i in store.applications()[0].interviews] == [22]


def test_merge_over_an_unreadable_stored_record_does_not_add_it_twice(paths: AppPaths, clock: FakeClock) -> None:
    with Store.open(paths, clock) as store:
        store.add_all([interviewed(minimal_application("Acme", "Analyst"))])
        backup = json_format.parse_document(backup_of(store), now=clock.now())
    data = json.loads(paths.data_file.read_text(encoding="utf-8"))
    data["applications"]["1"]["stage"] = "bogus"  # a later version's stage, or a hand edit
    paths.data_file.write_text(json.dumps(data), encoding="utf-8")
    shutil.rmtree(paths.backups_dir)  # no good copy to recover from: the record stays, unreadable
    with Store.open(paths, clock) as store:
        assert store.applications() == [] and store.unreadable
        done = bring_in(store, backup, replace=False)
        assert (done.added, done.already_there, done.previous_data) == (0, 1, None)


def test_adding_an_application_already_stored_is_refused_before_anything_is_written(
    store: Store, paths: AppPaths
) -> None:
    app = interviewed(minimal_application())
    store.add_all([app])
    before = paths.data_file.read_bytes()
    with pytest.raises(AfterviewError, match="is already in your data; nothing was changed"):
        store.restore([app])
    assert paths.data_file.read_bytes() == before
    assert not list(paths.backups_dir.glob("before-restore-*"))
