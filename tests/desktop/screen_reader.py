"""Walks Afterview's accessible tree as a screen reader (Orca) sees it, through AT-SPI.

Run by the SYSTEM Python (Debian's python3-pyatspi is not on PyPI), from
tests/desktop/test_accessibility.py, on a desktop where the app runs with Qt's accessibility on:
``/usr/bin/python3 screen_reader.py PLAN.json`` prints a JSON report on stdout.

The tour: every page (Ctrl+1 … Ctrl+5, as a user presses them), then each main dialog, opened as a
keyboard or screen-reader user opens it: Ctrl+N, F1, menu items by the key bindings AT-SPI gives for
them (Alt+F, then the item's letter), and buttons through AT-SPI's action interface ("Press"). In
every window it lists each control a user can act on (buttons, check boxes, radio buttons, combo
boxes, text fields, spin boxes, tables, lists and their items, tabs, and anything else that takes
the focus) with its role, name, description and the label it is labelled by. Last, it presses Tab
through the New interview dialog and records where each focused control is on the screen (and
where the one before it is then, since the dialog scrolls).

The plan (written by the test) gives what depends on the language: the accessible names of the
menu items and buttons to open, the company whose row to select, and the spreadsheet to import.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import pyatspi  # type: ignore[import-not-found]
from gi.repository import GLib  # type: ignore[import-not-found]

APP_NAME = "Afterview"
# Roles a user acts on; anything else that takes the focus is listed too.
ACTIONABLE = {
    "push button", "toggle button", "check box", "radio button", "combo box", "text", "entry", "password text",
    "spin button", "slider", "table", "tree table", "tree", "list", "list box", "list item", "page tab",
    "page tab list", "menu item", "check menu item", "radio menu item", "link",
}  # fmt: skip
# Their children are data (cells, headers, the rows of a combo's pop-up), named by what they hold.
DATA_HOLDERS = {"table", "tree table", "tree", "combo box", "menu", "popup menu"}
WINDOW_ROLES = {"dialog", "alert", "frame", "file chooser", "window"}
TAB_LIMIT = 160  # presses of Tab before the walk is taken to be trapped


class Walker:
    def __init__(self, plan: dict[str, Any]) -> None:
        self.plan = plan
        self.views: list[dict[str, Any]] = []
        self.problems: list[str] = []
        self.closed_untouched: bool | None = None  # whether Escape closed New interview after Tab went round
        self.focus_events: list[Any] = []
        self.context = GLib.MainContext.default()
        pyatspi.Registry.registerEventListener(self._focused, "object:state-changed:focused")
        self.app = self._wait(self._the_app, 60, "Afterview on the accessibility bus")
        self.pid = self.app.get_process_id()

    # --- events and waiting ------------------------------------------------------------------------

    def _focused(self, event: Any) -> None:
        if event.detail1:
            self.focus_events.append(event.source)

    def pump(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while True:
            while self.context.iteration(False):
                pass
            if time.monotonic() >= end:
                return
            time.sleep(0.02)

    def _wait(self, find: Callable[[], Any], timeout: float, what: str) -> Any:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            self.pump(0.1)
            try:
                found = find()
            except (GLib.Error, LookupError, AttributeError):  # a window going away while it is read
                found = None
            if found is not None and found is not False:
                return found
        raise TimeoutError(f"timed out waiting for {what}")

    def _the_app(self) -> Any:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            child = desktop.getChildAtIndex(index)
            if child is not None and child.name == APP_NAME and self._windows_of(child):
                return child
        return None

    # --- windows and keys --------------------------------------------------------------------------

    @staticmethod
    def _windows_of(app: Any) -> list[Any]:
        return [
            window
            for window in app
            if window is not None
            and window.getRoleName() in WINDOW_ROLES
            and window.getState().contains(pyatspi.STATE_SHOWING)
        ]

    def windows(self) -> list[Any]:
        return self._windows_of(self.app)

    def main_window(self) -> Any:
        return next(window for window in self.windows() if window.getRoleName() == "frame")

    def keys(self, *keys: str) -> None:
        subprocess.run(["xdotool", "key", "--delay", "80", *keys], check=False, timeout=30)

    def activate(self, window: Any) -> None:
        """Give ``window`` the keyboard, as a window manager would when it is clicked."""
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--pid", str(self.pid)],
            capture_output=True, text=True, check=False, timeout=30,
        )  # fmt: skip
        for window_id in found.stdout.split():
            name = subprocess.run(
                ["xdotool", "getwindowname", window_id], capture_output=True, text=True, check=False, timeout=30
            ).stdout.rstrip("\n")
            if name == window.name:
                subprocess.run(["xdotool", "windowfocus", "--sync", window_id], check=False, timeout=30)
                self.pump(0.3)
                return
        self.problems.append(f"no X window is titled {window.name!r}, to give it the keyboard")

    def opened_by(self, action: Callable[[], None], what: str) -> Any:
        """The window ``action`` opens."""
        before = {window.path for window in self.windows()}
        action()
        window = self._wait(
            lambda: next((window for window in self.windows() if window.path not in before), None), 30, what
        )
        self.pump(0.8)  # let it lay itself out and take the focus
        if not window.getState().contains(pyatspi.STATE_ACTIVE):
            self.activate(window)  # a window that is not modal waits for a window manager to get the keyboard
        return window

    def close(self, window: Any, back_to: Any) -> None:
        """Escape, as a keyboard user closes a dialog; then the window below gets the keyboard back."""
        self.keys("Escape")
        try:
            self._wait(lambda: window.path not in {shown.path for shown in self.windows()}, 10, "the window to close")
        except TimeoutError:
            self.problems.append(f"Escape did not close {window.name!r}")
            raise
        self.activate(back_to)

    def press(self, window: Any, name: str) -> None:
        """Press the button named ``name`` in ``window`` through AT-SPI's action interface."""
        button = self.find(
            window,
            lambda node: (
                node.getRoleName() == "push button"
                and node.name == name
                and node.getState().contains(pyatspi.STATE_SHOWING)
            ),
        )
        if button is None:
            raise LookupError(f"no button named {name!r} in {window.name!r}")
        action = button.queryAction()
        for index in range(action.nActions):
            if action.getName(index) == "Press":
                action.doAction(index)
                return
        raise LookupError(f"the button {name!r} has no Press action")

    def choose_menu_item(self, name: str) -> None:
        """Open the menu and choose the item, by the keys AT-SPI says they answer to (Alt+F, then P)."""
        bar = self.find(self.main_window(), lambda node: node.getRoleName() == "menu bar")
        for menu in bar or []:
            item = self.find(menu, lambda node: node.getRoleName() == "menu item" and node.name == name)
            if item is not None:
                self.keys(_key(menu.queryAction().getKeyBinding(0)))
                self.pump(0.5)
                self.keys(_key(item.queryAction().getKeyBinding(0)).split("+")[-1].lower())
                return
        raise LookupError(f"no menu item named {name!r}")

    # --- reading a window --------------------------------------------------------------------------

    def find(self, node: Any, wanted: Callable[[Any], bool], depth: int = 0) -> Any:
        if node is None or depth > 40:
            return None
        if wanted(node):
            return node
        for child in node:
            found = self.find(child, wanted, depth + 1)
            if found is not None:
                return found
        return None

    def record(self, view: str, window: Any) -> None:
        """The window's controls; read again when it changed while being read (Today follows the clock)."""
        for attempt in range(3):
            controls: list[dict[str, Any]] = []
            try:
                self._collect(window, controls, 0)
            except GLib.Error:  # a control went away while it was read
                if attempt == 2:
                    raise
                self.pump(1.0)
                continue
            self.views.append({"view": view, "window": window.name, "controls": controls})
            return

    def _collect(self, node: Any, controls: list[dict[str, Any]], depth: int) -> None:
        for child in node:
            if child is None or depth > 40:
                continue
            states = child.getState()
            if not states.contains(pyatspi.STATE_SHOWING):
                continue
            role = child.getRoleName()
            if role in ACTIONABLE or states.contains(pyatspi.STATE_FOCUSABLE):
                controls.append(_control(child, role))
            if role not in DATA_HOLDERS:
                self._collect(child, controls, depth + 1)
            elif role == "combo box":  # an editable combo box's text field is a control of its own
                for grandchild in child:
                    if grandchild is not None and grandchild.getRoleName() == "text":
                        controls.append({**_control(grandchild, "text"), "in_combo_box": True})

    # --- the tour ----------------------------------------------------------------------------------

    def tour(self) -> dict[str, Any]:
        main = self.main_window()
        self.activate(main)
        self.visit_pages(main)
        steps = [self.new_interview, self.guide, self.about, self.previous_versions, self.spreadsheet_import]
        if not self.plan.get("first_run"):  # with no application, there is none to select
            steps.append(self.application_dialogs)
        for step in steps:
            try:
                step(main)
            except (LookupError, TimeoutError, GLib.Error) as error:
                self.problems.append(f"{step.__name__}: {error}")
                self._back_to(main)
        tab_order = self.tab_through_new_interview(main)
        return {
            "views": self.views, "tab_order": tab_order, "problems": self.problems,
            "closed_untouched": self.closed_untouched,
        }  # fmt: skip

    def _back_to(self, main: Any) -> None:
        """After a step that went wrong: close whatever it left open."""
        for _ in range(4):
            if len(self.windows()) <= 1:
                break
            self.keys("Escape")
            self.pump(0.8)
        self.activate(main)

    def visit_pages(self, main: Any) -> None:
        places = self.find(main, lambda node: node.getRoleName() == "list" and node.childCount >= 5)
        for number in range(1, 6):
            self.keys(f"ctrl+{number}")
            item = places.getChildAtIndex(number - 1) if places is not None else None
            if item is not None:
                self._wait(partial(_has_state, item, pyatspi.STATE_SELECTED), 10, f"page {number}")
            self.pump(1.0)  # a page is built the first time it is shown
            self.record(f"page {number}: {item.name if item is not None else '?'}", main)

    def new_interview(self, main: Any) -> None:
        dialog = self.opened_by(lambda: self.keys("ctrl+n"), "the New interview dialog (Ctrl+N)")
        self.record("New interview (Ctrl+N)", dialog)
        self.close(dialog, main)

    def guide(self, main: Any) -> None:
        dialog = self.opened_by(lambda: self.keys("F1"), "the guide (F1)")
        self.record("Guide (F1)", dialog)
        self.close(dialog, main)

    def about(self, main: Any) -> None:
        dialog = self.opened_by(lambda: self.choose_menu_item(self.plan["about"]), "About")
        self.record("Help › About", dialog)
        self.close(dialog, main)

    def previous_versions(self, main: Any) -> None:
        dialog = self.opened_by(lambda: self.choose_menu_item(self.plan["versions"]), "Restore a previous version")
        self.record("File › Restore a previous version", dialog)
        self.close(dialog, main)

    def spreadsheet_import(self, main: Any) -> None:
        chooser = self.opened_by(lambda: self.choose_menu_item(self.plan["import"]), "the file chooser")
        self.record("File › Import: choosing the file (Qt's own file dialog)", chooser)

        def type_the_path() -> None:
            subprocess.run(["xdotool", "type", "--delay", "20", self.plan["sheet"]], check=False, timeout=60)
            self.keys("Return")

        dialog = self.opened_by(type_the_path, "the spreadsheet import dialog")
        self.record("File › Import from a spreadsheet", dialog)
        self.close(dialog, main)

    def application_dialogs(self, main: Any) -> None:
        """Applications page: select the plan's company, then Edit, Review, Record outcome, Letters
        (and, from the letter editor, Templates)."""
        self.keys("ctrl+2")
        self.pump(1.0)
        self.select_row(main, self.plan["company"])
        buttons = self.plan["buttons"]
        for key in ("edit", "review", "outcome"):
            dialog = self.opened_by(partial(self.press, main, buttons[key]), buttons[key])
            self.record(f"Applications › {buttons[key]}", dialog)
            self.close(dialog, main)
        letters = self.opened_by(lambda: self.press(main, buttons["letters"]), buttons["letters"])
        self.record(f"Applications › {buttons['letters']}", letters)
        templates = self.opened_by(lambda: self.press(letters, buttons["templates"]), buttons["templates"])
        self.record(f"Letter editor › {buttons['templates']}", templates)
        self.close(templates, letters)
        self.close(letters, main)

    def select_row(self, main: Any, company: str) -> None:
        table = self.find(
            main,
            lambda node: node.getRoleName() == "table" and node.getState().contains(pyatspi.STATE_SHOWING),
        )
        if table is None:
            raise LookupError("no table on the Applications page")
        cells = table.queryTable()
        for row in range(cells.nRows):
            if any(cells.getAccessibleAt(row, column).name == company for column in range(cells.nColumns)):
                cells.addRowSelection(row)
                self.pump(0.5)
                return
        raise LookupError(f"no row for {company!r} in the applications table")

    def tab_through_new_interview(self, main: Any) -> list[dict[str, Any]]:
        """Tab from the first field until the focus comes back to it: each stop, with where the stop
        before it is at that moment (the dialog scrolls to show the focused control)."""
        self.focus_events.clear()
        dialog = self.opened_by(lambda: self.keys("ctrl+n"), "the New interview dialog (Ctrl+N)")
        first = self.focus_events[-1] if self.focus_events else self.find(dialog, _is_focused)
        if first is None:
            self.problems.append("nothing has the focus when the New interview dialog opens")
            return []
        stops = [_stop(first, None)]
        current = first
        for _ in range(TAB_LIMIT):
            seen = len(self.focus_events)
            self.keys("Tab")
            end = time.monotonic() + 1.0
            while len(self.focus_events) == seen and time.monotonic() < end:
                self.pump(0.05)
            self.pump(0.1)
            if len(self.focus_events) == seen:
                continue  # Tab moved within the control (a date's day, month and year)
            focused = self.focus_events[-1]
            stops.append(_stop(focused, current))
            if focused.path == first.path:
                self._close_untouched(dialog)
                return stops
            current = focused
        self.problems.append(f"Tab never came back to {first.name!r}: a keyboard trap, or a very long dialog")
        return stops

    def _close_untouched(self, dialog: Any) -> None:
        """Tabbing through a dialog changes nothing in it: Escape closes it without asking."""
        self.keys("Escape")
        try:
            self._wait(lambda: dialog.path not in {shown.path for shown in self.windows()}, 10, "the dialog to close")
            self.closed_untouched = True
        except TimeoutError:
            self.closed_untouched = False  # it asks to save, discard or keep editing: Tab changed a field


