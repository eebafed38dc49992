"""Recognising an application that is already stored, so importing the same data twice adds nothing twice.

The same id is the same application. Otherwise the same company and position (ignoring case and
spacing) with the same first interview start is the same application, however it was written. An
application with no interview yet is recognised by company and position only when it was written
without an id of its own (a spreadsheet row, a hand-written record): two records that carry their
own ids may well be two tries at the same job, and merging must not lose one of them.

:func:`same_application` is the rule. It is stated through :func:`match_key` and
:func:`sought_key`, so that a merge can file what it compares against under those keys (a
dictionary lookup instead of a scan) and still recognise exactly what the rule recognises.
"""

from __future__ import annotations

from datetime import datetime

from afterview.domain.model import Application

# (company, position, first interview start): the names ignoring case and spacing; None: no interview.
MatchKey = tuple[str, str, datetime | None]


def same_application(new: Application, old: Application, *, new_has_own_id: bool = True) -> bool:
    """Whether ``new`` (from a file) is the stored ``old``: the same id, or the key ``new`` seeks is
    ``old``'s key. ``new_has_own_id`` says whether the file gave ``new`` its id (see the module's rule)."""
    if new.id == old.id:
        return True
    sought = sought_key(new, new_has_own_id=new_has_own_id)
    return sought is not None and sought == match_key(old)


def match_key(app: Application) -> MatchKey:
    """What recognises ``app`` besides its id: its company and position ignoring case and spacing,
    and the start of its first interview (None when it has none)."""
    company, position = _names(app)
    return company, position, first_interview(app)


def sought_key(new: Application, *, new_has_own_id: bool = True) -> MatchKey | None:
    """The :func:`match_key` an application must have to be ``new`` although its id differs; None
    when only the same id will do (``new`` has an id of its own and no interview)."""
    key = match_key(new)
    if key[2] is None and new_has_own_id:
        return None
    return key


def first_interview(app: Application) -> datetime | None:
    return min((interview.starts_at for interview in app.interviews), default=None)


def _names(app: Application) -> tuple[str, str]:
    return " ".join(app.company.casefold().split()), " ".join(app.position.casefold().split())
