"""The preparation brief in the window: a button on the application's story (shown while a round
is still to come) and a read-only dialog with the brief and Save as PDF….

The brief itself comes from :func:`afterview.core.documents.brief_of` (the command line's too) and
is drawn by :mod:`afterview.documents.pdf`. Opening it close to the round (from the evening-before
reminder, or within :data:`READ_WINDOW` of the start) counts as reading it: the plan's "Read your
preparation brief" step for that round is marked done (Edit › Undo brings it back). Opened earlier,
the step stays open and the dialog says the reminder will still come.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from afterview.core.documents import Brief, brief_file_name, brief_of, has_brief
from afterview.domain.brief import upcoming_interview
from afterview.domain.model import Application, FollowUpKind, FollowUpState
from afterview.domain.plan import Status
from afterview.errors import AfterviewError
from afterview.i18n import translate
from afterview.ui.desktop import Desktop
from afterview.ui.session import Session

READ_WINDOW = timedelta(hours=36)  # opened this close to the round, the brief counts as read


class BriefButton(QPushButton):
    """ "Preparation brief…" for the application shown, visible only while it has a round to come."""

    requested = Signal(str)  # application id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Brief", "Preparation brief…"), parent)
        self.setAccessibleName(translate("Brief", "Preparation brief"))
        self.setToolTip(translate("Brief", "What your own history says to prepare for the next interview"))
        self.app_id: str | None = None
        self.clicked.connect(lambda _=False: self.requested.emit(self.app_id) if self.app_id else None)
        self.setVisible(False)

    def show_for(self, session: Session, app: Application | None) -> None:
        ready = app is not None and has_brief(session.workspace, app)
        self.app_id = app.id if app is not None and ready else None
        self.setVisible(ready)


class BriefDialog(QDialog):
    def __init__(self, session: Session, brief: Brief, desktop: Desktop, parent: QWidget | None = None) -> None:
        from afterview.documents.pdf import paper_html

        super().__init__(parent)
        self.session = session
        self.brief = brief
        self.desktop = desktop
        self.setWindowTitle(brief.paper.title)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(translate("Brief", "Preparation brief"))
        self.text.setHtml(paper_html(brief.paper))
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.addButton(translate("Brief", "Save as PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(lambda _=False: self.save_pdf())
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.fontMetrics().height() * 36)

    def save_pdf(self, path: str | None = None) -> bool:
        """Write the brief as an A4 PDF where the user chooses (private to them); False if not written."""
        from afterview.documents.pdf import paper_pdf

        chosen = path or self.desktop.choose_file_to_save(
            self,
            translate("Brief", "Save the preparation brief as PDF"),
            str(Path.home() / brief_file_name(self.brief.application.company)),
            translate("Brief", "PDF (*.pdf)"),
        )
        if not chosen:
            return False
        if not Path(chosen).suffix:
            chosen += ".pdf"
        try:
            self.session.workspace.write_file(chosen, paper_pdf(self.brief.paper))
        except AfterviewError as error:
            self.status.setText(translate("Brief", "Not saved: {error}").format(error=error))
            return False
        self.status.setText(translate("Brief", "Saved {file}.").format(file=chosen))
        return True


def show_brief(session: Session, app_id: str, desktop: Desktop, parent: QWidget | None = None) -> BriefDialog | None:
    """Open the brief of ``app_id``'s next round (modal) and count it as read; None when there is
    none (the round has started since), said in a message box."""
    from PySide6.QtWidgets import QMessageBox

    app = session.application(app_id)
    if app is None:
        return None
    try:
        found = brief_of(session.workspace, app)
    except AfterviewError as error:
        QMessageBox.information(parent, translate("Brief", "Preparation brief"), str(error))
        return None
    read = mark_read(session, app)
    dialog = BriefDialog(session, found, desktop, parent)
    if not read and _reminder_open(session, app):
        dialog.status.setText(
            translate("Brief", "We will remind you to read it again the evening before the interview.")
        )
    dialog.open()
    return dialog


def mark_read(session: Session, app: Application) -> bool:
    """The "Read your preparation brief" step of the round to come, done (if the plan has it open)
    when it is due or the round is less than :data:`READ_WINDOW` away; True when marked. Read days
    before, the evening-before reminder still comes (what is read then is what counts)."""
    now = session.now()
    interview = upcoming_interview(app, now)
    if interview is None:
        return False
    marked = False
    for step in session.steps_for(app.id):
        if step.kind is FollowUpKind.READ_BRIEF and step.is_open and step.interview_id == interview.id:
            close = interview.starts_at - now <= READ_WINDOW or step.status(now) in (Status.DUE, Status.LATE)
            if close:
                session.mark(step, FollowUpState.DONE)
                marked = True
    return marked


def _reminder_open(session: Session, app: Application) -> bool:
    interview = upcoming_interview(app, session.now())
    return interview is not None and any(
        step.kind is FollowUpKind.READ_BRIEF and step.is_open and step.interview_id == interview.id
        for step in session.steps_for(app.id)
    )