def _key(binding: str) -> str:
    """AT-SPI's "Alt+F" as xdotool's "alt+f"."""
    return binding.split(";")[0].lower()


def _has_state(node: Any, state: Any) -> bool:
    return bool(node.getState().contains(state))


def _is_focused(node: Any) -> bool:
    return _has_state(node, pyatspi.STATE_FOCUSED)


def _control(node: Any, role: str) -> dict[str, Any]:
    labels = [
        relation.getTarget(index).name
        for relation in node.getRelationSet()
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY
        for index in range(relation.getNTargets())
    ]
    states = node.getState()
    return {
        "role": role,
        "name": node.name or "",
        "description": node.description or "",
        "labelled_by": [label for label in labels if label],
        "focusable": bool(states.contains(pyatspi.STATE_FOCUSABLE)),
        "enabled": bool(states.contains(pyatspi.STATE_ENABLED)),
        "in_combo_box": False,
    }


def _extents(node: Any) -> list[int]:
    box = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    return [box.x, box.y, box.width, box.height]


def _stop(node: Any, before: Any) -> dict[str, Any]:
    return {
        "role": node.getRoleName(),
        "name": node.name or "",
        "at": _extents(node),
        "before_at": _extents(before) if before is not None else None,
    }


def main() -> int:
    plan = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    walker = Walker(plan)
    report = walker.tour()
    json.dump(report, sys.stdout, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
