"""Fixtures for the unit tests: Afterview's command line run as a real subprocess."""

from __future__ import annotations

import subprocess

import pytest

from tests.support.cli import RunAfterview


@pytest.fixture
def afterview(python: str, subprocess_env: dict[str, str]) -> RunAfterview:
    def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [python, "-m", "afterview", *args], env=env or subprocess_env, capture_output=True, text=True,
            encoding="utf-8", timeout=60, check=False,
        )  # fmt: skip

    return run
