"""Afterview as a screen reader finds it, in English and in Spanish, and on the first run.

On a real (virtual) desktop with the accessibility bus (at-spi2-core's bus launcher, in the test's
D-Bus session), the app starts on sample data with Qt's accessibility on. A screen-reader stand-in,
tests/desktop/screen_reader.py, run by the system Python with Debian's pyatspi (the library Orca is
built on), visits every page and opens each main dialog as a keyboard or screen-reader user does,
and lists every control a user can act on with its role, name and labels; then it presses Tab
through the New interview dialog and records where the focus goes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTranslator

from afterview import APP_NAME
from afterview.clock import SystemClock
from afterview.domain.model import Application, Interview, Interviewer, InterviewFormat, Stage
from afterview.domain.settings import Settings
from afterview.paths import AppPaths
from afterview.resources import resource
from tests.conftest import NONET_SITE, REPO
from tests.desktop.conftest import AccessibilityBus, Desktop, wait_for
from tests.qt.ui_text import english_in
from tests.support.samples import sample_applications

pytestmark = pytest.mark.slow

WALKER = Path(__file__).with_name("screen_reader.py")
COMPANY = "Acme Robotics"  # the row the walker selects to open the application's dialogs
SHEET = (
    "Company;Position;Date;Time;Interviewer;Status;Notes\r\n"
    "Iberdata;Data analyst;18/11/2026;10:00;Marta Gil;Interview;First round\r\n"
    "Nubia Labs;BI intern;2 December 2026;;;Applied;\r\n"
)
# What the walker must have seen, besides the five pages.
DIALOGS = (
    "New interview (Ctrl+N)",
    "Guide (F1)",
    "Help › About",
    "File › Restore a previous version",
    "File › Import from a spreadsheet",
    "Applications › ",  # Edit, Review interview, Record outcome, Letters: four of them
    "Letter editor › ",  # Templates
)


@dataclass
class Tour:
    language: str
    first_run: bool
    report: dict[str, Any]
    tr: Callable[[str, str], str]

    def controls(self) -> Iterator[tuple[str, dict[str, Any]]]:
        for view in self.report["views"]:
            for control in view["controls"]:
                yield view["view"], control


def translator(language: str) -> Callable[[str, str], str]:
    """Afterview's own translation of a source text, as the app shows it."""
    if language == "en":
        return lambda context, text: text
    loaded = QTranslator()
    assert loaded.load(f"afterview_{language}", str(resource("translations")))
    return lambda context, text: loaded.translate(context, text) or text


