"""Bringing a backup, an import or a kept copy into the data: merge (add what is new, by the rules of
:mod:`afterview.interchange.restore`) or replace (everything). Either way it is one atomic write,
after a copy of the data as it was is kept in the backups folder.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from afterview.i18n import plural, translate
from afterview.interchange.json_format import Document
from afterview.interchange.restore import plan_merge
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
