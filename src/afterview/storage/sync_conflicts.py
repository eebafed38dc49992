"""The conflict copies a sync tool leaves beside the data file when both computers changed it.

Each tool names them its own way (``afterview.json`` here; ``reminders.json`` likewise):

- Syncthing: ``afterview.sync-conflict-20261128-101500-ABCDEFG.json``
- Nextcloud and ownCloud: ``afterview (conflicted copy 2026-11-28 101500).json`` (older clients:
  ``afterview_conflict-20261128-101500.json``)
- Dropbox: ``afterview (Jane's conflicted copy 2026-11-28).json``, also with `` (1)`` after the date
- OneDrive: ``afterview-COMPUTERNAME.json`` (the computer's name, at most 15 letters, digits or
  hyphens, which keeps the other edit)

Finding them is name matching only; reading one applies the same damage rules as the data file
(:func:`afterview.storage.loading.load`), so a damaged copy is reported, never merged blindly.
Once dealt with, a copy is moved into the backups folder as ``sync-conflict-<time>-<its name>``
(listed among the copies that can be restored); a copy of the reminder log as
``reminders-sync-conflict-<time>-<its name>``.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from afterview.atomic import fsync_directory
from afterview.i18n import translate
from afterview.paths import AppPaths
from afterview.storage.copies import SYNC_CONFLICT_PREFIX, stamp
from afterview.storage.loading import Damaged, Loaded, load, parse
from afterview.storage.reminder_log import SINGLE_DOC, TABLE

REMINDERS_CONFLICT_PREFIX = "reminders-sync-conflict-"


class Tool(StrEnum):
    SYNCTHING = "Syncthing"
    NEXTCLOUD = "Nextcloud"
    DROPBOX = "Dropbox"
    ONEDRIVE = "OneDrive"


def _patterns(stem: str, suffix: str) -> list[tuple[Tool, re.Pattern[str]]]:
    s, x = re.escape(stem), re.escape(suffix)
    return [
        (Tool.SYNCTHING, re.compile(rf"{s}\.sync-conflict-\d{{8}}-\d{{6}}-[A-Z0-9]{{7}}{x}")),
        (Tool.NEXTCLOUD, re.compile(rf"{s} \(conflicted copy \d{{4}}-\d{{2}}-\d{{2}} \d{{6}}\){x}")),
        (Tool.NEXTCLOUD, re.compile(rf"{s}_conflict-\d{{8}}-\d{{6}}{x}")),
        (Tool.DROPBOX, re.compile(rf"{s} \(.+?['’]s conflicted copy \d{{4}}-\d{{2}}-\d{{2}}(?: \(\d+\))?\){x}")),
        # A Windows computer's name: letters, digits and hyphens, at most 15 (so not Afterview's own
        # "afterview-backup-2026-11-28.json", which a user may well save in the same folder).
        (Tool.ONEDRIVE, re.compile(rf"{s}-(?!(?i:backup)\b)[A-Za-z0-9][A-Za-z0-9-]{{0,14}}{x}")),
    ]


def tool_of(name: str, original: str) -> Tool | None:
    """Which sync tool made ``name`` as a conflict copy of the file ``original``; None if none did."""
    stem, suffix = os.path.splitext(original)
    return next((tool for tool, pattern in _patterns(stem, suffix) if pattern.fullmatch(name)), None)


@dataclass(frozen=True)
class ConflictCopy:
    path: Path
    tool: Tool


def find(folder: Path, original: str) -> list[ConflictCopy]:
    """The conflict copies of ``original`` in ``folder``, oldest first (by their time on disk)."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    found = [
        (entry.stat().st_mtime_ns, ConflictCopy(Path(entry.path), tool))
        for entry in entries
        if entry.is_file() and (tool := tool_of(entry.name, original)) is not None
    ]
    return [copy for _, copy in sorted(found, key=lambda item: (item[0], item[1].path.name))]


def data_copies(paths: AppPaths) -> list[ConflictCopy]:
    return find(paths.data_dir, paths.data_file.name)


def reminder_copies(paths: AppPaths) -> list[ConflictCopy]:
    return find(paths.data_dir, paths.reminder_log_file.name)


def read_data(path: Path, now: datetime) -> Loaded:
    """A conflict copy of the data file, every record decoded and checked as the data file's
    copies are; raises :class:`Damaged` (or NewerDataVersion, or OSError)."""
    return load(path.read_bytes(), now=now, deep=True)


def read_reminders(path: Path) -> dict[str, datetime]:
    """A conflict copy of the reminder log: step key → when it was raised; raises :class:`Damaged`."""
    data = parse(path.read_bytes())
    doc = data.get(TABLE, {}).get(str(SINGLE_DOC), {}) if isinstance(data, dict) else None
    if not isinstance(doc, dict):
        raise Damaged(translate("SyncConflicts", "it is not a log of raised reminders"))
    try:
        return {str(key): datetime.fromisoformat(value) for key, value in doc.items()}
    except (TypeError, ValueError):
        raise Damaged(translate("SyncConflicts", "an entry of the log is malformed")) from None


def move_to_backups(path: Path, backups: Path, moment: datetime, *, prefix: str = SYNC_CONFLICT_PREFIX) -> Path:
    """Move a conflict copy into ``backups`` under a name of its own; returns where it went.
    Raises OSError (the copy then stays where it was)."""
    backups.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = backups / f"{prefix}{stamp(moment)}-{path.name}"
    for number in range(2, 1000):  # never over an earlier copy moved at the same moment
        if not target.exists():
            break
        target = backups / f"{prefix}{stamp(moment)}-{number}-{path.name}"
    os.replace(path, target)
    os.chmod(target, 0o600)
    fsync_directory(backups)
    fsync_directory(path.parent)
    return target
