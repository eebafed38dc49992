"""What sort of round an interview was, suggested from what the user typed (the editor offers it,
the user decides): its name, in English or Spanish, else how many people were met."""

from __future__ import annotations

import re

from afterview.domain.folding import fold
from afterview.domain.model import InterviewKind

PANEL_FROM = 3  # this many interviewers at once make a panel

# Words of a round's name that say what it was, tried in this order (a "final panel" is a final).
_NAMED = (
    (InterviewKind.FINAL, r"final|last round|ultima|definitiva"),
    (InterviewKind.GROUP, r"group|assessment|grupal|dinamica|grupo"),
    (InterviewKind.SCREENING, r"screen|recruit|phone|preseleccion|cribado|telefonic|llamada|selector"),
    (InterviewKind.PANEL, r"panel|tribunal"),
)


def suggested_kind(round_name: str, interviewers: int) -> InterviewKind:
    """The kind the name says ("Phone screen", "Entrevista final", "Assessment centre"), else a
    panel for three or more people, else a one-to-one interview."""
    name = fold(round_name)
    for kind, words in _NAMED:
        if re.search(rf"\b(?:{words})", name):
            return kind
    return InterviewKind.PANEL if interviewers >= PANEL_FROM else InterviewKind.ONE_TO_ONE
