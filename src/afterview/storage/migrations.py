"""Schema versions of the data file and the steps that bring an old file up to date.

The version lives in the ``meta`` table. Each step takes the whole parsed file of version N and
returns version N+1; steps run one after another, after a backup, and the result is written once.

Version 0 is the prototype's format: no ``meta`` table, a ``status`` instead of a ``stage`` (with
some older names), and interview times as a local ``date`` and ``time`` plus a ``timezone``.
Version 1 is round one's format. Version 2 adds each interview's ``kind`` (older interviews were
planned as one-to-one) and an application's ``offer_deadline``. Version 3 (the current one, see
docs/data-format.md) changes no record: it may hold fields, steps and letters an older Afterview
does not know (an offer's terms, ``updated_at``, an interview's ``calendar_uid`` and ``cancelled``,
the offer desk's and the preparation brief's steps, the LinkedIn message, new settings). The number
goes up so that an older Afterview (on another computer sharing the folder) says the data is newer
instead of taking those records for damage and recovering an older copy.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

Tables = dict[str, dict[str, Any]]

CURRENT_VERSION = 3
META_TABLE = "meta"
APPLICATIONS_TABLE = "applications"

_V0_STATUS = {"interview": "interviewing", "offer_received": "offer", "ghosted": "no_response"}


class MigrationError(ValueError):
    """A file that claims an old version but cannot be read as one (the data file is then damaged)."""


def schema_version(data: Tables) -> int:
    """The file's version (0 for the prototype's files, which have no ``meta`` table)."""
    meta = data.get(META_TABLE)
    if not meta:
        return 0
    return int(next(iter(meta.values()))["schema_version"])


def _v0_to_v1(data: Tables) -> Tables:
    applications = {}
    for doc_id, old in data.get(APPLICATIONS_TABLE, {}).items():
        if "stage" in old:
            # A current record in a file whose version table was lost: migrating it would reset its stage.
            raise MigrationError(f"application {doc_id} is not in the prototype's format")
        new = {key: value for key, value in old.items() if key != "status"}
        status = old.get("status", "applied")
        if not isinstance(status, str):
            raise MigrationError(f"application {doc_id} has a status that is not text")
        new["stage"] = _V0_STATUS.get(status, status)
        interviews = old.get("interviews", [])
        if not isinstance(interviews, list):
            raise MigrationError(f"application {doc_id} has interviews that are not a list")
        new["interviews"] = [_v0_interview(interview) for interview in interviews]
        applications[doc_id] = new
    migrated: Tables = {key: value for key, value in data.items() if key != APPLICATIONS_TABLE}
    migrated[APPLICATIONS_TABLE] = applications
    migrated[META_TABLE] = {"1": {"schema_version": 1}}
    return migrated


def _v0_interview(old: Any) -> dict[str, Any]:
    try:
        new = {key: value for key, value in old.items() if key not in ("date", "time", "timezone")}
        zone_name = old.get("timezone") or "UTC"
        local = datetime.fromisoformat(f"{old['date']}T{old.get('time') or '09:00'}")
        starts = local.replace(tzinfo=ZoneInfo(zone_name)).astimezone(UTC)
    except (AttributeError, KeyError, TypeError, ValueError, OverflowError, OSError, ZoneInfoNotFoundError) as error:
        # No date, a date or zone that is not one (a region name such as "Europe" is a folder of zones).
        raise MigrationError(f"an interview cannot be read ({type(error).__name__}: {error})") from None
    new["starts_at"] = starts.isoformat().replace("+00:00", "Z")
    new["time_zone"] = zone_name
    return new


def _v1_to_v2(data: Tables) -> Tables:
    applications = {}
    for doc_id, old in data.get(APPLICATIONS_TABLE, {}).items():
        interviews = old.get("interviews")
        if interviews is not None and not isinstance(interviews, list):
            raise MigrationError(f"application {doc_id} has interviews that are not a list")
        new = {**old, "offer_deadline": old.get("offer_deadline")}
        if interviews is not None:
            new["interviews"] = [
                {**interview, "kind": interview.get("kind", "one_to_one")} if isinstance(interview, dict) else interview
                for interview in interviews
            ]
        applications[doc_id] = new
    migrated: Tables = {**data, APPLICATIONS_TABLE: applications}
    settings = data.get("settings", {}).get("1")
    if isinstance(settings, dict):
        # The reminder to ask moved from before the end to before the start: a new setting.
        migrated["settings"] = {"1": {key: value for key, value in settings.items() if key != "ask_minutes_before_end"}}
    migrated[META_TABLE] = {"1": {"schema_version": 2}}
    return migrated


def _v2_to_v3(data: Tables) -> Tables:
    """Nothing to change: version 3 only adds what version 2 files never hold."""
    return {**data, META_TABLE: {"1": {"schema_version": 3}}}


MIGRATIONS: dict[int, Callable[[Tables], Tables]] = {0: _v0_to_v1, 1: _v1_to_v2, 2: _v2_to_v3}


def migrate(data: Tables) -> Tables:
    """Bring ``data`` from its version to :data:`CURRENT_VERSION`, one step at a time.

    Raises :class:`MigrationError` when the file cannot be read as the version it claims.
    """
    version = schema_version(data)
    while version < CURRENT_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
    return data
