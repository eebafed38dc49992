"""What merging a backup or an import into the stored applications means (the rules, no writing).

Merging recognises an application already stored (same id, or same company, position and first
interview: :func:`same_application`), so importing the same file twice adds nothing the second
time. A stored application is left as it is, except that a spreadsheet row or hand-written record
(no id of its own) adds the interviews it lists that the stored one lacks: the user keeps adding
rows to their sheet and imports it again. Merging keeps the user's settings and adds only the
templates they lack.
Replacing makes the data exactly the file's (settings and templates too, when the file has them).
Either way it is one atomic write, after a copy of the data as it was is kept in the backups folder.
"""

from __future__ import annotations

import copy
import heapq
from collections.abc import Collection
from dataclasses import dataclass

from afterview.domain.model import Application
from afterview.interchange.json_format import Document
from afterview.interchange.merge import MatchKey, match_key, sought_key


@dataclass
class MergePlan:
    """What merging a document into the stored applications means, before anything is written."""

    new: list[Application]
    already_there: int
    updated: list[Application]  # stored applications that gain interviews from the file
    gained: int  # how many interviews they gain

    @property
    def interviews_added(self) -> int:
        return sum(len(app.interviews) for app in self.new)


def plan_merge(document: Document, stored: list[Application], stored_ids: Collection[str]) -> MergePlan:
    """Which applications are new, and which stored ones gain an interview.

    ``stored_ids`` are every id in the data file, readable or not, so an application that the
    store could not read is never added a second time beside itself.

    Each application in the file is compared with what is stored and what this import already
    takes (so a file listing the same application twice, by company, position and date, brings it
    in once), in this order: the stored applications this import already gives interviews to, the
    other stored ones, the applications this import adds. The first that :func:`same_application`
    accepts is the match. :class:`_Candidates` finds it by lookups, so a merge costs time in
    proportion to the applications, not to their square.
    """
    candidates = _Candidates(stored)
    new: list[Application] = []
    already = 0
    for app in document.applications:
        own_id = app.id in document.own_ids
        match = candidates.first_match(app, own_id=own_id)
        if match is None and app.id in stored_ids:
            already += 1
        elif match is None:
            new.append(app)
            candidates.add_new(app)
        else:
            already += 1
            if not own_id and match.id in stored_ids:
                # A spreadsheet row or a hand-written record adds its interviews to the one stored.
                candidates.add_interviews(match, app)
    before = {app.id: len(app.interviews) for app in stored}
    changed = [app for app in candidates.updated.values() if len(app.interviews) > before[app.id]]
    return MergePlan(new, already, changed, sum(len(app.interviews) - before[app.id] for app in changed))


_UPDATED, _STORED, _NEW = 0, 1, 2  # the order in which candidates are compared
_Rank = tuple[int, int]  # (one of the three, position within it): the smaller is compared first
_Entry = tuple[_Rank, int]  # (rank, slot in _Candidates._apps)


class _Candidates:
    """What :func:`plan_merge` compares an application from the file with, filed by id and by
    :func:`match_key`, so that the first candidate :func:`same_application` accepts is found by two
    lookups.

    The rule accepts a candidate with the application's id, or one whose key is the key the
    application seeks (:func:`sought_key`); the match is the earlier of the two in the order of
    comparison, which each candidate's rank states. Under each key the candidates are a heap by
    rank. Entries are never removed, only left stale: a stored application once it has a copy in
    :attr:`updated` (the copy replaces it, and comes first), a copy whose first interview moved
    (it is filed again under its new key). A stale entry is dropped when a lookup meets it.
    """

    def __init__(self, stored: list[Application]) -> None:
        self.updated: dict[str, Application] = {}  # id → copy of the stored one, gaining interviews
        self._apps: list[Application] = []
        self._ranks: list[_Rank] = []
        self._keys: list[MatchKey] = []  # each slot's key when it was last filed
        self._by_id: dict[str, int] = {}  # id → slot of the first candidate with that id
        self._by_key: dict[MatchKey, list[_Entry]] = {}
        for position, app in enumerate(stored):
            self._file(app, (_STORED, position))

    def first_match(self, app: Application, *, own_id: bool) -> Application | None:
        """The first candidate that ``same_application(app, candidate, new_has_own_id=own_id)`` accepts."""
        slot = self._by_id.get(app.id)
        best = None if slot is None else (self._ranks[slot], slot)
        key = sought_key(app, new_has_own_id=own_id)
        entries = [] if key is None else self._by_key.get(key, [])
        while entries and not self._current(entries[0], key):
            heapq.heappop(entries)
        if entries and (best is None or entries[0] < best):
            best = entries[0]
        return None if best is None else self._apps[best[1]]

    def add_new(self, app: Application) -> None:
        """``app`` is added by this import: later applications in the file are compared with it too."""
        self._file(app, (_NEW, len(self._apps)))

    def add_interviews(self, match: Application, source: Application) -> None:
        """The stored ``match`` gains the interviews of ``source`` it lacks, on its copy in :attr:`updated`."""
        target = self.updated.get(match.id)
        if target is None:
            target = self.updated[match.id] = copy.deepcopy(match)
            self._file(target, (_UPDATED, len(self.updated)))
        slot = self._by_id[target.id]
        _add_interviews(target, source)
        key = match_key(target)
        if key != self._keys[slot]:  # an earlier interview: the copy is now recognised by that one
            self._keys[slot] = key
            heapq.heappush(self._by_key.setdefault(key, []), (self._ranks[slot], slot))

    def _file(self, app: Application, rank: _Rank) -> None:
        slot = len(self._apps)
        key = match_key(app)
        self._apps.append(app)
        self._ranks.append(rank)
        self._keys.append(key)
        if rank[0] == _UPDATED:
            self._by_id[app.id] = slot  # the copy comes before the stored one and replaces it
        else:
            self._by_id.setdefault(app.id, slot)
        heapq.heappush(self._by_key.setdefault(key, []), (rank, slot))

    def _current(self, entry: _Entry, key: MatchKey | None) -> bool:
        """Whether ``entry``, filed under ``key``, is still a candidate under that key."""
        rank, slot = entry
        if self._keys[slot] != key:
            return False
        return rank[0] != _STORED or self._apps[slot].id not in self.updated


def _add_interviews(target: Application, source: Application) -> None:
    starts = {interview.starts_at for interview in target.interviews}
    for interview in source.interviews:
        if interview.starts_at not in starts:
            starts.add(interview.starts_at)
            target.interviews.append(copy.deepcopy(interview))
