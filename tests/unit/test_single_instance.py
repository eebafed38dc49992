"""Two real app processes on the same data: the second hands over to the first and exits; a socket
left by a crashed run is replaced. On a shared machine, nothing another user puts in the way (a
listening socket or a file, at the old name in /tmp or in our own folder, or a folder of theirs)
makes Afterview exit or hand over, and a connection from another user is ignored.

Acting as another user needs root (the tests switch to uid 65534, "nobody"); those tests are
skipped otherwise. CI runs them as root."""

from __future__ import annotations

import getpass
import hashlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from afterview.paths import AppPaths
from afterview.storage.lock import take_data_lock
from afterview.ui.single_instance import SingleInstance, peer_is_us, private_folder, server_key, server_name

NOBODY = 65534
as_root = pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0,
    reason="acting as another user (uid 65534) needs root; CI runs these as root",
)

# Runs as root just long enough to create its socket, then as "nobody": the kernel records who
# listens when listen() is called, so the peer is another user whoever owns the file.
HOSTILE_LISTENER = r"""
import os, socket, sys
path, owner = sys.argv[1], int(sys.argv[2])
server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
server.bind(path)
os.chown(path, owner, owner)
os.chmod(path, 0o777)
os.setgroups([]); os.setgid(65534); os.setuid(65534)
server.listen(5)
print("listening", flush=True)
while True:
    connection, _ = server.accept()
    print("accepted", flush=True)
    connection.recv(4096)
    connection.sendall(b"ok\n")
    connection.close()
"""

HOSTILE_CLIENT = r"""
import os, socket, sys
client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
os.setgroups([]); os.setgid(65534); os.setuid(65534)
client.settimeout(5)
client.connect(sys.argv[1])
try:  # the app may already have hung up
    client.sendall(b'{"version": 1, "command": "show"}\n')
    print("reply:", client.recv(100), flush=True)
except OSError as error:
    print("no reply:", error, flush=True)
"""


def log_text(paths: AppPaths) -> str:
    return paths.log_file.read_text() if paths.log_file.exists() else ""


