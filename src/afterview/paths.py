"""Every folder and file Afterview uses, in one place.

The data folder is the platform's user data folder unless ``--data-dir`` or the
``AFTERVIEW_DATA_DIR`` environment variable names another (tests and portable installs use that).
Everything else (backups, logs, the lock) lives inside the data folder, so one folder is all there is
to back up or delete.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

from afterview import APP_NAME
from afterview.errors import AfterviewError
from afterview.i18n import os_reason, translate

DATA_DIR_ENV = "AFTERVIEW_DATA_DIR"


class AppPaths(NamedTuple):
    """Where everything of one data folder lives. (A named tuple rather than a dataclass: the
    window's start need not load the dataclasses module for it.)"""

    data_dir: Path

    @property
    def data_file(self) -> Path:
        return self.data_dir / "afterview.json"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def reminder_log_file(self) -> Path:
        """Which reminders were raised when: written by the tray, kept apart from the user's data."""
        return self.data_dir / "reminders.json"

    @property
    def lock_file(self) -> Path:
        return self.data_dir / "afterview.lock"

    @property
    def window_state_file(self) -> Path:
        """The window's size, position and last view (not data, but kept private like the rest)."""
        return self.data_dir / "window.ini"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "afterview.log"

    def ensure(self) -> None:
        """Create the data folder (private to the user) if it does not exist yet."""
        try:
            self.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        except FileExistsError:
            raise AfterviewError(
                translate("Paths", "cannot use {folder} as Afterview's data folder: it is a file.").format(
                    folder=self.data_dir
                )
            ) from None
        except OSError as error:
            raise AfterviewError(
                translate("Paths", "cannot use {folder} as Afterview's data folder: {reason}.").format(
                    folder=self.data_dir, reason=os_reason(error)
                )
            ) from None


def default_data_dir() -> Path:
    import platformdirs  # only when no folder was named: the window's start need not load it

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resolve_paths(data_dir: str | None = None, environ: Mapping[str, str] | None = None) -> AppPaths:
    """The paths for this run: ``--data-dir`` first, then the environment, then the platform default."""
    environ = os.environ if environ is None else environ
    chosen = data_dir or environ.get(DATA_DIR_ENV)
    return AppPaths(Path(chosen).expanduser().absolute() if chosen else default_data_dir())
