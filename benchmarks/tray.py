"""What Afterview costs while it waits in the tray, and how promptly a reminder arrives.

Run with ``python benchmarks/tray.py [SECONDS]`` (default 60). It starts its own virtual desktop
(Xvfb, a D-Bus session, the dunst notification daemon and the trayer tray), then, in the same run:

idle
    ``afterview --minimized`` with 500 applications, left alone in the tray for SECONDS, against a
    bare PySide6 app that only shows a tray icon for the same time: CPU time used and peak
    resident memory, as ratios. Targets: under 1.5× for both.
latency
    A thank-you reminder due a few seconds after start: the delay between its due time and the
    notification reaching the daemon (seen by dbus-monitor). Target: under 1 s.

Always exits 0: it is a report. Needs xvfb, dbus-x11, dunst, libnotify-bin and trayer (.ci/run
installs them).
"""

from __future__ import annotations

import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from afterview.clock import SystemClock
from afterview.domain.model import Application, Interview, Interviewer
from afterview.domain.settings import Settings
from afterview.paths import AppPaths
from afterview.storage.repository import Store
from store import FixedClock, build_store

BARE_TRAY_APP = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon
app = QApplication(["bare"])
pixmap = QPixmap(32, 32)
pixmap.fill()
tray = QSystemTrayIcon(QIcon(pixmap))
menu = QMenu()
menu.addAction("Quit", app.quit)
tray.setContextMenu(menu)
tray.show()
sys.exit(app.exec())
"""
NEEDED = ("Xvfb", "dbus-daemon", "dunst", "trayer", "dbus-monitor", "notify-send")


class VirtualDesktop:
    def __init__(self, folder: Path) -> None:
        self.processes: list[subprocess.Popen[bytes]] = []
        number = next(n for n in range(240, 300) if not Path(f"/tmp/.X11-unix/X{n}").exists())
        self.env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
        self.env["DISPLAY"] = f":{number}"
        self.env["XDG_RUNTIME_DIR"] = str(folder)
        self.start("Xvfb", f":{number}", "-screen", "0", "1024x768x24", "-nolisten", "tcp")
        _wait(lambda: Path(f"/tmp/.X11-unix/X{number}").exists())
        bus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self.processes.append(bus)
        assert bus.stdout is not None
        self.env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().decode().strip()
        bus.stdout.close()
        self.start("dunst")
        self.start(
            "trayer", "--edge", "top", "--align", "right", "--widthtype", "pixel", "--width", "200", "--height", "32"
        )
        time.sleep(1.5)

    def start(
        self, *command: str, stdout: object = subprocess.DEVNULL, env: dict[str, str] | None = None
    ) -> subprocess.Popen[bytes]:
        process: subprocess.Popen[bytes] = subprocess.Popen(
            command, env=env or self.env, stdout=stdout, stderr=subprocess.DEVNULL
        )  # type: ignore[call-overload]
        self.processes.append(process)
        return process

    def close(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                process.terminate()
                process.wait(timeout=10)


def _wait(condition: object, timeout: float = 15) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and not condition():  # type: ignore[operator]
        time.sleep(0.1)


def idle_cost(
    desktop: VirtualDesktop, command: list[str], env: dict[str, str], seconds: float
) -> tuple[float, int, int]:
    """CPU seconds used over ``seconds`` after a 5 s warm-up, the resident memory at the end of
    that idle time and the peak (both KiB)."""
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(5)  # start-up is not idling
    before = _cpu_seconds(process.pid)
    time.sleep(seconds)
    after = _cpu_seconds(process.pid)
    resident, peak = _memory_kib(process.pid)
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=30)
    return after - before, resident, peak


def _cpu_seconds(pid: int) -> float:
    """CPU time of all the process's threads, in nanoseconds resolution (schedstat), as seconds."""
    total = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        total += int((task / "schedstat").read_text().split()[0])
    return total / 1e9


def _memory_kib(pid: int) -> tuple[int, int]:
    status = Path(f"/proc/{pid}/status").read_text()
    values = [re.search(rf"{name}:\s+(\d+) kB", status) for name in ("VmRSS", "VmHWM")]
    resident, peak = (int(match.group(1)) if match else 0 for match in values)
    return resident, peak