def wait_for_log(paths: AppPaths, text: str, count: int = 1, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and log_text(paths).count(text) < count:
        time.sleep(0.1)
    assert log_text(paths).count(text) >= count, log_text(paths)[-2000:]


def start(env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "afterview"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    process.wait(timeout=30)


@pytest.fixture
def runtime_dir(tmp_path: Path) -> Path:
    """A private $XDG_RUNTIME_DIR, as a systemd login gives each user."""
    folder = tmp_path / "run"
    folder.mkdir(mode=0o700)
    folder.chmod(0o700)
    return folder


@pytest.fixture
def shared_tmp() -> Iterator[Path]:
    """A temporary folder everyone may write to, like /tmp (sticky, 1777). Short, directly in /tmp:
    a socket's path may not be longer than 107 bytes, and pytest's own folders' names are long."""
    folder = Path(tempfile.mkdtemp(prefix="av-", dir="/tmp"))
    folder.chmod(0o1777)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def env(subprocess_env: dict[str, str], runtime_dir: Path, shared_tmp: Path) -> dict[str, str]:
    return {**subprocess_env, "XDG_RUNTIME_DIR": str(runtime_dir), "TMPDIR": str(shared_tmp)}


def test_a_second_start_brings_the_first_forward_and_exits(env: dict[str, str], paths: AppPaths) -> None:
    first = start(env)
    try:
        wait_for_log(paths, "Ready:")
        second = subprocess.run(
            [sys.executable, "-m", "afterview"], env=env, capture_output=True, text=True, timeout=60, check=False
        )
        assert second.returncode == 0
        assert second.stderr == "Afterview is already running; its window was brought to the front.\n"
        wait_for_log(paths, "Another start asked to show the window")
        assert first.poll() is None  # the first keeps running
    finally:
        stop(first)


def test_a_start_before_the_first_listens_waits_for_it_and_hands_over(
    env: dict[str, str], paths: AppPaths, qtbot: QtBot
) -> None:
    """The running app takes the data lock before its first paint but listens only after it: a
    second start in between finds the data in use and nobody listening yet, waits, and hands over."""
    lock = take_data_lock(paths)  # as the first Afterview holds it, just before its first paint
    first = SingleInstance(server_name(paths.data_dir, env))
    asked: list[bool] = []
    first.show_requested.connect(lambda: asked.append(True))
    try:
        second = subprocess.Popen(
            [sys.executable, "-m", "afterview"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        wait_for_log(paths, "Taking the data lock")  # it found nobody listening, and the data in use
        assert first.listen()
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=30_000)
        _, errors = second.communicate()
        assert second.returncode == 0, errors
        assert errors == "Afterview is already running; its window was brought to the front.\n"
        assert asked == [True]
    finally:
        first.close()
        lock.release()


def test_with_the_data_in_use_and_nobody_answering_a_start_says_so(env: dict[str, str], paths: AppPaths) -> None:
    lock = take_data_lock(paths)  # held by something that never answers (a command-line import, say)
    try:
        second = subprocess.run(
            [sys.executable, "-m", "afterview", "--exit-after-show"],
            env=env, capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
    finally:
        lock.release()
    assert second.returncode == 1
    assert f"Afterview data is in use by another running Afterview (pid {os.getpid()})" in second.stderr


def test_a_crashed_run_does_not_block_the_next(env: dict[str, str], paths: AppPaths, runtime_dir: Path) -> None:
    crashed = start(env)
    wait_for_log(paths, "Ready:")
    crashed.send_signal(signal.SIGKILL)  # leaves its socket behind
    crashed.wait(timeout=30)
    stale = runtime_dir / server_key(paths.data_dir)
    assert stale.is_socket()
    after = start(env)
    try:
        wait_for_log(paths, "Ready:", count=2)
        assert "Handed over" not in log_text(paths)
    finally:
        stop(after)


# --- where the socket lives ---------------------------------------------------------------------


def test_the_socket_is_in_the_private_runtime_folder(runtime_dir: Path, paths: AppPaths) -> None:
    name = server_name(paths.data_dir, {"XDG_RUNTIME_DIR": str(runtime_dir)})
    assert name == str(runtime_dir / server_key(paths.data_dir))


@pytest.fixture
def temporary_folder(shared_tmp: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(tempfile, "tempdir", str(shared_tmp))
    return shared_tmp / f"afterview-{os.getuid()}"


@pytest.mark.parametrize("runtime", ["", "relative/run", "/no/such/folder"])
def test_without_a_runtime_folder_a_private_one_is_made(temporary_folder: Path, runtime: str) -> None:
    assert private_folder({"XDG_RUNTIME_DIR": runtime}) == temporary_folder
    info = temporary_folder.lstat()
    assert info.st_mode & 0o777 == 0o700 and info.st_uid == os.getuid()


def test_a_runtime_folder_others_may_enter_is_not_used(temporary_folder: Path, runtime_dir: Path) -> None:
    runtime_dir.chmod(0o755)
    assert private_folder({"XDG_RUNTIME_DIR": str(runtime_dir)}) == temporary_folder


def test_our_folder_opened_up_is_made_private_again(temporary_folder: Path) -> None:
    temporary_folder.mkdir()
    temporary_folder.chmod(0o777)
    assert private_folder({}) == temporary_folder
    assert temporary_folder.stat().st_mode & 0o777 == 0o700


@pytest.mark.parametrize("kind", ["file", "link"])
def test_a_file_or_link_of_ours_in_the_way_is_replaced(temporary_folder: Path, tmp_path: Path, kind: str) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    if kind == "file":
        temporary_folder.write_text("")
    else:
        temporary_folder.symlink_to(elsewhere)  # never followed: the socket would land elsewhere
    assert private_folder({}) == temporary_folder
    assert temporary_folder.is_dir() and not temporary_folder.is_symlink()
    assert elsewhere.is_dir()


@as_root
def test_a_folder_of_another_user_is_never_used(temporary_folder: Path, paths: AppPaths) -> None:
    temporary_folder.mkdir()
    os.chown(temporary_folder, NOBODY, NOBODY)
    temporary_folder.chmod(0o777)
    assert private_folder({}) is None
    assert server_name(paths.data_dir, {}) is None
    assert temporary_folder.lstat().st_uid == NOBODY  # left alone


def test_a_peer_of_this_user_is_recognised() -> None:
    first, second = socket.socketpair(socket.AF_UNIX)
    with first, second:
        assert peer_is_us(first.fileno())
    assert not peer_is_us(-1) or not hasattr(socket, "SO_PEERCRED")


# --- another user in the way ---------------------------------------------------------------------


@pytest.fixture
def hostile(env: dict[str, str]) -> Iterator[list[subprocess.Popen[str]]]:
    """Listeners started as another user; stopped (by their own id) after the test."""
    started: list[subprocess.Popen[str]] = []
    yield started
    for process in started:
        process.kill()
        process.communicate(timeout=30)  # also closes its output pipe


def listen_as_nobody(path: Path, started: list[subprocess.Popen[str]], file_owner: int = NOBODY) -> None:
    process = subprocess.Popen(
        [sys.executable, "-c", HOSTILE_LISTENER, str(path), str(file_owner)], stdout=subprocess.PIPE, text=True
    )
    started.append(process)
    assert process.stdout is not None and process.stdout.readline() == "listening\n"


def connections(process: subprocess.Popen[str]) -> str:
    process.kill()
    out, _ = process.communicate(timeout=30)
    return out


def plain_file_of_nobody(path: Path) -> None:
    path.write_text("not a socket")
    os.chown(path, NOBODY, NOBODY)


def old_name(shared_tmp: Path, paths: AppPaths) -> Path:
    """Where earlier versions listened: a name anyone could guess, in the shared temporary folder."""
    digest = hashlib.sha256(str(paths.data_dir.resolve()).encode()).hexdigest()[:12]
    user = "".join(c for c in getpass.getuser() if c.isalnum())[:24] or "user"
    return shared_tmp / f"afterview-{user}-{digest}"


def assert_starts_normally(env: dict[str, str], paths: AppPaths) -> None:
    app = start(env)
    try:
        wait_for_log(paths, "Ready:")
        assert "Handed over" not in log_text(paths)
        assert app.poll() is None
    finally:
        stop(app)


@as_root
@pytest.mark.parametrize("thing", ["listener", "file"])
def test_something_of_another_user_at_the_old_name_is_ignored(
    env: dict[str, str], paths: AppPaths, shared_tmp: Path, hostile: list[subprocess.Popen[str]], thing: str
) -> None:
    path = old_name(shared_tmp, paths)
    if thing == "listener":
        listen_as_nobody(path, hostile)
    else:
        plain_file_of_nobody(path)
    assert_starts_normally(env, paths)
    if thing == "listener":
        assert "accepted" not in connections(hostile[0])


@as_root
@pytest.mark.parametrize("thing", ["listener", "listener in a file of ours", "file"])
def test_something_of_another_user_at_the_new_name_is_ignored(
    env: dict[str, str], paths: AppPaths, runtime_dir: Path, hostile: list[subprocess.Popen[str]], thing: str
) -> None:
    path = runtime_dir / server_key(paths.data_dir)
    if thing == "file":
        plain_file_of_nobody(path)
    else:
        # With the file ours, only the kernel's word on who listens (SO_PEERCRED) tells them apart.
        listen_as_nobody(path, hostile, file_owner=0 if "ours" in thing else NOBODY)
    assert_starts_normally(env, paths)
    assert path.is_socket() and path.lstat().st_uid == os.getuid()  # replaced by ours
    if thing == "listener in a file of ours":
        assert "Another user answers on the single-instance socket" in log_text(paths)
    elif thing == "listener":
        assert "accepted" not in connections(hostile[0])


@as_root
def test_a_listener_in_a_temporary_folder_of_another_user_is_ignored(
    env: dict[str, str], paths: AppPaths, shared_tmp: Path, hostile: list[subprocess.Popen[str]]
) -> None:
    folder = shared_tmp / f"afterview-{os.getuid()}"
    folder.mkdir()
    os.chown(folder, NOBODY, NOBODY)
    folder.chmod(0o777)
    listen_as_nobody(folder / server_key(paths.data_dir), hostile)
    without_runtime = {key: value for key, value in env.items() if key != "XDG_RUNTIME_DIR"}
    assert_starts_normally(without_runtime, paths)
    assert "is not a folder private to this user" in log_text(paths)
    assert "accepted" not in connections(hostile[0])


@as_root
def test_a_request_from_another_user_is_ignored(env: dict[str, str], paths: AppPaths) -> None:
    # The folder must be reachable by "nobody" for this test (pytest's own folders are not).
    runtime = Path(tempfile.mkdtemp(prefix="afterview-test-", dir="/tmp"))
    try:
        app = start({**env, "XDG_RUNTIME_DIR": str(runtime)})
        try:
            wait_for_log(paths, "Ready:")
            path = runtime / server_key(paths.data_dir)
            runtime.chmod(0o711)  # opened up only so that the other user can reach the socket at all
            path.chmod(0o777)
            client = subprocess.run(
                [sys.executable, "-c", HOSTILE_CLIENT, str(path)],
                capture_output=True, text=True, timeout=60, check=False,
            )  # fmt: skip
            assert client.returncode == 0, client.stderr
            assert "b'ok" not in client.stdout, client.stdout
            wait_for_log(paths, "Ignored a connection from another user")
            assert "Another start asked to show the window" not in log_text(paths)
        finally:
            stop(app)
    finally:
        shutil.rmtree(runtime)
