"""The command line: the argument parser and the verbs that run without a window.

A contract (DESIGN.md): errors a user can cause print one clear line on stderr and exit 1, with no
traceback; usage errors exit 2 (argparse's own convention).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from datetime import datetime, tzinfo
from typing import BinaryIO, TextIO

from afterview import APP_NAME, __version__
from afterview.clock import user_zone
from afterview.core.versions import list_versions, read_restorable
from afterview.domain.calendar import Clock
from afterview.domain.codec import application_from_dict, application_to_dict, instant_text
from afterview.domain.model import YEAR_MAX, YEAR_MIN, Application, FollowUpKind, Interview, Interviewer, Stage
from afterview.domain.plan import Step, plan
from afterview.domain.wording import action, timing
from afterview.errors import AfterviewError
from afterview.i18n import QT_TRANSLATE_NOOP, plural, short_date_time, translate
from afterview.interchange import csv_import, json_format
from afterview.interchange.csv_format import export_csv
from afterview.interchange.files import read_import, write_export
from afterview.interchange.ics_format import export_ics
from afterview.interchange.restore import bring_in
from afterview.paths import AppPaths
from afterview.storage.repository import Store
from afterview.text import visible

log = logging.getLogger(__name__)

EXIT_OK, EXIT_USER_ERROR, EXIT_USAGE = 0, 1, 2
MAX_ROWS_SHOWN = 3  # bad spreadsheet rows named in the one-line error


# argparse's own words ("usage:", "error:", its option help), for the translation file; argparse
# looks each up through its module's ``_`` at run time, which speaks the user's language here.
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("Argparse", "usage: "),
    QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("Argparse", "options"),
    QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("Argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("Argparse", "ignored explicit argument %r"),
)


def _argparse_word(text: str) -> str:
    return translate("Argparse", text)


def build_parser() -> argparse.ArgumentParser:
    setattr(argparse, "_", _argparse_word)  # noqa: B010 - argparse reads its module global "_"
    # --data-dir is accepted before or after the verb; SUPPRESS keeps a later one from resetting it.
    data_dir = argparse.ArgumentParser(add_help=False)
    # Built when called (not at import time), so the help speaks the language installed by then.
    # The metavars are only shown in the help, so they are translated too; the verbs, the options
    # and the --format choices are what the user types, so they are not.
    file_metavar = translate("Cli", "FILE")
    data_dir.add_argument(
        "--data-dir", metavar=translate("Cli", "DIR"), default=argparse.SUPPRESS,
        help=translate("Cli", "folder holding Afterview's data (default: your user data folder, or $AFTERVIEW_DATA_DIR)"),
    )  # fmt: skip
    parser = argparse.ArgumentParser(
        prog="afterview",
        description=translate(
            "Cli", "{app}: everything that should happen after a job interview. Without a command, starts the app."
        ).format(app=APP_NAME),
        parents=[data_dir],
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--minimized", action="store_true", help=translate("Cli", "start in the system tray only"))
    parser.add_argument(
        "--self-test", action="store_true", help=translate("Cli", "check that Afterview can run here, then exit")
    )
    parser.add_argument("--exit-after-show", action="store_true", help=argparse.SUPPRESS)
    verbs = parser.add_subparsers(dest="command", metavar=translate("Cli", "COMMAND"))

    importing = verbs.add_parser(
        "import",
        parents=[data_dir],
        help=translate("Cli", "add the applications in an Afterview JSON or CSV file (all or nothing)"),
    )
    importing.add_argument(
        "--format", choices=("json", "csv"), help=translate("Cli", "default: from the file name's extension, else json")
    )
    importing.add_argument(
        "file",
        metavar=file_metavar,
        help=translate("Cli", "an Afterview JSON export, a CSV file, or - for standard input"),
    )

    exporting = verbs.add_parser("export", parents=[data_dir], help=translate("Cli", "write all your data to a file"))
    exporting.add_argument(
        "--format", choices=("json", "csv", "ics"), default="json",
        help=translate("Cli", "json (a backup), csv (a spreadsheet) or "
                       "ics (a calendar: interviews and pending follow-ups); default: json"),
    )  # fmt: skip
    exporting.add_argument(
        "file",
        metavar=file_metavar,
        nargs="?",
        default="-",
        help=translate("Cli", "where to write; - (default) for the screen"),
    )

    backing_up = verbs.add_parser(
        "backup",
        parents=[data_dir],
        help=translate("Cli", "save everything (applications, settings, templates) to a JSON file"),
    )
    backing_up.add_argument(
        "file", metavar=file_metavar, nargs="?",
        help=translate("Cli", "default: afterview-backup-<today>.json in the current folder"),
    )  # fmt: skip

    restoring = verbs.add_parser(
        "restore",
        parents=[data_dir],
        help=translate("Cli", "bring back a backup: shows what it holds, then merges or replaces"),
    )
    restoring.add_argument(
        "file",
        metavar=file_metavar,
        help=translate(
            "Cli", "a backup, a JSON export, any copy listed by 'afterview versions', or - for standard input"
        ),
    )
    how = restoring.add_mutually_exclusive_group()
    how.add_argument(
        "--merge", action="store_true", help=translate("Cli", "add what your data lacks; keep everything else")
    )
    how.add_argument(
        "--replace", action="store_true",
        help=translate("Cli", "make your data exactly the backup (your current data is kept aside)"),
    )  # fmt: skip

    versions = verbs.add_parser(
        "versions",
        parents=[data_dir],
        help=translate("Cli", "list every copy Afterview keeps of your data (restore any of them with 'restore')"),
    )
    versions.add_argument("--json", action="store_true", help=translate("Cli", "print JSON instead of text"))

    listing = verbs.add_parser(
        "due", parents=[data_dir], help=translate("Cli", "list the follow-ups due now (or at another moment)")
    )
    listing.add_argument(
        "--at", metavar=translate("Cli", "ISO-DATETIME"),
        help=translate("Cli", "e.g. 2026-11-25T09:00 (your time zone) or …+01:00"),
    )  # fmt: skip
    listing.add_argument("--json", action="store_true", help=translate("Cli", "print JSON instead of text"))
    return parser


def open_store(paths: AppPaths, clock: Clock, *, read_only: bool = False) -> Store:
    """The data, saying on stderr when it had to be recovered (or, read-only, is shown from a copy)."""
    store = Store.open(paths, clock, read_only=read_only)
    if store.recovery is not None:
        print(f"afterview: {visible(store.recovery.message)}", file=sys.stderr)
    return store


def run_import(
    paths: AppPaths, clock: Clock, file: str, out: TextIO, stdin: BinaryIO | None, file_format: str | None = None
) -> int:
    """Add what a JSON or CSV file holds that the data lacks; all or nothing."""
    payload = read_import(file, stdin)
    name = _source_name(file)
    as_csv = file_format == "csv" or (file_format is None and file.lower().endswith((".csv", ".tsv", ".txt")))
    with open_store(paths, clock) as store:
        zone = user_zone(store.settings().time_zone)
        if as_csv:
            document, notes = _csv_document(payload, name, zone, clock)
        else:
            document, notes = _json_document(payload, name, clock, "import"), []
        done = bring_in(store, document, replace=False)
    print(visible(done.message(name)), file=out)
    for note in notes:
        print(visible(note), file=out)
    return EXIT_OK


def _source_name(file: str) -> str:
    """How messages name what is read: the file name, or standard input for "-"."""
    return translate("Cli", "standard input") if file == "-" else file


def _json_document(payload: bytes, name: str, clock: Clock, verb: str) -> json_format.Document:
    """The document in a JSON file; ``verb`` ("import" or "restore") says what the refusal names."""
    try:
        return json_format.parse_document(payload, now=clock.now())
    except json_format.ImportProblem as problem:
        if verb == "import":
            message = translate("Cli", "cannot import {name}: {problem} Nothing was imported.")
        else:
            message = translate("Cli", "cannot restore {name}: {problem} Nothing was changed.")
        raise AfterviewError(message.format(name=name, problem=_sentence(str(problem)))) from None


def _csv_document(payload: bytes, name: str, zone: tzinfo, clock: Clock) -> tuple[json_format.Document, list[str]]:
    """A spreadsheet's rows, its columns recognised by their headers, and the notes worth showing;
    any bad row stops the import (the window lets the user map columns and leave bad rows out)."""
    try:
        sheet = csv_import.read_sheet(payload)
    except json_format.ImportProblem as problem:
        raise AfterviewError(
            translate("Cli", "cannot import {name}: {problem} Nothing was imported.").format(
                name=name, problem=_sentence(str(problem))
            )
        ) from None
    mapping = csv_import.guess_mapping(sheet.headers)
    problems = csv_import.mapping_problems(mapping)
    if problems:
        raise AfterviewError(
            translate(
                "Cli",
                "cannot import {name}: no column could be recognised for what Afterview needs ({problem}) "
                "Give the columns headers such as Company or Empresa, or import the file from the window "
                "(File › Import from a spreadsheet), where you choose the columns. Nothing was imported.",
            ).format(name=name, problem=_sentence(problems[0]))
        )
    result = csv_import.preview(sheet, mapping, zone=zone, now=clock.now())
    bad = [row for row in result.rows if not row.ok]
    if bad:
        shown = "; ".join(
            translate("Cli", "row {line}: {problems}").format(line=row.line, problems=" ".join(row.errors).rstrip("."))
            for row in bad[:MAX_ROWS_SHOWN]
        )
        if len(bad) > MAX_ROWS_SHOWN:
            more = len(bad) - MAX_ROWS_SHOWN
            message = translate("Cli", "cannot import {name}: {rows} (and {more} with problems). Nothing was imported.")
            raise AfterviewError(
                message.format(
                    name=name,
                    rows=shown,
                    more=plural(more, translate("Cli", "{count} more row"), translate("Cli", "{count} more rows")),
                )
            )
        raise AfterviewError(
            translate("Cli", "cannot import {name}: {rows}. Nothing was imported.").format(name=name, rows=shown)
        )
    notes = [
        translate("Cli", "Row {line}: {notes}").format(line=row.line, notes=" ".join(row.warnings))
        for row in result.rows
        if row.warnings
    ]
    return json_format.Document(result.applications()), notes


def _sentence(text: str) -> str:
    return text if text.endswith((".", "?", "!")) else text + "."


def _applications(count: int) -> str:
    """ "1 application", "12,500 applications" (in the user's language)."""
    return plural(count, translate("Cli", "{count} application"), translate("Cli", "{count} applications"))


def run_export(
    paths: AppPaths, clock: Clock, file: str, file_format: str, out: TextIO | None, backup: bool = False
) -> int:
    """Write the data to ``file`` ("-": ``out``); ``backup`` says "Backed up" rather than "Exported"."""
    require_existing_data(paths)
    with open_store(paths, clock, read_only=True) as store:
        apps = store.applications()
        if store.unreadable:
            # The count agrees with its verb, so the clause is the plural (not just the noun).
            unreadable = plural(
                len(store.unreadable),
                translate("Cli", "{count} application could not be read"),
                translate("Cli", "{count} applications could not be read"),
            )
            raise AfterviewError(
                translate("Cli", "{unreadable}, so the export would be incomplete: {problem}").format(
                    unreadable=unreadable, problem=store.unreadable[0]
                )
            )
        settings, templates = store.settings(), store.user_templates()
    if file_format == "csv":
        payload = export_csv(apps).encode("utf-8")
    elif file_format == "ics":
        payload = export_ics(apps, settings, clock.now(), user_zone(settings.time_zone))
    else:
        payload = json_format.dumps(json_format.export_document(apps, settings, templates)).encode("utf-8")
    if file == "-":
        if out is None:
            raise AfterviewError(translate("Cli", "cannot export to the screen: standard output is closed."))
        out.write(payload.decode("utf-8"))
        out.flush()
        return EXIT_OK
    write_export(file, payload, paths.data_dir)
    if backup:
        done = translate("Cli", "Backed up {applications} to {file}.")
    else:
        done = translate("Cli", "Exported {applications} to {file}.")
    print(visible(done.format(applications=_applications(len(apps)), file=file)), file=sys.stderr)
    return EXIT_OK


def run_backup(paths: AppPaths, clock: Clock, file: str | None) -> int:
    """Everything, as a JSON file the user keeps: `restore` brings it back."""
    target = file or f"afterview-backup-{clock.now().astimezone():%Y-%m-%d}.json"
    if target == "-":
        raise AfterviewError(
            translate("Cli", "a backup goes to a file; to see the data on the screen use 'afterview export'.")
        )
    return run_export(paths, clock, target, "json", None, backup=True)


def run_restore(paths: AppPaths, clock: Clock, file: str, how: str | None, out: TextIO, stdin: BinaryIO | None) -> int:
    """Show what a backup (or any kept copy) holds; with --merge or --replace, bring it in."""
    payload = read_import(file, stdin)
    name = _source_name(file)
    try:
        document = read_restorable(payload, now=clock.now())
    except json_format.ImportProblem as problem:
        raise AfterviewError(
            translate("Cli", "cannot restore {name}: {problem} Nothing was changed.").format(
                name=name, problem=_sentence(str(problem))
            )
        ) from None
    if how is None:
        # Only reading, so it works while the app runs (no lock) and changes nothing.
        for line in _restore_preview(paths, clock, name, document):
            print(visible(line), file=out)
        return EXIT_OK
    with open_store(paths, clock) as store:
        done = bring_in(store, document, replace=how == "replace")
    print(visible(done.message(name)), file=out)
    return EXIT_OK


def _restore_preview(paths: AppPaths, clock: Clock, name: str, document: json_format.Document) -> tuple[str, str]:
    with open_store(paths, clock, read_only=True) as store:
        stored = store.count()
    holds = translate("Cli", "{name} holds {contents}. Your data holds {applications}.").format(
        name=name, contents=document.summary(), applications=_applications(stored)
    )
    choose = translate(
        "Cli",
        "To bring it in, run again with --merge (add what your data lacks, keep the rest) or --replace (make your "
        "data exactly the backup; your current data is kept in the backups folder).",
    )
    return holds, choose


def run_versions(paths: AppPaths, as_json: bool, out: TextIO) -> int:
    """Every copy Afterview keeps of the data, newest first, with what each holds."""
    require_existing_data(paths)
    found = list_versions(paths)
    if as_json:
        entries = [
            {"file": str(v.copy.path), "kind": v.copy.kind.value, "time": instant_text(v.copy.when),
             "holds": v.holds, "readable": v.readable}
            for v in found
        ]  # fmt: skip
        json.dump(entries, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    if not found:
        print(
            visible(translate("Cli", "Afterview keeps no copies in {folder} yet.").format(folder=paths.backups_dir)),
            file=out,
        )
        return EXIT_OK
    print(translate("Cli", "Copies of your data, newest first (restore one with: afterview restore FILE):"), file=out)
    for version in found:
        when = short_date_time(version.copy.when.astimezone())
        print(visible(f"  {when}  {version.copy.label}: {version.holds}"), file=out)
        print(f"    {visible(str(version.copy.path))}", file=out)
    return EXIT_OK


def require_existing_data(paths: AppPaths) -> None:
    """Read-only commands on a folder with no data are almost always a mistyped --data-dir."""
    if not paths.data_file.exists():
        raise AfterviewError(
            translate("Cli", "there is no Afterview data in {folder} yet (check --data-dir).").format(
                folder=paths.data_dir
            )
        )


def run_due(paths: AppPaths, clock: Clock, at: str | None, as_json: bool, out: TextIO) -> int:
    """Print what needs doing at a moment: what the tray would raise and the Today view shows first."""
    require_existing_data(paths)
    with open_store(paths, clock, read_only=True) as store:
        settings = store.settings()
        apps = {app.id: app for app in store.applications()}
    zone = user_zone(settings.time_zone)
    now = clock.now() if at is None else _moment(at, zone)
    steps = [step for step in plan(apps.values(), settings) if step.needs_action(now)]
    steps.sort(key=lambda step: (step.deadline or step.due_at, step.key))  # the most pressing first
    if as_json:
        json.dump(
            [_due_entry(step, apps[step.application_id], now) for step in steps], out, ensure_ascii=False, indent=2
        )
        out.write("\n")
        return EXIT_OK
    if not steps:
        print(
            visible(
                translate("Cli", "Nothing is due at {moment} ({zone}).").format(
                    moment=f"{now.astimezone(zone):%Y-%m-%d %H:%M}", zone=zone
                )
            ),
            file=out,
        )
    for step in steps:
        app = apps[step.application_id]
        print(visible(f"{app.title}: {action(step, app)} ({timing(step, now)})"), file=out)
    return EXIT_OK


def _moment(text: str, zone: tzinfo) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise AfterviewError(
            translate(
                "Cli",
                "--at: '{text}' is not a date and time (expected e.g. 2026-11-25T09:00 or 2026-11-25T09:00+01:00).",
            ).format(text=text)
        ) from None
    # Far-off years are typing mistakes, and near year 1 or 9999 the offset alone overflows the
    # conversion to UTC: the same years the domain accepts for any stored moment.
    if not YEAR_MIN <= moment.year <= YEAR_MAX:
        raise AfterviewError(
            translate(
                "Cli", "--at: '{text}' is too far in the past or the future (use a year from {first} to {last})."
            ).format(text=text, first=YEAR_MIN, last=YEAR_MAX)
        )
    return moment if moment.utcoffset() is not None else moment.replace(tzinfo=zone)


def _due_entry(step: Step, app: Application, now: datetime) -> dict[str, object]:
    interview = app.interview(step.interview_id) if step.interview_id else None
    person = interview.interviewer(step.interviewer_id) if interview and step.interviewer_id else None
    return {
        "key": step.key,
        "application_id": app.id,
        "company": app.company,
        "position": app.position,
        "kind": step.kind.value,
        "number": step.number,
        "interviewer": person.name if person else None,
        "action": action(step, app),
        "status": step.status(now).value,
        "timing": timing(step, now),
        "due_at": instant_text(step.due_at),
        "deadline": instant_text(step.deadline) if step.deadline else None,
    }


def run_self_test(paths: AppPaths, clock: Clock, out: TextIO) -> int:
    """Prove the pieces a packaged build needs are present and work, without changing any data."""
    from PySide6 import QtCore, QtGui, QtWidgets  # noqa: F401  (the import itself is the check)

    with open_store(paths, clock, read_only=True) as store:
        apps = store.applications()
        settings = store.settings()
    steps = plan(apps, settings)
    sample = Application(
        company="Self-test S.L.", position="Analista júnior", stage=Stage.INTERVIEWING, created_at=clock.now(),
        interviews=[Interview(starts_at=clock.now(), time_zone="Europe/Madrid", interviewers=[Interviewer("Ana Ruiz")])],
    )  # fmt: skip
    if application_from_dict(application_to_dict(sample), created_at=clock.now()) != sample:
        raise AfterviewError(translate("Cli", "self-test failed: a record did not survive encoding and decoding."))
    sample_steps = plan([sample], settings)
    if not any(step.kind is FollowUpKind.THANK_YOU for step in sample_steps):
        raise AfterviewError(
            translate("Cli", "self-test failed: the plan has no thank-you letter for an interview with an interviewer.")
        )
    action(sample_steps[0], sample)
    steps_text = plural(
        len(steps), translate("Cli", "{count} follow-up step"), translate("Cli", "{count} follow-up steps")
    )
    print(
        visible(translate("Cli", "{app} {version} self-test passed: {applications} and {steps} in {folder}.").format(
            app=APP_NAME, version=__version__, applications=_applications(len(apps)), steps=steps_text,
            folder=paths.data_dir,
        )),
        file=out,
    )  # fmt: skip
    return EXIT_OK


def report_error(message: str) -> int:
    """Print a user error the way the contract says: one line on stderr, exit code 1.

    Messages quote file names and file contents, so control characters are shown, never sent to
    the terminal (see :mod:`afterview.text`); a line break inside shows as "\\n", keeping one line.
    """
    print(f"afterview: {visible(message.strip())}", file=sys.stderr)
    return EXIT_USER_ERROR


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    return build_parser().parse_args(argv)
