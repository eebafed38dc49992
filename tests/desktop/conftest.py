"""A real desktop for the tests in this folder: an X server (Xvfb), a D-Bus session, the dunst
notification daemon and, when a test asks for it, the trayer system tray or the accessibility bus
(at-spi2-core) that screen readers listen on. All are started here and stopped after; the tests
skip with the reason when the programs are not installed."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import pytest

# The accessibility bus, and the Python that can read it: Debian's python3-pyatspi is not on PyPI, so
# the screen-reader side of the accessibility tests runs in the system's Python.
AT_SPI_BUS_LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
SYSTEM_PYTHON = Path("/usr/bin/python3")
NEEDED = ("Xvfb", "dbus-daemon", "dbus-send", "dbus-monitor", "dunst", "notify-send", "trayer", "xwininfo", "xdotool")


def wait_for(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    raise TimeoutError(f"timed out after {timeout:.0f} s waiting for {what}")


@dataclass
class Desktop:
    env: dict[str, str]
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)
    logs: dict[int, IO[bytes]] = field(default_factory=dict)

    def start(self, *command: str, log: Path | None = None) -> subprocess.Popen[bytes]:
        out = open(log, "wb") if log else None  # noqa: SIM115 - closed in stop()
        process = subprocess.Popen(command, env=self.env, stdout=out or subprocess.DEVNULL, stderr=subprocess.STDOUT)
        self.processes.append(process)
        if out is not None:
            self.logs[process.pid] = out
        return process

    def run(self, *command: str) -> str:
        return subprocess.run(command, env=self.env, capture_output=True, text=True, timeout=30, check=False).stdout

    def windows(self) -> str:
        return self.run("xwininfo", "-root", "-tree")

    def stop(self, process: subprocess.Popen[bytes]) -> None:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        log = self.logs.pop(process.pid, None)
        if log is not None:
            log.close()


def _free_display() -> int:
    for number in range(140, 240):
        if not Path(f"/tmp/.X{number}-lock").exists() and not Path(f"/tmp/.X11-unix/X{number}").exists():
            return number
    raise RuntimeError("no free X display number")


@pytest.fixture(scope="module")
def desktop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desktop]:
    missing = [program for program in NEEDED if shutil.which(program) is None]
    if missing:
        pytest.skip(
            f"the desktop tests need {', '.join(missing)} (installed by .ci/run: xvfb dbus-x11 dunst libnotify-bin trayer x11-utils xdotool)"
        )
    logs = tmp_path_factory.mktemp("desktop")
    number = _free_display()
    env = {key: value for key, value in os.environ.items() if key not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env["DISPLAY"] = f":{number}"
    env["XDG_RUNTIME_DIR"] = str(logs)
    session = Desktop(env)
    try:
        session.start("Xvfb", f":{number}", "-screen", "0", "1024x768x24", "-nolisten", "tcp", log=logs / "xvfb.log")
        wait_for(lambda: Path(f"/tmp/.X11-unix/X{number}").exists(), 15, "the X server")
        bus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"], env=env, stdout=subprocess.PIPE
        )
        session.processes.append(bus)
        assert bus.stdout is not None
        env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().decode().strip()
        bus.stdout.close()
        session.start("dunst", log=logs / "dunst.log")
        wait_for(lambda: "true" in session.run(
            "dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus",
            "org.freedesktop.DBus.NameHasOwner", "string:org.freedesktop.Notifications",
        ), 15, "the notification daemon")  # fmt: skip
        yield session
    finally:
        for process in reversed(session.processes):
            session.stop(process)


@pytest.fixture
def tray(desktop: Desktop, tmp_path: Path) -> Iterator[subprocess.Popen[bytes]]:
    """A system tray (trayer) on the desktop for one test."""
    process = desktop.start(
        "trayer", "--edge", "top", "--align", "right", "--widthtype", "pixel", "--width", "200", "--height", "32",
        log=tmp_path / "trayer.log",
    )  # fmt: skip
    wait_for(lambda: '"panel": ("panel" "trayer")' in desktop.windows(), 15, "the tray")
    yield process
    desktop.stop(process)


def watch_notifications(desktop: Desktop, log: Path) -> subprocess.Popen[bytes]:
    """dbus-monitor writing every notification sent to the daemon into ``log``."""
    return desktop.start(
        "dbus-monitor", "--session", "interface='org.freedesktop.Notifications',member='Notify'", log=log
    )


@dataclass
class AccessibilityBus:
    """The AT-SPI bus running on a desktop, and the Python that reads it (with pyatspi)."""

    python: Path


def _accessibility_missing() -> str | None:
    if not AT_SPI_BUS_LAUNCHER.exists():
        return f"{AT_SPI_BUS_LAUNCHER} (Debian's at-spi2-core)"
    if not SYSTEM_PYTHON.exists():
        return f"{SYSTEM_PYTHON}"
    check = subprocess.run(
        [str(SYSTEM_PYTHON), "-c", "import pyatspi; from gi.repository import GLib"],
        capture_output=True, check=False, timeout=60,
    )  # fmt: skip
    return None if check.returncode == 0 else "pyatspi in the system Python (python3-pyatspi, gir1.2-atspi-2.0)"


@pytest.fixture(scope="module")
def accessibility_bus(desktop: Desktop, tmp_path_factory: pytest.TempPathFactory) -> Iterator[AccessibilityBus]:
    """at-spi-bus-launcher in the desktop's D-Bus session, as a desktop session starts it: apps with
    accessibility on publish their widgets there, and screen readers (here, pyatspi) read them."""
    missing = _accessibility_missing()
    if missing:
        pytest.skip(
            f"the accessibility tests need {missing} (installed by .ci/run: at-spi2-core python3-pyatspi "
            "gir1.2-atspi-2.0 python3-gi)"
        )
    log = tmp_path_factory.mktemp("atspi") / "at-spi-bus-launcher.log"
    with open(log, "wb") as out:
        # A session of its own: the bus's dbus-daemon and the registry it starts are stopped with it.
        launcher = subprocess.Popen(
            [str(AT_SPI_BUS_LAUNCHER), "--launch-immediately"], env=desktop.env, stdout=out,
            stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
        try:
            wait_for(lambda: "true" in desktop.run(
                "dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus",
                "org.freedesktop.DBus.NameHasOwner", "string:org.a11y.Bus",
            ), 15, "the accessibility bus")  # fmt: skip
            yield AccessibilityBus(SYSTEM_PYTHON)
        finally:
            _stop_group(launcher)


def _stop_group(process: subprocess.Popen[bytes]) -> None:
    """Stop ``process`` and what it started in its session (its process group, whose id is its own)."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=10)
    time.sleep(0.2)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)  # whatever of the group is left
    process.wait()
