"""The command line: the argument parser and the verbs that run without a window.

A contract (DESIGN.md): errors a user can cause print one clear line on stderr and exit 1, with no
traceback; usage errors exit 2 (argparse's own convention).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from afterview import APP_NAME, __version__
from afterview.domain.calendar import Clock
from afterview.domain.codec import application_from_dict, application_to_dict
from afterview.domain.model import Application, Interview, Interviewer, Stage
from afterview.errors import AfterviewError
from afterview.interchange import json_format
from afterview.interchange.csv_format import export_csv
from afterview.paths import AppPaths
from afterview.storage.atomic import atomic_write_bytes
from afterview.storage.repository import Store

log = logging.getLogger(__name__)

EXIT_OK, EXIT_USER_ERROR, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    # --data-dir is accepted before or after the verb; SUPPRESS keeps a later one from resetting it.
    data_dir = argparse.ArgumentParser(add_help=False)
    data_dir.add_argument(
        "--data-dir", metavar="DIR", default=argparse.SUPPRESS,
        help="folder holding Afterview's data (default: your user data folder, or $AFTERVIEW_DATA_DIR)",
    )  # fmt: skip
    parser = argparse.ArgumentParser(
        prog="afterview",
        description=f"{APP_NAME}: everything that should happen after a job interview. "
        "Without a command, starts the app.",
        parents=[data_dir],
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--minimized", action="store_true", help="start in the system tray only")
    parser.add_argument("--self-test", action="store_true", help="check that Afterview can run here, then exit")
    parser.add_argument("--exit-after-show", action="store_true", help=argparse.SUPPRESS)
    verbs = parser.add_subparsers(dest="command", metavar="COMMAND")

    importing = verbs.add_parser(
        "import", parents=[data_dir], help="add the applications in an Afterview JSON file (all or nothing)"
    )
    importing.add_argument("file", metavar="FILE", help="an Afterview JSON export (see docs/data-format.md)")

    exporting = verbs.add_parser("export", parents=[data_dir], help="write all your data to a file")
    exporting.add_argument("--format", choices=("json", "csv"), default="json", help="default: json")
    exporting.add_argument(
        "file", metavar="FILE", nargs="?", default="-", help="where to write; - (default) for the screen"
    )
    return parser


def run_import(paths: AppPaths, clock: Clock, file: str, out: TextIO) -> int:
    source = Path(file)
    try:
        payload = source.read_bytes()
    except IsADirectoryError:
        raise AfterviewError(f"cannot import {file}: it is a folder, not a file.") from None
    except OSError as error:
        raise AfterviewError(f"cannot read {file}: {error.strerror or error}.") from None
    try:
        apps = json_format.parse(payload, now=clock.now())
    except json_format.ImportProblem as problem:
        raise AfterviewError(f"cannot import {file}: {problem} Nothing was imported.") from None
    with Store.open(paths, clock) as store:
        new = [app for app in apps if app.id not in store]
        store.add_all(new)
    skipped = len(apps) - len(new)
    interviews = sum(len(app.interviews) for app in new)
    message = f"Imported {_plural(len(new), 'application')} ({_plural(interviews, 'interview')}) from {file}."
    if skipped:
        message += f" Skipped {_plural(skipped, 'application')} already in your data."
    print(message, file=out)
    return EXIT_OK


def run_export(paths: AppPaths, clock: Clock, file: str, file_format: str, out: TextIO) -> int:
    with Store.open(paths, clock, read_only=True) as store:
        apps = store.applications()
        if store.unreadable:
            raise AfterviewError(
                f"{_plural(len(store.unreadable), 'application')} could not be read, so the export would be "
                f"incomplete: {store.unreadable[0]}"
            )
    text = export_csv(apps) if file_format == "csv" else json_format.dumps(json_format.export_document(apps))
    if file == "-":
        out.write(text)
        out.flush()
        return EXIT_OK
    target = Path(file)
    if target.is_dir():
        raise AfterviewError(f"cannot export to {file}: it is a folder; give a file name.")
    if not target.parent.is_dir():
        raise AfterviewError(f"cannot export to {file}: the folder {target.parent} does not exist.")
    try:
        atomic_write_bytes(target, text.encode("utf-8"))
    except OSError as error:
        raise AfterviewError(f"cannot write {file}: {error.strerror or error}.") from None
    print(f"Exported {_plural(len(apps), 'application')} to {file}.", file=sys.stderr)
    return EXIT_OK


def run_self_test(paths: AppPaths, clock: Clock, out: TextIO) -> int:
    """Prove the pieces a packaged build needs are present and work, without changing any data."""
    from PySide6 import QtCore, QtGui, QtWidgets  # noqa: F401  (the import itself is the check)

    with Store.open(paths, clock, read_only=True) as store:
        apps = store.applications()
    sample = Application(
        company="Self-test S.L.", position="Analista júnior", stage=Stage.INTERVIEWING, created_at=clock.now(),
        interviews=[Interview(starts_at=clock.now(), time_zone="Europe/Madrid", interviewers=[Interviewer("Ana Ruiz")])],
    )  # fmt: skip
    if application_from_dict(application_to_dict(sample), created_at=clock.now()) != sample:
        raise AfterviewError("self-test failed: a record did not survive encoding and decoding.")
    print(
        f"{APP_NAME} {__version__} self-test passed: {_plural(len(apps), 'application')} in {paths.data_dir}.", file=out
    )
    return EXIT_OK


def _plural(count: int, noun: str) -> str:
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


def report_error(message: str) -> int:
    """Print a user error the way the contract says: one line on stderr, exit code 1."""
    print(f"afterview: {' '.join(message.split())}", file=sys.stderr)
    return EXIT_USER_ERROR


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    return build_parser().parse_args(argv)
