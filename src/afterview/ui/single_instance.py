"""One Afterview per user and data folder: a second start hands over to the running one and exits.

The running app listens on a per-user local socket (a Unix socket or a Windows named pipe, never
the network). A second start connects and sends a small versioned message; the first brings its
window to the front. A socket left behind by a crash is noticed (nobody answers) and replaced.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

PROTOCOL_VERSION = 1
TIMEOUT_MS = 1500


def server_name(data_dir: Path) -> str:
    """Stable for a user and a data folder, so two data folders may run side by side."""
    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:12]
    user = "".join(c for c in getpass.getuser() if c.isalnum())[:24] or "user"
    return f"afterview-{user}-{digest}"


class SingleInstance(QObject):
    """Emits :attr:`show_requested` when another start asks the running app to come forward."""

    show_requested = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.server: QLocalServer | None = None

    def hand_over(self) -> bool:
        """True if a running Afterview took the request (then this start should exit)."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(TIMEOUT_MS):
            return False
        message = json.dumps({"version": PROTOCOL_VERSION, "command": "show"}).encode() + b"\n"
        socket.write(message)
        socket.waitForBytesWritten(TIMEOUT_MS)
        answered = socket.waitForReadyRead(TIMEOUT_MS) and bytes(socket.readAll().data()).startswith(b"ok")
        socket.disconnectFromServer()
        return answered

    def listen(self) -> bool:
        """Start answering later starts; replaces a socket a crashed run left behind."""
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            # Nobody answered hand_over(), so whatever holds the name is stale.
            log.info("Replacing a stale single-instance socket (%s)", server.errorString())
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                log.warning("Cannot listen for other starts: %s", server.errorString())
                return False
        server.newConnection.connect(self._answer)
        self.server = server
        return True

    def _answer(self) -> None:
        assert self.server is not None
        socket = self.server.nextPendingConnection()
        if socket.waitForReadyRead(TIMEOUT_MS):
            try:
                request = json.loads(bytes(socket.readLine().data()))
            except ValueError:
                request = {}
            if isinstance(request, dict) and request.get("command") == "show":
                socket.write(b"ok\n")
                socket.waitForBytesWritten(TIMEOUT_MS)
                log.info("Another start asked to show the window")
                self.show_requested.emit()
        socket.disconnectFromServer()

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
