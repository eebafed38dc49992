"""How the window's speed holds up with 5,000 applications.

Run with ``python benchmarks/ui.py``. In the same run:

first paint
    ``afterview --exit-after-show`` started as a real process (offscreen) on an empty data folder
    and on one with 5,000 applications, timed from start until the window has painted and the app
    exits. Target: 5,000 applications under 1.5× the empty one. The app takes only the data lock
    before painting and reads the file just after, so the time until the data is shown (read,
    plan, fill the visible view) is printed too, for information.
filter
    Typing a search into the Applications view, one keystroke at a time, with 5,000 rows: the time
    each keystroke takes to filter. Target: under one frame (16 ms), and shown as a ratio to the
    same keystrokes on an empty table.

Medians of repeated runs, interleaved. Always exits 0: it is a report.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from store import FixedClock, build_store

SIZE = 5_000
STARTS = 5
FRAME_MS = 16.0
WORD = "nunez analyst"


def start_time(data_dir: Path) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "AFTERVIEW_DATA_DIR": str(data_dir)}
    begin = time.perf_counter()
    subprocess.run([sys.executable, "-m", "afterview", "--exit-after-show"], env=env, check=True, capture_output=True)
    return time.perf_counter() - begin


def keystroke_times(data_dir: Path) -> list[float]:
    from PySide6.QtWidgets import QApplication

    from afterview.storage.repository import Store
    from afterview.ui.applications import ApplicationsView
    from afterview.ui.session import Session

    QApplication.instance() or QApplication([])
    clock = FixedClock()
    with Store.open(data_dir_paths(data_dir), clock, read_only=True) as store:
        view = ApplicationsView(Session(store, clock))
        times = []
        for _ in range(3):
            view.search.clear()
            for length in range(1, len(WORD) + 1):
                begin = time.perf_counter()
                view.search.setText(WORD[:length])
                times.append(time.perf_counter() - begin)
        return times


def load_time(data_dir: Path) -> float:
    """In the app, after the first paint: read the file, plan, and fill the visible view."""
    from PySide6.QtWidgets import QApplication

    from afterview.storage.repository import Store
    from afterview.ui.main_window import MainWindow
    from afterview.ui.session import Session

    qt_app = QApplication.instance() or QApplication([])
    clock = FixedClock()
    with Store.open(data_dir_paths(data_dir), clock, defer_read=True) as store:
        session = Session(store, clock, load=False)
        window = MainWindow(session, data_dir / "bench-window.ini")
        window.show()
        qt_app.processEvents()
        begin = time.perf_counter()
        store.read()
        session.load()
        qt_app.processEvents()
        elapsed = time.perf_counter() - begin
        window.close()
        return elapsed


def data_dir_paths(data_dir: Path):  # type: ignore[no-untyped-def]
    from afterview.paths import AppPaths

    return AppPaths(data_dir)


def main() -> int:
    from afterview.paths import AppPaths

    with tempfile.TemporaryDirectory(prefix="afterview-ui-bench-") as folder:
        empty, full = Path(folder) / "empty", Path(folder) / "full"
        build_store(AppPaths(empty), FixedClock(), 0, random.Random(1))
        build_store(AppPaths(full), FixedClock(), SIZE, random.Random(1))
        start_empty, start_full = [], []
        for _ in range(STARTS):
            start_empty.append(start_time(empty))
            start_full.append(start_time(full))
        keys_empty = keystroke_times(empty)
        keys_full = keystroke_times(full)
        loaded = statistics.median(load_time(full) for _ in range(3))
    empty_s, full_s = statistics.median(start_empty), statistics.median(start_full)
    key_empty, key_full = statistics.median(keys_empty) * 1000, statistics.median(keys_full) * 1000
    worst = max(keys_full) * 1000
    print(f"{'measure':<44}{'value':>10}{'ratio':>8}  target")
    print(f"{'first paint, empty data (baseline)':<44}{empty_s * 1000:>8.0f}ms{1:>7.2f}×")
    verdict = "PASS" if full_s / empty_s < 1.5 else "MISS"
    print(
        f"{f'first paint, {SIZE:,} applications':<44}{full_s * 1000:>8.0f}ms{full_s / empty_s:>7.2f}×  < 1.5×  {verdict}"
    )
    print(f"{f'then the data shown, {SIZE:,} applications':<44}{loaded * 1000:>8.0f}ms{'':>8}  (info)")
    print(f"{'filter keystroke, empty table (baseline)':<44}{key_empty:>8.2f}ms{1:>7.2f}×")
    verdict = "PASS" if worst < FRAME_MS else "MISS"
    print(f"{f'filter keystroke, {SIZE:,} rows (median)':<44}{key_full:>8.2f}ms{key_full / key_empty:>7.1f}×")
    print(f"{f'filter keystroke, {SIZE:,} rows (worst)':<44}{worst:>8.2f}ms{'':>8}  < {FRAME_MS:.0f} ms  {verdict}")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())
