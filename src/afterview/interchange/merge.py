"""Recognising an application that is already stored, so importing the same data twice adds nothing twice."""

from __future__ import annotations

from afterview.domain.model import Application


def same_application(new: Application, old: Application) -> bool:
    """The same id, or (for a file written by hand, without ids) the same company, position and
    first interview start."""
    if new.id == old.id:
        return True
    return _identity(new) == _identity(old)


def _identity(app: Application) -> tuple[str, str, str]:
    first = min((interview.starts_at for interview in app.interviews), default=None)
    return (
        " ".join(app.company.casefold().split()),
        " ".join(app.position.casefold().split()),
        first.isoformat() if first else "",
    )