def accessible(text: str) -> str:
    """A label as screen readers get it: no mnemonic, no trailing ellipsis (Afterview's buttons)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


def plan(tr: Callable[[str, str], str], sheet: Path, first_run: bool) -> dict[str, Any]:
    """What the walker needs in the language: the names of what it opens (menu items keep their "…")."""
    return {
        "first_run": first_run,
        "about": tr("MainWindow", "&About {app}").replace("&", "").format(app=APP_NAME),
        "versions": tr("MainWindow", "Restore a &previous version…").replace("&", ""),
        "import": tr("MainWindow", "&Import from a spreadsheet (CSV)…").replace("&", ""),
        "sheet": str(sheet),
        "company": COMPANY,
        "buttons": {
            "edit": accessible(tr("Applications", "Edit…")),
            "review": accessible(tr("Applications", "Review interview…")),
            "outcome": accessible(tr("Applications", "Record outcome…")),
            "letters": accessible(tr("Applications", "Letters…")),
            "templates": tr("LetterEditor", "Edit templates"),
        },
    }


def sample_data(paths: AppPaths) -> None:
    """The samples, and an interview two days ago with two interviewers: something to review, to
    record the outcome of and to write letters for, whatever the date the test runs."""
    from afterview.storage.repository import Store

    interview = Interview(
        datetime.now(UTC) - timedelta(days=2), "Europe/Madrid", 45, "First interview", InterviewFormat.VIDEO,
        interviewers=[Interviewer("Ana Ruiz", "Team lead", "ana@acme.example"), Interviewer("Luis Gil", "Engineer")],
    )  # fmt: skip
    acme = Application(company=COMPANY, position="Junior analyst", stage=Stage.INTERVIEWING, interviews=[interview])
    with Store.open(paths, SystemClock()) as store:
        store.add_all([acme, *sample_applications()])
        store.save_settings(Settings(user_name="Lucía Pérez", time_zone="Europe/Madrid"))


def app_environment(desktop: Desktop, language: str) -> dict[str, str]:
    env = {
        key: value
        for key, value in desktop.env.items()
        if not key.startswith("AFTERVIEW_") and key not in ("LC_ALL", "LC_MESSAGES")
    }
    env.update(
        PYTHONPATH=os.pathsep.join([str(NONET_SITE), str(REPO / "src")]),
        PYTHONDONTWRITEBYTECODE="1",
        QT_ACCESSIBILITY="1",
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
        LANGUAGE=language,
        LANG="C.UTF-8",
    )
    return env


@pytest.fixture(scope="module", params=["en", "es", "en-first-run"])
def tour(
    request: pytest.FixtureRequest,
    desktop: Desktop,
    accessibility_bus: AccessibilityBus,
    tmp_path_factory: pytest.TempPathFactory,
) -> Tour:
    """The app started in the language (on sample data, or on none: the first run's welcome),
    walked once by the screen-reader stand-in; then stopped."""
    language, first_run = request.param.split("-")[0], request.param.endswith("first-run")
    folder = tmp_path_factory.mktemp(f"a11y-{request.param}")
    paths = AppPaths(folder / "data")
    if not first_run:
        sample_data(paths)
    sheet = folder / "interviews.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    tr = translator(language)
    (folder / "plan.json").write_text(json.dumps(plan(tr, sheet, first_run)), encoding="utf-8")
    env = app_environment(desktop, language)
    with open(folder / "app.log", "wb") as app_log:
        app = subprocess.Popen(
            [sys.executable, "-m", "afterview", "--data-dir", str(paths.data_dir)],
            env=env, stdout=app_log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        try:
            wait_for(lambda: "Ready:" in (paths.log_file.read_text() if paths.log_file.exists() else ""), 60, "the app")
            walk = subprocess.run(
                [str(accessibility_bus.python), str(WALKER), str(folder / "plan.json")],
                env={**env, "PYTHONPATH": str(NONET_SITE)}, capture_output=True, text=True, timeout=900, check=False,
            )  # fmt: skip
        finally:
            desktop.stop(app)
    (folder / "report.json").write_text(walk.stdout, encoding="utf-8")  # to read when a test fails
    assert walk.returncode == 0, f"the screen-reader walk failed:\n{walk.stderr[-4000:]}"
    return Tour(language, first_run, json.loads(walk.stdout), tr)


def test_the_walk_reaches_every_page_and_main_dialog(tour: Tour) -> None:
    views = [view["view"] for view in tour.report["views"]]
    assert not tour.report["problems"], "\n".join(tour.report["problems"])
    assert sum(view.startswith("page ") for view in views) == 5
    for dialog in DIALOGS[:5] if tour.first_run else DIALOGS:
        assert any(view.startswith(dialog) for view in views), f"{dialog!r} not reached; reached: {views}"
    assert sum(view.startswith("Applications › ") for view in views) == (0 if tour.first_run else 4)
    # In the language asked for: the dialog's title as the translation has it.
    [new_interview] = [view for view in tour.report["views"] if view["view"] == "New interview (Ctrl+N)"]
    assert new_interview["window"] == tour.tr("Editor", "New interview")


def test_every_control_has_a_role_and_a_name(tour: Tour) -> None:
    nameless = [
        f"{view}: a {control['role']} {control['labelled_by'] or ''}"
        for view, control in tour.controls()
        if control["role"] in ("", "unknown", "invalid") or not control["name"].strip()
    ]
    assert not nameless, "controls a screen reader cannot name:\n" + "\n".join(nameless)
    assert sum(1 for _ in tour.controls()) > 100  # the walk saw the window, not an empty shell


def test_every_combo_box_says_what_it_chooses(tour: Tour) -> None:
    """On Linux, Qt gives a combo box's current choice as its name ("Interviewing"): what it is
    for ("Stage") must come from the label it is labelled by, or its description."""
    unlabelled = [
        f"{view}: the combo box showing {control['name']!r}"
        for view, control in tour.controls()
        if control["role"] == "combo box" and not control["labelled_by"] and not control["description"].strip()
    ]
    assert not unlabelled, "combo boxes that do not say what they are for:\n" + "\n".join(unlabelled)


@pytest.mark.parametrize("tour", ["es"], indirect=True)
def test_in_spanish_a_screen_reader_hears_no_english(tour: Tour) -> None:
    heard = [
        text
        for view, control in tour.controls()
        if not view.startswith("File › Import: choosing")  # Qt's own file dialog, in Qt's translation
        for text in (control["name"], control["description"], *control["labelled_by"])
    ]
    assert english_in(heard) == []


def _backwards(stop: dict[str, Any]) -> bool:
    """Whether the focus went up, or left along the same line, from the stop before (by where each
    begins, as text is read: a container's stop comes before what it holds)."""
    x, y, _, height = stop["at"]
    before_x, before_y, _, before_height = stop["before_at"]
    same_line = abs(y - before_y) <= min(height, before_height) / 2
    return bool(x < before_x if same_line else y < before_y)


def test_tab_follows_the_reading_order_of_the_new_interview_dialog(tour: Tour) -> None:
    stops = tour.report["tab_order"]
    names = [f"{stop['role']} {stop['name']!r}" for stop in stops]
    assert len(stops) > 15, names
    assert stops[-1]["name"] == stops[0]["name"], f"Tab never came back to the first field: {names}"
    back_up = [
        f"{names[index - 1]} → {names[index]}" for index, stop in enumerate(stops[1:], start=1) if _backwards(stop)
    ]
    assert len(back_up) <= 1, f"the focus goes back up (once is the wrap to the top): {back_up}"


def test_tab_reaches_every_control_of_the_new_interview_dialog(tour: Tour) -> None:
    """Every control that can take the focus is a Tab stop: a radio group is one stop (the arrows
    choose within it), as is a tab bar; an editable combo box's text is its box's stop, and a
    container (the rounds' tabs) passes the focus to what it holds."""
    [view] = [view for view in tour.report["views"] if view["view"] == "New interview (Ctrl+N)"]
    stops = {(stop["role"], stop["name"]) for stop in tour.report["tab_order"]}
    missed = [
        f"{control['role']} {control['name']!r}"
        for control in view["controls"]
        if control["focusable"] and control["enabled"] and not control["in_combo_box"]
        and control["role"] not in ("radio button", "page tab", "filler", "panel")
        and (control["role"], control["name"]) not in stops
    ]  # fmt: skip
    assert any(role == "radio button" for role, _ in stops), "the 'When will they decide?' choices are not reached"
    assert missed == []


@pytest.mark.parametrize(
    "tour",
    [
        "en",
        "es",
        "en-first-run",  # the computer's zone (Etc/UTC) is not in the list: nothing to select
    ],
    indirect=True,
)
def test_tabbing_through_the_new_interview_dialog_changes_nothing(tour: Tour) -> None:
    assert tour.report["closed_untouched"] is True, "after Tab went round it, Escape asked before closing"
