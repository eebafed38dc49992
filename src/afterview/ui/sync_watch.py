"""Noticing, while the app runs, what a sync tool does to the data folder.

Syncthing, Nextcloud, Dropbox or OneDrive may put the other computer's version of the data file in
place of ours, or leave a conflict copy beside it, at any moment. A QFileSystemWatcher on the data
folder (and on the data file, which an atomic replace drops from the watch) notices; after a short
quiet spell (a sync tool writes in steps) the workspace merges what changed
(:meth:`afterview.core.workspace.Workspace.catch_up`), the views refresh and the window says what
was merged. Our own saves wake the watcher too, and are told apart by the store (the file is
exactly what it last wrote), so they merge nothing. Every save also checks first, so a change the
watcher has not seen yet is never overwritten.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer

from afterview.core.syncing import SyncReport
from afterview.errors import AfterviewError
from afterview.ui.session import Session

log = logging.getLogger(__name__)

QUIET_MS = 1500  # a sync tool writes a file in steps (temporary file, rename, times): wait until it is done


class SyncWatch(QObject):
    """Watches ``session``'s data folder; ``tell`` receives the message of each merge."""

    def __init__(
        self, session: Session, tell: Callable[[str], None], parent: QObject | None = None, *, quiet_ms: int = QUIET_MS
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.tell = tell
        self._paths = session.paths
        self._watcher = QFileSystemWatcher(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(quiet_ms)
        self._timer.timeout.connect(self.check)
        self._watcher.directoryChanged.connect(self._poke)
        self._watcher.fileChanged.connect(self._poke)
        session.workspace.sync_listeners.append(self._merged)  # merges a save made first, too
        self._watch()

    def _watch(self) -> None:
        wanted = [str(self._paths.data_dir), str(self._paths.data_file)]
        missing = [path for path in wanted if path not in (*self._watcher.directories(), *self._watcher.files())]
        existing = [path for path in missing if Path(path).exists()]
        if existing:
            self._watcher.addPaths(existing)

    def _poke(self, _path: str) -> None:
        self._timer.start()  # (re)started: the check runs once the folder has been quiet for a moment

    def check(self) -> None:
        """Merge what changed on disk, if anything did (also callable directly)."""
        self._watch()
        if not self.session.loaded:
            return
        try:
            self.session.catch_up()
        except (AfterviewError, OSError) as error:  # the next save checks again
            log.warning("Could not merge what the sync tool changed: %s", error)

    def _merged(self, report: SyncReport) -> None:
        log.info("Merged another computer's edits: %s", report.message)
        self.tell(report.message)
