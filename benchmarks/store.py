"""How much the store costs over writing and reading plain JSON by hand.

Run with ``python benchmarks/store.py`` (or ``make benchmark``). For stores of 500 and 5,000
realistic applications (1–3 interviews each, 1–3 interviewers per interview, notes of a few hundred
characters), built in a temporary data folder with ``Store.add_all``, it measures:

save
    Saving one edited interview the way the app does: ``store.get`` an application, change one
    interview's notes, ``store.save``. The baseline, in the same run and folder, is the least any
    crash-safe save of the whole file can cost: ``json.dumps`` of the same data (compact, UTF-8) and
    an atomic replace (temporary file in the same folder, fsync, ``os.replace``, fsync of the folder).
open
    ``Store.open`` + ``close`` for writing (so it includes the lock, the clean-up of temporary files,
    the shape check and the daily-backup check; the backup of the day already exists, as it would
    after the first start of the day). The baseline is a plain ``json.load`` of the same file.

Importing and merging, end to end through the command line's functions (``afterview import`` and
``afterview restore``), must cost time in proportion to the applications:

restore --merge
    A backup of 5,000 realistic applications merged into a data folder holding 5,000, of which half
    are in the backup (recognised by id) and half are not. The baseline is ``restore --replace`` of
    the same file into the same data, in the same run: merging may cost up to 2× replacing.
import 40,000
    A hand-written file of 40,000 small applications (company, position, stage, most with one
    interview; no ids, so each is recognised by company, position and first interview) imported into
    an empty data folder. The baseline is the import of the first 4,000 of them, times 10: the same
    cost per application, were importing linear. Target under 2×; the time itself must stay well
    under a minute (printed).

Each figure is the median of several repetitions, the store's and the baseline's runs interleaved so
that both see the same disk and caches. Targets: save at 5,000 applications and open at both sizes
under 2× their baselines, and the two import rows above. The script prints PASS or MISS for each and
always exits 0: it is a report.
"""

from __future__ import annotations

import io
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from afterview.commands import run_import, run_restore
from afterview.domain.model import Application, Interview, Interviewer, InterviewFormat, Stage
from afterview.interchange import json_format
from afterview.paths import AppPaths
from afterview.storage.repository import Store

SIZES = (500, 5_000)
SAVE_REPEATS = 21
OPEN_REPEATS = 11
TARGET_RATIO = 2.0
SEED = 1234
MERGE_SIZE = 5_000
MERGE_REPEATS = 3
IMPORT_SIZE = 40_000
IMPORT_BASELINE_SIZE = 4_000
IMPORT_REPEATS = 3

WORDS = (
    "equipo", "análisis", "datos", "cliente", "proyecto", "entrevista", "pregunta", "respuesta", "salario",
    "remoto", "oficina", "Python", "SQL", "cloud", "roadmap", "stakeholder", "feedback", "café", "reunión",
    "presentación", "caso", "práctico", "plazo", "culture", "growth", "mentor", "onboarding", "weekly",
    "sprint", "deadline", "budget", "München", "Zürich", "São", "Paulo", "🚀", "✨",
)  # fmt: skip
COMPANIES = ("Núñez & Hijos", "Acme", "Globex", "Initech", "Umbrella", "Stark", "Wayne", "株式会社テスト", "שלום")
ZONES = ("Europe/Madrid", "America/New_York", "Asia/Tokyo", "UTC", "Europe/Berlin")
FIRST_NAMES = ("Ana", "Omar", "Lena", "Kenji", "Priya", "Jörg", "Chloé", "Mateo", "Aisha", "Tom")
LAST_NAMES = ("Ruiz", "Faruq", "Schmidt", "Tanaka", "Patel", "Müller", "Dubois", "García", "Okafor", "Smith")


class FixedClock:
    """The same instant every time, so the daily backup is made once and never again."""

    def __init__(self) -> None:
        self.moment = datetime.now(UTC)

    def now(self) -> datetime:
        return self.moment


# --- building realistic data ----------------------------------------------------------------


def text(rng: random.Random, length: int) -> str:
    words: list[str] = []
    size = 0
    while size < length:
        word = rng.choice(WORDS)
        words.append(word)
        size += len(word) + 1
    return " ".join(words).capitalize() + "."


def interviewer(rng: random.Random, index: int) -> Interviewer:
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    handle = f"{first}.{last}{index}".lower().encode("ascii", "ignore").decode()
    return Interviewer(
        name=f"{first} {last}",
        title=rng.choice(("Engineering manager", "Jefa de equipo", "Recruiter", "CTO", "Senior engineer")),
        email=f"{handle}@company.example",
        linkedin_url=f"https://www.linkedin.com/in/{handle}",
    )


