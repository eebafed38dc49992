"""LinkedIn's quota where the invitations are: on Today's LinkedIn cards and in the letter editor.

The quota as it stands ("3 of 5 LinkedIn notes used this month"); when no note is left for an
invitation (the rules are :mod:`afterview.domain.linkedin`'s), the way without one: connect without
a note, then send the thank-you as a message once they accept, with who the notes left are kept for,
the warning about withdrawing an invitation, and the buttons that open the message or mark the
invitation sent without a note (which never counts as a note). In the letter editor, marking a note
sent at the limit asks first (:func:`ask_over_quota`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from afterview.domain.linkedin import (
    NotePlan,
    kept_for_text,
    no_note_text,
    note_plan,
    quota_text,
    withdraw_warning,
)
from afterview.domain.linkedin import (
    quota as notes_quota,
)
from afterview.domain.model import Application, FollowUpKind, FollowUpState, LetterKind
from afterview.domain.plan import Step
from afterview.domain.progress import record
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
    quota line; the way without a note, the warning and the buttons (:attr:`no_note_part`) are for
    the editor to place across its width, where they are read whole; who the notes left are kept
    for is on Today's card."""

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
        self.no_note_part = QWidget(self)
        part = QVBoxLayout(self.no_note_part)
        part.setContentsMargins(0, 0, 0, 0)
        part.setSpacing(Space.XS)
        for label in (self.no_note, self.warning) if compact else (self.no_note, self.kept_for, self.warning):
            part.addWidget(label)
        part.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(Space.XS)
        layout.addWidget(self.quota_line)
        if not compact:  # compact: the editor lays it out (see the class)
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
    the way without one (placed by the editor under its choices), with the buttons Today's card has:
    one turns the editor to the message, the other marks the invitation done without a note."""
    panel = QuotaPanel(
        editor.session.zone(), message_label=translate("LinkedInQuota", "Write the message instead"),
        offer_done=True, compact=True,
    )  # fmt: skip
    panel.write_message.connect(
        lambda: editor.kind.setCurrentIndex(editor.kind.findData(LetterKind.LINKEDIN_MESSAGE.value))
    )
    panel.connected_without_note.connect(lambda: connect_without_note(editor))
    panel.hide()
    panel.no_note_part.hide()
    return panel


def refresh_editor_panel(editor: LetterEditor) -> None:
    """Show the quota for the letter on screen (hidden for letters other than LinkedIn's)."""
    panel = editor.quota_panel
    kind = editor.current_kind()
    if kind not in LINKEDIN_LETTERS:
        panel.hide()
        panel.no_note_part.hide()  # placed outside the panel: hidden with it
        return
    quota = SessionQuota(editor.session)
    sent = editor.letter is not None and editor.letter.sent_at is not None
    step = invitation_step(editor.session, editor.app, editor.interview.id, editor.current_person_id())
    with_note = kind is LetterKind.LINKEDIN_MESSAGE or sent or quota.with_note(step)
    panel.show_plan(quota.plan, with_note=with_note)
    panel.without_button.setVisible(step is not None and step.is_open)  # done: nothing left to mark
    panel.show()


def connect_without_note(editor: LetterEditor) -> bool:
    """The invitation went without a note: its step is done (never a note), the draft is kept."""
    step = invitation_step(editor.session, editor.app, editor.interview.id, editor.current_person_id())
    if step is None or not step.is_open:
        editor.status.setText(translate("LinkedInQuota", "This invitation is already done."))
        return False
    record(editor.app, step, FollowUpState.DONE, editor.session.now())  # on the editor's copy, saved with it
    saved = editor.save_draft()  # the draft and the step together; a refusal is in the status line
    if saved:
        editor.status.setText(
            translate("LinkedInQuota", "Invitation marked done, connected without a note: no note counted.")
        )
    refresh_editor_panel(editor)
    return saved


class OverQuota(Enum):
    """The answers to "no note left: mark this note sent?"."""

    KEEP_EDITING = "keep editing"
    WITHOUT_NOTE = "without note"
    SEND_ANYWAY = "send anyway"


def over_quota(editor: LetterEditor) -> bool:
    """Whether marking the LinkedIn note on screen sent would go over this month's notes."""
    if editor.current_kind() is not LetterKind.LINKEDIN_NOTE:
        return False
    session = editor.session
    return notes_quota(session.applications(), session.settings(), session.now()).at_limit


def ask_over_quota(editor: LetterEditor) -> OverQuota:
    """No note is left this month: connected without one (the usual case), sent anyway, or not yet?
    Keep editing is the default and what Escape gives."""
    session = editor.session
    counted = notes_quota(session.applications(), session.settings(), session.now())
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("LinkedInQuota", "No LinkedIn note left"),
        translate(
            "LinkedInQuota",
            "{quota}. LinkedIn will probably not have let this invitation carry a note. If you connected "
            "without one, choose Connected without a note: the invitation is done and no note is counted.",
        ).format(quota=quota_text(counted, session.zone())),
        parent=editor,
    )
    without = box.addButton(translate("LinkedInQuota", "Connected &without a note"), QMessageBox.ButtonRole.AcceptRole)
    anyway = box.addButton(translate("LinkedInQuota", "&Mark the note sent"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(translate("LinkedInQuota", "&Keep editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    clicked = box.clickedButton()
    if clicked is without:
        return OverQuota.WITHOUT_NOTE
    return OverQuota.SEND_ANYWAY if clicked is anyway else OverQuota.KEEP_EDITING
