"""What stages and interview formats are called on screen, stated once for every view.

The tables are made before a language is chosen, so the words are marked here and translated when
shown, with :func:`stage_label` and :func:`format_label` (the "Editor" context, where translators
first met them).
"""

from __future__ import annotations

from afterview.domain.model import InterviewFormat, InterviewKind, LetterKind, Stage
from afterview.i18n import QT_TRANSLATE_NOOP, translate

STAGE_LABELS = {
    Stage.APPLIED: QT_TRANSLATE_NOOP("Editor", "Applied"),
    Stage.SCREENING: QT_TRANSLATE_NOOP("Editor", "Screening"),
    Stage.INTERVIEWING: QT_TRANSLATE_NOOP("Editor", "Interviewing"),
    Stage.FINAL: QT_TRANSLATE_NOOP("Editor", "Final round"),
    Stage.OFFER: QT_TRANSLATE_NOOP("Editor", "Offer"),
    Stage.ACCEPTED: QT_TRANSLATE_NOOP("Editor", "Accepted"),
    Stage.REJECTED: QT_TRANSLATE_NOOP("Editor", "Not selected"),
    Stage.WITHDRAWN: QT_TRANSLATE_NOOP("Editor", "Withdrawn"),
    Stage.NO_RESPONSE: QT_TRANSLATE_NOOP("Editor", "Closed, no response"),
}
FORMAT_LABELS = {
    InterviewFormat.VIDEO: QT_TRANSLATE_NOOP("Editor", "Video call"),
    InterviewFormat.PHONE: QT_TRANSLATE_NOOP("Editor", "Phone"),
    InterviewFormat.IN_PERSON: QT_TRANSLATE_NOOP("Editor", "In person"),
}

KIND_LABELS = {
    InterviewKind.SCREENING: QT_TRANSLATE_NOOP("Editor", "Screening call (recruiter)"),
    InterviewKind.ONE_TO_ONE: QT_TRANSLATE_NOOP("Editor", "One-to-one interview"),
    InterviewKind.PANEL: QT_TRANSLATE_NOOP("Editor", "Panel"),
    InterviewKind.GROUP: QT_TRANSLATE_NOOP("Editor", "Group interview or assessment centre"),
    InterviewKind.FINAL: QT_TRANSLATE_NOOP("Editor", "Final round"),
}

# The kinds of letter as the letter editor names them (its context, so each is translated once).
LETTER_LABELS = {
    LetterKind.THANK_YOU: QT_TRANSLATE_NOOP("LetterEditor", "Thank-you letter"),
    LetterKind.LINKEDIN_NOTE: QT_TRANSLATE_NOOP("LetterEditor", "LinkedIn invitation note"),
    LetterKind.CHECK_IN_CALL: QT_TRANSLATE_NOOP("LetterEditor", "Check-in call script"),
    LetterKind.CHECK_IN_EMAIL: QT_TRANSLATE_NOOP("LetterEditor", "Check-in email"),
    LetterKind.FEEDBACK_REQUEST: QT_TRANSLATE_NOOP("LetterEditor", "Feedback request"),
    LetterKind.OFFER_REPLY: QT_TRANSLATE_NOOP("LetterEditor", "Reply to an offer"),
    LetterKind.ASK_DECISION_DATE: QT_TRANSLATE_NOOP("LetterEditor", "Asking when they will decide"),
    LetterKind.REJECTION_REPLY: QT_TRANSLATE_NOOP("LetterEditor", "Reply to a rejection"),
    LetterKind.LINKEDIN_MESSAGE: QT_TRANSLATE_NOOP("LetterEditor", "LinkedIn message (after they accept)"),
    LetterKind.EXTENSION_REQUEST: QT_TRANSLATE_NOOP("LetterEditor", "Asking for more time to decide"),
    LetterKind.OFFER_NEWS: QT_TRANSLATE_NOOP("LetterEditor", "I have an offer: your timeline?"),
    LetterKind.OFFER_ACCEPT: QT_TRANSLATE_NOOP("LetterEditor", "Accepting an offer"),
    LetterKind.OFFER_DECLINE: QT_TRANSLATE_NOOP("LetterEditor", "Declining an offer"),
    LetterKind.WITHDRAWAL: QT_TRANSLATE_NOOP("LetterEditor", "Withdrawing from a process"),
}
assert set(LETTER_LABELS) == set(LetterKind), "every kind of letter has a name"


def stage_label(stage: Stage) -> str:
    """The stage as the user reads it ("Not selected"), in their language."""
    return translate("Editor", STAGE_LABELS[stage])


def kind_label(kind: InterviewKind) -> str:
    return translate("Editor", KIND_LABELS[kind])


def format_label(interview_format: InterviewFormat) -> str:
    return translate("Editor", FORMAT_LABELS[interview_format])
