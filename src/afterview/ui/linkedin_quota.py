"""LinkedIn's quota where the invitations are: on Today's LinkedIn cards and in the letter editor.

The quota as it stands ("3 of 5 LinkedIn notes used this month"); when no note is left for an
invitation (the rules are :mod:`afterview.domain.linkedin`'s), the way without one: connect without
a note, then send the thank-you as a message once they accept, with who the notes left are kept for,
the warning about withdrawing an invitation, and the buttons that open the message or mark the
invitation sent without a note (which never counts as a note).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from afterview.domain.letters import Check
from afterview.domain.linkedin import (
    NotePlan,
    kept_for_text,
    no_note_text,
    note_plan,
    quota_text,
    withdraw_warning,
)
from afterview.domain.model import Application, FollowUpKind, LetterKind
from afterview.domain.plan import Step
from afterview.i18n import translate
from afterview.ui.empty_state import text_label
from afterview.ui.session import Session
from afterview.ui.theme import Space

if TYPE_CHECKING:
    from afterview.ui.letters import LetterEditor


class SessionQuota:
    """The note plan of the session as it stands, worked out on first use (once per Today refresh)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._plan: NotePlan | None = None

    @property
    def plan(self) -> NotePlan:
        if self._plan is None:
            session = self.session
            self._plan = note_plan(session.applications(), session.steps(), session.settings(), session.now())
        return self._plan

    def with_note(self, step: Step | None) -> bool:
        """Whether a note is kept for this invitation (with no open step: whether any note is left)."""
        invitation = self.plan.for_step(step) if step is not None else None
        return invitation.with_note if invitation is not None else not self.plan.quota.at_limit


def invitation_step(session: Session, app: Application, interview_id: str, person_id: str | None) -> Step | None:
    """The LinkedIn step for one interviewer of one round, if the plan has it."""
    return next(
        (
            step
            for step in session.steps_for(app.id)
            if step.kind is FollowUpKind.LINKEDIN and step.interview_id == interview_id
            and step.interviewer_id == person_id
        ),
        None,
    )  # fmt: skip


class QuotaPanel(QWidget):
    """The quota line, and when no note is left, the way without one (hidden parts stay hidden).

    ``compact`` (the letter editor, which must fit a 600-pixel screen): beside the checks, only the
    quota line and the button; the way without a note and the warning are among the checks
    (:func:`quota_checks`), and who the notes left are kept for is on Today's card."""

    write_message = Signal()
    connected_without_note = Signal()

    def __init__(
        self, zone: tzinfo, *, message_label: str, offer_done: bool, compact: bool = False,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.zone = zone
        self.compact = compact
        self.with_note = True  # as last shown
        self.quota_line = text_label("", "muted")
        self.quota_line.setAccessibleName(translate("LinkedInQuota", "LinkedIn notes"))
        self.no_note = text_label(no_note_text())
        self.kept_for = text_label("", "muted")
        self.warning = text_label(withdraw_warning(), "caption")
        self.message_button = _button(message_label, self.write_message.emit)
        self.without_button = _button(
            translate("LinkedInQuota", "Connected without a note"), self.connected_without_note.emit
        )
        self.without_button.setToolTip(
            translate("LinkedInQuota", "Marks the invitation done; it does not count as a note.")
        )
        self.without_button.setVisible(offer_done)
        buttons = QHBoxLayout()
        buttons.setSpacing(Space.S)
        buttons.addWidget(self.message_button)
        buttons.addWidget(self.without_button)
        buttons.addStretch(1)
        self.no_note_part = QWidget()
        part = QVBoxLayout(self.no_note_part)
        part.setContentsMargins(0, 0, 0, 0)
        part.setSpacing(Space.XS)
        for label in () if compact else (self.no_note, self.kept_for, self.warning):
            part.addWidget(label)
        part.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(Space.XS)
        layout.addWidget(self.quota_line)
        layout.addWidget(self.no_note_part)

    def show_plan(self, plan: NotePlan, *, with_note: bool) -> None:
        self.with_note = with_note
        self.quota_line.setText(quota_text(plan.quota, self.zone))
        kept = kept_for_text(plan)
        self.kept_for.setText(kept)
        self.kept_for.setVisible(bool(kept))
        self.no_note_part.setVisible(not with_note)

    @property
    def offers_no_note(self) -> bool:
        """Whether the way without a note is offered (shown, once the panel is shown)."""
        return not self.no_note_part.isHidden()


def today_panel(quota: SessionQuota, step: Step) -> QuotaPanel:
    """For a LinkedIn card on Today: the quota, and at the limit the message and "Connected without a note"."""
    panel = QuotaPanel(
        quota.session.zone(), message_label=translate("LinkedInQuota", "Write the message"), offer_done=True
    )
    panel.show_plan(quota.plan, with_note=quota.with_note(step))
    return panel


def _button(label: str, slot: Callable[[], object]) -> QPushButton:
    """A button Enter never presses from a text field (the letter editor's rule)."""
    push = QPushButton(label)
    push.setAccessibleName(label)
    push.setAutoDefault(False)
    push.setDefault(False)
    push.clicked.connect(slot)
    return push


# --- in the letter editor ----------------------------------------------------------------------------

LINKEDIN_LETTERS = (LetterKind.LINKEDIN_NOTE, LetterKind.LINKEDIN_MESSAGE)


def editor_panel(editor: LetterEditor) -> QuotaPanel:
    """For the letter editor: the quota above a LinkedIn letter; when no note is left for the invitation,
    the way without one, whose button turns the editor to the message."""
    panel = QuotaPanel(
        editor.session.zone(), message_label=translate("LinkedInQuota", "Write the message instead"),
        offer_done=False, compact=True,
    )  # fmt: skip
    panel.write_message.connect(
        lambda: editor.kind.setCurrentIndex(editor.kind.findData(LetterKind.LINKEDIN_MESSAGE.value))
    )
    panel.hide()
    return panel


def refresh_editor_panel(editor: LetterEditor) -> None:
    """Show the quota for the letter on screen (hidden for letters other than LinkedIn's)."""
    panel = editor.quota_panel
    kind = editor.current_kind()
    if kind not in LINKEDIN_LETTERS:
        panel.hide()
        return
    quota = SessionQuota(editor.session)
    sent = editor.letter is not None and editor.letter.sent_at is not None
    step = invitation_step(editor.session, editor.app, editor.interview.id, editor.current_person_id())
    with_note = kind is LetterKind.LINKEDIN_MESSAGE or sent or quota.with_note(step)
    changed = with_note != panel.with_note
    panel.show_plan(quota.plan, with_note=with_note)
    panel.show()
    if changed:  # the checks were worked out before: they say it now
        editor.update_checks()


def quota_checks(editor: LetterEditor) -> list[Check]:
    """Among the editor's checks, for a LinkedIn note with no note left: the way without one, and the
    warning about withdrawing an invitation (as last worked out, so typing costs nothing)."""
    panel = editor.quota_panel
    if editor.current_kind() is not LetterKind.LINKEDIN_NOTE or panel.with_note:
        return []
    return [Check(False, no_note_text()), Check(False, withdraw_warning())]
