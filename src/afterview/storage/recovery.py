"""Recovering from a damaged data file, in an order that a crash or a full disk cannot break.

1. Find, without writing anything, the newest kept copy that loads as exactly what Afterview
   writes (:func:`afterview.storage.loading.load`): the versions journal first, whose newest entry
   is the data as last saved.
2. Keep the damaged file under a name of its own in the backups folder (a hard link: no space
   needed), while it also stays in place.
3. Atomically replace the data file with the copy found.

Killed or out of space at any step, the folder holds the damaged file (and the next start begins
again) or the recovered one: never no data file. With no good copy at all, a file that is still
readable in part is opened as it is (its unreadable records listed and kept); only a file with
nothing readable is replaced by empty data, after it was kept.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from afterview.atomic import atomic_write_bytes
from afterview.errors import AfterviewError
from afterview.i18n import os_reason, plural, short_date_time, translate
from afterview.storage.copies import Copies, Copy
from afterview.storage.loading import Damaged, Loaded, empty_tables, load, load_leniently, sealed_payload
from afterview.storage.migrations import CURRENT_VERSION

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Recovery:
    """What was done about a data file that could not be read; the app shows :attr:`message`."""

    reason: str
    kept_as: Path | None  # the damaged file's copy (None when only viewing: nothing was written)
    restored_from: Copy | None
    holds: str = ""  # what the recovered data holds, e.g. "12 applications, 19 interviews"

    @property
    def message(self) -> str:
        what = translate("Store", "Your Afterview data could not be read ({reason}).").format(reason=self.reason)
        if self.restored_from is not None and self.kept_as is None:
            when = short_date_time(self.restored_from.when.astimezone())
            restored = translate("Store", "Showing its newest good copy, as of {when} ({holds}).").format(
                when=when, holds=self.holds
            )
        elif self.restored_from is not None:
            when = short_date_time(self.restored_from.when.astimezone())
            restored = translate("Store", "Recovered your data as of {when} ({holds}).").format(
                when=when, holds=self.holds
            )
        else:
            restored = translate("Store", "No good copy was found, so Afterview started with empty data.")
        if self.kept_as is None:
            kept = translate("Store", "Nothing was changed on disk; start Afterview to repair the data file.")
        else:
            kept = translate("Store", "The damaged file is kept as {file}.").format(file=self.kept_as)
        return f"{what} {restored} {kept}"


def holds(loaded: Loaded) -> str:
    """ "12 applications, 19 interviews", in the user's language."""
    return counts_text(len(loaded.applications or ()), loaded.interview_count)


def counts_text(applications: int, interviews: int) -> str:
    """What a copy of the data holds, in the user's language: "12 applications, 19 interviews"."""
    return "{applications}, {interviews}".format(
        applications=plural(
            applications, translate("Store", "{count} application"), translate("Store", "{count} applications")
        ),
        interviews=plural(
            interviews, translate("Store", "{count} interview"), translate("Store", "{count} interviews")
        ),
    )


def best_copy(copies: Copies, now: datetime) -> tuple[Copy, bytes, Loaded] | None:
    """The newest copy that loads exactly, with its bytes and contents; None if there is none."""
    for copy in copies.recovery_order():
        try:
            payload = copy.path.read_bytes()
            return copy, payload, load(payload, now=now, deep=True)
        except (Damaged, AfterviewError, OSError) as error:
            log.warning("Passing over the copy %s: %s", copy.path.name, error)
    return None


def view(payload: bytes, reason: str, copies: Copies, now: datetime) -> tuple[Loaded, Recovery | None]:
    """What to show of a damaged file without writing anything (the read-only commands)."""
    found = best_copy(copies, now)
    if found is not None:
        copy, _, loaded = found
        return loaded, Recovery(reason, None, copy, holds(loaded))
    try:
        return load_leniently(payload, now=now), None
    except Damaged:
        return Loaded(empty_tables(), [], CURRENT_VERSION), Recovery(reason, None, None)


def recover(
    data_file: Path, payload: bytes, reason: str, copies: Copies, now: datetime
) -> tuple[Loaded, Recovery | None]:
    """Repair ``data_file`` (whose bytes are ``payload``, damaged for ``reason``); see the module."""
    found = best_copy(copies, now)
    if found is None:
        try:
            loaded = load_leniently(payload, now=now)
        except Damaged:
            pass
        else:
            log.warning("The data file is not exactly as written (%s) and no copy is better: read what can be", reason)
            return loaded, None
    kept_as = _keep(data_file, copies, reason, now)
    if found is None:
        loaded, restored, copy = Loaded(empty_tables(), [], CURRENT_VERSION), sealed_payload(empty_tables()), None
    else:
        copy, restored, loaded = found
    try:
        atomic_write_bytes(data_file, restored)
    except OSError as error:
        raise AfterviewError(
            translate(
                "Store",
                "Afterview data could not be read ({reason}) and the recovered data could not be written: "
                "{problem}. Nothing was lost: the damaged file is still in place and kept as {file}; "
                "free some space and start Afterview again.",
            ).format(reason=reason, problem=os_reason(error), file=kept_as)
        ) from None
    log.warning("Recovered the data from %s; the damaged file is kept as %s", copy.path if copy else "nothing", kept_as)
    return loaded, Recovery(reason, kept_as, copy, holds(loaded))


def _keep(data_file: Path, copies: Copies, reason: str, now: datetime) -> Path:
    try:
        return copies.keep_unreadable(data_file, now)
    except OSError as error:
        raise AfterviewError(
            translate(
                "Store",
                "Afterview data could not be read ({reason}), and it could not be kept aside before repairing it: "
                "{problem}. Nothing was changed; free some space and start Afterview again.",
            ).format(reason=reason, problem=os_reason(error))
        ) from None