def application(rng: random.Random, index: int, start: datetime) -> Application:
    created = start - timedelta(days=rng.randrange(400), minutes=rng.randrange(1440))
    interviews = [
        Interview(
            starts_at=created + timedelta(days=7 * (round_ + 1), hours=rng.randrange(8)),
            time_zone=rng.choice(ZONES),
            duration_minutes=rng.choice((30, 45, 60, 90)),
            round_name=f"Round {round_ + 1}",
            format=rng.choice(list(InterviewFormat)),
            location="https://meet.example/abc-defg-hij",
            notes=text(rng, rng.randrange(200, 500)),
            interviewers=[interviewer(rng, index * 10 + person) for person in range(rng.randint(1, 3))],
        )
        for round_ in range(rng.randint(1, 3))
    ]
    return Application(
        company=f"{rng.choice(COMPANIES)} {index}",
        position=rng.choice(("Data analyst", "Analista júnior", "Backend engineer", "Product manager")),
        stage=rng.choice(list(Stage)),
        job_url=f"https://jobs.example/{index}?ref=board",
        location=rng.choice(("Madrid", "Remote", "Berlin", "New York")),
        notes=text(rng, rng.randrange(200, 400)),
        next_step="Wait for the recruiter's call",
        lessons_learned=text(rng, 150),
        interviews=interviews,
        created_at=created,
    )


def build_store(paths: AppPaths, clock: FixedClock, size: int, rng: random.Random) -> list[str]:
    """Write ``size`` applications in one go; returns their ids."""
    apps = [application(rng, index, clock.now()) for index in range(size)]
    with Store.open(paths, clock) as store:
        store.add_all(apps)
    return [app.id for app in apps]


# --- the baseline: the least a crash-safe save or a load can cost ----------------------------


def atomic_replace(path: Path, payload: bytes) -> None:
    descriptor, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    with os.fdopen(descriptor, "wb") as temp_file:
        temp_file.write(payload)
        temp_file.flush()
        os.fsync(temp_file.fileno())
    os.replace(temp_name, path)
    folder = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(folder)
    finally:
        os.close(folder)


def plain_save(path: Path, data: dict[str, Any]) -> None:
    atomic_replace(path, json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))


def plain_load(path: Path) -> Any:
    with path.open("rb") as file:
        return json.load(file)


# --- measuring ----------------------------------------------------------------------------


@dataclass
class Result:
    size: int
    operation: str
    store_ms: float
    baseline_ms: float
    target: bool  # whether the 2× target applies to this row

    @property
    def ratio(self) -> float:
        return self.store_ms / self.baseline_ms


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def measure_save(paths: AppPaths, clock: FixedClock, ids: list[str], rng: random.Random) -> tuple[float, float]:
    baseline_file = paths.data_dir / "baseline.json"
    data = plain_load(paths.data_file)
    documents = list(data["applications"].values())
    store_times: list[float] = []
    baseline_times: list[float] = []
    with Store.open(paths, clock) as store:

        def save_edit() -> None:
            app = store.get(rng.choice(ids))
            assert app is not None
            app.interviews[0].notes = text(rng, 300)
            store.save(app)

        def plain_edit() -> None:
            rng.choice(documents)["interviews"][0]["notes"] = text(rng, 300)
            plain_save(baseline_file, data)

        for _ in range(SAVE_REPEATS):
            store_times.append(timed(save_edit))
            baseline_times.append(timed(plain_edit))
    baseline_file.unlink()
    return statistics.median(store_times), statistics.median(baseline_times)


def measure_open(paths: AppPaths, clock: FixedClock) -> tuple[float, float]:
    Store.open(paths, clock).close()  # makes today's backup if it is missing (once a day in real use)

    def open_store() -> None:
        Store.open(paths, clock).close()

    store_times: list[float] = []
    baseline_times: list[float] = []
    for _ in range(OPEN_REPEATS):
        store_times.append(timed(open_store))
        baseline_times.append(timed(lambda: plain_load(paths.data_file)))
    return statistics.median(store_times), statistics.median(baseline_times)


def small_records(count: int) -> list[dict[str, Any]]:
    """Applications as a user writes them by hand: no ids; three in four with one interview."""
    start = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
    records: list[dict[str, Any]] = []
    for index in range(count):
        record: dict[str, Any] = {"company": f"{COMPANIES[index % len(COMPANIES)]} {index}", "position": "Analyst"}
        record["stage"] = "interviewing" if index % 4 else "applied"
        if index % 4:
            moment = start + timedelta(hours=index)
            record["interviews"] = [{"starts_at": moment.isoformat(), "time_zone": "UTC", "duration_minutes": 45}]
        records.append(record)
    return records


