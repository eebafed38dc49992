"""The preparation brief: what the history says to prepare (domain), and ``afterview brief`` run as
a user runs it, in text and as a PDF read back by ``pdftotext``, in English and in Spanish."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from afterview.core.documents import brief_file_name, file_word, report_file_name
from afterview.domain.brief import Paper, brief, matches, upcoming_interview
from afterview.domain.model import Application, FollowUpKind, Stage
from afterview.domain.plan import Status, Step, plan_application
from afterview.domain.settings import Settings
from afterview.domain.story import story
from afterview.domain.wording import action
from afterview.i18n import install, short_date_time
from afterview.paths import AppPaths
from tests.support import builders
from tests.support.builders import shown
from tests.support.cli import RunAfterview, assert_user_error
from tests.support.documents import closed, coming, fresh, history, pdf_text, store_history

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
MADRID = ZoneInfo("Europe/Madrid")


def sections(paper: Paper) -> dict[str, tuple[str, ...]]:
    return {section.heading: section.paragraphs + section.items for section in paper.sections}


def made(now: datetime = NOW) -> Paper:
    apps = history(now)
    paper = brief(apps[1], apps, now, MADRID)
    assert paper is not None
    return paper


def test_the_brief_names_the_round_and_who_will_be_there() -> None:
    paper = made()
    start = coming(NOW).interviews[1].starts_at
    assert paper.title == "Preparation brief: Núñez Datos — Analista de datos"
    assert paper.subtitle[0] == f"Interview on {short_date_time(start.astimezone(MADRID))}"
    assert "Entrevista técnica" in paper.subtitle[1]
    assert sections(paper)["Who will interview you"] == ("Marta Gómez · Jefa de datos",)


def test_questions_rated_3_or_lower_come_with_the_latest_answer_and_what_to_improve() -> None:
    weak = sections(made())["Questions you rated 3 or lower"]
    assert len(weak) == 2  # "Why us?" was rated 5: not there
    conflict = next(item for item in weak if item.startswith("¿Conflictos?"))
    assert "rated 3 of 5" in conflict and "Your latest answer: Better: a real story." in conflict
    assert "To improve: Give numbers" in conflict
    earlier = next(item for item in weak if item.startswith("Tell me about a conflict."))
    assert "rated 2 of 5" in earlier and "at Acme Analytics" in earlier and "Use a STAR example" in earlier
    assert not any("Why us?" in item for item in weak)


def test_recurring_themes_and_the_lessons_of_closed_processes() -> None:
    found = sections(made())
    assert found["What keeps coming back to improve"] == ("slow down (in 2 interviews)",)
    assert found["Lessons from closed processes"] == (
        "Acme Analytics — Junior analyst: Research the team before the interview Good rapport",
    )
    assert found["Questions to ask at the end"][0] == "What are the next steps, and when is a decision expected?"


def test_a_history_with_nothing_to_say_says_so() -> None:
    app = coming(NOW)
    app.interviews = app.interviews[1:]
    found = sections(brief(app, [app], NOW, MADRID) or Paper("", (), ()))
    assert found["Questions you rated 3 or lower"] == ("None: no question you reviewed was rated 3 or lower.",)
    assert found["Lessons from closed processes"] == ("No lessons written down yet.",)
    assert found["What keeps coming back to improve"] == ("No point to improve has come back in two interviews yet.",)


@pytest.mark.parametrize(
    ("app", "expected"),
    [(closed(NOW), None), (fresh(NOW), None), (coming(NOW), 1)],
    ids=["all rounds past", "no rounds", "one to come"],
)
def test_only_an_interview_still_to_come_has_a_brief(app: Application, expected: int | None) -> None:
    upcoming = upcoming_interview(app, NOW)
    assert (upcoming is None) == (expected is None)
    assert (brief(app, [app], NOW, MADRID) is None) == (expected is None)
    if expected is not None:
        assert upcoming is app.interviews[expected]


@pytest.mark.parametrize(
    ("text", "found"),
    [("nunez", True), ("NÚÑEZ", True), ("analista", True), ("datos", True), ("acme", False), ("", False), (" ", False)],
)
def test_matching_ignores_case_and_accents(text: str, found: bool) -> None:
    assert matches(coming(NOW), text) is found


# --- the command line -------------------------------------------------------------------------


@pytest.fixture
def stored(paths: AppPaths) -> datetime:
    now = datetime.now(UTC)
    store_history(paths, history(now))
    return now


def test_brief_prints_the_text_for_a_company_typed_without_accents(stored: datetime, afterview: RunAfterview) -> None:
    done = afterview("brief", "--for", "nunez")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Preparation brief: Núñez Datos — Analista de datos\n")
    for fact in ("Marta Gómez", "Use a STAR example", "What are the next steps, and when is a decision expected?"):
        assert fact in done.stdout


def test_several_matches_are_listed_and_exit_1(stored: datetime, afterview: RunAfterview) -> None:
    done = afterview("brief", "--for", "acme")
    assert_user_error(done, "'acme' matches 2 applications")
    assert done.stdout.splitlines() == ["Acme Analytics — Junior analyst", "Acme Robotics — Intern"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("robotics", "Acme Robotics — Intern has no interview still to come"),
        ("Globex", "no application's company or position matches 'Globex'"),
    ],
)
def test_no_interview_to_come_or_no_match_is_one_clear_line(
    stored: datetime, afterview: RunAfterview, text: str, message: str
) -> None:
    assert_user_error(afterview("brief", "--for", text), message)


def test_the_pdf_brief_reads_back_in_english(stored: datetime, afterview: RunAfterview, tmp_path: Path) -> None:
    target = tmp_path / "brief.pdf"
    done = afterview("brief", "--for", "Núñez", "--format", "pdf", "-o", str(target))
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    text = pdf_text(target)
    start = coming(stored).interviews[1].starts_at.astimezone(MADRID)
    for fact in (
        "Preparation brief: Núñez Datos",
        f"Interview on {short_date_time(start)}",
        "Marta Gómez",
        "Tell me about a conflict.",
        "Research the team before the interview",
        "What are the next steps, and when is a decision expected?",
    ):
        assert fact in text, (fact, text)


def test_the_pdf_brief_in_spanish(
    stored: datetime,
    afterview: RunAfterview,
    subprocess_env: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The dates come out in Spanish; the brief's own headings wait for the lead's Spanish
    translations (until then they are in English), so only facts that do not depend on them are read."""
    monkeypatch.chdir(tmp_path)  # with no -o the PDF goes to the current folder, under a name of its own
    env = {**subprocess_env, "LANG": "es_ES.UTF-8", "LANGUAGE": "es"}
    done = afterview("brief", "--for", "datos", "--format", "pdf", env=env)
    assert done.returncode == 0, done.stderr
    written = list(tmp_path.glob("afterview-*-nunez-datos-*.pdf"))  # "brief" in Spanish once translated
    assert len(written) == 1, done.stderr
    text = pdf_text(written[0])
    start = coming(stored).interviews[1].starts_at.astimezone(MADRID)
    spanish_day = {0: "lun", 1: "mar", 2: "mié", 3: "jue", 4: "vie", 5: "sáb", 6: "dom"}[start.weekday()]
    month = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"][start.month - 1]
    assert f"{spanish_day} {start.day:02d} {month} {start.year}, {start:%H:%M}" in text, text
    for fact in ("Núñez Datos", "Marta Gómez", "Jefa de datos", "¿Conflictos?", "Entrevista técnica"):
        assert fact in text
    # Depends on the Spanish translation of the brief (filled in by the lead), so not asserted yet:
    # "Preparation brief" as "Preparación…", the headings, "What is the next step…".


