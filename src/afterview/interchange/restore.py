"""Bringing a backup or an import into the store: merge (add what is new) or replace (everything).

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
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from afterview.domain.model import Application
from afterview.i18n import plural, translate
from afterview.interchange.json_format import Document
from afterview.interchange.merge import same_application
from afterview.storage.repository import Store


@dataclass(frozen=True)
class Restored:
    """What a merge or a replace did, for the message the user sees."""

    added: int
    interviews: int
    already_there: int
    replaced: bool
    previous_data: Path | None  # the copy kept before the write; None when nothing was written
    interviews_added_to_existing: int = 0

    def message(self, source: str) -> str:
        applications = plural(
            self.added, translate("Restored", "{count} application"), translate("Restored", "{count} applications")
        )
        interviews = plural(
            self.interviews, translate("Restored", "{count} interview"), translate("Restored", "{count} interviews")
        )
        if self.replaced:
            return translate(
                "Restored",
                "Replaced your data with {source}: {applications} ({interviews}). "
                "Your previous data is kept in {backup}.",
            ).format(source=source, applications=applications, interviews=interviews, backup=self.previous_data)
        text = translate("Restored", "Imported {applications} ({interviews}) from {source}.").format(
            applications=applications, interviews=interviews, source=source
        )
        if not self.already_there:
            return text
        if not self.interviews_added_to_existing:
            skipped = plural(
                self.already_there,
                translate("Restored", "Skipped {count} application already in your data."),
                translate("Restored", "Skipped {count} applications already in your data."),
            )
            return f"{text} {skipped}"
        # The count agrees with the verb (in Spanish), so the clause is the plural, not just the noun.
        skipped = plural(
            self.already_there,
            translate("Restored", "Skipped {count} application already in your data"),
            translate("Restored", "Skipped {count} applications already in your data"),
        )
        gained = plural(
            self.interviews_added_to_existing,
            translate("Restored", "{count} new interview"),
            translate("Restored", "{count} new interviews"),
        )
        adding = translate("Restored", "{skipped}, adding {interviews} to them.").format(
            skipped=skipped, interviews=gained
        )
        return f"{text} {adding}"


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
    """
    new: list[Application] = []
    updated: dict[str, Application] = {}
    already = 0
    for app in document.applications:
        own_id = app.id in document.own_ids
        # Against what is stored and what this import already takes: a file listing the same
        # application twice (by company, position and date) brings it in once.
        candidates = (*updated.values(), *(old for old in stored if old.id not in updated), *new)
        match = next((old for old in candidates if same_application(app, old, new_has_own_id=own_id)), None)
        if match is None and app.id in stored_ids:
            already += 1
        elif match is None:
            new.append(app)
        else:
            already += 1
            if not own_id and match.id in stored_ids:
                # A spreadsheet row or a hand-written record adds its interviews to the one stored.
                _add_interviews(updated.setdefault(match.id, copy.deepcopy(match)), app)
    before = {app.id: len(app.interviews) for app in stored}
    changed = [app for app in updated.values() if len(app.interviews) > before[app.id]]
    return MergePlan(new, already, changed, sum(len(app.interviews) - before[app.id] for app in changed))


def _add_interviews(target: Application, source: Application) -> None:
    starts = {interview.starts_at for interview in target.interviews}
    for interview in source.interviews:
        if interview.starts_at not in starts:
            starts.add(interview.starts_at)
            target.interviews.append(copy.deepcopy(interview))


def bring_in(store: Store, document: Document, *, replace: bool) -> Restored:
    """Merge ``document`` into ``store`` or replace the store's data with it."""
    if replace:
        previous = store.restore(
            document.applications, settings=document.settings, templates=document.templates, replace=True
        )
        return Restored(len(document.applications), document.interview_count, 0, True, previous)
    merge = plan_merge(document, store.applications(), store.ids())
    mine = store.user_templates()
    missing = {key: text for key, text in (document.templates or {}).items() if key not in mine}
    kept: Path | None = None
    if merge.new or merge.updated or missing:
        kept = store.restore(merge.new, updated=merge.updated, templates={**mine, **missing} if missing else None)
    return Restored(
        len(merge.new), merge.interviews_added, merge.already_there, False, kept,
        interviews_added_to_existing=merge.gained,
    )  # fmt: skip
