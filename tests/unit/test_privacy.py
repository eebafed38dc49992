"""Offline and private: no network anywhere, and every file the app writes is readable by its owner only."""

from __future__ import annotations

import re
import socket
import stat
import subprocess
from pathlib import Path

import pytest

from afterview.interchange import json_format
from afterview.paths import AppPaths
from afterview.storage.repository import Store
from tests.support.fakes import FakeClock
from tests.support.netguard import NetworkAccessError
from tests.support.samples import full_application

SRC = Path(__file__).resolve().parents[2] / "src" / "afterview"
NETWORK_MODULES = re.compile(
    r"^\s*(from|import)\s+(socket|ssl|http|urllib\.request|requests|httpx|aiohttp|ftplib|smtplib|xmlrpc)\b",
    re.MULTILINE,
)
QT_NETWORK = re.compile(r"^\s*from\s+PySide6\.QtNetwork\s+import\s+(.+)$|^\s*import\s+PySide6\.QtNetwork", re.MULTILINE)
LOCAL_ONLY = {"QLocalServer", "QLocalSocket"}  # the single-instance handover: a local socket, not the network
# The single-instance handover asks the kernel who is at the other end of its local socket
# (SO_PEERCRED), which only Python's socket module can do; it must never make a socket of its own.
PEER_CHECK = "ui/single_instance.py"
NEW_SOCKETS = re.compile(r"socket\.(create_connection|create_server|socketpair|fromfd|getaddrinfo|AF_\w+)")


def test_the_guard_refuses_network_connections_in_tests() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock, pytest.raises(NetworkAccessError):
        sock.connect(("127.0.0.1", 9))
    with pytest.raises(NetworkAccessError):
        socket.create_connection(("example.com", 443), timeout=1)


def test_the_guard_allows_local_unix_sockets(tmp_path: Path) -> None:
    path = str(tmp_path / "s")
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(path)
        server.listen()
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.connect(path)


def test_the_guard_also_covers_subprocesses(python: str, subprocess_env: dict[str, str]) -> None:
    probe = "import socket; socket.create_connection(('127.0.0.1', 9), timeout=1)"
    result = subprocess.run([python, "-c", probe], env=subprocess_env, capture_output=True, text=True, check=False)
    assert result.returncode != 0 and "must not use the network" in result.stderr


def test_no_module_of_the_app_imports_a_network_library() -> None:
    offenders = [str(path.relative_to(SRC)) for path in SRC.rglob("*.py") if NETWORK_MODULES.search(_code(path))]
    for path in SRC.rglob("*.py"):
        for match in QT_NETWORK.finditer(path.read_text()):
            names = {name.strip() for name in (match.group(1) or "*").split(",")}
            if not names <= LOCAL_ONLY:
                offenders.append(f"{path.relative_to(SRC)}: QtNetwork {sorted(names - LOCAL_ONLY)}")
    assert offenders == []


def _code(path: Path) -> str:
    """A module's text; for the single-instance peer check, without its permitted imports of the
    socket module (made where the peer is checked, so the window's start need not load it)."""
    text = path.read_text()
    if str(path.relative_to(SRC)) != PEER_CHECK:
        return text
    assert not NEW_SOCKETS.search(text)
    assert re.findall(r"socket\.socket\((.*?)\)", text) == ["fileno=duplicate"]  # only a descriptor Qt made
    return re.sub(r"^\s*import socket\b.*$", "", text, flags=re.MULTILINE)


def private(path: Path) -> bool:
    return stat.S_IMODE(path.stat().st_mode) & 0o077 == 0


def test_every_file_and_folder_in_the_data_dir_is_private(paths: AppPaths, clock: FakeClock) -> None:
    with Store.open(paths, clock) as store:
        store.save(full_application())
    paths.data_file.write_bytes(b"damaged")
    with Store.open(paths, clock) as store:  # recovery writes more files: they must be private too
        assert store.recovery is not None
    from afterview.logs import setup_logging

    setup_logging(paths)
    written = [paths.data_dir, *paths.data_dir.rglob("*")]
    assert len(written) >= 7
    assert [str(path) for path in written if not private(path)] == []


def test_private_even_with_a_permissive_umask(paths: AppPaths, clock: FakeClock) -> None:
    import os

    old = os.umask(0)
    try:
        with Store.open(paths, clock) as store:
            store.save(full_application())
    finally:
        os.umask(old)
    assert [str(path) for path in [paths.data_dir, *paths.data_dir.rglob("*")] if not private(path)] == []


def test_exports_hold_personal_data_too() -> None:
    # The CLI writes exports with the same atomic, private writer (tested in test_cli); this checks
    # the export really contains what makes it sensitive.
    text = json_format.dumps(json_format.export_document([full_application()]))
    assert "ana@nunez.example" in text and "+34 600 123 456" in text
