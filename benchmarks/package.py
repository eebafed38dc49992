"""The double-click app's budgets: the size of the one-folder bundle, and how fast it starts
compared with the same version run from source.

Run with ``python benchmarks/package.py [BUNDLE]``, where BUNDLE is a built one-folder app (the
``afterview`` folder inside the archive); without it, the app is built first with
``packaging/build.py`` into a temporary folder (needs PyInstaller and dbus-python: ``make package``).

size
    Every file in the bundle, in MB (10^6 bytes). Budget: under 120 MB.
start to first paint
    ``afterview --exit-after-show`` (offscreen) frozen and from source, interleaved, on one empty
    data folder; medians. Budget: the frozen start at most 1.2× the source start.

Always exits 0: it is a report.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STARTS = 7
SIZE_BUDGET_MB = 120.0
START_BUDGET = 1.2


def bundle_size_mb(bundle: Path) -> float:
    files = (path for path in bundle.rglob("*") if path.is_file() and not path.is_symlink())
    return sum(path.stat().st_size for path in files) / 1e6


def start_seconds(command: list[str], env: dict[str, str]) -> float:
    begin = time.perf_counter()
    subprocess.run([*command, "--exit-after-show"], env=env, check=True, capture_output=True, timeout=120)
    return time.perf_counter() - begin


def build(folder: Path) -> Path:
    subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"), "--dist", str(folder / "dist"),
         "--work", str(folder / "work")],
        check=True, capture_output=True,
    )  # fmt: skip
    return folder / "work" / "bundle" / "afterview"


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="afterview-package-") as scratch:
        folder = Path(scratch)
        bundle = Path(sys.argv[1]) if len(sys.argv) > 1 else build(folder)
        size = bundle_size_mb(bundle)
        print(
            f"bundle size: {size:.1f} MB (budget under {SIZE_BUDGET_MB:.0f} MB): {'ok' if size < SIZE_BUDGET_MB else 'OVER'}"
        )

        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "AFTERVIEW_DATA_DIR": str(folder / "data")}
        source_env = {**env, "PYTHONPATH": str(ROOT / "src")}
        frozen, source = [], []
        start_seconds([str(bundle / "afterview")], env)  # first runs fill the disk cache for both
        start_seconds([sys.executable, "-m", "afterview"], source_env)
        for _ in range(STARTS):
            frozen.append(start_seconds([str(bundle / "afterview")], env))
            source.append(start_seconds([sys.executable, "-m", "afterview"], source_env))
        ratio = statistics.median(frozen) / statistics.median(source)
        print(
            f"start to first paint: frozen {statistics.median(frozen) * 1000:.0f} ms, source "
            f"{statistics.median(source) * 1000:.0f} ms (medians of {STARTS}): {ratio:.2f}× "
            f"(budget at most {START_BUDGET}×): {'ok' if ratio <= START_BUDGET else 'OVER'}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
