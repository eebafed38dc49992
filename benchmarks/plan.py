"""How much the follow-up plan costs next to loading the data it is made from.

Run with ``python benchmarks/plan.py``. For 5,000 realistic applications (built as in
``benchmarks/store.py``), in the same run:

load (the baseline)
    ``Store.open`` read-only and ``store.applications()``: reading and decoding every record, as the
    tray does whenever the data changed.
plan
    ``plan(applications, settings)`` and ``next_wakeup(...)`` over all of it, with a reminder log
    holding an entry for every other step. Target: under 0.5× the load.
tick
    What a tray tick does once the plan is cached: ``due`` and ``next_wakeup``. Reported for
    information, as a ratio to the same load.

Figures are medians of interleaved repetitions. Always exits 0: it is a report.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

from afterview.domain.plan import plan
from afterview.domain.settings import Settings
from afterview.paths import AppPaths
from afterview.reminders.scheduler import due, next_wakeup
from afterview.storage.repository import Store
from store import FixedClock, build_store

SIZE = 5_000
REPEATS = 7
TARGET = 0.5


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main() -> int:
    rng = random.Random(2026)
    clock = FixedClock()
    settings = Settings()
    zone = ZoneInfo("Europe/Madrid")
    with tempfile.TemporaryDirectory(prefix="afterview-bench-") as folder:
        paths = AppPaths(Path(folder) / "data")
        build_store(paths, clock, SIZE, rng)

        def load() -> None:
            with Store.open(paths, clock, read_only=True) as store:
                store.applications()

        with Store.open(paths, clock, read_only=True) as store:
            apps = store.applications()
        steps = plan(apps, settings)
        fired = {step.key: clock.now() for step in steps[::2]}

        def whole_plan() -> None:
            next_wakeup(plan(apps, settings), fired, settings, zone, clock.now())

        def tick() -> None:
            due(steps, fired, settings, zone, clock.now())
            next_wakeup(steps, fired, settings, zone, clock.now())

        loads, plans, ticks = [], [], []
        for _ in range(REPEATS):
            loads.append(timed(load))
            plans.append(timed(whole_plan))
            ticks.append(timed(tick))
    load_s, plan_s, tick_s = (statistics.median(values) for values in (loads, plans, ticks))
    print(f"{SIZE:,} applications, {len(steps):,} steps")
    print(f"{'operation':<34}{'ms':>9}{'ratio':>8}  target")
    print(f"{'load from the store (baseline)':<34}{load_s * 1000:>9.1f}{1:>7.2f}×")
    verdict = "PASS" if plan_s / load_s < TARGET else "MISS"
    print(f"{'plan + next_wakeup':<34}{plan_s * 1000:>9.1f}{plan_s / load_s:>7.2f}×  < {TARGET}×  {verdict}")
    print(f"{'tray tick (due + next_wakeup)':<34}{tick_s * 1000:>9.1f}{tick_s / load_s:>7.2f}×  (info)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
