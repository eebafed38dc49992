"""Hints of the letter editor kept out of its module: gaps left, near copies and the time to send.

Beside the letter's checks: a warning when the draft is a near copy of another letter to the same
company (:mod:`afterview.domain.similarity`), naming the paragraph to make personal; and, under the
checks, when to send a letter that follows the interview (:mod:`afterview.domain.send_time`). The
rules are the domain's; this only gathers what the editor shows and shows it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel

from afterview.domain.letters import PER_INTERVIEWER, PLACEHOLDERS, Check
from afterview.domain.model import FollowUpKind, LetterKind
from afterview.domain.send_time import deadline_note, deadline_text, send_time_text, suggested_send_time
from afterview.domain.similarity import letters_to_compare, near_copy_checks
from afterview.i18n import translate

if TYPE_CHECKING:
    from afterview.ui.letters import LetterEditor

# The letters that follow the interview itself: the time to send them follows its end.
TIMED_AFTER_THE_INTERVIEW = frozenset({LetterKind.THANK_YOU, LetterKind.LINKEDIN_NOTE})
# The step each of them completes, whose deadline Today counts down to ("due in 2 d").
STEP_OF = {LetterKind.THANK_YOU: FollowUpKind.THANK_YOU, LetterKind.LINKEDIN_NOTE: FollowUpKind.LINKEDIN}


def send_time_label(width: int) -> QLabel:
    """Where the suggested sending time is shown (empty and hidden until there is one), wrapped
    within ``width`` (the checks' own, so the column it shares with them does not widen)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setMaximumWidth(width)
    label.setAccessibleName(translate("LetterEditor", "Suggested sending time"))
    label.hide()
    return label


def gaps_left(body: str) -> list[str]:
    """The placeholders still in the letter, each named readably: "{topic} (a topic you discussed)"."""
    names = sorted(set(re.findall(r"\{([a-z_]+)\}", body)) & set(PLACEHOLDERS))
    return ["{" + name + "} (" + translate("Letters", PLACEHOLDERS[name]) + ")" for name in names]


def near_copy_hints(editor: LetterEditor) -> list[Check]:
    """The near-copy warning for the letter on screen, if it is a draft close to another letter."""
    letter = editor.letter
    if letter is None or letter.sent_at is not None:
        return []
    kind = editor.current_kind()
    person = editor.interview.interviewer(editor.current_person_id() or "") if kind in PER_INTERVIEWER else None
    others = letters_to_compare(editor.session.applications(), editor.app, letter)
    return near_copy_checks(
        editor.body.toPlainText(), person.name if person else "", others, editor.topic.currentText()
    )


def refresh_send_time(editor: LetterEditor, label: QLabel) -> None:
    """Show when to send the letter on screen: a draft that follows the interview; else nothing.

    Under the suggested moment (advice), the deadline of its open step, the one Today's card counts
    down to, so the two never seem to disagree ("send it soon" here, "due in 2 d" there)."""
    letter = editor.letter
    kind = editor.current_kind()
    if letter is None or letter.sent_at is not None or kind not in TIMED_AFTER_THE_INTERVIEW:
        label.clear()
        label.hide()
        return
    session = editor.session
    zone = session.zone()
    now = session.now()
    suggestion = suggested_send_time(editor.interview, session.settings(), zone, now)
    text = send_time_text(suggestion, zone)
    person_id = editor.current_person_id() if kind in PER_INTERVIEWER else None
    step = next(
        (
            step for step in session.steps_for(editor.app.id)
            if step.kind is STEP_OF[kind] and step.interview_id == editor.interview.id
            and step.interviewer_id == person_id and step.is_open and step.deadline is not None
        ),
        None,
    )  # fmt: skip
    if step is not None and step.deadline is not None:
        text = translate("SendTime", "{suggestion}. {deadline}").format(
            suggestion=text, deadline=deadline_text(step.deadline, now, zone)
        )
    label.setText(text)
    label.setToolTip(deadline_note() if step is not None else "")
    label.setAccessibleDescription(label.text())
    label.show()
