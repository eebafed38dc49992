"""The packaged app on a real (virtual) desktop: its reminder reaches the notification daemon through
the dbus-python it carries (nothing on PATH to fall back on), which proves the bundle's hidden imports."""

from __future__ import annotations

from pathlib import Path

import pytest

from afterview.paths import AppPaths
from tests.desktop.conftest import Desktop, wait_for, watch_notifications
from tests.support.desktop_data import data_with_a_thank_you_due_soon

pytestmark = pytest.mark.slow


def test_the_packaged_app_notifies_through_its_own_dbus(
    desktop: Desktop, tray: object, unpacked_app: Path, paths: AppPaths, tmp_path: Path
) -> None:
    data_with_a_thank_you_due_soon(paths)
    monitor_log = tmp_path / "notifications.log"
    monitor = watch_notifications(desktop, monitor_log)
    saved_path = desktop.env["PATH"]
    empty = tmp_path / "empty-path"
    empty.mkdir()
    desktop.env.update(AFTERVIEW_DATA_DIR=str(paths.data_dir), PATH=str(empty))  # no notify-send to fall back on
    desktop.env.pop("PYTHONPATH", None)
    try:
        app = desktop.start(str(unpacked_app / "afterview" / "afterview"), "--minimized", log=tmp_path / "app.log")
    finally:
        desktop.env["PATH"] = saved_path
    try:
        wait_for(
            lambda: "Send your thank-you letter to Ana Ruiz" in monitor_log.read_text(errors="replace"),
            60,
            "the notification from the packaged app",
        )
        captured = monitor_log.read_text(errors="replace")
        assert '"Afterview"' in captured[captured.index("member=Notify") :]
        log = paths.log_file.read_text()
        assert "Notifying: Send your thank-you letter to Ana Ruiz" in log
        assert "Notifications through native notifications failed" not in log  # not the tray's balloon
    finally:
        desktop.stop(app)
        desktop.stop(monitor)
