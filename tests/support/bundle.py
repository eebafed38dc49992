"""The packaged app for the tests that run it: built once per test session with the project's own
build script (as `make package` does), then unpacked from its archive as a user would, and run in
a session of its own."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def _missing_tools() -> str | None:
    if not sys.platform.startswith("linux"):
        return "the Linux archive is built on Linux only"
    for module, why in (("PyInstaller", "PyInstaller"), ("dbus", "dbus-python (for the bundle's notifications)")):
        if importlib.util.find_spec(module) is None:
            return (
                f"building the app needs {why}: install libdbus-1-dev libglib2.0-dev pkg-config (as .ci/run "
                "does), then `make clean test`"
            )
    return None


@pytest.fixture(scope="session")
def app_archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """dist/afterview-<version>-linux-<machine>.tar.gz, built afresh in a temporary folder."""
    missing = _missing_tools()
    if missing:
        pytest.skip(missing)
    folder = tmp_path_factory.mktemp("package")
    built = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "build.py"), "--dist", str(folder / "dist"),
         "--work", str(folder / "work")],
        capture_output=True, text=True, timeout=900, check=False,
    )  # fmt: skip
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    [archive] = (folder / "dist").glob("afterview-*-linux-*.tar.gz")
    return archive


@pytest.fixture(scope="session")
def unpacked_app(app_archive: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The archive's one folder, afterview-<version>/, unpacked as a user would."""
    target = tmp_path_factory.mktemp("unpacked")
    with tarfile.open(app_archive) as archive:
        archive.extractall(target, filter="tar")
    [folder] = target.iterdir()
    return folder


def run(command: list[str], env: dict[str, str], cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the frozen app (or its scripts) as text, within two minutes, whatever its exit code."""
    return subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True, timeout=120, check=False)


def frozen_env(tmp_path: Path) -> dict[str, str]:
    """As a user's session: a home of its own, nothing of this checkout's Python on the paths."""
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    keep = ("PATH", "LANG", "TZ")
    env = {key: value for key, value in os.environ.items() if key in keep}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(tmp_path))
    return env
