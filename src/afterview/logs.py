"""Logging to a small rotating file in the data folder, readable by the user only.

Logging is for troubleshooting, so it never stops Afterview: if the file cannot be written, the
app runs without it (a data folder that cannot be used is reported by the store, clearly).
"""

from __future__ import annotations

import io
import logging
import os

from afterview.errors import AfterviewError
from afterview.paths import AppPaths

MAX_LOG_BYTES = 512 * 1024
LOG_FILES_KEPT = 3


class _PrivateRotatingFileHandler(logging.FileHandler):
    """A log file that starts afresh before it passes ``max_bytes``, keeping the ``kept`` previous
    ones (``.1`` the newest); every fresh file private. (``logging.handlers`` has one too, but it
    loads sockets, pickling and queues that the window's start does without.)"""

    def __init__(self, filename: os.PathLike[str], max_bytes: int, kept: int) -> None:
        super().__init__(filename, encoding="utf-8", errors="backslashreplace")
        self.max_bytes = max_bytes
        self.kept = kept

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._would_pass_the_limit(record):
                self._rotate()
        except (OSError, ValueError):  # logging must never stop Afterview: logging's own report
            self.handleError(record)
            return
        super().emit(record)

    def _would_pass_the_limit(self, record: logging.LogRecord) -> bool:
        if self.stream is None:
            self.stream = self._open()
        written = len(self.format(record).encode("utf-8", "backslashreplace")) + 1
        return self.stream.tell() > 0 and self.stream.tell() + written > self.max_bytes

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # FileHandler's own "closed" state, should the renaming fail
        for index in range(self.kept - 1, 0, -1):
            older = f"{self.baseFilename}.{index}"
            if os.path.exists(older):
                os.replace(older, f"{self.baseFilename}.{index + 1}")
        os.replace(self.baseFilename, f"{self.baseFilename}.1")
        self.stream = self._open()

    def _open(self) -> io.TextIOWrapper:
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
        handler = _PrivateRotatingFileHandler(paths.log_file, MAX_LOG_BYTES, LOG_FILES_KEPT)
    except (OSError, AfterviewError):
        return False
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    return True