def write_document(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text(json.dumps({"format": "afterview", "version": 1, "applications": records}), encoding="utf-8")
    return path


def timed_import(root: Path, name: str, file: Path, clock: FixedClock) -> float:
    """``afterview import FILE`` into an empty data folder (removed afterwards)."""
    paths = AppPaths(root / name)
    elapsed = timed(partial(run_import, paths, clock, str(file), io.StringIO(), None))
    shutil.rmtree(paths.data_dir)
    return elapsed


def measure_import(root: Path) -> Result:
    clock = FixedClock()
    records = small_records(IMPORT_SIZE)
    whole = write_document(root / "import-whole.json", records)
    part = write_document(root / "import-part.json", records[:IMPORT_BASELINE_SIZE])
    import_times: list[float] = []
    baseline_times: list[float] = []
    for repeat in range(IMPORT_REPEATS):
        import_times.append(timed_import(root, f"import-whole-{repeat}", whole, clock))
        for turn in range(2):  # the small import is quick: more samples of it at no real cost
            baseline_times.append(timed_import(root, f"import-part-{repeat}-{turn}", part, clock))
    scale = IMPORT_SIZE / IMPORT_BASELINE_SIZE
    seconds = statistics.median(import_times) / 1000
    print(f"  import of {IMPORT_SIZE:,} small applications: {seconds:.1f} s (target: well under a minute)", flush=True)
    return Result(
        IMPORT_SIZE, f"import (vs {IMPORT_BASELINE_SIZE:,} × {scale:g})", statistics.median(import_times),
        scale * statistics.median(baseline_times), target=True,
    )  # fmt: skip


def measure_merge(root: Path, rng: random.Random) -> Result:
    """``restore --merge`` against ``restore --replace`` of one backup into the same data."""
    clock = FixedClock()
    apps = [application(rng, index, clock.now()) for index in range(MERGE_SIZE)]
    half = MERGE_SIZE // 2
    stored = apps[:half] + [application(rng, MERGE_SIZE + index, clock.now()) for index in range(MERGE_SIZE - half)]
    template = AppPaths(root / "merge-data")
    with Store.open(template, clock) as store:
        store.add_all(stored)
    backup = root / "merge-backup.json"
    backup.write_bytes(json_format.dumps(json_format.export_document(apps)).encode("utf-8"))
    times: dict[str, list[float]] = {"merge": [], "replace": []}
    for repeat in range(MERGE_REPEATS):
        for how in ("merge", "replace"):
            paths = AppPaths(root / f"{how}-{repeat}")
            shutil.copytree(template.data_dir, paths.data_dir)
            times[how].append(timed(partial(run_restore, paths, clock, str(backup), how, io.StringIO(), None)))
            shutil.rmtree(paths.data_dir)
    return Result(
        MERGE_SIZE, "restore --merge (vs --replace)", statistics.median(times["merge"]),
        statistics.median(times["replace"]), target=True,
    )  # fmt: skip


def run(size: int, root: Path) -> list[Result]:
    rng = random.Random(SEED + size)
    paths = AppPaths(root / f"data-{size}")
    clock = FixedClock()
    start = time.perf_counter()
    ids = build_store(paths, clock, size, rng)
    megabytes = paths.data_file.stat().st_size / 1e6
    print(f"  {size:>5,} applications: {megabytes:.1f} MB, built in {time.perf_counter() - start:.1f} s", flush=True)
    save = measure_save(paths, clock, ids, rng)
    opened = measure_open(paths, clock)
    return [
        Result(size, "save one edited interview", *save, target=size == max(SIZES)),
        Result(size, "open (lock + checks) + close", *opened, target=True),
    ]


def report(results: list[Result]) -> None:
    header = f"{'apps':>6}  {'operation':<30} {'store ms':>9} {'baseline ms':>12} {'ratio':>6}  target"
    print()
    print(header)
    print("-" * len(header))
    for row in results:
        verdict = ("PASS" if row.ratio < TARGET_RATIO else "MISS") if row.target else "(info)"
        goal = f"< {TARGET_RATIO:g}×" if row.target else ""
        print(
            f"{row.size:>6,}  {row.operation:<30} {row.store_ms:>9.2f} {row.baseline_ms:>12.2f} "
            f"{row.ratio:>5.2f}×  {goal:<5} {verdict}"
        )
    print()
    print("Baselines: save = json.dumps (compact, UTF-8) + temporary file, fsync, os.replace, fsync folder;")
    print("           open = json.load of the same file. Medians of", SAVE_REPEATS, "saves and", OPEN_REPEATS, "opens.")
    print(
        f"           restore --merge = restore --replace of the same backup ({MERGE_SIZE:,} applications, half stored);"
    )
    print(
        f"           import = {IMPORT_SIZE // IMPORT_BASELINE_SIZE:g}× importing the first {IMPORT_BASELINE_SIZE:,} of the same file."
    )


def main() -> int:
    print(f"Afterview store benchmark (Python {sys.version.split()[0]}, {sys.platform})")
    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="afterview-benchmark-") as root:
        for size in SIZES:
            results.extend(run(size, Path(root)))
        results.append(measure_merge(Path(root), random.Random(SEED)))
        results.append(measure_import(Path(root)))
    report(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
