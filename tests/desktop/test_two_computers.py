"""Two computers, one data folder kept in sync by two real Syncthing instances (Debian's syncthing).

Each instance has its own configuration folder and data folder, talks only to the other over
127.0.0.1 (no global or local discovery, no relays, no NAT, no usage or crash reports, no upgrades),
and its REST API is driven with an API key written into its config.xml. The scenario is the one a
student lives: the same data on both computers; the connection goes away (paused); both computers
change the data through Afterview's core (different applications, and the same one on both); the
connection comes back; Syncthing keeps one version and makes a ``.sync-conflict-`` copy of the
other; Afterview opened on each computer then holds every edit from both, the conflict copy is in
its backups, and once Syncthing has synced again both computers agree.

It needs no display (it is here with the other tests of real outside programs), and it skips with
the reason when syncthing is not installed. The whole scenario is bounded by :data:`LIMIT`.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from afterview.clock import SystemClock
from afterview.core.workspace import Workspace
from afterview.domain.model import Application, Interview, Interviewer, Letter, LetterKind
from afterview.paths import AppPaths
from afterview.storage.copies import Copies, CopyKind
from afterview.storage.repository import Store

SYNCTHING = shutil.which("syncthing")
FOLDER = "afterview-data"
LIMIT = 90.0  # seconds for the whole scenario
# What a user would keep out of the sync (README, "Using Afterview on two computers"): each
# computer's own lock, log and copies.
STIGNORE = "afterview.lock\nafterview.pid\nwindow.ini\nbackups\nlogs\n"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(SYNCTHING is None, reason="syncthing is not installed (Debian package syncthing)"),
]

# The test process refuses network sockets (tests/support/netguard.py), so talking to Syncthing on
# 127.0.0.1 goes through a small Python run without that guard.
LOOPBACK = textwrap.dedent(
    """
    import json, socket, sys, urllib.request
    command = json.loads(sys.argv[1])
    if command["do"] == "ports":
        sockets = [socket.socket() for _ in range(command["count"])]
        for s in sockets:
            s.bind(("127.0.0.1", 0))
        print(json.dumps([s.getsockname()[1] for s in sockets]))
    else:
        assert command["url"].startswith("http://127.0.0.1:")
        request = urllib.request.Request(command["url"], method=command["method"], headers={"X-API-Key": command["key"]})
        try:
            with urllib.request.urlopen(request, timeout=5) as answer:
                print(answer.read().decode() or "null")
        except OSError as error:
            print(json.dumps({"error": str(error)}))
    """
)


def loopback(**command: Any) -> Any:
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    done = subprocess.run(
        [sys.executable, "-c", LOOPBACK, json.dumps(command)],
        env=env, capture_output=True, text=True, timeout=15, check=True,
    )  # fmt: skip
    return json.loads(done.stdout)


@dataclass
class Computer:
    """One computer: its Syncthing (home, ports, key, process) and its Afterview data folder."""

    name: str
    home: Path
    paths: AppPaths
    gui_port: int
    listen_port: int
    key: str
    device_id: str = ""
    process: subprocess.Popen[bytes] | None = None

    def rest(self, method: str, path: str) -> Any:
        url = f"http://127.0.0.1:{self.gui_port}{path}"
        return loopback(do="rest", url=url, method=method, key=self.key)

    def scan(self) -> None:
        self.rest("POST", f"/rest/db/scan?folder={FOLDER}")

    def connected_to(self, other: Computer) -> bool:
        answer = self.rest("GET", "/rest/system/connections")
        return bool(answer.get("connections", {}).get(other.device_id, {}).get("connected"))

    def conflict_copies(self) -> list[Path]:
        return sorted(self.paths.data_dir.glob("afterview.sync-conflict-*.json"))


def config_xml(me: Computer, other: Computer) -> str:
    device = textwrap.dedent(
        """\
        <device id="{id}" name="{name}" compression="metadata" introducer="false">
            <address>{address}</address>
            <paused>false</paused>
            <autoAcceptFolders>false</autoAcceptFolders>
        </device>"""
    )
    devices = "\n".join(
        device.format(
            id=c.device_id, name=c.name, address=f"tcp://127.0.0.1:{c.listen_port}" if c is other else "dynamic"
        )
        for c in (me, other)
    )
    return f"""<configuration version="36">
    <folder id="{FOLDER}" label="Afterview" path="{me.paths.data_dir}" type="sendreceive"
            rescanIntervalS="2" fsWatcherEnabled="true" fsWatcherDelayS="1" ignorePerms="false">
        <filesystemType>basic</filesystemType>
        <device id="{me.device_id}"></device>
        <device id="{other.device_id}"></device>
        <minDiskFree unit="%">0</minDiskFree>
        <maxConflicts>10</maxConflicts>
    </folder>
    {devices}
    <gui enabled="true" tls="false" debugging="false">
        <address>127.0.0.1:{me.gui_port}</address>
        <apikey>{me.key}</apikey>
    </gui>
    <options>
        <listenAddress>tcp://127.0.0.1:{me.listen_port}</listenAddress>
        <globalAnnounceEnabled>false</globalAnnounceEnabled>
        <localAnnounceEnabled>false</localAnnounceEnabled>
        <relaysEnabled>false</relaysEnabled>
        <natEnabled>false</natEnabled>
        <urAccepted>-1</urAccepted>
        <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
        <crashReportingEnabled>false</crashReportingEnabled>
        <startBrowser>false</startBrowser>
        <reconnectionIntervalS>1</reconnectionIntervalS>
        <minHomeDiskFree unit="%">0</minHomeDiskFree>
        <setLowPriority>false</setLowPriority>
    </options>
