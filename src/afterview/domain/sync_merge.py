"""Merging two computers' copies of the data, as a sync tool (Syncthing, Nextcloud, Dropbox,
OneDrive) leaves them: the data file and a conflict copy, or the data file we wrote and the one the
tool put in its place. The rule is "no edit is lost":

- per application, the newer edit wins (``updated_at``; a record saved before Afterview kept it
  counts as the oldest; on a tie ours stays);
- what only grows is united, whichever side won: interviews, letters, reviews and the steps marked
  done, skipped or snoozed (by id, or for steps by the step they record; for the same one the newer
  wins: a sent letter over a draft, a completed review over one in progress, a done step over a
  snoozed one over a pending one);
- an application on one side only is kept, unless we know it was deleted: this computer deleted it
  after holding this very edit of it or a newer one (``deleted``, from its own versions journal:
  whichever of the two files is ours), or it is gone from theirs while ours is still exactly what
  both sides started from (``base``, known when the sync tool replaced the file we last wrote).
  Without such knowledge (there are no tombstones) it is kept: a deleted application may come
  back, an edit never goes missing.

Pure: no files, no clock.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TypeVar

from afterview.domain.model import Application, Assessment, FollowUp, FollowUpState, Interview, Letter

NEVER = datetime(1, 1, 1, tzinfo=UTC)  # the edit time of a record saved before Afterview kept it
T = TypeVar("T")

# How far a step has gone: a later state is the newer decision about it.
_STATE_RANK = {FollowUpState.PENDING: 0, FollowUpState.SNOOZED: 1, FollowUpState.SKIPPED: 2, FollowUpState.DONE: 2}


@dataclass(frozen=True)
class SyncMerge:
    """The merged applications (ours in their order, then those new from theirs) and what changed."""

    applications: list[Application]
    changed: list[Application] = field(default_factory=list)  # differ from ours, or are new
    removed: list[Application] = field(default_factory=list)  # deleted on the other side

    @property
    def count(self) -> int:
        return len(self.changed) + len(self.removed)


def edited_at(app: Application) -> datetime:
    return app.updated_at or NEVER


def merge_applications(
    ours: Iterable[Application],
    theirs: Iterable[Application],
    *,
    deleted: Mapping[str, datetime] | None = None,
    base: Mapping[str, datetime] | None = None,
) -> SyncMerge:
    """``ours`` and ``theirs`` merged by the module's rules.

    ``deleted``: the applications this computer deleted, each with the newest edit time it had
    held of it; ``base``: each application's edit time in the data both sides started from, when
    known (None: unknown, so nothing on our side only is dropped for being gone from theirs).
    """
    deleted = deleted or {}
    theirs_by_id = {app.id: app for app in theirs}
    merged: list[Application] = []
    changed: list[Application] = []
    removed: list[Application] = []
    for app in ours:
        other = theirs_by_id.pop(app.id, None)
        if other is None:
            unchanged_since_base = base is not None and base.get(app.id) == edited_at(app)
            if unchanged_since_base or _deleted_here(app, deleted):
                removed.append(app)  # deleted there (unchanged here since), or here (ours is their file)
            else:
                merged.append(app)
            continue
        result = merge_application(app, other)
        merged.append(result)
        if result != app:
            changed.append(result)
    for app in theirs_by_id.values():
        if _deleted_here(app, deleted):
            continue  # we had this very edit (or a newer one) and deleted it since
        merged.append(copy.deepcopy(app))
        changed.append(app)
    return SyncMerge(merged, changed, removed)


def _deleted_here(app: Application, deleted: Mapping[str, datetime]) -> bool:
    return app.id in deleted and deleted[app.id] >= edited_at(app)


def merge_application(ours: Application, theirs: Application) -> Application:
    """One application edited on both sides: the newer edit's fields, everything that grows united."""
    newer, older = (theirs, ours) if edited_at(theirs) > edited_at(ours) else (ours, theirs)
    result = copy.deepcopy(newer)
    result.interviews = _unite(newer.interviews, older.interviews, lambda item: item.id, _merge_interview)
    result.follow_ups = _unite(newer.follow_ups, older.follow_ups, _step_of, _newer_follow_up)
    return result


def _merge_interview(newer: Interview, older: Interview) -> Interview:
    result = copy.deepcopy(newer)
    result.letters = _unite(newer.letters, older.letters, lambda letter: letter.id, _newer_letter)
    result.assessment = _newer_assessment(newer.assessment, older.assessment)
    return result


def _unite(newer: list[T], older: list[T], key: Callable[[T], Hashable], merge: Callable[[T, T], T]) -> list[T]:
    """Every item of both lists, the newer side's order first; the same item merged by ``merge``."""
    older_by_key = {key(item): item for item in older}
    united: list[T] = []
    for item in newer:
        other = older_by_key.pop(key(item), None)
        united.append(copy.deepcopy(item) if other is None else merge(item, other))
    united.extend(copy.deepcopy(item) for item in older if key(item) in older_by_key)
    return united


def _newer_letter(newer: Letter, older: Letter) -> Letter:
    """The sent one (the later sending if both were sent); two drafts: the newer side's."""
    if older.sent_at is not None and (newer.sent_at is None or older.sent_at > newer.sent_at):
        return copy.deepcopy(older)
    return copy.deepcopy(newer)


def _newer_assessment(newer: Assessment | None, older: Assessment | None) -> Assessment | None:
    """A review written on one side only is kept; of two, the completed (the later completed) one."""
    if newer is None or older is None:
        return copy.deepcopy(newer if newer is not None else older)
    if older.completed_at is not None and (newer.completed_at is None or older.completed_at > newer.completed_at):
        return copy.deepcopy(older)
    return copy.deepcopy(newer)


def _step_of(follow_up: FollowUp) -> tuple[object, ...]:
    """Which step a follow-up records (two computers record the same step with ids of their own)."""
    return (follow_up.kind, follow_up.interview_id, follow_up.interviewer_id, follow_up.number)


def _newer_follow_up(newer: FollowUp, older: FollowUp) -> FollowUp:
    if _decision(older) > _decision(newer):
        return copy.deepcopy(older)
    return copy.deepcopy(newer)


def _decision(follow_up: FollowUp) -> tuple[int, datetime]:
    """How far the step went, then when: done or skipped (by when), snoozed (till later), pending."""
    moment = follow_up.done_at or follow_up.snoozed_until or NEVER
    return _STATE_RANK[follow_up.state], moment


def unite_fired(ours: Mapping[str, datetime], theirs: Mapping[str, datetime]) -> dict[str, datetime]:
    """Two raised-reminder logs as one: every step raised on either computer, at its later raising."""
    united = dict(ours)
    for key, moment in theirs.items():
        if key not in united or moment > united[key]:
            united[key] = moment
    return united
