"""One Afterview per user and data folder: a second start hands over to the running one and exits.

The running app listens on a per-user local socket (a Unix socket or a Windows named pipe, never
the network). A second start connects and sends a small versioned message; the first brings its
window to the front. A socket left behind by a crash is noticed (nobody answers) and replaced.

On a shared machine another user must not be able to answer for Afterview (making a start exit) or
to listen in. So on Unix the socket lives in a folder only this user can enter: $XDG_RUNTIME_DIR
when it is private to us (it is, on systemd desktops), else ``afterview-<uid>`` in the temporary
folder, created with mode 0700 and checked to be ours (one that is not is never used: the app then
starts without looking for a running copy; the data lock still keeps two from writing). On Linux
both ends also ask the kernel who is on the other side (SO_PEERCRED) and ignore anyone else. On
Windows the pipe is restricted to the user by Qt (UserAccessOption).
"""

from __future__ import annotations

import logging
import os
import stat
import struct
import sys
import time
import zlib
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

# QtNetwork (QLocalSocket, QLocalServer) loads only when there is someone to talk to, or when the
# app starts listening just after its first paint: the window's start need not pay for it.
if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

log = logging.getLogger(__name__)

PROTOCOL_VERSION = 1
TIMEOUT_MS = 1500
# A start that finds the data in use but nobody listening waits this long for the running app,
# which listens just after its first paint, before saying the data is in use.
LISTEN_WAIT_S = 3.0
MAX_REQUEST = 4096  # bytes read from a request: one short JSON line
# A Unix socket's path must fit in sun_path: 108 bytes on Linux, 104 on macOS.
SOCKET_PATH_MAX = 100


def server_key(data_dir: Path) -> str:
    """Stable for a data folder, so two data folders may run side by side."""
    return "afterview-" + _digest(data_dir)


def _digest(data_dir: Path) -> str:
    """A short stable name for the folder. Not a secret (the private folder guards the socket), so
    zlib's two checksums do: hashlib would load OpenSSL, the window's start's largest single cost."""
    raw = str(data_dir.resolve()).encode()
    return f"{zlib.crc32(raw):08x}{zlib.adler32(raw):08x}"


def server_name(data_dir: Path, environ: Mapping[str, str] | None = None) -> str | None:
    """What to listen on and connect to: a full socket path in a private folder on Unix, a pipe
    name on Windows; None when no private place exists (then there is no single-instance check)."""
    if sys.platform == "win32":
        import getpass

        user = "".join(c for c in getpass.getuser() if c.isalnum())[:24] or "user"
        return f"afterview-{user}-{_digest(data_dir)}"
    folder = private_folder(os.environ if environ is None else environ)
    if folder is None:
        return None
    path = str(folder / server_key(data_dir))
    if len(os.fsencode(path)) > SOCKET_PATH_MAX:
        log.warning("The folder for the single-instance socket has too long a name: %s", folder)
        return None
    return path


def private_folder(environ: Mapping[str, str]) -> Path | None:
    """A folder only this user can enter, for the socket (see the module's docstring)."""
    runtime = environ.get("XDG_RUNTIME_DIR", "")
    if os.path.isabs(runtime):
        try:
            if _is_private(os.stat(runtime)):
                return Path(runtime)
        except OSError:
            pass
        log.warning("XDG_RUNTIME_DIR (%s) is not a folder private to this user; not using it", runtime)
    import tempfile  # only when there is no private runtime folder

    return _make_private(Path(tempfile.gettempdir()) / f"afterview-{os.getuid()}")


def _is_private(info: os.stat_result) -> bool:
    return stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and not info.st_mode & 0o077


def _make_private(folder: Path, attempts: int = 2) -> Path | None:
    """``folder``, created with mode 0700 or checked to be ours; None if someone else holds it."""
    try:
        folder.mkdir(mode=0o700)
    except FileExistsError:
        pass
    except OSError as error:
        log.warning("Cannot create %s for the single-instance socket: %s", folder, error)
        return None
    try:
        info = os.lstat(folder)  # lstat: a symbolic link planted there is not followed
        if info.st_uid == os.getuid() and stat.S_ISDIR(info.st_mode):
            if info.st_mode & 0o077:
                # Ours, but opened up (by hand, or an old umask): make it private again. In a
                # sticky temporary folder nobody else can swap it for something else meanwhile.
                os.chmod(folder, 0o700)
            return folder
        if info.st_uid == os.getuid() and attempts > 1:
            folder.unlink()  # a file or a link of ours in the way: replace it by the folder
            return _make_private(folder, attempts - 1)
    except OSError as error:
        log.warning("Cannot check %s for the single-instance socket: %s", folder, error)
        return None
    log.warning("%s is not a folder private to this user; not looking for a running Afterview", folder)
    return None


