"""Time-zone names are checked against the real zones: a region ("Europe"), a path ("../etc/passwd")
or a stray file of the zone database is an unknown zone with a field message, never a crash."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from afterview.domain.calendar import UnknownTimeZone, resolve_zone
from afterview.domain.model import Application, Interview, ValidationError
from afterview.domain.settings import settings_from_dict
from afterview.paths import AppPaths
from afterview.storage.repository import Store
from tests.support.cli import RunAfterview
from tests.support.fakes import FakeClock

NOT_ZONES = [
    "Europe",  # a region: a folder of the zone database (IsADirectoryError from ZoneInfo)
    "America",
    "Europe/",
    "../etc/passwd",
    "Europe/../../../etc/passwd",
    "zone.tab",  # a file of the zone database that is not a zone
    "tzdata.zi",
    "localtime",  # whatever zone the computer reading it is set to
    "posixrules",
    "Europe/Madrid\x00",
    "Mars/Olympus",
    "x" * 300,
]


@pytest.mark.parametrize("name", NOT_ZONES)
def test_a_name_that_is_not_a_real_zone_is_unknown(name: str) -> None:
    with pytest.raises(UnknownTimeZone, match="is not a known time zone"):
        resolve_zone(name)


@pytest.mark.parametrize("name", ["Europe/Madrid", "America/Argentina/Buenos_Aires", "UTC", "Etc/UTC", "+05:30"])
def test_real_zones_and_offsets_still_resolve(name: str) -> None:
    assert resolve_zone(name) is not None


def interview(zone: str) -> Interview:
    return Interview(starts_at=datetime(2026, 11, 24, 9, 0, tzinfo=UTC), time_zone=zone)


@pytest.mark.parametrize("name", ["Europe", "../etc/passwd"])
def test_an_interview_in_a_region_gets_a_field_message(name: str) -> None:
    [problem] = interview(name).problems()
    assert problem.field == "time_zone" and "is not a known time zone" in problem.message


def test_a_region_as_the_users_zone_is_a_settings_field_message() -> None:
    with pytest.raises(ValidationError) as caught:
        settings_from_dict({"time_zone": "America"})
    [problem] = caught.value.errors
    assert problem.field == "time_zone" and "'America' is not a known time zone" in problem.message


def test_saving_an_interview_in_a_region_is_refused_with_a_message(paths: AppPaths, clock: FakeClock) -> None:
    app = Application(company="Acme", interviews=[interview("Europe")])
    with Store.open(paths, clock) as store:
        with pytest.raises(ValidationError, match="is not a known time zone"):
            store.save(app)
        assert store.count() == 0


def document(zone: str, settings_zone: str | None = None) -> dict[str, object]:
    app = {"company": "Acme", "interviews": [{"starts_at": "2026-11-24T10:00:00+01:00", "time_zone": zone}]}
    result: dict[str, object] = {"format": "afterview", "version": 1, "applications": [app]}
    if settings_zone is not None:
        result["settings"] = {"time_zone": settings_zone}
    return result


@pytest.mark.parametrize(
    ("verb", "content", "expected"),
    [
        ("import", document("Europe"), "applications[0].interviews[0].time_zone: 'Europe' is not a known time zone"),
        ("restore", document("Europe"), "applications[0].interviews[0].time_zone: 'Europe' is not a known time zone"),
        ("restore", document("UTC", "America"), "settings.time_zone: 'America' is not a known time zone"),
    ],
)
def test_the_command_line_refuses_a_region_in_one_line(
    afterview: RunAfterview, tmp_path: Path, verb: str, content: dict[str, object], expected: str
) -> None:
    source = tmp_path / "zones.json"
    source.write_text(json.dumps(content), encoding="utf-8")
    result = afterview(verb, "--merge", str(source)) if verb == "restore" else afterview(verb, str(source))
    assert result.returncode == 1, result
    assert result.stderr.count("\n") == 1 and expected in result.stderr, result.stderr
    assert "Traceback" not in result.stderr and "unexpected" not in result.stderr
