"""A student's history for the brief and report tests, dated around any "now" (the command line runs
on the real clock): a closed process with its lessons, one with an interview still to come, and a
fresh application at a second company whose name shares a word with the first."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from afterview.domain.model import (
    Application,
    Assessment,
    FollowUp,
    FollowUpKind,
    FollowUpState,
    Interview,
    Interviewer,
    Letter,
    LetterKind,
    Outcome,
    OutcomeKind,
    QuestionReview,
    Stage,
)
from afterview.domain.settings import Settings
from afterview.paths import AppPaths
from afterview.storage.repository import Store
from tests.support.fakes import FakeClock

ZONE = "Europe/Madrid"


def closed(now: datetime) -> Application:
    """Acme Analytics: interviewed 30 days ago, thanked, checked in a week later, rejected 20 days
    ago, lessons written."""
    lead = Interviewer("Ana Ruiz", title="Team lead")
    start = _hour(now - timedelta(days=30))
    review = Assessment(
        questions=[
            QuestionReview("Tell me about a conflict.", "I said I avoid conflicts.", 2, "Use a STAR example"),
            QuestionReview("Why us?", "Your mission.", 5),
        ],
        overall_rating=3,
        to_improve="Slow down when nervous",
        completed_at=start + timedelta(hours=2),
    )
    thanks = Letter(LetterKind.THANK_YOU, lead.id, subject="Thank you", sent_at=start + timedelta(hours=5))
    interview = Interview(start, ZONE, 45, interviewers=[lead], assessment=review, letters=[thanks])
    check_in = FollowUp(
        FollowUpKind.CHECK_IN, start + timedelta(days=7), interview.id, state=FollowUpState.DONE,
        done_at=start + timedelta(days=7, hours=1),
    )  # fmt: skip
    return Application(
        "Acme Analytics", "Junior analyst", Stage.REJECTED, interviews=[interview], follow_ups=[check_in],
        outcome=Outcome(OutcomeKind.REJECTED, now - timedelta(days=20), positive_takeaways="Good rapport"),
        lessons_learned="Research the team before the interview", created_at=now - timedelta(days=40),
    )  # fmt: skip


def coming(now: datetime) -> Application:
    """Núñez Datos: a first round 10 days ago (a check-in done since), the next one in 3 days."""
    first = _hour(now - timedelta(days=10))
    review = Assessment(
        questions=[QuestionReview("¿Conflictos? Tell me about a conflict", "Better: a real story.", 3, "Give numbers")],
        to_improve="Slow down, give numbers",
        completed_at=first + timedelta(hours=1),
    )
    earlier = Interview(first, ZONE, 30, interviewers=[Interviewer("Luis Gil")], assessment=review)
    upcoming = Interview(
        _hour(now + timedelta(days=3)), ZONE, 60, round_name="Entrevista técnica",
        interviewers=[Interviewer("Marta Gómez", title="Jefa de datos")],
    )  # fmt: skip
    check_in = FollowUp(
        FollowUpKind.CHECK_IN, now - timedelta(days=2), earlier.id, state=FollowUpState.DONE,
        done_at=now - timedelta(days=2),
    )  # fmt: skip
    return Application(
        "Núñez Datos", "Analista de datos", Stage.INTERVIEWING, interviews=[earlier, upcoming],
        follow_ups=[check_in], created_at=now - timedelta(days=15),
    )  # fmt: skip


def fresh(now: datetime) -> Application:
    return Application("Acme Robotics", "Intern", created_at=now - timedelta(days=5))


def history(now: datetime) -> list[Application]:
    return [closed(now), coming(now), fresh(now)]


def _hour(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(hour=9, minute=0, second=0, microsecond=0)


def store_history(paths: AppPaths, applications: list[Application], now: datetime | None = None) -> None:
    """Save ``applications`` (and the user's name and zone) in a real data folder."""
    with Store.open(paths, FakeClock(now or datetime.now(UTC))) as store:
        store.save_settings(Settings(user_name="Lucía Pérez", time_zone=ZONE))
        for app in applications:
            store.save(app)


def pdf_text(path: Path) -> str:
    """What ``pdftotext -layout`` reads in a PDF, as one line: ligatures such as "ﬀ" spelled out, and
    every run of spaces and line breaks one space (a long line wraps where the page ends)."""
    import shutil
    import subprocess
    import unicodedata

    import pytest

    reader = shutil.which("pdftotext")
    if reader is None:
        pytest.skip("pdftotext (poppler-utils) is not installed; it reads the PDFs back in this test.")
    done = subprocess.run([reader, "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(unicodedata.normalize("NFKC", done.stdout).split())
