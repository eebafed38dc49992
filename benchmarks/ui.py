"""How fast the window appears, and how its speed holds up with 5,000 applications.

Run with ``python benchmarks/ui.py``. In the same run:

first paint
    Afterview started as a real process (offscreen, ``main(["--exit-after-show"])`` of
    ``afterview.__main__``), timed from the moment it is started until its window has painted (the
    process says when, on the monotonic clock, once the paint has ended the event loop). The
    baseline is a bare PySide6 window (``QApplication``, a ``QMainWindow`` shown, quit on its first
    paint) timed the same way: the least any Qt window costs here. Target: Afterview on an empty
    data folder within 1.5× of it (nothing the first paint does not need is loaded before it). Then
    the same with 5,000 applications, against the empty data folder: target under 1.5× (the app
    takes only the data lock before painting and reads the file just after). Until the process has
    ended (Python's own clean-up included) and until the data is shown (read, plan, fill the
    visible view) are printed too, for information.
command line
    What ``afterview --help`` pays before it parses anything: the import of ``afterview.__main__``
    (``python -X importtime``). Target: under 0.15 s.
filter
    Typing a search into the Applications view, one keystroke at a time, with 5,000 rows: the time
    each keystroke takes to filter. Target: under one frame (16 ms), and shown as a ratio to the
    same keystrokes on an empty table.

The processes run as an installed app would: with its bytecode cached (one unmeasured run first,
whatever PYTHONDONTWRITEBYTECODE says). Medians of repeated runs, interleaved. Always exits 0: it
is a report.
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
STARTS = 7
FRAME_MS = 16.0
START_RATIO = 1.5
IMPORT_BUDGET_S = 0.15
WORD = "nunez analyst"
# Both print the moment their window has painted (the event loop returns right after it).
PAINTED = "painted at"
APP_WINDOW = f"""
import sys, time
from afterview.__main__ import main
code = main(["--exit-after-show"])
print("{PAINTED}", time.monotonic(), flush=True)
sys.exit(code)
"""
# The baseline window: the least a PySide6 app does to show a window and know it has painted.
BARE_WINDOW = f"""
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            app.quit()
        return False

app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(900, 600)
watcher = FirstPaint()
window.installEventFilter(watcher)
window.show()
code = app.exec()
print("{PAINTED}", time.monotonic(), flush=True)
sys.exit(code)
"""


def process_env(data_dir: Path, runtime_dir: Path) -> dict[str, str]:
    """As an installed app runs: bytecode cached, offscreen, its own data and runtime folders."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env.update(QT_QPA_PLATFORM="offscreen", AFTERVIEW_DATA_DIR=str(data_dir), XDG_RUNTIME_DIR=str(runtime_dir))
    return env


def timed(code: str, env: dict[str, str]) -> tuple[float, float]:
    """(seconds until the window painted, seconds until the process ended), from its start."""
    begin = time.monotonic()
    done = subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True, text=True)
    ended = time.monotonic()
    [painted] = [line.split()[-1] for line in done.stdout.splitlines() if line.startswith(PAINTED)]
    return float(painted) - begin, ended - begin


def start_time(data_dir: Path) -> tuple[float, float]:
    return timed(APP_WINDOW, process_env(data_dir, data_dir.parent))


def bare_window_time(folder: Path) -> tuple[float, float]:
    return timed(BARE_WINDOW, process_env(folder / "bare", folder))


def main_import_time(folder: Path) -> float:
    """Seconds to import afterview.__main__, as ``afterview --help`` does before parsing."""
    env = process_env(folder / "empty", folder)
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import afterview.__main__"],
        env=env, check=True, capture_output=True, text=True,
    )  # fmt: skip
    for line in done.stderr.splitlines():
        fields = [field.strip() for field in line.split("|")]
        if len(fields) == 3 and fields[2] == "afterview.__main__":
            return int(fields[1]) / 1e6
    raise RuntimeError("no import time for afterview.__main__ in:\n" + done.stderr[-2000:])


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

    with tempfile.TemporaryDirectory(prefix="afterview-ui-bench-") as name:
        folder = Path(name)
        empty, full = folder / "empty", folder / "full"
        build_store(AppPaths(empty), FixedClock(), 0, random.Random(1))
        build_store(AppPaths(full), FixedClock(), SIZE, random.Random(1))
        bare_window_time(folder), start_time(empty), main_import_time(folder)  # bytecode written, caches warm
        bare, empty_runs, full_runs, imports = [], [], [], []
        for _ in range(STARTS):
            bare.append(bare_window_time(folder))
            empty_runs.append(start_time(empty))
            full_runs.append(start_time(full))
            imports.append(main_import_time(folder))
        keys_empty = keystroke_times(empty)
        keys_full = keystroke_times(full)
        loaded = statistics.median(load_time(full) for _ in range(3))
    bare_s, bare_exit = (statistics.median(run[part] for run in bare) for part in (0, 1))
    empty_s, empty_exit = (statistics.median(run[part] for run in empty_runs) for part in (0, 1))
    full_s = statistics.median(run[0] for run in full_runs)
    import_s = statistics.median(imports)
    key_empty, key_full = statistics.median(keys_empty) * 1000, statistics.median(keys_full) * 1000
    worst = max(keys_full) * 1000

    def verdict(passed: bool) -> str:
        return "PASS" if passed else "MISS"

    print(f"{'measure':<44}{'value':>10}{'ratio':>8}  target")
    print(f"{'first paint, a bare PySide6 window (baseline)':<44}{bare_s * 1000:>8.0f}ms{1:>7.2f}×")
    ratio = empty_s / bare_s
    print(
        f"{'first paint, empty data':<44}{empty_s * 1000:>8.0f}ms{ratio:>7.2f}×"
        f"  ≤ {START_RATIO}× bare  {verdict(ratio <= START_RATIO)}"
    )
    ratio = full_s / empty_s
    print(
        f"{f'first paint, {SIZE:,} applications':<44}{full_s * 1000:>8.0f}ms{ratio:>7.2f}×"
        f"  < {START_RATIO}× empty  {verdict(ratio < START_RATIO)}"
    )
    print(f"{'process ended, bare window':<44}{bare_exit * 1000:>8.0f}ms{'':>8}  (info)")
    print(f"{'process ended, empty data':<44}{empty_exit * 1000:>8.0f}ms{empty_exit / bare_exit:>7.2f}×  (info)")
    print(f"{f'then the data shown, {SIZE:,} applications':<44}{loaded * 1000:>8.0f}ms{'':>8}  (info)")
    print(
        f"{'import of afterview.__main__ (as --help)':<44}{import_s * 1000:>8.0f}ms{'':>8}"
        f"  ≤ {IMPORT_BUDGET_S * 1000:.0f} ms  {verdict(import_s <= IMPORT_BUDGET_S)}"
    )
    print(f"{'filter keystroke, empty table (baseline)':<44}{key_empty:>8.2f}ms{1:>7.2f}×")
    print(f"{f'filter keystroke, {SIZE:,} rows (median)':<44}{key_full:>8.2f}ms{key_full / key_empty:>7.1f}×")
    print(
        f"{f'filter keystroke, {SIZE:,} rows (worst)':<44}{worst:>8.2f}ms{'':>8}"
        f"  < {FRAME_MS:.0f} ms  {verdict(worst < FRAME_MS)}"
    )
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())