</configuration>
"""


def wait_until(condition: Callable[[], bool], deadline: float, what: str) -> None:
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.3)
    raise AssertionError(f"Syncthing did not get there in time: {what}")


@pytest.fixture
def computers(tmp_path: Path) -> Iterator[tuple[Computer, Computer]]:
    """Two running Syncthing instances sharing one folder, each with its own data folder; stopped
    (killed if need be) in the finalizer whatever the test did."""
    assert SYNCTHING is not None
    ports = loopback(do="ports", count=4)
    laptop, desktop = (
        Computer(name, home, AppPaths(data), gui, listen, key=f"afterview-test-key-{name}")
        for name, home, data, gui, listen in [
            ("laptop", tmp_path / "laptop-syncthing", tmp_path / "laptop-data", ports[0], ports[1]),
            ("desktop", tmp_path / "desktop-syncthing", tmp_path / "desktop-data", ports[2], ports[3]),
        ]
    )
    pair = (laptop, desktop)
    env = {
        **os.environ,
        "HOME": str(tmp_path),
        "STNOUPGRADE": "1",
        "STNORESTART": "1",
        "all_proxy": "",
        "ALL_PROXY": "",
    }
    for computer in pair:
        computer.paths.data_dir.mkdir(mode=0o700)
        (computer.paths.data_dir / ".stignore").write_text(STIGNORE)
        generated = subprocess.run(
            [SYNCTHING, "generate", f"--home={computer.home}", "--no-default-folder", "--skip-port-probing"],
            env=env, capture_output=True, text=True, timeout=60, check=True,
        )  # fmt: skip
        computer.device_id = next(
            line.split("Device ID:")[1].strip() for line in (generated.stdout + generated.stderr).splitlines()
            if "Device ID:" in line
        )  # fmt: skip
    for me, other in ((laptop, desktop), (desktop, laptop)):
        (me.home / "config.xml").write_text(config_xml(me, other))
    logs = []
    try:
        for computer in pair:
            log = open(computer.home / "syncthing.log", "wb")  # noqa: SIM115 - closed in the finalizer
            logs.append(log)
            computer.process = subprocess.Popen(
                [SYNCTHING, "serve", f"--home={computer.home}", "--no-browser", "--no-restart", "--no-default-folder"],
                env=env, stdout=log, stderr=subprocess.STDOUT,
            )  # fmt: skip
        yield laptop, desktop
    finally:
        for computer in pair:
            if computer.process is not None and computer.process.poll() is None:
                computer.process.terminate()
                try:
                    computer.process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    computer.process.kill()
                    computer.process.wait(timeout=10)
        for log in logs:
            log.close()


def interview(day: int, *people: str) -> Interview:
    return Interview(
        starts_at=datetime(2026, 11, day, 9, 0, tzinfo=UTC),
        time_zone="Europe/Madrid",
        interviewers=[Interviewer(name) for name in people],
    )


def edit(paths: AppPaths, change: Callable[[Workspace], None]) -> None:
    """One session of Afterview on that computer: open the data, change it, close."""
    with Store.open(paths, SystemClock()) as store:
        change(Workspace(store, SystemClock()))


def find(workspace: Workspace, company: str) -> Application:
    app = next(app for app in workspace.applications() if app.company == company)
    copy = workspace.editable_copy(app.id)
    assert copy is not None
    return copy


def add_letter(workspace: Workspace) -> None:
    app = find(workspace, "Gamma")
    app.interviews[0].letters.append(Letter(LetterKind.THANK_YOU, app.interviews[0].interviewers[0].id, body="Thanks!"))
    workspace.save(app)


def set_notes(company: str, notes: str) -> Callable[[Workspace], None]:
    def change(workspace: Workspace) -> None:
        app = find(workspace, company)
        app.notes = notes
        workspace.save(app)

    return change


def contents(paths: AppPaths) -> dict[str, Any]:
    with Store.open(paths, SystemClock(), read_only=True) as store:
        apps = store.applications()
    return {
        app.company: (app.notes, [letter.body for interview in app.interviews for letter in interview.letters])
        for app in apps
    }


def test_edits_made_on_two_computers_while_apart_all_survive_syncthings_conflict(
    computers: tuple[Computer, Computer],
) -> None:
    deadline = time.monotonic() + LIMIT
    laptop, desktop = computers

    # The same data on both computers: written on the laptop, synced to the desktop.
    def first(workspace: Workspace) -> None:
        for company, day in [("Acme", 24), ("Beta", 25), ("Gamma", 26)]:
            workspace.save(Application(company=company, position="Analyst", interviews=[interview(day, "Ana Ruiz")]))

    edit(laptop.paths, first)
    wait_until(lambda: laptop.connected_to(desktop) and desktop.connected_to(laptop), deadline, "the two connect")
    laptop.scan()
    wait_until(
        lambda: (
            desktop.paths.data_file.exists()
            and desktop.paths.data_file.read_bytes() == laptop.paths.data_file.read_bytes()
        ),
        deadline,
        "the data reaches the desktop",
    )

    # Apart: the laptop pauses the desktop (the connection is closed both ways).
    laptop.rest("POST", f"/rest/system/pause?device={desktop.device_id}")
    wait_until(lambda: not desktop.connected_to(laptop), deadline, "the connection goes away")
    edit(laptop.paths, set_notes("Acme", "laptop: call back Monday"))
    edit(laptop.paths, add_letter)  # Gamma on the laptop: a thank-you letter
    edit(desktop.paths, set_notes("Beta", "desktop: sent the portfolio"))
    edit(desktop.paths, set_notes("Gamma", "desktop: second round booked"))  # Gamma on both, later here
    laptop.scan()
    desktop.scan()

    # Together again: Syncthing keeps one version and a conflict copy of the other.
    laptop.rest("POST", f"/rest/system/resume?device={desktop.device_id}")
    wait_until(lambda: bool(laptop.conflict_copies() or desktop.conflict_copies()), deadline, "a conflict copy")
    wait_until(
        lambda: laptop.paths.data_file.read_bytes() == desktop.paths.data_file.read_bytes()
        and bool(laptop.conflict_copies()) and bool(desktop.conflict_copies()),
        deadline,
        "both computers hold the winner and the conflict copy",
    )  # fmt: skip
    (conflict,) = laptop.conflict_copies()

    # Afterview opened on the laptop merges the copy, says so, and keeps the copy in its backups.
    with Store.open(laptop.paths, SystemClock()) as store:
        workspace = Workspace(store, SystemClock())
        assert workspace.synced is not None
        message = workspace.synced.message
    assert message.startswith("Merged ") and f"from {conflict.name} (another computer)" in message
    expected = {
        "Acme": ("laptop: call back Monday", []),
        "Beta": ("desktop: sent the portfolio", []),
        "Gamma": ("desktop: second round booked", ["Thanks!"]),
    }
    assert contents(laptop.paths) == expected
    assert not conflict.exists()
    kept = [copy for copy in Copies(laptop.paths.backups_dir).all() if copy.kind is CopyKind.SYNC_CONFLICT]
    assert [copy.path.name.endswith(conflict.name) for copy in kept] == [True]

    # Synced again: the desktop receives the merged data (and the copy's removal), and agrees.
    laptop.scan()
    wait_until(
        lambda: desktop.paths.data_file.read_bytes() == laptop.paths.data_file.read_bytes(),
        deadline,
        "the merged data reaches the desktop",
    )
    edit(desktop.paths, lambda workspace: None)  # Afterview opened on the desktop
    assert contents(desktop.paths) == expected
    desktop.scan()
    wait_until(
        lambda: (
            not desktop.conflict_copies()
            and not laptop.conflict_copies()
            and desktop.paths.data_file.read_bytes() == laptop.paths.data_file.read_bytes()
        ),
        deadline,
        "both computers agree, with no conflict copy left",
    )
    assert contents(laptop.paths) == contents(desktop.paths) == expected
