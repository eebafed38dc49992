"""The notification backends' order and fallback: a backend that fails is dropped for the next."""

from __future__ import annotations

import pytest

from afterview.reminders.loop import Notice
from afterview.reminders.notifiers import FallbackNotifier, InAppNotifier, PlyerNotifier
from afterview.resources import resource

NOTICE = Notice("Send your thank-you letter to Ana Ruiz", "Acme — Analyst · due in 5 h", ("k",))


class Broken:
    name = "broken"

    def __init__(self) -> None:
        self.calls = 0

    def notify(self, notice: Notice) -> None:
        self.calls += 1
        raise OSError("no notification service")


class Working:
    name = "working"

    def __init__(self) -> None:
        self.received: list[Notice] = []

    def notify(self, notice: Notice) -> None:
        self.received.append(notice)


def test_a_failing_backend_is_dropped_and_the_next_used(caplog: pytest.LogCaptureFixture) -> None:
    broken, working, in_app = Broken(), Working(), InAppNotifier()
    chain = FallbackNotifier([broken, working], in_app)
    chain.notify(NOTICE)
    chain.notify(NOTICE)
    assert broken.calls == 1  # tried once, then dropped
    assert working.received == [NOTICE, NOTICE]
    assert chain.active == "working"
    assert "Notifications through broken failed (no notification service); using the next way" in caplog.text


def test_the_in_window_list_always_gets_every_notice() -> None:
    in_app = InAppNotifier()
    heard: list[Notice] = []
    in_app.listeners.append(heard.append)
    chain = FallbackNotifier([Broken()], in_app)
    chain.notify(NOTICE)
    assert in_app.notices == [NOTICE]
    assert heard == [NOTICE]
    assert chain.active == "the list in the window"


def test_plyer_is_called_with_the_apps_name_and_icon(monkeypatch: pytest.MonkeyPatch) -> None:
    from plyer import notification

    calls: list[dict[str, object]] = []
    monkeypatch.setattr(notification, "notify", lambda **kwargs: calls.append(kwargs))
    PlyerNotifier(resource("icons", "afterview.png")).notify(NOTICE)
    assert calls == [
        {
            "title": NOTICE.title,
            "message": NOTICE.body,
            "app_name": "Afterview",
            "app_icon": str(resource("icons", "afterview.png")),
            "timeout": 15,
        }
    ]
    assert resource("icons", "afterview.png").is_file()
