"""The main window: a list of places on the left (Today, Applications, Question bank, Insights,
Settings), the place itself on the right, menus with every action and its shortcut.

It wires views to dialogs and keeps the window's size, position and last place between runs (in
the data folder, beside the data). It decides nothing itself: rules are the domain's, data goes
through the session.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar, cast

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QStackedWidget, QWidget

from afterview import APP_NAME, __version__
from afterview.i18n import QT_TRANSLATE_NOOP, number, translate
from afterview.ui.sidebar import Sidebar

# The window paints as a shell (the places, the menus) before the data is even opened: the session,
# the domain and every place, dialog and file format are imported when first used (just after the
# first paint for the session and the place shown).
if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QCloseEvent, QKeySequence

    from afterview.domain.plan import Step
    from afterview.ui.applications import ApplicationsView
    from afterview.ui.desktop import Desktop
    from afterview.ui.help import GuideDialog
    from afterview.ui.insights import InsightsView
    from afterview.ui.letters import LetterEditor
    from afterview.ui.offer_desk import OfferDeskView
    from afterview.ui.question_bank import QuestionBankView
    from afterview.ui.session import Session
    from afterview.ui.settings_page import SettingsPage
    from afterview.ui.today import TodayView
    from afterview.ui.transfer import Transfers

View = TypeVar("View", bound=QWidget)

# What Edit › Undo says, and what the status bar says once it is done, for each undoable action
# (by core.workspace.UndoKind's values: the core loads after the first paint).
UNDO_NAMES = {
    "delete": QT_TRANSLATE_NOOP("MainWindow", "&Undo delete"),
    "done": QT_TRANSLATE_NOOP("MainWindow", "&Undo done"),
    "skipped": QT_TRANSLATE_NOOP("MainWindow", "&Undo skip"),
    "snoozed": QT_TRANSLATE_NOOP("MainWindow", "&Undo snooze"),
    "decide": QT_TRANSLATE_NOOP("MainWindow", "&Undo the offer decision"),
}
UNDONE_NAMES = {
    "delete": QT_TRANSLATE_NOOP("MainWindow", "Undone: delete ({title})."),
    "done": QT_TRANSLATE_NOOP("MainWindow", "Undone: done ({title})."),
    "skipped": QT_TRANSLATE_NOOP("MainWindow", "Undone: skip ({title})."),
    "snoozed": QT_TRANSLATE_NOOP("MainWindow", "Undone: snooze ({title})."),
    "decide": QT_TRANSLATE_NOOP("MainWindow", "Undone: the decision on the offer ({title})."),
}
# The places, in order (translated where shown; code finds a place by its English name).
PAGES = (
    QT_TRANSLATE_NOOP("MainWindow", "Today"),
    QT_TRANSLATE_NOOP("MainWindow", "Applications"),
    QT_TRANSLATE_NOOP("MainWindow", "Question bank"),
    QT_TRANSLATE_NOOP("MainWindow", "Insights"),
    QT_TRANSLATE_NOOP("MainWindow", "Settings"),
    QT_TRANSLATE_NOOP("MainWindow", "Offers"),  # shown only while an offer is open (ui/offer_desk.py)
)
# The steps that open the Outcome dialog (by domain.model.FollowUpKind's values).
OUTCOME_STEPS = ("lessons", "feedback_request", "close_out")
# The menus, in order (their titles are there from the first paint; see _after_first_paint).
MENUS = (
    QT_TRANSLATE_NOOP("MainWindow", "&File"),
    QT_TRANSLATE_NOOP("MainWindow", "&Edit"),
    QT_TRANSLATE_NOOP("MainWindow", "&View"),
    QT_TRANSLATE_NOOP("MainWindow", "&Help"),
)
# Each place's view, by the window's attribute that builds it when first needed.
PLACE_VIEWS = ("today", "applications", "question_bank", "insights", "settings_page", "offer_desk")
# Each place's icon in the sidebar (Lucide's names, see ui.icons).
PLACE_ICONS = ["sun", "briefcase", "message-circle-question-mark", "chart-line", "settings", "sparkles"]


class MainWindow(QMainWindow):
    """Emits :attr:`first_paint` once, when it has been drawn on screen (for the start benchmark)."""

    first_paint = Signal()

    def __init__(self, session: Session | None, state_file: Path, desktop: Desktop | None = None) -> None:
        """With no ``session`` the window is a shell that can paint at once; :meth:`attach` gives it
        the data (the app does that just after the first paint)."""
        super().__init__()
        self._session: Session | None = None
        self._desktop = desktop
        self._transfers: Transfers | None = None
        self.setWindowTitle(APP_NAME)
        self._painted = False
        self._state = QSettings(str(state_file), QSettings.Format.IniFormat)

        # A stand-in for each place until it is first shown (see _place): the window paints with
        # only the view it shows built.
        self._views: list[QWidget | None] = [None] * len(PAGES)
        self.pages = QStackedWidget()
        for _ in PAGES:
            self.pages.addWidget(QWidget())
        self.places = Sidebar([translate("MainWindow", name) for name in PAGES], translate("MainWindow", "Places"))
        self.places.currentRowChanged.connect(self._show_place)

        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.places)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(body)
        # The menus' titles paint with the window; their actions and shortcuts come just after it.
        self._menus = {title: self.menuBar().addMenu(translate("MainWindow", title)) for title in MENUS}
        self._menus_filled = False
        self.places.setRowHidden(PAGES.index("Offers"), True)  # until an offer is open (_show_offers_place)
        self._restore_state()
        self.installEventFilter(self)
        # "Due in 5 h" must become "due in 4 h", and overdue items move up, as time passes.
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(60_000)
        self._clock_timer.timeout.connect(self._follow_the_clock)
        self._clock_timer.start()
        # Until the data is read (just after the first paint), there is nothing to act on.
        self._enable(False)
        if session is not None:
            self.attach(session)

    @property
    def session(self) -> Session:
        """The data the window shows (see :meth:`attach`)."""
        if self._session is None:
            raise RuntimeError("the main window has no session yet")
        return self._session

    @property
    def desktop(self) -> Desktop:
        """Dialogs, files and links through the desktop (made when first needed)."""
        if self._desktop is None:
            from afterview.ui.desktop import QtDesktop

            self._desktop = QtDesktop()
        return self._desktop

    def attach(self, session: Session) -> None:
        """Show ``session``'s data: the place chosen is built now, and follows every change."""
        self._session = session
        self._after_first_paint()  # when attached before it (the tests, the tray's start)
        self._enable(session.loaded)
        session.changed.connect(lambda: self._enable(True))
        session.changed.connect(self._count)
        session.changed.connect(self._update_undo)
        self._show_place(self.places.currentRow())
        self._count()

    # --- the places, each built the first time it is shown ----------------------------------------

    @property
    def today(self) -> TodayView:
        def build() -> TodayView:
            from afterview.ui.today import TodayView

            view = TodayView(self.session)
            view.new_interview.connect(self.new_interview)
            view.open_guide.connect(self.show_guide)
            view.open_step.connect(self.open_step)
            view.draft_step.connect(self.draft_for_step)
            view.draft_letter.connect(self.draft_for_step)
            return view

        return self._place(PAGES.index("Today"), build)

    @property
    def applications(self) -> ApplicationsView:
        def build() -> ApplicationsView:
            from afterview.ui.applications import ApplicationsView

            view = ApplicationsView(self.session)
            view.new_interview.connect(self.new_interview)
            view.edit.connect(self.edit_application)
            view.review.connect(self.review_latest)
            view.outcome.connect(self.record_outcome)
            view.letters.connect(self.letters_for_application)
            view.delete.connect(self.delete_application)
            view.brief.connect(self.show_brief)
            return view

        return self._place(PAGES.index("Applications"), build)

    @property
    def question_bank(self) -> QuestionBankView:
        def build() -> QuestionBankView:
            from afterview.ui.question_bank import QuestionBankView

            view = QuestionBankView(self.session)
            view.new_interview.connect(self.new_interview)
            view.review.connect(self.review_latest)
            return view

        return self._place(PAGES.index("Question bank"), build)

    @property
    def insights(self) -> InsightsView:
        def build() -> InsightsView:
            from afterview.ui.insights import InsightsView

            view = InsightsView(self.session)
            view.new_interview.connect(self.new_interview)
            return view

        return self._place(PAGES.index("Insights"), build)

    @property
    def settings_page(self) -> SettingsPage:
        from afterview.ui.settings_page import SettingsPage

        return self._place(PAGES.index("Settings"), lambda: SettingsPage(self.session))

    @property
    def offer_desk(self) -> OfferDeskView:
        def build() -> OfferDeskView:
            from afterview.ui.offer_desk import OfferDeskView

            view = OfferDeskView(self.session)
            view.draft_step.connect(self.draft_for_step)
            return view

        return self._place(PAGES.index("Offers"), build)

    def _place(self, index: int, build: Callable[[], View]) -> View:
        """The place's view, built and put in its stand-in's stead the first time it is needed."""
        view = self._views[index]
        if view is None:
            view = build()
            self._views[index] = view
            stand_in = self.pages.widget(index)
            assert stand_in is not None
            showing = self.pages.currentWidget() is stand_in
            self.pages.insertWidget(index, view)
            if showing:
                self.pages.setCurrentWidget(view)
            self.pages.removeWidget(stand_in)
            stand_in.deleteLater()
        return cast(View, view)

    def _show_place(self, index: int) -> None:
        if 0 <= index < len(PAGES) and self._session is not None:
            getattr(self, PLACE_VIEWS[index])  # built before it is shown
            self.pages.setCurrentIndex(index)

    @property
    def transfers(self) -> Transfers:
        """Import, export, backup and restore, with their file formats, loaded when first used."""
        if self._transfers is None:
            from afterview.ui.transfer import Transfers

            self._transfers = Transfers(
                self, self.session, self.desktop, lambda text: self.statusBar().showMessage(text, 15000)
            )
        return self._transfers

    def _follow_the_clock(self) -> None:
        if not self.session.loaded or not self.isVisible():
            return
        self._count()
        page = self.pages.currentWidget()
        if page is self._views[PAGES.index("Today")]:
            self.today.refresh()
        elif page is self._views[PAGES.index("Applications")]:
            self.applications.refresh()
        elif page is self._views[PAGES.index("Offers")]:
            self.offer_desk.refresh()  # the days left

    def _count(self) -> None:
        """The sidebar's counts: what to do now on Today (red when some is overdue), the applications."""
        if not self.session.loaded:
            return
        from afterview.domain.agenda import Group, agenda

        groups = agenda(self.session.steps(), self.session.now(), self.session.zone())
        overdue, pressing = len(groups[Group.OVERDUE]), len(groups[Group.OVERDUE]) + len(groups[Group.TODAY])
        spoken = translate("MainWindow", "{place}: {count} to do").format(
            place=translate("MainWindow", PAGES[0]), count=number(pressing)
        )
        self.places.set_count(PAGES.index("Today"), pressing or None, urgent=overdue > 0, spoken=spoken)
        self.places.set_count(PAGES.index("Applications"), len(self.session.applications()) or None)
        self._show_offers_place()

    def _decorate(self) -> None:
        """The sidebar's icons, just after the first paint (the icons need not slow the start)."""
        self.places.decorate(PLACE_ICONS)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._painted:
            # Light ⇄ dark: the icons are drawn again in the new colours.
            self.places.redecorate()
            if self._views[PAGES.index("Today")] is not None and self.session.loaded:
                self.today.refresh()

    def _enable(self, ready: bool) -> None:
        self.places.setEnabled(ready)
        self.pages.setEnabled(ready)
        self.menuBar().setEnabled(ready)

    # --- menus and shortcuts ---------------------------------------------------------------------

    def _show_offers_place(self) -> None:
        """The Offers place is in the sidebar (and the View menu) only while an offer is open, or for
        the week after one is accepted (the letters to send)."""
        from afterview.domain.offers import desk_in_view

        row = PAGES.index("Offers")
        shown = desk_in_view(self.session.applications(), self.session.now(), self.session.zone())
        self.places.setRowHidden(row, not shown)
        self._view_actions[row].setVisible(shown)
        if not shown and self.places.currentRow() == row:
            self.show_page(PAGES.index("Today"))

    def _after_first_paint(self) -> None:
        """What the first paint does without: the menus' actions and shortcuts, and taking calendar
        invitations dropped on the window (once; at the latest when the data is attached)."""
        if self._menus_filled:
            return
        self._menus_filled = True
        self._fill_menus()
        self._view_actions[PAGES.index("Offers")].setVisible(not self.places.isRowHidden(PAGES.index("Offers")))
        from afterview.ui.invitation_import import InvitationDrops

        InvitationDrops(self, self.import_invitation)  # a calendar invitation (.ics) dropped on the window

    def _fill_menus(self) -> None:
        from PySide6.QtGui import QKeySequence  # with the actions, just after the first paint

        file_menu = self._menus[MENUS[0]]
        self._action(
            file_menu, translate("MainWindow", "&New interview…"), self.new_interview, QKeySequence.StandardKey.New
        )
        self._action(
            file_menu, translate("MainWindow", "Import calendar invi&tation…"), lambda _=False: self.import_invitation()
        )
        file_menu.addSeparator()
        # Through lambdas: the transfers (and their file formats) load when one is first chosen.
        self._action(
            file_menu,
            translate("MainWindow", "&Import from a spreadsheet (CSV)…"),
            self._transfer("import_spreadsheet"),
        )
        self._action(
            file_menu,
            translate("MainWindow", "Export to a &spreadsheet (CSV)…"),
            self._transfer("export_spreadsheet"),
        )
        self._action(
            file_menu,
            translate("MainWindow", "Export to a &calendar (.ics)…"),
            self._transfer("export_calendar"),
        )
        self._action(
            file_menu,
            translate("MainWindow", "Export c&ontacts (.vcf)…"),
            self._transfer("export_contacts"),
        )
        self._action(
            file_menu, translate("MainWindow", "&Job-search report…"), lambda _=False: self.job_search_report()
        )
        file_menu.addSeparator()
        self._action(
            file_menu,
            translate("MainWindow", "&Back up…"),
            self._transfer("back_up"),
            QKeySequence("Ctrl+Shift+S"),
        )
        self._action(file_menu, translate("MainWindow", "&Restore from a backup…"), self._transfer("restore"))
        self._action(
            file_menu,
            translate("MainWindow", "Restore a &previous version…"),
            self._transfer("restore_version"),
        )
        file_menu.addSeparator()
        self._action(file_menu, translate("MainWindow", "&Quit"), self.close, QKeySequence.StandardKey.Quit)
        edit_menu = self._menus[MENUS[1]]
        self.undo_action = self._action(
            edit_menu, translate("MainWindow", "&Undo"), self.undo, QKeySequence.StandardKey.Undo
        )
        self.undo_action.setEnabled(False)
        self._action(
            edit_menu,
            translate("MainWindow", "&Find application…"),
            self.find_application,
            QKeySequence.StandardKey.Find,
        )
        view_menu = self._menus[MENUS[2]]
        self._view_actions = [
            self._action(
                view_menu,
                translate("MainWindow", name),
                lambda _=False, i=index: self.show_page(i),
                QKeySequence(f"Ctrl+{index + 1}"),
            )
            for index, name in enumerate(PAGES)
        ]
        help_menu = self._menus[MENUS[3]]
        self._action(
            help_menu, translate("MainWindow", "&Guide: after the interview"), self.show_guide,
            QKeySequence.StandardKey.HelpContents,
        )  # fmt: skip
        self._action(help_menu, translate("MainWindow", "&About {app}").format(app=APP_NAME), self.about)

    def _action(
        self, menu: QWidget, text: str, slot: object, shortcut: QKeySequence | QKeySequence.StandardKey | None = None
    ) -> QAction:
        from PySide6.QtGui import QAction

        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def show_page(self, index: int) -> None:
        self.places.setCurrentRow(index)
        self._show_place(index)  # also when the row was current already (a place not yet built)

    def find_application(self) -> None:
        self.show_page(PAGES.index("Applications"))
        self.applications.search.setFocus()
        self.applications.search.selectAll()

    # --- the focus around dialogs ----------------------------------------------------------------

    @contextlib.contextmanager
    def _returning_focus(self) -> Iterator[None]:
        """Around a dialog: when it closes, the focus goes back where the user was (see
        :meth:`_return_focus`), not to the first control of the window (the sidebar)."""
        from PySide6.QtWidgets import QApplication

        before = QApplication.focusWidget()
        try:
            yield
        finally:
            self._return_focus(before)

    def _return_focus(self, before: QWidget | None) -> None:
        """The focus on ``before`` (what opened the dialog) when it is still there to take it, else on
        the place's main list (or its first control)."""
        from PySide6.QtWidgets import QAbstractItemView
        from shiboken6 import Shiboken

        if self._restore_focus(before):
            return
        page = self.pages.currentWidget()
        if page is None:
            return
        lists = [view for view in page.findChildren(QAbstractItemView) if self._restore_focus(view, only_check=True)]
        if lists:
            lists[0].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        first = page.nextInFocusChain()
        while first is not None and Shiboken.isValid(first) and page.isAncestorOf(first):
            if self._restore_focus(first):
                return
            first = first.nextInFocusChain()

    def _restore_focus(self, widget: QWidget | None, *, only_check: bool = False) -> bool:
        from shiboken6 import Shiboken

        usable = (
            widget is not None and Shiboken.isValid(widget) and widget.window() is self and widget.isVisible()
            and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        )  # fmt: skip
        if usable and not only_check and widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return usable

    def _transfer(self, name: str) -> Callable[..., None]:
        """A File menu transfer (its file formats load when one is first chosen), the focus returned after."""

        def run(_: bool = False) -> None:
            with self._returning_focus():
                getattr(self.transfers, name)()

        return run

    def _focus_after(self, dialog: QWidget) -> None:
        """For a dialog opened without waiting (the letter editor): the focus back when it finishes."""
        from PySide6.QtWidgets import QApplication

        before = QApplication.focusWidget()
        finished = getattr(dialog, "finished", None)
        if finished is not None:
            finished.connect(lambda *_: self._return_focus(before))

    # --- actions ---------------------------------------------------------------------------------

    def import_invitation(self, path: str = "") -> bool:
        """File › Import calendar invitation… (a file chosen) or an .ics dropped (``path``): the
        interview editor filled in from it, for review (ui/invitation_import.py)."""
        from afterview.ui import invitation_import

        if self._session is None:
            return False  # the data is not open yet
        with self._returning_focus():
            if not path:
                return invitation_import.choose_and_import(self, self.session, self.desktop)
            return invitation_import.import_file(self, self.session, self.desktop, path)

    def new_interview(self) -> bool:
        """Add an interview (by default the one just had: it started at the last round hour); once
        it is saved, Today shows what to do now."""
        from PySide6.QtWidgets import QDialog

        from afterview.ui.editor import ApplicationEditor, new_application

        with self._returning_focus():  # on Today's list once saved (the page changes)
            editor = ApplicationEditor(
                self.session, new_application(self.session), self.desktop, is_new=True, parent=self
            )
            saved = editor.exec() == QDialog.DialogCode.Accepted
            if saved:
                self.show_page(PAGES.index("Today"))
            self.statusBar().showMessage(
                translate("MainWindow", "Saved {title}. Its follow-ups are on Today.").format(title=editor.app.title),
                8000,
            )
        return saved

    def edit_application(self, app_id: str) -> None:
        from afterview.ui.editor import ApplicationEditor

        app = self.session.editable_copy(app_id)
        if app is not None:
            with self._returning_focus():
                ApplicationEditor(self.session, app, self.desktop, is_new=False, parent=self).exec()

    def review_latest(self, app_id: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        from afterview.ui.review import AssessmentDialog

        app = self.session.editable_copy(app_id)
        if app is None:
            return
        latest = app.latest_interview(started_by=self.session.now())
        with self._returning_focus():
            if latest is None:
                QMessageBox.information(
                    self,
                    APP_NAME,
                    translate("MainWindow", "Add an interview to this application first, then review it."),
                )
                return
            AssessmentDialog(self.session, app, latest.id, self.desktop, parent=self).exec()

    def record_outcome(self, app_id: str) -> None:
        from afterview.ui.review import OutcomeDialog

        app = self.session.editable_copy(app_id)
        if app is not None:
            with self._returning_focus():
                OutcomeDialog(self.session, app, self.desktop, parent=self).exec()

    def show_brief(self, app_id: str) -> None:
        """The preparation brief of the application's next round (reading it marks its step done)."""
        from afterview.ui.brief_dialog import show_brief

        with self._returning_focus():
            show_brief(self.session, app_id, self.desktop, parent=self)

    def job_search_report(self) -> None:
        from afterview.ui.report_dialog import job_search_report

        with self._returning_focus():
            saved = job_search_report(self.session, self.desktop, parent=self)
        if saved:
            self.statusBar().showMessage(translate("MainWindow", "Saved {file}.").format(file=saved), 15000)

    def open_step(self, step: Step) -> None:
        from afterview.domain.model import FollowUpKind
        from afterview.ui.editor import ApplicationEditor
        from afterview.ui.review import AssessmentDialog, OutcomeDialog

        app = self.session.editable_copy(step.application_id)
        if app is None:
            return
        if step.kind is FollowUpKind.READ_BRIEF:
            self.show_brief(app.id)
            return
        with self._returning_focus():
            if step.kind is FollowUpKind.SELF_ASSESSMENT and step.interview_id:
                AssessmentDialog(self.session, app, step.interview_id, self.desktop, parent=self).exec()
            elif step.kind in OUTCOME_STEPS:
                OutcomeDialog(self.session, app, self.desktop, parent=self).exec()
            else:
                ApplicationEditor(self.session, app, self.desktop, is_new=False, parent=self).exec()

    def draft_for_step(self, step: Step, kind: str | None = None) -> LetterEditor | None:
        """Open the letter a step asks for (or ``kind``, a LetterKind: the LinkedIn message instead of the
        note): for its interviewer, or the latest interview's."""
        from afterview.domain.letters import letter_for
        from afterview.domain.model import LetterKind
        from afterview.ui.letters import LetterEditor  # printing support loads only when needed

        app = self.session.editable_copy(step.application_id)
        latest = app.latest_interview() if app is not None else None
        if app is None or latest is None:
            return None
        editor = LetterEditor(
            self.session, app, step.interview_id or latest.id, LetterKind(kind) if kind else letter_for(step.kind),
            self.desktop, interviewer_id=step.interviewer_id, parent=self,
        )  # fmt: skip
        self._focus_after(editor)
        editor.open()
        return editor

    def letters_for_application(self, app_id: str) -> LetterEditor | None:
        from PySide6.QtWidgets import QMessageBox

        from afterview.domain.model import LetterKind
        from afterview.ui.letters import LetterEditor

        app = self.session.editable_copy(app_id)
        latest = app.latest_interview() if app is not None else None
        if app is None or latest is None:
            QMessageBox.information(
                self, APP_NAME, translate("MainWindow", "Add an interview first: letters go to the people you met.")
            )
            return None
        editor = LetterEditor(self.session, app, latest.id, LetterKind.THANK_YOU, self.desktop, parent=self)
        self._focus_after(editor)
        editor.open()
        return editor

    def delete_application(self, app_id: str) -> None:
        app = self.session.application(app_id)
        if app is None:
            return
        question = translate(
            "MainWindow", "Delete {title} with its interviews, reviews and letters?\n\nYou can undo this with Ctrl+Z."
        ).format(title=app.title)
        with self._returning_focus():  # on the list (the row deleted is gone)
            confirmed = self.desktop.confirm_delete(self, question)
        if not confirmed:
            return
        self.session.delete(app_id)
        self.statusBar().showMessage(
            translate("MainWindow", "Deleted {title}. Edit › Undo (Ctrl+Z) brings it back.").format(title=app.title),
            15000,
        )

    def _update_undo(self) -> None:
        last = self.session.last_action
        self.undo_action.setEnabled(last is not None)
        if last is None:
            self.undo_action.setText(translate("MainWindow", "&Undo"))
        else:
            self.undo_action.setText(translate("MainWindow", UNDO_NAMES[last.kind]))

    def undo(self) -> None:
        undone = self.session.undo()
        if undone is not None:
            message = translate("MainWindow", UNDONE_NAMES[undone.kind]).format(title=undone.before.title)
            self.statusBar().showMessage(message, 8000)
            if undone.kind == "delete":
                self.applications.select(undone.before.id)

    def show_guide(self) -> GuideDialog:
        from afterview.ui.help import GuideDialog

        guide = GuideDialog(self)
        guide.setModal(False)  # read beside the window while following the steps
        guide.show()
        return guide

    def about(self) -> None:
        import html

        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            translate("MainWindow", "About {app}").format(app=APP_NAME),
            translate(
                "MainWindow",
                "<h3>{app} {version}</h3><p>Everything that should happen after a job interview.</p>"
                "<p>Your data: {data_dir}</p><p>Free software under the MIT licence. Afterview works offline: "
                "it never uses the network.</p>",
            ).format(app=APP_NAME, version=__version__, data_dir=html.escape(str(self.session.paths.data_dir))),
        )

    # --- remembering the window ----------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self._state.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(self.fontMetrics().averageCharWidth() * 130, self.fontMetrics().lineSpacing() * 38)
        page = str(self._state.value("window/page", 0))
        self.show_page(int(page) if page.isdigit() and int(page) < len(PAGES) else 0)

    def save_state(self) -> None:
        """Remember the window's size, place and page, writing the file only when they changed."""
        geometry, page = self.saveGeometry(), self.places.currentRow()
        if self._state.value("window/geometry") == geometry and str(self._state.value("window/page")) == str(page):
            return
        self._state.setValue("window/geometry", geometry)
        self._state.setValue("window/page", page)
        self._state.sync()
        with contextlib.suppress(OSError):
            os.chmod(self._state.fileName(), 0o600)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        # With a tray, closing only hides the window (the tray filters the event out before this):
        # here the app is about to end, and whatever is still unsaved would go with it.
        if not self.settle_unsaved_work():
            event.ignore()
            return
        self.save_state()
        super().closeEvent(event)

    def settle_unsaved_work(self) -> bool:
        """Before Afterview ends: every open dialog and the settings page settle their changes
        (saved, discarded, or kept open at the user's word). False when something stays open."""
        if self._session is None:
            return True  # closed before the data was shown: no dialog or page can hold a change
        from PySide6.QtWidgets import QDialog

        for dialog in self.findChildren(QDialog):
            if dialog.isVisible() and not dialog.close():
                return False
        if self._views[PAGES.index("Settings")] is None:
            return True  # never shown, so nothing changed there
        from afterview.ui.guard import Settled, settle_changes

        page = self.settings_page
        settings = translate("MainWindow", PAGES[PAGES.index("Settings")])
        if page.is_dirty():
            self.showNormal()
            self.show_page(PAGES.index("Settings"))  # the user sees what they are asked about
        settled = settle_changes(self, self.desktop, settings, page.is_dirty(), page.save)
        return settled is not Settled.STAYING

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self and event.type() == QEvent.Type.KeyPress and _presses_focused_button(event):
            return True
        if watched is self and event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._after_first_paint)
            QTimer.singleShot(0, self._decorate)
            self.first_paint.emit()
        return super().eventFilter(watched, event)


def _presses_focused_button(event: QEvent) -> bool:
    """Return or Enter on a focused push button presses it, as Space does (Qt does it only in
    dialogs; in the window the key came up to here unused). True when it did."""
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication, QPushButton, QToolButton

    if not isinstance(event, QKeyEvent) or event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        return False
    if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
        return False
    focused = QApplication.focusWidget()
    if isinstance(focused, QPushButton | QToolButton) and focused.isEnabled() and focused.isVisible():
        focused.click()
        return True
    return False
