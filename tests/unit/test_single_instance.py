"""Two real app processes on the same data: the second hands over to the first and exits; a socket
left by a crashed run is replaced."""

from __future__ import annotations

import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from afterview.paths import AppPaths


def log_text(paths: AppPaths) -> str:
    return paths.log_file.read_text() if paths.log_file.exists() else ""


def wait_for_log(paths: AppPaths, text: str, count: int = 1, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and log_text(paths).count(text) < count:
        time.sleep(0.1)
    assert log_text(paths).count(text) >= count, log_text(paths)[-2000:]


def start(subprocess_env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "afterview"], env=subprocess_env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )


def test_a_second_start_brings_the_first_forward_and_exits(subprocess_env: dict[str, str], paths: AppPaths) -> None:
    first = start(subprocess_env)
    try:
        wait_for_log(paths, "Ready:")
        second = subprocess.run(
            [sys.executable, "-m", "afterview"],
            env=subprocess_env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert second.returncode == 0
        assert second.stderr == "Afterview is already running; its window was brought to the front.\n"
        wait_for_log(paths, "Another start asked to show the window")
        assert first.poll() is None  # the first keeps running
    finally:
        first.terminate()
        first.wait(timeout=30)


def test_a_crashed_run_does_not_block_the_next(subprocess_env: dict[str, str], paths: AppPaths, tmp_path: Path) -> None:
    crashed = start(subprocess_env)
    wait_for_log(paths, "Ready:")
    crashed.send_signal(signal.SIGKILL)  # leaves its socket behind
    crashed.wait(timeout=30)
    from afterview.ui.single_instance import server_name

    stale = Path(tempfile.gettempdir()) / server_name(paths.data_dir)
    assert stale.exists()
    after = start(subprocess_env)
    try:
        wait_for_log(paths, "Ready:", count=2)
        assert "Handed over" not in log_text(paths)
    finally:
        after.terminate()
        after.wait(timeout=30)
