"""Start at login: one small interface, a backend per platform.

Linux: an XDG autostart entry (~/.config/autostart/afterview.desktop). Windows: the per-user Run
key in the registry. macOS: a LaunchAgent property list. Each starts Afterview with --minimized,
so it goes straight to the tray. Off by default; the setting turns it on or off.
"""

from __future__ import annotations

import os
import plistlib
import shlex
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

from afterview import APP_NAME
from afterview.atomic import atomic_write_bytes

RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
MAC_LABEL = "org.afterview.Afterview"


class Autostart(Protocol):
    def enabled(self) -> bool: ...
    def enable(self, command: Sequence[str]) -> None: ...
    def disable(self) -> None: ...


def launch_command(data_dir: str | None = None) -> list[str]:
    """How to start this Afterview in the tray: the frozen app itself, or Python running the package."""
    frozen = getattr(sys, "frozen", False)
    command = [sys.executable] if frozen else [sys.executable, "-m", "afterview"]
    if data_dir:
        command += ["--data-dir", data_dir]
    return [*command, "--minimized"]


class XdgAutostart:
    def __init__(self, config_home: Path | None = None) -> None:
        base = config_home or Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
        self.file = base / "autostart" / "afterview.desktop"

    def enabled(self) -> bool:
        return self.file.is_file()

    def enable(self, command: Sequence[str]) -> None:
        entry = (
            "[Desktop Entry]\n"
            "Type=Application\n"
            f"Name={APP_NAME}\n"
            "Comment=Reminders for the follow-ups after your job interviews\n"
            f"Exec={' '.join(_desktop_quote(part) for part in command)}\n"
            "Icon=afterview\n"
            "Terminal=false\n"
            "X-GNOME-Autostart-enabled=true\n"
        )
        self.file.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(self.file, entry.encode())

    def disable(self) -> None:
        self.file.unlink(missing_ok=True)


def _desktop_quote(argument: str) -> str:
    """Quoting for a .desktop Exec line (the Desktop Entry Specification's rules)."""
    if argument and not any(c in argument for c in " \t\n\"'\\><~|&;$*?#()`%"):
        return argument
    escaped = argument.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
    return f'"{escaped}"'.replace("%", "%%")


class WindowsRunKey:
    """The per-user Run key; ``registry`` is the winreg module (or a fake with the same calls)."""

    def __init__(self, registry: Any) -> None:
        self.registry = registry

    def enabled(self) -> bool:
        try:
            with self.registry.OpenKey(self.registry.HKEY_CURRENT_USER, RUN_KEY) as key:
                self.registry.QueryValueEx(key, APP_NAME)
                return True
        except OSError:
            return False

    def enable(self, command: Sequence[str]) -> None:
        with self.registry.CreateKey(self.registry.HKEY_CURRENT_USER, RUN_KEY) as key:
            self.registry.SetValueEx(key, APP_NAME, 0, self.registry.REG_SZ, _windows_command_line(command))

    def disable(self) -> None:
        try:
            with self.registry.OpenKey(self.registry.HKEY_CURRENT_USER, RUN_KEY, 0, self.registry.KEY_SET_VALUE) as key:
                self.registry.DeleteValue(key, APP_NAME)
        except OSError:
            pass


def _windows_command_line(command: Sequence[str]) -> str:
    return " ".join(f'"{part}"' if " " in part or not part else part for part in command)


class MacLaunchAgent:
    def __init__(self, home: Path | None = None) -> None:
        self.file = (home or Path.home()) / "Library" / "LaunchAgents" / f"{MAC_LABEL}.plist"

    def enabled(self) -> bool:
        return self.file.is_file()

    def enable(self, command: Sequence[str]) -> None:
        agent = {"Label": MAC_LABEL, "ProgramArguments": list(command), "RunAtLoad": True, "ProcessType": "Interactive"}
        self.file.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(self.file, plistlib.dumps(agent))

    def disable(self) -> None:
        self.file.unlink(missing_ok=True)


def for_this_platform() -> Autostart:
    if sys.platform == "win32":
        import winreg

        return WindowsRunKey(winreg)
    if sys.platform == "darwin":
        return MacLaunchAgent()
    return XdgAutostart()


def apply(autostart: Autostart, wanted: bool, command: Sequence[str]) -> bool:
    """Make login start match the setting; True if something changed."""
    if wanted and not autostart.enabled():
        autostart.enable(command)
        return True
    if not wanted and autostart.enabled():
        autostart.disable()
        return True
    return False


def describe(command: Sequence[str]) -> str:
    return shlex.join(command)
