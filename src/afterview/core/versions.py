"""Going back to any copy Afterview keeps: listing them, and reading any file a user may restore.

Both the command line (``afterview versions``, ``afterview restore``) and the window (File › Restore
a previous version…) use these, so the two always agree on what can be restored and what it holds.
A restorable file is an interchange backup or export (docs/data-format.md), or any copy of the data
file itself: a saved version, a daily copy, a copy made before a restore or an upgrade, or a damaged
file, from which every record that can still be read is salvaged.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from afterview.i18n import plural, translate
from afterview.interchange.json_format import Document, ImportProblem, parse_document
from afterview.paths import AppPaths
from afterview.storage.copies import Copies, Copy
from afterview.storage.loading import Damaged, Loaded, empty_tables, load, load_leniently, parse
from afterview.storage.migrations import APPLICATIONS_TABLE
from afterview.storage.recovery import counts_text

DATA_FILE_TABLES = frozenset({"meta", APPLICATIONS_TABLE})


@dataclass(frozen=True)
class Version:
    """One kept copy and what it holds ("12 applications, 19 interviews", or why it cannot be read)."""

    copy: Copy
    holds: str
    readable: bool


def list_versions(paths: AppPaths) -> list[Version]:
    """Every copy Afterview keeps of the data, the newest first, each with what it holds."""
    return [_version(copy) for copy in Copies(paths.backups_dir, paths.data_dir).all()]


def _version(copy: Copy) -> Version:
    try:
        data = parse(copy.path.read_bytes())
    except (Damaged, OSError):
        return Version(copy, translate("Versions", "cannot be read"), False)
    table = data.get(APPLICATIONS_TABLE) if isinstance(data, dict) else None
    if not isinstance(table, dict):
        return Version(copy, translate("Versions", "cannot be read"), False)
    docs = [doc for doc in table.values() if isinstance(doc, dict)]
    interviews = [item for doc in docs for item in _list(doc, "interviews") if isinstance(item, dict)]
    letters = sum(len(_list(item, "letters")) for item in interviews)
    holds = counts_text(len(docs), len(interviews))
    if letters:
        holds += ", " + plural(
            letters, translate("Versions", "{count} letter"), translate("Versions", "{count} letters")
        )
    return Version(copy, holds, True)


def _list(doc: dict[str, Any], key: str) -> list[Any]:
    value = doc.get(key)
    return value if isinstance(value, list) else []


def read_restorable(payload: bytes, *, now: datetime) -> Document:
    """The document in a backup, an export or a kept copy of the data file; raises ImportProblem."""
    try:
        data = parse(payload)
    except Damaged:
        salvaged = _salvage_truncated(payload, now)
        if salvaged is not None:
            return salvaged
        return parse_document(payload, now=now)  # says precisely why it is not JSON
    if isinstance(data, dict) and "format" not in data and DATA_FILE_TABLES & set(data):
        return _from_data_file(payload, now)
    return parse_document(payload, now=now)


def _from_data_file(payload: bytes, now: datetime) -> Document:
    try:
        loaded = load(payload, now=now, deep=True)
    except Damaged:
        try:
            loaded = load_leniently(payload, now=now)
        except Damaged as damage:
            raise ImportProblem(
                translate("Versions", "this copy of Afterview's data cannot be read ({reason}).").format(
                    reason=damage.reason
                )
            ) from None
    return _document(loaded)


def _document(loaded: Loaded) -> Document:
    apps = loaded.applications or []
    templates = loaded.templates()
    return Document(
        apps, loaded.settings(), templates or None, frozenset(app.id for app in apps), tuple(loaded.unreadable)
    )


def _salvage_truncated(payload: bytes, now: datetime) -> Document | None:
    """The whole records at the start of a data file cut short (a full disk, a broken copy), or None."""
    text = payload.decode("utf-8", errors="replace")
    opening = f'"{APPLICATIONS_TABLE}":{{'
    start = text.find(opening)
    if start < 0:
        return None
    records = _whole_records(text, start + len(opening))
    if not records:
        return None
    tables = {**empty_tables(), APPLICATIONS_TABLE: records}
    loaded = load_leniently(json.dumps(tables).encode(), now=now)
    cut_short = translate("Versions", "the file was cut short; the records after the last whole one are lost")
    loaded.unreadable.append(cut_short)
    return _document(loaded)


def _whole_records(text: str, position: int) -> dict[str, Any]:
    """``"1":{…},"2":{…}`` read one by one from ``position`` until the text stops making sense."""
    decoder = json.JSONDecoder()
    records: dict[str, Any] = {}
    while True:
        try:
            key, position = decoder.raw_decode(text, position)
            if text[position] != ":":
                break
            record, position = decoder.raw_decode(text, position + 1)
        except (ValueError, IndexError):
            break
        if isinstance(key, str) and isinstance(record, dict):
            records[key] = record
        if text[position : position + 1] != ",":
            break
        position += 1
    return records
