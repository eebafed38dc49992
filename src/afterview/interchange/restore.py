"""Bringing a backup or an import into the store: merge (add what is new) or replace (everything).

Merging recognises an application already stored (same id, or same company, position and first
interview: :func:`same_application`) and leaves it as it is, so importing the same file twice adds
nothing the second time. It keeps the user's settings and adds only the templates they lack.
Replacing makes the data exactly the file's (settings and templates too, when the file has them).
Either way it is one atomic write, after a copy of the data as it was is kept in the backups folder.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from afterview.domain.model import Application
from afterview.interchange.json_format import Document, plural
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

    def message(self, source: str) -> str:
        if self.replaced:
            return (
                f"Replaced your data with {source}: {plural(self.added, 'application')} "
                f"({plural(self.interviews, 'interview')}). Your previous data is kept in {self.previous_data}."
            )
        text = f"Imported {plural(self.added, 'application')} ({plural(self.interviews, 'interview')}) from {source}."
        if self.already_there:
            text += f" Skipped {plural(self.already_there, 'application')} already in your data."
        return text


def new_applications(incoming: list[Application], stored: list[Application]) -> tuple[list[Application], int]:
    """The incoming applications that are not stored yet, and how many were."""
    new: list[Application] = []
    for app in incoming:
        # Against what is stored and what this import already takes: a file listing the same
        # application twice (by company, position and date) brings it in once.
        if not any(same_application(app, old) for old in (*stored, *new)):
            new.append(app)
    return new, len(incoming) - len(new)


def bring_in(store: Store, document: Document, *, replace: bool) -> Restored:
    """Merge ``document`` into ``store`` or replace the store's data with it."""
    if replace:
        previous = store.restore(
            document.applications, settings=document.settings, templates=document.templates, replace=True
        )
        return Restored(len(document.applications), document.interview_count, 0, True, previous)
    new, already = new_applications(document.applications, store.applications())
    mine = store.user_templates()
    missing = {key: text for key, text in (document.templates or {}).items() if key not in mine}
    kept: Path | None = None
    if new or missing:
        kept = store.restore(new, templates={**mine, **missing} if missing else None)
    return Restored(len(new), sum(len(app.interviews) for app in new), already, False, kept)
