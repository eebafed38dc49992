"""The store survives being killed at any moment: a real writer process is SIGKILLed again and again.

A child process opens the store and saves applications as fast as it can (new ones and edits of
existing ones, each carrying a counter in its notes), reporting each save only after ``save()``
returned. The test kills it at a random moment, opens the same data itself and checks that the file
loads without recovery, that every reported save is there (or a later value of it: the kill may land
between a save and its report) and that nothing else changed. The data folder is kept across kills,
so the file grows and later kills land in longer writes.
"""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import IO

import pytest

from afterview.paths import AppPaths
from afterview.storage.repository import Store
from tests.support.fakes import FakeClock

KILLS = 50
SEED = 20261125
# Each child counts from its own base, so counters only ever grow across kills.
COUNTER_STRIDE = 1_000_000
FIRST_COMMIT_TIMEOUT = 30.0
STALE_TEMP_GLOB = ".afterview.json.*.tmp"

# Imports only what a save needs, to keep the start-up of 50 processes short. Records are built with
# keywords only, so new optional fields in the model do not break the writer.
WRITER = """
import random, sys
from datetime import UTC, datetime
from pathlib import Path
from afterview.clock import SystemClock
from afterview.domain.model import Application, Interview, Interviewer
from afterview.paths import AppPaths
from afterview.storage.repository import Store

def new_application(counter):
    start = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
    people = [Interviewer(name="Ana Ruiz Peña", email="ana@nunez.example"), Interviewer(name="عمر الفاروق")]
    interview = Interview(
        starts_at=start, time_zone="Europe/Madrid", round_name="Segunda ronda",
        notes="Hablamos de análisis de datos ✨ " * 8, interviewers=people,
    )
    return Application(company=f"Núñez & Hijos {counter} 🚀", position="Analista júnior", interviews=[interview], created_at=start)

data_dir, counter, seed = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
rng = random.Random(seed)
store = Store.open(AppPaths(data_dir), SystemClock())
ids = [app.id for app in store.applications()]
while True:
    counter += 1
    if counter % 2 or not ids:
        app = new_application(counter)
        ids.append(app.id)
    else:
        app = store.get(rng.choice(ids))
    app.notes = str(counter)
    store.save(app)
    print(f"committed {app.id} {counter}", flush=True)  # one write of one short line: never split by the kill
"""


class Reporter:
    """Reads the child's output on a thread, so the test never blocks on it."""

    def __init__(self, stream: IO[str]) -> None:
        self.lines: list[str] = []
        self.first_commit = threading.Event()
        self._stream = stream
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        for line in self._stream:
            self.lines.append(line)
            if line.startswith("committed "):
                self.first_commit.set()
        self.first_commit.set()  # end of output: the child is gone, stop waiting

    def join(self) -> None:
        self._thread.join()

    def committed(self) -> list[tuple[str, int]]:
        """Each reported save in order; a line cut short (no newline) is not a report."""
        found = []
        for line in self.lines:
            if line.startswith("committed ") and line.endswith("\n"):
                _, app_id, counter = line.split()
                found.append((app_id, int(counter)))
        return found

    def output(self) -> str:
        return "".join(line for line in self.lines if not line.startswith("committed "))


def run_and_kill(
    script: Path, paths: AppPaths, env: dict[str, str], base: int, delay: float, child_seed: int
) -> list[tuple[str, int]]:
    """Start a writer, let it save for ``delay`` seconds after its first save, SIGKILL it."""
    with subprocess.Popen(
        [sys.executable, str(script), str(paths.data_dir), str(base), str(child_seed)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    ) as child:  # fmt: skip
        assert child.stdout is not None
        reporter = Reporter(child.stdout)
        try:
            reporter.first_commit.wait(FIRST_COMMIT_TIMEOUT)
            alive = child.poll() is None and bool(reporter.committed())
            if alive:
                time.sleep(delay)
                alive = child.poll() is None
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait()
            reporter.join()  # reads to the end: a report written just before the kill is still counted
    assert alive, f"the writer stopped by itself (exit {child.returncode}):\n{reporter.output()}"
    assert child.returncode == -signal.SIGKILL
    return reporter.committed()


@pytest.mark.slow
def test_killing_a_writer_at_random_moments_never_loses_a_committed_save(
    tmp_path: Path, paths: AppPaths, clock: FakeClock, subprocess_env: dict[str, str]
) -> None:
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    rng = random.Random(SEED)
    stored: dict[str, int] = {}  # id -> counter in its notes, as the file holds it after the last kill
    mid_write = 0
    for kill in range(1, KILLS + 1):
        delay = rng.uniform(0.01, 0.25)
        committed = run_and_kill(script, paths, subprocess_env, kill * COUNTER_STRIDE, delay, rng.randrange(2**32))
        where = f"seed {SEED}, kill {kill} of {KILLS}, {delay * 1000:.0f} ms after the first save"

        expected = dict(stored)
        expected.update(committed)  # in order, so the last report for each id wins
        mid_write += bool(list(paths.data_dir.glob(STALE_TEMP_GLOB)))
        with Store.open(paths, clock) as store:
            assert store.recovery is None, f"{where}: {store.recovery.message}"
            assert not list(paths.data_dir.glob(STALE_TEMP_GLOB)), f"{where}: a temporary file was left"
            actual = {app.id: int(app.notes) for app in store.applications()}
            assert store.unreadable == [], where

        lost = {app_id: counter for app_id, counter in expected.items() if actual.get(app_id, -1) < counter}
        assert not lost, f"{where}: committed saves are missing or older on disk: {lost}"
        # Beyond what was reported, at most the one save in flight at the kill may have reached the disk.
        ahead = {app_id: counter for app_id, counter in actual.items() if counter != expected.get(app_id)}
        assert len(ahead) <= 1, f"{where}: more changed than the one unreported save: {ahead}"
        assert all(counter > kill * COUNTER_STRIDE for counter in ahead.values()), f"{where}: {ahead}"
        stored = actual

    assert len(stored) >= KILLS, f"seed {SEED}: the writers saved too little to mean anything ({len(stored)})"
    print(f"{KILLS} kills, {len(stored)} applications, {mid_write} kills left a temporary file")
