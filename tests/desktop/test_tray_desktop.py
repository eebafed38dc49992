"""On a real (virtual) desktop: a closed window still means timely, well-worded notifications that
reach the notification daemon; the icon sits in the tray; with no tray, the window stays open."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from afterview.paths import AppPaths
from tests.conftest import NONET_SITE, REPO
from tests.desktop.conftest import Desktop, wait_for, watch_notifications
from tests.support.desktop_data import data_with_a_thank_you_due_soon


def start_app(desktop: Desktop, paths: AppPaths, log: Path) -> subprocess.Popen[bytes]:
    desktop.env["AFTERVIEW_DATA_DIR"] = str(paths.data_dir)
    desktop.env["PYTHONPATH"] = f"{NONET_SITE}:{REPO / 'src'}"
    return desktop.start(sys.executable, "-m", "afterview", "--minimized", log=log)


def visible_main_window(desktop: Desktop) -> bool:
    return bool(desktop.run("xdotool", "search", "--onlyvisible", "--name", "^Afterview$").strip())


def test_a_due_follow_up_reaches_the_notification_daemon(
    desktop: Desktop, tray: object, paths: AppPaths, tmp_path: Path
) -> None:
    data_with_a_thank_you_due_soon(paths)
    monitor_log = tmp_path / "notifications.log"
    monitor = watch_notifications(desktop, monitor_log)
    app = start_app(desktop, paths, tmp_path / "app.log")
    try:
        wait_for(
            lambda: "Send your thank-you letter to Ana Ruiz" in monitor_log.read_text(errors="replace"),
            60,
            "the notification",
        )
        captured = monitor_log.read_text(errors="replace")
        call = captured[captured.index("member=Notify") :]
        assert '"Afterview"' in call  # the app's name
        assert "Acme — Junior analyst" in call  # the company, and the position, in the body
        assert captured.count("Send your thank-you letter to Ana Ruiz") == 1  # once, not twice
        log = paths.log_file.read_text()
        assert "Notifying: Send your thank-you letter to Ana Ruiz" in log
    finally:
        desktop.stop(app)
        desktop.stop(monitor)


def test_the_icon_sits_in_the_tray_and_the_window_stays_hidden(
    desktop: Desktop, tray: object, paths: AppPaths, tmp_path: Path
) -> None:
    data_with_a_thank_you_due_soon(paths)
    app = start_app(desktop, paths, tmp_path / "app.log")
    try:
        wait_for(lambda: "Ready:" in (paths.log_file.read_text() if paths.log_file.exists() else ""), 30, "the app")
        wait_for(lambda: '("afterview" "Afterview")' in desktop.windows(), 15, "the tray icon")
        tree = desktop.windows()
        panel = tree.index('"panel": ("panel" "trayer")')
        assert tree.index('("afterview" "Afterview")') > panel  # embedded in the tray's panel
        assert not visible_main_window(desktop)
    finally:
        desktop.stop(app)


def test_without_a_tray_the_window_is_shown_instead(desktop: Desktop, paths: AppPaths, tmp_path: Path) -> None:
    if '"panel": ("panel" "trayer")' in desktop.windows():
        pytest.fail("a tray is still running from another test")
    data_with_a_thank_you_due_soon(paths)
    app = start_app(desktop, paths, tmp_path / "app.log")
    try:
        wait_for(lambda: visible_main_window(desktop), 30, "the main window")
        assert "--minimized, but there is no tray: showing the window" in paths.log_file.read_text()
    finally:
        desktop.stop(app)
