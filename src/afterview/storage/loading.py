"""From the bytes of a data file (or any copy of one) to checked tables, or the reason it is damaged.

Two ways of reading, for two questions:

- :func:`load` asks "is this exactly what Afterview wrote?". Every table is known, every record
  decodes, and encoding what was decoded gives back the very same record (a renamed, missing or
  mistyped key, an unknown zone, an id that is not text all fail it). Only a copy that passes is
  trusted to replace a damaged data file.
- :func:`load_leniently` asks "what can still be read?". It keeps what decodes and lists what does
  not; the store falls back to it when no copy passes :func:`load` (a file from before the
  versions journal, hand-edited, with nothing better to go back to), and restore uses it to
  salvage a damaged copy.

Both refuse a file written by a newer Afterview (:class:`NewerDataVersion`): that is not damage.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from afterview.atomic import encode
from afterview.domain.codec import application_from_dict, application_to_dict
from afterview.domain.model import Application, ValidationError
from afterview.domain.settings import SPECS, Settings, settings_from_dict, settings_from_stored, settings_to_dict
from afterview.errors import AfterviewError
from afterview.i18n import translate
from afterview.storage import migrations
from afterview.storage.migrations import APPLICATIONS_TABLE, CURRENT_VERSION, META_TABLE, Tables

SETTINGS_TABLE = "settings"
TEMPLATES_TABLE = "templates"
LEGACY_REMINDER_LOG_TABLE = "reminder_log"  # kept in the data file before the log got its own file
log = logging.getLogger(__name__)
SINGLE_DOC = "1"  # settings and templates are one document each
CHECKSUM = "checksum"  # in the meta document: a digest of every other table, as written
KNOWN_TABLES = frozenset({META_TABLE, APPLICATIONS_TABLE, SETTINGS_TABLE, TEMPLATES_TABLE, LEGACY_REMINDER_LOG_TABLE})


class Damaged(Exception):
    """A data file that does not load; ``reason`` says why, in the user's language."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class NewerDataVersion(AfterviewError):
    """The data file comes from a newer Afterview; opening it here could lose what it knows."""


@dataclass
class Loaded:
    """A data file, read: its tables (brought to the current version) and its decoded applications."""

    tables: Tables
    applications: list[Application] | None  # None: not decoded yet (see :func:`load`)
    version: int  # the schema version the file had
    unreadable: list[str] = field(default_factory=list)  # lenient reading only: what was left out

    @property
    def interview_count(self) -> int:
        return sum(len(app.interviews) for app in self.applications or ())

    def settings(self) -> Settings | None:
        stored = self.tables.get(SETTINGS_TABLE, {}).get(SINGLE_DOC)
        return None if stored is None else settings_from_stored(stored)

    def templates(self) -> dict[str, str]:
        stored = self.tables.get(TEMPLATES_TABLE, {}).get(SINGLE_DOC, {})
        return {key: value for key, value in stored.items() if isinstance(value, str)}


def parse(payload: bytes) -> Any:
    """The JSON in ``payload``; raises :class:`Damaged` for anything that is not JSON."""
    if not payload.strip():
        raise Damaged(translate("Store", "the file is empty"))
    try:
        return json.loads(payload)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        # The parser's own words ("Expecting property name…") go to the log; the user reads plain ones.
        log.warning("The data is not valid JSON: %s", error)
        raise Damaged(translate("Store", "its text is damaged or cut short")) from None
    except (RecursionError, ValueError):
        # A very deep nesting, or a number with thousands of digits: Python's parser limits.
        raise Damaged(translate("Store", "it holds JSON that is nested too deeply or a number too long")) from None


