"""Recognising an application that is already stored, so importing the same data twice adds nothing twice.

The same id is the same application. Otherwise the same company and position (ignoring case and
spacing) with the same first interview start is the same application, however it was written. An
application with no interview yet is recognised by company and position only when it was written
without an id of its own (a spreadsheet row, a hand-written file): two records that carry their
own ids may well be two tries at the same job, and merging must not lose one of them.
"""

from __future__ import annotations

from datetime import datetime

from afterview.domain.model import Application


def same_application(new: Application, old: Application, *, new_has_own_id: bool = True) -> bool:
    if new.id == old.id:
        return True
    if _names(new) != _names(old):
        return False
    new_first, old_first = first_interview(new), first_interview(old)
    if new_first is None or old_first is None:
        return not new_has_own_id and new_first is None and old_first is None
    return new_first == old_first


def first_interview(app: Application) -> datetime | None:
    return min((interview.starts_at for interview in app.interviews), default=None)


def _names(app: Application) -> tuple[str, str]:
    return " ".join(app.company.casefold().split()), " ".join(app.position.casefold().split())