def _socket_is_ours(path: str) -> bool:
    """Whether a socket file of this user is at ``path`` (anything else is never connected to)."""
    if sys.platform == "win32":
        return True  # a pipe name, not a file; Qt restricts the pipe to the user
    try:
        info = os.lstat(path)
    except OSError:
        return False
    return stat.S_ISSOCK(info.st_mode) and info.st_uid == os.getuid()


def peer_is_us(descriptor: int) -> bool:
    """Whether the process at the other end of a connected local socket runs as this user.

    Where the kernel cannot tell (no SO_PEERCRED: macOS, Windows) the private folder is the guard.
    """
    import socket  # only when someone connects: the window's start need not load it

    if not hasattr(socket, "SO_PEERCRED"):
        return True
    if descriptor < 0:
        return False
    try:
        credentials = _credentials(descriptor)
    except OSError as error:
        log.warning("Cannot tell who is on the other end of the single-instance socket: %s", error)
        return False
    uid: int = struct.unpack("3i", credentials)[1]
    return uid == os.getuid()


def _credentials(descriptor: int) -> bytes:
    """The peer's (pid, uid, gid) as the kernel recorded them when it connected or listened."""
    import socket

    duplicate = os.dup(descriptor)  # Qt keeps its own descriptor; this copy is ours to close
    try:
        peer = socket.socket(fileno=duplicate)
    except OSError:
        os.close(duplicate)
        raise
    with peer:
        return peer.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))


class SingleInstance(QObject):
    """Emits :attr:`show_requested` when another start asks the running app to come forward."""

    show_requested = Signal()

    def __init__(self, name: str | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.server: QLocalServer | None = None

    def hand_over(self, wait_s: float = 0.0) -> bool:
        """True if a running Afterview of this user took the request (then this start should exit).

        With ``wait_s``, a socket not there yet is waited for that long: the data lock says another
        Afterview runs, and it starts listening just after its first paint."""
        if self.name is None:
            return False
        deadline = time.monotonic() + wait_s
        while not _socket_is_ours(self.name):
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.05)
        from PySide6.QtNetwork import QLocalSocket

        connection = QLocalSocket()
        connection.connectToServer(self.name)
        if not connection.waitForConnected(TIMEOUT_MS):
            return False
        if not peer_is_us(connection.socketDescriptor()):
            log.warning("Another user answers on the single-instance socket; ignoring it")
            connection.abort()
            return False
        import json  # only when another Afterview answers

        message = json.dumps({"version": PROTOCOL_VERSION, "command": "show"}).encode() + b"\n"
        connection.write(message)
        connection.waitForBytesWritten(TIMEOUT_MS)
        answered = connection.waitForReadyRead(TIMEOUT_MS) and bytes(connection.readAll().data()).startswith(b"ok")
        connection.disconnectFromServer()
        return answered

    def listen(self) -> bool:
        """Start answering later starts; replaces a socket a crashed run left behind."""
        if self.name is None:
            return False
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            # Nobody of ours answered hand_over(), so whatever holds the name is stale (or not
            # ours, in our own private folder: replaced all the same).
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
        connection = self.server.nextPendingConnection()
        if not peer_is_us(connection.socketDescriptor()):
            log.warning("Ignored a connection from another user on the single-instance socket")
            connection.abort()
            connection.deleteLater()
            return
        if connection.waitForReadyRead(TIMEOUT_MS):
            import json

            try:
                request = json.loads(bytes(connection.readLine(MAX_REQUEST).data()))
            except ValueError:
                request = {}
            if isinstance(request, dict) and request.get("command") == "show":
                connection.write(b"ok\n")
                connection.waitForBytesWritten(TIMEOUT_MS)
                log.info("Another start asked to show the window")
                self.show_requested.emit()
        connection.disconnectFromServer()
        connection.deleteLater()

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