def latency(desktop: VirtualDesktop, folder: Path) -> float | None:
    paths = AppPaths(folder / "latency")
    due = datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=12)
    end = due - timedelta(hours=1)  # the thank-you reminder comes an hour after the end
    interview = Interview(end - timedelta(minutes=45), "UTC", 45, interviewers=[Interviewer("Ana Ruiz")])
    with Store.open(paths, SystemClock()) as store:
        store.save(Application(company="Acme", position="Analyst", interviews=[interview]))
        store.save_settings(
            Settings(quiet_hours_start=datetime.min.time(), quiet_hours_end=datetime.min.time(), time_zone="UTC")
        )
    log = folder / "monitor.log"
    with open(log, "wb") as out:
        monitor = desktop.start(
            "dbus-monitor", "--session", "interface='org.freedesktop.Notifications',member='Notify'", stdout=out
        )
        app = subprocess.Popen([sys.executable, "-m", "afterview", "--minimized"], env={**desktop.env, "AFTERVIEW_DATA_DIR": str(paths.data_dir)},
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        _wait(lambda: "thank-you letter" in log.read_text(errors="replace"), timeout=40)
        app.send_signal(signal.SIGTERM)
        app.wait(timeout=30)
        monitor.terminate()
        monitor.wait(timeout=10)
    for line in log.read_text(errors="replace").splitlines():
        found = re.search(r"method call time=([\d.]+) .*member=Notify", line)
        if found:
            return float(found.group(1)) - due.timestamp()
    return None


def main() -> int:
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 60.0
    missing = [name for name in NEEDED if shutil.which(name) is None]
    if missing:
        print(f"skipped: needs {', '.join(missing)}")
        return 0
    with tempfile.TemporaryDirectory(prefix="afterview-tray-bench-") as name:
        folder = Path(name)
        desktop = VirtualDesktop(folder)
        try:
            paths = AppPaths(folder / "data")
            build_store(paths, FixedClock(), 500, random.Random(5))
            app_env = {**desktop.env, "AFTERVIEW_DATA_DIR": str(paths.data_dir)}
            bare_cpu, bare_mem, bare_peak = idle_cost(
                desktop, [sys.executable, "-c", BARE_TRAY_APP], desktop.env, seconds
            )
            app_cpu, app_mem, app_peak = idle_cost(
                desktop, [sys.executable, "-m", "afterview", "--minimized"], app_env, seconds
            )
            delay = latency(desktop, folder)
        finally:
            desktop.close()
    print(f"idle in the tray for {seconds:.0f} s with 500 applications, against a bare PySide6 tray app")
    print(f"{'measure':<36}{'bare':>10}{'afterview':>11}{'ratio':>8}  target")
    cpu_ratio = app_cpu / bare_cpu if bare_cpu else float("inf")
    mem_ratio = app_mem / bare_mem if bare_mem else float("inf")
    print(
        f"{'CPU time':<36}{bare_cpu * 1000:>8.1f}ms{app_cpu * 1000:>9.1f}ms{cpu_ratio:>7.2f}×  < 1.5×  {'PASS' if cpu_ratio < 1.5 else 'MISS'}"
    )
    print(
        f"{'resident memory while idle':<36}{bare_mem / 1024:>8.0f}MB{app_mem / 1024:>9.0f}MB{mem_ratio:>7.2f}×  < 1.5×  {'PASS' if mem_ratio < 1.5 else 'MISS'}"
    )
    print(
        f"{'peak resident memory (start-up)':<36}{bare_peak / 1024:>8.0f}MB{app_peak / 1024:>9.0f}MB{app_peak / max(bare_peak, 1):>7.2f}×  (info)"
    )
    if delay is None:
        print("reminder to notification delay: no notification seen (MISS)")
    else:
        print(
            f"{'reminder due → notification':<36}{'':>10}{delay * 1000:>9.0f}ms{'':>8}  < 1 s   {'PASS' if delay < 1 else 'MISS'}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
