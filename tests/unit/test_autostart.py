"""Start at login: the XDG entry for real, the Windows Run key and the macOS agent against fakes."""

from __future__ import annotations

import configparser
import plistlib
import shlex
from pathlib import Path
from typing import Any

from afterview.autostart import MacLaunchAgent, WindowsRunKey, XdgAutostart, apply, launch_command

COMMAND = ["/opt/Afterview app/afterview", "--data-dir", "/home/lu cía/data", "--minimized"]


def test_xdg_autostart_entry(tmp_path: Path) -> None:
    login = XdgAutostart(tmp_path)
    assert not login.enabled()
    assert apply(login, True, COMMAND)
    assert login.enabled()
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(login.file)
    section = entry["Desktop Entry"]
    assert (section["Type"], section["Name"], section["Terminal"]) == ("Application", "Afterview", "false")
    assert shlex.split(section["Exec"]) == COMMAND
    assert not apply(login, True, COMMAND)  # already on: nothing to do
    assert apply(login, False, COMMAND)
    assert not login.file.exists()


def test_the_launch_command_starts_minimized() -> None:
    command = launch_command("/data")
    assert command[-3:] == ["--data-dir", "/data", "--minimized"]
    assert command[1:3] == ["-m", "afterview"]


class FakeKey:
    def __init__(self, values: dict[str, str]) -> None:
        self.values = values

    def __enter__(self) -> FakeKey:
        return self

    def __exit__(self, *args: object) -> None:
        pass


class FakeRegistry:
    """The calls WindowsRunKey makes on winreg, over a dictionary."""

    HKEY_CURRENT_USER = "HKCU"
    REG_SZ = 1
    KEY_SET_VALUE = 2

    def __init__(self) -> None:
        self.keys: dict[str, dict[str, str]] = {}

    def OpenKey(self, root: str, path: str, *args: Any) -> FakeKey:  # noqa: N802 - winreg's names
        if path not in self.keys:
            raise FileNotFoundError(path)
        return FakeKey(self.keys[path])

    def CreateKey(self, root: str, path: str) -> FakeKey:  # noqa: N802
        return FakeKey(self.keys.setdefault(path, {}))

    def QueryValueEx(self, key: FakeKey, name: str) -> tuple[str, int]:  # noqa: N802
        if name not in key.values:
            raise FileNotFoundError(name)
        return key.values[name], self.REG_SZ

    def SetValueEx(self, key: FakeKey, name: str, reserved: int, kind: int, value: str) -> None:  # noqa: N802
        key.values[name] = value

    def DeleteValue(self, key: FakeKey, name: str) -> None:  # noqa: N802
        if name not in key.values:
            raise FileNotFoundError(name)
        del key.values[name]


def test_windows_run_key() -> None:
    registry = FakeRegistry()
    login = WindowsRunKey(registry)
    assert not login.enabled()
    login.enable(["C:\\Program Files\\Afterview\\Afterview.exe", "--minimized"])
    assert registry.keys["Software\\Microsoft\\Windows\\CurrentVersion\\Run"] == {
        "Afterview": '"C:\\Program Files\\Afterview\\Afterview.exe" --minimized'
    }
    assert login.enabled()
    login.disable()
    assert not login.enabled()
    login.disable()  # twice is fine


def test_macos_launch_agent(tmp_path: Path) -> None:
    login = MacLaunchAgent(tmp_path)
    login.enable(COMMAND)
    agent = plistlib.loads(login.file.read_bytes())
    assert agent == {
        "Label": "org.afterview.Afterview",
        "ProgramArguments": COMMAND,
        "RunAtLoad": True,
        "ProcessType": "Interactive",
    }
    login.disable()
    assert not login.enabled()