@pytest.fixture
def spanish_file_words() -> Iterator[None]:
    words = {"brief": "resumen de preparación", "report": "informe", "contacts": "contactos"}
    install("es", lambda context, text: words.get(text, "") if context == "FileNames" else "")
    yield
    install("en", None)


def test_default_file_names_are_in_the_users_language_and_ascii_safe(spanish_file_words: None) -> None:
    now = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
    assert brief_file_name("Núñez & Hijos") == "resumen-de-preparacion-nunez-hijos.pdf"
    assert brief_file_name("Núñez", now) == "afterview-resumen-de-preparacion-nunez-2026-11-25.pdf"
    assert report_file_name(now, "csv") == "afterview-informe-2026-11-25.csv"
    assert file_word("contactos") == "contactos" and file_word("日本") == "afterview"


# --- the plan: "Read your preparation brief" the evening before ----------------------------------


def brief_steps(app: Application, settings: Settings) -> list[Step]:
    return [step for step in plan_application(app, settings) if step.kind is FollowUpKind.READ_BRIEF]


@pytest.mark.parametrize(
    ("start", "settings", "expected"),
    [
        ("2026-11-24T10:00", Settings(time_zone="Europe/Madrid"), "Mon 2026-11-23 19:00"),
        ("2026-11-24T10:00", Settings(time_zone="Europe/Madrid", brief_evening_time=time(20, 30)), "Mon 2026-11-23 20:30"),
        # Quiet from 18:00 until 09:00 would hold 19:00 past a 08:30 start: the morning before instead.
        ("2026-11-24T08:30", Settings(time_zone="Europe/Madrid", quiet_hours_start=time(18, 0),
                                      quiet_hours_end=time(9, 0)), "Mon 2026-11-23 09:00"),
        # An interview just after midnight: still the evening before.
        ("2026-11-24T00:30", Settings(time_zone="Europe/Madrid"), "Mon 2026-11-23 19:00"),
    ],
)  # fmt: skip
def test_the_brief_is_due_the_evening_before_and_lapses_when_the_round_starts(
    start: str, settings: Settings, expected: str
) -> None:
    app = builders.application(start)
    [step] = brief_steps(app, settings)
    assert shown(step.due_at) == expected and step.remind_at == step.due_at
    assert step.lapses_at == app.interviews[0].starts_at and not step.repeats
    assert step.status(builders.local(start) - timedelta(minutes=1)) is Status.DUE
    assert step.status(builders.local(start)) is Status.LAPSED
    assert action(step, app) == "Read your preparation brief for your interview with Acme"


def test_the_setting_turns_the_brief_step_off() -> None:
    assert brief_steps(builders.application(), Settings(brief_evening_before=False)) == []


def test_a_missed_brief_is_not_told_in_the_story_as_a_missed_step() -> None:
    app = builders.application("2026-11-24T10:00")
    after = builders.local("2026-11-24T12:00")
    told = story(app, plan_application(app, Settings()), after)
    assert not any("preparation brief" in event.title for event in told.events)


def test_lessons_of_a_process_whose_answer_was_recorded_before_its_stage_moved() -> None:
    rejected = closed(NOW)
    rejected.stage = Stage.INTERVIEWING  # the answer is recorded; the stage was left as it was
    apps = [rejected, coming(NOW)]
    paper = brief(apps[1], apps, NOW, MADRID)
    assert paper is not None
    assert sections(paper)["Lessons from closed processes"][0].startswith("Acme Analytics — Junior analyst: Research")
