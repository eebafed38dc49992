"""Fixtures for every test: no network, a fake clock, and a private data folder per test."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from afterview.paths import AppPaths
from tests.support import netguard
from tests.support.bundle import app_archive, unpacked_app  # noqa: F401  (fixtures for the packaged app)
from tests.support.fakes import FakeClock

REPO = Path(__file__).resolve().parents[1]
NONET_SITE = REPO / "tests" / "support" / "nonet"


@pytest.fixture(autouse=True)
def _no_network() -> Iterator[None]:
    netguard.install()
    yield
    netguard.uninstall()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths(tmp_path / "data")


@pytest.fixture
def subprocess_env(paths: AppPaths) -> dict[str, str]:
    """Environment for running ``python -m afterview`` as a user would, offline and on test data."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("AFTERVIEW_")}
    env["AFTERVIEW_DATA_DIR"] = str(paths.data_dir)
    env["PYTHONPATH"] = os.pathsep.join([str(NONET_SITE), str(REPO / "src")])
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


@pytest.fixture
def python() -> str:
    return sys.executable
