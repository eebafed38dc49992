"""Data the desktop tests start the app on: a reminder that falls due a few seconds after start."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from afterview.clock import SystemClock
from afterview.domain.model import Application, Interview, Interviewer, Stage
from afterview.domain.settings import Settings
from afterview.paths import AppPaths

# Long enough for the app to start and arm its timer, short enough to keep the test quick.
SOON = timedelta(seconds=8)


def data_with_a_thank_you_due_soon(paths: AppPaths) -> None:
    """An interview that ended almost an hour ago: its thank-you reminder comes in a few seconds."""
    from afterview.storage.repository import Store

    end = datetime.now(UTC) - timedelta(hours=1) + SOON
    interview = Interview(end - timedelta(minutes=45), "UTC", 45, interviewers=[Interviewer("Ana Ruiz", "Team lead")])
    app = Application(company="Acme", position="Junior analyst", stage=Stage.INTERVIEWING, interviews=[interview])
    with Store.open(paths, SystemClock()) as store:
        store.save(app)
        # Quiet hours off and UTC, so the test means the same at any hour it runs.
        store.save_settings(Settings(quiet_hours_start=time(0, 0), quiet_hours_end=time(0, 0), time_zone="UTC"))
