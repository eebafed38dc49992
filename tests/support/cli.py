"""For the tests that run the command line as a subprocess: the files they import, the shape of the
``afterview`` fixture, and what a refusal must look like to the user."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Protocol

# Sample data files written by hand (and one from the prototype), as a user would bring them.
FIXTURES = Path(__file__).resolve().parents[1] / "unit" / "fixtures"


class RunAfterview(Protocol):
    """``afterview(*args)`` runs ``python -m afterview`` with the test's data folder (or ``env``)."""

    def __call__(self, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]: ...


def assert_user_error(result: subprocess.CompletedProcess[str], expected: str) -> None:
    """A refusal the user can read: exit code 1 and one line naming the problem, never a traceback."""
    assert result.returncode == 1, result
    assert result.stderr.count("\n") == 1, result.stderr  # one line, no traceback
    assert result.stderr.startswith("afterview: ") and expected in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