def load(payload: bytes, *, now: datetime, deep: bool = False) -> Loaded:
    """The file if it is exactly what Afterview wrote; raises :class:`Damaged` or NewerDataVersion.

    A current file is proved exact by its checksum, and its records are decoded later, when asked
    for (``applications`` is None). With ``deep`` (a copy about to replace the data file, or to be
    restored) every record is also decoded and must encode back to itself, so a copy that Afterview
    itself could not read is never chosen.
    """
    data = parse(payload)
    _check_shape(data, strict=True)
    version = migrations.schema_version(data)
    refuse_newer(version)
    current = version == CURRENT_VERSION
    if current and not _checksum_matches(payload):
        # A whole record or list item gone, or any other change that still reads well, shows here.
        raise Damaged(translate("Store", "its contents do not match the checksum written with them"))
    if current and not deep:
        return Loaded(data, None, version)
    tables = _migrate(data)
    apps = [_decode_exactly(doc_id, doc, now, round_trip=current) for doc_id, doc in _docs(tables)]
    _check_unique_ids(apps)
    _check_templates(tables)
    if current:
        _check_settings(tables)
    else:
        _normalise(tables, apps)
    return Loaded(tables, apps, version)


def load_leniently(payload: bytes, *, now: datetime) -> Loaded:
    """What can be read of the file: every application that decodes, the others listed in
    ``unreadable``. Raises :class:`Damaged` only when not even the tables can be made out."""
    data = parse(payload)
    _check_shape(data, strict=False)
    version = migrations.schema_version(data)
    refuse_newer(version)
    tables = _migrate(data)
    apps: list[Application] = []
    unreadable: list[str] = []
    for _doc_id, doc in _docs(tables):
        try:
            apps.append(application_from_dict(doc, created_at=now, check_rules=False))
        except ValidationError as error:
            unreadable.append(f"{doc.get('company', '?')}: {error}")
    return Loaded(tables, apps, version, unreadable)


def refuse_newer(version: int) -> None:
    if version > CURRENT_VERSION:
        raise NewerDataVersion(
            translate(
                "Store",
                "the data was written by a newer version of Afterview (data version {version}; this version "
                "reads up to {current}). Update Afterview to open it; the file was not changed.",
            ).format(version=version, current=CURRENT_VERSION)
        )


def empty_tables() -> Tables:
    return {META_TABLE: {"1": {"schema_version": CURRENT_VERSION}}, APPLICATIONS_TABLE: {}}


def sealed_payload(tables: Tables) -> bytes:
    """The bytes of a data file: ``{"meta":{…,"checksum":"…"},`` then every other table, the
    checksum being the SHA-256 of those other tables exactly as written (``{…}``).

    Sets the checksum in ``tables`` too, so the copy in memory matches the file.
    """
    rest = encode({name: table for name, table in tables.items() if name != META_TABLE})
    meta = tables.setdefault(META_TABLE, {}).setdefault("1", {"schema_version": CURRENT_VERSION})
    meta[CHECKSUM] = hashlib.sha256(rest).hexdigest()
    head = b'{"' + META_TABLE.encode() + b'":' + encode(tables[META_TABLE])
    return head + (b"}" if rest == b"{}" else b"," + rest[1:])


def _checksum_matches(payload: bytes) -> bool:
    """Whether the bytes after the meta table are those its checksum was made of (no re-encoding:
    hashing the bytes as they are costs a fraction of reading them)."""
    prefix = b'{"' + META_TABLE.encode() + b'":'
    if not payload.startswith(prefix):
        return False
    try:
        meta, end = json.JSONDecoder().raw_decode(payload[:1024].decode("ascii", errors="replace"), len(prefix))
    except ValueError:
        return False
    expected = meta.get("1", {}).get(CHECKSUM) if isinstance(meta, dict) else None
    rest = b"{}" if payload[end:] == b"}" else b"{" + payload[end + 1 :]
    return (
        isinstance(expected, str)
        and payload[end : end + 1] in (b",", b"}")
        and (hashlib.sha256(rest).hexdigest() == expected)
    )


# --- the checks -------------------------------------------------------------------------------


def _check_shape(data: Any, *, strict: bool) -> None:
    """Tables of numbered documents, a readable version, and (strictly) nothing Afterview does not write."""
    if not isinstance(data, dict):
        raise Damaged(translate("Store", "it is not a JSON object"))
    for name, table in data.items():
        if not isinstance(table, dict):
            raise Damaged(translate("Store", "table '{name}' is not an object").format(name=name))
        for doc_id, doc in table.items():
            if not isinstance(doc, dict) or not doc_id.isdigit():
                raise Damaged(translate("Store", "table '{name}' has a malformed entry").format(name=name))
    _check_meta(data.get(META_TABLE), strict=strict)
    if not strict:
        return
    unknown = sorted(set(data) - KNOWN_TABLES)
    if unknown:
        raise Damaged(translate("Store", "it has a table Afterview does not write ('{name}')").format(name=unknown[0]))
    if META_TABLE not in data or APPLICATIONS_TABLE not in data:
        raise Damaged(translate("Store", "its version or applications table is missing"))


