"""The double-click app: the archive `make package` builds, run frozen, installed into a home
folder from its menu entry, and uninstalled leaving only the user's data."""

from __future__ import annotations

import os
import shlex
import shutil
from pathlib import Path

import icalendar
import pytest

from afterview import __version__
from afterview.autostart import XdgAutostart
from tests.support.bundle import frozen_env, run
from tests.support.cli import FIXTURES

pytestmark = pytest.mark.slow


def test_the_archive_holds_the_app_its_menu_entry_and_the_scripts(app_archive: Path, unpacked_app: Path) -> None:
    assert app_archive.name == f"afterview-{__version__}-linux-x86_64.tar.gz"
    assert unpacked_app.name == f"afterview-{__version__}-linux-x86_64"
    assert sorted(path.name for path in unpacked_app.iterdir()) == [
        "README.txt", "afterview", "afterview.desktop", "install.sh", "uninstall.sh",
    ]  # fmt: skip
    for program in ("afterview/afterview", "install.sh", "uninstall.sh"):
        assert os.access(unpacked_app / program, os.X_OK), program
    resources = unpacked_app / "afterview" / "_internal" / "afterview" / "resources_data"
    assert (resources / "templates" / "es" / "thank_you.txt").is_file()
    assert (resources / "icons" / "afterview-256.png").is_file()


def test_the_frozen_app_passes_its_self_test_and_paints(unpacked_app: Path, tmp_path: Path) -> None:
    app = str(unpacked_app / "afterview" / "afterview")
    env = frozen_env(tmp_path)
    checked = run([app, "--self-test"], env)
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.startswith(f"Afterview {__version__} self-test passed")
    painted = run([app, "--exit-after-show"], env)
    assert painted.returncode == 0, painted.stderr
    assert "Could not load the Qt platform plugin" not in painted.stderr


def test_the_frozen_command_line_moves_data_in_and_out(unpacked_app: Path, tmp_path: Path) -> None:
    app = str(unpacked_app / "afterview" / "afterview")
    env = frozen_env(tmp_path)
    imported = run([app, "import", str(FIXTURES / "minimal.json")], env)
    assert imported.returncode == 0, imported.stderr
    calendar = run([app, "export", "--format", "ics"], env)
    assert calendar.returncode == 0, calendar.stderr
    events = icalendar.Calendar.from_ical(calendar.stdout).walk("VEVENT")
    assert any("Acme" in str(event["SUMMARY"]) for event in events)
    sheet = tmp_path / "sheet.csv"
    assert run([app, "export", "--format", "csv", str(sheet)], env).returncode == 0
    again = run([app, "import", str(sheet)], env)
    assert again.stdout.endswith("Skipped 1 application already in your data.\n"), again.stderr
    bad = run([app, "import", "/no/such/file.json"], env)
    assert (bad.returncode, bad.stderr) == (
        1,
        "afterview: cannot read /no/such/file.json: No such file or directory.\n",
    )


def files_under(folder: Path) -> set[str]:
    return {str(path.relative_to(folder)) for path in folder.rglob("*")}


def test_install_puts_it_in_the_menu_and_uninstall_leaves_only_the_data(unpacked_app: Path, tmp_path: Path) -> None:
    env = frozen_env(tmp_path)
    home = Path(env["HOME"])
    before = files_under(home)
    installed = run([str(unpacked_app / "install.sh")], env, cwd=tmp_path)
    assert installed.returncode == 0, installed.stderr
    assert "Afterview is installed" in installed.stdout

    entry = home / ".local" / "share" / "applications" / "afterview.desktop"
    if shutil.which("desktop-file-validate"):
        validated = run(["desktop-file-validate", str(entry)], env)
        assert validated.returncode == 0 and not validated.stdout.strip(), validated.stdout
    fields = dict(line.split("=", 1) for line in entry.read_text().splitlines() if "=" in line)
    assert (fields["Name"], fields["Icon"], fields["Type"]) == ("Afterview", "afterview", "Application")
    for size in (16, 48, 256):
        assert (home / f".local/share/icons/hicolor/{size}x{size}/apps/afterview.png").is_file()
    started = run([*shlex.split(fields["Exec"]), "--exit-after-show"], env)  # as the menu starts it
    assert started.returncode == 0, started.stderr
    command = home / ".local" / "bin" / "afterview"
    assert run([str(command), "--version"], env).stdout == f"Afterview {__version__}\n"

    # What the app itself adds while it is used: its data, and (if chosen) the login entry.
    assert run([str(command), "import", str(FIXTURES / "minimal.json")], env).returncode == 0
    data = home / ".local" / "share" / "Afterview"
    assert (data / "afterview.json").is_file()
    prefix = home / ".local" / "opt" / "afterview"
    XdgAutostart(home / ".config").enable([str(prefix / "afterview"), "--minimized"])

    removed = run([str(prefix / "uninstall.sh")], env, cwd=tmp_path)
    assert removed.returncode == 0, removed.stderr
    assert f"Your data is kept in {home}/.local/share/Afterview" in removed.stdout
    left = files_under(home) - before
    assert left and all(name.startswith(".local/share/Afterview") or name in {".local", ".local/share", ".config",
                        ".config/autostart"} for name in left), sorted(left)  # fmt: skip
    assert (data / "afterview.json").is_file()
