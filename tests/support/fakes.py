"""Stand-ins for the world outside: a clock that tests move by hand, and a desktop (browser, mail
client, clipboard, file chooser, questions to the user) that records what it was asked."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the unit tests that use the clock need no Qt
    from afterview.ui.desktop import Opening, UnsavedChoice


class FakeClock:
    def __init__(self, start: datetime | None = None) -> None:
        self.current = start or datetime(2026, 11, 25, 9, 0, tzinfo=UTC)

    def now(self) -> datetime:
        return self.current

    def advance(self, **delta: float) -> None:
        self.current += timedelta(**delta)


class FakeDesktop:
    """The desktop services of ui/desktop.py; opening an address answers ``opens`` (opened, unless
    told), the file chooser answers from ``files``, the questions from ``unsaved_answers``,
    ``replace_answers`` and ``delete_answers`` (then as Escape would: keep editing, keep the text)."""

    def __init__(self, opens: Opening | None = None) -> None:
        from afterview.ui.desktop import Opening

        self.urls: list[str] = []
        self.clipboard = ""
        self.opens = Opening.OPENED if opens is None else opens
        self.files: list[str] = []  # what the file chooser answers next, in order ("" = cancelled)
        self.suggested: list[str] = []
        self.unsaved_answers: list[UnsavedChoice] = []
        self.replace_answers: list[bool] = []
        self.delete_answers: list[bool] = []
        self.questions: list[str] = []  # the title (or question) of each question asked, in order
        self.problems: list[str] = []  # each problem shown to the user, in order

    def open_url(self, url: str) -> Opening:
        self.urls.append(url)
        return self.opens

    def copy_text(self, text: str) -> None:
        self.clipboard = text

    def choose_file_to_open(self, parent: object, caption: str, filters: str) -> str:
        return self.files.pop(0) if self.files else ""

    def choose_file_to_save(self, parent: object, caption: str, suggested: str, filters: str) -> str:
        self.suggested.append(suggested)
        return self.files.pop(0) if self.files else ""

    def ask_unsaved_changes(self, parent: object, title: str) -> UnsavedChoice:
        from afterview.ui.desktop import UnsavedChoice

        self.questions.append(title)
        return self.unsaved_answers.pop(0) if self.unsaved_answers else UnsavedChoice.KEEP_EDITING

    def confirm_replace(self, parent: object, title: str, question: str, replace: str) -> bool:
        self.questions.append(question)
        return self.replace_answers.pop(0) if self.replace_answers else False

    def confirm_delete(self, parent: object, question: str) -> bool:
        self.questions.append(question)
        return self.delete_answers.pop(0) if self.delete_answers else False

    def show_problem(self, parent: object, message: str) -> None:
        self.problems.append(message)
