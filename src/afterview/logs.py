"""Logging to a small rotating file in the data folder, readable by the user only.

Logging is for troubleshooting, so it never stops Afterview: if the file cannot be written, the
app runs without it (a data folder that cannot be used is reported by the store, clearly).
"""

from __future__ import annotations

import logging
import logging.handlers
import os

from afterview.errors import AfterviewError
from afterview.paths import AppPaths

MAX_LOG_BYTES = 512 * 1024
LOG_FILES_KEPT = 3


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose fresh files (after each rotation) are private too."""

    def _open(self):  # type: ignore[no-untyped-def]
        stream = super()._open()
        os.chmod(self.baseFilename, 0o600)
        return stream


def setup_logging(paths: AppPaths, *, create: bool = True, level: int = logging.INFO) -> bool:
    """Send the ``afterview`` loggers to the log file (once per process); True if it is in use.

    With ``create`` false, an absent data folder is left absent and nothing is logged to a file.
    """
    root = logging.getLogger("afterview")
    if any(isinstance(handler, _PrivateRotatingFileHandler) for handler in root.handlers):
        return True
    if not create and not paths.data_dir.is_dir():
        return False
    try:
        paths.ensure()
        paths.log_dir.mkdir(mode=0o700, exist_ok=True)
        # Create the file private before the handler opens it: logs name companies and people.
        os.close(os.open(paths.log_file, os.O_CREAT | os.O_APPEND | os.O_WRONLY, 0o600))
        handler = _PrivateRotatingFileHandler(
            paths.log_file,
            maxBytes=MAX_LOG_BYTES,
            backupCount=LOG_FILES_KEPT,
            encoding="utf-8",
            errors="backslashreplace",
        )
    except (OSError, AfterviewError):
        return False
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    return True
