"""Guards against a Qt binding that corrupts Python's reference counts.

PySide6 6.12.0 on Python 3.11 drops a reference to None on every Qt call that returns nothing, so a
real session aborts after a few thousand calls ("none_dealloc"). A fresh process shows it at once.
"""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
before = sys.getrefcount(None)
for number in range(3000):
    label.setText(str(number))
print(sys.getrefcount(None) - before)
"""


def test_qt_calls_do_not_leak_references_to_none(subprocess_env: dict[str, str]) -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], env=subprocess_env, capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert abs(int(result.stdout.strip())) < 100, f"None lost {result.stdout.strip()} references over 3,000 Qt calls"