def _check_meta(meta: dict[str, Any] | None, *, strict: bool) -> None:
    if not meta:
        return  # the prototype's files have none (version 0)
    if strict and (list(meta) != ["1"] or not set(meta["1"]) <= {"schema_version", CHECKSUM}):
        raise Damaged(translate("Store", "its version table is malformed"))
    version = next(iter(meta.values())).get("schema_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 0:
        raise Damaged(translate("Store", "its schema version is missing or not a number"))


def _migrate(data: Tables) -> Tables:
    try:
        return migrations.migrate(data)
    except migrations.MigrationError as error:
        raise Damaged(
            translate("Store", "it could not be brought up to date ({problem})").format(problem=error)
        ) from None


def _docs(tables: Tables) -> Iterator[tuple[str, Any]]:
    return iter(tables.get(APPLICATIONS_TABLE, {}).items())


def _decode_exactly(doc_id: str, doc: dict[str, Any], now: datetime, *, round_trip: bool) -> Application:
    where = translate("Store", "application {number}").format(number=doc_id)
    if not isinstance(doc.get("id"), str) or not doc["id"]:
        raise Damaged(translate("Store", "{where} has no id").format(where=where))
    try:
        app = application_from_dict(doc, created_at=now, check_rules=False)
    except ValidationError as error:
        raise Damaged(f"{where}: {error}") from None
    # Decoding fills in what is missing and reads null as empty: only a record that encodes back to
    # itself has lost nothing. (A migrated file is re-encoded when written, so it is not compared.)
    if round_trip and application_to_dict(app) != doc:
        raise Damaged(translate("Store", "{where} is incomplete or has values of the wrong kind").format(where=where))
    return app


def _normalise(tables: Tables, apps: list[Application]) -> None:
    """A migrated file's records as Afterview writes them now (every field), so that once written it
    reads back exactly, like any other file."""
    doc_ids = list(tables.get(APPLICATIONS_TABLE, {}))
    tables[APPLICATIONS_TABLE] = {doc_id: application_to_dict(app) for doc_id, app in zip(doc_ids, apps, strict=True)}
    stored = _single(tables, SETTINGS_TABLE)
    if stored is not None:
        tables[SETTINGS_TABLE] = {SINGLE_DOC: settings_to_dict(settings_from_stored(stored))}


def _check_unique_ids(apps: list[Application]) -> None:
    seen: set[str] = set()
    for app in apps:
        if app.id in seen:
            raise Damaged(translate("Store", "two applications have the id {id}").format(id=app.id))
        seen.add(app.id)


def _single(tables: Tables, table: str) -> dict[str, Any] | None:
    docs = tables.get(table)
    if not docs:
        return None
    if list(docs) != [SINGLE_DOC]:
        raise Damaged(translate("Store", "table '{name}' has a malformed entry").format(name=table))
    stored: dict[str, Any] = docs[SINGLE_DOC]
    return stored


def _check_settings(tables: Tables) -> None:
    stored = _single(tables, SETTINGS_TABLE)
    if stored is None:
        return
    problem = translate("Store", "its settings are incomplete or have values of the wrong kind")
    if set(stored) - set(SPECS):
        raise Damaged(problem)
    try:
        settings = settings_from_dict(stored)
    except ValidationError:
        raise Damaged(problem) from None
    # A setting added by a later release is simply missing from files written before it (its
    # default applies): a copy must stay usable for recovery after an upgrade. A key lost by damage
    # is caught by the checksum. Every value present must be exactly what Afterview writes.
    written = settings_to_dict(settings)
    if any(written[key] != value for key, value in stored.items()):
        raise Damaged(problem)


def _check_templates(tables: Tables) -> None:
    stored = _single(tables, TEMPLATES_TABLE)
    for key, text in (stored or {}).items():
        if key.count("/") < 2 or not isinstance(text, str):
            raise Damaged(translate("Store", "a letter template is malformed"))
